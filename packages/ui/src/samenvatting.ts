import type { Tabel } from '@pw/charts';
import { formatMaand } from '@pw/format';

/** How many months a monthly table keeps in a report: a year and the month before it, so the change against a year earlier can be read. */
export const DRUK_MAANDEN = 13;

const MAAND_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** `2019-12` for a row key (`2019-12-01`, `2019-12`) or a row header (`dec 2019`); null when the row is not a month. */
function maandVan(sleutel: string | undefined, kop: string): string | null {
  if (sleutel && /^\d{4}-\d{2}(-\d{2})?$/.test(sleutel)) return sleutel.slice(0, 7);
  const m = /^([a-z]{3})\.? (\d{4})$/.exec(kop.trim());
  const i = m ? MAAND_KORT.indexOf(m[1]!) : -1;
  return i < 0 ? null : `${m![2]}-${String(i + 1).padStart(2, '0')}`;
}

/** A table of a monthly series longer than the report prints (its chart then stands beside the cut table). */
function isLangeMaandreeks(tabel: Tabel): boolean {
  return tabel.rijen.length > DRUK_MAANDEN && tabel.rijen.every((r, i) => maandVan(tabel.rijSleutels?.[i], r[0]) !== null);
}

/**
 * The table a report prints under a chart: a monthly series as the 13 months up to the view's
 * peildatum (`tot`), never the full monthly history (that stays in the exports); any other table
 * (years, categories, areas) as it is. `maanden` says which months are shown when it is cut.
 */
export function drukTabel(tabel: Tabel, tot?: string): { tabel: Tabel; maanden: string | null } {
  if (!isLangeMaandreeks(tabel)) return { tabel, maanden: null };
  const maanden = tabel.rijen.map((r, i) => maandVan(tabel.rijSleutels?.[i], r[0]));
  const grens = tot?.slice(0, 7);
  let eind = maanden.length;
  if (grens) {
    const n = maanden.filter((m) => m! <= grens).length;
    eind = n > 0 ? n : maanden.length;
  }
  const begin = Math.max(0, eind - DRUK_MAANDEN);
  const stuk = <T,>(l: readonly T[] | undefined) => l?.slice(begin, eind);
  const uitleg = `${formatMaand(maanden[begin]!)} tot en met ${formatMaand(maanden[eind - 1]!)}`;
  return {
    tabel: { ...tabel, bijschrift: `${tabel.bijschrift} (${uitleg})`, rijen: tabel.rijen.slice(begin, eind), rijSleutels: stuk(tabel.rijSleutels), markeringen: stuk(tabel.markeringen) },
    maanden: uitleg,
  };
}
