import { sqlIdent, sqlString } from '@pw/engine';
import { datumNL, gemeenteNaam, herkenRegister, REGISTER_NAAM, type IsoDatum, type Register } from '@pw/model';
import { datumKolomSql, dataRijSql, herkenGemeente, kolomSql, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE } from './algemeen.ts';
import { T, type Context, type Deel } from './context.ts';
import { titelDatums } from './formaat.ts';
import { controleerRijen } from './rijfouten.ts';
import { ongeldigeDatum, OPLOSSING_DATUM } from './lezen.ts';
import { OPEN } from './sql.ts';
import { maakWaardekaart } from './waarden.ts';

/**
 * Target-group extracts (doelgroepenregister, beschut werk) → `ingest_doelgroep`: one row per
 * registration period. People in these registers often have no benefit, so they come from their
 * own extract; the salted person key links them to benefits within this run only.
 */
export async function maakDoelgroepentabel(ctx: Context): Promise<void> {
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${T.doelgroep} (deel INTEGER, rij BIGINT, persoon UBIGINT, persoon_leeg BOOLEAN,
    gemeente_code VARCHAR, register VARCHAR, ingang DATE, einde DATE, einde_fout BOOLEAN, referentie DATE)`);
}

export async function leesDoelgroepen(ctx: Context, deel: Deel): Promise<{ referentie: IsoDatum | null; vanaf: IsoDatum | null }> {
  const s = deel.staging;
  const pre = `ingest_k${deel.id}`;
  const kg = await maakWaardekaart(ctx.engine, s, 'gemeente', herkenGemeente, deel.mapping, `${pre}_gemeente`);
  const kr = await maakWaardekaart(ctx.engine, s, 'register', (w) => ({ waarde: herkenRegister(w) }), deel.mapping, `${pre}_register`);
  const titel = titelDatums(s.onderdeel.titels);
  const ingang = datumKolomSql(s, 'ingangsdatum');
  const einde = datumKolomSql(s, 'einddatum');
  let referentie: IsoDatum | null = titel.per ?? null;
  if (!referentie) {
    const r = await ctx.engine.query<{ d: string | null }>(
      `SELECT max(greatest(${ingang.waarde}, coalesce(${einde.waarde}, ${ingang.waarde}))) AS d FROM ${sqlIdent(s.tabel)} s WHERE ${dataRijSql(s)}`,
    );
    referentie = r[0]?.d ?? null;
  }
  const persoon = kolomSql(s, 'persoon');
  await ctx.engine.exec(`INSERT INTO ${T.doelgroep}
    SELECT ${deel.id}, s.rowid, hash(${ctx.zout} || upper(ltrim(trim(${persoon}), '0'))), (${persoon} IS NULL OR trim(${persoon}) = ''),
      kg.waarde, kr.waarde, ${ingang.waarde}, ${einde.waarde}, ${einde.fout}, ${referentie ? `DATE ${sqlString(referentie)}` : 'NULL'}
    FROM ${sqlIdent(s.tabel)} s
    LEFT JOIN ${sqlIdent(kg!.tabel)} kg ON kg.raw = trim(${kolomSql(s, 'gemeente')})
    LEFT JOIN ${sqlIdent(kr!.tabel)} kr ON kr.raw = trim(${kolomSql(s, 'register')})
    WHERE ${dataRijSql(s)}`);
  const c = T.doelgroep;
  await meldLeeg(ctx, deel, c, 'persoon', 'Het BSN of klantnummer', 'Vul het BSN of klantnummer in.');
  await meldLeeg(ctx, deel, c, 'gemeente', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, c, 'register', 'Het register', 'Vul het register in: Doelgroepenregister of Beschut werk.');
  await meldLeeg(ctx, deel, c, 'ingangsdatum', 'De begindatum', 'Vul de begindatum van de registratie in (dd-mm-jjjj).');
  await meldOnbekend(ctx, deel, c, 'gemeente', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, c, 'register', kr, {
    code: 'onbekend-register', ernst: 'fout', wat: 'register',
    oplossing: 'Gebruik "Doelgroepenregister" (of banenafspraak) of "Beschut werk"; een andere schrijfwijze kan in een mappingbestand.',
  });
  const ik = s.kolomVan('ingangsdatum');
  if (ik?.type === 'VARCHAR') {
    await controleerRijen(ctx, deel, c, {
      code: 'ongeldige-datum', veld: 'ingangsdatum', waar: `c.ingang IS NULL AND trim(coalesce(s.${sqlIdent(ik.sql)}, '')) <> ''`,
      reden: (w) => ongeldigeDatum(w ?? '', s.kopVan('ingangsdatum')), oplossing: OPLOSSING_DATUM,
    });
  }
  await controleerRijen(ctx, deel, c, {
    code: 'ongeldige-datum', veld: 'einddatum', waar: 'c.einde_fout',
    reden: (w) => ongeldigeDatum(w ?? '', s.kopVan('einddatum')), oplossing: `${OPLOSSING_DATUM} Laat de einddatum leeg als de registratie nog loopt.`,
  });
  await controleerRijen(ctx, deel, c, {
    code: 'einde-voor-ingang', veld: 'einddatum', waar: 'c.einde < c.ingang',
    reden: () => 'De einddatum ligt vóór de begindatum.', oplossing: 'Corrigeer de begin- of einddatum.',
  });
  return { referentie, vanaf: titel.vanaf ?? null };
}

export const DOELGROEP_GELDIG = 'NOT persoon_leeg AND gemeente_code IS NOT NULL AND register IS NOT NULL AND ingang IS NOT NULL AND NOT einde_fout AND (einde IS NULL OR einde >= ingang)';

/** Removes the same registration loaded twice and reports overlapping registrations. */
export async function ontdubbelDoelgroepen(ctx: Context, delen: Map<number, Deel>): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`CREATE OR REPLACE TABLE ingest_dg AS SELECT * EXCLUDE (nr) FROM (
    SELECT *, row_number() OVER (PARTITION BY persoon, gemeente_code, register, ingang ORDER BY referentie DESC NULLS LAST, deel DESC, rij) AS nr
    FROM ${T.doelgroep} WHERE ${DOELGROEP_GELDIG}) WHERE nr = 1`);
  const overlap = await engine.query<{ deel: number; rij: number; register: Register; vingang: string; veinde: string | null; gemeente_code: string }>(
    `SELECT deel, rij, register, vingang, veinde, gemeente_code FROM (
      SELECT *, lag(ingang) OVER w AS vingang, lag(einde) OVER w AS veinde,
        max(coalesce(einde, ${OPEN})) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS eerder_einde
      FROM ingest_dg WINDOW w AS (PARTITION BY persoon, register ORDER BY ingang, deel, rij))
     WHERE eerder_einde >= ingang ORDER BY deel, rij`,
  );
  for (const o of overlap) {
    const deel = delen.get(o.deel)!;
    ctx.meldingen.voeg({
      ernst: 'fout', code: 'overlappende-perioden', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad,
      regel: deel.staging.bronRegelVanRij(o.rij), kolom: deel.staging.kopVan('ingangsdatum'),
      reden: `Deze registratie (${REGISTER_NAAM[o.register]}, ${gemeenteNaam(o.gemeente_code)}) overlapt met een eerdere registratie van dezelfde persoon (${datumNL(o.vingang)} t/m ${o.veinde ? datumNL(o.veinde) : 'nu'}).`,
      oplossing: 'Een persoon staat één keer tegelijk in een register: corrigeer de begin- of einddatum of verwijder de dubbele regel.',
    });
  }
}
