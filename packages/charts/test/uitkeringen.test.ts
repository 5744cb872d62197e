import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { uitkeringenPerRegeling } from '../src/uitkeringen.ts';

const f = (periode: string, categorie: string, waarde: number): Figuur => ({
  indicator: 'uitkeringen', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode, dimensie: 'regeling', categorie, waarde,
});
const rijen = [
  f('2019-11-01', 'Pw', 240), f('2019-11-01', 'IOAW', 25), f('2019-11-01', 'IOAZ', 2), f('2019-11-01', 'Bbz', 4),
  f('2019-12-01', 'Pw', 245), f('2019-12-01', 'IOAW', 24), f('2019-12-01', 'IOAZ', 2), f('2019-12-01', 'Bbz', 4),
];

describe('benefits by regeling over time', () => {
  it('has a title naming subject, area and period, named axes with units, and a series per regeling', () => {
    const g = uitkeringenPerRegeling(rijen, 'Dinkelland');
    expect(g.titel).toBe('Uitkeringen per regeling, Dinkelland, nov 2019 – dec 2019');
    const o = g.option as { xAxis: { name: string; data: string[] }; yAxis: { name: string }; series: Array<{ name: string; data: number[]; stack: string }>; aria: { enabled: boolean } };
    expect(o.xAxis.name).toBe('Peildatum (1e van de maand)');
    expect(o.xAxis.data).toEqual(['nov 2019', 'dec 2019']);
    expect(o.yAxis.name).toBe('Aantal uitkeringen');
    expect(o.series.map((s) => [s.name, s.data, s.stack])).toEqual([
      ['Pw', [240, 245], 'regeling'],
      ['IOAW', [25, 24], 'regeling'],
      ['IOAZ', [2, 2], 'regeling'],
      ['Bbz', [4, 4], 'regeling'],
    ]);
    expect(o.aria.enabled).toBe(true);
  });

  it('gives the same numbers as a table, and a Dutch description for screen readers', () => {
    const g = uitkeringenPerRegeling(rijen, 'Dinkelland');
    expect(g.tabel.kolommen).toEqual(['Peildatum (1e van de maand)', 'Pw', 'IOAW', 'IOAZ', 'Bbz']);
    expect(g.tabel.rijen).toEqual([
      ['nov 2019', 240, 25, 2, 4],
      ['dec 2019', 245, 24, 2, 4],
    ]);
    expect(g.beschrijving).toContain('Pw: 240 (nov 2019) tot 245 (dec 2019)');
  });

  it('formats the value axis the Dutch way and switches animation off for print', () => {
    const g = uitkeringenPerRegeling(rijen, 'Dinkelland', { print: true });
    const o = g.option as { animation: boolean; yAxis: { axisLabel: { formatter: (v: number) => string } } };
    expect(o.animation).toBe(false);
    expect(o.yAxis.axisLabel.formatter(1234)).toBe('1.234');
  });
});
