import type { IsoDatum } from '@pw/model';
import type { Figuur, Figuurkeuze } from './figuren.ts';
import { gebiedCode, SAMENWERKING_PREFIX } from './gebied.ts';

/**
 * Selecting figures in memory: the dashboard computes the standard figures of every area once (per
 * indeling) and answers each choice from them, so a change of filter needs no query. The selection
 * follows the same rules as the SQL of `figuren` (areas, indicators, periods), so a page shows the
 * same rows either way.
 */

/** Standard figures grouped by area code (`GM1774`, `SV-noaberkracht`). */
export type Figurenindex = ReadonlyMap<string, readonly Figuur[]>;

export function indexeerFiguren(rijen: readonly Figuur[]): Figurenindex {
  const m = new Map<string, Figuur[]>();
  for (const r of rijen) {
    let l = m.get(r.gemeente_code);
    if (!l) m.set(r.gemeente_code, (l = []));
    l.push(r);
  }
  return m;
}

/**
 * The figures of a choice from the index: its areas in the choice's order (`alle-gemeenten`: every
 * municipality, by code, no cooperations), its indicators, and the periods from `van` to `tot` (a
 * month or year counts when it overlaps, as in `figuren`).
 */
export function selecteerFiguren(index: Figurenindex, keuze: Figuurkeuze): Figuur[] {
  const codes =
    keuze.gebieden === 'alle-gemeenten' ? [...index.keys()].filter((c) => !c.startsWith(SAMENWERKING_PREFIX)).sort() : keuze.gebieden.map(gebiedCode);
  const ind = keuze.indicatoren ? new Set(keuze.indicatoren) : null;
  const uit: Figuur[] = [];
  for (const c of codes)
    for (const r of index.get(c) ?? [])
      if ((!ind || ind.has(r.indicator)) && (!keuze.van || r.periode >= keuze.van.slice(0, r.periode.length)) && (!keuze.tot || r.periode <= keuze.tot.slice(0, r.periode.length)))
        uit.push(r);
  return uit;
}

/**
 * The figures of a choice from a package's kerncijfers (computed when the package was built, under
 * today's boundaries, for every area), readable before DuckDB has started. Undefined when the
 * kerncijfers cannot answer the choice: another indeling, every municipality, or an indicator
 * outside `kernIndicatoren` (the indicators the kerncijfers hold).
 */
export function uitKerncijfers(kern: readonly Figuur[], kernIndicatoren: readonly string[], keuze: Figuurkeuze): Figuur[] | undefined {
  if (keuze.indeling !== 'huidig' || keuze.gebieden === 'alle-gemeenten') return undefined;
  const indicatoren = keuze.indicatoren ?? [];
  if (!indicatoren.length || !indicatoren.every((i) => kernIndicatoren.includes(i))) return undefined;
  const codes = new Set(keuze.gebieden.map(gebiedCode));
  return kern.filter((r) => codes.has(r.gemeente_code) && indicatoren.includes(r.indicator));
}

/**
 * The peildatum a page shows when the user chose none: the last peildatum of the benefits in the
 * package (the manifest's `periode.tot`). A package without benefits (only budget or beschut werk)
 * has no peildata; then 1 December of the latest year with any figure, so the yearly pages show
 * that year; with no figure at all, the first of the month the package was made. The figures are
 * read only then (`figuren` is called only for a package without benefits).
 */
export function standaardPeildatum(pakket: { periode: { tot: IsoDatum } | null; aangemaakt: string }, figuren: () => Iterable<Figuur>): IsoDatum {
  if (pakket.periode) return pakket.periode.tot;
  let jaar = '';
  for (const r of figuren()) if (r.periode.slice(0, 4) > jaar) jaar = r.periode.slice(0, 4);
  return jaar ? `${jaar}-12-01` : `${pakket.aangemaakt.slice(0, 7)}-01`;
}
