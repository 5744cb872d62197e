import { plusMaanden, type IsoDatum } from '@pw/model';
import type { Figuur } from './figuren.ts';

/**
 * Figures derived from standard figures by arithmetic only (never a second definition of an
 * indicator): the value of one cell, the change against a year earlier.
 */
export interface Cel {
  indicator: string;
  gemeente_code: string;
  periode: string;
  dimensie?: string;
  categorie?: string;
}

export function waardeVan(rijen: readonly Figuur[], cel: Cel): number | undefined {
  const dim = cel.dimensie ?? 'totaal';
  const cat = cel.categorie ?? 'totaal';
  return rijen.find((r) => r.indicator === cel.indicator && r.gemeente_code === cel.gemeente_code && r.periode === cel.periode && r.dimensie === dim && r.categorie === cat)?.waarde;
}

export interface Verandering {
  nu: number;
  eerder: number;
  eerderPeriode: IsoDatum;
  verschil: number;
  /** Relative change as a fraction (0.046 = 4,6%); null when the earlier value is 0. */
  fractie: number | null;
}

/** The change of a stock against the same peildatum a year earlier; null when either is missing. */
export function veranderingJaar(rijen: readonly Figuur[], cel: Cel & { periode: IsoDatum }): Verandering | null {
  const nu = waardeVan(rijen, cel);
  const eerderPeriode = plusMaanden(cel.periode, -12);
  const eerder = waardeVan(rijen, { ...cel, periode: eerderPeriode });
  if (nu === undefined || eerder === undefined) return null;
  return { nu, eerder, eerderPeriode, verschil: nu - eerder, fractie: eerder === 0 ? null : (nu - eerder) / eerder };
}
