import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { buigPerJaar, participatieEnReintegratiePerJaar, uitputtingGrafiek } from '../src/budget.ts';

const f = (indicator: string, periode: string, categorie: string, waarde: number): Figuur => ({
  indicator, gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode, dimensie: 'soort', categorie, waarde,
});
// Dinkelland's real BUIG and Participatie figures for 2020–2021 from the demo package; 2022 without a realisation.
const jaarrijen = [
  f('budget_begroot', '2020', 'BUIG', 3_274_086), f('budget_gerealiseerd', '2020', 'BUIG', 3_483_238.41),
  f('budget_begroot', '2021', 'BUIG', 3_376_733), f('budget_gerealiseerd', '2021', 'BUIG', 3_464_051.25),
  f('budget_begroot', '2022', 'BUIG', 3_451_906),
  f('budget_begroot', '2020', 'Participatie', 2_203_601), f('budget_gerealiseerd', '2020', 'Participatie', 2_079_239.67),
  f('budget_begroot', '2021', 'Participatie', 2_137_807), f('budget_gerealiseerd', '2021', 'Participatie', 2_091_647.07),
  f('budget_begroot', '2021', 're-integratie', 289_225), f('budget_gerealiseerd', '2021', 're-integratie', 297_624.54),
  // Another area's figure must not leak in.
  { ...f('budget_begroot', '2020', 'BUIG', 1), gemeente_code: 'GM0183' },
];

type Optie = { xAxis: { name: string; data: string[] }; yAxis: { name: string; axisLabel: { formatter: (v: number) => string } }; legend: object; series: Array<{ name: string; type: string; data: Array<number | null>; lineStyle?: { type: string } }> };

describe('BUIG per year', () => {
  it('states subject and area, has named axes with units, and budget, uitkeringslasten and saldo per year', () => {
    const g = buigPerJaar(jaarrijen, 'GM1774', 'Dinkelland');
    expect(g.titel).toBe('BUIG: budget en uitkeringslasten per jaar, Dinkelland');
    const o = g.option as Optie;
    expect(o.xAxis.name).toBe('Jaar');
    expect(o.xAxis.data).toEqual(['2020', '2021', '2022']);
    expect(o.yAxis.name).toBe('Bedrag (euro)');
    expect(o.yAxis.axisLabel.formatter(3_274_086)).toBe('€\u00a03.274.086');
    expect(o.legend).toBeDefined();
    expect(o.series.map((s) => [s.name, s.type])).toEqual([
      ['BUIG-budget (begroot)', 'bar'],
      ['Uitkeringslasten (gerealiseerd)', 'bar'],
      ['Saldo (overschot +, tekort −)', 'line'],
    ]);
    expect(o.series[0]!.data).toEqual([3_274_086, 3_376_733, 3_451_906]);
    // 2022 has no realisation yet: a gap, not 0, and no saldo.
    expect(o.series[1]!.data[2]).toBeNull();
    expect(o.series[2]!.data[0]).toBeCloseTo(-209_152.41, 2);
    expect(o.series[2]!.data[2]).toBeNull();
  });

  it('gives the same numbers as a table', () => {
    const g = buigPerJaar(jaarrijen, 'GM1774', 'Dinkelland');
    expect(g.tabel.kolommen).toEqual(['Jaar', 'BUIG-budget (begroot)', 'Uitkeringslasten (gerealiseerd)', 'Saldo (overschot +, tekort −)']);
    expect(g.tabel.rijen[2]).toEqual(['2022', 3_451_906, null, null]);
    expect(g.tabel.eenheid).toBe('euro');
  });
});

describe('Participatiebudget and re-integratie per year', () => {
  it('has begroot and gerealiseerd bars for both soorten, with gaps where a year is missing', () => {
    const g = participatieEnReintegratiePerJaar(jaarrijen, 'GM1774', 'Dinkelland');
    expect(g.titel).toBe('Participatiebudget en re-integratie: begroot en gerealiseerd per jaar, Dinkelland');
    const o = g.option as Optie;
    expect(o.xAxis.data).toEqual(['2020', '2021']);
    expect(o.series.map((s) => s.name)).toEqual([
      'Participatiebudget begroot',
      'Participatiebudget gerealiseerd',
      'Re-integratie (trajecten) begroot',
      'Re-integratie (trajecten) gerealiseerd',
    ]);
    expect(o.series[0]!.data).toEqual([2_203_601, 2_137_807]);
    expect(o.series[2]!.data).toEqual([null, 289_225]);
    expect(o.series[3]!.data).toEqual([null, 297_624.54]);
  });
});

describe('uitputting through the year', () => {
  const maand = (periode: string, waarde: number) => f('budget_gerealiseerd_maand', periode, 'Participatie', waarde);
  const p = (jaar: number, m: number) => `${jaar}-${String(m).padStart(2, '0')}`;
  // Earlier years: 50 a month in January–June, 150 after (a quarter of the year by June); 2024: 60 a month.
  const patroon = [2022, 2023].flatMap((j) => Array.from({ length: 12 }, (_, i) => maand(p(j, i + 1), i < 6 ? 50 : 150)));
  const dit = Array.from({ length: 6 }, (_, i) => maand(p(2024, i + 1), 60));
  const rijen = [...patroon, ...dit, f('budget_begroot', '2024', 'Participatie', 1200)];
  const keuze = { code: 'GM1774', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' };

  it('shows cumulative spending, the budget as a dashed line and both forecasts to December', () => {
    const g = uitputtingGrafiek(rijen, keuze, 'Dinkelland');
    expect(g.titel).toBe('Participatiebudget: uitgaven tot en met juni 2024 en prognose tegen de begroting, Dinkelland');
    const o = g.option as Optie;
    expect(o.xAxis.data[0]).toBe('jan 2024');
    expect(o.xAxis.data).toHaveLength(12);
    expect(o.yAxis.name).toBe('Bedrag (euro)');
    expect(o.series.map((s) => s.name)).toEqual(['Gerealiseerd (cumulatief)', 'Begroting 2024', 'Prognose lineair', 'Prognose seizoenspatroon (2022, 2023)']);
    expect(o.series[0]!.data).toEqual([60, 120, 180, 240, 300, 360, null, null, null, null, null, null]);
    expect(o.series[1]!.lineStyle?.type).toBe('dashed');
    expect(o.series[1]!.data.every((v) => v === 1200)).toBe(true);
    expect(o.series[2]!.data.slice(4)).toEqual([null, 360, 420, 480, 540, 600, 660, 720]);
    expect(o.series[3]!.data[5]).toBeCloseTo(360, 8);
    expect(o.series[3]!.data[11]).toBeCloseTo(1440, 8);
    expect(g.tabel.rijen[11]![0]).toBe('dec 2024');
  });

  it('leaves out the seasonal line without an earlier complete year, and both forecasts over a whole year', () => {
    const zonder = uitputtingGrafiek([...dit, f('budget_begroot', '2024', 'Participatie', 1200)], keuze, 'Dinkelland');
    expect((zonder.option as Optie).series.map((s) => s.name)).toEqual(['Gerealiseerd (cumulatief)', 'Begroting 2024', 'Prognose lineair']);
    const heel = uitputtingGrafiek(rijen, { ...keuze, jaar: 2023, peildatum: '2024-07-01' }, 'Dinkelland');
    expect(heel.titel).toBe('Participatiebudget: uitgaven over heel 2023 tegen de begroting, Dinkelland');
    const o = heel.option as Optie;
    expect(o.series.map((s) => s.name)).toEqual(['Gerealiseerd (cumulatief)', 'Begroting 2023']);
    expect(o.series[0]!.data[11]).toBe(1200);
    // No budget for 2023 in these figures: the line has no values rather than zeros.
    expect(o.series[1]!.data.every((v) => v === null)).toBe(true);
  });
});
