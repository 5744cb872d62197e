/// <reference path="./echarts-i18n.d.ts" />
// ECharts through echarts/core with only the parts the product uses (keeps the bundle small).
import { init, registerLocale, use as registreer, type ECharts } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langNL from 'echarts/i18n/langNL-obj.js';

registreer([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, AriaComponent, MarkLineComponent, SVGRenderer]);
registerLocale('NL', langNL as Parameters<typeof registerLocale>[1]);

export function maakEcharts(el: HTMLElement): ECharts {
  return init(el, undefined, { renderer: 'svg', locale: 'NL' });
}
export type { ECharts };
