import { sqlGetal, sqlIdent, sqlString } from '@pw/engine';
import { datumNL, gemeenteNaam, herkenRegister, PARTICIPATIEWET_INGANG, REGISTER_NAAM, type IsoDatum, type Register } from '@pw/model';
import { datumKolom, herkenGemeente, meldDoorlopendNaHerindeling, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE, ruw } from './algemeen.ts';
import { deelTabel, T, type Context, type Deel } from './context.ts';
import { titelDatums } from './formaat.ts';
import type { Mapping } from './kolommen.ts';
import { leesOnderdeel, ongeldigeDatum, OPLOSSING_DATUM, planKolommen, type Voortgang } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';
import { controleerRijen } from './rijfouten.ts';
import { DATUM_TOT, DATUM_VAN, eersteMaandSql, maandNaSql, OPEN } from './sql.ts';
import { codeer, losOp } from './waarden.ts';

/**
 * Target-group extracts (doelgroepenregister, beschut werk) → one canonical table per part: one
 * row per registration period. People in these registers often have no benefit, so they come from
 * their own extract; the salted person key links them to benefits within this run only.
 */
export interface DoelgroepDeel {
  referentie: IsoDatum | null;
  vanaf: IsoDatum | null;
}

export async function leesDoelgroepen(ctx: Context, onderdeel: Onderdeel, id: number, mapping: Mapping | undefined, voortgang?: Voortgang, signaal?: AbortSignal, stukGrootte?: number): Promise<{ deel: Deel; info: DoelgroepDeel }> {
  const plan = planKolommen(onderdeel);
  const kg = codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping);
  const kr = codeer(plan, onderdeel, 'register', (w) => ({ waarde: herkenRegister(w) }), mapping);
  const titel = titelDatums(onderdeel.titels);
  const ingang = datumKolom(plan, 'ingangsdatum');
  const einde = datumKolom(plan, 'einddatum');
  const persoon = ruw(plan, 'persoon');
  const select = `hash(ltrim(${persoon}, '0 '), ${ctx.zout}) AS persoon, ${persoon} IS NULL AS persoon_leeg,
    ${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, ${kr?.sql ?? 'NULL::VARCHAR'} AS register,
    ${ingang.waarde} AS ingang, ${ingang.fout} AS ingang_fout, ${einde.waarde} AS einde, ${einde.fout} AS einde_fout`;
  const tabel = deelTabel('d', id);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen, voortgang, signaal, stukGrootte);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  await losOp(ctx.engine, tabel, 'register', kr);
  const deel: Deel = { id, gelezen, mapping };
  let referentie: IsoDatum | null = titel.per ?? null;
  if (!referentie) {
    const r = await ctx.engine.query<{ d: string | null }>(
      `SELECT max(greatest(ingang, coalesce(einde, ingang))) AS d FROM ${sqlIdent(tabel)}
       WHERE NOT is_totaal AND NOT is_leeg AND ingang BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND coalesce(einde, ingang) BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
    );
    referentie = r[0]?.d ?? null;
  }
  await meldLeeg(ctx, deel, 'persoon', 'c.persoon_leeg', 'Het BSN of klantnummer', 'Vul het BSN of klantnummer in.');
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'register', 'c.register IS NULL', 'Het register', 'Vul het register in: Doelgroepenregister of Beschut werk.');
  await meldLeeg(ctx, deel, 'ingangsdatum', 'c.ingang IS NULL AND NOT c.ingang_fout', 'De begindatum', 'Vul de begindatum van de registratie in (dd-mm-jjjj).');
  await meldOnbekend(ctx, deel, 'gemeente_code', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, 'register', kr, {
    code: 'onbekend-register', ernst: 'fout', wat: 'register',
    oplossing: 'Gebruik "Doelgroepenregister" (of banenafspraak) of "Beschut werk"; een andere schrijfwijze kan in een mappingbestand.',
  });
  await controleerRijen(ctx, deel, { code: 'ongeldige-datum', veld: 'ingangsdatum', waar: 'c.ingang_fout', waarde: 'ruw', reden: (w) => ongeldigeDatum(w, plan.kopVan('ingangsdatum')), oplossing: OPLOSSING_DATUM });
  await controleerRijen(ctx, deel, {
    code: 'ongeldige-datum', veld: 'einddatum', waar: 'c.einde_fout', waarde: 'ruw',
    reden: (w) => ongeldigeDatum(w, plan.kopVan('einddatum')), oplossing: `${OPLOSSING_DATUM} Laat de einddatum leeg als de registratie nog loopt.`,
  });
  await controleerRijen(ctx, deel, { code: 'einde-voor-ingang', veld: 'einddatum', waar: 'c.einde < c.ingang', reden: () => 'De einddatum ligt vóór de begindatum.', oplossing: 'Corrigeer de begin- of einddatum.' });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijke-datum', veld: 'ingangsdatum',
    waar: `c.ingang NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} OR c.einde NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
    reden: () => 'Begin- of einddatum ligt vóór 1950 of na 2100.',
    oplossing: 'Controleer het jaartal van de begin- en einddatum.',
  });
  // Anachronism: both registers started with the Participatiewet on 1-1-2015.
  await controleerRijen(ctx, deel, {
    code: 'anachronisme', ernst: 'waarschuwing', veld: 'register', waarde: 'c.register',
    waar: `c.ingang < DATE ${sqlString(PARTICIPATIEWET_INGANG)} AND c.ingang >= ${DATUM_VAN} AND coalesce(c.einde >= c.ingang, true) AND c.register IN ('doelgroepenregister', 'beschut_werk')`,
    reden: (w) => `Deze registratie (${w ? REGISTER_NAAM[w as Register] : 'register'}) begint vóór 1-1-2015, toen ${w === 'beschut_werk' ? 'beschut werk' : 'het doelgroepenregister'} nog niet bestond. Ze telt mee vanaf de begindatum.`,
    oplossing: 'Controleer de begindatum: een registratie begint op of na 1-1-2015 (bij de start van het register meestal precies 1-1-2015).',
  });
  return { deel, info: { referentie, vanaf: titel.vanaf ?? null } };
}

const DOELGROEP_GELDIG = `NOT persoon_leeg AND gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?') AND register IS NOT NULL AND NOT starts_with(register, '?')
  AND ingang IS NOT NULL AND NOT ingang_fout AND NOT einde_fout AND (einde IS NULL OR einde >= ingang)
  AND ingang BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND coalesce(einde, ${DATUM_VAN}) BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`;

/** All registrations → `ingest_dg` (small): the same registration loaded twice counts once; overlaps are errors. */
export async function bouwDoelgroepen(ctx: Context, delen: Map<number, Deel>, info: Map<number, DoelgroepDeel>): Promise<void> {
  const { engine } = ctx;
  const ids = [...info.keys()];
  const bronSql = ids.length
    ? ids.map((id) => `SELECT ${sqlGetal(id)} AS deel, rowid AS rij, *, ${info.get(id)!.referentie ? `DATE ${sqlString(info.get(id)!.referentie!)}` : 'NULL::DATE'} AS referentie FROM ${sqlIdent(deelTabel('d', id))} WHERE NOT is_totaal AND NOT is_leeg AND ${DOELGROEP_GELDIG}`).join(' UNION ALL ')
    : `SELECT 0 AS deel, 0::BIGINT AS rij, 0::UBIGINT AS persoon, ''::VARCHAR AS gemeente_code, ''::VARCHAR AS register, NULL::DATE AS ingang, NULL::DATE AS einde, NULL::DATE AS referentie WHERE false`;
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.dg)} AS SELECT deel, rij, persoon, gemeente_code, register, ingang, einde, referentie,
      ${eersteMaandSql('ingang')} AS m_in, ${maandNaSql('einde')} AS m_uit
    FROM (SELECT *, row_number() OVER (PARTITION BY persoon, gemeente_code, register, ingang ORDER BY referentie DESC NULLS LAST, deel DESC, rij) AS nr FROM (${bronSql})) WHERE nr = 1`);
  await herindelingen(ctx, delen);
  const overlap = await engine.query<{ deel: number; rij: number; register: Register; vingang: string; veinde: string | null; gemeente_code: string }>(
    `SELECT deel, rij, register, vingang, veinde, gemeente_code FROM (
      SELECT *, lag(ingang) OVER w AS vingang, lag(einde) OVER w AS veinde,
        max(coalesce(einde, ${OPEN})) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS eerder_einde
      FROM ${sqlIdent(T.dg)} WINDOW w AS (PARTITION BY persoon, register ORDER BY ingang, deel, rij))
     WHERE eerder_einde >= ingang ORDER BY deel, rij`,
  );
  for (const o of overlap) {
    const g = delen.get(o.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'fout', code: 'overlappende-perioden', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: g.bronRegelVanRij(o.rij), kolom: g.plan.kopVan('ingangsdatum'),
      reden: `Deze registratie (${REGISTER_NAAM[o.register]}, ${gemeenteNaam(o.gemeente_code)}) overlapt met een eerdere registratie van dezelfde persoon (${datumNL(o.vingang)} t/m ${o.veinde ? datumNL(o.veinde) : 'nu'}).`,
      oplossing: 'Een persoon staat één keer tegelijk in een register: corrigeer de begin- of einddatum of verwijder de dubbele regel.',
    });
  }
}

/**
 * Herindelingen in the registers, as in the caseload: an entry of a dissolved municipality that
 * runs past the merger is split there (it counts under the successor from that day, with a
 * warning); a continuation the source recorded as two rows needs nothing. An entry under a
 * municipality before it existed is a warning.
 */
async function herindelingen(ctx: Context, delen: Map<number, Deel>): Promise<void> {
  const { engine } = ctx;
  for (let ronde = 0; ronde < 3; ronde++) {
    if (!(await meldDoorlopendNaHerindeling(ctx, delen, T.dg, 'registraties'))) break;
    await engine.exec(`INSERT INTO ${sqlIdent(T.dg)} SELECT d.deel, d.rij, d.persoon, h.nieuw, d.register, h.datum, d.einde, d.referentie, ${eersteMaandSql('h.datum')}, d.m_uit
      FROM ${sqlIdent(T.dg)} d JOIN ${sqlIdent(T.herindeling)} h ON d.gemeente_code = h.oud WHERE coalesce(d.einde, ${OPEN}) >= h.datum`);
    await engine.exec(`UPDATE ${sqlIdent(T.dg)} SET einde = (h.datum - INTERVAL 1 DAY)::DATE, m_uit = ${eersteMaandSql('h.datum')}
      FROM ${sqlIdent(T.herindeling)} h WHERE ${sqlIdent(T.dg)}.gemeente_code = h.oud AND coalesce(${sqlIdent(T.dg)}.einde, ${OPEN}) >= h.datum`);
  }
  const tevroeg = await engine.query<{ deel: number; gemeente_code: string; datum: string; n: number }>(
    `SELECT d.deel, d.gemeente_code, min(h.datum) AS datum, count(DISTINCT (d.deel, d.rij, d.ingang)) AS n FROM ${sqlIdent(T.dg)} d JOIN ${sqlIdent(T.herindeling)} h ON d.gemeente_code = h.nieuw
     WHERE h.nieuwe_gemeente AND d.ingang < h.datum GROUP BY ALL ORDER BY ALL`,
  );
  for (const d of tevroeg) {
    const g = delen.get(d.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-bestond-nog-niet', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: null,
      reden: `${d.n} registraties staan onder ${gemeenteNaam(d.gemeente_code)} met een begindatum vóór ${datumNL(d.datum)}, toen die gemeente nog niet bestond; ze tellen ook vóór die datum bij ${gemeenteNaam(d.gemeente_code)}.`,
      oplossing: 'Registreer de registratie tot de herindeling onder de oude gemeente, of accepteer deze waarschuwing.',
    });
  }
}
