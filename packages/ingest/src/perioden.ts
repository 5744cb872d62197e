import { sqlGetal, sqlIdent, sqlString } from '@pw/engine';
import { datumNL, gemeenteNaam, HERINDELINGEN } from '@pw/model';
import { meldDoorlopendNaHerindeling } from './algemeen.ts';
import { deelTabel, T, type Context, type Deel } from './context.ts';
import { eersteMaandSql, maandIndexSql, maandNaSql, OPEN } from './sql.ts';
import { GELDIG_UITKERING, type UitkeringenDeel } from './uitkeringen.ts';

/** The columns of a benefit period, as every step after reading sees them. */
const PERIODE = 'deel, rij, persoon, gemeente_code, regeling, ingang, einde, afstand, loonwaardegroep, doelgroepenregister, beschut_werk, reden, reden_in, referentie, m_in, m_uit, m_geb, m_duur';

/**
 * All caseload parts → the view `ingest_per`: one row per benefit period over all extracts,
 * without copying the canonical tables. Stock snapshots become periods (a benefit missing from a
 * later snapshot ended after the last one it was in). The same period in several extracts counts
 * once (the newest extract wins); the same period twice in one extract is reported; overlapping
 * periods of one person and regeling are errors.
 */
export async function bouwPerioden(ctx: Context, delen: Map<number, Deel>, info: Map<number, UitkeringenDeel>): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.herindeling)} AS SELECT * FROM (VALUES ${HERINDELINGEN.flatMap((h) =>
    h.opgeheven.map((oud) => `(${sqlString(oud)}, ${sqlString(h.opvolger)}, DATE ${sqlString(h.datum)}, ${h.nieuw ? 'true' : 'false'})`),
  ).join(', ')}) t(oud, nieuw, datum, nieuwe_gemeente)`);

  // When every row passed its checks (the usual case), no validity filter is needed on a million rows.
  const filter = ctx.meldingen.fouten.length > 0 ? ` AND ${GELDIG_UITKERING}` : '';
  const delenU = [...info.keys()];
  if (delenU.length) {
    await engine.exec(`CREATE OR REPLACE VIEW ${sqlIdent(T.uitk)} AS ${delenU
      .map((id) => `SELECT ${sqlGetal(id)} AS deel, rowid AS rij, *, ${info.get(id)!.referentie ? `DATE ${sqlString(info.get(id)!.referentie!)}` : 'NULL::DATE'} AS referentie
        FROM ${sqlIdent(deelTabel('u', id))} WHERE NOT is_totaal AND NOT is_leeg${filter}`)
      .join(' UNION ALL ')}`);
  } else {
    await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.uitk)} AS SELECT 0 AS deel, 0::BIGINT AS rij, 0::UBIGINT AS persoon, false AS persoon_leeg, ''::VARCHAR AS gemeente_code, ''::VARCHAR AS regeling,
      NULL::DATE AS ingang, false AS ingang_fout, NULL::DATE AS einde, false AS einde_fout, ''::VARCHAR AS afstand, ''::VARCHAR AS loonwaardegroep, ''::VARCHAR AS doelgroepenregister,
      ''::VARCHAR AS beschut_werk, NULL::SMALLINT AS m_geb, NULL::SMALLINT AS leeftijd, ''::VARCHAR AS reden, false AS stand, NULL::DATE AS peildatum, false AS peildatum_fout,
      0::SMALLINT AS m_in, 0::SMALLINT AS m_uit, 0::SMALLINT AS m_duur, 'nieuw' AS reden_in, NULL::DATE AS referentie WHERE false`);
  }
  const standen = [...info.values()].some((i) => i.stand);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.standper)} AS
    WITH st AS (SELECT * FROM ${sqlIdent(T.uitk)} WHERE ${standen ? 'stand' : 'false'}),
    laatste AS (SELECT gemeente_code, max(peildatum) AS laatste FROM st GROUP BY gemeente_code),
    p AS (SELECT arg_max(deel, peildatum) AS deel, arg_max(rij, peildatum) AS rij, persoon, gemeente_code, regeling, ingang,
        coalesce(max(einde), CASE WHEN max(peildatum) < any_value(l.laatste) THEN max(peildatum) END) AS einde,
        arg_max(afstand, peildatum) AS afstand, arg_max(loonwaardegroep, peildatum) AS loonwaardegroep,
        arg_max(doelgroepenregister, peildatum) AS doelgroepenregister, arg_max(beschut_werk, peildatum) AS beschut_werk,
        arg_max(reden, peildatum) AS reden, 'nieuw' AS reden_in, max(peildatum) AS referentie, arg_max(${geboorteMaandSql('peildatum')}, peildatum) AS m_geb
      FROM st JOIN laatste l USING (gemeente_code) GROUP BY persoon, gemeente_code, regeling, ingang)
    SELECT deel, rij, persoon, gemeente_code, regeling, ingang, einde, afstand, loonwaardegroep, doelgroepenregister, beschut_werk, reden, reden_in, referentie,
      ${eersteMaandSql('ingang')} AS m_in, ${maandNaSql('einde')} AS m_uit, m_geb, ${eersteMaandSql('ingang')} AS m_duur
    FROM p`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.extra)} AS SELECT * FROM ${sqlIdent(T.standper)} WHERE false`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.weg)} (deel INTEGER, rij BIGINT)`);
  await maakPerView(ctx, standen);
  await tweeGemeenten(ctx, delen);

  // Only persons with more than one period of a regeling can have duplicates or overlaps.
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_meer AS SELECT persoon, regeling FROM ${sqlIdent(T.per)} GROUP BY ALL HAVING count(*) > 1`);
  const meer = (await engine.query<{ n: number }>('SELECT count(*) AS n FROM ingest_meer'))[0]!.n;
  if (meer === 0) return;
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_kand AS SELECT deel, rij, persoon, regeling, gemeente_code, ingang, einde, referentie FROM ${sqlIdent(T.per)} SEMI JOIN ingest_meer USING (persoon, regeling)`);
  // One sorted pass finds both: a row equal to the one before (same municipality and start; the newest
  // extract sorts first and is kept) is a duplicate; a row starting before an earlier one ended overlaps.
  const gevonden = await engine.query<{ deel: number; rij: number; dubbel: boolean; regeling: string; vdeel: number | null; vrij: number | null; vingang: string | null; veinde: string | null; vgemeente: string | null }>(
    `SELECT deel, rij, dubbel, regeling, vdeel, vrij, vingang, veinde, vgemeente FROM (
      SELECT deel, rij, regeling, ingang,
        lag(deel) OVER w AS vdeel, lag(rij) OVER w AS vrij, lag(ingang) OVER w AS vingang, lag(einde) OVER w AS veinde, lag(gemeente_code) OVER w AS vgemeente,
        coalesce(lag(gemeente_code) OVER w = gemeente_code AND lag(ingang) OVER w = ingang, false) AS dubbel,
        max(coalesce(einde, ${OPEN})) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS eerder_einde
      FROM ingest_kand
      WINDOW w AS (PARTITION BY persoon, regeling ORDER BY ingang, gemeente_code, referentie DESC NULLS LAST, deel DESC, rij))
     WHERE dubbel OR eerder_einde >= ingang ORDER BY deel, rij`,
  );
  const dubbel = gevonden.filter((g) => g.dubbel);
  if (dubbel.length) {
    await engine.exec(`INSERT INTO ${sqlIdent(T.weg)} VALUES ${dubbel.map((d) => `(${sqlGetal(d.deel)}, ${sqlGetal(d.rij)})`).join(', ')}`);
    await maakPerView(ctx, standen);
  }
  for (const o of gevonden) {
    const g = delen.get(o.deel)!.gelezen;
    const ander = o.vdeel !== null ? delen.get(o.vdeel)?.gelezen : undefined;
    if (o.dubbel) {
      // The same period in two extracts is expected (overlapping extracts); within one extract it is worth a word.
      if (o.vdeel !== o.deel) continue;
      ctx.meldingen.voeg({
        ernst: 'waarschuwing', code: 'dubbele-regel', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: g.bronRegelVanRij(o.rij),
        reden: `Deze uitkering (zelfde persoon, gemeente, regeling en ingangsdatum) staat ook op regel ${g.bronRegelVanRij(o.vrij!)}; ze telt één keer.`,
        oplossing: 'Verwijder de dubbele regel uit het extract, of accepteer deze waarschuwing.',
      });
      continue;
    }
    const waar = ander ? `${ander.onderdeel.bestand === g.onderdeel.bestand ? 'regel' : `${ander.onderdeel.bestand} regel`} ${ander.bronRegelVanRij(o.vrij!)}` : 'een eerdere regel';
    ctx.meldingen.voeg({
      ernst: 'fout', code: 'overlappende-perioden', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: g.bronRegelVanRij(o.rij), kolom: g.plan.kopVan('ingangsdatum'),
      reden: `Deze ${o.regeling}-uitkering overlapt met een eerdere uitkering van dezelfde persoon (${waar}, ${o.vingang ? datumNL(o.vingang) : '?'} t/m ${o.veinde ? datumNL(o.veinde) : 'nu'}${o.vgemeente ? `, ${gemeenteNaam(o.vgemeente)}` : ''}).`,
      oplossing: 'Een persoon heeft per regeling één uitkering tegelijk: corrigeer de einddatum van de eerdere of de ingangsdatum van deze uitkering, of verwijder de dubbele regel.',
    });
  }
}

/** At most this many rows are named one by one; the rest are counted in one message. */
const MAX_TWEE_GEMEENTEN = 100;

/**
 * A person with benefits in two municipalities on the same day is counted in both (a move whose
 * old benefit was not ended, or a wrong municipality code). Not an error — the regelingen may
 * differ and a controller must judge — but a warning per row, naming the other row, never the person.
 */
async function tweeGemeenten(ctx: Context, delen: Map<number, Deel>): Promise<void> {
  const { engine } = ctx;
  const rijen = await engine.query<{ deel: number; rij: number; gemeente: string; ander: string; vanaf: string; bdeel: number; brij: number; totaal: number }>(
    `WITH m AS (SELECT persoon FROM ${sqlIdent(T.per)} GROUP BY persoon HAVING count(DISTINCT gemeente_code) > 1),
      k AS (SELECT deel, rij, persoon, gemeente_code, ingang, coalesce(einde, ${OPEN}) AS einde FROM ${sqlIdent(T.per)} SEMI JOIN m USING (persoon)),
      x AS (SELECT b.deel, b.rij, b.gemeente_code AS gemeente, a.gemeente_code AS ander, CAST(greatest(a.ingang, b.ingang) AS VARCHAR) AS vanaf, a.deel AS bdeel, a.rij AS brij
        FROM k a JOIN k b ON a.persoon = b.persoon AND a.gemeente_code <> b.gemeente_code AND (a.ingang, a.deel, a.rij) < (b.ingang, b.deel, b.rij) AND b.ingang <= a.einde)
      SELECT *, count(*) OVER () AS totaal FROM x ORDER BY deel, rij LIMIT ${MAX_TWEE_GEMEENTEN}`,
  );
  for (const r of rijen) {
    const g = delen.get(r.deel)!.gelezen;
    const ander = delen.get(r.bdeel)?.gelezen;
    const waar = ander ? `${ander.onderdeel.bestand === g.onderdeel.bestand ? 'regel' : `${ander.onderdeel.bestand} regel`} ${ander.bronRegelVanRij(r.brij)}` : 'een andere regel';
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'twee-gemeenten', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: g.bronRegelVanRij(r.rij), kolom: g.plan.kopVan('gemeente'),
      reden: `Deze persoon heeft vanaf ${datumNL(r.vanaf)} ook een uitkering in ${gemeenteNaam(r.ander)} (${waar}) en telt dan in ${gemeenteNaam(r.gemeente)} én ${gemeenteNaam(r.ander)}.`,
      oplossing: 'Bij een verhuizing: beëindig de uitkering in de oude gemeente. Anders: controleer de gemeentecode. Klopt het, accepteer dan deze waarschuwing.',
    });
  }
  const totaal = rijen[0]?.totaal ?? 0;
  if (totaal > rijen.length) {
    const g = delen.get(rijen[0]!.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'twee-gemeenten', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: null,
      reden: `Nog ${totaal - rijen.length} uitkeringen lopen tegelijk met een uitkering van dezelfde persoon in een andere gemeente (alleen de eerste ${rijen.length} staan hierboven).`,
      oplossing: 'Controleer of de extracten van verschillende gemeenten dezelfde periode beslaan en of verhuizingen zijn verwerkt.',
    });
  }
}

/** An age in years only: assume the middle of that year of age on the extract's (or the snapshot's) date. */
const geboorteMaandSql = (ref: string) => `coalesce(m_geb, TRY_CAST(${maandIndexSql(ref)} - 12 * leeftijd - 6 AS SMALLINT))`;

/** (Re)defines the view of all benefit periods, with only the parts that hold rows. */
async function maakPerView(ctx: Context, standen: boolean): Promise<void> {
  const { engine } = ctx;
  const n = async (t: string) => (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${sqlIdent(t)}`))[0]!.n;
  const weg = (await n(T.weg)) > 0;
  const delenSql = [
    `SELECT 'u' AS oorsprong, deel, rij, persoon, gemeente_code, regeling, ingang, einde, afstand, loonwaardegroep, doelgroepenregister, beschut_werk,
       reden, reden_in, referentie, m_in, m_uit, ${geboorteMaandSql('referentie')} AS m_geb, m_duur
     FROM ${sqlIdent(T.uitk)} u WHERE ${standen ? 'NOT stand' : 'true'}${weg ? ` AND NOT EXISTS (SELECT 1 FROM ${sqlIdent(T.weg)} w WHERE w.deel = u.deel AND w.rij = u.rij)` : ''}`,
  ];
  if (standen) delenSql.push(`SELECT 's', ${PERIODE} FROM ${sqlIdent(T.standper)} s${weg ? ` WHERE NOT EXISTS (SELECT 1 FROM ${sqlIdent(T.weg)} w WHERE w.deel = s.deel AND w.rij = s.rij)` : ''}`);
  if ((await n(T.extra)) > 0) delenSql.push(`SELECT 'x', ${PERIODE} FROM ${sqlIdent(T.extra)}`);
  await engine.exec(`CREATE OR REPLACE VIEW ${sqlIdent(T.per)} AS ${delenSql.join(' UNION ALL ')}`);
}

/**
 * Herindelingen in the caseload: links a period that ends the day before a merger to its
 * continuation under the successor (so the merger is no outflow and duration counts from the
 * original start), and splits periods that run past the merger.
 */
export async function verwerkHerindelingen(ctx: Context, delen: Map<number, Deel>, delenU: readonly number[], standen: boolean): Promise<void> {
  const { engine } = ctx;
  // Nothing to do unless the data holds a municipality involved in a herindeling.
  const betrokken = new Set(HERINDELINGEN.flatMap((h) => [...h.opgeheven, h.opvolger]));
  const aanwezig = (await engine.query<{ g: string }>(`SELECT DISTINCT gemeente_code AS g FROM ${sqlIdent(T.per)}`)).map((r) => r.g);
  if (!aanwezig.some((g) => betrokken.has(g))) return;
  const bronnen: Array<{ tabel: string; deel: number | null }> = [...delenU.map((id) => ({ tabel: deelTabel('u', id), deel: id })), { tabel: T.standper, deel: null }, { tabel: T.extra, deel: null }];
  // 1. Continuations recorded by the source system: A ends on the day before, B starts on the merger date.
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_schakel AS
    SELECT a.oorsprong AS ao, a.deel AS adeel, a.rij AS arij, b.oorsprong AS bo, b.deel AS bdeel, b.rij AS brij, a.m_duur AS oorspronkelijk
    FROM ${sqlIdent(T.per)} a JOIN ${sqlIdent(T.herindeling)} h ON a.gemeente_code = h.oud AND a.einde = (h.datum - INTERVAL 1 DAY)::DATE
    JOIN ${sqlIdent(T.per)} b ON b.persoon = a.persoon AND b.regeling = a.regeling AND b.gemeente_code = h.nieuw AND b.ingang = h.datum`);
  if ((await engine.query<{ n: number }>('SELECT count(*) AS n FROM ingest_schakel'))[0]!.n > 0) {
    for (const b of bronnen) {
      const o = b.tabel === T.standper ? 's' : b.tabel === T.extra ? 'x' : 'u';
      const tabelSql = sqlIdent(b.tabel);
      // The rows of side a (ended before the merger) or b (continued under the successor) in ingest_schakel.
      const wieSql = (kant: 'a' | 'b') => {
        const [oSql, deelSql, rijSql] = [sqlIdent(`${kant}o`), sqlIdent(`${kant}deel`), sqlIdent(`${kant}rij`)];
        return b.deel !== null
          ? `rowid IN (SELECT ${rijSql} FROM ingest_schakel WHERE ${oSql} = 'u' AND ${deelSql} = ${sqlGetal(b.deel)})`
          : `(deel, rij) IN (SELECT (${deelSql}, ${rijSql}) FROM ingest_schakel WHERE ${oSql} = ${sqlString(o)})`;
      };
      await engine.exec(`UPDATE ${tabelSql} SET reden = 'herindeling' WHERE ${wieSql('a')}`);
      const waarSql = b.deel !== null ? `k.bo = 'u' AND k.bdeel = ${sqlGetal(b.deel)} AND ${tabelSql}.rowid = k.brij` : `k.bo = ${sqlString(o)} AND ${tabelSql}.deel = k.bdeel AND ${tabelSql}.rij = k.brij`;
      await engine.exec(`UPDATE ${tabelSql} SET reden_in = 'herindeling', m_duur = k.oorspronkelijk FROM ingest_schakel k WHERE ${waarSql}`);
    }
  }

  // 2. Periods of a dissolved municipality that run on after the merger: split them.
  for (let ronde = 0; ronde < 3; ronde++) {
    if (!(await meldDoorlopendNaHerindeling(ctx, delen, T.per, 'uitkeringen'))) break;
    await engine.exec(`INSERT INTO ${sqlIdent(T.extra)}
      SELECT p.deel, p.rij, p.persoon, h.nieuw, p.regeling, h.datum, p.einde, p.afstand, p.loonwaardegroep, p.doelgroepenregister, p.beschut_werk,
        p.reden, 'herindeling', p.referentie, ${eersteMaandSql('h.datum')}, p.m_uit, p.m_geb, p.m_duur
      FROM ${sqlIdent(T.per)} p JOIN ${sqlIdent(T.herindeling)} h ON p.gemeente_code = h.oud WHERE coalesce(p.einde, ${OPEN}) >= h.datum`);
    for (const b of bronnen) {
      const tabelSql = sqlIdent(b.tabel);
      await engine.exec(`UPDATE ${tabelSql} SET einde = (h.datum - INTERVAL 1 DAY)::DATE, m_uit = ${eersteMaandSql('h.datum')}, reden = 'herindeling'
        FROM ${sqlIdent(T.herindeling)} h WHERE ${tabelSql}.gemeente_code = h.oud AND coalesce(${tabelSql}.einde, ${OPEN}) >= h.datum`);
    }
    await maakPerView(ctx, standen);
  }

  // 3. Periods recorded under a municipality before it existed.
  const tevroeg = await engine.query<{ deel: number; gemeente_code: string; datum: string; n: number }>(
    `SELECT p.deel, p.gemeente_code, min(h.datum) AS datum, count(DISTINCT (p.deel, p.rij, p.ingang)) AS n FROM ${sqlIdent(T.per)} p JOIN ${sqlIdent(T.herindeling)} h ON p.gemeente_code = h.nieuw
     WHERE h.nieuwe_gemeente AND p.ingang < h.datum AND p.reden_in <> 'herindeling' GROUP BY ALL`,
  );
  for (const d of tevroeg) {
    const g = delen.get(d.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-bestond-nog-niet', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: null,
      reden: `${d.n} uitkeringen staan onder ${gemeenteNaam(d.gemeente_code)} met een ingangsdatum vóór ${datumNL(d.datum)}, toen die gemeente nog niet bestond; ze tellen ook vóór die datum bij ${gemeenteNaam(d.gemeente_code)}.`,
      oplossing: 'Registreer de uitkering tot de herindeling onder de oude gemeente, of accepteer deze waarschuwing.',
    });
  }
}
