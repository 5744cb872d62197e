import { describe, expect, it } from 'vitest';
import type { Figuur } from '../src/figuren.ts';
import { standAansluiting } from '../src/controle.ts';

const f = (indicator: string, periode: string, dimensie: string, categorie: string, waarde: number): Figuur => ({ indicator, gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode, dimensie, categorie, waarde });

describe('stock reconciles with inflow and outflow', () => {
  const rijen = [
    f('uitkeringen', '2019-10-01', 'totaal', 'totaal', 280), f('uitkeringen', '2019-10-01', 'regeling', 'Pw', 250),
    f('uitkeringen', '2019-11-01', 'totaal', 'totaal', 276), f('uitkeringen', '2019-11-01', 'regeling', 'Pw', 246),
    f('uitkeringen', '2019-12-01', 'totaal', 'totaal', 275), f('uitkeringen', '2019-12-01', 'regeling', 'Pw', 245),
    f('instroom', '2019-10', 'totaal', 'totaal', 6), f('uitstroom', '2019-10', 'totaal', 'totaal', 10),
    f('instroom', '2019-11', 'totaal', 'totaal', 8), f('uitstroom', '2019-11', 'totaal', 'totaal', 9),
    f('instroom', '2019-10', 'regeling', 'Pw', 5), f('uitstroom', '2019-10', 'regeling', 'Pw', 9),
    f('instroom', '2019-11', 'regeling', 'Pw', 7), f('uitstroom', '2019-11', 'regeling', 'Pw', 8),
  ];
  it('gives 280 + 14 − 19 = 275 with no difference', () => {
    const a = standAansluiting(rijen, 'GM1774')!;
    expect(a[0]).toEqual({ regeling: 'totaal', van: '2019-10-01', tot: '2019-12-01', beginstand: 280, instroom: 14, uitstroom: 19, eindstand: 275, verschil: 0 });
    expect(a.find((x) => x.regeling === 'Pw')!.verschil).toBe(0);
  });
  it('flags a missing outflow as a difference', () => {
    const a = standAansluiting(rijen.filter((r) => !(r.indicator === 'uitstroom' && r.periode === '2019-11' && r.dimensie === 'totaal')), 'GM1774')!;
    expect(a[0]!.verschil).toBe(-9);
  });
  it('starts after a gap in coverage', () => {
    const a = standAansluiting([f('uitkeringen', '2019-06-01', 'totaal', 'totaal', 300), ...rijen], 'GM1774')!;
    expect(a[0]!.van).toBe('2019-10-01');
  });
});
