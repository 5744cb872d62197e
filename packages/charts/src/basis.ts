import type { EChartsCoreOption } from 'echarts/core';
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
}

export interface Grafiek {
  titel: string;
  option: EChartsCoreOption;
  tabel: Tabel;
  /** A sentence describing the chart for screen readers (ECharts' aria label). */
  beschrijving: string;
}

export interface Grafiekopties {
  /** For print: no animation, labels never cut. */
  print?: boolean;
}

function beschrijf(invoer: Grafiekinvoer): string {
  const n = invoer.categorieen.length;
  const delen = invoer.reeksen.map((r) => {
    const waarden = r.waarden.filter((w): w is number => w !== null);
    if (waarden.length === 0) return `${r.naam}: geen gegevens`;
    if (n > 1) {
      const eerste = r.waarden.findIndex((w) => w !== null);
      const laatste = r.waarden.length - 1 - [...r.waarden].reverse().findIndex((w) => w !== null);
      return `${r.naam}: ${formatWaarde(r.waarden[eerste]!, invoer.eenheid)} (${invoer.categorieen[eerste]}) tot ${formatWaarde(r.waarden[laatste]!, invoer.eenheid)} (${invoer.categorieen[laatste]})`;
    }
    return `${r.naam}: ${formatWaarde(waarden[0]!, invoer.eenheid)}`;
  });
  return `${invoer.titel}. ${invoer.yNaam} naar ${invoer.xNaam.toLowerCase()}. ${delen.join('; ')}. Alle getallen staan in de tabel achter de knop Toon als tabel.`;
}

function maakTabel(invoer: Grafiekinvoer): Tabel {
  return {
    bijschrift: invoer.titel,
    kolommen: [invoer.xNaam, ...invoer.reeksen.map((r) => r.naam)],
    rijen: invoer.categorieen.map((c, i) => [c, ...invoer.reeksen.map((r) => r.waarden[i] ?? null)] as [string, ...Array<number | null>]),
    eenheid: invoer.eenheid,
    rijSleutels: invoer.sleutels,
  };
}

/** The ECharts option for a chart: axes with names and units, a legend, Dutch number labels, aria on. */
export function maakGrafiek(invoer: Grafiekinvoer, opties: Grafiekopties = {}): Grafiek {
  const fmt = (v: number | string | null | undefined) => (typeof v === 'number' ? formatWaarde(v, invoer.eenheid) : (v ?? '–'));
  const categorieAs = { type: 'category', name: invoer.xNaam, nameLocation: 'middle', nameGap: invoer.liggend ? 110 : 30, data: invoer.categorieen, axisLabel: { hideOverlap: true } };
  const waardeAs = { type: 'value', name: invoer.yNaam, nameLocation: 'middle', nameGap: invoer.liggend ? 30 : 64, axisLabel: { formatter: fmt } };
  const beschrijving = beschrijf(invoer);
  const option: EChartsCoreOption = {
    // No animation: a change of filter must redraw every chart at once (and print has none either).
    animation: false,
    color: KLEUREN,
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: beschrijving } },
    grid: { left: invoer.liggend ? 130 : 80, right: 24, top: 48, bottom: invoer.liggend ? 48 : 56, containLabel: false },
    legend: { top: 0, type: opties.print ? 'plain' : 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: invoer.liggend ? waardeAs : categorieAs,
    yAxis: invoer.liggend ? { ...categorieAs, inverse: true } : waardeAs,
    series: invoer.reeksen.map((r) => ({
      name: r.naam,
      type: r.soort === 'staaf' ? 'bar' : 'line',
      data: r.waarden,
      stack: r.stapel,
      areaStyle: r.soort === 'vlak' ? {} : undefined,
      showSymbol: r.soort === 'lijn' && invoer.categorieen.length <= 24,
      lineStyle: r.doel ? { type: 'dashed', width: 2 } : undefined,
      connectNulls: false,
      emphasis: { focus: 'series' },
    })),
  };
  return { titel: invoer.titel, option, tabel: maakTabel(invoer), beschrijving };
}
