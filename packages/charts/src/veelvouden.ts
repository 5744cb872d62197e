import type { EChartsCoreOption } from 'echarts/core';
import { isAfgeschermd } from '@pw/afscherming';
import type { Eenheid } from '@pw/format';
import { legendaRuimte, PANEELTITEL, STANDAARD_BREEDTE, type Grafiek, type Grafiekopties } from './basis.ts';
import type { Lijntype, Reeksstijl } from './kleuren.ts';
import { tijdgrafiek, type Tijdreeks } from './reeksen.ts';

/** One small chart: an area, its style, and its series (instroom and uitstroom), named without the area. */
export interface Paneel {
  naam: string;
  stijl: Reeksstijl;
  reeksen: ReadonlyArray<Pick<Tijdreeks, 'naam' | 'waarden'>>;
}

const PANEEL_HOOGTE = 150;
const PANEEL_TUSSEN = 48;
/** Within an area's own chart its series differ by line type and marker (the colour is the area's). */
const BINNEN_PANEEL: ReadonlyArray<{ lijn: Lijntype; symbool: string }> = [
  { lijn: 'solid', symbool: 'circle' },
  { lijn: 'dashed', symbool: 'emptyTriangle' },
  { lijn: 'dotted', symbool: 'emptyRect' },
];

/** A round upper bound for a shared axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function rondeBovengrens(max: number): number {
  if (!(max > 0)) return 1;
  const macht = 10 ** Math.floor(Math.log10(max));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * macht >= max) return f * macht;
  return 10 * macht;
}

/**
 * Small multiples: one small chart per area, stacked, with the same periods and one shared value
 * scale (so heights compare across areas), each in the area's colour; within a chart the series
 * differ by line type and marker. Used for flows of several areas (instroom and uitstroom of three
 * municipalities over 24 months), where clustered bars would be a wall of thin bars. The table
 * holds every series, named "Instroom Dinkelland".
 */
export function kleineVeelvouden(
  invoer: { titel: string; xNaam: string; yNaam: string; eenheid: Eenheid; panelen: readonly Paneel[]; van?: string; tot?: string },
  opties?: Grafiekopties,
): Grafiek {
  const reeksen: Tijdreeks[] = invoer.panelen.flatMap((p) =>
    p.reeksen.map((r, i) => ({ naam: `${r.naam} ${p.naam}`, waarden: r.waarden, stijl: { kleur: p.stijl.kleur, ...BINNEN_PANEEL[i % BINNEN_PANEEL.length]! } })),
  );
  const basis = tijdgrafiek({ titel: invoer.titel, xNaam: invoer.xNaam, yNaam: invoer.yNaam, eenheid: invoer.eenheid, reeksen, van: invoer.van, tot: invoer.tot }, opties);
  const o = basis.option as { xAxis: Record<string, unknown>; yAxis: Record<string, unknown>; series: Array<Record<string, unknown>>; grid: Record<string, unknown> };
  const waarden = basis.tabel.rijen.flatMap(([, ...w]) => w.filter((x): x is number => typeof x === 'number' && !isAfgeschermd(x)));
  const max = rondeBovengrens(Math.max(0, ...waarden));
  const legendaNamen = reeksen.map((r) => r.naam);
  const boven = legendaRuimte(legendaNamen, opties?.print ? 680 : STANDAARD_BREEDTE) + 24;
  const top = (i: number) => boven + PANEELTITEL + i * (PANEEL_HOOGTE + PANEEL_TUSSEN);
  // Tall enough for the legend of a phone (it wraps to more lines; the panels move down with it).
  const extra = opties?.print ? 0 : Math.max(0, legendaRuimte(legendaNamen, 360) - legendaRuimte(legendaNamen, STANDAARD_BREEDTE));
  const n = invoer.panelen.length;
  const perPaneel = invoer.panelen.map((p) => p.reeksen.length);
  const paneelVan = (k: number) => {
    let rest = k;
    for (let i = 0; i < n; i++) {
      if (rest < perPaneel[i]!) return i;
      rest -= perPaneel[i]!;
    }
    return n - 1;
  };
  const option: EChartsCoreOption = {
    ...basis.option,
    legend: { top: 0, left: 0, type: 'plain', data: legendaNamen },
    title: invoer.panelen.map((p, i) => ({ text: p.naam, left: 0, top: top(i) - PANEELTITEL, textStyle: { fontSize: 13, fontWeight: 600, color: '#1a1a1a' } })),
    grid: invoer.panelen.map((_, i) => ({ left: 80, right: 24, top: top(i), height: PANEEL_HOOGTE, containLabel: false })),
    xAxis: invoer.panelen.map((_, i) => ({ ...o.xAxis, gridIndex: i, name: i === n - 1 ? invoer.xNaam : '', nameGap: 30 })),
    yAxis: invoer.panelen.map((_, i) => ({ ...o.yAxis, gridIndex: i, min: 0, max, nameGap: 56, name: invoer.yNaam })),
    series: o.series.map((s, k) => ({ ...s, xAxisIndex: paneelVan(k), yAxisIndex: paneelVan(k) })),
  };
  return { ...basis, option, hoogte: top(n - 1) + PANEEL_HOOGTE + 56 + extra + (basis.afgeschermd.length ? 24 : 0) };
}
