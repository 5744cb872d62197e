import { describe, expect, it } from 'vitest';
import { verdeelsleutels, verdeelvoorstel, type Figuur } from '@pw/metrics';
import { partijLabel, verdeelsleutelgrafiek } from '../src/verdeelsleutel.ts';

const f = (indicator: string, gemeente_code: string, periode: string, waarde: number): Figuur => ({
  indicator, gemeente_code, gemeente_naam: gemeente_code, periode, dimensie: 'totaal', categorie: 'totaal', waarde,
});
const rijen = [
  f('inwoners', 'SV-noaberkracht', '2020', 47_749),
  f('inwoners', 'GM0173', '2020', 31_832),
  f('inwoners', 'GM1774', '2020', 26_470),
  f('inwoners', 'GM0183', '2020', 21_279),
  f('uitkeringen', 'SV-noaberkracht', '2024-12-01', 413),
  f('uitkeringen', 'GM0173', '2024-12-01', 596),
  f('uitkeringen', 'GM1774', '2024-12-01', 254),
  f('uitkeringen', 'GM0183', '2024-12-01', 159),
];
const instelling = { bedrag: 22_000, inwonersjaar: 2020, peildatum: '2024-12-01' };
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

type Optie = {
  xAxis: { name: string; data: string[] };
  yAxis: { name: string; axisLabel: { formatter: (v: number) => string } };
  legend: object;
  series: Array<{ name: string; type: string; data: Array<number | null> }>;
  aria: { enabled: boolean; label: { description: string } };
};

describe('chart of a cost split by key', () => {
  it('has a title naming amount and subject, parties on the axis, a bar series per key in euros', () => {
    const g = verdeelsleutelgrafiek(verdeelsleutels(rijen, verdeelvoorstel('not-projectkosten')!, instelling));
    expect(nbsp(g.titel)).toBe('Verdeling van € 22.000 projectkosten Noord-Oost Twente naar verdeelsleutel');
    const o = g.option as Optie;
    expect(o.xAxis.name).toBe('Partij');
    expect(o.xAxis.data).toEqual(['Noaberkracht (Dinkelland en Tubbergen)', 'Oldenzaal']);
    expect(o.yAxis.name).toBe('Bedrag (euro)');
    expect(nbsp(o.yAxis.axisLabel.formatter(13_200))).toBe('€ 13.200');
    expect(o.legend).toBeDefined();
    expect(o.series.map((s) => [s.name, s.type])).toEqual([
      ['Naar inwoners 1-1-2020', 'bar'],
      ['Naar uitkeringen 1-12-2024', 'bar'],
      ['Vast 60% / 40%', 'bar'],
    ]);
    expect(o.series[0]!.data).toEqual([13_200, 8_800]);
    expect(o.series[1]!.data.reduce((s: number, x) => s + (x ?? 0), 0)).toBe(22_000);
    expect(o.aria.enabled).toBe(true);
  });

  it('gives the same numbers as a table and describes every key per party in Dutch', () => {
    const g = verdeelsleutelgrafiek(verdeelsleutels(rijen, verdeelvoorstel('not-projectkosten')!, instelling));
    expect(g.tabel.kolommen).toEqual(['Partij', 'Naar inwoners 1-1-2020', 'Naar uitkeringen 1-12-2024', 'Vast 60% / 40%']);
    expect(g.tabel.eenheid).toBe('euro');
    expect(g.tabel.rijen[0]!.slice(0, 2)).toEqual(['Noaberkracht (Dinkelland en Tubbergen)', 13_200]);
    expect(g.tabel.rijen[1]![1]).toBe(8_800);
    expect(nbsp(g.beschrijving)).toContain('Naar inwoners 1-1-2020: Noaberkracht (Dinkelland en Tubbergen) € 13.200, Oldenzaal € 8.800');
    expect((g.option as Optie).aria.label.description).toBe(g.beschrijving);
  });

  it('splits the total derived from bron 002’s share, shows the unassigned 1% as its own category, and a key without data as gaps', () => {
    const zonder = rijen.filter((r) => !(r.indicator === 'uitkeringen' && r.gemeente_code === 'GM0183'));
    const g = verdeelsleutelgrafiek(verdeelsleutels(zonder, verdeelvoorstel('noaberkracht-uitvoeringskosten')!, { ...instelling, bedrag: 567_357 }));
    expect(nbsp(g.titel)).toBe('Verdeling van ≈ € 1.013.138 uitvoeringskosten Participatiewet Noaberkracht (afgeleid) naar verdeelsleutel');
    // By inhabitants 2020: 1.013.138 × 26.470 / 47.749 = 561.640,3; the fixed key: Dinkelland's 567.357 as given, Tubbergen's 43% derived.
    expect(g.tabel.rijen).toEqual([
      ['Dinkelland', 561_640, null, 567_357],
      ['Tubbergen', 451_498, null, 435_649],
      ['Niet toegerekend', 0, null, 10_132],
    ]);
    expect(g.beschrijving).toContain('Naar uitkeringen 1-12-2024: geen verdeling, gegevens ontbreken');
  });

  it('lists the members of a group party', () => {
    expect(partijLabel('Oldenzaal', [])).toBe('Oldenzaal');
    expect(partijLabel('Noord-Oost Twente', ['GM1774', 'GM0173', 'GM0183'])).toBe('Noord-Oost Twente (Dinkelland, Oldenzaal en Tubbergen)');
  });
});
