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
      'september.csv:2: Voor Dinkelland 2020 BUIG staat een ander bedrag of aantal in mei.csv regel 2. Oplossing: Houd één van beide regels over (bijvoorbeeld alleen de nieuwste circulaire), of geef elke regel zijn versie (kolom Versie), zodat elk cijfer één bron heeft.',
    ]);
    const c = csv('kopie.csv', ['Gemeente;Jaar;Soort;Begroot', 'Dinkelland;2020;BUIG;3.274.086']);
    const ok = await ingest(engine, [a, c]);
    await laad(engine, ok.tabellen);
    expect(await engine.query('SELECT count(*) AS n, sum(begroot) AS s FROM p_budget')).toEqual([{ n: 1, s: 3274086 }]);
  });
});

describe('budget extracts: versions, BUIG lasten, negative amounts', () => {
  it('reads the version from a Versie column, else from the bron, and keeps the most final of two versions with a warning', async () => {
    const r = await ingest(engine, [
      csv('mei.csv', ['Gemeente;Jaar;Soort;Begroot;Bron', 'Dinkelland;2020;BUIG;3.274.086;meicirculaire 2019', 'Dinkelland;2020;Participatiebudget;2.203.601;meicirculaire 2019', 'Dinkelland;2020;Kinderopvang;4.770;meerjarenbegroting']),
      csv('definitief.csv', ['Gemeente;Jaar;Soort;Begroot;Gerealiseerd;Versie', 'Dinkelland;2020;BUIG;3.301.000;3.483.238,41;Definitief']),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'mei.csv:2: waarschuwing: Voor Dinkelland 2020 BUIG staat ook de versie "definitief" (definitief.csv regel 2); het pakket vergelijkt met die versie, niet met "meicirculaire 2019". Oplossing: Geen actie nodig als dat de bedoeling is; laat anders de oudere versie weg.',
    ]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT soort, begroot, gerealiseerd, versie, bron FROM p_budget ORDER BY soort')).toEqual([
      { soort: 'BUIG', begroot: 3301000, gerealiseerd: 3483238.41, versie: 'definitief', bron: 'definitief.csv' },
      { soort: 'Participatie', begroot: 2203601, gerealiseerd: null, versie: 'meicirculaire 2019', bron: 'meicirculaire 2019' },
      { soort: 'kinderopvang', begroot: 4770, gerealiseerd: null, versie: null, bron: 'meerjarenbegroting' },
    ]);
  });

  it('takes the budget from the version that has one: a definitief row with only the realisation keeps the meicirculaire budget', async () => {
    const r = await ingest(engine, [
      csv('mei.csv', ['Gemeente;Jaar;Soort;Begroot;Bron', 'Dinkelland;2020;BUIG;3.274.086;meicirculaire 2019']),
      csv('lasten.csv', ['Gemeente;Jaar;Soort;Gerealiseerd;Versie', 'Dinkelland;2020;BUIG;3.483.238,41;definitief']),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT begroot, gerealiseerd, versie FROM p_budget')).toEqual([{ begroot: 3274086, gerealiseerd: 3483238.41, versie: 'meicirculaire 2019' }]);
  });

  it('refuses a version it does not know, with its line', async () => {
    const r = await ingest(engine, [csv('v.csv', ['Gemeente;Jaar;Soort;Begroot;Versie', 'Dinkelland;2020;BUIG;3.274.086;nader voorlopig', 'Dinkelland;2021;BUIG;3.376.733;concept'])]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'v.csv:3: Onbekende versie van het budget "concept". Oplossing: Gebruik voorlopig, nader voorlopig, definitief, of de circulaire waaruit het bedrag komt (bijvoorbeeld "meicirculaire 2020"); of laat de cel leeg.',
    ]);
  });

  it('computes BUIG lasten from uitkeringen + loonkostensubsidie − baten, and warns where the extract total differs', async () => {
    const r = await ingest(engine, [
      csv('buig.csv', [
        'Gemeente;Jaar;Soort;Begroot;Gerealiseerd;Uitkeringen;Loonkostensubsidie;Terugvordering;Verhaal',
        'Dinkelland;2020;BUIG;3.274.086;;3.500.000,00;60.000,00;70.000,00;6.761,59',
        'Tubbergen;2020;BUIG;2.000.000;2.100.000;2.050.000;80.000;20.000;',
        'Oldenzaal;2020;BUIG;4.000.000;3.900.000;;;;',
        'Oldenzaal;2020;Kinderopvang;10.000;9.000;9.000;;;',
      ]),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'buig.csv:3: waarschuwing: Gerealiseerd wijkt af van uitkeringen + loonkostensubsidie − baten (2110000.00); het bedrag in kolom Gerealiseerd telt. Oplossing: Controleer de delen en het totaal van de BUIG-lasten in het bronsysteem.',
      'buig.csv:5: waarschuwing: Uitkeringen, loonkostensubsidie en baten horen alleen bij BUIG; bij kinderopvang tellen ze niet mee. Oplossing: Zet de delen van de BUIG-lasten op de BUIG-regel, of laat ze leeg.',
    ]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT gemeente_code, soort, gerealiseerd, buig_uitkeringen, buig_loonkostensubsidie, buig_baten FROM p_budget ORDER BY gemeente_code, soort')).toEqual([
      { gemeente_code: 'GM0173', soort: 'BUIG', gerealiseerd: 3900000, buig_uitkeringen: null, buig_loonkostensubsidie: null, buig_baten: null },
      { gemeente_code: 'GM0173', soort: 'kinderopvang', gerealiseerd: 9000, buig_uitkeringen: null, buig_loonkostensubsidie: null, buig_baten: null },
      { gemeente_code: 'GM0183', soort: 'BUIG', gerealiseerd: 2100000, buig_uitkeringen: 2050000, buig_loonkostensubsidie: 80000, buig_baten: 20000 },
      // 3.500.000 + 60.000 − 70.000 − 6.761,59 = 3.483.238,41: Dinkelland's BUIG lasten 2020 of the demo.
      { gemeente_code: 'GM1774', soort: 'BUIG', gerealiseerd: 3483238.41, buig_uitkeringen: 3500000, buig_loonkostensubsidie: 60000, buig_baten: 76761.59 },
    ]);
  });

  it('loads a negative amount with a warning that names its line', async () => {
    const r = await ingest(engine, [csv('neg.csv', ['Gemeente;Jaar;Maand;Soort;Gerealiseerd', '1774;2020;1;Participatie;€ 150.000,00', '1774;2020;2;Participatie;-€ 2.500,00', '1774;2020;3;Participatie;€ -1.000,00'])]);
    expect(r.geslaagd).toBe(true);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'neg.csv:3: waarschuwing: Het bedrag "-€ 2.500,00" in kolom Gerealiseerd is negatief; het telt mee zoals het er staat. Oplossing: Controleer het teken: een budget of uitgave is gewoonlijk positief. Een correctie mag negatief zijn; accepteer dan deze waarschuwing.',
      'neg.csv:4: waarschuwing: Het bedrag "€ -1.000,00" in kolom Gerealiseerd is negatief; het telt mee zoals het er staat. Oplossing: Controleer het teken: een budget of uitgave is gewoonlijk positief. Een correctie mag negatief zijn; accepteer dan deze waarschuwing.',
    ]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT maand, gerealiseerd FROM p_budget_maand ORDER BY maand')).toEqual([
      { maand: 1, gerealiseerd: 150000 },
      { maand: 2, gerealiseerd: -2500 },
      { maand: 3, gerealiseerd: -1000 },
    ]);
  });

  it('warns that a participatiebudget and a re-integratie budget before 2015 may be the same money', async () => {
    const r = await ingest(engine, [
      csv('alkmaar.csv', ['Gemeente;Jaar;Soort;Begroot', 'GM0361;2013;Participatiebudget;3.000.000', 'GM0361;2013;Re-integratie;2.383.121', 'GM0361;2016;Participatiebudget;9.000.000', 'GM0361;2016;Re-integratie;1.000.000']),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'alkmaar.csv:3: waarschuwing: Voor Alkmaar 2013 staan zowel een participatiebudget als een re-integratiebudget. Vóór 2015 was het re-integratiegeld van het Rijk het participatiebudget (Wet participatiebudget, vóór 2009 het W-deel): dit kan hetzelfde geld twee keer zijn. Oplossing: Houd voor jaren vóór 2015 één van beide over; de pagina Budget telt ze nooit bij elkaar op.',
    ]);
  });
});

describe('budget and beschut-werk extracts take the quirks of real extracts', () => {
  it('budget: a title row, empty lines, subtotal rows and a checked Totaal row', async () => {
    const r = await ingest(engine, [
      csv('budget.csv', [
        'Budgetten Noaberkracht, stand 31-12-2020',
        '',
        'Gemeente;Jaar;Soort;Begroot;Gerealiseerd',
        'Dinkelland;2020;BUIG;3.274.086;3.483.238,41',
        'Dinkelland;2020;Participatiebudget;2.203.601;2.079.239,67',
        'Subtotaal Dinkelland;;;5.477.687;5.562.478,08',
        '',
        'Tubbergen;2020;BUIG;2.500.000;2.450.000',
        'Tubbergen;2020;Totaal;2.500.000;2.450.000',
        '',
        'Totaal;;;7.977.687;8.012.478,08',
      ], { eol: '\r\n' }),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT gemeente_code, soort, begroot FROM p_budget ORDER BY gemeente_code DESC, soort')).toEqual([
      { gemeente_code: 'GM1774', soort: 'BUIG', begroot: 3274086 },
      { gemeente_code: 'GM1774', soort: 'Participatie', begroot: 2203601 },
      { gemeente_code: 'GM0183', soort: 'BUIG', begroot: 2500000 },
    ]);
    expect(await engine.query('SELECT regel, opgegeven, berekend FROM p_extract_totalen ORDER BY opgegeven')).toEqual([
      { regel: 11, opgegeven: 7977687, berekend: 7977687 },
      { regel: 11, opgegeven: 8012478.08, berekend: 8012478.08 },
    ]);
  });

  it('budget: a year written as a date, months as names and dates, and a month that does not fit the year', async () => {
    const goed = await ingest(engine, [
      await xlsx('maanden.xlsx', {
        Uitgaven: [
          ['Gemeente', 'Jaar', 'Maand', 'Soort', 'Gerealiseerd'],
          ['GM1774', new Date(Date.UTC(2020, 11, 31)), 'januari', 'BUIG', 280000],
          ['GM1774', '31-12-2020', 'feb', 'BUIG', 281000.5],
          ['GM1774', 2020, '31-03-2020', 'BUIG', 279000],
          ['GM1774', null, 'april 2020', 'BUIG', 278000],
          ['GM1774', 2020, '2020-05', 'BUIG', 277000],
        ],
      }),
    ]);
    expect(goed.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, goed.tabellen);
    expect(await engine.query('SELECT jaar, maand, gerealiseerd FROM p_budget_maand ORDER BY maand')).toEqual([
      { jaar: 2020, maand: 1, gerealiseerd: 280000 },
      { jaar: 2020, maand: 2, gerealiseerd: 281000.5 },
      { jaar: 2020, maand: 3, gerealiseerd: 279000 },
      { jaar: 2020, maand: 4, gerealiseerd: 278000 },
      { jaar: 2020, maand: 5, gerealiseerd: 277000 },
    ]);
    const fout = await ingest(engine, [csv('m.csv', ['Gemeente;Jaar;Maand;Soort;Gerealiseerd', '1774;2020;31-01-2021;BUIG;1.000'])]);
    expect(fout.meldingen.map(meldingTekst)).toEqual(['m.csv:2: De maand "31-01-2021" valt niet in het jaar van de regel. Oplossing: Zet de maand en het jaar van dezelfde periode in de regel.']);
  });

  it('budget: merged municipalities are recognised by their old name and warned about outside their lifetime', async () => {
    const r = await ingest(engine, [
      csv('regio.csv', ['Gemeente;Jaar;Soort;Begroot', 'Schermer;2014;Re-integratie;15.664', 'Schermer;2015;Re-integratie;13.720', 'Alkmaar;2015;Re-integratie;1.540.736', 'Dijk en Waard;2021;BUIG;20.000.000']),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'regio.csv: waarschuwing: Eén regel gaat over Schermer in 2015 of later, toen die gemeente al was opgeheven; in de huidige indeling telt hij bij Alkmaar. Oplossing: Dit klopt als de cijfers van vóór de herindeling dateren (zoals een meerjarenraming); anders: zet ze onder de nieuwe gemeente.',
      'regio.csv: waarschuwing: Regels gaan over Dijk en Waard in 2021, vóór die gemeente bestond (vanaf 2022); ze tellen zoals ze er staan. Oplossing: Zet cijfers van vóór de herindeling onder de gemeenten van toen, of accepteer dit als het een raming voor de nieuwe gemeente is.',
    ]);
    await laad(engine, r.tabellen);
    expect(await engine.query("SELECT gemeente_code, jaar, begroot FROM p_budget WHERE soort = 're-integratie' ORDER BY jaar, gemeente_code")).toEqual([
      { gemeente_code: 'GM0458', jaar: 2014, begroot: 15664 },
      { gemeente_code: 'GM0361', jaar: 2015, begroot: 1540736 },
      { gemeente_code: 'GM0458', jaar: 2015, begroot: 13720 },
    ]);
  });

  it('beschut werk: title row, empty lines, subtotal and Totaal rows, Dutch numbers, and the stand on 31 December or 1 January as the year', async () => {
    const r = await ingest(engine, [
      csv('beschut.csv', [
        'Beschut werk Twente;;;',
        ';;;',
        'Gemeente;Peildatum;Taakstelling;Realisatie',
        'Dinkelland;31-12-2019;4;4',
        'Dinkelland;1-1-2021;5;5',
        'Tubbergen;2020;3;2',
        'Subtotaal 2020;;8;7',
        '',
        'Oldenzaal;2020;1.005;',
        'Totaal;;1.017;11',
      ]),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT gemeente_code, jaar, taakstelling, realisatie FROM p_beschut_werk ORDER BY gemeente_code, jaar')).toEqual([
      { gemeente_code: 'GM0173', jaar: 2020, taakstelling: 1005, realisatie: null },
      { gemeente_code: 'GM0183', jaar: 2020, taakstelling: 3, realisatie: 2 },
      { gemeente_code: 'GM1774', jaar: 2019, taakstelling: 4, realisatie: 4 },
      { gemeente_code: 'GM1774', jaar: 2020, taakstelling: 5, realisatie: 5 },
    ]);
    expect(await engine.query('SELECT opgegeven, berekend FROM p_extract_totalen ORDER BY opgegeven')).toEqual([
      { opgegeven: 11, berekend: 11 },
      { opgegeven: 1017, berekend: 1017 },
    ]);
  });

  it('beschut werk: a stand in the middle of a year is no yearly figure, and a dissolved municipality is warned about', async () => {
    const r = await ingest(engine, [csv('b.csv', ['Gemeente;Jaar;Taakstelling;Realisatie', 'Dinkelland;30-06-2020;5;4', 'Langedijk;2022;6;5'])]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'b.csv: waarschuwing: Eén regel gaat over Langedijk in 2022 of later, toen die gemeente al was opgeheven; in de huidige indeling telt hij bij Dijk en Waard. Oplossing: Dit klopt als de cijfers van vóór de herindeling dateren (zoals een meerjarenraming); anders: zet ze onder de nieuwe gemeente.',
      'b.csv:2: Ongeldig jaar "30-06-2020" (beschut werk telt per jaar, de stand op 31 december). Oplossing: Schrijf het jaar als vier cijfers (2020), of de datum van de stand: 31-12-2020 (of 1-1-2021, dezelfde stand).',
    ]);
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
