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

export interface Verdelingsdeel {
  categorie: string;
  aantal: number;
  /** Share of the dimension's total (0.347 = 34,7%); null when the total is 0. */
  aandeel: number | null;
}

/**
 * The distribution of a stock over one dimension on one date, as counts and shares. The
 * denominator is the sum over the dimension's categories (for afstand and loonwaardegroep: the
 * Pw benefits, as the indicator counts them). Undefined when the figure is absent for that date.
 */
export function verdeling(rijen: readonly Figuur[], cel: { indicator: string; gemeente_code: string; periode: string; dimensie: string }, volgorde: readonly string[] = []): Verdelingsdeel[] | undefined {
  const delen = rijen.filter((r) => r.indicator === cel.indicator && r.gemeente_code === cel.gemeente_code && r.periode === cel.periode && r.dimensie === cel.dimensie);
  if (!delen.length) return undefined;
  const totaal = delen.reduce((s, r) => s + r.waarde, 0);
  const plaats = (c: string) => (volgorde.indexOf(c) < 0 ? volgorde.length : volgorde.indexOf(c));
  return delen
    .map((r) => ({ categorie: r.categorie, aantal: r.waarde, aandeel: totaal ? r.waarde / totaal : null }))
    .sort((a, b) => plaats(a.categorie) - plaats(b.categorie) || (a.categorie < b.categorie ? -1 : 1));
}

/**
 * The first and last period of a figure for an area, for saying "geen gegevens vóór …" in words;
 * with `cel`, of one category only (the BUIG series of a budget).
 */
export function reeksBereik(rijen: readonly Figuur[], indicator: string, code: string, cel?: { dimensie: string; categorie: string }): { eerste: string; laatste: string } | null {
  let eerste: string | null = null;
  let laatste: string | null = null;
  for (const r of rijen)
    if (r.indicator === indicator && r.gemeente_code === code && (!cel || (r.dimensie === cel.dimensie && r.categorie === cel.categorie))) {
      if (eerste === null || r.periode < eerste) eerste = r.periode;
      if (laatste === null || r.periode > laatste) laatste = r.periode;
    }
  return eerste === null ? null : { eerste, laatste: laatste! };
}
