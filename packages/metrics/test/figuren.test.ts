import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { figuren } from '../src/figuren.ts';
import { veranderingJaar } from '../src/afgeleid.ts';
import { csv, laadExtracten } from './helpers.ts';
import { INWONERS } from '@pw/model';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
  await laadExtracten(engine, [
    csv('twente.csv', [
      'Uitkeringen lopend op of na 1-1-2018, aangemaakt 31-12-2019',
      'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum;Afstand',
      '1;Dinkelland;Pw;01-03-2017;;kort',
      '2;Dinkelland;Pw;15-11-2019;;lang',
      '3;Dinkelland;IOAW;01-01-2018;30-11-2019;',
      '4;Tubbergen;Pw;01-06-2019;;lang',
      '5;Oldenzaal;Bbz;01-01-2018;;',
    ]),
    csv('alkmaar.csv', [
      'Uitkeringen lopend op of na 1-1-2021, aangemaakt 31-03-2022',
      'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum',
      '10;GM0398;Pw;01-05-2019;31-12-2021',
      '10;GM1980;Pw;01-01-2022;',
      '11;GM0416;Pw;01-02-2020;',
      '12;GM0398;IOAW;01-12-2021;15-01-2022',
    ]),
    csv('beschut.csv', ['Gemeente;Jaar;Taakstelling;Realisatie', 'Dinkelland;2019;4;4', 'Tubbergen;2019;3;2', 'Oldenzaal;2019;6;', 'Dinkelland;2020;5;']),
  ]);
});
afterAll(() => engine.close());

const waarde = (rijen: Awaited<ReturnType<typeof figuren>>, indicator: string, code: string, periode: string, dimensie = 'totaal', categorie = 'totaal') =>
  rijen.find((r) => r.indicator === indicator && r.gemeente_code === code && r.periode === periode && r.dimensie === dimensie && r.categorie === categorie)?.waarde;

describe('standard figures in long format', () => {
  it('counts benefits per municipality with zeros for covered periods without benefits', async () => {
    const r = await figuren(engine, { gebieden: 'alle-gemeenten', indeling: 'historisch', indicatoren: ['uitkeringen'], van: '2019-12-01', tot: '2019-12-01' });
    expect(waarde(r, 'uitkeringen', 'GM1774', '2019-12-01')).toBe(2);
    expect(waarde(r, 'uitkeringen', 'GM1774', '2019-12-01', 'regeling', 'IOAW')).toBe(0);
    expect(waarde(r, 'uitkeringen', 'GM1774', '2019-12-01', 'afstand', 'lang')).toBe(1);
    expect(r.find((x) => x.gemeente_code === 'GM1774')!.gemeente_naam).toBe('Dinkelland');
    // Municipalities without data in the package (only listed as cooperation members) are absent.
    expect(r.some((x) => x.gemeente_code === 'GM0450')).toBe(false);
  });

  it('sums a cooperation over its members and lists no period where a member lacks data', async () => {
    const r = await figuren(engine, {
      gebieden: [{ soort: 'samenwerking', id: 'noord-oost-twente' }, { soort: 'samenwerking', id: 'noaberkracht' }],
      indeling: 'huidig',
      indicatoren: ['uitkeringen', 'beschut_werk_taakstelling', 'beschut_werk_realisatie'],
    });
    expect(waarde(r, 'uitkeringen', 'SV-noord-oost-twente', '2019-12-01')).toBe(4);
    expect(r.find((x) => x.gemeente_code === 'SV-noord-oost-twente')!.gemeente_naam).toBe('Noord-Oost Twente');
    // Noaberkracht holds beschut werk for Dinkelland and Tubbergen: 4 + 3 places, 4 + 2 realised.
    expect(waarde(r, 'beschut_werk_taakstelling', 'SV-noaberkracht', '2019')).toBe(7);
    expect(waarde(r, 'beschut_werk_realisatie', 'SV-noaberkracht', '2019')).toBe(6);
    // Only Dinkelland has a 2020 taakstelling: not a partial sum.
    expect(waarde(r, 'beschut_werk_taakstelling', 'SV-noaberkracht', '2020')).toBeUndefined();
    // Noord-Oost Twente shares only the Pw back office (source 000): no beschut-werk figure of its own.
    expect(r.some((x) => x.gemeente_code === 'SV-noord-oost-twente' && x.indicator.startsWith('beschut_werk'))).toBe(false);
  });

  it('shows Dijk en Waard across 2021–2022 under today’s boundaries, and as recorded otherwise', async () => {
    const huidig = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM1980' }], indeling: 'huidig', indicatoren: ['uitkeringen', 'instroom', 'uitstroom'] });
    expect(waarde(huidig, 'uitkeringen', 'GM1980', '2021-06-01')).toBe(2);
    expect(waarde(huidig, 'uitkeringen', 'GM1980', '2022-01-01')).toBe(3);
    expect(waarde(huidig, 'uitkeringen', 'GM1980', '2022-02-01')).toBe(2);
    // The merger itself is no inflow or outflow; the IOAW that started 1-12-2021 is.
    expect(waarde(huidig, 'instroom', 'GM1980', '2021-11')).toBe(1);
    expect(waarde(huidig, 'instroom', 'GM1980', '2021-12')).toBe(0);
    expect(waarde(huidig, 'uitstroom', 'GM1980', '2021-12')).toBe(0);
    expect(waarde(huidig, 'uitstroom', 'GM1980', '2022-01')).toBe(1);
    const historisch = await figuren(engine, { gebieden: 'alle-gemeenten', indeling: 'historisch', indicatoren: ['uitkeringen'] });
    expect(waarde(historisch, 'uitkeringen', 'GM1980', '2021-06-01')).toBeUndefined();
    expect(waarde(historisch, 'uitkeringen', 'GM0398', '2021-06-01')).toBe(1);
    expect(waarde(historisch, 'uitkeringen', 'GM0398', '2022-01-01')).toBeUndefined();
  });

  it('derives the change against a year earlier from the same figures', async () => {
    const r = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM1774' }], indeling: 'huidig', indicatoren: ['uitkeringen'] });
    expect(veranderingJaar(r, { indicator: 'uitkeringen', gemeente_code: 'GM1774', periode: '2019-12-01' })).toEqual({
      nu: 2, eerder: 2, eerderPeriode: '2018-12-01', verschil: 0, fractie: 0,
    });
    expect(veranderingJaar(r, { indicator: 'uitkeringen', gemeente_code: 'GM1774', periode: '2018-06-01' })).toBeNull();
  });

  it('divides by inhabitants on 1 January of the peildatum’s year, for each population base', async () => {
    const r = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM0173' }], indeling: 'huidig', indicatoren: ['uitkeringen_per_1000_inwoners', 'inwoners'], van: '2019-12-01', tot: '2019-12-01' });
    const inw = INWONERS.find((i) => i.gemeente === 'GM0173' && i.jaar === 2019)!;
    expect(waarde(r, 'inwoners', 'GM0173', '2019')).toBe(inw.totaal);
    expect(waarde(r, 'uitkeringen_per_1000_inwoners', 'GM0173', '2019-12-01')).toBe(Math.round((1000 * 100) / inw.totaal) / 100);
    expect(waarde(r, 'uitkeringen_per_1000_inwoners', 'GM0173', '2019-12-01', 'basis', '15-aow')).toBe(Math.round((1000 * 100) / inw.vijftienTotAow) / 100);
  });
});
