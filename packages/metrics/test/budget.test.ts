import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { budgetSaldo, uitputting } from '../src/budget.ts';
import { reeksBereik } from '../src/afgeleid.ts';
import { figuren, type Figuur } from '../src/figuren.ts';
import { laadExtracten } from './helpers.ts';

// The real budget extracts of the demo package, through ingest and the indicator SQL.
const extract = (naam: string) => ({ naam, bytes: new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../data/extracts/budget/${naam}`, import.meta.url)))) });

let engine: Engine;
let echt: Figuur[];
beforeAll(async () => {
  engine = await openNodeEngine();
  await laadExtracten(engine, [extract('budgetten.xlsx'), extract('realisatie-per-maand.csv')]);
  echt = await figuren(engine, {
    gebieden: [
      { soort: 'gemeente', code: 'GM1774' },
      { soort: 'gemeente', code: 'GM1980' },
    ],
    indeling: 'historisch',
    indicatoren: ['budget_begroot', 'budget_gerealiseerd', 'budget_gerealiseerd_maand'],
  });
}, 60_000);
afterAll(() => engine.close());

describe('budgetSaldo', () => {
  it('gives begroot, gerealiseerd and the overschot or tekort per year (Dinkelland, real extracts)', () => {
    const buig = budgetSaldo(echt, 'GM1774', 'BUIG');
    expect(buig.map((j) => j.jaar)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(buig.filter((j) => j.jaar >= 2020).map((j) => j.begroot)).toEqual([3_274_086, 3_376_733, 3_451_906, 3_505_956, 3_505_956]);
    const j2020 = buig.find((j) => j.jaar === 2020)!;
    expect(j2020.gerealiseerd).toBeCloseTo(3_483_238.41, 2);
    // Benefit costs above the Rijk's budget: a tekort of € 209.152,41.
    expect(j2020.saldo).toBeCloseTo(-209_152.41, 2);
    const j2022 = buig.find((j) => j.jaar === 2022)!;
    expect(j2022.saldo).toBeCloseTo(3_451_906 - 3_341_259.57, 2);
    expect(j2022.saldo).toBeGreaterThan(0);

    const participatie = budgetSaldo(echt, 'GM1774', 'Participatie');
    expect(participatie.filter((j) => j.jaar >= 2020).map((j) => j.begroot)).toEqual([2_203_601, 2_137_807, 2_039_510, 1_916_142, 1_813_381]);
  });

  it('leaves a missing part undefined, never 0, and lists nothing for an area without figures', () => {
    const rijen: Figuur[] = [
      { indicator: 'budget_begroot', gemeente_code: 'GM0001', gemeente_naam: 'X', periode: '2023', dimensie: 'soort', categorie: 'BUIG', waarde: 1000 },
      { indicator: 'budget_begroot', gemeente_code: 'GM0001', gemeente_naam: 'X', periode: '2024', dimensie: 'soort', categorie: 'BUIG', waarde: 1100 },
      { indicator: 'budget_gerealiseerd', gemeente_code: 'GM0001', gemeente_naam: 'X', periode: '2023', dimensie: 'soort', categorie: 'BUIG', waarde: 1200 },
      { indicator: 'budget_gerealiseerd', gemeente_code: 'GM0001', gemeente_naam: 'X', periode: '2023', dimensie: 'soort', categorie: 'Participatie', waarde: 5 },
    ];
    expect(budgetSaldo(rijen, 'GM0001', 'BUIG')).toEqual([
      { jaar: 2023, begroot: 1000, gerealiseerd: 1200, saldo: -200 },
      { jaar: 2024, begroot: 1100, gerealiseerd: undefined, saldo: undefined },
    ]);
    expect(budgetSaldo(rijen, 'GM0001', 'Participatie')).toEqual([{ jaar: 2023, begroot: undefined, gerealiseerd: 5, saldo: undefined }]);
    expect(budgetSaldo(rijen, 'GM0002', 'BUIG')).toEqual([]);
  });

  it('says from when Dijk en Waard has figures as recorded (only from 2022)', () => {
    expect(reeksBereik(echt, 'budget_begroot', 'GM1980', { dimensie: 'soort', categorie: 'BUIG' })?.eerste).toBe('2022');
    expect(reeksBereik(echt, 'budget_begroot', 'GM9999', { dimensie: 'soort', categorie: 'BUIG' })).toBeNull();
  });
});

describe('uitputting on the real extracts', () => {
  it('Dinkelland Participatie 2024 at 1-7-2024: within 6/12 of the budget, but the seasonal forecast of 2021–2023 exceeds it', () => {
    const u = uitputting(echt, { code: 'GM1774', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' });
    expect(u.maandenTotPeildatum).toBe(6);
    expect(u.maanden).toBe(6);
    expect(u.totEnMet).toBe('2024-06');
    expect(u.begroot).toBe(1_813_381);
    expect(u.gerealiseerdTotNu).toBeCloseTo(875_959.46, 2);
    expect(u.uitputting).toBeCloseTo(875_959.46 / 1_813_381, 10);
    expect(u.prognoseLineair).toBeCloseTo(875_959.46 * 2, 2);
    expect(u.prognoseLineair!).toBeLessThan(u.begroot!);
    // Shares of the annual spending realised by June: 2021 1.017.765,32 of 2.091.647,07; 2022 1.043.450,01 of 2.106.558,87; 2023 753.655,97 of 1.681.644,73.
    const aandeel = (1_017_765.32 / 2_091_647.07 + 1_043_450.01 / 2_106_558.87 + 753_655.97 / 1_681_644.73) / 3;
    expect(u.prognoseSeizoen!.jaren).toEqual([2021, 2022, 2023]);
    expect(u.prognoseSeizoen!.aandeel).toBeCloseTo(aandeel, 8);
    expect(u.prognoseSeizoen!.bedrag).toBeCloseTo(875_959.46 / aandeel, 1);
    expect(u.prognoseSeizoen!.bedrag).toBeGreaterThan(1_813_381);
    expect(u.loopVoor).toBe(true);
    expect(u.redenen.join(' ')).toContain('blijven binnen 6/12 van de begroting');
    expect(u.redenen.join(' ')).toContain('Met het seizoenspatroon van 2021, 2022 en 2023 komt het jaar boven de begroting uit.');
  });

  it('counts the whole year when the peildatum lies in a later year', () => {
    const u = uitputting(echt, { code: 'GM1774', jaar: 2020, soort: 'BUIG', peildatum: '2024-12-01' });
    expect(u.maanden).toBe(12);
    expect(u.totEnMet).toBe('2020-12');
    // The year's sum of months is the yearly realisation of the standard figure.
    expect(u.gerealiseerdTotNu).toBeCloseTo(budgetSaldo(echt, 'GM1774', 'BUIG').find((j) => j.jaar === 2020)!.gerealiseerd!, 0);
    expect(u.loopVoor).toBe(true);
    expect(u.redenen[0]).toBe('De uitgaven over heel 2020 liggen boven de begroting.');
  });
});

// A hand-built area with a pattern that is low in the first half and high in the second.
const maand = (code: string, soort: string, periode: string, waarde: number): Figuur => ({ indicator: 'budget_gerealiseerd_maand', gemeente_code: code, gemeente_naam: code, periode, dimensie: 'soort', categorie: soort, waarde });
const begroot = (code: string, soort: string, jaar: number, waarde: number): Figuur => ({ indicator: 'budget_begroot', gemeente_code: code, gemeente_naam: code, periode: String(jaar), dimensie: 'soort', categorie: soort, waarde });
const p = (jaar: number, m: number) => `${jaar}-${String(m).padStart(2, '0')}`;
/** 50 a month in January–June and 150 a month in July–December: a quarter of the year by June. */
const scheef = (code: string, jaar: number) => Array.from({ length: 12 }, (_, i) => maand(code, 'Participatie', p(jaar, i + 1), i < 6 ? 50 : 150));

describe('uitputting: straight-line and seasonal forecasts differ', () => {
  const basis = [...scheef('GM0001', 2021), ...scheef('GM0001', 2022), ...scheef('GM0001', 2023)];
  // 2024: 60 a month so far (360 by June), budget 1.200.
  const dit = Array.from({ length: 6 }, (_, i) => maand('GM0001', 'Participatie', p(2024, i + 1), 60));
  const rijen = [...basis, ...dit, begroot('GM0001', 'Participatie', 2024, 1200)];

  it('straight line: 720, within budget; seasonal: 360 / 25% = 1.440, above it, so the flag is up', () => {
    const u = uitputting(rijen, { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' });
    expect(u.gerealiseerdTotNu).toBe(360);
    expect(u.tijdsevenredig).toBe(600);
    expect(u.uitputting).toBeCloseTo(0.3, 10);
    expect(u.prognoseLineair).toBe(720);
    expect(u.prognoseSeizoen).toEqual({ bedrag: 1440, jaren: [2021, 2022, 2023], aandeel: 0.25 });
    expect(u.loopVoor).toBe(true);
  });

  it('without an earlier complete year there is no seasonal forecast and the flag stays down', () => {
    const zonder = [...dit, begroot('GM0001', 'Participatie', 2024, 1200), ...scheef('GM0001', 2023).slice(0, 11)];
    const u = uitputting(zonder, { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' });
    expect(u.prognoseSeizoen).toBeNull();
    expect(u.loopVoor).toBe(false);
    expect(u.redenen.join(' ')).toContain('geen volledig jaar met uitgaven per maand in 2021–2023');
  });

  it('only looks at the three years before: a pattern from 2019 is not used for 2024', () => {
    const oud = [...scheef('GM0001', 2019), ...dit, begroot('GM0001', 'Participatie', 2024, 1200)];
    expect(uitputting(oud, { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' }).prognoseSeizoen).toBeNull();
  });

  it('a front-loaded pattern: above 6/12 of the budget runs ahead even when the seasonal forecast stays within it', () => {
    // History: 150 a month in January–June, 50 after: three quarters of the year by June.
    const voor = (jaar: number) => Array.from({ length: 12 }, (_, i) => maand('GM0002', 'Participatie', p(jaar, i + 1), i < 6 ? 150 : 50));
    const nu = Array.from({ length: 6 }, (_, i) => maand('GM0002', 'Participatie', p(2024, i + 1), 60));
    const keuze = { code: 'GM0002', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' };
    // Budget 700: 6/12 is 350 and 360 is spent; straight line 720, seasonal 360 / 75% = 480.
    const krap = uitputting([...voor(2022), ...voor(2023), ...nu, begroot('GM0002', 'Participatie', 2024, 700)], keuze);
    expect(krap.prognoseLineair).toBe(720);
    expect(krap.prognoseSeizoen!.bedrag).toBeCloseTo(480, 8);
    expect(krap.prognoseSeizoen!.jaren).toEqual([2022, 2023]);
    expect(krap.loopVoor).toBe(true);
    expect(krap.redenen).toEqual([
      'De uitgaven van januari tot en met juni 2024 liggen boven 6/12 van de begroting; lineair doorgetrokken komt het jaar boven de begroting uit.',
      'Met het seizoenspatroon van 2022 en 2023 blijft het jaar binnen de begroting.',
    ]);
    // Budget 740: 6/12 is 370, above the 360 spent, and both forecasts stay within it.
    const ruim = uitputting([...voor(2022), ...voor(2023), ...nu, begroot('GM0002', 'Participatie', 2024, 740)], keuze);
    expect(ruim.loopVoor).toBe(false);
  });

  it('follows the peildatum: at 1-4-2024 January–March count, and the forecasts run from March to December', () => {
    const u = uitputting(rijen, { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-04-15' });
    expect(u.maanden).toBe(3);
    expect(u.gerealiseerdTotNu).toBe(180);
    expect(u.prognoseLineair).toBe(720);
    // By March the pattern has 150 of 1.200 = 12,5%: 180 / 0,125 = 1.440.
    expect(u.prognoseSeizoen!.bedrag).toBeCloseTo(1440, 8);
    expect(u.verloop.map((v) => v.gerealiseerdCumulatief)).toEqual([60, 120, 180, null, null, null, null, null, null, null, null, null]);
    expect(u.verloop[1]!.prognoseLineair).toBeNull();
    expect(u.verloop[2]!.prognoseLineair).toBe(180);
    expect(u.verloop[11]!.prognoseLineair).toBe(720);
    expect(u.verloop[2]!.prognoseSeizoen).toBeCloseTo(180, 8);
    // June: 300 of 1.200 in the pattern, twice March's share.
    expect(u.verloop[5]!.prognoseSeizoen).toBeCloseTo(360, 8);
    expect(u.verloop[11]!.prognoseSeizoen).toBeCloseTo(1440, 8);
  });

  it('does not read a missing month as zero: counting stops before the gap and says so', () => {
    const metGat = rijen.filter((r) => r.periode !== '2024-03');
    const u = uitputting(metGat, { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' });
    expect(u.maanden).toBe(2);
    expect(u.gerealiseerdTotNu).toBe(120);
    expect(u.ontbrekendeMaanden).toEqual(['2024-03', '2024-04', '2024-05', '2024-06']);
    expect(u.redenen.at(-1)).toBe('Geen uitgaven bekend over maart tot en met juni 2024; die maanden tellen niet mee.');
  });

  it('cannot flag without a budget or before a month has passed', () => {
    const zonderBegroting = uitputting([...basis, ...dit], { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' });
    expect(zonderBegroting.begroot).toBeNull();
    expect(zonderBegroting.uitputting).toBeNull();
    expect(zonderBegroting.loopVoor).toBeNull();
    const januari = uitputting(rijen, { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-01-01' });
    expect(januari.maanden).toBe(0);
    expect(januari.gerealiseerdTotNu).toBeNull();
    expect(januari.prognoseLineair).toBeNull();
    expect(januari.loopVoor).toBeNull();
    expect(januari.redenen).toEqual(['Op de peildatum is nog geen maand van 2024 voorbij.']);
    expect(uitputting(rijen, { code: 'GM0001', jaar: 2025, soort: 'Participatie', peildatum: '2024-07-01' }).maandenTotPeildatum).toBe(0);
  });
});
