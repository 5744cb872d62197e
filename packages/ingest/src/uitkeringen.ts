import { sqlIdent, sqlString } from '@pw/engine';
import { herkenAfstand, herkenJaNee, herkenLoonwaardegroep, herkenRegeling, herkenUitstroomreden, noemtParticipatiewet, PARTICIPATIEWET_INGANG, type IsoDatum } from '@pw/model';
import { datumKolom, herkenGemeente, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE, ruw } from './algemeen.ts';
import { deelTabel, type Context, type Deel } from './context.ts';
import { titelDatums } from './formaat.ts';
import type { Mapping } from './kolommen.ts';
import { leesOnderdeel, ongeldigeDatum, OPLOSSING_DATUM, planKolommen, type Voortgang } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';
import { controleerRijen } from './rijfouten.ts';
import { DATUM_TOT, DATUM_VAN, eersteMaandSql, GEBOORTE_VAN, maandNaSql } from './sql.ts';
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
    // Free text in the source system: only its category (werk, verhuizing, …, overig) is kept.
    reden: codeer(plan, onderdeel, 'uitstroomreden', (w) => ({ waarde: herkenUitstroomreden(w) }), mapping),
    // Whether the label names the Participatiewet itself (for the anachronism check); the raw label, never a mapping's.
    pw_label: codeer(plan, onderdeel, 'regeling', (w) => ({ waarde: noemtParticipatiewet(w) ? 'ja' : 'nee' }), undefined),
  };
  const titel = titelDatums(onderdeel.titels);
  const heeftPeildatum = !!plan.kolomVan('peildatum');
  const stand = heeftPeildatum || (!plan.kolomVan('einddatum') && !!titel.per);
  const ingang = datumKolom(plan, 'ingangsdatum');
  const einde = datumKolom(plan, 'einddatum');
  const peil = heeftPeildatum ? datumKolom(plan, 'peildatum') : { waarde: stand && titel.per ? `DATE ${sqlString(titel.per)}` : 'NULL::DATE', fout: 'false' };
  const geboren = datumKolom(plan, 'geboortedatum');
  const lft = ruw(plan, 'leeftijd');
  const leeftijd = `TRY_CAST(trim(${lft}) AS SMALLINT)`;
  const persoon = ruw(plan, 'persoon');
  const c = (k: keyof typeof cod) => cod[k]?.sql ?? 'NULL::VARCHAR';
  // The person key: leading zeros and spaces stripped (Excel drops the zeros of a BSN), salted, hashed.
  const select = `hash(ltrim(${persoon}, '0 '), ${ctx.zout}) AS persoon, ${persoon} IS NULL AS persoon_leeg,
    ${c('gemeente')} AS gemeente_code, ${c('regeling')} AS regeling,
    ${ingang.waarde} AS ingang, ${ingang.fout} AS ingang_fout, ${einde.waarde} AS einde, ${einde.fout} AS einde_fout,
    ${c('afstand')} AS afstand, ${c('loonwaardegroep')} AS loonwaardegroep, ${c('doelgroepenregister')} AS doelgroepenregister, ${c('beschut_werk')} AS beschut_werk,
    ${eersteMaandSql(geboren.waarde)} AS m_geb, (${geboren.fout} OR coalesce(${geboren.waarde} NOT BETWEEN ${GEBOORTE_VAN} AND ${DATUM_TOT}, false)) AS geboren_fout,
    ${leeftijd} AS leeftijd, coalesce((${lft} IS NOT NULL AND trim(${lft}) <> '' AND ${leeftijd} IS NULL) OR ${leeftijd} NOT BETWEEN 0 AND 120, false) AS leeftijd_fout,
    ${cod.reden?.sql ?? 'NULL::VARCHAR'} AS reden, ${c('pw_label')} AS pw_label,
    ${stand} AS stand, ${peil.waarde} AS peildatum, ${peil.fout} AS peildatum_fout,
    ${eersteMaandSql(ingang.waarde)} AS m_in, ${maandNaSql(einde.waarde)} AS m_uit, m_in AS m_duur, 'nieuw' AS reden_in`;
  const tabel = deelTabel('u', id);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen, voortgang, signaal, stukGrootte);
  for (const [veld, kolom] of [['gemeente', 'gemeente_code'], ['regeling', 'regeling'], ['afstand', 'afstand'], ['loonwaardegroep', 'loonwaardegroep'], ['doelgroepenregister', 'doelgroepenregister'], ['beschut_werk', 'beschut_werk'], ['reden', 'reden'], ['pw_label', 'pw_label']] as const) {
    await losOp(ctx.engine, tabel, kolom, cod[veld]);
  }
  const deel: Deel = { id, gelezen, mapping };

  // The extract's reference date: the title ("aangemaakt 31-12-2024"), else its latest date.
  let referentie: IsoDatum | null = titel.per ?? null;
  if (!referentie) {
    const r = await ctx.engine.query<{ d: string | null }>(
      `SELECT max(greatest(ingang, coalesce(einde, ingang), coalesce(peildatum, ingang))) AS d FROM ${sqlIdent(tabel)}
       WHERE NOT is_totaal AND NOT is_leeg AND ingang BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND coalesce(einde, peildatum, ingang) BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
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
    if (cod[veld]?.onbekend.size) await ctx.engine.exec(`UPDATE ${sqlIdent(tabel)} SET ${sqlIdent(veld)} = NULL WHERE starts_with(${sqlIdent(veld)}, '?')`);
  }
  await controleerRijen(ctx, deel, { code: 'ongeldige-datum', veld: 'ingangsdatum', waar: 'c.ingang_fout', waarde: 'ruw', reden: (w) => ongeldigeDatum(w, plan.kopVan('ingangsdatum')), oplossing: OPLOSSING_DATUM });
  await controleerRijen(ctx, deel, {
    code: 'ongeldige-datum', veld: 'einddatum', waar: 'c.einde_fout', waarde: 'ruw',
    reden: (w) => ongeldigeDatum(w, plan.kopVan('einddatum')),
    oplossing: `${OPLOSSING_DATUM} Laat de einddatum leeg als de uitkering nog loopt.`,
  });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijke-datum', veld: 'ingangsdatum',
    waar: `c.ingang NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} OR c.einde NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
    reden: () => 'Ingangs- of einddatum ligt vóór 1950 of na 2100.',
    oplossing: 'Controleer het jaartal van de ingangs- en einddatum.',
  });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijke-datum', veld: 'geboortedatum',
    waar: 'c.geboren_fout',
    reden: () => 'De geboortedatum is geen datum of ligt vóór 1900 of na 2100.',
    oplossing: 'Controleer het jaartal van de geboortedatum (de waarde wordt niet getoond: het is een persoonsgegeven).',
  });
  await controleerRijen(ctx, deel, {
    code: 'ongeldige-leeftijd', veld: 'leeftijd',
    waar: 'c.leeftijd_fout',
    reden: () => 'De leeftijd is geen heel getal van 0 tot en met 120.',
    oplossing: 'Vul de leeftijd in hele jaren in, of laat de cel leeg (de waarde wordt niet getoond: het is een persoonsgegeven).',
  });
  // Anachronisms: the register and beschut werk started with the Participatiewet on 1-1-2015.
  const pwIngang = `DATE ${sqlString(PARTICIPATIEWET_INGANG)}`;
  // Only rows with sound dates: a row whose end lies before its start has its error already.
  const voor2015 = `coalesce(c.einde, c.peildatum) < ${pwIngang} AND coalesce(c.einde >= c.ingang, true) AND c.ingang >= ${DATUM_VAN}`;
  await controleerRijen(ctx, deel, {
    code: 'anachronisme', ernst: 'waarschuwing', veld: 'regeling', waarde: 'ruw', waar: `${voor2015} AND c.pw_label = 'ja'`,
    reden: (w) => `Deze uitkering heet ${w ? `"${w}"` : 'Participatiewet'} maar eindigde vóór 1-1-2015, toen de Participatiewet nog niet gold (toen: WWB). Ze telt mee als bijstand (Pw).`,
    oplossing: 'Controleer de regeling of de einddatum; een bijstandsuitkering die vóór 2015 eindigde, heet in het bronsysteem meestal WWB of algemene bijstand.',
  });
  for (const [veld, naam] of [['doelgroepenregister', 'het doelgroepenregister'], ['beschut_werk', 'beschut werk']] as const) {
    await controleerRijen(ctx, deel, {
      code: 'anachronisme', ernst: 'waarschuwing', veld, waar: `${voor2015} AND c.${veld} = 'ja'`,
      reden: () => `Deze uitkering eindigde vóór 1-1-2015 maar staat op "ja" voor ${naam}, dat pas op 1-1-2015 begon. Ze telt mee met "ja".`,
      oplossing: `Controleer de kolom ${plan.kopVan(veld)} of de einddatum; vóór 2015 bestond ${naam} nog niet.`,
    });
  }
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
      code: 'onwaarschijnlijke-datum', veld: 'peildatum', waar: `c.peildatum NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
      reden: () => 'De peildatum ligt vóór 1950 of na 2100.',
      oplossing: 'Controleer het jaartal van de peildatum.',
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
  AND ingang BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND coalesce(einde, ${DATUM_VAN}) BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}
  AND (NOT stand OR (peildatum BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND NOT peildatum_fout AND ingang <= peildatum AND (einde IS NULL OR einde >= peildatum)))`;
