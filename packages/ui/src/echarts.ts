/// <reference path="./echarts-i18n.d.ts" />
// ECharts through echarts/core with only the parts the product uses (keeps the bundle small).
import { init, registerLocale, use as registreer, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langNL from 'echarts/i18n/langNL-obj.js';

registreer([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, AriaComponent, MarkLineComponent, GraphicComponent, SVGRenderer]);
registerLocale('NL', langNL as Parameters<typeof registerLocale>[1]);

export function maakEcharts(el: HTMLElement): ECharts {
  return init(el, undefined, { renderer: 'svg', locale: 'NL' });
}

/** A chart drawn off screen as SVG text (ECharts' server-side rendering, also in the browser): for a masked PNG. */
export function svgVanOptie(option: EChartsCoreOption, breedte: number, hoogte: number): string {
  const c = init(null, undefined, { renderer: 'svg', ssr: true, width: breedte, height: hoogte, locale: 'NL' });
  try {
    c.setOption(option);
    return c.renderToSVGString();
  } finally {
    c.dispose();
  }
}
export type { ECharts };
