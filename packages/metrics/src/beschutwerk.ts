import type { Figuur } from './figuren.ts';
import { waardeVan } from './afgeleid.ts';
import { SAMENWERKING_PREFIX } from './gebied.ts';

export interface BeschutWerkJaar {
  jaar: number;
  /** Cumulative places the Rijk sets for the year. */
  taakstelling: number;
  /** Cumulative places realised at year end; null for years after the last known realisation (target only). */
  realisatie: number | null;
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
    return {
      jaar,
      taakstelling,
      realisatie,
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
