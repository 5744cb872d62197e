import type { EChartsCoreOption } from 'echarts/core';
import { GEHEIM_MARKER, isAfgeschermd, MARKERING_UITLEG, type Markering } from '@pw/afscherming';
import { formatWaarde, type Eenheid } from '@pw/format';

/** Okabe–Ito: distinguishable with protanopia, deuteranopia and tritanopia, and in grey print. */
const KLEUREN = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

export interface Reeks {
  naam: string;
  waarden: Array<number | null>;
  soort?: 'lijn' | 'staaf' | 'vlak';
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
}

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

/** The ECharts option for a chart: axes with names and units, a legend, Dutch number labels, aria on. */
export function maakGrafiek(invoer: Grafiekinvoer, opties: Grafiekopties = {}): Grafiek {
  const fmt = (v: number | string | null | undefined) => (typeof v === 'number' ? formatWaarde(v, invoer.eenheid) : (v ?? '–'));
  const categorieAs = { type: 'category', name: invoer.xNaam, nameLocation: 'middle', nameGap: invoer.liggend ? 110 : 30, data: invoer.categorieen, axisLabel: { hideOverlap: true } };
  const waardeAs = { type: 'value', name: invoer.yNaam, nameLocation: 'middle', nameGap: invoer.liggend ? 30 : 64, axisLabel: { formatter: fmt } };
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
      }
    : { trigger: 'axis', valueFormatter: fmt };
  const option: EChartsCoreOption = {
    // No animation: a change of filter must redraw every chart at once (and print has none either).
    animation: false,
    color: KLEUREN,
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: beschrijving } },
    grid: { left: invoer.liggend ? 130 : 80, right: 24, top: 48, bottom: (invoer.liggend ? 48 : 56) + (afgeschermd.length ? 24 : 0), containLabel: false },
    legend: { top: 0, type: opties.print ? 'plain' : 'scroll' },
    tooltip,
    ...(afgeschermd.length ? { graphic: [{ type: 'text', left: 8, bottom: 4, style: { text: afschermingsnoot(afgeschermd), fontSize: 11, fill: '#333' } }] } : {}),
    xAxis: invoer.liggend ? waardeAs : categorieAs,
    yAxis: invoer.liggend ? { ...categorieAs, inverse: true } : waardeAs,
    series: invoer.reeksen.map((r) => ({
      name: r.naam,
      type: r.soort === 'staaf' ? 'bar' : 'line',
      data: afgeschermd.length ? data(r) : r.waarden,
      stack: r.stapel,
      areaStyle: r.soort === 'vlak' ? {} : undefined,
      showSymbol: r.soort === 'lijn' && invoer.categorieen.length <= 24,
      lineStyle: r.doel ? { type: 'dashed', width: 2 } : undefined,
      connectNulls: false,
      emphasis: { focus: 'series' },
    })),
  };
  return { titel: invoer.titel, option, tabel: maakTabel(invoer), beschrijving, afgeschermd };
}
