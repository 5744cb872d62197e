import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ultimoNaarPeildatum } from '@pw/model';
import { BESCHUT_WERK_AANSLUITING_SQL, beschutWerkAansluitingen, beschutWerkRealisatie, type BeschutWerkAansluiting } from '../src/beschutwerk.ts';
import { figuren, type Figuur } from '../src/figuren.ts';
import { inwonersHerkomst } from '../src/inwoners.ts';
import { csv, laadExtracten } from './helpers.ts';

// Definitions of issue 11 on small extracts: membership per task, beschut werk from the register
// (the ultimo rule), and where an inhabitants figure comes from.
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
  await laadExtracten(engine, [
    csv('beschut.csv', ['Gemeente;Jaar;Taakstelling;Realisatie', 'Dinkelland;2019;4;4', 'Dinkelland;2020;5;6', 'Dinkelland;2021;6;6', 'Tubbergen;2019;3;2', 'Heerhugowaard;2021;2;1']),
    csv('registers.csv', [
      'Registers Dinkelland, lopend op of na 1-1-2018, aangemaakt 31-12-2021',
      'BSN;Gemeente;Register;Begindatum;Einddatum',
      '1;Dinkelland;Beschut werk;01-03-2018;',
      '2;Dinkelland;Beschut werk;15-06-2018;',
      '3;Dinkelland;Beschut werk;01-02-2019;',
      '4;Dinkelland;Beschut werk;01-09-2019;',
      // Left on 31 December: not in the stock of 1 January, so not in the realisatie of 2019.
      '5;Dinkelland;Beschut werk;01-03-2019;31-12-2019',
      '6;Dinkelland;Beschut werk;01-06-2020;',
      '7;Dinkelland;Doelgroepenregister;01-01-2019;',
    ]),
    // Heerhugowaard ends on 31-12-2021: on 1-1-2022 its people are in Dijk en Waard's register.
    csv('registers-alkmaar.csv', [
      'Registers regio Alkmaar, lopend op of na 1-1-2021, aangemaakt 31-12-2022',
      'Klantnummer;Gemeentecode;Doelgroep;Startdatum;Einddatum',
      'K1;GM0398;beschut werk;2021-03-01;2021-12-31',
      'K1;GM1980;beschut werk;2022-01-01;',
    ]),
    csv('budget.csv', [
      'Gemeente;Jaar;Soort;Begroot;Gerealiseerd',
      'Bergen (NH.);2020;BUIG;100;',
      'Uitgeest;2020;BUIG;10;',
      'Castricum;2020;BUIG;200;',
      'Heiloo;2020;BUIG;300;',
      'Bergen (NH.);2020;Re-integratie;1;',
      'Uitgeest;2020;Re-integratie;1000;',
      'Castricum;2020;Re-integratie;2;',
      'Heiloo;2020;Re-integratie;3;',
    ]),
  ]);
}, 60_000);
afterAll(() => engine?.close());

const waarde = (rijen: readonly Figuur[], indicator: string, code: string, periode: string, dimensie = 'totaal', categorie = 'totaal') =>
  rijen.find((r) => r.indicator === indicator && r.gemeente_code === code && r.periode === periode && r.dimensie === dimensie && r.categorie === categorie)?.waarde;

describe('cooperation membership per task', () => {
  it('sums the BUCH’s benefits budget over all four members and its re-integratie over Bergen, Castricum and Heiloo (Uitgeest: IJmond Werkt!)', async () => {
    const r = await figuren(engine, { gebieden: [{ soort: 'samenwerking', id: 'buch' }], indeling: 'huidig', indicatoren: ['budget_begroot'] });
    expect(waarde(r, 'budget_begroot', 'SV-buch', '2020', 'soort', 'BUIG')).toBe(100 + 10 + 200 + 300);
    expect(waarde(r, 'budget_begroot', 'SV-buch', '2020', 'soort', 're-integratie')).toBe(1 + 2 + 3);
  });
});

describe('beschut werk realisatie from the register', () => {
  let r: Figuur[];
  beforeAll(async () => {
    r = await figuren(engine, {
      gebieden: [{ soort: 'gemeente', code: 'GM1774' }, { soort: 'gemeente', code: 'GM0183' }, { soort: 'samenwerking', id: 'noaberkracht' }],
      indeling: 'huidig',
      indicatoren: ['beschut_werk_taakstelling', 'beschut_werk_realisatie'],
    });
  });

  it('counts the people in the register on 1 January of the next year (ultimo december), not the typed figure', () => {
    expect(ultimoNaarPeildatum(2019)).toBe('2020-01-01');
    // 1-1-2020: persons 1–4; person 5 left on 31-12-2019.
    expect(waarde(r, 'beschut_werk_realisatie', 'GM1774', '2019')).toBe(4);
    expect(waarde(r, 'beschut_werk_realisatie', 'GM1774', '2019', 'herkomst', 'register')).toBe(4);
    // 1-1-2021: persons 1–4 and 6 = 5, where the extract types 6.
    expect(waarde(r, 'beschut_werk_realisatie', 'GM1774', '2020')).toBe(5);
    // The register is loaded up to 1-12-2021, so 2021 (1-1-2022) comes from the extract, and says so.
    expect(waarde(r, 'beschut_werk_realisatie', 'GM1774', '2021')).toBe(6);
    expect(waarde(r, 'beschut_werk_realisatie', 'GM1774', '2021', 'herkomst', 'opgave')).toBe(6);
    const reeks = beschutWerkRealisatie(r, 'GM1774');
    expect(reeks.map((j) => [j.jaar, j.realisatie, j.herkomst])).toEqual([
      [2019, 4, 'register'],
      [2020, 5, 'register'],
      [2021, 6, 'opgave'],
    ]);
  });

  it('uses the typed figure where no register is loaded, and for an area only when every part has a register', () => {
    expect(waarde(r, 'beschut_werk_realisatie', 'GM0183', '2019', 'herkomst', 'opgave')).toBe(2);
    // Noaberkracht: Dinkelland has a register, Tubbergen does not: the typed figures of both, 4 + 2.
    expect(waarde(r, 'beschut_werk_realisatie', 'SV-noaberkracht', '2019')).toBe(6);
    expect(waarde(r, 'beschut_werk_realisatie', 'SV-noaberkracht', '2019', 'herkomst', 'opgave')).toBe(6);
  });

  it('reconciles the typed realisatie with the register for Controle, not for a municipality gone by that 1 January', async () => {
    const rijen = beschutWerkAansluitingen(await engine.query<BeschutWerkAansluiting>(BESCHUT_WERK_AANSLUITING_SQL));
    expect(rijen.map((x) => [x.gemeente_naam, x.jaar, x.opgegeven, x.register, x.verschil])).toEqual([
      ['Dinkelland', 2019, 4, 4, 0],
      ['Dinkelland', 2020, 6, 5, -1],
    ]);
  });

  it('counts Dijk en Waard’s 2021 from its register on 1-1-2022 under today’s boundaries, and Heerhugowaard’s as typed', async () => {
    const huidig = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM1980' }], indeling: 'huidig', indicatoren: ['beschut_werk_realisatie'] });
    expect(waarde(huidig, 'beschut_werk_realisatie', 'GM1980', '2021', 'herkomst', 'register')).toBe(1);
    const historisch = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM0398' }], indeling: 'historisch', indicatoren: ['beschut_werk_realisatie'] });
    expect(waarde(historisch, 'beschut_werk_realisatie', 'GM0398', '2021', 'herkomst', 'opgave')).toBe(1);
  });
});

describe('where an inhabitants figure comes from', () => {
  it('carries the source of each total: printed in source 000 for 2020, an estimate otherwise, and for every split by age', async () => {
    const r = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM1774' }, { soort: 'samenwerking', id: 'noaberkracht' }], indeling: 'huidig', indicatoren: ['inwoners'] });
    expect(waarde(r, 'inwoners', 'GM1774', '2020', 'bron', 'bron 000')).toBe(26_470);
    expect(waarde(r, 'inwoners', 'GM1774', '2020', 'bron-18plus', 'schatting')).toBe(20_779);
    expect(inwonersHerkomst(r, 'GM1774', 2020)).toEqual({ status: 'bron', tekst: 'bron 000' });
    expect(inwonersHerkomst(r, 'SV-noaberkracht', 2020)).toEqual({ status: 'bron', tekst: 'bron 000' });
    expect(inwonersHerkomst(r, 'SV-noaberkracht', 2021)).toEqual({ status: 'schatting', tekst: 'schatting' });
    expect(inwonersHerkomst(r, 'GM1774', 2020, '18plus')).toEqual({ status: 'schatting', tekst: 'schatting' });
    expect(inwonersHerkomst(r, 'GM1774', 2040)).toBeNull();
  });
});
