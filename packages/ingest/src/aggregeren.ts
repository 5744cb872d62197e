import { sqlGetal, sqlIdent, sqlString, type Engine } from '@pw/engine';
import {
  alleGemeenten,
  DUURKLASSEN,
  huidigeGemeente,
  INWONERS,
  inwonersPerBasis,
  LEEFTIJDSKLASSEN,
  PAKKET_TABELLEN,
  SAMENWERKINGEN,
  type Klasse,
  type PakketTabel,
} from '@pw/model';
import { T } from './context.ts';
import { datumVanMaandSql, maandIndexSql, OPEN_MAAND } from './sql.ts';
import { wswPakketSql } from './wsw.ts';

/**
 * Canonical rows → the aggregate tables of a data package, without a row per benefit per month.
 * Each benefit counts from month `m_in` (its first peildatum) up to, not including, `m_uit` (the
 * first peildatum after it ended): +1 and −1 events, summed per combination of categories and
 * carried to every peildatum of the coverage with an ASOF join. Age and duration bands are the
 * same with one more kind of event: a benefit moves to the next band on the month it crosses a
 * boundary (a birthday or an anniversary), and only those crossings generate rows.
 */

/** Stock per peildatum from events `dims…, m, d` (m: month index, d: +n/−n). */
function uitEventsSql(eventsSql: string, dims: readonly string[], dekking: string): string {
  const dimSql = dims.map(sqlIdent).join(', ');
  const gelijkSql = dims.map((k) => `r.${sqlIdent(k)} IS NOT DISTINCT FROM c.${sqlIdent(k)}`).join(' AND ');
  return `WITH ev AS (${eventsSql}),
    c AS (SELECT ${dimSql}, m, sum(sum(d)) OVER (PARTITION BY ${dimSql} ORDER BY m) AS aantal FROM ev GROUP BY ${dimSql}, m),
    pd AS (SELECT DISTINCT gemeente_code, unnest(generate_series(${maandIndexSql('van')}, ${maandIndexSql('tot')})) AS m FROM ${sqlIdent(dekking)}),
    r AS (SELECT k.*, pd.m FROM (SELECT DISTINCT ${dimSql} FROM c) k JOIN pd USING (gemeente_code))
    SELECT ${dims.map((k) => `r.${sqlIdent(k)}`).join(', ')}, ${datumVanMaandSql('r.m')} AS peildatum, c.aantal::INTEGER AS aantal
    FROM r ASOF JOIN c ON ${gelijkSql} AND r.m >= c.m
    WHERE c.aantal > 0`;
}

/** +1 when a registration starts counting, −1 when it stops (for the small register table). */
function standEventsSql(bron: string, dims: readonly string[]): string {
  const dimSql = dims.map(sqlIdent).join(', ');
  return `SELECT ${dimSql}, m_in AS m, 1 AS d FROM ${sqlIdent(bron)} WHERE m_uit IS NULL OR m_uit > m_in
    UNION ALL SELECT ${dimSql}, m_uit AS m, -1 AS d FROM ${sqlIdent(bron)} WHERE m_uit > m_in`;
}

const DUUR_GRENZEN = DUURKLASSEN.slice(1).map((k) => k.van * 12);
const LEEFTIJD_GRENZEN = LEEFTIJDSKLASSEN.slice(1).map((k) => k.van * 12);
/** Band index at month `x` for a band anchored at `a`: how many boundaries lie at or before x − a. */
const bandSql = (x: string, a: string, grenzen: readonly number[]) => `(${grenzen.map((g) => `(${x} - ${a} >= ${g})::INTEGER`).join(' + ')})`;
const codesSql = (klassen: readonly Klasse[]) => `[${klassen.map((k) => sqlString(k.code)).join(', ')}]`;

/** The benefit periods with categories as codes ("onbekend" where the extract had none), and their bands. */
export async function maakCompact(engine: Engine): Promise<void> {
  // A view: after validation every row is valid and unknown categories are NULL, so this is cheap to scan.
  await engine.exec(`CREATE OR REPLACE VIEW ingest_compact AS SELECT gemeente_code, regeling,
      coalesce(afstand, 'onbekend') AS afstand, coalesce(loonwaardegroep, 'onbekend') AS loonwaardegroep,
      coalesce(doelgroepenregister, 'onbekend') AS doelgroepenregister, coalesce(beschut_werk, 'onbekend') AS beschut_werk,
      coalesce(reden, 'onbekend') AS reden, reden_in, m_in, m_uit, m_geb, m_duur,
      (m_uit IS NULL OR m_uit > m_in) AS telt,
      ${bandSql('m_in', 'm_duur', DUUR_GRENZEN)} AS kd_in, ${bandSql(`coalesce(m_uit, ${OPEN_MAAND}) - 1`, 'm_duur', DUUR_GRENZEN)} AS kd_uit,
      coalesce(${bandSql('m_in', 'm_geb', LEEFTIJD_GRENZEN)}, -1) AS kl_in, coalesce(${bandSql(`coalesce(m_uit, ${OPEN_MAAND}) - 1`, 'm_geb', LEEFTIJD_GRENZEN)}, -1) AS kl_uit
    FROM ${sqlIdent(T.per)}`);
}

/**
 * Every start, end and flow event in one pass over the periods (GROUPING SETS: one scan, one hash
 * table per kind), plus the band crossings of the periods that cross one. What is left per kind
 * is small: a few thousand rows per municipality.
 */
export async function maakEvents(engine: Engine): Promise<void> {
  const dimSql = 'gemeente_code, regeling, afstand, loonwaardegroep, doelgroepenregister, beschut_werk';
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_ev AS
    SELECT grouping(m_in, m_uit, reden_in, reden, kd_in, kd_uit, kl_in, kl_uit) AS soort, ${dimSql}, telt, reden_in, reden, m_in, m_uit, kd_in, kd_uit, kl_in, kl_uit, count(*)::INTEGER AS n
    FROM ingest_compact
    GROUP BY GROUPING SETS (
      (${dimSql}, telt, m_in), (${dimSql}, telt, m_uit),
      (gemeente_code, regeling, reden_in, m_in), (gemeente_code, regeling, reden, m_uit),
      (gemeente_code, regeling, telt, kd_in, m_in), (gemeente_code, regeling, telt, kd_uit, m_uit),
      (gemeente_code, regeling, telt, kl_in, m_in), (gemeente_code, regeling, telt, kl_uit, m_uit))`);
  const kruisSql = (kIn: string, kUit: string, anker: string, grenzen: readonly number[], soort: string) => {
    const [inSql, uitSql, ankerSql] = [sqlIdent(kIn), sqlIdent(kUit), sqlIdent(anker)];
    return `SELECT ${sqlString(soort)} AS soort, gemeente_code, regeling, j, ${ankerSql} + [${grenzen.map(sqlGetal).join(', ')}][j] AS m, count(*)::INTEGER AS n
     FROM ingest_compact, (SELECT unnest(range(1, ${sqlGetal(grenzen.length + 1)})) AS j) g
     WHERE telt AND ${inSql} >= 0 AND ${uitSql} > ${inSql} AND j > ${inSql} AND j <= ${uitSql} GROUP BY ALL`;
  };
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_kruis AS
    ${kruisSql('kd_in', 'kd_uit', 'm_duur', DUUR_GRENZEN, 'duur')} UNION ALL ${kruisSql('kl_in', 'kl_uit', 'm_geb', LEEFTIJD_GRENZEN, 'leeftijd')}`);
}

/** GROUPING() bit mask of a grouping set in maakEvents (1 = column not grouped), as SQL. */
const setSql = (gegroepeerd: string[]) => {
  const kolommen = ['m_in', 'm_uit', 'reden_in', 'reden', 'kd_in', 'kd_uit', 'kl_in', 'kl_uit'];
  return sqlGetal(kolommen.reduce((masker, k, i) => masker | (gegroepeerd.includes(k) ? 0 : 1 << (kolommen.length - 1 - i)), 0));
};

/** Band events: entering the band at the start, leaving the band at the end, and the crossings in between. */
function bandEventsSql(klassen: readonly Klasse[], kolom: string, kIn: string, kUit: string, kruisSoort: string): string {
  const klassenSql = codesSql(klassen);
  const bandCodeSql = (k: string) => `CASE WHEN ${sqlIdent(k)} < 0 THEN 'onbekend' ELSE ${klassenSql}[${sqlIdent(k)} + 1] END`;
  return `SELECT gemeente_code, regeling, ${bandCodeSql(kIn)} AS ${sqlIdent(kolom)}, m_in AS m, n AS d FROM ingest_ev WHERE soort = ${setSql([kIn, 'm_in'])} AND telt
    UNION ALL SELECT gemeente_code, regeling, ${bandCodeSql(kUit)}, m_uit, -n FROM ingest_ev WHERE soort = ${setSql([kUit, 'm_uit'])} AND telt AND m_uit IS NOT NULL
    UNION ALL SELECT gemeente_code, regeling, ${klassenSql}[j], m, -n FROM ingest_kruis WHERE soort = ${sqlString(kruisSoort)}
    UNION ALL SELECT gemeente_code, regeling, ${klassenSql}[j + 1], m, n FROM ingest_kruis WHERE soort = ${sqlString(kruisSoort)}`;
}

/** SELECT for each package table, from the canonical tables of this run. */
export function pakketSql(): Record<PakketTabel, string> {
  const dims = ['gemeente_code', 'regeling', 'afstand', 'loonwaardegroep', 'doelgroepenregister', 'beschut_werk'];
  const dimSql = dims.map(sqlIdent).join(', ');
  const gedektSql = (mSql: string) => `EXISTS (SELECT 1 FROM ${sqlIdent(T.dekkingU)} k WHERE k.gemeente_code = x.gemeente_code AND ${mSql} BETWEEN ${maandIndexSql('k.van')} AND ${maandIndexSql('k.tot')})`;
  const standEvSql = `SELECT ${dimSql}, m_in AS m, n AS d FROM ingest_ev WHERE soort = ${setSql(['m_in'])} AND telt
    UNION ALL SELECT ${dimSql}, m_uit, -n FROM ingest_ev WHERE soort = ${setSql(['m_uit'])} AND telt AND m_uit IS NOT NULL`;
  return {
    uitkeringen_stand: `SELECT gemeente_code, peildatum, regeling, afstand, loonwaardegroep, doelgroepenregister, beschut_werk, aantal FROM (${uitEventsSql(standEvSql, dims, T.dekkingU)})`,
    uitkeringen_leeftijd: `SELECT gemeente_code, peildatum, regeling, leeftijdsklasse, aantal FROM (${uitEventsSql(bandEventsSql(LEEFTIJDSKLASSEN, 'leeftijdsklasse', 'kl_in', 'kl_uit', 'leeftijd'), ['gemeente_code', 'regeling', 'leeftijdsklasse'], T.dekkingU)})`,
    uitkeringen_duur: `SELECT gemeente_code, peildatum, regeling, duurklasse, aantal FROM (${uitEventsSql(bandEventsSql(DUURKLASSEN, 'duurklasse', 'kd_in', 'kd_uit', 'duur'), ['gemeente_code', 'regeling', 'duurklasse'], T.dekkingU)})`,
    // Inflow in the month of peildatum P: started after P and at the latest on the next peildatum (m_in = P + 1).
    // Outflow in that month: the last day counted lies in it (m_uit = P + 1).
    uitkeringen_mutaties: `SELECT gemeente_code, ${datumVanMaandSql('m')} AS maand, regeling, richting, reden, aantal FROM (
        SELECT gemeente_code, m_in - 1 AS m, regeling, 'instroom' AS richting, reden_in AS reden, n AS aantal FROM ingest_ev WHERE soort = ${setSql(['reden_in', 'm_in'])}
        UNION ALL
        SELECT gemeente_code, m_uit - 1, regeling, 'uitstroom', reden, n FROM ingest_ev WHERE soort = ${setSql(['reden', 'm_uit'])} AND m_uit IS NOT NULL) x
      WHERE ${gedektSql('x.m')} AND ${gedektSql('x.m + 1')}`,
    doelgroepen_stand: doelgroepenSql(),
    beschut_werk: `SELECT gemeente_code, jaar, taakstelling, realisatie, bron FROM ${sqlIdent(`${T.beschut}_uniek`)}`,
    budget: `SELECT gemeente_code, jaar, soort, begroot, gerealiseerd, bron, versie, buig_uitkeringen, buig_loonkostensubsidie, buig_baten FROM ${sqlIdent(`${T.budget}_uniek`)} WHERE maand IS NULL`,
    budget_maand: `SELECT gemeente_code, jaar, CAST(maand AS INTEGER) AS maand, soort, coalesce(gerealiseerd, 0) AS gerealiseerd FROM ${sqlIdent(`${T.budget}_uniek`)} WHERE maand IS NOT NULL`,
    inwoners: `SELECT * FROM ingest_inwoners WHERE gemeente_code IN (SELECT code FROM ingest_gemeenten)`,
    dekking: `SELECT onderwerp, gemeente_code, van, tot, bronbestand FROM ingest_dekking`,
    extract_totalen: `SELECT bronbestand, regel, omschrijving, opgegeven, berekend FROM ${sqlIdent(T.totalen)}`,
    gemeenten: `SELECT code, naam, geldig_van, geldig_tot, opvolger, huidige_code FROM ingest_gemeenten`,
    samenwerkingen: `SELECT id, naam, gemeente_code FROM ingest_samenwerkingen`,
    ...wswPakketSql(),
    cbs_referentie: `SELECT bronbestand, tabel, maatstaf, stam, gemeente_code, periode, dimensie, categorie, waarde, status FROM ingest_cbs_uniek`,
  };
}

function doelgroepenSql(): string {
  const totaalSql = uitEventsSql(standEventsSql(T.dg, ['gemeente_code', 'register']), ['gemeente_code', 'register'], T.dekkingD);
  // Registrations with a benefit: the overlap of a registration with the person's benefit periods
  // (merged per person first, so two benefits at once count once).
  const metSql = `WITH b AS (SELECT persoon, m_in, coalesce(m_uit, ${OPEN_MAAND}) AS m_uit FROM ingest_per_dg WHERE m_uit IS NULL OR m_uit > m_in),
      g AS (SELECT persoon, m_in, m_uit, sum(CASE WHEN m_in > vorig THEN 1 ELSE 0 END) OVER (PARTITION BY persoon ORDER BY m_in, m_uit ROWS UNBOUNDED PRECEDING) AS eiland
            FROM (SELECT *, max(m_uit) OVER (PARTITION BY persoon ORDER BY m_in, m_uit ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorig FROM b)),
      eilanden AS (SELECT persoon, min(m_in) AS m_in, max(m_uit) AS m_uit FROM g GROUP BY persoon, eiland),
      x AS (SELECT d.gemeente_code, d.register, greatest(d.m_in, u.m_in) AS m_in, nullif(least(coalesce(d.m_uit, ${OPEN_MAAND}), u.m_uit), ${OPEN_MAAND}) AS m_uit
            FROM ${sqlIdent(T.dg)} d JOIN eilanden u USING (persoon) WHERE greatest(d.m_in, u.m_in) < least(coalesce(d.m_uit, ${OPEN_MAAND}), u.m_uit))
      ${standEventsSql('x', ['gemeente_code', 'register'])}`;
  const metUitkeringSql = uitEventsSql(metSql, ['gemeente_code', 'register'], T.dekkingD);
  return `WITH t AS (${totaalSql}), j AS (${metUitkeringSql}),
    gekoppeld AS (SELECT count(*) > 0 AS ja FROM j)
    SELECT t.gemeente_code, t.peildatum, t.register, 'ja' AS met_uitkering, j.aantal::INTEGER AS aantal
      FROM t JOIN j USING (gemeente_code, register, peildatum) WHERE (SELECT ja FROM gekoppeld)
    UNION ALL
    SELECT t.gemeente_code, t.peildatum, t.register, 'nee', (t.aantal - coalesce(j.aantal, 0))::INTEGER
      FROM t LEFT JOIN j USING (gemeente_code, register, peildatum) WHERE (SELECT ja FROM gekoppeld) AND t.aantal - coalesce(j.aantal, 0) > 0
    UNION ALL
    SELECT t.gemeente_code, t.peildatum, t.register, 'onbekend', t.aantal FROM t WHERE NOT (SELECT ja FROM gekoppeld)`;
}

/** Reference tables every package carries, so it can be read without this code: municipalities, cooperations, inhabitants. */
export async function maakReferentietabellen(engine: Engine): Promise<void> {
  await engine.exec(`CREATE OR REPLACE TABLE ingest_gemeenten_alle (code VARCHAR, naam VARCHAR, geldig_van DATE, geldig_tot DATE, opvolger VARCHAR, huidige_code VARCHAR)`);
  const gemeenten = alleGemeenten();
  for (let i = 0; i < gemeenten.length; i += 200) {
    await engine.exec(`INSERT INTO ingest_gemeenten_alle VALUES ${gemeenten
      .slice(i, i + 200)
      .map((g) => `(${sqlString(g.code)}, ${sqlString(g.naam)}, ${g.geldigVan ? `DATE ${sqlString(g.geldigVan)}` : 'NULL'}, ${g.geldigTot ? `DATE ${sqlString(g.geldigTot)}` : 'NULL'}, ${g.opvolger ? sqlString(g.opvolger) : 'NULL'}, ${sqlString(huidigeGemeente(g.code))})`)
      .join(', ')}`);
  }
  await engine.exec(`CREATE OR REPLACE TABLE ingest_samenwerkingen AS SELECT * FROM (VALUES ${SAMENWERKINGEN.flatMap((s) =>
    s.leden.map((g) => `(${sqlString(s.id)}, ${sqlString(s.naam)}, ${sqlString(g)})`),
  ).join(', ')}) t(id, naam, gemeente_code)`);
  await engine.exec(`CREATE OR REPLACE TABLE ingest_inwoners AS SELECT * FROM (VALUES ${INWONERS.flatMap((r) =>
    inwonersPerBasis(r).map((b) => `(${sqlString(r.gemeente)}, ${sqlGetal(r.jaar)}, ${sqlString(b.basis)}, ${sqlGetal(b.aantal)}, ${sqlString(b.bron)})`),
  ).join(', ')}) t(gemeente_code, jaar, basis, aantal, bron)`);
}

/** The municipalities a package needs: those in its data, their successors and predecessors. */
export async function kiesGemeenten(engine: Engine, tabellen: readonly string[]): Promise<void> {
  const codesSqlVan = tabellen.map((t) => `SELECT DISTINCT gemeente_code AS code FROM ${sqlIdent(t)}`).join(' UNION ');
  await engine.exec(`CREATE OR REPLACE TABLE ingest_gemeenten AS
    WITH gebruikt AS (${codesSqlVan}),
    huidig AS (SELECT DISTINCT g.huidige_code AS code FROM ingest_gemeenten_alle g JOIN gebruikt USING (code))
    SELECT * FROM ingest_gemeenten_alle WHERE code IN (SELECT code FROM gebruikt) OR code IN (SELECT code FROM huidig)
      OR huidige_code IN (SELECT code FROM huidig)`);
}

/** Casts and orders a package table exactly as the contract in @pw/model says (stable bytes for the same data). */
export function exportSql(tabel: PakketTabel, naam: string): string {
  const kolommen = PAKKET_TABELLEN[tabel].kolommen;
  // The type is one of the model's (VARCHAR, DATE, INTEGER, DOUBLE): a keyword, not a value.
  const selectSql = kolommen.map(([k, typeSql]) => `CAST(${sqlIdent(k)} AS ${typeSql}) AS ${sqlIdent(k)}`).join(', ');
  const volgordeSql = kolommen.map(([k]) => sqlIdent(k)).join(', ');
  return `SELECT ${selectSql} FROM ${sqlIdent(naam)} ORDER BY ${volgordeSql}`;
}
