import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { beschutWerkBevindingen, doelgroepenBevindingen, uitkeringenBevindingen } from '../src/index.ts';

// Real figures of the demo package, as `npm run figures -- data/demo-package --format json
// --indeling huidig` prints them ("open"), and with `--kleine-aantallen afschermen` ("afgeschermd",
// a masked cell is `<5` or `x`, which the app holds as NaN), filtered to the cells these rules read:
// Dinkelland, its comparison group (Oldenzaal, Tubbergen, Bergen (NH.), Castricum, Heiloo: 20.000 to
// 50.000 inhabitants) and Dijk en Waard's beschut werk.
type Rij = [string, string, string, string, string, string, number | string];
const bestand = JSON.parse(readFileSync(new URL('./demo-figuren.json', import.meta.url), 'utf8')) as Record<'open' | 'afgeschermd', Rij[]>;
const figuren = (rijen: Rij[]): Figuur[] =>
  rijen.map(([indicator, gemeente_code, gemeente_naam, periode, dimensie, categorie, w]) => ({ indicator, gemeente_code, gemeente_naam, periode, dimensie, categorie, waarde: typeof w === 'string' ? Number.NaN : w }));
const OPEN = figuren(bestand.open);
const AFGESCHERMD = figuren(bestand.afgeschermd);
/** The markers of the masked file and the values behind them: a sentence may contain none of these values. */
const VERBORGEN = bestand.afgeschermd.flatMap((r, i) => (typeof r[6] === 'string' ? [bestand.open[i]!] : []));

const DINKELLAND = { code: 'GM1774', naam: 'Dinkelland' };
const DIJK_EN_WAARD = { code: 'GM1980', naam: 'Dijk en Waard' };
/** No sentence names a cause: the figures say what, never why. */
const OORZAAK = /\b(door|doordat|omdat|vanwege|dankzij|oorzaak|gevolg|leidde|komt)\b/i;

describe('findings of the Uitkeringen page', () => {
  it('states the stock, the change against a year earlier and the comparable municipalities, as in the issue', () => {
    const z = uitkeringenBevindingen({ rijen: OPEN, alle: OPEN, gebieden: [DINKELLAND], peildatum: '2024-12-01' });
    // 254 on 1-12-2024, 260 a year earlier; the group went from 1.384 to 1.406 together (+1,6%).
    expect(z[0]).toBe('Op 1-12-2024 had Dinkelland 254 uitkeringen, 6 minder dan een jaar eerder (−2,3%).');
    expect(z).toContain('Daarvan vielen er 225 (88,6%) onder de Participatiewet (Pw); de andere onder de IOAW, de IOAZ of het Bbz.');
    // Stock(1-12-2024) = stock(1-12-2023) + instroom − uitstroom: 260 + 76 − 82 = 254.
    expect(z).toContain('In de twaalf maanden tot 1-12-2024 begonnen 76 uitkeringen en eindigden er 82.');
    expect(z).toContain('In de 5 vergelijkbare gemeenten (20.000 tot 50.000 inwoners) steeg het aantal met 1,6% in dezelfde periode.');
    for (const zin of z) expect(zin).not.toMatch(OORZAAK);
  });

  it('says a fall of the group as a fall (1-12-2019: Dinkelland 292 → 275)', () => {
    const z = uitkeringenBevindingen({ rijen: OPEN, alle: OPEN, gebieden: [DINKELLAND], peildatum: '2019-12-01' });
    expect(z[0]).toBe('Op 1-12-2019 had Dinkelland 275 uitkeringen, 17 minder dan een jaar eerder (−5,8%).');
    expect(z).toContain('In de 5 vergelijkbare gemeenten (20.000 tot 50.000 inwoners) daalde het aantal met 3,7% in dezelfde periode.');
  });

  it('says that there are no data before the first peildatum instead of comparing with nothing', () => {
    const z = uitkeringenBevindingen({ rijen: OPEN, alle: OPEN, gebieden: [DINKELLAND], peildatum: '2015-06-01' });
    expect(z[0]).toBe('Op 1-6-2015 had Dinkelland 277 uitkeringen. Er zijn geen gegevens over uitkeringen van Dinkelland vóór 1-1-2015, dus er is geen vergelijking met een jaar eerder.');
    expect(z.join(' ')).not.toContain('vergelijkbare gemeenten');
  });

  it('gives one sentence per area when areas are compared', () => {
    const z = uitkeringenBevindingen({ rijen: OPEN, gebieden: [DINKELLAND, { code: 'GM0173', naam: 'Oldenzaal' }, { code: 'GM0183', naam: 'Tubbergen' }], peildatum: '2024-12-01' });
    expect(z).toEqual([
      'Op 1-12-2024 had Dinkelland 254 uitkeringen, 6 minder dan een jaar eerder (−2,3%).',
      'Op 1-12-2024 had Oldenzaal 596 uitkeringen, 6 meer dan een jaar eerder (+1,0%).',
      'Op 1-12-2024 had Tubbergen 159 uitkeringen, 1 minder dan een jaar eerder (−0,6%).',
    ]);
  });

  it('with masked figures gives no sum that contains a masked month, and no masked value', () => {
    const z = uitkeringenBevindingen({ rijen: AFGESCHERMD, alle: AFGESCHERMD, gebieden: [DINKELLAND], peildatum: '2019-12-01' });
    expect(z[0]).toBe('Op 1-12-2019 had Dinkelland 275 uitkeringen, 17 minder dan een jaar eerder (−5,8%).');
    // Several months of in- and outflow are masked: the 65 and 82 of the open figures are not said.
    expect(z).toContain('De instroom en uitstroom van de twaalf maanden tot 1-12-2019 zijn niet opgeteld: een deel van de maanden is afgeschermd.');
    expect(z.join(' ')).not.toMatch(/begonnen|eindigden/);
  });
});

describe('findings of the Doelgroepen page', () => {
  it('states the Pw benefits by distance to the labour market, the comparison and the register', () => {
    const z = doelgroepenBevindingen({ rijen: OPEN, alle: OPEN, gebieden: [DINKELLAND], peildatum: '2019-12-01' });
    expect(z).toEqual([
      'Van de 245 Pw-uitkeringen van Dinkelland op 1-12-2019 hadden er 85 (34,7%) een korte en 160 (65,3%) een lange afstand tot de arbeidsmarkt.',
      'In de 5 vergelijkbare gemeenten (20.000 tot 50.000 inwoners) had gemiddeld 62,5% van de Pw-uitkeringen een lange afstand tot de arbeidsmarkt.',
      'In het doelgroepenregister (banenafspraak) stonden op 1-12-2019 38 inwoners van Dinkelland, van wie 18 met een uitkering.',
    ]);
  });

  it('names a masked part as masked and then gives neither its value, nor the total or shares that would give it away', () => {
    const z = doelgroepenBevindingen({ rijen: AFGESCHERMD, alle: AFGESCHERMD, gebieden: [DINKELLAND], peildatum: '2015-06-01' });
    // Open: 91 short and 157 long of 248; the 91 is masked (x).
    expect(z[0]).toBe('Van de Pw-uitkeringen van Dinkelland op 1-6-2015 hadden er 157 een lange afstand tot de arbeidsmarkt; het aantal met een korte afstand is afgeschermd.');
    expect(z.join(' ')).not.toMatch(/\b(91|248)\b/);
    // The group's average would be over part of the group: no comparison.
    expect(z.join(' ')).not.toContain('vergelijkbare gemeenten');
  });
});

describe('findings of the Beschut werk page', () => {
  it('states the realisatie against the taakstelling, in places and percent', () => {
    expect(beschutWerkBevindingen({ rijen: OPEN, gebieden: [DIJK_EN_WAARD], jaar: 2022 })).toEqual([
      'Eind 2022 had Dijk en Waard 17 plaatsen beschut werk gerealiseerd bij een taakstelling van 21 (81,0%): 4 plaatsen minder dan de taakstelling.',
    ]);
    expect(beschutWerkBevindingen({ rijen: OPEN, gebieden: [DINKELLAND], jaar: 2019 })).toEqual(['Eind 2019 had Dinkelland 4 plaatsen beschut werk gerealiseerd bij een taakstelling van 4 (100,0%): precies de taakstelling.']);
  });

  it('says when the realisatie of the year is not yet known, with the last year that is', () => {
    expect(beschutWerkBevindingen({ rijen: OPEN, gebieden: [DIJK_EN_WAARD], jaar: 2024 })).toEqual([
      'De taakstelling beschut werk van Dijk en Waard voor eind 2024 is 28 plaatsen; de realisatie van 2024 is nog niet bekend. Eind 2023 waren er 22 van de 24 plaatsen gerealiseerd.',
    ]);
  });
});

describe('every finding on masked figures', () => {
  it('contains no value that the masking hides', () => {
    const zinnen = [
      ...['2015-06-01', '2018-12-01', '2019-12-01', '2023-12-01', '2024-12-01'].flatMap((peildatum) => [
        ...uitkeringenBevindingen({ rijen: AFGESCHERMD, alle: AFGESCHERMD, gebieden: [DINKELLAND], peildatum }),
        ...doelgroepenBevindingen({ rijen: AFGESCHERMD, alle: AFGESCHERMD, gebieden: [DINKELLAND], peildatum }),
      ]),
      ...[2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].flatMap((jaar) => beschutWerkBevindingen({ rijen: AFGESCHERMD, gebieden: [DIJK_EN_WAARD, DINKELLAND], jaar })),
    ];
    expect(zinnen.length).toBeGreaterThan(20);
    // A hidden Dinkelland count of the periods said (a value that is also shown elsewhere is not hidden).
    const getoond = new Set(bestand.afgeschermd.filter((r) => typeof r[6] === 'number').map((r) => r[6]));
    const verborgen = VERBORGEN.filter((r) => r[1] === DINKELLAND.code || r[1] === DIJK_EN_WAARD.code).map((r) => r[6] as number).filter((w) => !getoond.has(w));
    expect(verborgen.length).toBeGreaterThan(0);
    for (const zin of zinnen) {
      expect(zin).not.toMatch(OORZAAK);
      for (const w of verborgen) expect(zin, `${w} in "${zin}"`).not.toMatch(new RegExp(`(?<![\\d.,])${w}(?![\\d]|,\\d)`));
    }
  });
});
