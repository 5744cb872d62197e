import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { figuren, type Figuur } from '../src/figuren.ts';
import {
  begrotingssleutel,
  inwonersjaren,
  leesBedrag,
  MAX_BEDRAG,
  standaardVoorstelVoor,
  verdeel,
  verdeelgebieden,
  verdeelsleutels,
  verdeelvoorstel,
  VERDEELVOORSTELLEN,
} from '../src/verdeelsleutel.ts';
import { csv, laadExtracten } from './helpers.ts';

const f = (indicator: string, gemeente_code: string, periode: string, waarde: number): Figuur => ({
  indicator, gemeente_code, gemeente_naam: gemeente_code, periode, dimensie: 'totaal', categorie: 'totaal', waarde,
});
const basis = (i: string, code: string, periode: string, categorie: string, waarde: number): Figuur => ({ ...f(i, code, periode, waarde), dimensie: 'basis', categorie });

/** Inhabitants on 1-1-2020 as bron 000 uses them, and benefits on 1-12-2024 (demo package). */
const rijen: Figuur[] = [
  f('inwoners', 'SV-noaberkracht', '2020', 47_749),
  basis('inwoners', 'SV-noaberkracht', '2020', '18plus', 37_000),
  f('inwoners', 'GM1774', '2020', 26_470),
  f('inwoners', 'GM0183', '2020', 21_279),
  f('inwoners', 'GM0173', '2020', 31_832),
  basis('inwoners', 'GM0173', '2020', '18plus', 25_147),
  f('uitkeringen', 'SV-noaberkracht', '2024-12-01', 413),
  f('uitkeringen', 'GM1774', '2024-12-01', 254),
  f('uitkeringen', 'GM0183', '2024-12-01', 159),
  f('uitkeringen', 'GM0173', '2024-12-01', 596),
];

const not = verdeelvoorstel('not-projectkosten')!;
const noaberkracht = verdeelvoorstel('noaberkracht-uitvoeringskosten')!;

describe('verdeel: whole euros by largest remainder', () => {
  it('splits 22.000 by inhabitants 2020 into 13.200 and 8.800', () => {
    expect(verdeel(22_000, [47_749, 31_832])).toEqual([13_200, 8_800]);
  });

  it('always sums exactly to the amount, also for awkward amounts and weights', () => {
    const gevallen: Array<[number, number[]]> = [
      [1, [1, 1, 1]],
      [100, [1, 1, 1]],
      [567_357, [56, 43]],
      [1_013_138, [56, 43, 1]],
      [999_999_999_999, [47_749, 31_832]],
      [7, [0.1, 0.2, 0.3, 0.4]],
      [1_000_001, [1 / 3, 1 / 3, 1 / 3]],
      [12_345, [26_470, 21_279, 31_832, 0]],
      [0, [3, 4]],
    ];
    for (const [bedrag, w] of gevallen) {
      const delen = verdeel(bedrag, w);
      expect(delen.reduce((s, d) => s + d, 0), `${bedrag} over ${w.join(':')}`).toBe(bedrag);
      const som = w.reduce((s, x) => s + x, 0);
      // Each part is its exact quota rounded down or up, never further away.
      delen.forEach((d, i) => expect(Math.abs(d - (bedrag * w[i]!) / som)).toBeLessThan(1));
      expect(delen.every(Number.isInteger)).toBe(true);
    }
  });

  it('gives the euros left over to the largest remainders', () => {
    // Quotas 3,5 / 2,9 / 3,6 (sum 10): floors 3+2+3 = 8, the two euros go to 2,9 and 3,6.
    expect(verdeel(10, [35, 29, 36])).toEqual([3, 3, 4]);
    // 1% of 1.013.138 is 10.131,38; 56% is 567.357,28; 43% is 435.649,34: the euro left over goes to ,38.
    expect(verdeel(1_013_138, [56, 43, 1])).toEqual([567_357, 435_649, 10_132]);
  });

  it('breaks ties by larger weight first, then by order in the list', () => {
    expect(verdeel(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(verdeel(2, [1, 1, 1])).toEqual([1, 1, 0]);
    // Quotas 0,5 / 1,5 with 1 euro left: equal remainders, the larger weight gets it, wherever it stands.
    expect(verdeel(2, [1, 3])).toEqual([0, 2]);
    expect(verdeel(2, [3, 1])).toEqual([2, 0]);
    // Equal weights and remainders: list order.
    expect(verdeel(1, [26_470, 26_470])).toEqual([1, 0]);
  });

  it('refuses amounts in cents, negative amounts and weights that cannot split anything', () => {
    expect(() => verdeel(10.5, [1, 1])).toThrow(RangeError);
    expect(() => verdeel(-1, [1, 1])).toThrow(RangeError);
    expect(() => verdeel(10, [0, 0])).toThrow(RangeError);
    expect(() => verdeel(10, [])).toThrow(RangeError);
    expect(() => verdeel(10, [1, -1, 2])).toThrow(RangeError);
    expect(() => verdeel(10, [1, Number.NaN])).toThrow(RangeError);
  });
});

describe('leesBedrag: amounts as a Dutch user types them', () => {
  it('reads whole euros with or without thousands dots and euro sign', () => {
    expect(leesBedrag('22000')).toBe(22_000);
    expect(leesBedrag('22.000')).toBe(22_000);
    expect(leesBedrag('€ 22.000')).toBe(22_000);
    expect(leesBedrag('€\u00a0567.357,00')).toBe(567_357);
    expect(leesBedrag('1.000.000,-')).toBe(1_000_000);
    expect(leesBedrag('0')).toBe(0);
  });
  it('refuses cents, decimals, negatives, text and amounts above the maximum', () => {
    for (const t of ['22.5', '22,50', '-5', 'twintig', '', '1.00', '22.0000', null, String(MAX_BEDRAG + 1)]) expect(leesBedrag(t), String(t)).toBeNull();
    expect(leesBedrag(String(MAX_BEDRAG))).toBe(MAX_BEDRAG);
  });
});

describe('the proposals', () => {
  it('names the source of each proposal and has unique ids', () => {
    expect(new Set(VERDEELVOORSTELLEN.map((v) => v.id)).size).toBe(VERDEELVOORSTELLEN.length);
    expect(not.bron).toContain('bron 000');
    expect(noaberkracht.bron).toContain('bron 002');
    for (const v of VERDEELVOORSTELLEN) expect(v.bron.length).toBeGreaterThan(0);
  });

  it('has Noaberkracht as one party (with its members) next to Oldenzaal for bron 000', () => {
    expect(not.partijen.map((p) => [p.code, p.naam, p.leden])).toEqual([
      ['SV-noaberkracht', 'Noaberkracht', ['GM1774', 'GM0183']],
      ['GM0173', 'Oldenzaal', []],
    ]);
    expect(not.standaardBedrag).toBe(22_000);
    expect(not.inwonersjaar).toBe(2020);
    expect(verdeelgebieden(not)).toEqual([
      { soort: 'samenwerking', id: 'noaberkracht' },
      { soort: 'gemeente', code: 'GM1774' },
      { soort: 'gemeente', code: 'GM0183' },
      { soort: 'gemeente', code: 'GM0173' },
    ]);
  });

  it('opens with the proposal of a chosen cooperation, and with bron 000 otherwise', () => {
    expect(standaardVoorstelVoor([{ soort: 'samenwerking', id: 'noord-oost-twente' }])).toBe('not-projectkosten');
    expect(standaardVoorstelVoor([{ soort: 'samenwerking', id: 'noaberkracht' }])).toBe('noaberkracht-uitvoeringskosten');
    expect(standaardVoorstelVoor([{ soort: 'samenwerking', id: 'buch' }])).toBe('samenwerking-buch');
    expect(standaardVoorstelVoor([{ soort: 'gemeente', code: 'GM1774' }])).toBe('not-projectkosten');
  });

  it('has a proposal per cooperation with its current members and equal shares', () => {
    const buch = verdeelvoorstel('samenwerking-buch')!;
    expect(buch.partijen.map((p) => p.naam)).toEqual(['Bergen (NH.)', 'Castricum', 'Heiloo', 'Uitgeest']);
    expect(buch.vast.soort).toBe('verhouding');
    const alkmaar = verdeelvoorstel('samenwerking-regio-alkmaar')!;
    // Heerhugowaard and Langedijk count as Dijk en Waard, Schermer and Graft-De Rijp as Alkmaar.
    expect(alkmaar.partijen.map((p) => p.code)).toContain('GM1980');
    expect(alkmaar.partijen.map((p) => p.code)).not.toContain('GM0398');
    const v = verdeelsleutels([], buch, { bedrag: 100_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    expect(v.partijen.map((p) => p.delen.vast!.bedrag)).toEqual([25_000, 25_000, 25_000, 25_000]);
  });
});

describe('verdeelsleutels: the keys side by side', () => {
  it('reproduces bron 000: € 22.000 by inhabitants 2020 is € 13.200 Noaberkracht and € 8.800 Oldenzaal', () => {
    const v = verdeelsleutels(rijen, not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    const [nk, oz] = v.partijen;
    expect(nk!.inwoners).toBe(47_749);
    expect(oz!.inwoners).toBe(31_832);
    expect(nk!.delen.inwoners!.bedrag).toBe(13_200);
    expect(oz!.delen.inwoners!.bedrag).toBe(8_800);
    expect(nk!.delen.inwoners!.aandeel).toBeCloseTo(0.6, 4);
    // The fixed key as the source states it: 60% / 40%.
    expect([nk!.delen.vast!.bedrag, oz!.delen.vast!.bedrag]).toEqual([13_200, 8_800]);
    expect(nk!.verschil.vast).toBe(0);
    expect(v.sleutels.vast.onverdeeld).toBe(0);
    expect(v.totaal).toBe(22_000);
    expect(v.totaalAfgeleid).toBe(false);
    // Members of the group are shown with their own figures.
    expect(nk!.leden.map((l) => [l.naam, l.inwoners, l.uitkeringen])).toEqual([
      ['Dinkelland', 26_470, 254],
      ['Tubbergen', 21_279, 159],
    ]);
  });

  it('splits by benefits on the peildatum and gives the difference against the inhabitants key in euros', () => {
    const v = verdeelsleutels(rijen, not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    const [nk, oz] = v.partijen;
    // 413 : 596 → 9.004,96 / 12.995,04
    expect(nk!.delen.uitkeringen!.bedrag + oz!.delen.uitkeringen!.bedrag).toBe(22_000);
    expect(nk!.delen.uitkeringen!.bedrag).toBe(Math.round((22_000 * 413) / 1009));
    expect(nk!.verschil.uitkeringen).toBe(nk!.delen.uitkeringen!.bedrag - 13_200);
    expect(oz!.verschil.uitkeringen).toBe(oz!.delen.uitkeringen!.bedrag - 8_800);
    expect(nk!.verschil.uitkeringen! + oz!.verschil.uitkeringen!).toBe(0);
    expect(v.sleutels.uitkeringen.naam).toBe('Naar uitkeringen 1-12-2024');
    expect(v.sleutels.inwoners.naam).toBe('Naar inwoners 1-1-2020');
  });

  it('reads bron 002’s € 567.357 as Dinkelland’s 56%, already split: the total and Tubbergen’s 43% are derived, never a second split', () => {
    const v = verdeelsleutels(rijen, noaberkracht, { bedrag: 567_357, inwonersjaar: 2020, peildatum: '2024-12-01' });
    const [dk, tb] = v.partijen;
    expect(v.totaalAfgeleid).toBe(true);
    // 567.357 / 0,56 = 1.013.137,5
    expect(v.totaal).toBe(1_013_138);
    expect(dk!.delen.vast).toEqual({ aandeel: 0.56, bedrag: 567_357, herkomst: 'gegeven' });
    // 567.357 × 43 / 56 = 435.649,1
    expect(tb!.delen.vast).toEqual({ aandeel: 0.43, bedrag: 435_649, herkomst: 'afgeleid' });
    // As printed the key sums to 99%: 1% of the derived total is nobody's.
    expect(v.sleutels.vast.somPercentages).toBe(99);
    expect(v.sleutels.vast.onverdeeld).toBe(1_013_138 - 567_357 - 435_649);
    // The other keys split the derived total, and are derived too.
    expect(dk!.delen.inwoners!.bedrag + tb!.delen.inwoners!.bedrag).toBe(1_013_138);
    expect(dk!.delen.inwoners!.herkomst).toBe('afgeleid');
    expect(dk!.delen.uitkeringen!.bedrag + tb!.delen.uitkeringen!.bedrag).toBe(1_013_138);
    // Nowhere is 567.357 itself split again into 56% and 43% of it.
    const alle = v.partijen.flatMap((p) => Object.values(p.delen).map((d) => d?.bedrag));
    for (const fout of verdeel(567_357, [56, 43, 1]).slice(0, 2)) expect(alle).not.toContain(fout);
  });

  it('gives the weights of a key for a budget of direct and keyed lines', () => {
    const v = verdeelsleutels(rijen, not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    expect(begrotingssleutel(v, 'vast')).toEqual({ naam: 'naar de vaste sleutel 60% / 40%', gewichten: [60, 40] });
    expect(begrotingssleutel(v, 'inwoners')).toEqual({ naam: 'naar inwoners 1-1-2020', gewichten: [47_749, 31_832] });
    const zonder = verdeelsleutels([], not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    expect(begrotingssleutel(zonder, 'inwoners')).toBeNull();
  });

  it('reports missing inhabitants or benefits in words instead of splitting as if they were zero', () => {
    const zonderOldenzaal = rijen.filter((r) => r.gemeente_code !== 'GM0173' || r.indicator !== 'uitkeringen');
    const v = verdeelsleutels(zonderOldenzaal, not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    expect(v.partijen.map((p) => p.delen.uitkeringen)).toEqual([null, null]);
    expect(v.partijen.map((p) => p.verschil.uitkeringen)).toEqual([null, null]);
    expect(v.partijen[1]!.uitkeringen).toBeUndefined();
    expect(v.sleutels.uitkeringen.ontbreekt).toBe(
      'Geen aantal uitkeringen op 1-12-2024 voor Oldenzaal. Zonder dat cijfer voor elke partij kan deze verdeling niet worden gemaakt.',
    );
    expect(v.partijen[0]!.delen.inwoners!.bedrag).toBe(13_200);

    const later = verdeelsleutels(rijen, not, { bedrag: 22_000, inwonersjaar: 2031, peildatum: '2010-01-01' });
    expect(later.sleutels.inwoners.ontbreekt).toContain('Geen aantal inwoners op 1 januari 2031 voor Noaberkracht en Oldenzaal');
    expect(later.sleutels.uitkeringen.ontbreekt).toContain('op 1-1-2010');
    expect(later.partijen[0]!.delen.inwoners).toBeNull();
    expect(later.partijen[0]!.verschil.vast).toBeNull();
    // The fixed key needs no figures.
    expect(later.partijen[0]!.delen.vast!.bedrag).toBe(13_200);
  });

  it('says so when all parties have zero benefits', () => {
    const nul = rijen.map((r) => (r.indicator === 'uitkeringen' ? { ...r, waarde: 0 } : r));
    const v = verdeelsleutels(nul, not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' });
    expect(v.sleutels.uitkeringen.ontbreekt).toBe('Geen van de partijen heeft uitkeringen op 1-12-2024; naar uitkeringen valt niets te verdelen.');
    expect(v.partijen[0]!.delen.uitkeringen).toBeNull();
  });

  it('lists the inhabitants years every party has', () => {
    expect(inwonersjaren([...rijen, f('inwoners', 'GM0173', '2021', 31_926), f('inwoners', 'SV-noaberkracht', '2019', 47_700)], not)).toEqual([2020]);
    expect(inwonersjaren([...rijen, f('inwoners', 'GM0173', '2019', 31_856), f('inwoners', 'SV-noaberkracht', '2019', 47_700)], not)).toEqual([2019, 2020]);
    expect(inwonersjaren([], not)).toEqual([]);
  });

  it('refuses an amount that is not whole euros', () => {
    expect(() => verdeelsleutels(rijen, not, { bedrag: 22_000.5, inwonersjaar: 2020, peildatum: '2024-12-01' })).toThrow(RangeError);
    expect(() => verdeelsleutels(rijen, not, { bedrag: MAX_BEDRAG + 1, inwonersjaar: 2020, peildatum: '2024-12-01' })).toThrow(RangeError);
  });
});

describe('from the indicator figures (DuckDB)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openNodeEngine();
    await laadExtracten(engine, [
      csv('twente.csv', [
        'Uitkeringen lopend op of na 1-1-2018, aangemaakt 31-12-2019',
        'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum',
        '1;Dinkelland;Pw;01-03-2017;',
        '2;Dinkelland;Pw;15-11-2019;',
        '3;Tubbergen;Pw;01-06-2019;',
        '4;Oldenzaal;Bbz;01-01-2018;',
      ]),
    ]);
  }, 60_000);
  afterAll(() => engine?.close());

  it('reproduces bron 000 with inhabitants from the indicator `inwoners` (Noaberkracht = Dinkelland + Tubbergen)', async () => {
    const r = await figuren(engine, { gebieden: verdeelgebieden(not), indeling: 'huidig', indicatoren: ['inwoners', 'uitkeringen'] });
    const v = verdeelsleutels(r, not, { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2019-12-01' });
    expect(v.partijen.map((p) => p.inwoners)).toEqual([47_749, 31_832]);
    expect(v.partijen.map((p) => p.delen.inwoners?.bedrag)).toEqual([13_200, 8_800]);
    // Benefits on 1-12-2019: Noaberkracht 3, Oldenzaal 1.
    expect(v.partijen.map((p) => p.uitkeringen)).toEqual([3, 1]);
    expect(v.partijen.map((p) => p.delen.uitkeringen?.bedrag)).toEqual([16_500, 5_500]);
    expect(v.partijen.map((p) => p.verschil.uitkeringen)).toEqual([3_300, -3_300]);
  }, 60_000);
});
