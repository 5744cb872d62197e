/**
 * The markers a masked cell carries when it leaves the controller's screen, as CBS writes them:
 * `<5` for a count of 1 to 4 (primary suppression: it could point to a person), `x` for a cell
 * masked so that a `<5` cannot be recomputed from the other cells (secondary suppression), and for
 * a ratio of a masked count. `x` claims no value range.
 */
export const KLEIN_AANTAL_MARKER = '<5';
export const GEHEIM_MARKER = 'x';
export type Markering = typeof KLEIN_AANTAL_MARKER | typeof GEHEIM_MARKER;

/** One sentence for under a table, in a workbook's Toelichting and on a report's cover. */
export const KLEIN_AANTAL_UITLEG =
  'Aantallen van 1 tot en met 4 zijn afgeschermd en staan als <5. Een x is afgeschermd zodat een afgeschermd aantal niet uit de andere cijfers terug te rekenen is.';

/** The legend of each marker, for a chart's note. */
export const MARKERING_UITLEG: Record<Markering, string> = {
  [KLEIN_AANTAL_MARKER]: 'aantal van 1 tot en met 4, afgeschermd',
  [GEHEIM_MARKER]: 'afgeschermd, zodat een klein aantal niet terug te rekenen is',
};

/** Units whose small values are masked: counts of people or benefits. */
const AANTAL = 'aantal';

/**
 * The primary rule: a count of people or benefits from 1 to 4. Zero stays zero (it discloses
 * nobody); money, places beschut werk (posts the Rijk sets) and inhabitants are never masked.
 */
export function moetAfschermen(w: number | null | undefined, eenheid: string): boolean {
  return eenheid === AANTAL && typeof w === 'number' && w >= 1 && w <= 4;
}

/** A masked value inside the app: NaN, so that every sum, share or average computed from it is masked too. */
export function isAfgeschermd(w: number | null | undefined): boolean {
  return typeof w === 'number' && Number.isNaN(w);
}
