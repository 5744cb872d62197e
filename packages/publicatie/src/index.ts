import { maakPakket, type AfgeleideTabel, type Pakket } from '@pw/datapackage';
import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import type { IngestResultaat } from '@pw/ingest';
import { bepaalAfscherming, INDELINGEN, pakketfiguren } from '@pw/afscherming';
import { alleGebieden, figurenSql, INDELING_NAAM, INDICATOREN, SAMENWERKING_PREFIX, type Figuur, type Indeling } from '@pw/metrics';
import { PAKKET_TABELNAMEN } from '@pw/model';

/** The indicators the Overzicht page shows (headline tiles, trend). */
export const KERNCIJFERS = {
  indicatoren: ['uitkeringen', 'uitkeringen_per_1000_inwoners', 'doelgroepenregister', 'beschut_werk_taakstelling', 'beschut_werk_realisatie', 'budget_begroot', 'budget_gerealiseerd', 'budget_gerealiseerd_cumulatief'],
};

/**
 * The derived table with the standard figures of every area in an indeling: the long figures
 * format of @pw/metrics (`FIGUUR_KOLOMMEN`) plus `markering`, the package's masking decision for
 * that cell (`<5`, `x`, or NULL: published as it is).
 */
export const FIGURENTABEL: Readonly<Record<Indeling, AfgeleideTabel>> = { huidig: 'figuren_huidig', historisch: 'figuren_historisch' };

const SLEUTEL = ['indicator', 'gemeente_code', 'periode', 'dimensie', 'categorie'] as const;

/**
 * ORDER BY for a figures table: the order of `sorteerFiguren` in @pw/metrics (indicator as defined,
 * area, period, total first, then dimensions and categories as defined, others by name), so the
 * dashboard reads the rows in the order every output has without sorting them.
 */
function volgordeSql(): string {
  const geval = (expr: string, paren: Array<[string, number]>, anders: number) =>
    paren.length ? `CASE ${expr} ${paren.map(([w, n]) => `WHEN ${sqlString(w)} THEN ${n}`).join(' ')} ELSE ${anders} END` : String(anders);
  const ind = geval('indicator', INDICATOREN.map((i, n) => [i.id, n]), INDICATOREN.length);
  const dim = geval("indicator || '|' || dimensie", INDICATOREN.flatMap((i) => i.dimensies.map((d, n): [string, number] => [`${i.id}|${d.id}`, n + 1])), 0);
  const cat = geval(
    "indicator || '|' || dimensie || '|' || categorie",
    INDICATOREN.flatMap((i) => i.dimensies.flatMap((d) => d.categorieen.map((c, n): [string, number] => [`${i.id}|${d.id}|${c}`, n]))),
    1000,
  );
  return `${ind}, gemeente_code, periode, CASE WHEN dimensie = 'totaal' THEN 0 ELSE ${dim} END, CASE WHEN dimensie = 'totaal' THEN 0 ELSE ${cat} END, categorie`;
}

/** Rows per INSERT of the masked cells (one statement per chunk keeps the SQL text small). */
const INVOEG_PER = 1000;

/**
 * The standard figures of every area of the package loaded in `engine`, per indeling, with the
 * masking decision as a column: the same `figurenSql` the dashboard ran after DuckDB had started,
 * and the same decision (`bepaalAfscherming` over both indelingen) it took, computed once here so
 * a page, an export and a masked published site need no engine. Leaves the tables
 * `figuren_huidig` and `figuren_historisch` in the engine.
 */
async function standaardfiguren(engine: Engine, gemeenten: readonly string[]): Promise<void> {
  for (const indeling of INDELINGEN) {
    await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(`kaal_${indeling}`)} AS ${figurenSql({ gebieden: alleGebieden(gemeenten, indeling), indeling })}`);
  }
  const invoer = await pakketfiguren(engine, gemeenten, (indeling) => engine.query<Figuur>(`SELECT * FROM ${sqlIdent(`kaal_${indeling}`)}`));
  const besluit = bepaalAfscherming(invoer);
  await engine.exec(`CREATE OR REPLACE TABLE markeringen (indeling VARCHAR, indicator VARCHAR, gemeente_code VARCHAR, periode VARCHAR, dimensie VARCHAR, categorie VARCHAR, markering VARCHAR)`);
  // Each masked cell as a VALUES row, every value through sqlString.
  const regelsSql: string[] = [];
  for (const set of invoer.sets)
    for (const r of set.rijen) {
      const m = besluit.markering(set.indeling, r);
      if (m !== null) regelsSql.push(`(${[set.indeling, ...SLEUTEL.map((k) => r[k]), m].map(sqlString).join(', ')})`);
    }
  for (let i = 0; i < regelsSql.length; i += INVOEG_PER) {
    const deelSql = regelsSql.slice(i, i + INVOEG_PER).join(', ');
    await engine.exec(`INSERT INTO markeringen VALUES ${deelSql}`);
  }
  const sleutel = SLEUTEL.join(', ');
  for (const indeling of INDELINGEN) {
    await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(FIGURENTABEL[indeling])} AS
      SELECT f.indicator, f.gemeente_code, f.gemeente_naam, f.periode, f.dimensie, f.categorie, f.waarde, m.markering
      FROM ${sqlIdent(`kaal_${indeling}`)} f LEFT JOIN (SELECT * FROM markeringen WHERE indeling = ${sqlString(indeling)}) m USING (${sleutel})
      ORDER BY ${volgordeSql()}`);
    await engine.exec(`DROP TABLE ${sqlIdent(`kaal_${indeling}`)}`);
  }
  await engine.exec('DROP TABLE markeringen');
}

/**
 * Builds a data package from a successful ingest: the package tables, the municipalities with
 * data, and the derived tables `figuren_huidig` and `figuren_historisch` (the standard figures of
 * every area with the masking decision, computed with @pw/metrics and @pw/afscherming, so they are
 * the same figures every other output shows). The tables are loaded into `engine` for that.
 * `aangemaakt` can be fixed (SOURCE_DATE_EPOCH) for reproducible builds.
 */
export async function bouwPakket(engine: Engine, resultaat: IngestResultaat, opties: { aangemaakt?: string } = {}): Promise<Pakket> {
  if (!resultaat.geslaagd || !resultaat.tabellen) throw new Error('Een pakket kan alleen worden gemaakt van een geslaagde load.');
  for (const naam of PAKKET_TABELNAMEN) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(naam)}`);
    await engine.insertIPC(naam, resultaat.tabellen[naam]);
  }

  const gemeenten = (
    await engine.query<{ code: string }>(
      `SELECT DISTINCT gemeente_code AS code FROM (SELECT gemeente_code FROM uitkeringen_stand UNION ALL SELECT gemeente_code FROM doelgroepen_stand
         UNION ALL SELECT gemeente_code FROM budget UNION ALL SELECT gemeente_code FROM beschut_werk
         UNION ALL SELECT gemeente_code FROM wsw_stand UNION ALL SELECT gemeente_code FROM wsw_kengetallen WHERE gemeente_code IS NOT NULL) ORDER BY code`,
    )
  ).map((r) => r.code);
  await standaardfiguren(engine, gemeenten);
  const afgeleid: Array<{ naam: AfgeleideTabel; bytes: Uint8Array; rijen: number; omschrijving: string }> = [];
  for (const indeling of ['huidig', 'historisch'] as const) {
    const naam = FIGURENTABEL[indeling];
    afgeleid.push({
      naam,
      // Text columns as dictionaries: the figures repeat a few hundred codes, names and periods.
      bytes: await engine.queryIPC(`SELECT * FROM ${sqlIdent(naam)}`, 'file', { woordenboek: true }),
      rijen: (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${sqlIdent(naam)}`))[0]!.n,
      omschrijving: `De standaardcijfers (${INDELING_NAAM[indeling]}) van elke gemeente en samenwerking (${SAMENWERKING_PREFIX}…) in het pakket, met per cel de afscherming van kleine aantallen (markering), om te tonen zonder rekenmachine.`,
    });
  }

  return maakPakket({
    tabellen: resultaat.tabellen,
    rijen: resultaat.rijenPerTabel,
    afgeleid,
    aangemaakt: opties.aangemaakt ?? new Date().toISOString(),
    periode: resultaat.periode,
    bronnen: resultaat.bronnen,
    validatie: {
      fouten: resultaat.meldingen.filter((m) => m.ernst === 'fout').length,
      waarschuwingen: resultaat.meldingen.filter((m) => m.ernst === 'waarschuwing').length,
      perCode: resultaat.telling,
      meldingen: resultaat.meldingen,
    },
    gemeenten,
  });
}

export { Figurenbestandfout, GeleverdeFiguren, leesGeleverdeFiguren } from './lezen.ts';
