import type { EChartsCoreOption } from 'echarts/core';
import { GEHEIM_MARKER, isAfgeschermd, MARKERING_UITLEG, type Markering } from '@pw/afscherming';
import { formatWaarde, type Eenheid } from '@pw/format';
import type { Reeksstijl } from './kleuren.ts';

/** Okabe–Ito: distinguishable with protanopia, deuteranopia and tritanopia, and in grey print. */
const KLEUREN = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

export interface Reeks {
  naam: string;
  waarden: Array<number | null>;
  /** `punt`: a dot plot (one dot per category, areas side by side on one scale). */
  soort?: 'lijn' | 'staaf' | 'vlak' | 'punt';
  /** The colour, line type and marker of an area (kleuren.ts): the same in every chart. */
  stijl?: Reeksstijl;
  /** Series with the same stack name are stacked. */
  stapel?: string;
  /** A target or benchmark line: dashed, no fill. */
  doel?: boolean;
  /**
   * The marker of a masked value (NaN, in print and exports) where it is known to be a cell's own
   * (`<5`); any other masked value shows as `x`.
   */
  markeringen?: Array<Markering | null>;
}

/** Everything a chart needs, already in Dutch: the option and the table are both made from this. */
export interface Grafiekinvoer {
  /** States the subject: "Uitkeringen per regeling, Dinkelland". */
  titel: string;
  /** Labels along the x axis (formatted periods or categories). */
  categorieen: string[];
  xNaam: string;
  yNaam: string;
  eenheid: Eenheid;
  reeksen: Reeks[];
  /** Bars run horizontally (long category names). */
  liggend?: boolean;
  /** Raw keys of the categories (ISO dates, months, years), for exports. */
  sleutels?: string[];
  /**
   * The categories are names (duurklassen, groups, parties), not periods: every label is shown,
   * wrapped where it is long, never dropped to avoid overlap. Periods may be thinned.
   */
  namen?: boolean;
}

export interface Tabel {
  bijschrift: string;
  kolommen: string[];
  /** Row header first, then one value per series. */
  rijen: Array<[string, ...Array<number | null>]>;
  eenheid: Eenheid;
  /** A unit per value column, where columns differ (counts next to percentages). */
  eenheden?: Eenheid[];
  /** The raw key of each row (an ISO date for a peildatum), for exports that keep dates as dates. */
  rijSleutels?: string[];
  /** Per row and value column, the marker of a masked (NaN) value where it is not `x`. */
  markeringen?: Array<Array<Markering | null>>;
}

/** The marker of a table cell: null when it has a value (or none), else `<5` or `x`. */
export function celMarkering(tabel: Tabel, rij: number, kolom: number): Markering | null {
  const w = tabel.rijen[rij]?.[kolom + 1];
  if (typeof w !== 'number' || !isAfgeschermd(w)) return null;
  return tabel.markeringen?.[rij]?.[kolom] ?? GEHEIM_MARKER;
}

export interface Grafiek {
  titel: string;
  option: EChartsCoreOption;
  tabel: Tabel;
  /** A sentence describing the chart for screen readers (ECharts' aria label). */
  beschrijving: string;
  /** The markers of masked values in the chart (for a note under it); empty when nothing is masked. */
  afgeschermd: Markering[];
  /** The height the chart needs in pixels, where it differs from the default (small multiples, many categories). */
  hoogte?: number;
  /** The legend would take more than two lines in a half-width card: the card takes the full width. */
  breed?: boolean;
}

/** Width of a half-width card's drawing area (two cards side by side on a 1366 px screen). */
const HALVE_BREEDTE = 520;

export interface Grafiekopties {
  /** For print: no animation, labels never cut. */
  print?: boolean;
}

/** The marker of a series' value, or null when it is not masked. */
function markeringVan(r: Reeks, i: number): Markering | null {
  const w = r.waarden[i];
  return typeof w === 'number' && isAfgeschermd(w) ? (r.markeringen?.[i] ?? GEHEIM_MARKER) : null;
}

function beschrijf(invoer: Grafiekinvoer): string {
  const n = invoer.categorieen.length;
  const tekst = (r: Reeks, i: number) => markeringVan(r, i) ?? formatWaarde(r.waarden[i]!, invoer.eenheid);
  const delen = invoer.reeksen.map((r) => {
    const eerste = r.waarden.findIndex((w) => w !== null);
    if (eerste < 0) return `${r.naam}: geen gegevens`;
    if (n > 1) {
      const laatste = r.waarden.length - 1 - [...r.waarden].reverse().findIndex((w) => w !== null);
      return `${r.naam}: ${tekst(r, eerste)} (${invoer.categorieen[eerste]}) tot ${tekst(r, laatste)} (${invoer.categorieen[laatste]})`;
    }
    return `${r.naam}: ${tekst(r, eerste)}`;
  });
  return `${invoer.titel}. ${invoer.yNaam} naar ${invoer.xNaam.toLowerCase()}. ${delen.join('; ')}. Alle getallen staan in de tabel achter de knop Toon als tabel.`;
}

function maakTabel(invoer: Grafiekinvoer): Tabel {
  const markeringen = invoer.reeksen.some((r) => r.markeringen?.some((m) => m !== null && m !== GEHEIM_MARKER))
    ? invoer.categorieen.map((_, i) => invoer.reeksen.map((r) => markeringVan(r, i)))
    : undefined;
  return {
    bijschrift: invoer.titel,
    kolommen: [invoer.xNaam, ...invoer.reeksen.map((r) => r.naam)],
    rijen: invoer.categorieen.map((c, i) => [c, ...invoer.reeksen.map((r) => r.waarden[i] ?? null)] as [string, ...Array<number | null>]),
    eenheid: invoer.eenheid,
    rijSleutels: invoer.sleutels,
    ...(markeringen ? { markeringen } : {}),
  };
}

/** HTML text for a tooltip (series names are ours, but a tooltip is HTML: escape anyway). */
const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The note under a chart with masked values: what each marker means. */
export function afschermingsnoot(markeringen: readonly Markering[]): string {
  return markeringen.map((m) => `${m}: ${MARKERING_UITLEG[m]}`).join(' · ');
}

/** Width of the chart's drawing area the legend is laid out for when the real width is not known (a half-width card). */
export const STANDAARD_BREEDTE = 640;
const LEGENDA_REGEL = 22;
/** Room for the title of a small chart in small multiples (veelvouden.ts), above its plot. */
export const PANEELTITEL = 22;

/**
 * The room the legend takes above the plot at a width: items are laid out left to right and wrap
 * (no paging: every series name stays visible). The estimate is generous (7 px per character).
 */
export function legendaRuimte(namen: readonly string[], breedte: number): number {
  const beschikbaar = Math.max(160, breedte - 16);
  let regels = namen.length ? 1 : 0;
  let x = 0;
  for (const n of namen) {
    const w = 25 + 5 + n.length * 7 + 10;
    if (x > 0 && x + w > beschikbaar) {
      regels += 1;
      x = 0;
    }
    x += w;
  }
  return regels * LEGENDA_REGEL + 8;
}

/**
 * The option laid out for a width in pixels: the plot starts below the wrapped legend. Pure, so a
 * chart can call it when its box changes size (a phone, a half-width card).
 */
export function passendeOptie(option: EChartsCoreOption, breedte: number): EChartsCoreOption {
  const o = option as { legend?: { data?: string[]; show?: boolean }; series?: Array<{ name?: string }>; grid?: unknown; title?: unknown };
  if (!o.legend || o.legend.show === false) return option;
  const namen = o.legend.data ?? (o.series ?? []).map((r) => r.name ?? '');
  if (Array.isArray(o.grid)) {
    // Small multiples: every panel (and its title) moves by what the legend gains or loses.
    const grids = o.grid as Array<{ top: number }>;
    const verschuiving = legendaRuimte(namen, breedte) + 24 + PANEELTITEL - (grids[0]?.top ?? 0);
    const titels = Array.isArray(o.title) ? (o.title as Array<{ top: number }>) : [];
    return { ...option, grid: grids.map((g) => ({ ...g, top: g.top + verschuiving })), title: titels.map((t) => ({ ...t, top: t.top + verschuiving })) };
  }
  const grid = o.grid as Record<string, unknown>;
  return { ...option, grid: { ...grid, top: legendaRuimte(namen, breedte) + 24 } };
}

/** The ECharts option for a chart: axes with names and units, a legend, Dutch number labels, aria on. */
export function maakGrafiek(invoer: Grafiekinvoer, opties: Grafiekopties = {}): Grafiek {
  const fmt = (v: number | string | null | undefined) => (typeof v === 'number' ? formatWaarde(v, invoer.eenheid) : (v ?? '–'));
  // Names (not periods) are never dropped: every label (interval 0), wrapped at 150 px on a
  // horizontal bar chart. Periods may be thinned to avoid overlap; the table has them all.
  const labelBreedte = 150;
  const categorieAs = {
    type: 'category',
    name: invoer.xNaam,
    // Horizontal: the axis name stands above the labels (the axis runs top to bottom).
    nameLocation: invoer.liggend ? 'start' : 'middle',
    nameGap: invoer.liggend ? 10 : 30,
    ...(invoer.liggend ? { nameTextStyle: { align: 'right', fontWeight: 600 } } : {}),
    data: invoer.categorieen,
    axisLabel: invoer.namen ? { interval: 0, ...(invoer.liggend ? { width: labelBreedte, overflow: 'break' } : {}) } : { hideOverlap: true },
  };
  const waardeAs = { type: 'value', name: invoer.yNaam, nameLocation: 'middle', nameGap: invoer.liggend ? 30 : 64, axisLabel: { formatter: fmt } };
  const legendaNamen = invoer.reeksen.map((r) => r.naam);
  const beschrijving = beschrijf(invoer);
  // Masked values (NaN: in print and exports) are drawn without their value: a gap, no bar, no
  // label; the tooltip and a note under the chart give the marker instead.
  const afgeschermd = [...new Set(invoer.reeksen.flatMap((r) => r.waarden.map((_, i) => markeringVan(r, i)).filter((m): m is Markering => m !== null)))].sort();
  const data = (r: Reeks) => r.waarden.map((w, i) => (markeringVan(r, i) ? { value: null, markering: markeringVan(r, i) } : w));
  const tooltip = afgeschermd.length
    ? {
        trigger: 'axis',
        formatter: (params: Array<{ axisValueLabel: string; seriesName: string; marker: string; value: unknown; data: unknown }>) =>
          [
            html(params[0]?.axisValueLabel ?? ''),
            ...params.map((p) => {
              const m = (p.data as { markering?: Markering } | null)?.markering;
              return `${p.marker}${html(p.seriesName)}: ${html(m ?? fmt(typeof p.value === 'number' ? p.value : null))}`;
            }),
          ].join('<br>'),
        valueFormatter: undefined,
      }
    : // Both keys always: a chart on screen merges a new option into its tooltip (see @pw/ui Grafiek), so an absent key would keep the previous one.
      { trigger: 'axis', formatter: undefined, valueFormatter: fmt };
  const option: EChartsCoreOption = {
    // No animation: a change of filter must redraw every chart at once (and print has none either).
    animation: false,
    color: KLEUREN,
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: beschrijving } },
    grid: {
      left: invoer.liggend ? labelBreedte + 16 : 80,
      right: 24,
      top: legendaRuimte(legendaNamen, opties.print ? 680 : STANDAARD_BREEDTE) + 24,
      bottom: (invoer.liggend ? 48 : 56) + (afgeschermd.length ? 24 : 0),
      containLabel: false,
    },
    // A plain legend wraps (no paging with arrows): every series name stays readable and printable.
    legend: { top: 0, left: 0, type: 'plain', data: legendaNamen },
    tooltip,
    ...(afgeschermd.length ? { graphic: [{ type: 'text', left: 8, bottom: 4, style: { text: afschermingsnoot(afgeschermd), fontSize: 11, fill: '#333' } }] } : {}),
    xAxis: invoer.liggend ? waardeAs : categorieAs,
    yAxis: invoer.liggend ? { ...categorieAs, inverse: true } : waardeAs,
    series: invoer.reeksen.map((r) => reeksOptie(r, afgeschermd.length ? data(r) : r.waarden, invoer.categorieen.length)),
  };
  const breed = legendaRuimte(legendaNamen, HALVE_BREEDTE) > 2 * LEGENDA_REGEL + 8;
  return { titel: invoer.titel, option, tabel: maakTabel(invoer), beschrijving, afgeschermd, ...(invoer.liggend ? { hoogte: liggendeHoogte(invoer) } : {}), ...(breed ? { breed } : {}) };
}

/** A horizontal bar chart or dot plot is as tall as its categories need (at least the default 360 px). */
function liggendeHoogte(invoer: Grafiekinvoer): number {
  const perCategorie = invoer.reeksen.some((r) => r.soort === 'punt') ? 36 : Math.max(28, 14 * invoer.reeksen.length + 10);
  return Math.max(360, invoer.categorieen.length * perCategorie + legendaRuimte(invoer.reeksen.map((r) => r.naam), STANDAARD_BREEDTE) + 24 + 56);
}

/** One series: its type, and the area's colour, line type and marker where it has a style. */
function reeksOptie(r: Reeks, data: unknown[], punten: number): Record<string, unknown> {
  const s = r.stijl;
  const lijn = r.doel ? { type: s?.lijn === 'solid' || !s ? 'dashed' : s.lijn, width: 2 } : s ? { type: s.lijn, width: 2 } : undefined;
  return {
    name: r.naam,
    type: r.soort === 'staaf' ? 'bar' : r.soort === 'punt' ? 'scatter' : 'line',
    data,
    stack: r.stapel,
    areaStyle: r.soort === 'vlak' ? {} : undefined,
    ...(r.soort === 'punt' ? { symbol: s?.symbool ?? 'circle', symbolSize: 12 } : r.soort === 'staaf' ? {} : { showSymbol: (r.soort ?? 'lijn') === 'lijn' && punten <= 24, ...(s && s.symbool !== 'none' ? { symbol: s.symbool, symbolSize: 6 } : {}) }),
    ...(r.soort === 'staaf' || r.soort === 'punt' ? {} : { lineStyle: s ? { ...lijn, color: s.kleur } : lijn }),
    ...(s ? { itemStyle: { color: s.kleur } } : {}),
    connectNulls: false,
    emphasis: { focus: 'series' },
  };
}
