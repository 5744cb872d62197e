import { useContext, useEffect, useId, useRef, useState } from 'react';
import { afschermingsnoot, passendeOptie, type Grafiek as GrafiekData } from '@pw/charts';
import { GrafiekInstelling } from './instelling.ts';
import type { ECharts } from './echarts.ts';
import { Bron } from './Bron.tsx';
import { Tabel } from './Tabel.tsx';
import { ExportKnoppen } from './Export.tsx';
import { VerzamelContext } from './tweeling.ts';

/** In a report a chart is drawn lower (a view fits two A4 pages with its tables). */
const DRUK_HOOGTE = 0.55;
const DRUK_MINSTE_HOOGTE = 210;
/** The print width of a chart beside its table: about 95 mm of the page's 182 mm. */
const DRUK_BREEDTE = 360;

/**
 * How a drawn chart takes a new option (another area or peildatum, another width): the parts an
 * option describes in full are replaced, the rest (tooltip, aria) is merged. Replacing everything
 * (`notMerge`) also rebuilt the tooltip, whose set-up measures the page: a forced layout per chart,
 * about 20 ms of every change of choice on a page with five charts. Every option the charts package
 * makes sets the same tooltip and aria keys, so a merge leaves nothing of the previous one.
 */
const BIJWERKEN = { replaceMerge: ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'title', 'graphic'] };

/**
 * A chart with its title, the same numbers as a table (behind a keyboard-reachable button, for
 * everyone including screen readers) and its source. The chart itself is an image to assistive
 * technology, described by ECharts' aria label, which points to the table. Masked values (in print
 * and exports) are drawn without their value, with a note saying what the markers mean. In an
 * export twin (tweeling.ts) it does not draw, it registers what it would show.
 */
export function Grafiek({ grafiek, bron, periode, hoogte: gevraagd }: { grafiek: GrafiekData; bron: string; periode?: string; hoogte?: number }) {
  const hoogte = Math.max(gevraagd ?? 360, grafiek.hoogte ?? 0);
  const titelId = useId();
  const tabelId = useId();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const huidige = useRef(grafiek);
  const breedte = useRef(0);
  const instelling = useContext(GrafiekInstelling);
  const druk = useRef(instelling.druk);
  const verzameling = useContext(VerzamelContext);
  const [tabelZichtbaar, setTabelZichtbaar] = useState(instelling.tabellen || instelling.druk);

  useEffect(() => verzameling?.registreer({ tabel: grafiek.tabel, grafiek }), [verzameling, grafiek]);

  useEffect(() => {
    const vlak = el.current;
    if (!vlak) return;
    let c: ECharts | null = null;
    let waarnemer: ResizeObserver | null = null;
    let weg = false;
    const teken = async () => {
      // ECharts is a chunk of its own (about 40% of the app's code): the first view's tiles and
      // text do not wait for it to load and compile.
      const { maakEcharts } = await import('./echarts.ts');
      if (weg) return;
      c = maakEcharts(vlak);
      chart.current = c;
      const b = vlak.clientWidth;
      breedte.current = b;
      c.setOption(optieVoor(huidige.current, b, druk.current), { notMerge: true });
      // On a change of width the legend is laid out again (it wraps: more lines on a phone). The
      // observer also reports the size it starts with: drawing again at the same size cost 10 to
      // 30 ms a chart on every page load, for nothing.
      let getekendeHoogte = vlak.clientHeight;
      waarnemer = new ResizeObserver(() => {
        const b = vlak.clientWidth;
        const h = vlak.clientHeight;
        if (Math.abs(b - breedte.current) <= 1 && h === getekendeHoogte) return;
        getekendeHoogte = h;
        if (b && Math.abs(b - breedte.current) > 1) {
          breedte.current = b;
          c?.setOption(optieVoor(huidige.current, b, druk.current), BIJWERKEN);
        }
        c?.resize();
      });
      waarnemer.observe(vlak);
    };
    // On screen each chart is first drawn in a task of its own after the next paint, so the page's
    // tiles and text show first (drawing takes 20 to 60 ms a chart) and the charts follow. In print
    // at once: a report is printed when its charts are drawn.
    let frame = 0;
    let taak: ReturnType<typeof setTimeout> | undefined;
    if (druk.current) void teken();
    else frame = requestAnimationFrame(() => (taak = setTimeout(() => void teken(), 0)));
    return () => {
      weg = true;
      cancelAnimationFrame(frame);
      clearTimeout(taak);
      waarnemer?.disconnect();
      c?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    huidige.current = grafiek;
    druk.current = instelling.druk;
    // Before the first drawing there is no chart yet: it draws `huidige` when it is made.
    if (!chart.current) return;
    // The width the chart was drawn at, kept by its ResizeObserver: reading clientWidth here would
    // force a layout of the page after every chart before it had changed its SVG (five charts:
    // five layouts on one change of choice).
    chart.current.setOption(optieVoor(grafiek, breedte.current, instelling.druk), BIJWERKEN);
  }, [grafiek, instelling.druk]);

  if (verzameling) return null;
  // In print a chart stands beside its table (for a monthly series its last 13 months): a view fits about two A4 pages.
  const naast = instelling.druk;
  return (
    // On screen a half-width card takes the full width when its legend would not fit or its table is open;
    // in print a chart stands beside its table.
    <figure className={naast ? 'grafiek grafiek-naast' : grafiek.breed || tabelZichtbaar ? 'grafiek breed' : 'grafiek'} aria-labelledby={titelId}>
      <h3 id={titelId} className="grafiek-titel">
        {grafiek.titel}
      </h3>
      <div ref={el} className="grafiek-vlak" style={{ height: naast ? Math.max(DRUK_MINSTE_HOOGTE, Math.round(hoogte * DRUK_HOOGTE)) : hoogte, width: naast ? DRUK_BREEDTE : undefined }} role="img" aria-label={grafiek.beschrijving} data-chart="echarts" />
      {grafiek.afgeschermd.length ? <p className="afscherming-noot">Afgeschermd: {afschermingsnoot(grafiek.afgeschermd)}.</p> : null}
      {instelling.druk ? null : (
        <>
          <button type="button" className="knop-klein" aria-expanded={tabelZichtbaar} aria-controls={tabelId} onClick={() => setTabelZichtbaar((z) => !z)}>
            {tabelZichtbaar ? 'Verberg tabel' : 'Toon als tabel'}
          </button>
          <ExportKnoppen tabel={grafiek.tabel} grafiek={{ element: el, data: grafiek }} />
        </>
      )}
      <Tabel tabel={grafiek.tabel} id={tabelId} verborgen={!tabelZichtbaar && !instelling.druk} exporteerbaar={false} bijGrafiek />
      <Bron bron={bron} periode={periode} />
    </figure>
  );
}

/**
 * The tooltip's container: the chart's own box, where ECharts puts it anyway. Named, ECharts no
 * longer reads the box's computed style on every update (to make it `position: relative`), which
 * forced a style calculation of the page per chart on each change of choice (10 ms on Uitkeringen).
 */
const binnenGrafiek = (dom: HTMLElement) => dom;

/** The option to draw: as printed (beside its table), or laid out again for the width on screen. */
function optieVoor(grafiek: GrafiekData, breedte: number, druk: boolean): GrafiekData['option'] {
  if (druk) return drukOptie(grafiek.option);
  const optie = breedte ? passendeOptie(grafiek.option, breedte) : grafiek.option;
  const tooltip = optie.tooltip;
  return tooltip && typeof tooltip === 'object' && !Array.isArray(tooltip) ? { ...optie, tooltip: { ...tooltip, appendTo: binnenGrafiek } } : optie;
}

/**
 * The option as printed, beside its table: a legend never pages (a paging control means nothing
 * on paper) and gets room above the plot; the labels of a few categories are all shown, wrapped,
 * never dropped; the note on masked values is not drawn inside the chart, since the figure prints
 * it under the chart.
 */
function drukOptie(option: GrafiekData['option']): GrafiekData['option'] {
  const object = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
  const elk = (x: unknown, f: (o: Record<string, unknown>) => Record<string, unknown>) => (Array.isArray(x) ? x.map((o) => (object(o) ? f(o) : o)) : object(x) ? f(x) : x);
  const { legend, graphic, grid, xAxis, yAxis, ...rest } = option;
  const vlak = (l: Record<string, unknown>) => ({ ...l, type: 'plain', itemGap: 6, textStyle: { fontSize: 9 } });
  const as = (a: Record<string, unknown>) => {
    const n = Array.isArray(a.data) ? a.data.length : 0;
    if (a.type !== 'category' || n === 0 || n > 12) return a;
    const label = object(a.axisLabel) ? a.axisLabel : {};
    return { ...a, axisLabel: { ...label, interval: 0, fontSize: 9, ...(a === xAs ? { width: Math.max(36, Math.floor(260 / n)), overflow: 'break' } : { width: 110, overflow: 'break' }) } };
  };
  const xAs = Array.isArray(xAxis) ? xAxis[0] : xAxis;
  return {
    ...rest,
    ...(legend === undefined ? {} : { legend: elk(legend, vlak) }),
    ...(grid === undefined ? {} : { grid: elk(grid, (g) => ({ ...g, top: legend === undefined ? g.top : 64, bottom: graphic && typeof g.bottom === 'number' ? g.bottom - 24 : g.bottom })) }),
    ...(xAxis === undefined ? {} : { xAxis: elk(xAxis, as) }),
    ...(yAxis === undefined ? {} : { yAxis: elk(yAxis, as) }),
  };
}
