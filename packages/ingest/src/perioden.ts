import { sqlString } from '@pw/engine';
import { datumNL, gemeenteNaam, HERINDELINGEN } from '@pw/model';
import { T, type Context, type Deel } from './context.ts';
import { OPEN } from './sql.ts';

/** Rows of `ingest_uitk` that passed every row-level check. */
export const GELDIG = `NOT persoon_leeg AND gemeente_code IS NOT NULL AND regeling IS NOT NULL AND ingang IS NOT NULL
  AND NOT einde_fout AND (einde IS NULL OR einde >= ingang)
  AND ingang BETWEEN DATE '1950-01-01' AND DATE '2100-01-01' AND coalesce(einde, DATE '2000-01-01') BETWEEN DATE '1950-01-01' AND DATE '2100-01-01'
  AND (NOT stand OR (peildatum IS NOT NULL AND NOT peildatum_fout AND ingang <= peildatum AND (einde IS NULL OR einde >= peildatum)))`;

const KOLOMMEN = 'deel, rij, persoon, gemeente_code, regeling, ingang, einde, afstand, loonwaardegroep, doelgroepenregister, beschut_werk, geboren, reden, referentie';

/**
 * All caseload rows → `ingest_per`: one row per benefit period over all extracts. Stock snapshots
 * become periods (a benefit missing from a later snapshot ended after the last one it was in).
 * The same period in several extracts counts once (the newest extract wins); the same period twice
 * in one extract is reported; overlapping periods of one person and regeling are errors.
 * Herindelingen: a period of a dissolved municipality that runs past the merger is split, and the
 * part under the successor is marked as inflow by herindeling, so series can be joined.
 */
export async function bouwPerioden(ctx: Context, delen: Map<number, Deel>): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`CREATE OR REPLACE TABLE ${T.herindeling} AS SELECT * FROM (VALUES ${HERINDELINGEN.flatMap((h) =>
    h.opgeheven.map((oud) => `(${sqlString(oud)}, ${sqlString(h.opvolger)}, DATE ${sqlString(h.datum)}, ${h.nieuw ? 'true' : 'false'})`),
  ).join(', ')}) t(oud, nieuw, datum, nieuwe_gemeente)`);

  await engine.exec(`CREATE OR REPLACE TABLE ${T.per} AS
    WITH st AS (SELECT * FROM ${T.uitk} WHERE stand AND ${GELDIG}),
    laatste AS (SELECT gemeente_code, max(peildatum) AS laatste FROM st GROUP BY gemeente_code),
    standper AS (
      SELECT arg_max(deel, peildatum) AS deel, arg_max(rij, peildatum) AS rij, persoon, gemeente_code, regeling, ingang,
        coalesce(max(einde), CASE WHEN max(peildatum) < any_value(l.laatste) THEN max(peildatum) END) AS einde,
        arg_max(afstand, peildatum) AS afstand, arg_max(loonwaardegroep, peildatum) AS loonwaardegroep,
        arg_max(doelgroepenregister, peildatum) AS doelgroepenregister, arg_max(beschut_werk, peildatum) AS beschut_werk,
        arg_max(geboren, peildatum) AS geboren, arg_max(reden, peildatum) AS reden, max(peildatum) AS referentie
      FROM st JOIN laatste l USING (gemeente_code)
      GROUP BY persoon, gemeente_code, regeling, ingang)
    SELECT ${KOLOMMEN}, 'nieuw' AS reden_in, ingang AS duur_start FROM ${T.uitk} WHERE NOT stand AND ${GELDIG}
    UNION ALL
    SELECT ${KOLOMMEN}, 'nieuw', ingang FROM standper`);

  // Only persons with more than one period of a regeling can have duplicates or overlaps.
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_meer AS SELECT persoon, regeling FROM ${T.per} GROUP BY ALL HAVING count(*) > 1`);
  const meer = (await engine.query<{ n: number }>('SELECT count(*) AS n FROM ingest_meer'))[0]!.n;
  if (meer > 0) {
    await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_dubbel AS
      SELECT * FROM (
        SELECT deel, rij,
          row_number() OVER w AS nr, first_value(deel) OVER w AS eerste_deel, first_value(rij) OVER w AS eerste_rij
        FROM ${T.per} SEMI JOIN ingest_meer USING (persoon, regeling)
        WINDOW w AS (PARTITION BY persoon, regeling, gemeente_code, ingang ORDER BY referentie DESC NULLS LAST, deel DESC, rij))
      WHERE nr > 1`);
    const dubbel = await engine.query<{ deel: number; rij: number; eerste_deel: number; eerste_rij: number }>(
      'SELECT deel, rij, eerste_deel, eerste_rij FROM ingest_dubbel WHERE deel = eerste_deel ORDER BY deel, rij',
    );
    for (const d of dubbel) {
      const deel = delen.get(d.deel)!;
      ctx.meldingen.voeg({
        ernst: 'waarschuwing', code: 'dubbele-regel', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad,
        regel: deel.staging.bronRegelVanRij(d.rij),
        reden: `Deze uitkering (zelfde persoon, gemeente, regeling en ingangsdatum) staat ook op regel ${deel.staging.bronRegelVanRij(d.eerste_rij)}; ze telt één keer.`,
        oplossing: 'Verwijder de dubbele regel uit het extract, of accepteer deze waarschuwing.',
      });
    }
    await engine.exec(`DELETE FROM ${T.per} WHERE (deel, rij) IN (SELECT (deel, rij) FROM ingest_dubbel)`);

    const overlap = await engine.query<{ deel: number; rij: number; regeling: string; vdeel: number | null; vrij: number | null; vingang: string | null; veinde: string | null; vgemeente: string | null }>(
      `SELECT deel, rij, regeling, vdeel, vrij, vingang, veinde, vgemeente FROM (
        SELECT deel, rij, regeling, ingang,
          lag(deel) OVER w AS vdeel, lag(rij) OVER w AS vrij, lag(ingang) OVER w AS vingang, lag(einde) OVER w AS veinde, lag(gemeente_code) OVER w AS vgemeente,
          max(coalesce(einde, ${OPEN})) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS eerder_einde
        FROM ${T.per} SEMI JOIN ingest_meer USING (persoon, regeling)
        WINDOW w AS (PARTITION BY persoon, regeling ORDER BY ingang, coalesce(einde, ${OPEN}), deel, rij))
      WHERE eerder_einde >= ingang ORDER BY deel, rij`,
    );
    const perDeel = new Map<string, number>();
    for (const o of overlap) {
      const deel = delen.get(o.deel)!;
      const ander = o.vdeel !== null ? delen.get(o.vdeel) : undefined;
      const waar = ander
        ? `${ander.staging.onderdeel.bestand === deel.staging.onderdeel.bestand ? 'regel' : `${ander.staging.onderdeel.bestand} regel`} ${ander.staging.bronRegelVanRij(o.vrij!)}`
        : 'een eerdere regel';
      const sleutel = `${deel.staging.onderdeel.bestand}`;
      perDeel.set(sleutel, (perDeel.get(sleutel) ?? 0) + 1);
      ctx.meldingen.voeg({
        ernst: 'fout', code: 'overlappende-perioden', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad,
        regel: deel.staging.bronRegelVanRij(o.rij), kolom: deel.staging.kopVan('ingangsdatum'),
        reden: `Deze ${o.regeling}-uitkering overlapt met een eerdere uitkering van dezelfde persoon (${waar}, ${o.vingang ? datumNL(o.vingang) : '?'} t/m ${o.veinde ? datumNL(o.veinde) : 'nu'}${o.vgemeente ? `, ${gemeenteNaam(o.vgemeente)}` : ''}).`,
        oplossing: 'Een persoon heeft per regeling één uitkering tegelijk: corrigeer de einddatum van de eerdere of de ingangsdatum van deze uitkering, of verwijder de dubbele regel.',
      });
    }
  }
}

/**
 * Herindelingen in the caseload: links a period that ends the day before a merger to its
 * continuation under the successor, and splits periods that run past the merger.
 */
export async function verwerkHerindelingen(ctx: Context, delen: Map<number, Deel>): Promise<void> {
  const { engine } = ctx;
  // 1. Continuations recorded by the source system: A ends on the day before, B starts on the merger date.
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_schakel AS
    SELECT a.deel AS adeel, a.rij AS arij, b.deel AS bdeel, b.rij AS brij, a.duur_start AS oorspronkelijk
    FROM ${T.per} a JOIN ${T.herindeling} h ON a.gemeente_code = h.oud AND a.einde = (h.datum - INTERVAL 1 DAY)::DATE
    JOIN ${T.per} b ON b.persoon = a.persoon AND b.regeling = a.regeling AND b.gemeente_code = h.nieuw AND b.ingang = h.datum`);
  await engine.exec(`UPDATE ${T.per} SET reden = 'herindeling' FROM ingest_schakel k WHERE ${T.per}.deel = k.adeel AND ${T.per}.rij = k.arij`);
  await engine.exec(`UPDATE ${T.per} SET reden_in = 'herindeling', duur_start = k.oorspronkelijk FROM ingest_schakel k WHERE ${T.per}.deel = k.bdeel AND ${T.per}.rij = k.brij`);

  // 2. Periods of a dissolved municipality that run on after the merger: split them.
  for (let ronde = 0; ronde < 3; ronde++) {
    const doorlopend = await engine.query<{ deel: number; gemeente_code: string; nieuw: string; datum: string; n: number }>(
      `SELECT p.deel, p.gemeente_code, h.nieuw, h.datum, count(*) AS n FROM ${T.per} p JOIN ${T.herindeling} h ON p.gemeente_code = h.oud
       WHERE coalesce(p.einde, ${OPEN}) >= h.datum GROUP BY ALL ORDER BY ALL`,
    );
    if (doorlopend.length === 0) break;
    for (const d of doorlopend) {
      const deel = delen.get(d.deel)!;
      ctx.meldingen.voeg({
        ernst: 'waarschuwing', code: 'herindeling-doorlopend', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad, regel: null,
        reden: `${d.n} uitkeringen van ${gemeenteNaam(d.gemeente_code)} lopen door na de herindeling van ${datumNL(d.datum)}; vanaf die datum tellen ze bij ${gemeenteNaam(d.nieuw)}.`,
        oplossing: `Registreer lopende uitkeringen vanaf ${datumNL(d.datum)} onder ${d.nieuw} (${gemeenteNaam(d.nieuw)}), of accepteer deze waarschuwing.`,
      });
    }
    await engine.exec(`INSERT INTO ${T.per}
      SELECT p.deel, p.rij, p.persoon, h.nieuw, p.regeling, h.datum, p.einde, p.afstand, p.loonwaardegroep, p.doelgroepenregister, p.beschut_werk,
        p.geboren, p.reden, p.referentie, 'herindeling', p.duur_start
      FROM ${T.per} p JOIN ${T.herindeling} h ON p.gemeente_code = h.oud WHERE coalesce(p.einde, ${OPEN}) >= h.datum`);
    await engine.exec(`UPDATE ${T.per} SET einde = (h.datum - INTERVAL 1 DAY)::DATE, reden = 'herindeling'
      FROM ${T.herindeling} h WHERE ${T.per}.gemeente_code = h.oud AND coalesce(${T.per}.einde, ${OPEN}) >= h.datum`);
  }

  // 3. Periods recorded under a municipality before it existed.
  const tevroeg = await engine.query<{ deel: number; gemeente_code: string; datum: string; n: number }>(
    `SELECT p.deel, p.gemeente_code, min(h.datum) AS datum, count(*) AS n FROM ${T.per} p JOIN ${T.herindeling} h ON p.gemeente_code = h.nieuw
     WHERE h.nieuwe_gemeente AND p.ingang < h.datum AND p.reden_in <> 'herindeling' GROUP BY ALL`,
  );
  for (const d of tevroeg) {
    const deel = delen.get(d.deel)!;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-bestond-nog-niet', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad, regel: null,
      reden: `${d.n} uitkeringen staan onder ${gemeenteNaam(d.gemeente_code)} met een ingangsdatum vóór ${datumNL(d.datum)}, toen die gemeente nog niet bestond; ze tellen ook vóór die datum bij ${gemeenteNaam(d.gemeente_code)}.`,
      oplossing: 'Registreer de uitkering tot de herindeling onder de oude gemeente, of accepteer deze waarschuwing.',
    });
  }
}
