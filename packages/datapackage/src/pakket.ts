import type { Engine } from '@pw/engine';
import type { IngestResultaat } from '@pw/ingest';
import { alleGebieden, figurenSql, SAMENWERKING_PREFIX } from '@pw/metrics';
import { PAKKET_SCHEMA_VERSIE, PAKKET_TABELLEN, PAKKET_TABELNAMEN, sha256Hex } from '@pw/model';
import { stabieleArrow } from './arrow.ts';
import { controleerManifest, MANIFEST_SCHEMA, PakketFout, tabelBestand, type Manifest, type Tabelbestand } from './manifest.ts';

/** A data package in memory: its manifest and its files by name. */
export interface Pakket {
  manifest: Manifest;
  bestanden: Map<string, Uint8Array>;
}

/** The indicators and dimensions a dashboard shows before DuckDB is ready (headline tiles, trend). */
export const KERNCIJFERS = {
  indicatoren: ['uitkeringen', 'uitkeringen_per_1000_inwoners', 'doelgroepenregister', 'beschut_werk_taakstelling', 'beschut_werk_realisatie', 'budget_begroot', 'budget_gerealiseerd'],
  dimensies: ['totaal', 'regeling', 'soort'],
};

/** Loads every table (and the derived kerncijfers) of a package into an engine, under its own name. */
export async function laadPakket(engine: Engine, pakket: Pakket): Promise<void> {
  for (const t of [...pakket.manifest.tabellen, ...pakket.manifest.afgeleid]) {
    const bytes = pakket.bestanden.get(t.bestand);
    if (!bytes) throw new PakketFout(`Het bestand ${t.bestand} ontbreekt in het datapakket.`, 'Kopieer het hele pakket (alle .arrow-bestanden en manifest.json).');
    await engine.exec(`DROP TABLE IF EXISTS "${t.naam}"`);
    await engine.insertIPC(t.naam, bytes);
  }
}

async function hashVanTabellen(tabellen: Tabelbestand[]): Promise<string> {
  const regels = [...tabellen].sort((a, b) => (a.naam < b.naam ? -1 : 1)).map((t) => `${t.naam}:${t.sha256}\n`).join('');
  return sha256Hex(new TextEncoder().encode(regels));
}

/**
 * Builds a data package from a successful ingest: hashes every table, computes the headline
 * figures with @pw/metrics (so they are the same figures every other output shows), and writes the
 * manifest. `aangemaakt` can be fixed (SOURCE_DATE_EPOCH) for reproducible builds.
 */
export async function bouwPakket(engine: Engine, resultaat: IngestResultaat, opties: { aangemaakt?: string } = {}): Promise<Pakket> {
  if (!resultaat.geslaagd || !resultaat.tabellen) throw new Error('Een pakket kan alleen worden gemaakt van een geslaagde load.');
  const bestanden = new Map<string, Uint8Array>();
  const tabellen: Tabelbestand[] = [];
  for (const naam of PAKKET_TABELNAMEN) {
    const bytes = stabieleArrow(resultaat.tabellen[naam]);
    bestanden.set(tabelBestand(naam), bytes);
    tabellen.push({ naam, bestand: tabelBestand(naam), sha256: await sha256Hex(bytes), rijen: resultaat.rijenPerTabel[naam] ?? 0, omschrijving: PAKKET_TABELLEN[naam].omschrijving });
  }
  const voorlopig: Pakket = { manifest: { tabellen, afgeleid: [] } as unknown as Manifest, bestanden };
  await laadPakket(engine, voorlopig);

  const gemeenten = (
    await engine.query<{ code: string }>(
      `SELECT DISTINCT gemeente_code AS code FROM (SELECT gemeente_code FROM uitkeringen_stand UNION ALL SELECT gemeente_code FROM doelgroepen_stand
         UNION ALL SELECT gemeente_code FROM budget UNION ALL SELECT gemeente_code FROM beschut_werk) ORDER BY code`,
    )
  ).map((r) => r.code);
  const gebieden = alleGebieden(gemeenten, 'huidig');
  const dims = KERNCIJFERS.dimensies.map((d) => `'${d}'`).join(', ');
  await engine.exec(`CREATE OR REPLACE TABLE kerncijfers AS SELECT * FROM (${figurenSql({ gebieden, indeling: 'huidig', indicatoren: KERNCIJFERS.indicatoren })})
    WHERE dimensie IN (${dims}) ORDER BY indicator, gemeente_code, periode, dimensie, categorie`);
  const kern = stabieleArrow(await engine.queryIPC('SELECT * FROM kerncijfers', 'file'));
  const kernRijen = (await engine.query<{ n: number }>('SELECT count(*) AS n FROM kerncijfers'))[0]!.n;
  bestanden.set(tabelBestand('kerncijfers'), kern);

  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    schemaVersie: PAKKET_SCHEMA_VERSIE,
    hash: await hashVanTabellen(tabellen),
    aangemaakt: opties.aangemaakt ?? new Date().toISOString(),
    periode: resultaat.periode,
    bronnen: resultaat.bronnen,
    tabellen,
    afgeleid: [{ naam: 'kerncijfers', bestand: tabelBestand('kerncijfers'), sha256: await sha256Hex(kern), rijen: kernRijen, omschrijving: `Kerncijfers (${KERNCIJFERS.indicatoren.join(', ')}) in de huidige indeling, voor gemeenten en samenwerkingen (${SAMENWERKING_PREFIX}…), om te tonen voordat de rekenmachine klaar is.` }],
    validatie: {
      fouten: resultaat.meldingen.filter((m) => m.ernst === 'fout').length,
      waarschuwingen: resultaat.meldingen.filter((m) => m.ernst === 'waarschuwing').length,
      perCode: resultaat.telling,
      meldingen: resultaat.meldingen,
    },
    gemeenten,
  };
  return { manifest, bestanden };
}

/**
 * Reads a package through a file reader (fs in Node, fetch in the browser), checking the manifest
 * and every file's sha256, so a damaged or mixed-up package is refused with a clear message.
 */
export async function leesPakket(lees: (bestand: string) => Promise<Uint8Array>, waar: string): Promise<Pakket> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await lees('manifest.json')));
  } catch {
    throw new PakketFout(`In ${waar} staat geen leesbaar manifest.json.`, 'Kies de map van een datapakket (met manifest.json), gemaakt met npm run ingest of de pagina Gegevens laden.');
  }
  const manifest = controleerManifest(json, waar);
  const bestanden = new Map<string, Uint8Array>();
  for (const t of [...manifest.tabellen, ...manifest.afgeleid]) {
    const bytes = await lees(t.bestand);
    if ((await sha256Hex(bytes)) !== t.sha256) {
      throw new PakketFout(`Het bestand ${t.bestand} in ${waar} is beschadigd of hoort bij een ander pakket (de controlesom klopt niet).`, 'Kopieer het pakket opnieuw in zijn geheel, of maak het opnieuw met npm run ingest.');
    }
    bestanden.set(t.bestand, bytes);
  }
  return { manifest, bestanden };
}

