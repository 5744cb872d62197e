import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { VANGNETREGELS } from '@pw/model';
import { budgetstand, buigBeoordeling, buigJaren, buigLeden, buigPerLid, MATERIALITEIT, saldoTekst, signaalTekst, uitputting, vangnetoordelen, BUDGET_INDICATOREN } from '../src/budget.ts';
import { reeksBereik } from '../src/afgeleid.ts';
import { figuren, type Figuur } from '../src/figuren.ts';
import { laadExtracten } from './helpers.ts';

/** Dutch amounts have a non-breaking space after the euro sign; the expectations below write a plain one. */
const sp = <T,>(x: T): T => (typeof x === 'string' ? (x.replace(/\u00a0/g, ' ') as T) : Array.isArray(x) ? (x.map(sp) as T) : x);

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
      { soort: 'gemeente', code: 'GM0183' },
      { soort: 'gemeente', code: 'GM1980' },
      { soort: 'gemeente', code: 'GM0361' },
      { soort: 'samenwerking', id: 'noaberkracht' },
    ],
    indeling: 'historisch',
    indicatoren: [...BUDGET_INDICATOREN],
  });
}, 60_000);
afterAll(() => engine.close());

const DINKELLAND = { code: 'GM1774', soort: 'Participatie' };

describe('budgetstand: one figure per period, the same on every page', () => {
  it('Dinkelland Participatiebudget 2024 on 1-12-2024: € 1.548.751,70 spent in January–November, not the full year, against the meicirculaire 2019', () => {
    const s = budgetstand(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2024-12-01' });
    expect(s.naam).toBe('Participatiebudget');
    expect(s.begroot).toBe(1_813_381);
    expect(s.realisatie!.bedrag).toBeCloseTo(1_548_751.7, 2);
    expect(s.realisatie!.periode).toEqual({ soort: 'tot-maand', totEnMet: '2024-11', maanden: 11 });
    expect(s.realisatie!.tekst).toBe('januari tot en met november 2024');
    expect(s.aandeelBesteed).toBeCloseTo(1_548_751.7 / 1_813_381, 10);
    // No balance before the year is over.
    expect(s.saldo).toBeNull();
    expect(s.versie).toEqual({ tekst: 'meicirculaire 2019, een raming van vóór 2024', definitief: false, ouderDanJaar: true, opgegeven: true });
  });

  it('over a whole year: the yearly figure and its balance, "niet besteed" for the Participatiebudget', () => {
    const s = budgetstand(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2025-01-01' });
    expect(s.realisatie!.bedrag).toBeCloseTo(1_805_876.67, 2);
    expect(s.realisatie!.periode).toEqual({ soort: 'jaar' });
    expect(s.saldo).toBeCloseTo(7_504.33, 2);
    expect(sp(saldoTekst('Participatie', s.saldo!))).toBe('niet besteed € 7.504');
    expect(sp(saldoTekst('Participatie', -1_000))).toBe('meer besteed € 1.000');
    expect(sp(saldoTekst('BUIG', -209_152.41))).toBe('tekort € 209.152');
    expect(sp(saldoTekst('BUIG', 110_646.43))).toBe('overschot € 110.646');
    expect(sp(saldoTekst('re-integratie', 42_000))).toBe('€ 42.000 onder de begroting');
  });

  it('nothing realised before the year started, or in its January', () => {
    const vooraf = budgetstand(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2024-01-01' });
    expect(vooraf.realisatie).toBeNull();
    expect(sp(vooraf.geenRealisatie)).toBe('Op de peildatum 1-1-2024 is nog geen maand van 2024 voorbij.');
    expect(budgetstand(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2023-06-01' }).realisatie).toBeNull();
    // The budget is known in advance.
    expect(vooraf.begroot).toBe(1_813_381);
  });

  it('names the soort as it was called in the year: I-deel WWB and participatiebudget (Wpb) before 2015', () => {
    expect(budgetstand(echt, { code: 'GM0361', soort: 'BUIG', jaar: 2013, peildatum: '2024-12-01' }).naam).toBe('I-deel WWB');
    expect(budgetstand(echt, { code: 'GM0361', soort: 'Participatie', jaar: 2013, peildatum: '2024-12-01' }).naam).toBe('Participatiebudget (Wpb)');
    expect(budgetstand(echt, { code: 'GM0361', soort: 'BUIG', jaar: 2015, peildatum: '2024-12-01' }).naam).toBe('BUIG');
    // The demo has no participatiebudget next to the re-integratie (Wpb) budget of source 003 before 2015.
    expect(budgetstand(echt, { code: 'GM0361', soort: 'Participatie', jaar: 2013, peildatum: '2024-12-01' }).begroot).toBeNull();
    expect(budgetstand(echt, { code: 'GM0361', soort: 're-integratie', jaar: 2013, peildatum: '2024-12-01' }).begroot).toBe(2_383_121);
  });

  it('says from when Dijk en Waard has figures as recorded (only from 2022)', () => {
    expect(reeksBereik(echt, 'budget_begroot', 'GM1980', { dimensie: 'soort', categorie: 'BUIG' })?.eerste).toBe('2022');
    expect(reeksBereik(echt, 'budget_begroot', 'GM9999', { dimensie: 'soort', categorie: 'BUIG' })).toBeNull();
  });
});

describe('uitputting: an alert only for a material overrun', () => {
  it('Dinkelland Participatiebudget 2024 on 1-12-2024: the seasonal forecast is € 481 (0,03%) over the budget, spending and the straight line within: no alert', () => {
    const u = uitputting(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2024-12-01' });
    // The same figure as the budget tile.
    expect(u.gerealiseerdTotNu).toBe(budgetstand(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2024-12-01' }).realisatie!.bedrag);
    expect(u.maanden).toBe(11);
    expect(u.prognoseLineair).toBeCloseTo((1_548_751.7 / 11) * 12, 2);
    expect(u.prognoseLineair!).toBeLessThan(1_813_381);
    expect(u.prognoseSeizoen!.jaren).toEqual([2021, 2022, 2023]);
    expect(u.prognoseSeizoen!.bedrag - 1_813_381).toBeCloseTo(480.98, 1);
    // The seasonal pattern does not depend on the peildatum: another peildatum in 2024 reuses the one
    // made for these rows (the same list of years), with its own forecast.
    const juli = uitputting(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2024-07-01' });
    expect(juli.prognoseSeizoen!.jaren).toBe(u.prognoseSeizoen!.jaren);
    expect(juli.maanden).toBe(6);
    expect(juli.prognoseSeizoen!.bedrag).not.toBeCloseTo(u.prognoseSeizoen!.bedrag, 0);
    expect(u.overschrijdingen).toHaveLength(1);
    expect(u.overschrijdingen[0]).toMatchObject({ wat: 'seizoen', vanaf: '2024-12', materieel: false });
    expect(u.overschrijdingen[0]!.fractie!).toBeLessThan(MATERIALITEIT);
    expect(u.signalen).toEqual([]);
    expect(signaalTekst(u)).toBeNull();
    expect(sp(u.redenen)).toEqual([
      'De uitgaven tot en met november 2024 zijn 85,4% van de begroting (tijdsevenredig 11/12: 91,7%).',
      'Lineair doorgetrokken komt 2024 uit op € 1.689.547, binnen de begroting.',
      'Met het seizoenspatroon van 2021, 2022 en 2023 komt 2024 uit op € 1.813.862: € 481 (0,03%) boven de begroting, vanaf december 2024; dat is minder dan 1% van de begroting en geen signaal.',
    ]);
  });

  it('on 1-7-2024 the seasonal forecast is € 24.186 (1,3%) over: an alert that names the forecast, the amount and the month', () => {
    const u = uitputting(echt, { ...DINKELLAND, jaar: 2024, peildatum: '2024-07-01' });
    expect(u.gerealiseerdTotNu).toBeCloseTo(875_959.46, 2);
    expect(u.prognoseLineair!).toBeLessThan(1_813_381);
    // Shares of the annual spending realised by June: 2021 1.017.765,32 of 2.091.647,07; 2022 1.043.450,01 of 2.106.558,87; 2023 753.655,97 of 1.681.644,73.
    const aandeel = (1_017_765.32 / 2_091_647.07 + 1_043_450.01 / 2_106_558.87 + 753_655.97 / 1_681_644.73) / 3;
    expect(u.prognoseSeizoen!.aandeel).toBeCloseTo(aandeel, 8);
    expect(u.signalen).toHaveLength(1);
    expect(u.signalen[0]!.boven).toBeCloseTo(875_959.46 / aandeel - 1_813_381, 0);
    expect(sp(signaalTekst(u))).toBe(
      'De prognose met het seizoenspatroon van 2021, 2022 en 2023 komt € 24.186 (1,3%) boven de begroting van € 1.813.381 (meicirculaire 2019, een raming van vóór 2024) uit, vanaf december 2024.',
    );
  });

  it('over a whole year: the yearly realisation, no forecasts', () => {
    const u = uitputting(echt, { code: 'GM1774', jaar: 2020, soort: 'BUIG', peildatum: '2024-12-01' });
    expect(u.maanden).toBe(12);
    expect(u.gerealiseerdTotNu).toBeCloseTo(3_483_238.41, 2);
    expect(u.prognoseLineair).toBeNull();
    expect(u.prognoseSeizoen).toBeNull();
    // 6,4% over the budget: material; it ran out in December.
    expect(u.signalen).toMatchObject([{ wat: 'uitgaven', vanaf: '2020-12', materieel: true }]);
    expect(sp(u.redenen[0])).toBe('De uitgaven over heel 2020 liggen € 209.152 (6,4%) boven de begroting (vanaf december 2020).');
  });
});

// A hand-built area: monthly figures and the cumulative figures the indicator derives from them.
const fig = (indicator: string, code: string, periode: string, soort: string, waarde: number): Figuur => ({ indicator, gemeente_code: code, gemeente_naam: code, periode, dimensie: 'soort', categorie: soort, waarde });
const p = (jaar: number, m: number) => `${jaar}-${String(m).padStart(2, '0')}`;
/** Months of a year (null: no figure), as `budget_gerealiseerd_cumulatief` gives them: only from January without a gap. */
function maanden(code: string, jaar: number, bedragen: Array<number | null>, soort = 'Participatie'): Figuur[] {
  const uit: Figuur[] = [];
  let som = 0;
  let doorlopend = true;
  bedragen.forEach((b, i) => {
    if (b === null) {
      doorlopend = false;
      return;
    }
    uit.push(fig('budget_gerealiseerd_maand', code, p(jaar, i + 1), soort, b));
    som += b;
    if (doorlopend) uit.push(fig('budget_gerealiseerd_cumulatief', code, p(jaar, i + 1), soort, som));
  });
  return uit;
}
const begroot = (code: string, jaar: number, waarde: number, soort = 'Participatie') => fig('budget_begroot', code, String(jaar), soort, waarde);
/** 50 a month in January–June and 150 a month in July–December: a quarter of the year by June. */
const scheef = (code: string, jaar: number) => maanden(code, jaar, Array.from({ length: 12 }, (_, i) => (i < 6 ? 50 : 150)));

describe('uitputting: straight-line and seasonal forecasts, and materiality', () => {
  const basis = [...scheef('GM0001', 2021), ...scheef('GM0001', 2022), ...scheef('GM0001', 2023)];
  // 2024: 60 a month so far (360 by June), budget 1.200.
  const dit = maanden('GM0001', 2024, [60, 60, 60, 60, 60, 60, null, null, null, null, null, null]);
  const rijen = [...basis, ...dit, begroot('GM0001', 2024, 1200)];
  const keuze = { code: 'GM0001', jaar: 2024, soort: 'Participatie', peildatum: '2024-07-01' };

  it('straight line 720 (within), seasonal 360 / 25% = 1.440: € 240 (20%) over from November, an alert', () => {
    const u = uitputting(rijen, keuze);
    expect(u.gerealiseerdTotNu).toBe(360);
    expect(u.tijdsevenredig).toBe(600);
    expect(u.uitputting).toBeCloseTo(0.3, 10);
    expect(u.prognoseLineair).toBe(720);
    expect(u.prognoseSeizoen).toEqual({ bedrag: 1440, jaren: [2021, 2022, 2023], aandeel: 0.25 });
    // Seasonal cumulative: 360 by June, then 540, 720, 900, 1.080, 1.260 (November), 1.440: above 1.200 from November.
    expect(u.signalen).toEqual([{ wat: 'seizoen', naam: 'de prognose met het seizoenspatroon van 2021, 2022 en 2023', bedrag: 1440, boven: 240, fractie: 0.2, vanaf: '2024-11', materieel: true }]);
  });

  it('a forecast less than 1% over the budget is said but raises no alert; from 1% it does', () => {
    // Seasonal 1.440 against a budget of 1.430 (0,7% over) and of 1.425 (1,05% over).
    const krap = uitputting([...basis, ...dit, begroot('GM0001', 2024, 1430)], keuze);
    expect(krap.overschrijdingen.map((o) => [o.wat, o.materieel])).toEqual([['seizoen', false]]);
    expect(krap.signalen).toEqual([]);
    expect(sp(krap.redenen.at(-1))).toBe('Met het seizoenspatroon van 2021, 2022 en 2023 komt 2024 uit op € 1.440: € 10 (0,7%) boven de begroting, vanaf december 2024; dat is minder dan 1% van de begroting en geen signaal.');
    const net = uitputting([...basis, ...dit, begroot('GM0001', 2024, 1425)], keuze);
    expect(net.signalen.map((o) => o.wat)).toEqual(['seizoen']);
  });

  it('spending ahead of the time-proportional budget is no alert by itself', () => {
    // History front-loaded: three quarters of the year by June. Budget 700: 6/12 is 350 and 360 is spent; straight line 720 (2,9% over), seasonal 480.
    const voor = (jaar: number) => maanden('GM0002', jaar, Array.from({ length: 12 }, (_, i) => (i < 6 ? 150 : 50)));
    const nu = maanden('GM0002', 2024, [60, 60, 60, 60, 60, 60, null, null, null, null, null, null]);
    const k = { ...keuze, code: 'GM0002' };
    const krap = uitputting([...voor(2022), ...voor(2023), ...nu, begroot('GM0002', 2024, 700)], k);
    expect(krap.prognoseSeizoen!.bedrag).toBeCloseTo(480, 8);
    expect(krap.signalen.map((o) => [o.wat, o.vanaf])).toEqual([['lineair', '2024-12']]);
    // Budget 715: the straight line is 0,7% over, the seasonal forecast within: no alert although 360 > 6/12 × 715.
    const ruim = uitputting([...voor(2022), ...voor(2023), ...nu, begroot('GM0002', 2024, 715)], k);
    expect(ruim.gerealiseerdTotNu! > ruim.tijdsevenredig!).toBe(true);
    expect(ruim.signalen).toEqual([]);
  });

  it('without an earlier complete year there is no seasonal forecast; only the three years before count', () => {
    const zonder = uitputting([...dit, begroot('GM0001', 2024, 1200), ...scheef('GM0001', 2023).filter((r) => r.periode !== '2023-12')], keuze);
    expect(zonder.prognoseSeizoen).toBeNull();
    expect(sp(zonder.redenen)).toContain('Een prognose met het seizoenspatroon ontbreekt: geen volledig jaar met uitgaven per maand in 2021–2023.');
    expect(uitputting([...scheef('GM0001', 2019), ...dit, begroot('GM0001', 2024, 1200)], keuze).prognoseSeizoen).toBeNull();
  });

  it('follows the peildatum: at 15-4-2024 January–March count, and the forecasts run from March to December', () => {
    const u = uitputting(rijen, { ...keuze, peildatum: '2024-04-15' });
    expect(u.maanden).toBe(3);
    expect(u.gerealiseerdTotNu).toBe(180);
    expect(u.prognoseLineair).toBe(720);
    expect(u.prognoseSeizoen!.bedrag).toBeCloseTo(1440, 8);
    expect(u.verloop.map((v) => v.gerealiseerdCumulatief)).toEqual([60, 120, 180, null, null, null, null, null, null, null, null, null]);
    expect(u.verloop[1]!.prognoseLineair).toBeNull();
    expect(u.verloop[2]!.prognoseLineair).toBe(180);
    expect(u.verloop[11]!.prognoseLineair).toBe(720);
    expect(u.verloop[5]!.prognoseSeizoen).toBeCloseTo(360, 8);
  });

  it('does not read a missing month as zero: counting stops before the gap and says so', () => {
    const metGat = [...basis, ...maanden('GM0001', 2024, [60, 60, null, 60, 60, 60, null, null, null, null, null, null]), begroot('GM0001', 2024, 1200)];
    const u = uitputting(metGat, keuze);
    expect(u.maanden).toBe(2);
    expect(u.gerealiseerdTotNu).toBe(120);
    expect(u.ontbrekendeMaanden).toEqual(['2024-03', '2024-04', '2024-05', '2024-06']);
    expect(sp(u.redenen.at(-1))).toBe('Geen uitgaven bekend over maart tot en met juni 2024; die maanden tellen niet mee.');
  });

  it('says nothing about an overrun without a budget or before a month has passed', () => {
    const zonderBegroting = uitputting([...basis, ...dit], keuze);
    expect(zonderBegroting.begroot).toBeNull();
    expect(zonderBegroting.uitputting).toBeNull();
    expect(zonderBegroting.signalen).toEqual([]);
    expect(sp(zonderBegroting.redenen[0])).toBe('Geen begroting voor 2024; of de uitgaven binnen de begroting blijven is niet te zeggen.');
    const januari = uitputting(rijen, { ...keuze, peildatum: '2024-01-01' });
    expect(januari.maanden).toBe(0);
    expect(januari.gerealiseerdTotNu).toBeNull();
    expect(januari.prognoseLineair).toBeNull();
    expect(sp(januari.redenen)).toEqual(['Op de peildatum 1-1-2024 is nog geen maand van 2024 voorbij.']);
  });
});

describe('BUIG as the Rijk assesses it', () => {
  it('Dinkelland 2020: a tekort of € 209.152,41 = 6,4% of the budget, below the 7,5% threshold: no vangnetuitkering, indicatief against the meicirculaire 2019', () => {
    const b = buigBeoordeling(echt, 'GM1774', 2020, '2024-12-01');
    expect(b.lopend).toBe(false);
    expect(b.jaar.budget).toBe(3_274_086);
    expect(b.jaar.lasten).toBeCloseTo(3_483_238.41, 2);
    expect(b.jaar.saldo).toBeCloseTo(-209_152.41, 2);
    expect(b.jaar.fractie).toBeCloseTo(-0.0639, 4);
    // The parts of the lasten: uitkeringen + loonkostensubsidie − baten.
    const { uitkeringen, loonkostensubsidie, baten } = b.jaar.onderdelen;
    expect(uitkeringen! + loonkostensubsidie! - baten!).toBeCloseTo(3_483_238.41, 2);
    expect(b.oordelen).toHaveLength(1);
    const o = b.oordelen[0]!;
    expect(o.regel.id).toBe('vangnet-2019');
    expect(o.boven).toBe(false);
    expect(o.komtInAanmerking).toBe(false);
    expect(o.vergoeding).toBe(0);
    expect(o.indicatief).toBe(true);
    expect(o.meerjarig).toMatchObject({ voldaan: false, ontbrekendeJaren: [] });
    expect(sp(o.zinnen)).toEqual([
      'Het tekort van € 209.152 is 6,4% van het budget: onder de drempel van de vangnetuitkering over 2020 (een tekort van meer dan 7,5%), dus geen vangnetuitkering.',
      'Meerjarige voorwaarde (gecumuleerd tekort 2018–2020 meer dan 7,5% van het budget 2020): gecumuleerd tekort € 228.403, 7,0% van het budget 2020: niet voldaan.',
      'Indicatief: het Rijk toetst aan het definitieve budget; vergeleken is met meicirculaire 2019, een raming van vóór 2020.',
      'Regel volgens de Toetsingscommissie vangnet Participatiewet; niet in de wettekst geverifieerd.',
    ]);
  });

  it('no saldo and no verdict before the year is over; years after the peildatum show their budget only', () => {
    const lopend = buigBeoordeling(echt, 'GM1774', 2024, '2024-12-01');
    expect(lopend.lopend).toBe(true);
    expect(lopend.jaar.saldo).toBeNull();
    expect(lopend.oordelen).toEqual([]);
    const jaren = buigJaren(echt, 'GM1774', '2019-12-01');
    expect(jaren.find((j) => j.jaar === 2018)!.saldo).not.toBeNull();
    expect(jaren.find((j) => j.jaar === 2021)).toMatchObject({ budget: 3_376_733, lasten: null, saldo: null });
  });

  it('a cooperation nets nothing: Noaberkracht 2020 has Dinkelland\'s tekort and Tubbergen\'s overschot side by side', () => {
    expect(buigLeden('noaberkracht', 'historisch')).toEqual(['GM1774', 'GM0183']);
    const n = buigPerLid(echt, buigLeden('noaberkracht', 'historisch'), 2020, '2024-12-01');
    const tubbergen = n.leden.find((l) => l.code === 'GM0183')!.buig.saldo!;
    expect(tubbergen).toBeGreaterThan(0);
    expect(n.somTekorten).toBeCloseTo(209_152.41, 2);
    expect(n.somOverschotten).toBeCloseTo(tubbergen, 2);
    expect(n.zonderSaldo).toEqual([]);
    // The versions of the members differ; the cooperation's budget says so.
    expect(budgetstand(echt, { code: 'SV-noaberkracht', soort: 'BUIG', jaar: 2020, peildatum: '2024-12-01' }).versie!.tekst).toBe(
      'deels meicirculaire 2019, een raming van vóór 2020; deels definitief budget',
    );
  });
});

describe('the vangnet table applied', () => {
  const buig = (code: string, jaar: number, budget: number, lasten: number, versie = 'definitief'): Figuur[] => [
    { indicator: 'budget_begroot', gemeente_code: code, gemeente_naam: code, periode: String(jaar), dimensie: 'soort', categorie: 'BUIG', waarde: budget },
    { indicator: 'budget_begroot', gemeente_code: code, gemeente_naam: code, periode: String(jaar), dimensie: 'versie', categorie: `BUIG|${versie}`, waarde: budget },
    { indicator: 'budget_gerealiseerd', gemeente_code: code, gemeente_naam: code, periode: String(jaar), dimensie: 'soort', categorie: 'BUIG', waarde: lasten },
  ];

  it('2021, a tekort of 15% after two years of 5%: half of 7,5–12,5% and all above 12,5% = 5% of the budget', () => {
    const rijen = [...buig('GM0001', 2019, 1_000_000, 1_050_000), ...buig('GM0001', 2020, 1_000_000, 1_050_000), ...buig('GM0001', 2021, 1_000_000, 1_150_000)];
    const [o] = vangnetoordelen(rijen, 'GM0001', 2021);
    expect(o!.boven).toBe(true);
    expect(o!.meerjarig!.voldaan).toBe(true);
    expect(o!.komtInAanmerking).toBe(true);
    expect(o!.vergoeding).toBeCloseTo(50_000, 6);
    expect(o!.indicatief).toBe(false);
    expect(sp(o!.zinnen)).toContain('Geschatte vangnetuitkering: € 50.000.');
  });

  it('a missing year makes the multi-year condition untestable, and the verdict says which year', () => {
    const rijen = [...buig('GM0001', 2020, 1_000_000, 1_050_000), ...buig('GM0001', 2021, 1_000_000, 1_100_000)];
    const [o] = vangnetoordelen(rijen, 'GM0001', 2021);
    expect(o!.meerjarig).toMatchObject({ voldaan: null, ontbrekendeJaren: [2019] });
    expect(o!.komtInAanmerking).toBeNull();
    expect(sp(o!.zinnen[1])).toBe('Meerjarige voorwaarde (gecumuleerd tekort 2019–2021 meer dan 7,5% van het budget 2021) niet te toetsen: het pakket mist de BUIG-lasten of het budget over 2019.');
    expect(o!.vergoeding).toBeCloseTo(12_500, 6);
    expect(sp(o!.zinnen[2])).toBe('Geschatte vangnetuitkering: € 12.500 (als aan de meerjarige voorwaarde is voldaan).');
  });

  it('2016: the threshold of 5% with unverified bands, shown as such', () => {
    const [o] = vangnetoordelen(buig('GM0001', 2016, 1_000_000, 1_120_000), 'GM0001', 2016);
    expect(o!.regel.geverifieerd).toBe('niet');
    expect(o!.nietGeverifieerd).toBe(true);
    // 50% of 5–10% + 75% of 10–12%.
    expect(o!.vergoeding).toBeCloseTo(40_000, 6);
    expect(sp(o!.zinnen.at(-1))).toBe(
      'Regel niet volledig geverifieerd: drempel volgens de Toetsingscommissie vangnet (niet in de wettekst gelezen), vergoeding niet geverifieerd.',
    );
  });

  it('2013, the IAU of the Besluit WWB 2007 (legal text): at least 10%, everything above 110% of the budget', () => {
    const rijen = [...buig('GM0001', 2010, 1_000_000, 1_000_000), ...buig('GM0001', 2011, 1_000_000, 1_000_000), ...buig('GM0001', 2012, 1_000_000, 1_000_000), ...buig('GM0001', 2013, 1_000_000, 1_130_000)];
    const [o] = vangnetoordelen(rijen, 'GM0001', 2013);
    expect(o!.regel.regime).toBe('IAU');
    expect(o!.nietGeverifieerd).toBe(false);
    expect(o!.komtInAanmerking).toBe(true);
    expect(o!.vergoeding).toBeCloseTo(30_000, 6);
  });

  it('2025 has two rules, the regular and the extended vangnet (its compensation unknown); against a voorlopig budget it is indicatief', () => {
    const rijen = [...buig('GM0001', 2022, 1_000_000, 1_060_000), ...buig('GM0001', 2023, 1_000_000, 1_060_000), ...buig('GM0001', 2024, 1_000_000, 1_000_000), ...buig('GM0001', 2025, 1_000_000, 1_065_000, 'voorlopig')];
    const oordelen = vangnetoordelen(rijen, 'GM0001', 2025);
    expect(oordelen.map((o) => [o.regel.regime, o.boven, o.komtInAanmerking, o.vergoeding])).toEqual([
      ['vangnet', false, false, 0],
      ['uitgebreid vangnet', true, true, null],
    ]);
    expect(oordelen.every((o) => o.indicatief)).toBe(true);
  });

  it('every rule has a legal basis, a source and a verification status per part', () => {
    for (const r of VANGNETREGELS) {
      expect(r.wettelijkeBasis.length, r.id).toBeGreaterThan(10);
      expect(r.bronnen.length, r.id).toBeGreaterThan(0);
      const delen = Object.values(r.verificatie);
      const zwakste = delen.includes('niet') ? 'niet' : delen.includes('secundair') ? 'secundair' : 'wettekst';
      expect(r.geverifieerd, r.id).toBe(zwakste);
    }
  });
});
