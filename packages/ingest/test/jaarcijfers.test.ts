import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { csv, laad, xlsx } from './helpers.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

describe('budget extracts', () => {
  it('reads Dutch amounts (thousands dot, decimal comma, euro sign) and budget soorten as controllers write them', async () => {
    const r = await ingest(engine, [
      csv('budget.csv', [
        'Budgetten Dinkelland (meicirculaire 2019)',
        'Gemeente;Jaar;Soort;Begroot;Gerealiseerd;Bron',
        'Dinkelland;2020;BUIG;€ 3.274.086;3.398.112,50;meicirculaire 2019',
        'Dinkelland;2020;Participatiebudget;2.203.601;;meicirculaire 2019',
        'Dinkelland;2020;Re-integratie trajecten;289.225;;meerjarenbegroting',
        'Totaal;;;5.766.912;;',
      ], { codering: 'windows-1252' }),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT gemeente_code, jaar, soort, begroot, gerealiseerd, bron FROM p_budget ORDER BY soort')).toEqual([
      { gemeente_code: 'GM1774', jaar: 2020, soort: 'BUIG', begroot: 3274086, gerealiseerd: 3398112.5, bron: 'meicirculaire 2019' },
      { gemeente_code: 'GM1774', jaar: 2020, soort: 'Participatie', begroot: 2203601, gerealiseerd: null, bron: 'meicirculaire 2019' },
      { gemeente_code: 'GM1774', jaar: 2020, soort: 're-integratie', begroot: 289225, gerealiseerd: null, bron: 'meerjarenbegroting' },
    ]);
    expect(await engine.query('SELECT opgegeven, berekend FROM p_extract_totalen')).toEqual([{ opgegeven: 5766912, berekend: 5766912 }]);
  });

  it('puts monthly realisations apart and reports an amount that is not a number', async () => {
    const r = await ingest(engine, [
      csv('maand.csv', ['Gemeente;Jaar;Maand;Soort;Gerealiseerd', '1774;2020;1;BUIG;€ 272.840,17', '1774;2020;februari;BUIG;n.v.t.']),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'maand.csv:3: Het bedrag "n.v.t." in kolom Gerealiseerd is geen getal. Oplossing: Schrijf bedragen als 1.234.567 of 1.234,56 (punt voor duizendtallen, komma voor decimalen), zonder tekst.',
    ]);
    const goed = await ingest(engine, [csv('maand.csv', ['Gemeente;Jaar;Maand;Soort;Gerealiseerd', '1774;2020;1;BUIG;€ 272.840,17', '1774;2020;februari;BUIG;281.000'])]);
    await laad(engine, goed.tabellen);
    expect(await engine.query('SELECT maand, gerealiseerd FROM p_budget_maand ORDER BY maand')).toEqual([
      { maand: 1, gerealiseerd: 272840.17 },
      { maand: 2, gerealiseerd: 281000 },
    ]);
  });

  it('refuses two files that give different amounts for the same budget line, and accepts the same line twice', async () => {
    const a = csv('mei.csv', ['Gemeente;Jaar;Soort;Begroot', 'GM1774;2020;BUIG;3.274.086']);
    const b = csv('september.csv', ['Gemeente;Jaar;Soort;Begroot', 'GM1774;2020;BUIG;3.301.000']);
    const r = await ingest(engine, [a, b]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'september.csv:2: Voor Dinkelland 2020 BUIG staat een ander bedrag of aantal in mei.csv regel 2. Oplossing: Houd één van beide regels over (bijvoorbeeld alleen de nieuwste circulaire), zodat elk cijfer één bron heeft.',
    ]);
    const c = csv('kopie.csv', ['Gemeente;Jaar;Soort;Begroot', 'Dinkelland;2020;BUIG;3.274.086']);
    const ok = await ingest(engine, [a, c]);
    await laad(engine, ok.tabellen);
    expect(await engine.query('SELECT count(*) AS n, sum(begroot) AS s FROM p_budget')).toEqual([{ n: 1, s: 3274086 }]);
  });
});

describe('beschut werk and target-group extracts', () => {
  it('reads cumulative taakstelling and realisatie per year', async () => {
    const r = await ingest(engine, [
      await xlsx('beschut.xlsx', { Blad1: [['Gemeente', 'Jaar', 'Taakstelling', 'Realisatie'], ['Dinkelland', 2019, 4, 4], ['Dinkelland', 2020, 5, null], ['Dinkelland', 2021, 6.5, null]] }),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'beschut.xlsx (blad Blad1, rij 4): "6.5" in kolom Taakstelling is geen heel, positief aantal plaatsen. Oplossing: Vul het cumulatieve aantal plaatsen in als heel getal (bijvoorbeeld 4), of laat het leeg.',
    ]);
  });

  it('counts people in the doelgroepenregister per peildatum, with and without a benefit', async () => {
    const r = await ingest(engine, [
      csv('uitk.csv', ['Uitkeringen, aangemaakt 31-12-2019', 'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '1;Dinkelland;Pw;01-01-2019;', '2;Dinkelland;Pw;01-01-2019;31-05-2019']),
      csv('dgr.csv', [
        'Doelgroepen, aangemaakt 31-12-2019',
        'BSN;Gemeente;Register;Begindatum;Einddatum',
        '1;Dinkelland;Doelgroepenregister;01-03-2019;',
        '2;Dinkelland;Doelgroepenregister;01-03-2019;',
        '3;Dinkelland;Doelgroepenregister;01-03-2019;',
        '4;Dinkelland;Beschut werk;01-06-2019;',
      ]),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await engine.query(`SELECT register, met_uitkering, aantal FROM p_doelgroepen_stand WHERE peildatum = DATE '2019-12-01' ORDER BY 1, 2`)).toEqual([
      { register: 'beschut_werk', met_uitkering: 'nee', aantal: 1 },
      { register: 'doelgroepenregister', met_uitkering: 'ja', aantal: 1 },
      { register: 'doelgroepenregister', met_uitkering: 'nee', aantal: 2 },
    ]);
    expect(await engine.query(`SELECT sum(aantal) AS n FROM p_doelgroepen_stand WHERE peildatum = DATE '2019-04-01' AND register = 'doelgroepenregister' AND met_uitkering = 'ja'`)).toEqual([{ n: 2 }]);
  });
});
