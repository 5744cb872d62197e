import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { categoriegrafiek, tijdgrafiek, waardenPerPeriode } from '../src/reeksen.ts';

const f = (code: string, periode: string, waarde: number): Figuur => ({ indicator: 'uitkeringen_per_1000_inwoners', gemeente_code: code, gemeente_naam: code, periode, dimensie: 'totaal', categorie: 'totaal', waarde });

describe('charts over time and over categories', () => {
  it('shows a period one area lacks as a gap, not as zero', () => {
    const rijen = [f('GM1774', '2016-01-01', 10.2), f('GM1774', '2017-01-01', 10.4), f('GM0183', '2017-01-01', 8.1)];
    const g = tijdgrafiek({
      titel: 'Uitkeringen per 1.000 inwoners',
      xNaam: 'Peildatum',
      yNaam: 'Per 1.000 inwoners',
      eenheid: 'per1000',
      reeksen: [
        { naam: 'Dinkelland', waarden: waardenPerPeriode(rijen, 'GM1774', 'uitkeringen_per_1000_inwoners') },
        { naam: 'Tubbergen', waarden: waardenPerPeriode(rijen, 'GM0183', 'uitkeringen_per_1000_inwoners') },
      ],
    });
    expect(g.tabel.rijen).toEqual([
      ['jan 2016', 10.2, null],
      ['jan 2017', 10.4, 8.1],
    ]);
    expect(g.beschrijving).toContain('Tubbergen: 8,1 (jan 2017) tot 8,1 (jan 2017)');
  });

  it('labels years as years and puts a benchmark as a dashed line', () => {
    const g = tijdgrafiek({ titel: 't', xNaam: 'Jaar', yNaam: 'Plaatsen', eenheid: 'plaatsen', reeksen: [{ naam: 'Taakstelling', waarden: new Map([['2019', 4], ['2020', 5]]), doel: true }] });
    expect(g.tabel.rijen.map((r) => r[0])).toEqual(['2019', '2020']);
    expect((g.option as { series: Array<{ lineStyle?: { type: string } }> }).series[0]!.lineStyle?.type).toBe('dashed');
  });

  it('puts categories in the given order with a series per area', () => {
    const g = categoriegrafiek({
      titel: 'Afstand tot de arbeidsmarkt',
      xNaam: 'Afstand',
      yNaam: 'Aandeel van de Pw-uitkeringen',
      eenheid: 'procent',
      categorieen: [{ code: 'kort', naam: 'Korte afstand' }, { code: 'lang', naam: 'Lange afstand' }],
      reeksen: [{ naam: 'Dinkelland', waarden: new Map([['lang', 160 / 245], ['kort', 85 / 245]]) }],
    });
    expect(g.tabel.kolommen).toEqual(['Afstand', 'Dinkelland']);
    expect(g.tabel.rijen[0]![0]).toBe('Korte afstand');
    expect(g.tabel.rijen[0]![1]).toBeCloseTo(0.3469, 4);
  });
});
