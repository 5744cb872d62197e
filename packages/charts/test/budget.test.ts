import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { buigPerJaar, buigSaldoPerJaar, buigSaldoPerLid, participatieEnReintegratiePerJaar, uitputtingGrafiek } from '../src/budget.ts';

const f = (indicator: string, periode: string, categorie: string, waarde: number, code = 'GM1774', dimensie = 'soort'): Figuur => ({
  indicator, gemeente_code: code, gemeente_naam: code, periode, dimensie, categorie, waarde,
});
// Dinkelland's real BUIG and Participatie figures for 2020–2021 from the demo package; 2022 without a realisation.
const jaarrijen = [
  f('budget_begroot', '2020', 'BUIG', 3_274_086), f('budget_gerealiseerd', '2020', 'BUIG', 3_483_238.41),
  f('budget_begroot', '2020', 'BUIG|meicirculaire 2019', 3_274_086, 'GM1774', 'versie'),
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
  it('states subject and area, has named axes with units, and the budget and the netto lasten per year; no saldo on this axis', () => {
    const g = buigPerJaar(jaarrijen, 'GM1774', 'Dinkelland', '2022-06-01');
    expect(g.titel).toBe('BUIG: budget en netto lasten per jaar, Dinkelland');
    const o = g.option as Optie;
    expect(o.xAxis.name).toBe('Jaar');
    expect(o.xAxis.data).toEqual(['2020', '2021', '2022']);
    expect(o.yAxis.name).toBe('Bedrag (euro)');
    expect(o.yAxis.axisLabel.formatter(3_274_086)).toBe('€\u00a03.274.086');
    expect(o.legend).toBeDefined();
    expect(o.series.map((s) => [s.name, s.type])).toEqual([
      ['Budget van het Rijk', 'bar'],
      ['Netto lasten (gerealiseerd)', 'bar'],
    ]);
    expect(o.series[0]!.data).toEqual([3_274_086, 3_376_733, 3_451_906]);
    // 2022 has no realisation: a gap, not 0.
    expect(o.series[1]!.data).toEqual([3_483_238.41, 3_464_051.25, null]);
    expect(g.tabel.rijen[2]).toEqual(['2022', 3_451_906, null]);
    expect(g.tabel.eenheid).toBe('euro');
  });

  it('shows the lasten of a year the peildatum falls in up to the last month, labelled so; never the full year', () => {
    const rijen = [...jaarrijen, f('budget_gerealiseerd_cumulatief', '2021-11', 'BUIG', 3_170_000)];
    const o = buigPerJaar(rijen, 'GM1774', 'Dinkelland', '2021-12-01').option as Optie;
    expect(o.xAxis.data).toEqual(['2020', '2021 (t/m nov)', '2022']);
    expect(o.series[1]!.data).toEqual([3_483_238.41, 3_170_000, null]);
  });

  it('names the I-deel WWB for years before 2015', () => {
    const oud = [f('budget_begroot', '2014', 'BUIG', 100, 'GM0361'), f('budget_begroot', '2015', 'BUIG', 110, 'GM0361')];
    expect(buigPerJaar(oud, 'GM0361', 'Alkmaar', '2024-12-01').titel).toBe('BUIG (vóór 2015: I-deel WWB): budget en netto lasten per jaar, Alkmaar');
    expect(buigPerJaar(oud.slice(0, 1), 'GM0361', 'Alkmaar', '2024-12-01').titel).toBe('I-deel WWB: budget en netto lasten per jaar, Alkmaar');
  });
});

describe('BUIG saldo on its own scale', () => {
  it('has the saldo per whole year as bars and the vangnet threshold of each year as a dashed line', () => {
    const g = buigSaldoPerJaar(jaarrijen, 'GM1774', 'Dinkelland', '2022-06-01');
    expect(g.titel).toBe('Saldo BUIG per jaar (overschot +, tekort −), Dinkelland');
    const o = g.option as Optie;
    expect(o.yAxis.name).toBe('Saldo (euro)');
    expect(o.xAxis.data).toEqual(['2020', '2021']);
    expect(o.series.map((s) => [s.name, s.type])).toEqual([
      ['Saldo (overschot +, tekort −)', 'bar'],
      ['Vangnetdrempel (tekort als deel van het budget)', 'line'],
    ]);
    expect(o.series[0]!.data[0]).toBeCloseTo(-209_152.41, 2);
    // 2019–2024: a tekort of more than 7,5% of the budget.
    expect(o.series[1]!.data[0]).toBeCloseTo(-0.075 * 3_274_086, 2);
    expect(o.series[1]!.lineStyle?.type).toBe('dashed');
  });
});

describe('a cooperation: each member\'s saldo, never one netted saldo', () => {
  it('has one series per member and none for their sum', () => {
    const rijen = [
      ...jaarrijen.filter((r) => r.gemeente_code === 'GM1774'),
      f('budget_begroot', '2020', 'BUIG', 2_561_512, 'GM0183'),
      f('budget_gerealiseerd', '2020', 'BUIG', 2_553_917.91, 'GM0183'),
    ];
    const g = buigSaldoPerLid(rijen, [{ code: 'GM1774', naam: 'Dinkelland' }, { code: 'GM0183', naam: 'Tubbergen' }], 'Noaberkracht', '2024-12-01');
    expect(g.titel).toBe('Saldo BUIG per gemeente en jaar (overschot +, tekort −), Noaberkracht');
    const o = g.option as Optie;
    expect(o.series.map((s) => s.name)).toEqual(['Dinkelland', 'Tubbergen']);
    expect(o.xAxis.data).toEqual(['2020', '2021']);
    expect(o.series[0]!.data[0]).toBeCloseTo(-209_152.41, 2);
    expect(o.series[1]!.data).toEqual([expect.closeTo(7_594.09, 2), null]);
  });
});

describe('Participatiebudget and re-integratie per year', () => {
  it('has begroot and gerealiseerd bars for both soorten, with gaps where a year is missing', () => {
    const g = participatieEnReintegratiePerJaar(jaarrijen, 'GM1774', 'Dinkelland', '2024-12-01');
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

  it('the year of the peildatum: the same figure as the tile, January–November, labelled; never the full year', () => {
    const rijen = [
      f('budget_begroot', '2024', 'Participatie', 1_813_381),
      f('budget_gerealiseerd', '2024', 'Participatie', 1_805_876.67),
      f('budget_gerealiseerd_cumulatief', '2024-11', 'Participatie', 1_548_751.7),
    ];
    const g = participatieEnReintegratiePerJaar(rijen, 'GM1774', 'Dinkelland', '2024-12-01');
    expect(g.tabel.rijen).toEqual([['2024 (t/m nov)', 1_813_381, 1_548_751.7, null, null]]);
  });

  it('names the participatiebudget of the Wet participatiebudget for years before 2015', () => {
    const rijen = [f('budget_begroot', '2014', 'Participatie', 100, 'GM0361'), f('budget_begroot', '2015', 'Participatie', 110, 'GM0361')];
    const o = participatieEnReintegratiePerJaar(rijen, 'GM0361', 'Alkmaar', '2024-12-01').option as Optie;
    expect(o.series[0]!.name).toBe('Participatiebudget (vóór 2015: participatiebudget Wpb) begroot');
  });
});

describe('uitputting through the year', () => {
  const p = (jaar: number, m: number) => `${jaar}-${String(m).padStart(2, '0')}`;
  /** Monthly figures and the cumulative figures the indicator derives from them. */
  const maanden = (jaar: number, bedragen: number[]) =>
    bedragen.flatMap((b, i) => [f('budget_gerealiseerd_maand', p(jaar, i + 1), 'Participatie', b), f('budget_gerealiseerd_cumulatief', p(jaar, i + 1), 'Participatie', bedragen.slice(0, i + 1).reduce((a, x) => a + x, 0))]);
  // Earlier years: 50 a month in January–June, 150 after (a quarter of the year by June); 2024: 60 a month.
  const patroon = [2022, 2023].flatMap((j) => maanden(j, Array.from({ length: 12 }, (_, i) => (i < 6 ? 50 : 150))));
  const dit = maanden(2024, [60, 60, 60, 60, 60, 60]);
  const rijen = [...patroon, ...dit, f('budget_begroot', '2024', 'Participatie', 1200), f('budget_begroot', '2024', 'Participatie|meicirculaire 2019', 1200, 'GM1774', 'versie')];
  const keuze = { code: 'GM1774', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' };

  it('shows cumulative spending, the budget with its version as a dashed line and both forecasts to December', () => {
    const g = uitputtingGrafiek(rijen, keuze, 'Dinkelland');
    expect(g.titel).toBe('Participatiebudget: uitgaven tot en met juni 2024 en prognose tegen de begroting, Dinkelland');
    const o = g.option as Optie;
    expect(o.xAxis.data[0]).toBe('jan 2024');
    expect(o.xAxis.data).toHaveLength(12);
    expect(o.yAxis.name).toBe('Bedrag (euro)');
    expect(o.series.map((s) => s.name)).toEqual(['Gerealiseerd (cumulatief)', 'Begroting 2024: meicirculaire 2019, een raming van vóór 2024', 'Prognose lineair', 'Prognose seizoenspatroon (2022, 2023)']);
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
    const heel = uitputtingGrafiek([...rijen, f('budget_gerealiseerd', '2023', 'Participatie', 1200)], { ...keuze, jaar: 2023, peildatum: '2024-07-01' }, 'Dinkelland');
    expect(heel.titel).toBe('Participatiebudget: uitgaven over heel 2023 tegen de begroting, Dinkelland');
    const o = heel.option as Optie;
    expect(o.series.map((s) => s.name)).toEqual(['Gerealiseerd (cumulatief)', 'Begroting 2023']);
    expect(o.series[0]!.data[11]).toBe(1200);
    // No budget for 2023 in these figures: the line has no values rather than zeros.
    expect(o.series[1]!.data.every((v) => v === null)).toBe(true);
  });
});
