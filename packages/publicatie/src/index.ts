import { maakPakket, type Pakket } from '@pw/datapackage';
import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import type { IngestResultaat } from '@pw/ingest';
import { alleGebieden, figurenSql, SAMENWERKING_PREFIX } from '@pw/metrics';
import { PAKKET_TABELNAMEN } from '@pw/model';

/** The indicators and dimensions a dashboard shows before DuckDB is ready (headline tiles, trend). */
export const KERNCIJFERS = {
  indicatoren: ['uitkeringen', 'uitkeringen_per_1000_inwoners', 'doelgroepenregister', 'beschut_werk_taakstelling', 'beschut_werk_realisatie', 'budget_begroot', 'budget_gerealiseerd', 'budget_gerealiseerd_cumulatief'],
  dimensies: ['totaal', 'regeling', 'soort', 'versie'],
};

/**
 * Builds a data package from a successful ingest: the package tables, the municipalities with
 * data, and the derived table `kerncijfers` (the headline figures, computed with @pw/metrics, so
 * they are the same figures every other output shows). The tables are loaded into `engine` for
 * that. `aangemaakt` can be fixed (SOURCE_DATE_EPOCH) for reproducible builds.
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
  const gebieden = alleGebieden(gemeenten, 'huidig');
  const dims = KERNCIJFERS.dimensies.map(sqlString).join(', ');
  await engine.exec(`CREATE OR REPLACE TABLE kerncijfers AS SELECT * FROM (${figurenSql({ gebieden, indeling: 'huidig', indicatoren: KERNCIJFERS.indicatoren })})
    WHERE dimensie IN (${dims}) ORDER BY indicator, gemeente_code, periode, dimensie, categorie`);
  const kern = await engine.queryIPC('SELECT * FROM kerncijfers', 'file');
  const kernRijen = (await engine.query<{ n: number }>('SELECT count(*) AS n FROM kerncijfers'))[0]!.n;

  return maakPakket({
    tabellen: resultaat.tabellen,
    rijen: resultaat.rijenPerTabel,
    afgeleid: [
      {
        naam: 'kerncijfers',
        bytes: kern,
        rijen: kernRijen,
        omschrijving: `Kerncijfers (${KERNCIJFERS.indicatoren.join(', ')}) in de huidige indeling, voor gemeenten en samenwerkingen (${SAMENWERKING_PREFIX}…), om te tonen voordat de rekenmachine klaar is.`,
      },
    ],
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
