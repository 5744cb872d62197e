import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlString, type Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { csv, laad, xlsx } from './helpers.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

const KOP = 'BSN;Naam;Geboortedatum;Woongemeente;Ingangsdatum;Einddatum;SE;Fte;Vorm van werk;Uitvoerende organisatie;Reden uit dienst';

describe('Wsw personnel extracts', () => {
  it('are recognised from their columns and counted by the benefits stock rule, persons, SE and fte', async () => {
    const r = await ingest(engine, [
      csv('wsw.csv', [
        'Wsw-dienstbetrekkingen Dinkelland, lopend op of na 1-1-2020, aangemaakt 31-12-2020',
        KOP,
        '123456782;Jansen;01-02-1960;Dinkelland;01-03-1990;;1,25;1;Beschut binnen;Soweco;',
        // Ends on 1-6-2020: still employed on that peildatum, not on 1-7-2020.
        '234567891;Pietersen;05-06-1954;Dinkelland;01-03-1985;01-06-2020;0,8889;0,8889;Groepsdetachering;SPD;AOW-leeftijd bereikt',
        '345678912;Klaas;05-06-1970;Dinkelland;01-03-1995;;0,5;0,5;Ind. detachering;SPD;',
        'Totaal;3;;;;;;;;;',
      ], { codering: 'windows-1252' }),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    expect(r.bronnen[0]!.onderdelen[0]!.soort).toBe('wsw_personeel');
    await laad(engine, r.tabellen);
    const stand = (p: string) => engine.query(`SELECT sum(aantal)::INTEGER AS personen, round(sum(se), 4) AS se, round(sum(fte), 4) AS fte FROM p_wsw_stand WHERE peildatum = CAST(${sqlString(p)} AS DATE)`);
    expect(await stand('2020-06-01')).toEqual([{ personen: 3, se: 2.6389, fte: 2.3889 }]);
    expect(await stand('2020-07-01')).toEqual([{ personen: 2, se: 1.75, fte: 1.5 }]);
    expect(await engine.query("SELECT werkvorm, werkgever, aantal FROM p_wsw_stand WHERE peildatum = DATE '2020-12-01' ORDER BY werkvorm")).toEqual([
      { werkvorm: 'beschut_binnen', werkgever: 'Soweco', aantal: 1 },
      { werkvorm: 'individuele_detachering', werkgever: 'SPD', aantal: 1 },
    ]);
    expect(await engine.query('SELECT jaar, richting, reden, leeftijdsklasse, aantal FROM p_wsw_mutaties')).toEqual([
      { jaar: 2020, richting: 'uitstroom', reden: 'pensioen', leeftijdsklasse: '65plus', aantal: 1 },
    ]);
    expect(await engine.query("SELECT leeftijdsklasse, aantal FROM p_wsw_leeftijd WHERE peildatum = DATE '2020-12-01' ORDER BY leeftijdsklasse")).toEqual([
      { leeftijdsklasse: '45-55', aantal: 1 },
      { leeftijdsklasse: '60-65', aantal: 1 },
    ]);
    expect(await engine.query("SELECT van, tot FROM p_dekking WHERE onderwerp = 'wsw'")).toEqual([{ van: '2020-01-01', tot: '2020-12-01' }]);
  });

  it('computes SE as indication weighting × contract hours / 36 when the extract has none, and says so (XLSX)', async () => {
    const r = await ingest(engine, [
      await xlsx('oldenzaal.xlsx', {
        Wsw: [
          ['Personeelsnummer', 'Geboortedatum', 'Gemeente', 'Datum in dienst', 'Datum uit dienst', 'Indicatie', 'Contracturen', 'Werkvorm', 'Werkgever'],
          ['P1', '01-01-1970', 'Oldenzaal', '01-01-2000', '', 'Ernstig', 36, 'beschut binnen', 'Larcom (Ommen)'],
          ['P2', '01-01-1975', 'Oldenzaal', '01-01-2001', '', 'Matig', 27, 'begeleid werken', 'Gemeente Oldenzaal'],
        ],
      }),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'oldenzaal.xlsx (blad Wsw): waarschuwing: Bij 2 regels staat geen SE; berekend als indicatiegewicht (matig 1, ernstig 1,25) × deeltijdfactor (contracturen / 36). Oplossing: Geen actie nodig als het bronsysteem geen SE geeft; anders: neem de kolom SE op in het extract.',
    ]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT round(sum(se), 4) AS se, round(sum(fte), 4) AS fte FROM p_wsw_stand WHERE peildatum = (SELECT max(peildatum) FROM p_wsw_stand)')).toEqual([{ se: 2, fte: 1.75 }]);
  });

  it('refuses a bad line with file:line and keeps personal data out of every message', async () => {
    const r = await ingest(engine, [
      csv('wsw.csv', [
        KOP,
        '123456782;Jansen;01-02-1960;Dinkelland;01-03-1990;;1;1;Beschut binnen;SPD;',
        '234567891;Pietersen;05-06-1955;Dinkelland;31-02-2019;;1;1;Beschut binnen;SPD;',
        '345678912;Klaas;05-06-1970;Dinkelland;01-03-1995;;;;Beschut binnen;SPD;',
      ]),
    ]);
    expect(r.geslaagd).toBe(false);
    expect(r.tabellen).toBeNull();
    const teksten = r.meldingen.map(meldingTekst);
    expect(teksten).toContain('wsw.csv:3: Ongeldige datum "31-02-2019" in kolom Ingangsdatum. Oplossing: Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019), zoals de andere regels van dit bestand.');
    expect(teksten.some((t) => t.startsWith('wsw.csv:4: Voor deze dienstbetrekking is het aantal SE niet bekend'))).toBe(true);
    for (const t of teksten) expect(t).not.toMatch(/234567891|Pietersen|Klaas|1955/);
  });

  it('warns about a new dienstbetrekking after the closure of 1-1-2015, but not about a continuation with another organisation', async () => {
    const r = await ingest(engine, [
      csv('wsw.csv', [
        KOP,
        '123456782;Jansen;01-02-1960;Tubbergen;01-03-1990;31-12-2020;1;1;Beschut binnen;Soweco;Overgang naar gemeente',
        '123456782;Jansen;01-02-1960;Tubbergen;01-01-2021;;1;1;Beschut binnen;Gemeente Tubbergen;',
        '234567891;Pietersen;05-06-1980;Tubbergen;01-03-2016;;1;1;Beschut binnen;Soweco;',
      ]),
    ]);
    expect(r.meldingen.map((m) => [m.code, m.regel])).toEqual([['wsw-instroom-na-2015', 4]]);
    await laad(engine, r.tabellen);
    // The change of organisation is no outflow.
    expect(await engine.query("SELECT count(*)::INTEGER AS n FROM p_wsw_mutaties WHERE richting = 'uitstroom'")).toEqual([{ n: 0 }]);
  });
});

describe('Wsw key figures (source 003)', () => {
  const kengetallen = () =>
    csv('kengetallen.csv', [
      'Gemeente;Aantal inwoners 2011;SW (SE);SW (fte);SW (wachtlijst);WWB (incl.WIJ);Wajong;Totaal;Stand SW;Bron',
      'Alkmaar;93.861;425;478;168;1.890;31;2.567;ultimo december 2010;bron 003 (WNK)',
      'Heerhugowaard;51.178;170;191;40;540;9;780;ultimo december 2010;bron 003 (WNK)',
      'Buitengebied;;28;29;-;-;-;-;ultimo december 2010;bron 003 (WNK)',
      'Totaal 2011;271.931;848;961;235;3.250;62;4.479;;',
    ]);

  it('stores each line on the peildatum of the ultimo rule (ultimo december 2010 → 1-1-2011), Buitengebied as a line of the region', async () => {
    const r = await ingest(engine, [kengetallen()]);
    expect(r.geslaagd).toBe(true);
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'kengetallen.csv:4: waarschuwing: "Buitengebied" is geen gemeente; de regel telt als aparte regel van Halte Werk (bij geen enkele gemeente), zodat een totaal dat hem meetelt verklaard is. Oplossing: Is het een gemeente, schrijf dan de naam of de CBS-code; is het een deel van een regio (zoals "Buitengebied"), dan is geen actie nodig.',
    ]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT gemeente_code, omschrijving, samenwerking, peildatum, se, fte, wachtlijst FROM p_wsw_kengetallen ORDER BY se DESC')).toEqual([
      { gemeente_code: 'GM0361', omschrijving: null, samenwerking: null, peildatum: '2011-01-01', se: 425, fte: 478, wachtlijst: 168 },
      { gemeente_code: 'GM0398', omschrijving: null, samenwerking: null, peildatum: '2011-01-01', se: 170, fte: 191, wachtlijst: 40 },
      { gemeente_code: null, omschrijving: 'Buitengebied', samenwerking: 'halte-werk', peildatum: '2011-01-01', se: 28, fte: 29, wachtlijst: null },
    ]);
  });

  it('refuses two different key figures for one municipality and date', async () => {
    const r = await ingest(engine, [
      kengetallen(),
      csv('ander.csv', ['Gemeente;SW (SE);SW (fte);Peildatum', 'Alkmaar;426;478;31-12-2010']),
    ]);
    expect(r.geslaagd).toBe(false);
    expect(r.meldingen.map((m) => [m.bestand, m.regel, m.code])).toContainEqual(['ander.csv', 2, 'tegenstrijdige-cijfers']);
  });
});
