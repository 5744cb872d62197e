import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlString, type Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { csv, laad, xlsx } from './helpers.ts';

// Issue 11: target-group extracts take the quirks of caseload extracts, and anachronisms are warnings.
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

const KOP = 'BSN;Gemeente;Register;Begindatum;Einddatum';
const inRegister = (gemeente: string, peildatum: string) =>
  engine.query<{ register: string; n: number }>(
    `SELECT register, sum(aantal) AS n FROM p_doelgroepen_stand WHERE gemeente_code = ${sqlString(gemeente)} AND peildatum = DATE ${sqlString(peildatum)} GROUP BY register ORDER BY register`,
  );

describe('a doelgroepen extract as systems export it', () => {
  it('reads title rows, empty lines, Dutch dates, and total and subtotal rows that are not data', async () => {
    const r = await ingest(engine, [
      csv(
        'doelgroepen.csv',
        [
          'Doelgroepenregister en beschut werk Dinkelland en Tubbergen',
          'lopend op of na 1-1-2019, aangemaakt 31-12-2019',
          '',
          KOP,
          '1;Dinkelland;Doelgroepenregister;01-03-2019;',
          '2;Dinkelland;Doelgroepenregister;1-4-2019;30-9-2019',
          '3;Dinkelland;Beschut werk;01-06-2019;',
          'Subtotaal Dinkelland;3;;;',
          '',
          '',
          '4;Tubbergen;Doelgroepenregister;15-01-2019;',
          'Subtotaal Tubbergen;1;;;',
          'Totaal;4;;;',
        ],
        { codering: 'windows-1252', eol: '\r\n' },
      ),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    expect(r.bronnen[0]).toMatchObject({ rijen: 4, onderdelen: [{ soort: 'doelgroepen', kopregel: 4 }] });
    await laad(engine, r.tabellen);
    expect(await inRegister('GM1774', '2019-07-01')).toEqual([
      { register: 'beschut_werk', n: 1 },
      { register: 'doelgroepenregister', n: 2 },
    ]);
    expect(await inRegister('GM1774', '2019-10-01')).toEqual([
      { register: 'beschut_werk', n: 1 },
      { register: 'doelgroepenregister', n: 1 },
    ]);
    expect(await inRegister('GM0183', '2019-02-01')).toEqual([{ register: 'doelgroepenregister', n: 1 }]);
    expect(await engine.query('SELECT regel, omschrijving, opgegeven, berekend FROM p_extract_totalen ORDER BY regel')).toEqual([
      { regel: 8, omschrijving: 'Subtotaal Dinkelland', opgegeven: 3, berekend: 3 },
      { regel: 12, omschrijving: 'Subtotaal Tubbergen', opgegeven: 1, berekend: 1 },
      { regel: 13, omschrijving: 'Totaal', opgegeven: 4, berekend: 4 },
    ]);
  });

  it('reads a workbook with a title, an empty row and a Totaal row, reporting by sheet and row', async () => {
    const datum = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const r = await ingest(engine, [
      await xlsx('doelgroepen.xlsx', {
        Register: [
          ['Banenafspraak regio Alkmaar, aangemaakt 31-12-2019'],
          [],
          ['Klantnummer', 'Gemeentecode', 'Doelgroep', 'Startdatum', 'Einddatum'],
          ['K1', 'GM0361', 'banenafspraak', datum('2019-02-01'), null],
          ['K2', 'GM0361', 'banenafspraak', 'gisteren', null],
          ['Totaal', 2],
        ],
      }),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'doelgroepen.xlsx (blad Register, rij 5): Ongeldige datum "gisteren" in kolom Startdatum. Oplossing: Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019), zoals de andere regels van dit bestand.',
    ]);
  });

  it('splits an entry that runs past a herindeling, joins none that the source split, and warns about a successor used too early', async () => {
    const r = await ingest(engine, [
      csv('hhw.csv', [
        'Registers, aangemaakt 31-03-2022',
        KOP,
        // recorded as two rows (continuation) ...
        '1;GM0398;Doelgroepenregister;01-05-2019;31-12-2021',
        '1;GM1980;Doelgroepenregister;01-01-2022;',
        // ... or as one row under the old code that runs on
        '2;Heerhugowaard;Doelgroepenregister;01-02-2020;',
        // a successor before it existed
        '3;Dijk en Waard;Beschut werk;01-06-2021;',
      ]),
    ]);
    expect(r.meldingen.map((m) => [m.code, m.reden])).toEqual([
      ['herindeling-doorlopend', '1 registraties van Heerhugowaard lopen door na de herindeling van 1-1-2022; vanaf die datum tellen ze bij Dijk en Waard.'],
      ['gemeente-bestond-nog-niet', '1 registraties staan onder Dijk en Waard met een begindatum vóór 1-1-2022, toen die gemeente nog niet bestond; ze tellen ook vóór die datum bij Dijk en Waard.'],
    ]);
    await laad(engine, r.tabellen);
    expect(await inRegister('GM0398', '2021-12-01')).toEqual([{ register: 'doelgroepenregister', n: 2 }]);
    expect(await inRegister('GM0398', '2022-01-01')).toEqual([]);
    expect(await inRegister('GM1980', '2022-01-01')).toEqual([
      { register: 'beschut_werk', n: 1 },
      { register: 'doelgroepenregister', n: 2 },
    ]);
  });
});

describe('anachronisms are warnings with their line', () => {
  it('a register entry that begins before 1-1-2015', async () => {
    const r = await ingest(engine, [csv('oud.csv', ['Registers, aangemaakt 31-12-2016', KOP, '1;Dinkelland;Doelgroepenregister;01-06-2014;', '2;Dinkelland;Beschut werk;01-01-2014;31-12-2015', '3;Dinkelland;Doelgroepenregister;01-01-2015;'])]);
    expect(r.geslaagd).toBe(true);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'oud.csv:3: waarschuwing: Deze registratie (Doelgroepenregister (banenafspraak)) begint vóór 1-1-2015, toen het doelgroepenregister nog niet bestond. Ze telt mee vanaf de begindatum. Oplossing: Controleer de begindatum: een registratie begint op of na 1-1-2015 (bij de start van het register meestal precies 1-1-2015).',
      'oud.csv:4: waarschuwing: Deze registratie (Beschut werk) begint vóór 1-1-2015, toen beschut werk nog niet bestond. Ze telt mee vanaf de begindatum. Oplossing: Controleer de begindatum: een registratie begint op of na 1-1-2015 (bij de start van het register meestal precies 1-1-2015).',
    ]);
  });

  it('a benefit that ended before 1-1-2015 labelled Participatiewet or flagged for a register; one converted from the WWB is normal', async () => {
    const r = await ingest(engine, [
      csv('wwb.csv', [
        'Uitkeringen lopend op of na 1-1-2013, aangemaakt 31-12-2016',
        'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum;Doelgroepenregister;Beschut werk',
        '1;Alkmaar;Participatiewet;01-01-2013;30-06-2014;nee;nee',
        '2;Alkmaar;WWB;01-01-2013;30-06-2014;ja;nee',
        '3;Alkmaar;Algemene bijstand;01-01-2013;30-06-2014;nee;ja',
        // converted from the WWB and running on: normal
        '4;Alkmaar;Participatiewet;01-01-2013;;ja;nee',
        '5;Alkmaar;WWB;01-01-2013;31-12-2014;nee;nee',
        '6;Alkmaar;PW;01-03-2015;;nee;nee',
      ]),
    ]);
    expect(r.geslaagd).toBe(true);
    expect(r.meldingen.map((m) => [m.regel, m.code, m.kolom])).toEqual([
      [3, 'anachronisme', 'Regeling'],
      [4, 'anachronisme', 'Doelgroepenregister'],
      [5, 'anachronisme', 'Beschut werk'],
    ]);
    expect(r.meldingen[0]!.reden).toBe('Deze uitkering heet "Participatiewet" maar eindigde vóór 1-1-2015, toen de Participatiewet nog niet gold (toen: WWB). Ze telt mee als bijstand (Pw).');
  });
});
