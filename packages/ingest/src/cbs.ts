import { BESTANDSMAP, sqlGetal, sqlIdent, sqlLijst, sqlString, type Engine } from '@pw/engine';
import { alleGemeenten, BRON003_WWB_PERSONEN, cbsMaatstaf, cbsStam } from '@pw/model';
import type { Meldingen } from './melding.ts';
import { beginNaarUtf8, naarUtf8 } from './tekst.ts';

/**
 * CBS open-data exports (StatLine, issue 12) as reference data, read as their own kind of file. A
 * CBS export is recognised by its shape, not its name: quoted fields, an `ID` column first, measure
 * columns `<Key>_<n>`, and dimension columns (`RegioS` or `Regiokenmerken`, `Perioden`, others such
 * as `Leeftijd`). The same tables as OData JSON (`{"value": [...]}`) are read too. Every value is
 * checked; any error and the whole load fails (as for an extract), with file, line, reason and fix.
 *
 * Cells: values padded with spaces and codes with trailing spaces are trimmed; `.` (unknown or
 * secret), `x` (secret) and empty cells are no figure and are left out, never 0; `0` is a figure.
 * Regions: municipalities (`GM…`) and the country (`NL01`) are kept; provinces, landsdelen, COROP
 * and labour-market regions are left out, and so are the groups of `Regiokenmerken` (`A007396`:
 * municipalities by size or urbanisation, which pw-monitor computes itself from the municipal
 * rows); any other region code is an error. A table without a
 * region dimension is a national table (`NL01`). Periods come from `Perioden` (`2017JJ00` → `2017`,
 * `2017KW03` → `2017-Q3`, `2017MM05` → `2017-05`) or, for a table without it, from the option
 * `periode` (`--periode` on the command line); without both the file is refused.
 */

/** The staging table of all CBS figures of a run (same columns as the package table `cbs_referentie`). */
export const CBS_TABEL = 'ingest_cbs';

/** Region dimensions of CBS tables. */
const REGIOKOLOMMEN = ['regios', 'regiokenmerken', 'regio', 'gemeenten', 'woonregios', 'wijkenenbuurten'];

/** The status of a figure from a CBS file, and of one under a code the model does not know. */
const CBS_STATUS = 'CBS';
const CBS_STATUS_ONBEKEND = 'CBS; gemeentecode onbekend in het model';

export interface CbsOpties {
  /** The year of a table without `Perioden` (a table filtered to one year). */
  periode?: number;
}

interface CbsKop {
  /** Column names as in the file, in order. */
  kolommen: string[];
  regio: number | null;
  perioden: number | null;
  /** Other dimensions (index, name). */
  dimensies: number[];
  maatstaven: number[];
}

/** Unquotes the cells of a CSV line of a CBS export (`"a","b"`); null when a field is not quoted. */
function gequoteerdeCellen(regel: string): string[] | null {
  const cellen: string[] = [];
  let i = 0;
  while (i < regel.length) {
    if (regel[i] !== '"') return null;
    let j = i + 1;
    let waarde = '';
    for (;;) {
      const q = regel.indexOf('"', j);
      if (q < 0) return null;
      waarde += regel.slice(j, q);
      if (regel[q + 1] === '"') {
        waarde += '"';
        j = q + 2;
        continue;
      }
      i = q + 1;
      break;
    }
    cellen.push(waarde);
    if (i === regel.length) break;
    if (regel[i] !== ',') return null;
    i++;
  }
  return cellen;
}

/** Recognises the header of a CBS export; null when the columns are not one. */
function herkenCbsKop(kolommen: readonly string[]): CbsKop | null {
  if (kolommen.length < 2 || kolommen[0]!.trim() !== 'ID') return null;
  const kop: CbsKop = { kolommen: kolommen.map((k) => k.trim()), regio: null, perioden: null, dimensies: [], maatstaven: [] };
  for (let i = 1; i < kolommen.length; i++) {
    const k = kop.kolommen[i]!;
    if (cbsMaatstaf(k)) kop.maatstaven.push(i);
    else if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) return null;
    else if (REGIOKOLOMMEN.includes(k.toLowerCase()) && kop.regio === null) kop.regio = i;
    else if (k.toLowerCase() === 'perioden') kop.perioden = i;
    else kop.dimensies.push(i);
  }
  return kop.maatstaven.length ? kop : null;
}

export type CbsBestand = { soort: 'csv'; kop: CbsKop; tekst: Uint8Array } | { soort: 'json'; kop: CbsKop; rijen: Array<Record<string, unknown>> };

/**
 * Is this file a CBS export? Looks at the first line only (a CSV) or, for JSON, parses it. Returns
 * the file's UTF-8 text (BOM removed, LF) and its header, or null for anything else (an extract).
 */
export function herkenCbs(bytes: Uint8Array): CbsBestand | null {
  const begin = beginNaarUtf8(bytes.subarray(0, 64 * 1024));
  const eerste = new TextDecoder().decode(begin.bytes.subarray(0, 8192)).trimStart();
  // JSON may be one long line (no line end within the first bytes): look at its first character.
  if (/^\s*\{/.test(new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''))) return herkenCbsJson(bytes);
  if (!eerste.startsWith('"ID"')) return null;
  const regel = eerste.split('\n', 1)[0]!.replace(/\r$/, '');
  const cellen = gequoteerdeCellen(regel);
  const kop = cellen && herkenCbsKop(cellen);
  return kop ? { soort: 'csv', kop, tekst: naarUtf8(bytes).bytes } : null;
}

function herkenCbsJson(bytes: Uint8Array): CbsBestand | null {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(naarUtf8(bytes).bytes));
  } catch {
    return null;
  }
  const waarde = (json as { value?: unknown } | null)?.value;
  if (!Array.isArray(waarde) || waarde.length === 0 || typeof waarde[0] !== 'object' || waarde[0] === null) return null;
  const kop = herkenCbsKop(Object.keys(waarde[0] as object));
  return kop ? { soort: 'json', kop, rijen: waarde as Array<Record<string, unknown>> } : null;
}

/** A JSON value as the CSV would hold it: numbers as text, null as empty. */
function alsTekst(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '?';
  if (typeof v === 'string') return v;
  return '?';
}

const RUW = (id: number) => `ingest_cbs_ruw_${id}`;

/** Creates the staging table (every run, also without CBS files, so the package table can be built). */
export async function maakCbsTabel(engine: Engine): Promise<void> {
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(CBS_TABEL)} (bronbestand VARCHAR, tabel VARCHAR, maatstaf VARCHAR, stam VARCHAR, gemeente_code VARCHAR,
    periode VARCHAR, dimensie VARCHAR, categorie VARCHAR, waarde DOUBLE, status VARCHAR, regel INTEGER)`);
}

/** A CBS table id in a file name (`83450NED`, `37789ksz`), if any: a name is never a period. */
function tabelUitNaam(naam: string): string | null {
  return /(?:^|[^0-9A-Za-z])(\d{5}[A-Za-z]{3})(?:[^0-9A-Za-z]|$)/.exec(naam)?.[1] ?? null;
}

/**
 * Reads one CBS file into the staging table: rows of the file → one row per figure. Returns the
 * number of data rows read. Errors go to `meldingen`; the caller fails the load when there are any.
 */
export async function leesCbs(engine: Engine, meldingen: Meldingen, naam: string, bestand: CbsBestand, id: number, opties: CbsOpties): Promise<number> {
  const { kop } = bestand;
  const fout = (regel: number | null, code: string, reden: string, oplossing: string) => meldingen.voeg({ ernst: 'fout', code, bestand: naam, regel, reden, oplossing });
  if (kop.perioden === null && opties.periode === undefined) {
    const jaarInNaam = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(naam)?.[1];
    fout(
      1,
      'cbs-geen-periode',
      `Dit CBS-bestand heeft geen kolom Perioden, dus staat er niet in over welk jaar de cijfers gaan.${jaarInNaam ? ` De bestandsnaam noemt ${jaarInNaam}, maar een naam is geen bron voor de periode.` : ''}`,
      `geef het jaar op: op de opdrachtregel met --periode <jaar> (bijvoorbeeld --periode ${jaarInNaam ?? '2017'}), op de pagina Gegevens laden in het veld "Jaar van CBS-bestanden zonder Perioden". Of exporteer de tabel uit StatLine met de dimensie Perioden.`,
    );
    return 0;
  }
  const ruw = RUW(id);
  const n = kop.kolommen.length;
  const kolomSql = (i: number) => sqlIdent(`c${i}`);
  await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(ruw)}`);
  if (bestand.soort === 'csv') {
    const pad = `${BESTANDSMAP}cbs_${id}_${Math.random().toString(36).slice(2, 8)}.csv`;
    await engine.registerFile(pad, bestand.tekst);
    const specSql = `{${kop.kolommen.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ')}}`;
    await engine.exec('DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans');
    // One record is one line (CBS writes no line breaks inside values): the line is the row number.
    await engine.exec(`CREATE TABLE ${sqlIdent(ruw)} AS SELECT (row_number() OVER ())::INTEGER + 1 AS regel, * FROM read_csv(${sqlString(pad)}, delim=',', quote='"', escape='"', header=true,
      auto_detect=false, columns=${specSql}, ignore_errors=true, store_rejects=true, null_padding=false, max_line_size=1048576)`);
    const rejects = await engine.query<{ line: number }>('SELECT DISTINCT line FROM reject_errors ORDER BY line LIMIT 201');
    await engine.exec('DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans');
    await engine.dropFile(pad);
    for (const r of rejects)
      fout(Number(r.line), 'cbs-regel', `Deze regel heeft niet de ${n} velden van de kopregel (tussen dubbele aanhalingstekens, gescheiden door komma's).`, 'Exporteer de tabel opnieuw uit StatLine (CSV) en laad het bestand zonder het te bewerken.');
    if (rejects.length) return 0;
  } else {
    await engine.exec(`CREATE TABLE ${sqlIdent(ruw)} (regel INTEGER, ${kop.kolommen.map((_, i) => `${kolomSql(i)} VARCHAR`).join(', ')})`);
    for (let i = 0; i < bestand.rijen.length; i += 500) {
      const waardenSql = bestand.rijen.slice(i, i + 500).map((rij, j) => {
        const cellen = kop.kolommen.map((k) => {
          const t = alsTekst(rij[k]);
          return t === null ? 'NULL' : sqlString(t);
        });
        return `(${sqlGetal(i + j + 1)}, ${cellen.join(', ')})`;
      });
      await engine.exec(`INSERT INTO ${sqlIdent(ruw)} VALUES ${waardenSql.join(', ')}`);
    }
  }
  const rijen = (await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${sqlIdent(ruw)}`))[0]!.n;
  // JSON has no lines: a message names the record (its position in `value`).
  const plaatsSql = bestand.soort === 'json' ? 'NULL' : 'regel';
  const waar = (r: { regel: number | null; rij: number }) => (bestand.soort === 'json' ? null : r.regel);
  const inJson = (r: { rij: number }) => (bestand.soort === 'json' ? ` (record ${r.rij} van "value")` : '');

  const regioSql = kop.regio === null ? `'NL01'` : `upper(trim(${kolomSql(kop.regio)}))`;
  const periodeCodeSql = kop.perioden === null ? 'NULL' : `upper(trim(${kolomSql(kop.perioden)}))`;
  const periodeSql =
    kop.perioden === null
      ? sqlString(String(opties.periode))
      : `CASE WHEN regexp_full_match(p, '\\d{4}JJ00') THEN p[1:4]
              WHEN regexp_full_match(p, '\\d{4}KW0[1-4]') THEN p[1:4] || '-Q' || p[8:8]
              WHEN regexp_full_match(p, '\\d{4}MM(0[1-9]|1[0-2])') THEN p[1:4] || '-' || p[7:8] END`;
  const dimNamen = kop.dimensies.map((i) => kop.kolommen[i]!.toLowerCase());
  const dimensieSql = kop.dimensies.length ? sqlString(dimNamen.join('|')) : `'totaal'`;
  const categorieSql = kop.dimensies.length ? kop.dimensies.map((i) => `trim(coalesce(${kolomSql(i)}, ''))`).join(` || '|' || `) : `'totaal'`;
  const maatstaven = kop.maatstaven.map((i) => kop.kolommen[i]!);
  const waardenSql = kop.maatstaven.map((i) => `(${sqlString(kop.kolommen[i]!)}, ${kolomSql(i)})`).join(', ');
  const bekendSql = sqlLijst(alleGemeenten().map((g) => g.code));
  const lang = `${ruw}_lang`;
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(lang)} AS
    WITH r AS (SELECT regel, row_number() OVER (ORDER BY regel)::INTEGER AS rij, ${regioSql} AS regio, ${periodeCodeSql} AS p, ${dimensieSql} AS dimensie, ${categorieSql} AS categorie, * EXCLUDE (regel) FROM ${sqlIdent(ruw)})
    SELECT r.regel, r.rij, r.regio, r.p, ${periodeSql} AS periode, r.dimensie, r.categorie, m.maatstaf, trim(m.w) AS w,
      CASE WHEN regexp_full_match(r.regio, 'GM\\d{4}') THEN 'gemeente' WHEN r.regio IN ('NL01', 'NL00') THEN 'nederland'
           WHEN regexp_full_match(r.regio, '(PV|LD|CR|AM)\\d{2}') OR regexp_full_match(r.regio, 'A\\d{6}') THEN 'weg' END AS soort
    FROM r, LATERAL (VALUES ${waardenSql}) m(maatstaf, w)`);

  const meld = async (code: string, voorwaardeSql: string, tekst: (r: { regel: number | null; rij: number; x: string }) => string, oplossing: string, kolom = 'regio') => {
    const fouten = await engine.query<{ regel: number | null; rij: number; x: string }>(
      `SELECT ${plaatsSql} AS regel, min(rij) AS rij, any_value(${sqlIdent(kolom)}) AS x FROM ${sqlIdent(lang)} WHERE ${voorwaardeSql} GROUP BY regel, rij ORDER BY rij LIMIT 201`,
    );
    for (const r of fouten) fout(waar(r), code, tekst(r) + inJson(r), oplossing);
    return fouten.length;
  };
  const cellen = (await Promise.all([
    meld('cbs-regio', 'soort IS NULL', (r) => `Onbekende regiocode "${r.x}": pw-monitor leest gemeenten (GM…), Nederland (NL01) en, zonder ze te gebruiken, provincies, landsdelen, COROP-gebieden en arbeidsmarktregio's.`, 'Exporteer de tabel met de regio-indeling Gemeenten (en eventueel Nederland).'),
    kop.perioden === null ? 0 : meld('cbs-periode', 'periode IS NULL', (r) => `Onbekende periodecode "${r.x}" in de kolom Perioden: pw-monitor leest jaren (2017JJ00), kwartalen (2017KW03) en maanden (2017MM05).`, 'Exporteer de tabel met jaren, kwartalen of maanden.', 'p'),
    meld(
      'cbs-waarde',
      `soort <> 'weg' AND w IS NOT NULL AND w NOT IN ('', '.', 'x') AND NOT regexp_full_match(w, '-?\\d+(\\.\\d+)?')`,
      (r) => `Een waarde is geen getal ("${r.x}"): CBS schrijft getallen met een decimale punt, "." voor onbekend en een lege cel voor geen cijfer.`,
      'Exporteer de tabel opnieuw uit StatLine (CSV) en laad het bestand zonder het te bewerken.',
      'w',
    ),
  ])).reduce((a, b) => a + b, 0);
  if (cellen) return rijen;
  const tabel = tabelUitNaam(naam);
  await engine.exec(`INSERT INTO ${sqlIdent(CBS_TABEL)}
    SELECT ${sqlString(naam)}, ${tabel ? sqlString(tabel) : 'NULL'}, maatstaf, s.stam, regio, periode, dimensie, categorie, CAST(w AS DOUBLE),
      CASE WHEN soort = 'gemeente' AND regio NOT IN ${bekendSql} THEN ${sqlString(CBS_STATUS_ONBEKEND)} ELSE ${sqlString(CBS_STATUS)} END, ${plaatsSql}
    FROM ${sqlIdent(lang)} LEFT JOIN (VALUES ${maatstaven.map((m) => `(${sqlString(m)}, ${cbsStam(m, maatstaven) ? sqlString(cbsStam(m, maatstaven)!) : 'NULL'})`).join(', ')}) s(m, stam) ON s.m = maatstaf
    WHERE soort <> 'weg' AND w IS NOT NULL AND w NOT IN ('', '.', 'x')`);
  await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(ruw)}; DROP TABLE IF EXISTS ${sqlIdent(lang)}`);
  return rijen;
}

/**
 * The CBS figures a source document cites (source 003's WWB persons of November 2011), for the
 * municipalities with benefit data in the package: reference figures like those of a CBS file (issue 11).
 */
export async function voegBronCbsToe(engine: Engine): Promise<void> {
  const b = BRON003_WWB_PERSONEN;
  const waardenSql = Object.entries(b.aantallen).map(([code, n]) => `(${sqlString(code)}, ${sqlGetal(n)})`).join(', ');
  await engine.exec(`INSERT INTO ${sqlIdent(`${CBS_TABEL}_uniek`)}
    SELECT ${sqlString(b.bronbestand)}, NULL, ${sqlString(b.maatstaf)}, ${sqlString(b.stam)}, code, ${sqlString(b.periode)}, 'totaal', 'totaal', n, ${sqlString(CBS_STATUS)}
    FROM (VALUES ${waardenSql}) t(code, n) WHERE code IN (SELECT DISTINCT gemeente_code FROM ingest_compact)
      AND NOT EXISTS (SELECT 1 FROM ${sqlIdent(`${CBS_TABEL}_uniek`)} c WHERE c.maatstaf = ${sqlString(b.maatstaf)} AND c.gemeente_code = t.code AND c.periode = ${sqlString(b.periode)})`);
}

/**
 * Municipality codes of CBS files that neither the model nor the user's mergers file (`eigen`)
 * knows: kept under their own code, flagged in `status`, and a warning per code.
 */
export async function meldOnbekendeCbs(engine: Engine, meldingen: Meldingen, eigen: ReadonlySet<string>): Promise<void> {
  if (eigen.size) await engine.exec(`UPDATE ${sqlIdent(CBS_TABEL)} SET status = ${sqlString(CBS_STATUS)} WHERE gemeente_code IN ${sqlLijst([...eigen])}`);
  const onbekend = await engine.query<{ bestand: string; code: string; regel: number | null }>(
    `SELECT bronbestand AS bestand, gemeente_code AS code, min(regel) AS regel FROM ${sqlIdent(CBS_TABEL)} WHERE status = ${sqlString(CBS_STATUS_ONBEKEND)} GROUP BY ALL ORDER BY ALL`,
  );
  for (const o of onbekend)
    meldingen.voeg({
      ernst: 'waarschuwing', code: 'cbs-onbekende-gemeente', bestand: o.bestand, regel: o.regel,
      reden: `De gemeentecode ${o.code} kent pw-monitor niet (ook niet als opgeheven gemeente); de cijfers staan onder deze code, zonder naam en zonder herindeling.`,
      oplossing: 'Geen actie nodig als dit een nieuwe gemeente is; gaat het om een herindeling, laad dan een herindelingenbestand mee (kolommen datum;oude_code;nieuwe_code, bij een splitsing met aandeel).',
    });
}

/**
 * Two CBS files with the same figure (same table in two downloads): counted once when they agree,
 * an error when they do not.
 */
export async function ontdubbelCbs(engine: Engine, meldingen: Meldingen, gelezen: boolean): Promise<void> {
  const strijdig = !gelezen ? [] : await engine.query<{ a: string; b: string; maatstaf: string; code: string; periode: string }>(
    `SELECT min(bronbestand) AS a, max(bronbestand) AS b, maatstaf, gemeente_code AS code, periode FROM ${sqlIdent(CBS_TABEL)}
     GROUP BY maatstaf, gemeente_code, periode, dimensie, categorie HAVING count(DISTINCT waarde) > 1 OR count(*) > count(DISTINCT bronbestand) ORDER BY ALL LIMIT 20`,
  );
  for (const s of strijdig)
    meldingen.voeg({
      ernst: 'fout', code: 'cbs-dubbel', bestand: s.b, regel: null,
      reden: s.a === s.b ? `Het cijfer ${s.maatstaf} van ${s.code} over ${s.periode} staat meer dan eens in dit bestand.` : `Het cijfer ${s.maatstaf} van ${s.code} over ${s.periode} staat ook in ${s.a}, met een andere waarde.`,
      oplossing: s.a === s.b ? 'Exporteer de tabel opnieuw uit StatLine.' : 'Laad van elke CBS-tabel en periode één versie (de nieuwste).',
    });
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(`${CBS_TABEL}_uniek`)} AS
    SELECT min(bronbestand) AS bronbestand, any_value(tabel) AS tabel, maatstaf, any_value(stam) AS stam, gemeente_code, periode, dimensie, categorie, any_value(waarde) AS waarde, any_value(status) AS status
    FROM ${sqlIdent(CBS_TABEL)} GROUP BY maatstaf, gemeente_code, periode, dimensie, categorie`);
}
