import { sqlString, type Engine } from '@pw/engine';
import {
  alleGemeenten,
  DUURKLASSEN,
  huidigeGemeente,
  INWONERS,
  LEEFTIJDSKLASSEN,
  PAKKET_TABELLEN,
  SAMENWERKINGEN,
  type Klasse,
  type PakketTabel,
} from '@pw/model';
import { T } from './context.ts';
import { eerstePeildatumSql, OPEN, peildatumNaSql } from './sql.ts';

/**
 * Canonical rows → the aggregate tables of a data package. Stocks are counted without a row per
 * benefit per month: each period contributes +1 on the first peildatum it counts and −1 on the
 * first peildatum after it ended; a running sum per combination of categories gives the stock,
 * carried to every peildatum of the coverage with an ASOF join. Age and duration bands are
 * sub-periods (a benefit moves to the next band on a birthday or anniversary).
 */

/** Stock per peildatum from a query yielding `dims…, van DATE, tot DATE (NULL = open)`. */
function standSql(bron: string, dims: readonly string[], dekking: string): string {
  const d = dims.join(', ');
  const gelijk = dims.map((k) => `r.${k} IS NOT DISTINCT FROM c.${k}`).join(' AND ');
  return `WITH p AS (SELECT ${d}, ${eerstePeildatumSql('van')} AS d_in, CASE WHEN tot IS NULL THEN NULL ELSE ${peildatumNaSql('tot')} END AS d_uit FROM (${bron})),
    ev AS (SELECT ${d}, d_in AS d, 1 AS delta FROM p WHERE d_uit IS NULL OR d_uit > d_in
           UNION ALL SELECT ${d}, d_uit AS d, -1 AS delta FROM p WHERE d_uit IS NOT NULL AND d_uit > d_in),
    c AS (SELECT ${d}, d, sum(sum(delta)) OVER (PARTITION BY ${d} ORDER BY d) AS aantal FROM ev GROUP BY ${d}, d),
    pd AS (SELECT DISTINCT gemeente_code, unnest(generate_series(van, tot, INTERVAL 1 MONTH))::DATE AS peildatum FROM ${dekking}),
    r AS (SELECT k.*, pd.peildatum FROM (SELECT DISTINCT ${d} FROM c) k JOIN pd USING (gemeente_code))
    SELECT ${dims.map((k) => `r.${k}`).join(', ')}, r.peildatum, c.aantal::INTEGER AS aantal
    FROM r ASOF JOIN c ON ${gelijk} AND r.peildatum >= c.d
    WHERE c.aantal > 0`;
}

function klassenSql(klassen: readonly Klasse[]): string {
  return `(VALUES ${klassen.map((k) => `(${sqlString(k.code)}, ${k.van}, ${k.tot ?? 'NULL'})`).join(', ')}) k(code, van, tot)`;
}

/** Sub-periods per band of a date-anchored age (birth date, or start of the benefit). */
function bandenSql(anker: string, kolom: string, klassen: readonly Klasse[]): string {
  return `SELECT gemeente_code, regeling, code AS ${kolom}, van, nullif(tot, ${OPEN}) AS tot FROM (
      SELECT gemeente_code, regeling, k.code,
        greatest(ingang, (${anker} + to_years(k.van))::DATE) AS van,
        least(coalesce(einde, ${OPEN}), CASE WHEN k.tot IS NULL THEN ${OPEN} ELSE (${anker} + to_years(k.tot) - INTERVAL 1 DAY)::DATE END) AS tot
      FROM ${T.per}, ${klassenSql(klassen)} WHERE ${anker} IS NOT NULL)
    WHERE van <= tot
    UNION ALL SELECT gemeente_code, regeling, 'onbekend', ingang, einde FROM ${T.per} WHERE ${anker} IS NULL`;
}

/** SELECT for each package table, from the canonical tables of this run. */
export function pakketSql(): Record<PakketTabel, string> {
  const dims = ['gemeente_code', 'regeling', 'afstand', 'loonwaardegroep', 'doelgroepenregister', 'beschut_werk'];
  const gedekt = (alias: string, kolom: string) =>
    `EXISTS (SELECT 1 FROM ${T.dekkingU} d WHERE d.gemeente_code = ${alias}.gemeente_code AND ${kolom} BETWEEN d.van AND d.tot)`;
  return {
    uitkeringen_stand: `SELECT gemeente_code, peildatum, regeling, afstand, loonwaardegroep, doelgroepenregister, beschut_werk, aantal FROM (${standSql(
      `SELECT ${dims.join(', ')}, ingang AS van, einde AS tot FROM ${T.per}`, dims, T.dekkingU)})`,
    uitkeringen_leeftijd: `SELECT gemeente_code, peildatum, regeling, leeftijdsklasse, aantal FROM (${standSql(
      bandenSql('geboren', 'leeftijdsklasse', LEEFTIJDSKLASSEN), ['gemeente_code', 'regeling', 'leeftijdsklasse'], T.dekkingU)})`,
    uitkeringen_duur: `SELECT gemeente_code, peildatum, regeling, duurklasse, aantal FROM (${standSql(
      bandenSql('duur_start', 'duurklasse', DUURKLASSEN), ['gemeente_code', 'regeling', 'duurklasse'], T.dekkingU)})`,
    uitkeringen_mutaties: `SELECT * FROM (
        SELECT gemeente_code, date_trunc('month', ingang - INTERVAL 1 DAY)::DATE AS maand, regeling, 'instroom' AS richting, reden_in AS reden, count(*)::INTEGER AS aantal
        FROM ${T.per} GROUP BY ALL
        UNION ALL
        SELECT gemeente_code, date_trunc('month', einde)::DATE AS maand, regeling, 'uitstroom', coalesce(reden, 'onbekend'), count(*)::INTEGER
        FROM ${T.per} WHERE einde IS NOT NULL GROUP BY ALL) m
      WHERE ${gedekt('m', 'm.maand')} AND ${gedekt('m', "(m.maand + INTERVAL 1 MONTH)::DATE")}`,
    doelgroepen_stand: doelgroepenSql(),
    beschut_werk: `SELECT gemeente_code, jaar, taakstelling, realisatie, bron FROM ${T.beschut}_uniek`,
    budget: `SELECT gemeente_code, jaar, soort, begroot, gerealiseerd, bron FROM ${T.budget}_uniek WHERE maand IS NULL`,
    budget_maand: `SELECT gemeente_code, jaar, maand, soort, coalesce(gerealiseerd, 0) AS gerealiseerd FROM ${T.budget}_uniek WHERE maand IS NOT NULL`,
    inwoners: `SELECT * FROM ingest_inwoners WHERE gemeente_code IN (SELECT code FROM ingest_gemeenten)`,
    dekking: `SELECT onderwerp, gemeente_code, van, tot, bronbestand FROM ingest_dekking`,
    extract_totalen: `SELECT bronbestand, regel, omschrijving, opgegeven, berekend FROM ${T.totalen}`,
    gemeenten: `SELECT code, naam, geldig_van, geldig_tot, opvolger, huidige_code FROM ingest_gemeenten`,
    samenwerkingen: `SELECT id, naam, gemeente_code FROM ingest_samenwerkingen`,
  };
}

function doelgroepenSql(): string {
  const totaal = standSql(`SELECT gemeente_code, register, ingang AS van, einde AS tot FROM ingest_dg`, ['gemeente_code', 'register'], T.dekkingD);
  const metUitkering = standSql(
    `WITH b AS (SELECT persoon, ingang, coalesce(einde, ${OPEN}) AS e FROM ${T.per} SEMI JOIN ingest_dg USING (persoon)),
      g AS (SELECT persoon, ingang, e, sum(CASE WHEN ingang > vorig + 1 THEN 1 ELSE 0 END) OVER (PARTITION BY persoon ORDER BY ingang, e ROWS UNBOUNDED PRECEDING) AS eiland
            FROM (SELECT *, max(e) OVER (PARTITION BY persoon ORDER BY ingang, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorig FROM b)),
      eilanden AS (SELECT persoon, min(ingang) AS ingang, max(e) AS e FROM g GROUP BY persoon, eiland)
     SELECT d.gemeente_code, d.register, greatest(d.ingang, u.ingang) AS van, nullif(least(coalesce(d.einde, ${OPEN}), u.e), ${OPEN}) AS tot
     FROM ingest_dg d JOIN eilanden u USING (persoon)
     WHERE greatest(d.ingang, u.ingang) <= least(coalesce(d.einde, ${OPEN}), u.e)`,
    ['gemeente_code', 'register'],
    T.dekkingD,
  );
  return `WITH t AS (${totaal}), j AS (${metUitkering}),
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
  await engine.exec(`CREATE OR REPLACE TABLE ingest_inwoners AS SELECT * FROM (VALUES ${INWONERS.flatMap((r) => [
    `(${sqlString(r.gemeente)}, ${r.jaar}, 'totaal', ${r.totaal}, ${sqlString(r.bron)})`,
    `(${sqlString(r.gemeente)}, ${r.jaar}, '18plus', ${r.achttienPlus}, ${sqlString(r.bron)})`,
    `(${sqlString(r.gemeente)}, ${r.jaar}, '15-aow', ${r.vijftienTotAow}, ${sqlString(r.bron)})`,
  ]).join(', ')}) t(gemeente_code, jaar, basis, aantal, bron)`);
}

/** The municipalities a package needs: those in its data, their successors and predecessors. */
export async function kiesGemeenten(engine: Engine, tabellen: readonly string[]): Promise<void> {
  const codes = tabellen.map((t) => `SELECT gemeente_code AS code FROM ${t}`).join(' UNION ');
  await engine.exec(`CREATE OR REPLACE TABLE ingest_gemeenten AS
    WITH gebruikt AS (${codes}),
    huidig AS (SELECT DISTINCT g.huidige_code AS code FROM ingest_gemeenten_alle g JOIN gebruikt USING (code))
    SELECT * FROM ingest_gemeenten_alle WHERE code IN (SELECT code FROM gebruikt) OR code IN (SELECT code FROM huidig)
      OR huidige_code IN (SELECT code FROM huidig)`);
}

/** Casts and orders a package table exactly as the contract in @pw/model says (stable bytes for the same data). */
export function exportSql(tabel: PakketTabel, naam: string): string {
  const kolommen = PAKKET_TABELLEN[tabel].kolommen;
  const select = kolommen.map(([k, t]) => `CAST("${k}" AS ${t}) AS "${k}"`).join(', ');
  const volgorde = kolommen.map(([k]) => `"${k}"`).join(', ');
  return `SELECT ${select} FROM ${naam} ORDER BY ${volgorde}`;
}
