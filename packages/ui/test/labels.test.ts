import { describe, expect, it } from 'vitest';
import { categoriegrafiek, gebiedsstijl } from '@pw/charts';
import { svgVanOptie } from '../src/echarts.ts';

/** The text of an SVG as one line: every <text> and <tspan>, in order, separated by spaces (a wrapped label spans several). */
function svgTekst(svg: string): string {
  const stukken = [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)</g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;|&#34;/g, '"').replace(/&#39;/g, "'"));
  return stukken.join(' ').replace(/\s+/g, ' ');
}

const CATEGORIEEN = [
  { code: 'tot1', naam: 'korter dan 1 jaar' },
  { code: '1-2', naam: '1 tot 2 jaar' },
  { code: '2-5', naam: '2 tot 5 jaar' },
  { code: '5-10', naam: '5 tot 10 jaar' },
  { code: '10plus', naam: '10 jaar of langer' },
  { code: 'lw3', naam: 'Loonwaardegroep 3 ("beschut", loonwaarde onder 20%)' },
  { code: 'lw4', naam: 'Loonwaardegroep 4 (zorg, geen realistische re-integratie)' },
  { code: 'dgr', naam: 'In het doelgroepenregister (banenafspraak)' },
];

describe('category labels are never dropped', () => {
  for (const [breedte, wat] of [
    [1200, 'a full-width card'],
    [520, 'a half-width card'],
    [340, 'a phone'],
  ] as const) {
    it(`draws every category label in the SVG, long ones wrapped, on ${wat} (${breedte} px)`, () => {
      const g = categoriegrafiek({
        titel: 'Lopende uitkeringen naar kenmerk',
        xNaam: 'Kenmerk',
        yNaam: 'Aantal uitkeringen',
        eenheid: 'aantal',
        categorieen: CATEGORIEEN,
        reeksen: ['Dinkelland', 'Oldenzaal', 'Tubbergen'].map((naam, i) => ({ naam, stijl: gebiedsstijl(i), waarden: new Map(CATEGORIEEN.map((c, j) => [c.code, (j + 1) * (i + 2)])) })),
      });
      const tekst = svgTekst(svgVanOptie(g.option, breedte, g.hoogte ?? 360));
      for (const c of CATEGORIEEN) expect(tekst, c.naam).toContain(c.naam);
      for (const n of ['Dinkelland', 'Oldenzaal', 'Tubbergen']) expect(tekst).toContain(n);
    });
  }
});
