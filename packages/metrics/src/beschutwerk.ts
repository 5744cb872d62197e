import type { Figuur } from './figuren.ts';
import { waardeVan } from './afgeleid.ts';
import { SAMENWERKING_PREFIX } from './gebied.ts';
import { BESCHUT_WERK_SINDS } from './indicatoren.ts';

export interface BeschutWerkJaar {
  jaar: number;
  /** Cumulative places the Rijk sets for the year. */
  taakstelling: number;
  /** People in a beschut-werk dienstbetrekking on 31 December; null for years after the last known realisation (target only). */
  realisatie: number | null;
  /** Where the realisatie comes from: the beschut-werk register (its stock on 1 January of the next year) or the figure typed in the beschut-werk extract. */
  herkomst: 'register' | 'opgave' | null;
  /** taakstelling − realisatie in places (positive: behind). */
  achterstand: number | null;
  /** realisatie / taakstelling (1 = on target); null when either is missing or the target is 0. */
  percentage: number | null;
}

/**
 * beschutWerkRealisatie: taakstelling against realisatie per year for one area, from the standard
 * figures `beschut_werk_taakstelling` and `beschut_werk_realisatie`. Years after the last year with
 * a realisation are shown as target only; a year without realisation before that is a gap, not 0.
 */
export function beschutWerkRealisatie(rijen: readonly Figuur[], code: string): BeschutWerkJaar[] {
  const jaren = [...new Set(rijen.filter((r) => r.gemeente_code === code && r.indicator === 'beschut_werk_taakstelling').map((r) => Number(r.periode)))].sort((a, b) => a - b);
  return jaren.map((jaar) => {
    const taakstelling = waardeVan(rijen, { indicator: 'beschut_werk_taakstelling', gemeente_code: code, periode: String(jaar) })!;
    const realisatie = waardeVan(rijen, { indicator: 'beschut_werk_realisatie', gemeente_code: code, periode: String(jaar) }) ?? null;
    const herkomst = (categorie: string) => waardeVan(rijen, { indicator: 'beschut_werk_realisatie', gemeente_code: code, periode: String(jaar), dimensie: 'herkomst', categorie });
    return {
      jaar,
      taakstelling,
      realisatie,
      herkomst: realisatie === null ? null : herkomst('register') !== undefined ? 'register' : herkomst('opgave') !== undefined ? 'opgave' : null,
      achterstand: realisatie === null ? null : taakstelling - realisatie,
      percentage: realisatie === null || taakstelling === 0 ? null : realisatie / taakstelling,
    };
  });
}

/** The last year with a known realisation. */
export function laatsteRealisatiejaar(reeks: readonly BeschutWerkJaar[]): number | null {
  return reeks.filter((r) => r.realisatie !== null).at(-1)?.jaar ?? null;
}

/**
 * Every municipality's realisatie as a share of its taakstelling in one year, highest first (ties
 * by name): the ranking of the Beschut werk page. Municipalities without a known realisatie that
 * year are left out; cooperations are never ranked.
 */
export function beschutWerkRangorde(alle: readonly Figuur[], jaar: number): Array<{ code: string; naam: string; jaar: BeschutWerkJaar & { percentage: number } }> {
  const namen = new Map<string, string>();
  for (const r of alle) if (r.indicator === 'beschut_werk_taakstelling' && !r.gemeente_code.startsWith(SAMENWERKING_PREFIX)) namen.set(r.gemeente_code, r.gemeente_naam);
  const uit: Array<{ code: string; naam: string; jaar: BeschutWerkJaar & { percentage: number } }> = [];
  for (const [code, naam] of namen) {
    const j = beschutWerkRealisatie(alle, code).find((r) => r.jaar === jaar);
    if (j && j.percentage !== null) uit.push({ code, naam, jaar: { ...j, percentage: j.percentage } });
  }
  return uit.sort((a, b) => b.jaar.percentage - a.jaar.percentage || a.naam.localeCompare(b.naam, 'nl'));
}

/**
 * Beschut werk on Controle (issue 11): where the beschut-werk extract types a realisatie and a
 * beschut-werk register is loaded for the same municipality (as recorded) and covers 1 January of
 * the next year, the typed figure next to the register's stock on that day (the ultimo rule). The
 * dashboard shows the register's figure; a difference means one of the two is incomplete. A
 * municipality that no longer exists on that 1 January (Heerhugowaard for 2021: its people are in
 * Dijk en Waard's register by then) cannot be reconciled at its own code and is left out.
 */
export const BESCHUT_WERK_AANSLUITING_SQL = `WITH geladen AS (SELECT DISTINCT gemeente_code FROM doelgroepen_stand WHERE register = 'beschut_werk'),
    b AS (SELECT gemeente_code, jaar, realisatie, make_date(jaar + 1, 1, 1) AS peildatum FROM beschut_werk
          WHERE realisatie IS NOT NULL AND jaar >= ${BESCHUT_WERK_SINDS} AND gemeente_code IN (SELECT gemeente_code FROM geladen))
  SELECT b.gemeente_code, g.naam AS gemeente_naam, b.jaar, b.realisatie AS opgegeven,
    coalesce((SELECT sum(s.aantal) FROM doelgroepen_stand s WHERE s.gemeente_code = b.gemeente_code AND s.peildatum = b.peildatum AND s.register = 'beschut_werk'), 0) AS register
  FROM b JOIN gemeenten g ON g.code = b.gemeente_code AND b.peildatum BETWEEN coalesce(g.geldig_van, DATE '1900-01-01') AND coalesce(g.geldig_tot, DATE '9999-12-31')
  WHERE EXISTS (SELECT 1 FROM dekking k WHERE k.onderwerp = 'doelgroepen' AND k.gemeente_code = b.gemeente_code AND b.peildatum BETWEEN k.van AND k.tot)
  ORDER BY b.gemeente_code, b.jaar`;

export interface BeschutWerkAansluiting {
  gemeente_code: string;
  gemeente_naam: string;
  jaar: number;
  /** Realisatie as typed in the beschut-werk extract. */
  opgegeven: number;
  /** People in the beschut-werk register on 1 January of the next year. */
  register: number;
}

/** The rows of {@link BESCHUT_WERK_AANSLUITING_SQL} as numbers, with register − opgegeven, sorted by name and year. */
export function beschutWerkAansluitingen(rijen: readonly BeschutWerkAansluiting[]): Array<BeschutWerkAansluiting & { verschil: number }> {
  return rijen
    .map((r) => ({ ...r, jaar: Number(r.jaar), opgegeven: Number(r.opgegeven), register: Number(r.register), verschil: Number(r.register) - Number(r.opgegeven) }))
    .sort((a, b) => a.gemeente_naam.localeCompare(b.gemeente_naam, 'nl') || a.jaar - b.jaar);
}

/**
 * Said wherever loonwaardegroep 3 and beschut werk appear together (Doelgroepen, Beschut werk):
 * source 003's group 3 "beschut" (a wage value below 20%, a 2012 classification of the bijstand
 * target group) is not beschut werk under the Participatiewet (since 2015: a dienstbetrekking after
 * an indication, against the Rijk's taakstelling), and neither counts the other.
 */
export const LOONWAARDEGROEP_3_IS_GEEN_BESCHUT_WERK =
  'Loonwaardegroep 3 ("beschut", loonwaarde onder 20%) is een indeling van de bijstandsdoelgroep uit de Hoofdlijnennotitie regio Alkmaar 2012. Dat is iets anders dan beschut werk onder de Participatiewet: sinds 2015 een dienstbetrekking na een indicatie, waarvoor het Rijk een taakstelling geeft. Wie in loonwaardegroep 3 zit, telt niet mee in de realisatie beschut werk, en omgekeerd.';
