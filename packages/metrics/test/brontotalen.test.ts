import { describe, expect, it } from 'vitest';
import { brontotalen } from '../src/brontotalen.ts';
import type { Figuur } from '../src/figuren.ts';

// Source 003, "Regionale budgetten Re-integratie", the eight municipalities' rows 2011–2015.
const RIJEN: Record<string, number[]> = {
  Alkmaar: [6_688_656, 2_658_097, 2_383_121, 1_758_970, 1_540_736],
  Bergen: [801_444, 318_391, 285_454, 210_692, 184_552],
  Castricum: [317_155, 95_597, 85_708, 63_260, 55_412],
  'Graft-de Rijp': [54_339, 33_987, 30_471, 22_491, 19_700],
  Heerhugowaard: [1_710_826, 519_014, 465_323, 343_452, 300_840],
  Heiloo: [359_478, 136_493, 122_373, 90_323, 79_117],
  Langedijk: [501_308, 171_992, 154_200, 113_814, 99_693],
  Schermer: [61_959, 23_670, 21_222, 15_664, 13_720],
};
const som = (j: number) => Object.values(RIJEN).reduce((s, r) => s + r[j]!, 0);
const figuren: Figuur[] = [2011, 2012, 2013, 2014, 2015].map((jaar, j) => ({
  indicator: 'budget_begroot', gemeente_code: 'SV-regio-alkmaar', gemeente_naam: 'Regio Alkmaar', periode: String(jaar), dimensie: 'soort', categorie: 're-integratie', waarde: som(j),
}));

describe('totals as source 003 prints them', () => {
  it('keeps the rows’ sum as the figure and shows the printed total beside it: 2012, 2014 and 2015 differ by € 1–2', () => {
    const t = brontotalen(figuren, 'SV-regio-alkmaar');
    expect(t.map((x) => [x.periode, x.gedrukt, x.som, x.verschil])).toEqual([
      ['2011', 10_495_165, 10_495_165, 0],
      ['2012', 3_957_242, 3_957_241, -1],
      ['2013', 3_547_872, 3_547_872, 0],
      ['2014', 2_618_668, 2_618_666, -2],
      ['2015', 2_293_771, 2_293_770, -1],
    ]);
    expect(t[1]!.tekst.replace(/\u00a0/g, ' ')).toBe(
      '2012: de bron drukt als totaal € 3.957.242; de som van de gemeenten is € 3.957.241 (−€ 1). De cijfers zijn de som van de regels; het verschil is afronding in de bron.',
    );
    expect(t[0]!.tekst.replace(/\u00a0/g, ' ')).toBe('2011: het gedrukte totaal € 10.495.165 is de som van de gemeenten.');
  });

  it('says so when the figures have no sum, and has nothing for other areas', () => {
    expect(brontotalen([], 'SV-regio-alkmaar')[0]!.som).toBeNull();
    expect(brontotalen(figuren, 'GM1774')).toEqual([]);
  });
});
