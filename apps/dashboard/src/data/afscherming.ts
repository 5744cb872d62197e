import { moetAfschermen } from '@pw/export';
import { indicator, type Figuur, type Figurenindex } from '@pw/metrics';

/**
 * A published site masks small numbers on screen too (`npm run site`, unless published with
 * `--kleine-aantallen tonen`), with the one rule of the exports (`moetAfschermen`): a count of 1 to
 * 4 people or benefits is not shown. On screen such a figure is left out (a tile says there is no
 * figure, a chart has no bar, a table a dash), and the frame says why (`Publicatiemelding`); the
 * page's exports, made from the same figures, cannot show it either.
 */
export function zonderKleineAantallen(rijen: readonly Figuur[]): Figuur[] {
  const eenheid = new Map<string, string>();
  return rijen.filter((r) => {
    let e = eenheid.get(r.indicator);
    if (e === undefined) eenheid.set(r.indicator, (e = indicator(r.indicator).eenheid));
    return !moetAfschermen(r.waarde, e);
  });
}

/** The all-areas index with small numbers masked (see `zonderKleineAantallen`). */
export function indexZonderKleineAantallen(index: Figurenindex): Figurenindex {
  return new Map([...index].map(([code, rijen]) => [code, zonderKleineAantallen(rijen)]));
}
