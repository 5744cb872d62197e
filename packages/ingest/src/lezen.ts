import { BESTANDSMAP, sqlIdent, sqlString, type Engine } from '@pw/engine';
import { zonderStuurtekens } from '@pw/model';
import { datumformaat, type Datumformaat } from './formaat.ts';
import { NIET_INGELEZEN, VELDEN, type Veld } from './kolommen.ts';
import type { Meldingen } from './melding.ts';
import type { Onderdeel } from './onderdeel.ts';
import { beginVanRegel, recordRegels, rijPosities, splitsRegel, verdeelInStukken } from './tekst.ts';

const DATUMVELDEN: readonly Veld[] = ['ingangsdatum', 'einddatum', 'geboortedatum', 'peildatum'];
/**
 * Fields whose values are personal data or free text: never shown in a message, never copied out of
 * the read (a message names the file, the line and the column instead).
 */
export const PERSOONSVELDEN: readonly Veld[] = ['persoon', 'naam', 'vrije_tekst', 'geboortedatum', 'leeftijd', 'uitstroomreden'];

interface Bronkolom {
  index: number;
  kop: string;
  veld: Veld | null;
  /** Name of the column as read_csv delivers it. */
  sql: string;
  type: 'VARCHAR' | 'DATE';
  datum: Datumformaat | null;
}

/** How a part's columns are read: names, types and the one date format DuckDB parses while reading. */
export interface Kolomplan {
  kolommen: Bronkolom[];
  dateformat?: string;
  kolomVan(veld: Veld): Bronkolom | undefined;
  /** Header text for a field (for messages). */
  kopVan(veld: Veld): string;
}

/**
 * Dates that all share one format are parsed by DuckDB while reading (the fast path; a value that
 * is not a date is rejected with its line); mixed formats are read as text and converted in SQL.
 */
export function planKolommen(onderdeel: Onderdeel): Kolomplan {
  const kolommen: Bronkolom[] = onderdeel.kop.kolommen.map((k) => {
    const waarden = k.veld && DATUMVELDEN.includes(k.veld) ? onderdeel.voorbeeld.map((r) => r[k.index] ?? '') : [];
    return {
      index: k.index,
      kop: k.kop,
      veld: k.veld,
      sql: k.veld && !NIET_INGELEZEN.has(k.veld) ? k.veld : `kolom_${k.index + 1}`,
      type: 'VARCHAR',
      datum: waarden.length ? datumformaat(waarden) : null,
    };
  });
  const formaten = new Map<string, number>();
  for (const k of kolommen) if (k.datum?.soort === 'strptime') formaten.set(k.datum.formaat, (formaten.get(k.datum.formaat) ?? 0) + 1);
  const dateformat = [...formaten.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const k of kolommen) if (dateformat && k.datum?.soort === 'strptime' && k.datum.formaat === dateformat) k.type = 'DATE';
  const perVeld = new Map(kolommen.filter((k) => k.veld && !NIET_INGELEZEN.has(k.veld)).map((k) => [k.veld!, k]));
  return {
    kolommen,
    dateformat,
    kolomVan: (veld) => perVeld.get(veld),
    kopVan: (veld) => perVeld.get(veld)?.kop ?? VELDEN[veld].label,
  };
}

/** Whether a part has a column that may hold personal data (a personal field, or one not recognised). */
/**
 * Whether a line comes right after a cut-off data line (fewer cells than the header, not empty): a
 * line break in an unquoted cell cut that line, and this one may be its rest, with as many cells as
 * the header but each one column off. Its values are then not shown.
 */
export function naAfgebrokenRegel(vorige: readonly string[] | null, breedte: number): boolean {
  return !!vorige && vorige.length < breedte && vorige.some((c) => c.trim() !== '');
}

export function kanPersoonlijkZijn(plan: Kolomplan): boolean {
  return plan.kolommen.some((k) => k.veld === null || PERSOONSVELDEN.includes(k.veld));
}

export interface Totaalregel {
  regel: number;
  tekst: string;
  getallen: Array<{ kolom: number; waarde: number }>;
}

/** A part that has been read into its canonical table (one row per line DuckDB read, in file order). */
export interface Gelezen {
  onderdeel: Onderdeel;
  plan: Kolomplan;
  tabel: string;
  rijen: number;
  /** Totaal rows DuckDB rejected (the ones it read as rows are flagged `is_totaal` in the table). */
  totaalregels: Totaalregel[];
  /** Lines DuckDB could not read, each reported as an error. */
  afgewezen: number;
  /** rowid → line (CSV) or row (XLSX) in the source. Computed only when needed. */
  bronRegelVanRij(rowid: number): number;
  /** The raw text of a cell, from the source line (for messages; never for personal fields). */
  ruweCel(rowid: number, veld: Veld): string | undefined;
  /** All cells of a row's source line. */
  cellenVanRij(rowid: number): string[];
  /** The cells of the source line just before a row's line, null for the first data line. */
  cellenVanVorigeRegel(rowid: number): string[] | null;
}

export type Voortgang = (stap: { fase: string; bestand: string; rijen?: number; fractie?: number }) => void;

/** Labels that open a total row: "Totaal", "Subtotaal Dinkelland", "Eindtotaal" (any case). */
const TOTAAL_LABELS = ['totaal', 'subtotaal', 'eindtotaal'].flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1), t.toUpperCase()]);

/**
 * SQL flags every canonical table carries: a total or subtotal row (its label in the first column,
 * or in the second when the first is empty), a row with nothing in any column that is read, and a
 * row with text only in columns that are not read (names, free text, unrecognised columns).
 */
function rijvlaggenSql(plan: Kolomplan): string {
  const tekst = (k: Kolomplan['kolommen'][number] | undefined) => (!k ? 'NULL' : k.type === 'VARCHAR' ? sqlIdent(k.sql) : `CAST(${sqlIdent(k.sql)} AS VARCHAR)`);
  const label = `coalesce(${tekst(plan.kolommen[0])}, ${tekst(plan.kolommen[1])})`;
  // read_csv gives NULL for an empty cell, so an empty row is all NULLs (no string work per row).
  const gelezen = plan.kolommen.filter((k) => k.veld && !NIET_INGELEZEN.has(k.veld));
  const overig = plan.kolommen.filter((k) => !gelezen.includes(k));
  const leeg = gelezen.map((k) => `${sqlIdent(k.sql)} IS NULL`).join(' AND ');
  const totaal = TOTAAL_LABELS.map((t) => `starts_with(${label}, ${sqlString(t)})`).join(' OR ');
  const ongebruikt = overig.length ? `(${leeg}) AND NOT (${overig.map((k) => `(${sqlIdent(k.sql)} IS NULL OR trim(${sqlIdent(k.sql)}) = '')`).join(' AND ')})` : 'false';
  return `coalesce(${totaal}, false) AS is_totaal, (${leeg}) AS is_leeg, ${ongebruikt} AS alleen_ongelezen`;
}

/** The longest line read (DuckDB's max_line_size); a longer one is an error with its line. */
const MAX_REGEL_BYTES = 1 << 20;

/** Chunk size for reading: small enough for a moving progress bar, large enough not to cost much. */
const STANDAARD_STUK = 32 << 20;

/**
 * Reads a part with one read_csv per chunk of ~32 MB straight into its canonical table: `select`
 * turns the raw columns into canonical ones in the same pass (no staging copy). Rows DuckDB
 * cannot read are reported with their line; the row order of the table is the order of the file.
 */
export async function leesOnderdeel(
  engine: Engine,
  onderdeel: Onderdeel,
  plan: Kolomplan,
  tabel: string,
  selectSql: string,
  meldingen: Meldingen,
  voortgang?: Voortgang,
  signaal?: AbortSignal,
  stukGrootte = STANDAARD_STUK,
): Promise<Gelezen> {
  const kolomSpec = `{${plan.kolommen.map((k) => `${sqlString(k.sql)}: ${sqlString(k.type)}`).join(', ')}}`;
  const dataBegin = beginVanRegel(onderdeel.tekst, onderdeel.kopIndex + 1);
  /** The cells of the line before the one that starts at byte `begin`; null when that is the header or before. */
  const cellenVoor = (begin: number): string[] | null => {
    if (begin <= dataBegin || onderdeel.tekst[begin - 1] !== 0x0a) return null;
    const start = onderdeel.tekst.lastIndexOf(0x0a, begin - 2) + 1;
    if (start < dataBegin) return null;
    return splitsRegel(new TextDecoder().decode(onderdeel.tekst.subarray(start, begin - 1)).replace(/\r$/, ''), onderdeel.scheiding);
  };
  const stukken = verdeelInStukken(onderdeel.tekst, dataBegin, onderdeel.kopIndex + 1, onderdeel.scheiding, stukGrootte);
  const overgeslagen = new Set<number>();
  const totaalregels: Totaalregel[] = [];
  let afgewezenRegels = 0;
  const tabelSql = sqlIdent(tabel);
  const naamBasis = `${tabel}_${Math.random().toString(36).slice(2, 8)}`;
  // A read stopped half-way (an earlier file) may have left its rejects behind: they are not this part's.
  await engine.exec(`DROP TABLE IF EXISTS ${tabelSql}; DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans`);
  let rijen = 0;
  voortgang?.({ fase: 'lezen', bestand: onderdeel.bestand, rijen: 0, fractie: 0 });
  for (const [i, stuk] of stukken.entries()) {
    if (signaal?.aborted) throw new DOMException('Het laden is afgebroken.', 'AbortError');
    const bestand = `${BESTANDSMAP}${naamBasis}_${i}.csv`;
    await engine.registerFile(bestand, onderdeel.tekst.subarray(stuk.begin, stuk.eind));
    const bron = `read_csv(${sqlString(bestand)}, delim=${sqlString(onderdeel.scheiding)}, quote='"', escape='"', header=false, auto_detect=false, columns=${kolomSpec}${plan.dateformat ? `, dateformat=${sqlString(plan.dateformat)}` : ''}, ignore_errors=true, store_rejects=true, max_line_size=${MAX_REGEL_BYTES})`;
    await engine.exec(`${i === 0 ? `CREATE TABLE ${tabelSql} AS` : `INSERT INTO ${tabelSql}`} SELECT ${selectSql}, ${rijvlaggenSql(plan)} FROM ${bron}`);
    const rejects = await engine.query<{ line: number; column_name: string | null; error_type: string; csv_line: string; error_message: string }>(
      'SELECT line, column_name, error_type, csv_line, error_message FROM reject_errors ORDER BY line',
    );
    await engine.exec('DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans');
    await engine.dropFile(bestand);
    const gemeld = new Set<number>();
    // Whether the line before `tekstRegel` (1-based) is cut off (see `naAfgebrokenRegel`). Looked up
    // for the first few rejected values only (each look-up scans the file); after that, values are not shown.
    let opgezocht = 0;
    const naAfgebroken = (tekstRegel: number): boolean =>
      ++opgezocht > 20 || naAfgebrokenRegel(cellenVoor(beginVanRegel(onderdeel.tekst, tekstRegel - 1)), plan.kolommen.length);
    // DuckDB numbers records (a quoted value over two lines is one): back to the lines of the file.
    const regelVanRecord = rejects.length ? recordRegels(onderdeel.tekst, stuk.begin, stuk.eind, stuk.regelsErvoor + 1, onderdeel.scheiding) : [];
    for (const r of rejects) {
      const tekstRegel = regelVanRecord[Number(r.line) - 1] ?? stuk.regelsErvoor + Number(r.line);
      overgeslagen.add(tekstRegel);
      if (gemeld.has(tekstRegel)) continue;
      gemeld.add(tekstRegel);
      const cellen = splitsRegel(r.csv_line.replace(/^\n+/, ''), onderdeel.scheiding);
      if (cellen.every((c) => c === '')) continue;
      if (isTotaal(cellen)) {
        totaalregels.push(totaalregel(onderdeel.bronRegel(tekstRegel), cellen));
        continue;
      }
      meldingen.voeg(afgewezen(onderdeel, plan, onderdeel.bronRegel(tekstRegel), r, () => naAfgebroken(tekstRegel)));
      afgewezenRegels++;
    }
    rijen = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${tabelSql}`))[0]!.n;
    voortgang?.({ fase: 'lezen', bestand: onderdeel.bestand, rijen, fractie: stuk.eind / onderdeel.tekst.length });
  }
  if (stukken.length === 0) await engine.exec(`CREATE TABLE ${tabelSql} AS SELECT ${selectSql}, ${rijvlaggenSql(plan)} FROM (SELECT ${plan.kolommen.map(({ sql, type: typeSql }) => `NULL::${typeSql} AS ${sqlIdent(sql)}`).join(', ')}) WHERE false`);

  const regelsTotaal = stukken.length ? stukken.at(-1)!.regelsErvoor + telRegels(onderdeel.tekst, stukken.at(-1)!.begin, stukken.at(-1)!.eind) : 0;
  let kaart: ReturnType<typeof rijPosities> | null = null;
  const posities = () => (kaart ??= rijPosities(onderdeel.tekst, dataBegin, onderdeel.kopIndex + 2, overgeslagen, onderdeel.scheiding));
  const regelVan = (rowid: number): number => posities().regels[rowid] ?? -1;
  const cellenVanRij = (rowid: number): string[] => {
    const begin = posities().begins[rowid];
    if (begin === undefined) return [];
    let eind = onderdeel.tekst.indexOf(0x0a, begin);
    if (eind < 0) eind = onderdeel.tekst.length;
    return splitsRegel(new TextDecoder().decode(onderdeel.tekst.subarray(begin, eind)).replace(/\r$/, ''), onderdeel.scheiding);
  };
  const cellenVanVorigeRegel = (rowid: number): string[] | null => {
    const begin = posities().begins[rowid];
    return begin === undefined ? null : cellenVoor(begin);
  };
  return {
    onderdeel,
    plan,
    tabel,
    rijen,
    totaalregels,
    afgewezen: afgewezenRegels,
    cellenVanVorigeRegel,
    bronRegelVanRij: (rowid) => {
      // The last row (typically a trailing "Totaal" row) is found from the end of the file, without scanning it.
      const laatste = rowid === rijen - 1 && !kaart ? laatsteRegel(onderdeel.tekst, regelsTotaal, overgeslagen) : null;
      const r = laatste ?? regelVan(rowid);
      return r < 0 ? -1 : onderdeel.bronRegel(r);
    },
    cellenVanRij,
    ruweCel(rowid, veld) {
      if (PERSOONSVELDEN.includes(veld)) return undefined;
      const k = plan.kolomVan(veld);
      return k ? cellenVanRij(rowid)[k.index] : undefined;
    },
  };
}

function telRegels(b: Uint8Array, begin: number, eind: number): number {
  let n = 0;
  for (let i = b.indexOf(0x0a, begin); i >= 0 && i < eind; i = b.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** Line number (1-based) of the last non-empty line, when it is a plain line DuckDB read; else null. */
function laatsteRegel(b: Uint8Array, regels: number, overgeslagen: ReadonlySet<number>): number | null {
  let eind = b.length;
  let regel = regels + 1; // the line after the last newline
  for (;;) {
    const nl = b.lastIndexOf(0x0a, eind - 1);
    const begin = nl + 1;
    const leeg = eind === begin || (eind === begin + 1 && b[begin] === 0x0d);
    if (!leeg) break;
    if (nl < 0) return null;
    eind = nl;
    regel--;
  }
  const tekst = b.subarray(b.lastIndexOf(0x0a, eind - 1) + 1, eind);
  if (tekst.includes(0x22) || overgeslagen.has(regel)) return null;
  return regel;
}

export const OPLOSSING_DATUM = 'Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019), zoals de andere regels van dit bestand.';

/** The message for a value that is not a date, the same whether DuckDB or SQL found it. */
export function ongeldigeDatum(waarde: string | undefined, kop: string): string {
  return `${waarde === undefined ? 'Ongeldige datum' : `Ongeldige datum "${waarde}"`} in kolom ${kop}.`;
}

function isTotaal(cellen: readonly string[]): boolean {
  const eerste = cellen.find((c) => c.trim() !== '');
  return eerste !== undefined && /^(sub|eind)?totaal/i.test(eerste.trim());
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
  // The label only ("Totaal", "Subtotaal Dinkelland"): the other cells of the row are never copied.
  const label = zonderStuurtekens(cellen.find((c) => c.trim() !== '') ?? '', { regels: false }).replace(/\s+/g, ' ').trim().slice(0, 100);
  return { regel, tekst: label, getallen };
}

function afgewezen(
  onderdeel: Onderdeel,
  plan: Kolomplan,
  regel: number,
  r: { column_name: string | null; error_type: string; csv_line: string; error_message: string },
  naAfgebrokenRegel: () => boolean,
) {
  const kolom = plan.kolommen.find((k) => k.sql === r.column_name);
  const aantal = splitsRegel(r.csv_line.replace(/^\n+/, ''), onderdeel.scheiding).length;
  // Not shown from a personal column, nor from a row whose cells shifted (a name may have moved into
  // a date column), nor from the rest of a line cut by a line break in an unquoted cell.
  const verschoven = kanPersoonlijkZijn(plan) && (aantal !== plan.kolommen.length || (r.error_type === 'CAST' && naAfgebrokenRegel()));
  const persoonlijk = (kolom?.veld ? PERSOONSVELDEN.includes(kolom.veld) : false) || verschoven;
  const waarde = /string "([^"]*)"/.exec(r.error_message)?.[1];
  const basis = { ernst: 'fout' as const, bestand: onderdeel.bestand, blad: onderdeel.blad, regel, kolom: kolom?.kop };
  const scheiding = onderdeel.scheiding === '\t' ? 'tab' : onderdeel.scheiding;
  switch (r.error_type) {
    case 'CAST':
      return {
        ...basis,
        code: 'ongeldige-datum',
        waarde: persoonlijk ? undefined : waarde,
        reden: ongeldigeDatum(persoonlijk ? undefined : (waarde ?? ''), kolom?.kop ?? r.column_name ?? ''),
        oplossing: OPLOSSING_DATUM,
      };
    case 'MISSING COLUMNS':
    case 'TOO MANY COLUMNS':
      return {
        ...basis,
        kolom: undefined,
        code: 'aantal-kolommen',
        reden: `Deze regel heeft ${aantal} kolommen; de kopregel heeft er ${plan.kolommen.length}.`,
        oplossing: `Controleer de scheidingstekens (${scheiding}) en aanhalingstekens in deze regel, of verwijder de regel als hij er niet hoort.`,
      };
    case 'LINE SIZE OVER MAXIMUM':
      return {
        ...basis,
        kolom: undefined,
        code: 'regel-te-lang',
        reden: `Deze regel is langer dan ${MAX_REGEL_BYTES / (1 << 20)} MB en kan niet worden gelezen.`,
        oplossing: 'Controleer of er een aanhalingsteken ontbreekt (dan lopen regels in elkaar over) of een cel met heel veel tekst staat; kort die in of verwijder de regel.',
      };
    case 'UNQUOTED VALUE':
      return {
        ...basis,
        kolom: undefined,
        code: 'onleesbare-regel',
        reden: 'Deze regel heeft een aanhalingsteken midden in een cel, of een cel die na het sluitende aanhalingsteken doorgaat.',
        oplossing: `Zet een cel met aanhalingstekens of scheidingstekens (${scheiding}) helemaal tussen dubbele aanhalingstekens en verdubbel de aanhalingstekens erin ("").`,
      };
    case 'INVALID ENCODING':
    case 'INVALID UNICODE':
      return {
        ...basis,
        kolom: undefined,
        code: 'onleesbare-regel',
        reden: 'Deze regel bevat tekens die geen geldige tekst zijn.',
        oplossing: 'Sla het bestand opnieuw op als CSV (UTF-8) of als Excel-werkmap.',
      };
    default:
      return {
        ...basis,
        kolom: undefined,
        code: 'onleesbare-regel',
        reden: 'Deze regel kan niet worden gelezen.',
        oplossing: 'Controleer aanhalingstekens en scheidingstekens in deze regel.',
      };
  }
}
