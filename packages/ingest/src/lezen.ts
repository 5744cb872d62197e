import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import { datumformaat, type Datumformaat } from './formaat.ts';
import { VELDEN, type Veld } from './kolommen.ts';
import type { Meldingen } from './melding.ts';
import type { Onderdeel } from './onderdeel.ts';
import { beginVanRegel, regelsVanRijen, splitsRegel, verdeelInStukken } from './tekst.ts';

export const DATUMVELDEN: readonly Veld[] = ['ingangsdatum', 'einddatum', 'geboortedatum', 'peildatum'];
/** Fields whose values are personal data: never shown in a message, never copied out of staging. */
export const PERSOONSVELDEN: readonly Veld[] = ['persoon', 'naam', 'geboortedatum'];

export interface Stagingkolom {
  index: number;
  kop: string;
  veld: Veld | null;
  /** Column name in the staging table. */
  sql: string;
  type: 'VARCHAR' | 'DATE';
  datum: Datumformaat | null;
}

export interface Totaalregel {
  regel: number;
  tekst: string;
  getallen: Array<{ kolom: number; waarde: number }>;
}

export interface Staging {
  onderdeel: Onderdeel;
  tabel: string;
  kolommen: Stagingkolom[];
  /** The staging column holding a field, if the extract has it. */
  kolomVan(veld: Veld): Stagingkolom | undefined;
  /** Rows read (including Totaal and empty rows, which the kind-specific step removes). */
  rijen: number;
  totaalregels: Totaalregel[];
  /** Lines (1-based, in the part's text) DuckDB did not turn into rows. */
  overgeslagen: Set<number>;
  /** rowid → line or row in the source; computed only when needed (error path). */
  bronRegelVanRij(rowid: number): number;
  /** Header text for a field (for messages). */
  kopVan(veld: Veld): string;
}

export type Voortgang = (stap: { fase: string; bestand: string; rijen?: number; fractie?: number }) => void;

function veldNaam(v: Veld): string {
  return v;
}

/**
 * Reads a part into a DuckDB staging table with one typed read_csv per chunk of ~8 MB. Dates that
 * all share one format are parsed by DuckDB while reading (the fast path); values it cannot
 * convert are rejected with their line number and reported; mixed formats stay text and are
 * converted (and checked) in SQL afterwards.
 */
export async function leesInStaging(
  engine: Engine,
  onderdeel: Onderdeel,
  tabel: string,
  meldingen: Meldingen,
  voortgang?: Voortgang,
  signaal?: AbortSignal,
): Promise<Staging> {
  const kopCellen = onderdeel.kop.kolommen;
  const kolommen: Stagingkolom[] = kopCellen.map((k) => {
    const waarden = k.veld && DATUMVELDEN.includes(k.veld) ? onderdeel.voorbeeld.map((r) => r[k.index] ?? '') : [];
    const datum = waarden.length ? datumformaat(waarden) : null;
    return {
      index: k.index,
      kop: k.kop,
      veld: k.veld,
      sql: k.veld && k.veld !== 'naam' ? veldNaam(k.veld) : `kolom_${k.index + 1}`,
      type: 'VARCHAR' as const,
      datum,
    };
  });
  // One dateformat per read: type the date columns that share the most common strptime format.
  const formaten = new Map<string, number>();
  for (const k of kolommen) if (k.datum?.soort === 'strptime') formaten.set(k.datum.formaat, (formaten.get(k.datum.formaat) ?? 0) + 1);
  const dateformat = [...formaten.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const k of kolommen) if (dateformat && k.datum?.soort === 'strptime' && k.datum.formaat === dateformat) k.type = 'DATE';

  const kolomSpec = `{${kolommen.map((k) => `${sqlString(k.sql)}: '${k.type}'`).join(', ')}}`;
  const dataBegin = beginVanRegel(onderdeel.tekst, onderdeel.kopIndex + 1);
  const stukken = verdeelInStukken(onderdeel.tekst, dataBegin, onderdeel.kopIndex + 1);
  const overgeslagen = new Set<number>();
  const totaalregels: Totaalregel[] = [];
  const t = sqlIdent(tabel);
  await engine.exec(`CREATE OR REPLACE TABLE ${t} (${kolommen.map((k) => `${sqlIdent(k.sql)} ${k.type}`).join(', ')})`);
  const naamBasis = `${tabel}_${Math.random().toString(36).slice(2, 8)}`;

  for (const [i, stuk] of stukken.entries()) {
    if (signaal?.aborted) throw new DOMException('Het laden is afgebroken.', 'AbortError');
    const bestand = `${naamBasis}_${i}.csv`;
    await engine.registerFile(bestand, onderdeel.tekst.subarray(stuk.begin, stuk.eind));
    await engine.exec(
      `INSERT INTO ${t} SELECT * FROM read_csv(${sqlString(bestand)}, delim=${sqlString(onderdeel.scheiding)}, quote='"', escape='"', header=false, auto_detect=false, ` +
        `columns=${kolomSpec}${dateformat ? `, dateformat=${sqlString(dateformat)}` : ''}, ignore_errors=true, store_rejects=true, max_line_size=1048576)`,
    );
    const rejects = await engine.query<{ line: number; column_name: string | null; error_type: string; csv_line: string; error_message: string }>(
      'SELECT line, column_name, error_type, csv_line, error_message FROM reject_errors ORDER BY line',
    );
    await engine.exec('DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans');
    await engine.dropFile(bestand);
    const gemeld = new Set<number>();
    for (const r of rejects) {
      const tekstRegel = stuk.regelsErvoor + Number(r.line);
      overgeslagen.add(tekstRegel);
      if (gemeld.has(tekstRegel)) continue;
      gemeld.add(tekstRegel);
      const cellen = splitsRegel(r.csv_line.replace(/^\n+/, ''), onderdeel.scheiding);
      if (cellen.every((c) => c === '')) continue;
      if (isTotaal(cellen)) {
        totaalregels.push(totaalregel(onderdeel.bronRegel(tekstRegel), cellen));
        continue;
      }
      meldingen.voeg(afgewezen(onderdeel, kolommen, onderdeel.bronRegel(tekstRegel), r));
    }
    const rijen = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n;
    voortgang?.({ fase: 'lezen', bestand: onderdeel.bestand, rijen, fractie: stuk.eind / onderdeel.tekst.length });
  }

  const rijen = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n;
  let regelkaart: Int32Array | null = null;
  const perVeld = new Map(kolommen.filter((k) => k.veld).map((k) => [k.veld!, k]));
  return {
    onderdeel,
    tabel,
    kolommen,
    kolomVan: (veld) => (veld === 'naam' ? undefined : perVeld.get(veld)),
    kopVan: (veld) => perVeld.get(veld)?.kop ?? VELDEN[veld].label,
    rijen,
    totaalregels,
    overgeslagen,
    bronRegelVanRij(rowid: number) {
      regelkaart ??= regelsVanRijen(onderdeel.tekst, dataBegin, onderdeel.kopIndex + 2, overgeslagen);
      const tekstRegel = regelkaart[rowid];
      return tekstRegel === undefined ? -1 : onderdeel.bronRegel(tekstRegel);
    },
  };
}

export const OPLOSSING_DATUM = 'Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019), zoals de andere regels van dit bestand.';

/** The message for a value that is not a date, the same whether DuckDB or SQL found it. */
export function ongeldigeDatum(waarde: string | undefined, kop: string): string {
  return `${waarde === undefined ? 'Ongeldige datum' : `Ongeldige datum "${waarde}"`} in kolom ${kop}.`;
}

export function isTotaal(cellen: readonly string[]): boolean {
  const eerste = cellen.find((c) => c.trim() !== '');
  return eerste !== undefined && /^totaal\b/i.test(eerste.trim());
}

export function totaalregel(regel: number, cellen: readonly string[]): Totaalregel {
  const getallen: Array<{ kolom: number; waarde: number }> = [];
  cellen.forEach((c, kolom) => {
    const kaal = c.replace(/[€\s]|EUR/g, '');
    if (!/^-?[\d.,]+$/.test(kaal) || !/\d/.test(kaal)) return;
    const nl = /,\d{1,2}$/.test(kaal) || /\.\d{3}(\.|$)/.test(kaal) ? kaal.replaceAll('.', '').replace(',', '.') : kaal.replaceAll(',', '');
    const waarde = Number(nl);
    if (Number.isFinite(waarde)) getallen.push({ kolom, waarde });
  });
  return { regel, tekst: cellen.filter((c) => !/^\d{6,}$/.test(c)).join(' ').replace(/\s+/g, ' ').trim().slice(0, 200), getallen };
}

function afgewezen(
  onderdeel: Onderdeel,
  kolommen: Stagingkolom[],
  regel: number,
  r: { column_name: string | null; error_type: string; csv_line: string; error_message: string },
) {
  const kolom = kolommen.find((k) => k.sql === r.column_name);
  const persoonlijk = kolom?.veld ? PERSOONSVELDEN.includes(kolom.veld) : false;
  const waarde = /string "([^"]*)"/.exec(r.error_message)?.[1];
  const aantal = splitsRegel(r.csv_line.replace(/^\n+/, ''), onderdeel.scheiding).length;
  const basis = { ernst: 'fout' as const, bestand: onderdeel.bestand, blad: onderdeel.blad, regel, kolom: kolom?.kop };
  switch (r.error_type) {
    case 'CAST':
      return {
        ...basis,
        code: 'ongeldige-datum',
        waarde: persoonlijk ? undefined : waarde,
        reden: ongeldigeDatum(persoonlijk ? undefined : waarde ?? '', kolom?.kop ?? r.column_name ?? ''),
        oplossing: OPLOSSING_DATUM,
      };
    case 'MISSING COLUMNS':
    case 'TOO MANY COLUMNS':
      return {
        ...basis,
        kolom: undefined,
        code: 'aantal-kolommen',
        reden: `Deze regel heeft ${aantal} kolommen; de kopregel heeft er ${kolommen.length}.`,
        oplossing: `Controleer de scheidingstekens (${onderdeel.scheiding === '\t' ? 'tab' : onderdeel.scheiding}) en aanhalingstekens in deze regel, of verwijder de regel als hij er niet hoort.`,
      };
    default:
      return {
        ...basis,
        code: 'onleesbare-regel',
        reden: `Deze regel kan niet worden gelezen (${r.error_type.toLowerCase()}).`,
        oplossing: 'Controleer aanhalingstekens en scheidingstekens in deze regel.',
      };
  }
}
