/**
 * One colour per area in every chart of a session: the area chosen first is always the first
 * colour, each compared area keeps the colour of its place in the choice, and the average of the
 * comparison group is always black and dashed. The colours are from the Okabe–Ito palette
 * (distinct under protanopia, deuteranopia and tritanopia; no red–green pair), and each area also
 * has its own line type and marker, so lines that cross differ in more than hue (NL Design System:
 * colour is never the only carrier of information).
 */

export type Lijntype = 'solid' | 'dashed' | 'dotted';

export interface Reeksstijl {
  kleur: string;
  lijn: Lijntype;
  /** ECharts symbol name of the markers on a line, the dots of a dot plot. */
  symbool: string;
}

/** Okabe–Ito in the order areas get them: blue, vermilion, bluish green, reddish purple, orange, sky blue. Yellow is left out (too light on white). */
const GEBIEDSKLEUREN = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
const LIJNEN: readonly Lijntype[] = ['solid', 'dashed', 'dotted'];
const SYMBOLEN = ['circle', 'triangle', 'rect', 'diamond', 'roundRect', 'pin'] as const;

/** The average of a comparison group (and any benchmark line): black, dashed, no markers. */
export const GEMIDDELDE_STIJL: Reeksstijl = { kleur: '#000000', lijn: 'dashed', symbool: 'none' };

/**
 * The style of the area at this place in the choice (0 = the area chosen first). Beyond six
 * areas the colours repeat with another line type and marker.
 */
export function gebiedsstijl(plaats: number): Reeksstijl {
  const i = Math.max(0, Math.floor(plaats));
  return {
    kleur: GEBIEDSKLEUREN[i % GEBIEDSKLEUREN.length]!,
    lijn: LIJNEN[(i + Math.floor(i / GEBIEDSKLEUREN.length)) % LIJNEN.length]!,
    symbool: SYMBOLEN[i % SYMBOLEN.length]!,
  };
}

/** The style of each area by its code, in the order of the choice. */
export function gebiedsstijlen(codes: readonly string[]): Map<string, Reeksstijl> {
  return new Map(codes.map((c, i) => [c, gebiedsstijl(i)]));
}
