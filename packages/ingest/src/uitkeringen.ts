import { sqlIdent, sqlString } from '@pw/engine';
import { herkenAfstand, herkenJaNee, herkenLoonwaardegroep, herkenRegeling, type IsoDatum } from '@pw/model';
import { datumKolom, herkenGemeente, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE, ruw } from './algemeen.ts';
import { deelTabel, type Context, type Deel } from './context.ts';
import { titelDatums } from './formaat.ts';
import type { Mapping } from './kolommen.ts';
import { leesOnderdeel, ongeldigeDatum, OPLOSSING_DATUM, planKolommen, type Voortgang } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';
import { controleerRijen } from './rijfouten.ts';
import { eersteMaandSql, maandNaSql } from './sql.ts';
import { codeer, losOp } from './waarden.ts';

/**
 * Caseload extracts → one canonical table per part (`ingest_u_<id>`), read in one pass: a salted
 * person key instead of the BSN, the municipality as CBS code, the regeling as `Pw`/`IOAW`/`IOAZ`/
 * `Bbz`, the classifications as codes, and the months (as integers) a benefit first and last
 * counts. Names are never selected; the birth date only becomes the month a person turns 0, for
 * age bands.
 */
export interface UitkeringenDeel {
  stand: boolean;
  referentie: IsoDatum | null;
  vanaf: IsoDatum | null;
}

const janee = (w: string) => {
  const b = herkenJaNee(w);
  return b === undefined ? {} : { waarde: b ? 'ja' : 'nee' };
};

export async function leesUitkeringen(
  ctx: Context,
  onderdeel: Onderdeel,
  id: number,
  mapping: Mapping | undefined,
  voortgang?: Voortgang,
  signaal?: AbortSignal,
  stukGrootte?: number,
): Promise<{ deel: Deel; info: UitkeringenDeel }> {
  const plan = planKolommen(onderdeel);
  const cod = {
    gemeente: codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping),
    regeling: codeer(plan, onderdeel, 'regeling', (w) => ({ waarde: herkenRegeling(w) }), mapping),
    afstand: codeer(plan, onderdeel, 'afstand', (w) => ({ waarde: herkenAfstand(w) }), mapping),
    loonwaardegroep: codeer(plan, onderdeel, 'loonwaardegroep', (w) => ({ waarde: herkenLoonwaardegroep(w) }), mapping),
    doelgroepenregister: codeer(plan, onderdeel, 'doelgroepenregister', janee, mapping),
    beschut_werk: codeer(plan, onderdeel, 'beschut_werk', janee, mapping),
    // Free text from the source system, kept as categories: spaces tidied, at most 40 characters.
    reden: codeer(plan, onderdeel, 'uitstroomreden', (w) => ({ waarde: w.trim().replace(/\s+/g, ' ').slice(0, 40) || undefined }), mapping),
  };
  const titel = titelDatums(onderdeel.titels);
  const heeftPeildatum = !!plan.kolomVan('peildatum');
  const stand = heeftPeildatum || (!plan.kolomVan('einddatum') && !!titel.per);
  const ingang = datumKolom(plan, 'ingangsdatum');
  const einde = datumKolom(plan, 'einddatum');
  const peil = heeftPeildatum ? datumKolom(plan, 'peildatum') : { waarde: stand && titel.per ? `DATE ${sqlString(titel.per)}` : 'NULL::DATE', fout: 'false' };
  const geboren = datumKolom(plan, 'geboortedatum').waarde;
  const persoon = ruw(plan, 'persoon');
  const c = (k: keyof typeof cod) => cod[k]?.sql ?? 'NULL::VARCHAR';
  // The person key: leading zeros and spaces stripped (Excel drops the zeros of a BSN), salted, hashed.
  const select = `hash(ltrim(${persoon}, '0 '), ${ctx.zout}) AS persoon, ${persoon} IS NULL AS persoon_leeg,
    ${c('gemeente')} AS gemeente_code, ${c('regeling')} AS regeling,
    ${ingang.waarde} AS ingang, ${ingang.fout} AS ingang_fout, ${einde.waarde} AS einde, ${einde.fout} AS einde_fout,
    ${c('afstand')} AS afstand, ${c('loonwaardegroep')} AS loonwaardegroep, ${c('doelgroepenregister')} AS doelgroepenregister, ${c('beschut_werk')} AS beschut_werk,
    ${eersteMaandSql(geboren)} AS m_geb, TRY_CAST(trim(${ruw(plan, 'leeftijd')}) AS SMALLINT) AS leeftijd,
    ${cod.reden?.sql ?? 'NULL::VARCHAR'} AS reden,
    ${stand} AS stand, ${peil.waarde} AS peildatum, ${peil.fout} AS peildatum_fout,
    ${eersteMaandSql(ingang.waarde)} AS m_in, ${maandNaSql(einde.waarde)} AS m_uit, m_in AS m_duur, 'nieuw' AS reden_in`;
  const tabel = deelTabel('u', id);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen, voortgang, signaal, stukGrootte);
  for (const [veld, kolom] of [['gemeente', 'gemeente_code'], ['regeling', 'regeling'], ['afstand', 'afstand'], ['loonwaardegroep', 'loonwaardegroep'], ['doelgroepenregister', 'doelgroepenregister'], ['beschut_werk', 'beschut_werk'], ['reden', 'reden']] as const) {
    await losOp(ctx.engine, tabel, kolom, cod[veld]);
  }
  const deel: Deel = { id, gelezen, mapping };

  // The extract's reference date: the title ("aangemaakt 31-12-2024"), else its latest date.
  let referentie: IsoDatum | null = titel.per ?? null;
  if (!referentie) {
    const r = await ctx.engine.query<{ d: string | null }>(
      `SELECT max(greatest(ingang, coalesce(einde, ingang), coalesce(peildatum, ingang))) AS d FROM ${sqlIdent(tabel)} WHERE NOT is_totaal AND NOT is_leeg`,
    );
    referentie = r[0]?.d ?? null;
  }

  // Row-level checks: every problem with its line.
  const datumNL = (k: string) => `strftime(c.${k}, '%-d-%-m-%Y')`;
  await meldLeeg(ctx, deel, 'persoon', 'c.persoon_leeg', 'Het BSN of klantnummer', 'Vul het BSN of klantnummer in; zonder persoon kan een uitkering niet worden geteld.');
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'regeling', 'c.regeling IS NULL', 'De regeling', 'Vul de regeling in: Pw (bijstand), IOAW, IOAZ of Bbz.');
  await meldLeeg(ctx, deel, 'ingangsdatum', 'c.ingang IS NULL AND NOT c.ingang_fout', 'De ingangsdatum', 'Vul de ingangsdatum van de uitkering in (dd-mm-jjjj).');
  await meldOnbekend(ctx, deel, 'gemeente_code', cod.gemeente, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, 'regeling', cod.regeling, {
    code: 'onbekende-regeling', ernst: 'fout', wat: 'regeling',
    oplossing: 'Gebruik Pw (of Participatiewet, Algemene bijstand, WWB), IOAW, IOAZ of Bbz; een andere schrijfwijze kan in een mappingbestand onder "waarden": {"regeling": {"…": "Pw"}}. Regelingen buiten de Participatiewet horen niet in dit extract.',
  });
  for (const [veld, wat, code, oplossing] of [
    ['afstand', 'afstand tot de arbeidsmarkt', 'onbekende-afstand', 'Gebruik "kort" of "lang" (korte of lange afstand tot de arbeidsmarkt).'],
    ['loonwaardegroep', 'loonwaardegroep', 'onbekende-loonwaardegroep', 'Gebruik groep 1 t/m 4 (bron 003) of een percentage loonwaarde.'],
    ['doelgroepenregister', 'waarde voor doelgroepenregister', 'onbekende-janee', 'Gebruik ja of nee.'],
    ['beschut_werk', 'waarde voor beschut werk', 'onbekende-janee', 'Gebruik ja of nee.'],
  ] as const) {
    await meldOnbekend(ctx, deel, veld, cod[veld], { code, ernst: 'waarschuwing', wat, oplossing });
    // Reported; from here on an unrecognised value counts as "onbekend".
    if (cod[veld]?.onbekend.size) await ctx.engine.exec(`UPDATE ${sqlIdent(tabel)} SET ${veld} = NULL WHERE starts_with(${veld}, '?')`);
  }
  await controleerRijen(ctx, deel, { code: 'ongeldige-datum', veld: 'ingangsdatum', waar: 'c.ingang_fout', waarde: 'ruw', reden: (w) => ongeldigeDatum(w ?? '', plan.kopVan('ingangsdatum')), oplossing: OPLOSSING_DATUM });
  await controleerRijen(ctx, deel, {
    code: 'ongeldige-datum', veld: 'einddatum', waar: 'c.einde_fout', waarde: 'ruw',
    reden: (w) => ongeldigeDatum(w ?? '', plan.kopVan('einddatum')),
    oplossing: `${OPLOSSING_DATUM} Laat de einddatum leeg als de uitkering nog loopt.`,
  });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijke-datum', veld: 'ingangsdatum',
    waar: `c.ingang < DATE '1950-01-01' OR c.ingang > DATE '2100-01-01' OR c.einde < DATE '1950-01-01' OR c.einde > DATE '2100-01-01'`,
    reden: () => 'Ingangs- of einddatum ligt vóór 1950 of na 2100.',
    oplossing: 'Controleer het jaartal van de ingangs- en einddatum.',
  });
  await controleerRijen(ctx, deel, {
    code: 'einde-voor-ingang', veld: 'einddatum', waar: 'c.einde < c.ingang', waarde: datumNL('einde'),
    reden: (w) => `De einddatum${w ? ` ${w}` : ''} ligt vóór de ingangsdatum.`,
    oplossing: 'Corrigeer de ingangs- of de einddatum; een uitkering eindigt op of na de dag waarop ze ingaat.',
  });
  if (stand) {
    await controleerRijen(ctx, deel, {
      code: 'ongeldige-datum', veld: 'peildatum', waar: 'c.peildatum_fout OR c.peildatum IS NULL', waarde: 'ruw',
      reden: (w) => `Ongeldige of ontbrekende peildatum${w ? ` "${w}"` : ''}.`,
      oplossing: 'Vul de peildatum (stand per) in als dd-mm-jjjj.',
    });
    await controleerRijen(ctx, deel, {
      code: 'stand-niet-lopend', veld: 'ingangsdatum', waar: 'c.ingang > c.peildatum OR c.einde < c.peildatum',
      reden: () => 'Deze uitkering staat in een stand per peildatum, maar liep op die datum niet (ingangs- of einddatum).',
      oplossing: 'Een stand bevat alleen uitkeringen die op de peildatum lopen; controleer de datums of de peildatum.',
    });
  }
  if (referentie) {
    await controleerRijen(ctx, deel, {
      code: 'lange-uitkering', ernst: 'waarschuwing', veld: 'ingangsdatum', waarde: datumNL('ingang'),
      waar: `c.ingang < coalesce(c.einde, DATE ${sqlString(referentie)}) - INTERVAL 30 YEAR`,
      reden: (w) => `Deze uitkering loopt langer dan 30 jaar (ingangsdatum ${w ?? ''}).`,
      oplossing: 'Controleer de ingangsdatum; is ze juist, dan kunt u deze waarschuwing accepteren.',
    });
  }
  return { deel, info: { stand, referentie, vanaf: titel.vanaf ?? null } };
}

/** Rows of a caseload table that passed every row-level check. */
export const GELDIG_UITKERING = `NOT persoon_leeg AND gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?')
  AND regeling IS NOT NULL AND NOT starts_with(regeling, '?') AND ingang IS NOT NULL AND NOT ingang_fout AND NOT einde_fout
  AND (einde IS NULL OR einde >= ingang)
  AND ingang BETWEEN DATE '1950-01-01' AND DATE '2100-01-01' AND coalesce(einde, DATE '2000-01-01') BETWEEN DATE '1950-01-01' AND DATE '2100-01-01'
  AND (NOT stand OR (peildatum IS NOT NULL AND NOT peildatum_fout AND ingang <= peildatum AND (einde IS NULL OR einde >= peildatum)))`;
