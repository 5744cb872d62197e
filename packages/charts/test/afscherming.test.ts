import { describe, expect, it } from 'vitest';
import type { GemarkeerdFiguur } from '@pw/afscherming';
import { celMarkering } from '../src/basis.ts';
import { categoriegrafiek, tijdgrafiek, waardenPerPeriode } from '../src/reeksen.ts';
import { uitkeringenPerRegeling } from '../src/uitkeringen.ts';

/** Dinkelland, masked as in a report: IOAZ and Bbz are <5, IOAW is x (it would give them back). */
const f = (periode: string, categorie: string, waarde: number, markering?: '<5' | 'x'): GemarkeerdFiguur => ({
  indicator: 'uitkeringen', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode, dimensie: 'regeling', categorie,
  waarde: markering ? Number.NaN : waarde, ...(markering ? { markering } : {}),
});
const rijen = [
  f('2019-11-01', 'Pw', 240), f('2019-11-01', 'IOAW', 25, 'x'), f('2019-11-01', 'IOAZ', 2, '<5'), f('2019-11-01', 'Bbz', 4, '<5'),
  f('2019-12-01', 'Pw', 245), f('2019-12-01', 'IOAW', 24, 'x'), f('2019-12-01', 'IOAZ', 2, '<5'), f('2019-12-01', 'Bbz', 4, '<5'),
];

type Optie = {
  series: Array<{ name: string; data: unknown[] }>;
  tooltip: { formatter?: (p: unknown[]) => string; valueFormatter?: unknown };
  graphic?: Array<{ style: { text: string } }>;
};

describe('a masked cell in a chart', () => {
  const g = uitkeringenPerRegeling(rijen, 'Dinkelland');
  const o = g.option as Optie;

  it('is drawn without its value: no bar or area height, and the value appears nowhere in the option', () => {
    expect(o.series.find((s) => s.name === 'IOAZ')!.data).toEqual([{ value: null, markering: '<5' }, { value: null, markering: '<5' }]);
    expect(o.series.find((s) => s.name === 'IOAW')!.data).toEqual([{ value: null, markering: 'x' }, { value: null, markering: 'x' }]);
    expect(o.series.find((s) => s.name === 'Pw')!.data).toEqual([240, 245]);
    const tekst = JSON.stringify(o.series) + g.beschrijving;
    for (const verborgen of [/\b24\b/, /\b25\b/, /\b2\b/, /\b4\b/, /NaN/]) expect(tekst).not.toMatch(verborgen);
  });

  it('shows the marker in the tooltip and in a note under the chart, and in the table', () => {
    const regel = o.tooltip.formatter!([
      { axisValueLabel: 'dec 2019', seriesName: 'Pw', marker: '', value: 245, data: 245 },
      { axisValueLabel: 'dec 2019', seriesName: 'IOAZ', marker: '', value: null, data: { value: null, markering: '<5' } },
    ]);
    expect(regel).toBe('dec 2019<br>Pw: 245<br>IOAZ: &#60;5');
    expect(o.graphic![0]!.style.text).toBe('<5: aantal van 1 tot en met 4, afgeschermd · x: afgeschermd, zodat een klein aantal niet terug te rekenen is');
    expect(g.afgeschermd).toEqual(['<5', 'x']);
    expect([0, 1, 2, 3].map((k) => celMarkering(g.tabel, 1, k))).toEqual([null, 'x', '<5', '<5']);
    expect(g.beschrijving).toContain('IOAZ: <5 (nov 2019) tot <5 (dec 2019)');
  });

  it('keeps its marker through a series over time, and shows anything computed from it (a share) as x', () => {
    const t = tijdgrafiek({ titel: 't', xNaam: 'Peildatum', yNaam: 'Aantal', eenheid: 'aantal', reeksen: [{ naam: 'IOAZ', waarden: waardenPerPeriode(rijen.map((r) => ({ ...r, dimensie: 'totaal', categorie: 'totaal' })).filter((r) => r.markering === '<5' && r.gemeente_code === 'GM1774').slice(0, 1), 'GM1774', 'uitkeringen') }] });
    expect(celMarkering(t.tabel, 0, 0)).toBe('<5');
    const aandeel = categoriegrafiek({ titel: 'a', xNaam: 'Regeling', yNaam: 'Aandeel', eenheid: 'procent', categorieen: [{ code: 'IOAZ', naam: 'IOAZ' }], reeksen: [{ naam: 'Dinkelland', waarden: new Map([['IOAZ', Number.NaN / 275]]) }] });
    expect(celMarkering(aandeel.tabel, 0, 0)).toBe('x');
    expect((aandeel.option as Optie).series[0]!.data).toEqual([{ value: null, markering: 'x' }]);
  });

  it('leaves a chart without masked values as it was', () => {
    const open = uitkeringenPerRegeling(rijen.map((r) => ({ ...r, waarde: Number.isNaN(r.waarde) ? 3 : r.waarde, markering: undefined })), 'Dinkelland');
    expect((open.option as Optie).graphic).toBeUndefined();
    expect((open.option as Optie).tooltip.valueFormatter).toBeTypeOf('function');
    expect(open.afgeschermd).toEqual([]);
  });
});
