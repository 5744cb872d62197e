import { tableFromIPC } from 'apache-arrow';
import { tabelBestand, type Pakket } from '@pw/datapackage';
import { VELDEN, type Veld } from '@pw/ingest';
import { normaliseer, PAKKET_TABELLEN, PAKKET_TABELNAMEN } from '@pw/model';

/** The fields of an extract that hold personal data: ingest reads them into the person key or drops them. */
const PERSOONSVELDEN: readonly Veld[] = ['persoon', 'naam', 'geboortedatum'];

/** Headers (normalised) that name a column of personal data: BSN, client numbers, names, addresses, birth dates. */
const PERSOONSKOPPEN = new Set(PERSOONSVELDEN.flatMap((v) => VELDEN[v].koppen.map(normaliseer)));

/** The columns of the derived tables (the long figures format of @pw/metrics; the standard figures add the masking decision, `markering`). */
const KERNCIJFER_KOLOMMEN = ['indicator', 'gemeente_code', 'gemeente_naam', 'periode', 'dimensie', 'categorie', 'waarde', 'markering'];

/** A BSN: nine digits that pass the elfproef. */
function lijktOpBsn(s: string): boolean {
  const c = s.replace(/\D/g, '');
  if (c.length !== 9 || !/^\d[\d .-]*\d$/.test(s.trim())) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(c[i]) * (9 - i);
  return (som - Number(c[8])) % 11 === 0 && som > 0;
}

/**
 * Why a package (already read with every hash checked) may not be published, in Dutch; empty when
 * it may. A publication is the last gate before figures leave the organisation, so it refuses what
 * could carry personal data, whatever wrote the package:
 * - a table with a column that is not the model's (only the aggregate columns of `PAKKET_TABELLEN`
 *   and the figures format may be in a package);
 * - a source column whose header names personal data (BSN, name, address, birth date) read as any
 *   field other than the ones ingest pseudonymises or drops: its values went into the package;
 * - a validation message that repeats a value of such a column, or a value that is a BSN.
 */
export function publicatieProblemen(pakket: Pakket): string[] {
  const uit: string[] = [];
  const m = pakket.manifest;
  const tabellen: Array<[string, readonly string[]]> = [
    ...PAKKET_TABELNAMEN.map((t): [string, readonly string[]] => [tabelBestand(t), PAKKET_TABELLEN[t].kolommen.map(([k]) => k)]),
    ...m.afgeleid.map((t): [string, readonly string[]] => [t.bestand, KERNCIJFER_KOLOMMEN]),
  ];
  for (const [bestand, verwacht] of tabellen) {
    const bytes = pakket.bestanden.get(bestand);
    if (!bytes) continue;
    const namen = tableFromIPC(bytes).schema.fields.map((f) => f.name);
    const vreemd = namen.filter((n) => !verwacht.includes(n));
    if (vreemd.length)
      uit.push(`${bestand} heeft kolommen die een datapakket niet heeft (${vreemd.slice(0, 3).map((n) => JSON.stringify(n.slice(0, 40))).join(', ')}); alleen de geaggregeerde kolommen van het model mogen worden gepubliceerd.`);
  }
  const persoonlijk = new Set<string>();
  for (const b of m.bronnen)
    for (const o of b.onderdelen)
      for (const k of o.kolommen) {
        if (!PERSOONSKOPPEN.has(normaliseer(k.kop))) continue;
        persoonlijk.add(normaliseer(k.kop));
        if (k.veld !== null && !(PERSOONSVELDEN as readonly string[]).includes(k.veld))
          uit.push(`${b.naam}${o.blad ? ` (blad ${o.blad})` : ''}: de kolom "${k.kop.slice(0, 40)}" bevat persoonsgegevens en is ingelezen als ${k.veld}; zo komen persoonsgegevens in het pakket.`);
      }
  for (const [i, melding] of m.validatie.meldingen.entries()) {
    if (melding.waarde === undefined) continue;
    const kolomPersoonlijk = melding.kolom !== undefined && (persoonlijk.has(normaliseer(melding.kolom)) || PERSOONSKOPPEN.has(normaliseer(melding.kolom)));
    if (kolomPersoonlijk || lijktOpBsn(melding.waarde))
      uit.push(`validatie.meldingen[${i}] (${melding.bestand}${melding.regel ? `:${melding.regel}` : ''}) herhaalt een waarde uit een kolom met persoonsgegevens.`);
  }
  return uit;
}
