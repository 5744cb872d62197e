import type { Figuur, Indeling } from '@pw/metrics';
import { GEHEIM_MARKER, isAfgeschermd, type Markering } from './markering.ts';
import type { Afschermingsbesluit } from './onderdrukking.ts';

/** A figure as it leaves the screen (files, the figures command): `waarde` a number, or a marker. */
export type UitgaandFiguur = Omit<Figuur, 'waarde'> & { waarde: number | string };

/** The figures with their masked cells replaced by the marker, and how many were. */
export function schermAf(rijen: readonly Figuur[], afscherming: Afschermingsbesluit, indeling: Indeling): { rijen: UitgaandFiguur[]; afgeschermd: number } {
  let afgeschermd = 0;
  const uit = rijen.map((r): UitgaandFiguur => {
    const m = afscherming.markering(indeling, r);
    if (m === null) return r;
    afgeschermd++;
    return { ...r, waarde: m };
  });
  return { rijen: uit, afgeschermd };
}

/**
 * A figure inside the app in print mode (reports, exports): a masked cell has `waarde` NaN, so that
 * everything computed from it (a sum, a share, an average, a change) is NaN as well and shows as a
 * marker, and `markering` says which marker the cell itself carries.
 */
export type GemarkeerdFiguur = Figuur & { markering?: Markering };

export function maskeerFiguren(rijen: readonly Figuur[], afscherming: Afschermingsbesluit, indeling: Indeling): GemarkeerdFiguur[] {
  return rijen.map((r) => {
    const m = afscherming.markering(indeling, r);
    return m === null ? r : { ...r, waarde: Number.NaN, markering: m };
  });
}

/** The marker a figure carries in print mode: its own, `x` for any other masked (NaN) value, else null. */
export function markeringVan(f: Figuur): Markering | null {
  return (f as GemarkeerdFiguur).markering ?? (isAfgeschermd(f.waarde) ? GEHEIM_MARKER : null);
}
