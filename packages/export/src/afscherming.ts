import { indicator, type Figuur } from '@pw/metrics';

/**
 * Small numbers ("kleine aantallen afschermen"): counts of 1 to 4 persons or benefits can point to
 * a person in a small municipality, so statistical offices publish them as a marker. We replace
 * them by `<5` in anything that leaves the controller's screen (exports, reports), on by default.
 * Only counts of people or benefits are masked (unit `aantal`); zero stays zero (it discloses
 * nobody), money, places beschut werk (posts the Rijk sets) and ratios stay as they are.
 */
export const KLEIN_AANTAL_MARKER = '<5';
export const KLEIN_AANTAL_UITLEG = 'Aantallen van 1 tot en met 4 zijn afgeschermd en staan als <5.';

function isKleinAantal(w: number | null | undefined): boolean {
  return typeof w === 'number' && w >= 1 && w <= 4;
}

/** Whether a value of this unit is masked: a count of people or benefits from 1 to 4. */
export function moetAfschermen(w: number | null | undefined, eenheid: string): boolean {
  return eenheid === 'aantal' && isKleinAantal(w);
}

/** A figure as it may leave the screen: `waarde` a number, or the marker. */
export type UitgaandFiguur = Omit<Figuur, 'waarde'> & { waarde: number | string };

/** The figures with small counts masked, and how many were. */
export function schermFigurenAf(rijen: readonly Figuur[]): { rijen: UitgaandFiguur[]; afgeschermd: number } {
  let afgeschermd = 0;
  const eenheid = new Map<string, string>();
  const uit = rijen.map((r) => {
    let e = eenheid.get(r.indicator);
    if (e === undefined) eenheid.set(r.indicator, (e = indicator(r.indicator).eenheid));
    if (moetAfschermen(r.waarde, e)) {
      afgeschermd++;
      return { ...r, waarde: KLEIN_AANTAL_MARKER };
    }
    return r;
  });
  return { rijen: uit, afgeschermd };
}
