import { describe, expect, it } from 'vitest';
import type { Figuur } from '../src/figuren.ts';
import { alleGebieden } from '../src/gebied.ts';
import { indexeerFiguren, selecteerFiguren, standaardPeildatum, uitKerncijfers } from '../src/selectie.ts';

// Figures of the demo package (huidige indeling), as `npm run figures -- data/demo-package` prints them.
const NAMEN: Record<string, string> = { GM1774: 'Dinkelland', GM0183: 'Tubbergen', 'SV-noaberkracht': 'Noaberkracht' };
const f = (indicator: string, code: string, periode: string, waarde: number, dimensie = 'totaal', categorie = 'totaal'): Figuur => ({
  indicator,
  gemeente_code: code,
  gemeente_naam: NAMEN[code] ?? code,
  periode,
  dimensie,
  categorie,
  waarde,
});
const DEMO: Figuur[] = [
  // Dinkelland 1-12-2019 (bron 002): 275 = 245 Pw + 24 IOAW + 2 IOAZ + 4 Bbz.
  f('uitkeringen', 'GM1774', '2019-12-01', 275),
  f('uitkeringen', 'GM1774', '2019-12-01', 245, 'regeling', 'Pw'),
  f('uitkeringen', 'GM1774', '2019-12-01', 24, 'regeling', 'IOAW'),
  f('uitkeringen', 'GM1774', '2019-12-01', 2, 'regeling', 'IOAZ'),
  f('uitkeringen', 'GM1774', '2019-12-01', 4, 'regeling', 'Bbz'),
  f('uitkeringen', 'GM1774', '2024-12-01', 254),
  f('instroom', 'GM1774', '2019-11', 3),
  f('instroom', 'GM1774', '2019-12', 5),
  f('doelgroepenregister', 'GM1774', '2019-12-01', 38),
  f('beschut_werk_taakstelling', 'GM1774', '2019', 4),
  f('beschut_werk_realisatie', 'GM1774', '2019', 4),
  f('beschut_werk_taakstelling', 'GM1774', '2020', 5),
  f('uitkeringen', 'GM0183', '2019-12-01', 167),
  f('uitkeringen', 'SV-noaberkracht', '2019-12-01', 442),
];

describe('selecting figures from the all-areas index', () => {
  const index = indexeerFiguren(DEMO);

  it('gives the figures of the chosen areas, in the order chosen', () => {
    const r = selecteerFiguren(index, { gebieden: [{ soort: 'gemeente', code: 'GM0183' }, { soort: 'gemeente', code: 'GM1774' }], indeling: 'huidig', indicatoren: ['uitkeringen'], van: '2019-12-01', tot: '2019-12-01' });
    expect(r.map((x) => [x.gemeente_code, x.categorie, x.waarde])).toEqual([
      ['GM0183', 'totaal', 167],
      ['GM1774', 'totaal', 275],
      ['GM1774', 'Pw', 245],
      ['GM1774', 'IOAW', 24],
      ['GM1774', 'IOAZ', 2],
      ['GM1774', 'Bbz', 4],
    ]);
    // The parts add up to the total, as in the source document.
    expect(r.filter((x) => x.dimensie === 'regeling').reduce((s, x) => s + x.waarde, 0)).toBe(275);
  });

  it('counts a month or a year as inside a period when it overlaps the peildatum', () => {
    const r = selecteerFiguren(index, { gebieden: [{ soort: 'gemeente', code: 'GM1774' }], indeling: 'huidig', van: '2019-12-01', tot: '2019-12-01' });
    expect(r.filter((x) => x.indicator === 'instroom').map((x) => x.periode)).toEqual(['2019-12']);
    expect(r.filter((x) => x.indicator.startsWith('beschut')).map((x) => x.periode)).toEqual(['2019', '2019']);
    expect(r.some((x) => x.periode === '2024-12-01')).toBe(false);
  });

  it('gives every municipality by code for "alle gemeenten", never a cooperation', () => {
    const r = selecteerFiguren(index, { gebieden: 'alle-gemeenten', indeling: 'huidig', indicatoren: ['uitkeringen'], van: '2019-12-01', tot: '2019-12-01' });
    expect([...new Set(r.map((x) => x.gemeente_code))]).toEqual(['GM0183', 'GM1774']);
  });

  it('gives a cooperation when it is chosen', () => {
    const r = selecteerFiguren(index, { gebieden: [{ soort: 'samenwerking', id: 'noaberkracht' }], indeling: 'huidig' });
    expect(r.map((x) => x.waarde)).toEqual([442]);
  });
});

describe('headline figures before DuckDB has started', () => {
  const kern = ['uitkeringen', 'doelgroepenregister', 'beschut_werk_taakstelling', 'beschut_werk_realisatie'];
  const dinkelland = [{ soort: 'gemeente' as const, code: 'GM1774' }];

  it('answers a choice of kerncijfers for chosen areas under today’s boundaries', () => {
    const r = uitKerncijfers(DEMO, kern, { gebieden: dinkelland, indeling: 'huidig', indicatoren: ['uitkeringen', 'doelgroepenregister'] });
    expect(r?.find((x) => x.indicator === 'uitkeringen' && x.periode === '2019-12-01' && x.dimensie === 'totaal')?.waarde).toBe(275);
    expect(r?.find((x) => x.indicator === 'doelgroepenregister')?.waarde).toBe(38);
    expect(r?.some((x) => x.gemeente_code !== 'GM1774')).toBe(false);
  });

  it('does not answer what the kerncijfers do not hold', () => {
    expect(uitKerncijfers(DEMO, kern, { gebieden: dinkelland, indeling: 'historisch', indicatoren: ['uitkeringen'] })).toBeUndefined();
    expect(uitKerncijfers(DEMO, kern, { gebieden: 'alle-gemeenten', indeling: 'huidig', indicatoren: ['uitkeringen'] })).toBeUndefined();
    expect(uitKerncijfers(DEMO, kern, { gebieden: dinkelland, indeling: 'huidig', indicatoren: ['uitkeringen', 'instroom'] })).toBeUndefined();
    expect(uitKerncijfers(DEMO, kern, { gebieden: dinkelland, indeling: 'huidig' })).toBeUndefined();
  });
});

describe('the peildatum shown when none is chosen', () => {
  it('is the last peildatum of the benefits in the package', () => {
    expect(standaardPeildatum({ periode: { tot: '2024-12-01' }, aangemaakt: '2024-12-31T00:00:00.000Z' }, () => { throw new Error('niet nodig: het pakket heeft een periode'); })).toBe('2024-12-01');
  });

  it('is 1 December of the latest year with figures in a package without benefits', () => {
    const alleenBeschutWerk = DEMO.filter((x) => x.indicator.startsWith('beschut'));
    expect(standaardPeildatum({ periode: null, aangemaakt: '2026-03-02T10:00:00.000Z' }, () => alleenBeschutWerk)).toBe('2020-12-01');
    expect(standaardPeildatum({ periode: null, aangemaakt: '2026-03-02T10:00:00.000Z' }, () => [])).toBe('2026-03-01');
  });
});

describe('every area of a package', () => {
  // The municipalities with data in the demo package (manifest.json `gemeenten`).
  const DEMO_GEMEENTEN = ['GM0173', 'GM0183', 'GM0361', 'GM0365', 'GM0373', 'GM0383', 'GM0398', 'GM0399', 'GM0416', 'GM0450', 'GM0458', 'GM1774', 'GM1980'];
  const codes = (g: ReturnType<typeof alleGebieden>) => g.map((x) => (x.soort === 'gemeente' ? x.code : `SV-${x.id}`));

  it('shows merged municipalities once, as their successor, under today’s boundaries', () => {
    expect(codes(alleGebieden(DEMO_GEMEENTEN, 'huidig'))).toEqual([
      'GM0173', 'GM0183', 'GM0361', 'GM0373', 'GM0383', 'GM1980', 'GM0399', 'GM0450', 'GM1774',
      'SV-noaberkracht', 'SV-noord-oost-twente', 'SV-buch', 'SV-halte-werk', 'SV-regio-alkmaar',
    ]);
  });

  it('shows every recorded municipality as recorded', () => {
    const g = codes(alleGebieden(DEMO_GEMEENTEN, 'historisch'));
    expect(g.filter((c) => c.startsWith('GM'))).toEqual(DEMO_GEMEENTEN);
    expect(g.filter((c) => c.startsWith('SV-'))).toHaveLength(5);
  });

  it('offers a cooperation only when all its members have data', () => {
    // Dinkelland and Oldenzaal without Tubbergen: neither Noaberkracht nor Noord-Oost Twente is complete.
    expect(codes(alleGebieden(['GM1774', 'GM0173'], 'huidig'))).toEqual(['GM1774', 'GM0173']);
    expect(codes(alleGebieden(['GM1774', 'GM0183'], 'huidig'))).toEqual(['GM1774', 'GM0183', 'SV-noaberkracht']);
    // Data of Heerhugowaard and Langedijk (before 2022) count for today's Dijk en Waard, a member of Halte Werk.
    expect(codes(alleGebieden(['GM0361', 'GM0398', 'GM0416'], 'huidig'))).toEqual(['GM0361', 'GM1980', 'SV-halte-werk']);
  });
});
