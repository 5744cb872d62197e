import { describe, expect, it } from 'vitest';
import { DUURKLASSEN } from '@pw/model';
import { legendaRuimte, maakGrafiek, passendeOptie } from '../src/basis.ts';
import { gebiedsstijl, gebiedsstijlen, GEMIDDELDE_STIJL } from '../src/kleuren.ts';
import { categoriegrafiek, tijdgrafiek } from '../src/reeksen.ts';
import { kleineVeelvouden, rondeBovengrens } from '../src/veelvouden.ts';

type Serie = { name: string; type: string; itemStyle?: { color: string }; lineStyle?: { type: string; color?: string }; symbol?: string; xAxisIndex?: number; yAxisIndex?: number; data: unknown[] };
const series = (o: unknown) => (o as { series: Serie[] }).series;

const dinkelland = gebiedsstijl(0);
const oldenzaal = gebiedsstijl(1);
const tubbergen = gebiedsstijl(2);

describe('one colour per area', () => {
  it('gives the area chosen first always blue, each compared area its own colour, line type and marker', () => {
    expect(dinkelland).toEqual({ kleur: '#0072B2', lijn: 'solid', symbool: 'circle' });
    expect(oldenzaal).toEqual({ kleur: '#D55E00', lijn: 'dashed', symbool: 'triangle' });
    expect(tubbergen).toEqual({ kleur: '#009E73', lijn: 'dotted', symbool: 'rect' });
    // Same place, same style: the style depends on the place in the choice, not on the chart.
    expect(gebiedsstijlen(['GM1774', 'GM0173', 'GM0183']).get('GM0173')).toEqual(oldenzaal);
    expect(gebiedsstijlen(['GM0173']).get('GM0173')).toEqual(dinkelland);
    // Six areas: six different colours; beyond that the colour repeats with another line type.
    expect(new Set([0, 1, 2, 3, 4, 5].map((i) => gebiedsstijl(i).kleur)).size).toBe(6);
    expect(gebiedsstijl(6).kleur).toBe(dinkelland.kleur);
    expect(gebiedsstijl(6).lijn).not.toBe(dinkelland.lijn);
    expect(GEMIDDELDE_STIJL).toEqual({ kleur: '#000000', lijn: 'dashed', symbool: 'none' });
  });

  it('draws each area in its colour, line type and marker on a line chart, the average black and dashed', () => {
    const w = (n: number) => new Map([['2024-11-01', n], ['2024-12-01', n + 1]]);
    const g = tijdgrafiek({
      titel: 'Uitkeringen per 1.000 inwoners',
      xNaam: 'Peildatum',
      yNaam: 'Per 1.000 inwoners',
      eenheid: 'per1000',
      reeksen: [
        { naam: 'Dinkelland', stijl: dinkelland, waarden: w(9) },
        { naam: 'Oldenzaal', stijl: oldenzaal, waarden: w(20) },
        { naam: 'Gemiddelde 5 vergelijkbare gemeenten', stijl: GEMIDDELDE_STIJL, doel: true, waarden: w(15) },
      ],
    });
    expect(series(g.option).map((s) => [s.name, s.itemStyle?.color, s.lineStyle?.type, s.lineStyle?.color, s.symbol])).toEqual([
      ['Dinkelland', '#0072B2', 'solid', '#0072B2', 'circle'],
      ['Oldenzaal', '#D55E00', 'dashed', '#D55E00', 'triangle'],
      ['Gemiddelde 5 vergelijkbare gemeenten', '#000000', 'dashed', '#000000', undefined],
    ]);
  });
});

describe('categories compared across areas', () => {
  const categorieen = DUURKLASSEN.map((k) => ({ code: k.code, naam: k.naam }));
  const waarden = (f: number) => new Map(DUURKLASSEN.map((k, i) => [k.code, (i + 1) * f]));

  it('is a dot plot with a dot per area in its colour and marker, not clustered bars; every label kept and wrapped', () => {
    const g = categoriegrafiek({
      titel: 'Lopende uitkeringen naar duur',
      xNaam: 'Duur sinds de ingangsdatum',
      yNaam: 'Aantal uitkeringen',
      eenheid: 'aantal',
      categorieen,
      reeksen: [
        { naam: 'Dinkelland', stijl: dinkelland, waarden: waarden(10) },
        { naam: 'Oldenzaal', stijl: oldenzaal, waarden: waarden(20) },
        { naam: 'Tubbergen', stijl: tubbergen, waarden: waarden(5) },
      ],
    });
    expect(series(g.option).map((s) => [s.name, s.type, s.itemStyle?.color, s.symbol])).toEqual([
      ['Dinkelland', 'scatter', '#0072B2', 'circle'],
      ['Oldenzaal', 'scatter', '#D55E00', 'triangle'],
      ['Tubbergen', 'scatter', '#009E73', 'rect'],
    ]);
    const y = (g.option as { yAxis: { type: string; data: string[]; axisLabel: { interval: number; overflow: string } } }).yAxis;
    // Horizontal: the categories run down the side, every one of them (interval 0), long ones wrapped.
    expect(y.type).toBe('category');
    expect(y.data).toEqual(DUURKLASSEN.map((k) => k.naam));
    expect(y.axisLabel).toMatchObject({ interval: 0, overflow: 'break' });
    expect(g.hoogte).toBeGreaterThanOrEqual(360);
  });

  it('is horizontal bars for one area', () => {
    const g = categoriegrafiek({ titel: 'Duur', xNaam: 'Duur', yNaam: 'Aantal', eenheid: 'aantal', categorieen, reeksen: [{ naam: 'Dinkelland', waarden: waarden(10) }] });
    expect(series(g.option).map((s) => s.type)).toEqual(['bar']);
    expect((g.option as { yAxis: { type: string } }).yAxis.type).toBe('category');
  });

  it('never thins the labels of named categories; a time axis may (the table has every period)', () => {
    const namen = maakGrafiek({ titel: 't', categorieen: ['a', 'b'], xNaam: 'x', yNaam: 'y', eenheid: 'aantal', reeksen: [{ naam: 'r', waarden: [1, 2] }], namen: true });
    expect((namen.option as { xAxis: { axisLabel: object } }).xAxis.axisLabel).toEqual({ interval: 0 });
    const tijd = maakGrafiek({ titel: 't', categorieen: ['nov 2024', 'dec 2024'], xNaam: 'x', yNaam: 'y', eenheid: 'aantal', reeksen: [{ naam: 'r', waarden: [1, 2] }] });
    expect((tijd.option as { xAxis: { axisLabel: object } }).xAxis.axisLabel).toEqual({ hideOverlap: true });
  });
});

describe('small multiples', () => {
  const maanden = ['2024-01', '2024-02', '2024-03'];
  const m = (...w: number[]) => new Map(maanden.map((p, i) => [p, w[i]!]));
  const g = kleineVeelvouden({
    titel: 'Instroom en uitstroom per maand, Dinkelland, Oldenzaal en Tubbergen',
    xNaam: 'Maand',
    yNaam: 'Aantal uitkeringen',
    eenheid: 'aantal',
    panelen: [
      { naam: 'Dinkelland', stijl: dinkelland, reeksen: [{ naam: 'Instroom', waarden: m(5, 7, 6) }, { naam: 'Uitstroom', waarden: m(4, 8, 3) }] },
      { naam: 'Oldenzaal', stijl: oldenzaal, reeksen: [{ naam: 'Instroom', waarden: m(12, 17, 9) }, { naam: 'Uitstroom', waarden: m(10, 11, 14) }] },
      { naam: 'Tubbergen', stijl: tubbergen, reeksen: [{ naam: 'Instroom', waarden: m(2, 3, 1) }, { naam: 'Uitstroom', waarden: m(3, 2, 2) }] },
    ],
  });
  const o = g.option as { grid: Array<{ top: number; height: number }>; yAxis: Array<{ min: number; max: number; gridIndex: number }>; title: Array<{ text: string }> };

  it('draws one small chart per area, stacked, titled with the area', () => {
    expect(o.grid).toHaveLength(3);
    expect(o.title.map((t) => t.text)).toEqual(['Dinkelland', 'Oldenzaal', 'Tubbergen']);
    expect(o.grid[1]!.top).toBeGreaterThan(o.grid[0]!.top + o.grid[0]!.height);
    expect(g.hoogte).toBeGreaterThan(o.grid[2]!.top + o.grid[2]!.height);
  });

  it('puts every area on one shared scale from 0 to a round bound above the largest value (17)', () => {
    expect(o.yAxis.map((y) => [y.gridIndex, y.min, y.max])).toEqual([
      [0, 0, 20],
      [1, 0, 20],
      [2, 0, 20],
    ]);
    expect([rondeBovengrens(17), rondeBovengrens(254), rondeBovengrens(0.8), rondeBovengrens(0)]).toEqual([20, 500, 1, 1]);
  });

  it("draws both series of an area in the area's colour, told apart by line type and marker, in the area's own chart", () => {
    expect(series(g.option).map((s) => [s.name, s.itemStyle?.color, s.lineStyle?.type, s.xAxisIndex, s.yAxisIndex])).toEqual([
      ['Instroom Dinkelland', '#0072B2', 'solid', 0, 0],
      ['Uitstroom Dinkelland', '#0072B2', 'dashed', 0, 0],
      ['Instroom Oldenzaal', '#D55E00', 'solid', 1, 1],
      ['Uitstroom Oldenzaal', '#D55E00', 'dashed', 1, 1],
      ['Instroom Tubbergen', '#009E73', 'solid', 2, 2],
      ['Uitstroom Tubbergen', '#009E73', 'dashed', 2, 2],
    ]);
  });

  it('keeps every number in one table, a column per area and series', () => {
    expect(g.tabel.kolommen).toEqual(['Maand', 'Instroom Dinkelland', 'Uitstroom Dinkelland', 'Instroom Oldenzaal', 'Uitstroom Oldenzaal', 'Instroom Tubbergen', 'Uitstroom Tubbergen']);
    expect(g.tabel.rijen[1]).toEqual(['feb 2024', 7, 8, 17, 11, 3, 2]);
  });
});

describe('legends without paging', () => {
  it('wraps the legend and starts the plot below it: more lines on a phone than on a screen', () => {
    const namen = ['Instroom Dinkelland', 'Uitstroom Dinkelland', 'Instroom Oldenzaal', 'Uitstroom Oldenzaal', 'Instroom Tubbergen', 'Uitstroom Tubbergen'];
    expect(legendaRuimte(namen, 1200)).toBe(30);
    expect(legendaRuimte(namen, 350)).toBeGreaterThan(legendaRuimte(namen, 640));
    const g = maakGrafiek({ titel: 't', categorieen: ['a'], xNaam: 'x', yNaam: 'y', eenheid: 'aantal', reeksen: namen.map((naam) => ({ naam, waarden: [1] })) });
    expect((g.option as { legend: { type: string } }).legend.type).toBe('plain');
    const telefoon = passendeOptie(g.option, 350) as { grid: { top: number } };
    const scherm = passendeOptie(g.option, 1200) as { grid: { top: number } };
    expect(telefoon.grid.top).toBeGreaterThan(scherm.grid.top);
    // Six long names do not fit two lines of a half-width card: the card takes the full width.
    expect(g.breed).toBe(true);
    expect(maakGrafiek({ titel: 't', categorieen: ['a'], xNaam: 'x', yNaam: 'y', eenheid: 'aantal', reeksen: [{ naam: 'Dinkelland', waarden: [1] }] }).breed).toBeUndefined();
  });
});

describe('small multiples on a narrow screen', () => {
  it('move every panel down with the legend when it wraps, and are tall enough for a phone', () => {
    const m = new Map([['2024-01', 3]]);
    const g = kleineVeelvouden({
      titel: 't',
      xNaam: 'Maand',
      yNaam: 'Aantal',
      eenheid: 'aantal',
      panelen: ['Dinkelland', 'Oldenzaal', 'Tubbergen'].map((naam, i) => ({ naam, stijl: gebiedsstijl(i), reeksen: [{ naam: 'Instroom', waarden: m }, { naam: 'Uitstroom', waarden: m }] })),
    });
    type O = { grid: Array<{ top: number; height: number }>; title: Array<{ top: number }> };
    const breed = passendeOptie(g.option, 1200) as O;
    const smal = passendeOptie(g.option, 360) as O;
    const verschil = smal.grid[0]!.top - breed.grid[0]!.top;
    expect(verschil).toBeGreaterThan(0);
    expect(smal.grid.map((x, i) => x.top - breed.grid[i]!.top)).toEqual([verschil, verschil, verschil]);
    expect(smal.title.map((x, i) => x.top - breed.title[i]!.top)).toEqual([verschil, verschil, verschil]);
    expect(g.hoogte).toBeGreaterThanOrEqual(smal.grid[2]!.top + smal.grid[2]!.height + 40);
  });
});
