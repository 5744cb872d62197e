import { describe, expect, it } from 'vitest';
import { beschutWerkRangorde } from '../src/beschutwerk.ts';
import type { Figuur } from '../src/figuren.ts';
import { per1000Cel } from '../src/indicatoren.ts';
import { gemiddeldeReeks, gemiddeldeVerdeling, groepsgemiddelde, vergelijkingsgroepVoor } from '../src/vergelijking.ts';

// Figures of the demo package (huidige indeling): inhabitants on 1-1-2019, beschut werk 2019 and
// Pw benefits by afstand on 1-12-2019 (Dinkelland: 85 kort, 160 lang, as in bron 002).
const DEMO: Record<string, { naam: string; inwoners: number; taak: number; real: number; kort?: number; lang?: number; onbekend?: number }> = {
  GM1774: { naam: 'Dinkelland', inwoners: 26406, taak: 4, real: 4, kort: 85, lang: 160 },
  GM0183: { naam: 'Tubbergen', inwoners: 21253, taak: 3, real: 3, kort: 53, lang: 93 },
  GM0173: { naam: 'Oldenzaal', inwoners: 31856, taak: 5, real: 4, kort: 189, lang: 374, onbekend: 11 },
  GM0399: { naam: 'Heiloo', inwoners: 23110, taak: 4, real: 4 },
  GM0373: { naam: 'Bergen (NH.)', inwoners: 29990, taak: 4, real: 3 },
  GM0383: { naam: 'Castricum', inwoners: 35600, taak: 5, real: 4 },
  GM0450: { naam: 'Uitgeest', inwoners: 13610, taak: 2, real: 2 },
  GM0361: { naam: 'Alkmaar', inwoners: 109040, taak: 18, real: 16 },
  GM1980: { naam: 'Dijk en Waard', inwoners: 84600, taak: 12, real: 9 },
};
const f = (indicator: string, code: string, naam: string, periode: string, waarde: number, dimensie = 'totaal', categorie = 'totaal'): Figuur => ({ indicator, gemeente_code: code, gemeente_naam: naam, periode, dimensie, categorie, waarde });
const ALLE: Figuur[] = Object.entries(DEMO).flatMap(([code, g]) => [
  f('inwoners', code, g.naam, '2019', g.inwoners),
  f('beschut_werk_taakstelling', code, g.naam, '2019', g.taak),
  f('beschut_werk_realisatie', code, g.naam, '2019', g.real),
  ...(['kort', 'lang', 'onbekend'] as const).flatMap((c) => (g[c] === undefined ? [] : [f('uitkeringen', code, g.naam, '2019-12-01', g[c]!, 'afstand', c)])),
]);
// Noaberkracht (Dinkelland + Tubbergen) is only in the figures of the chosen area.
const NOABERKRACHT = [f('inwoners', 'SV-noaberkracht', 'Noaberkracht', '2019', 26406 + 21253), f('uitkeringen', 'SV-noaberkracht', 'Noaberkracht', '2019-12-01', 442)];
const VAN_20_TOT_50_DUIZEND = ['GM0173', 'GM0183', 'GM0373', 'GM0383', 'GM0399', 'GM1774'];
const zonder = (...codes: string[]) => VAN_20_TOT_50_DUIZEND.filter((c) => !codes.includes(c));

describe('comparison group of similar size', () => {
  it('compares Dinkelland with the other municipalities of 20.000 to 50.000 inhabitants', () => {
    const { groep, melding } = vergelijkingsgroepVoor(ALLE, ALLE.filter((r) => r.gemeente_code === 'GM1774'), 'GM1774', 2019);
    expect(groep?.klasse.naam).toBe('20.000 tot 50.000 inwoners');
    // Not with itself: a benchmark that includes the area is partly the area.
    expect(groep?.codes).toEqual(zonder('GM1774'));
    expect(melding).toBeNull();
  });

  it('classes a cooperation by the sum of its members, and leaves its members out of its group', () => {
    // 47.659 inhabitants: still 20.000 to 50.000; Dinkelland and Tubbergen are Noaberkracht itself.
    expect(vergelijkingsgroepVoor(ALLE, NOABERKRACHT, 'SV-noaberkracht', 2019).groep?.codes).toEqual(zonder('GM1774', 'GM0183'));
    // Without the chosen figures the cooperation's size is unknown: no group, never a wrong one.
    expect(vergelijkingsgroepVoor(ALLE, [], 'SV-noaberkracht', 2019, 'Noaberkracht')).toEqual({
      groep: null,
      melding: 'Geen vergelijkingsgroep: het aantal inwoners van Noaberkracht op 1 januari 2019 is niet bekend.',
    });
    expect(vergelijkingsgroepVoor(ALLE, NOABERKRACHT, 'SV-noaberkracht', 2020).groep).toBeNull();
  });

  it('is no group when only one other municipality has the same size: a group of one is no average', () => {
    // Uitgeest (13.610) is the only municipality of 10.000 to 20.000; Alkmaar the only one of 100.000 to 150.000.
    expect(vergelijkingsgroepVoor(ALLE, [], 'GM0450', 2019, 'Uitgeest')).toEqual({
      groep: null,
      melding: 'Geen vergelijkingsgroep: geen andere gemeente in de gegevens heeft 10.000 tot 20.000 inwoners op 1 januari 2019, en één gemeente is geen gemiddelde.',
    });
    const eenAndere = ALLE.filter((r) => !['GM0173', 'GM0183', 'GM0373', 'GM0383'].includes(r.gemeente_code));
    expect(vergelijkingsgroepVoor(eenAndere, [], 'GM1774', 2019, 'Dinkelland').melding).toBe(
      'Geen vergelijkingsgroep: maar één andere gemeente in de gegevens heeft 20.000 tot 50.000 inwoners op 1 januari 2019, en één gemeente is geen gemiddelde.',
    );
  });
});

describe('the average line over time follows one fixed group', () => {
  const per1000 = (code: string, periode: string, waarde: number) => f('uitkeringen_per_1000_inwoners', code, code, periode, waarde);
  // Twente from 2015 only; the Alkmaar region from 2011 (as in the demo package).
  const reeks = [
    per1000('GM0373', '2014-12-01', 7),
    per1000('GM0383', '2014-12-01', 5),
    per1000('GM0373', '2015-01-01', 7),
    per1000('GM0383', '2015-01-01', 5),
    per1000('GM0183', '2015-01-01', 12),
    per1000('GM0373', '2015-02-01', 8),
    per1000('GM0383', '2015-02-01', 6),
    per1000('GM0183', '2015-02-01', 13),
  ];

  it('has no point where a member of the group has no figure (the line breaks) instead of jumping to the mean of the rest', () => {
    const gem = gemiddeldeReeks(reeks, ['GM0183', 'GM0373', 'GM0383'], per1000Cel('totaal'));
    expect(gem).toEqual([
      { periode: '2015-01-01', waarde: 8, n: 3 },
      { periode: '2015-02-01', waarde: 9, n: 3 },
    ]);
  });
});

describe('beschut werk: ranking and benchmark', () => {
  it('ranks municipalities by realisatie as a share of the taakstelling, ties by name', () => {
    const r = beschutWerkRangorde(ALLE, 2019);
    expect(r.map((x) => `${x.naam} ${x.jaar.realisatie}/${x.jaar.taakstelling}`)).toEqual([
      'Dinkelland 4/4',
      'Heiloo 4/4',
      'Tubbergen 3/3',
      'Uitgeest 2/2',
      'Alkmaar 16/18',
      'Castricum 4/5',
      'Oldenzaal 4/5',
      'Bergen (NH.) 3/4',
      'Dijk en Waard 9/12',
    ]);
    expect(beschutWerkRangorde(ALLE, 2020)).toEqual([]);
  });

  it('averages the other municipalities of similar size, each counting once, only when all of them have a figure', () => {
    const groep = vergelijkingsgroepVoor(ALLE, [], 'GM1774', 2019).groep!;
    const perGemeente = beschutWerkRangorde(ALLE, 2019).map((x) => ({ code: x.code, waarde: x.jaar.percentage }));
    const gem = groepsgemiddelde(perGemeente, groep);
    // Tubbergen 3/3, Oldenzaal 4/5, Heiloo 4/4, Bergen 3/4, Castricum 4/5
    expect(gem?.n).toBe(5);
    expect(gem?.waarde).toBeCloseTo((1 + 0.8 + 1 + 0.75 + 0.8) / 5, 12);
    expect(groepsgemiddelde(perGemeente.filter((x) => x.code !== 'GM0373'), groep)).toBeNull();
  });
});

describe('distribution benchmark (Doelgroepen)', () => {
  it('averages each category’s share over the whole group; a category a municipality lacks is a share of 0 there', () => {
    const m = gemiddeldeVerdeling(ALLE, ['GM1774', 'GM0183', 'GM0173'], { indicator: 'uitkeringen', periode: '2019-12-01', dimensie: 'afstand' }, ['kort', 'lang', 'onbekend'])!;
    expect(m.get('kort')).toBeCloseTo((85 / 245 + 53 / 146 + 189 / 574) / 3, 12);
    expect(m.get('lang')).toBeCloseTo((160 / 245 + 93 / 146 + 374 / 574) / 3, 12);
    expect(m.get('onbekend')).toBeCloseTo((0 + 0 + 11 / 574) / 3, 12);
  });

  it('is no benchmark when a municipality of the group has no distribution on that date', () => {
    expect(gemiddeldeVerdeling(ALLE, ['GM1774', 'GM0399'], { indicator: 'uitkeringen', periode: '2019-12-01', dimensie: 'afstand' }, ['kort'])).toBeNull();
  });
});

describe('benefits per 1.000 inhabitants', () => {
  it('reads the total for all inhabitants and the basis category otherwise', () => {
    expect(per1000Cel('totaal')).toEqual({ indicator: 'uitkeringen_per_1000_inwoners', dimensie: 'totaal', categorie: 'totaal' });
    expect(per1000Cel('18plus')).toEqual({ indicator: 'uitkeringen_per_1000_inwoners', dimensie: 'basis', categorie: '18plus' });
  });
});
