import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import type { Bronbestand } from '../src/bron.ts';
import { ingest } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { laad } from './helpers.ts';

/** Real CBS exports (Bron: CBS, CC BY 4.0): the demo's in data/cbs, two other years here. */
const bestand = (pad: string, naam = pad.split('/').pop()!): Bronbestand => ({ naam, bytes: new Uint8Array(readFileSync(new URL(pad, import.meta.url))) });
const CBS_2015 = () => bestand('../../../data/cbs/bijstand-gemeenten-2015.csv');
const CBS_2016 = () => bestand('./cbs/bijstand-gemeenten-2016.csv');
const CBS_2017 = () => bestand('./cbs/bijstand-gemeenten-2017.csv');
const NATIONAAL = () => bestand('../../../data/cbs/uitkeringen-nederland-per-maand.csv');
const tekst = (naam: string, regels: string[]): Bronbestand => ({ naam, bytes: new TextEncoder().encode(`${regels.join('\r\n')}\r\n`) });

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

type Rij = { maatstaf: string; stam: string | null; gemeente_code: string; periode: string; dimensie: string; categorie: string; waarde: number; status: string };
const rijen = (voorwaardeSql: string) =>
  engine.query<Rij>(`SELECT maatstaf, stam, gemeente_code, periode, dimensie, categorie, waarde, status FROM p_cbs_referentie WHERE ${voorwaardeSql} ORDER BY maatstaf, categorie`);

describe('CBS open-data exports', () => {
  it('reads the 2015 table (BOM, no Perioden) with --periode: Dinkelland as CBS publishes it, every municipality and the country', async () => {
    const r = await ingest(engine, [CBS_2015()], { cbsPeriode: 2015 });
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    expect(r.bronnen[0]!.onderdelen[0]!.soort).toBe('cbs');
    await laad(engine, r.tabellen);
    const dinkelland = await rijen(`gemeente_code = 'GM1774' AND maatstaf IN ('Inwoners_1', 'Bijstandsontvangers_2', 'Bijstandsdichtheid_3') AND categorie IN ('20150', '90100')`);
    const c = { gemeente_code: 'GM1774', periode: '2015', dimensie: 'leeftijd', status: 'CBS' };
    expect(dinkelland).toEqual([
      { ...c, maatstaf: 'Bijstandsdichtheid_3', stam: 'bijstandsdichtheid', categorie: '20150', waarde: 11 },
      { ...c, maatstaf: 'Bijstandsdichtheid_3', stam: 'bijstandsdichtheid', categorie: '90100', waarde: 13 },
      { ...c, maatstaf: 'Bijstandsontvangers_2', stam: 'bijstandsontvangers', categorie: '20150', waarde: 240 },
      { ...c, maatstaf: 'Bijstandsontvangers_2', stam: 'bijstandsontvangers', categorie: '90100', waarde: 210 },
      { ...c, maatstaf: 'Inwoners_1', stam: 'inwoners', categorie: '20150', waarde: 21680 },
      { ...c, maatstaf: 'Inwoners_1', stam: 'inwoners', categorie: '90100', waarde: 16500 },
    ]);
    // In- and outflow come as a count and a percentage with the same key stem.
    expect((await rijen(`gemeente_code = 'GM1774' AND maatstaf LIKE 'Instromers%' AND categorie = '20150'`)).map((x) => [x.maatstaf, x.stam, x.waarde])).toEqual([
      ['Instromers_4', 'instroom', 90],
      ['Instromers_5', 'instroom_procent', 29.5],
    ]);
    // 393 municipalities of 2015 (every code known to the model, also those merged since) and NL01; no province, COROP, landsdeel or labour-market region.
    const codes = await engine.query<{ soort: string; n: number }>(`SELECT left(gemeente_code, 2) AS soort, count(DISTINCT gemeente_code)::INTEGER AS n FROM p_cbs_referentie GROUP BY ALL ORDER BY ALL`);
    expect(codes).toEqual([
      { soort: 'GM', n: 393 },
      { soort: 'NL', n: 1 },
    ]);
    expect((await rijen(`gemeente_code = 'NL01' AND maatstaf = 'Bijstandsontvangers_2' AND categorie = '90100'`))[0]!.waarde).toBeGreaterThan(400_000);
    // Names for every code of the table, also of municipalities that no longer exist (Schermer did in 2014, not 2015; Leeuwarderadeel did).
    expect(await engine.query(`SELECT naam, opvolger FROM p_gemeenten WHERE code = 'GM0081'`)).toEqual([{ naam: 'Leeuwarderadeel', opvolger: 'GM0080' }]);
  });

  it('refuses a table without Perioden when no year is given, naming the option and never taking the year from the name', async () => {
    const r = await ingest(engine, [CBS_2015()]);
    expect(r.geslaagd).toBe(false);
    expect(r.tabellen).toBeNull();
    const [m] = r.meldingen.map(meldingTekst);
    expect(m).toMatch(/^bijstand-gemeenten-2015\.csv:1: Dit CBS-bestand heeft geen kolom Perioden/);
    expect(m).toContain('De bestandsnaam noemt 2015, maar een naam is geen bron voor de periode.');
    expect(m).toContain('Oplossing: geef het jaar op: op de opdrachtregel met --periode <jaar> (bijvoorbeeld --periode 2015)');
  });

  it('reads other years with other keys and padding: 2016 (codes padded to 7, Instroom_4) and 2017 (no BOM, "." absent, 0 present)', async () => {
    const r = await ingest(engine, [CBS_2016(), CBS_2017()], { cbsPeriode: 2016 });
    // One --periode for two tables of different years: each table's figures are then the same year, so they conflict.
    expect(r.geslaagd).toBe(false);
    expect(r.meldingen.some((m) => m.code === 'cbs-dubbel')).toBe(true);

    const r16 = await ingest(engine, [CBS_2016()], { cbsPeriode: 2016 });
    expect(r16.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r16.tabellen);
    expect((await rijen(`gemeente_code = 'GM1774' AND maatstaf IN ('Instroom_4', 'Bijstandsontvangers_2') AND categorie = '20150'`)).map((x) => [x.maatstaf, x.stam, x.waarde])).toEqual([
      ['Bijstandsontvangers_2', 'bijstandsontvangers', 240],
      ['Instroom_4', 'instroom', 120],
    ]);

    const r17 = await ingest(engine, [CBS_2017()], { cbsPeriode: 2017 });
    expect(r17.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r17.tabellen);
    // Dinkelland, AOW age and older: 30 bijstandsontvangers, inflow 0 (a figure), the inflow percentage "." (none).
    expect((await rijen(`gemeente_code = 'GM1774' AND categorie = '90200' AND maatstaf IN ('Bijstandsontvangers_2', 'Instroom_4', 'Instroom_5')`)).map((x) => [x.maatstaf, x.waarde])).toEqual([
      ['Bijstandsontvangers_2', 30],
      ['Instroom_4', 0],
    ]);
    expect(await rijen(`maatstaf LIKE 'WerkNaReIntegratie%'`)).toEqual([]);
    expect((await rijen(`gemeente_code = 'GM1774' AND maatstaf = 'BijstandsontvangersMetReIntegratie_14' AND categorie = '20150'`)).map((x) => [x.stam, x.waarde])).toEqual([[null, 25]]);
  });

  it('reads the national monthly series: months and years from Perioden, empty cells absent, next to an extract', async () => {
    const r = await ingest(engine, [NATIONAAL()]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    const bijstand = await rijen(`maatstaf = 'TotaalBijstandsuitkeringen_11' AND periode IN ('1998-01', '2016')`);
    expect(bijstand.map((x) => [x.gemeente_code, x.periode, x.stam, x.dimensie, x.waarde])).toEqual([
      ['NL01', '1998-01', 'bijstandsuitkeringen', 'totaal', 449],
      ['NL01', '2016', 'bijstandsuitkeringen', 'totaal', 436.5],
    ]);
    // WIA did not exist in January 1998: an empty cell, no figure.
    expect(await rijen(`maatstaf = 'TotaalWIAUitkeringen_5' AND periode = '1998-01'`)).toEqual([]);
  });

  it('refuses a malformed CBS file with file, line, reason and fix, and loads nothing (not even a good file with it)', async () => {
    const kop = '"ID","Leeftijd","RegioS","Perioden","Bijstandsontvangers_2"';
    const r = await ingest(engine, [
      tekst('goed.csv', [kop, '"0","20150","GM1774  ","2019JJ00","     250"']),
      tekst('fout.csv', [kop, '"0","20150","GM1774  ","2019JJ00","    2O0"', '"1","20150","XX99","2019JJ00","     250"', '"2","20150","GM0183","2019HJ01","10"', '"3","20150","GM0183"']),
    ]);
    expect(r.geslaagd).toBe(false);
    expect(r.tabellen).toBeNull();
    expect(r.meldingen.map(meldingTekst)).toEqual([
      'fout.csv:5: Deze regel heeft niet de 5 velden van de kopregel (tussen dubbele aanhalingstekens, gescheiden door komma\'s). Oplossing: Exporteer de tabel opnieuw uit StatLine (CSV) en laad het bestand zonder het te bewerken.',
    ]);
    const r2 = await ingest(engine, [tekst('fout.csv', [kop, '"0","20150","GM1774  ","2019JJ00","    2O0"', '"1","20150","XX99","2019JJ00","     250"', '"2","20150","GM0183","2019HJ01","10"'])]);
    expect(r2.meldingen.map(meldingTekst)).toEqual([
      'fout.csv:2: Een waarde is geen getal ("2O0"): CBS schrijft getallen met een decimale punt, "." voor onbekend en een lege cel voor geen cijfer. Oplossing: Exporteer de tabel opnieuw uit StatLine (CSV) en laad het bestand zonder het te bewerken.',
      'fout.csv:3: Onbekende regiocode "XX99": pw-monitor leest gemeenten (GM…), Nederland (NL01) en, zonder ze te gebruiken, provincies, landsdelen, COROP-gebieden en arbeidsmarktregio\'s. Oplossing: Exporteer de tabel met de regio-indeling Gemeenten (en eventueel Nederland).',
      'fout.csv:4: Onbekende periodecode "2019HJ01" in de kolom Perioden: pw-monitor leest jaren (2017JJ00), kwartalen (2017KW03) en maanden (2017MM05). Oplossing: Exporteer de tabel met jaren, kwartalen of maanden.',
    ]);
  });

  it('keeps a municipality code the model does not know under its own code, flagged; quarters and months as periods', async () => {
    const r = await ingest(engine, [
      tekst('kwartaal.csv', ['"ID","RegioS","Perioden","Bijstandsontvangers_2","OnbekendeMaat_3"', '"0","GM9999","2017KW03","  10","1.5"', '"1","NL01  ","2017MM05","20",""']),
    ]);
    expect(r.meldingen.map((m) => [m.ernst, m.code, m.regel])).toEqual([['waarschuwing', 'cbs-onbekende-gemeente', 2]]);
    await laad(engine, r.tabellen);
    expect((await rijen('true')).map((x) => [x.maatstaf, x.stam, x.gemeente_code, x.periode, x.dimensie, x.waarde, x.status])).toEqual([
      ['Bijstandsontvangers_2', 'bijstandsontvangers', 'GM9999', '2017-Q3', 'totaal', 10, 'CBS; gemeentecode onbekend in het model'],
      ['Bijstandsontvangers_2', 'bijstandsontvangers', 'NL01', '2017-05', 'totaal', 20, 'CBS'],
      ['OnbekendeMaat_3', null, 'GM9999', '2017-Q3', 'totaal', 1.5, 'CBS; gemeentecode onbekend in het model'],
    ]);
  });

  it('reads the OData JSON of the same tables (value array, typed numbers, null for no figure, padded codes)', async () => {
    const json = JSON.stringify({
      'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/84066NED/$metadata#Cbs.OData.Data.TypedDataSet',
      value: [
        { ID: 0, Leeftijd: '20150', Regiokenmerken: 'GM1774 ', Inwoners_1: 22090, Bijstandsontvangers_2: 260, WerkNaReIntegratie_11: null },
        { ID: 1, Leeftijd: '90200', Regiokenmerken: 'GM1774 ', Inwoners_1: 5280, Bijstandsontvangers_2: 0, WerkNaReIntegratie_11: null },
      ],
    });
    const r = await ingest(engine, [{ naam: '84066NED.json', bytes: new TextEncoder().encode(json) }], { cbsPeriode: 2017 });
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect((await engine.query<{ tabel: string }>('SELECT DISTINCT tabel FROM p_cbs_referentie'))[0]!.tabel).toBe('84066NED');
    expect((await rijen('true')).map((x) => [x.maatstaf, x.categorie, x.waarde])).toEqual([
      ['Bijstandsontvangers_2', '20150', 260],
      ['Bijstandsontvangers_2', '90200', 0],
      ['Inwoners_1', '20150', 22090],
      ['Inwoners_1', '90200', 5280],
    ]);
  });

  it("takes a user's mergers file: a code the model does not know resolves to its successor, and a bad line is refused with its line", async () => {
    const cbs = tekst('cbs.csv', ['"ID","RegioS","Perioden","Bijstandsontvangers_2"', '"0","GM9998  ","2030JJ00","  10"', '"1","GM9999  ","2030JJ00","  20"']);
    const fusies = tekst('herindelingen.csv', ['datum;oude_code;oude_naam;nieuwe_code;nieuwe_naam;aandeel', '2031-01-01;GM9998;Oudedorp;GM9999;Nieuwstad;1', '2031-01-01;GM9999;Nieuwstad;GM9999;Nieuwstad;1']);
    const r = await ingest(engine, [cbs, fusies]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    expect(r.bronnen[1]!.onderdelen[0]!.soort).toBe('herindelingen');
    await laad(engine, r.tabellen);
    expect((await rijen('true')).map((x) => [x.gemeente_code, x.status])).toEqual([
      ['GM9998', 'CBS'],
      ['GM9999', 'CBS'],
    ]);
    expect(await engine.query(`SELECT code, naam, geldig_tot, opvolger, huidige_code FROM p_gemeenten WHERE code IN ('GM9998', 'GM9999') ORDER BY code`)).toEqual([
      { code: 'GM9998', naam: 'Oudedorp', geldig_tot: '2030-12-31', opvolger: 'GM9999', huidige_code: 'GM9999' },
      { code: 'GM9999', naam: 'Nieuwstad', geldig_tot: null, opvolger: null, huidige_code: 'GM9999' },
    ]);
    const fout = await ingest(engine, [cbs, tekst('herindelingen.csv', ['datum;oude_code;nieuwe_code;aandeel', '2031-01-01;GM9998;GM9999;0,6', '2031-01-01;GM9998;GM1774;0,6', '31-02-2031;GM9997;GM9999;'])]);
    expect(fout.tabellen).toBeNull();
    expect(fout.meldingen.map(meldingTekst)).toEqual([
      'herindelingen.csv:2: De aandelen van GM9998 tellen op tot 1.200, niet tot 1. Oplossing: Schrijf per regel: datum (jjjj-mm-dd), oude code (GM0000), nieuwe code (GM0000) en bij een splitsing het aandeel (0 tot 1, samen 1).',
      'herindelingen.csv:4: De datum "31-02-2031" is geen datum. Oplossing: Schrijf per regel: datum (jjjj-mm-dd), oude code (GM0000), nieuwe code (GM0000) en bij een splitsing het aandeel (0 tot 1, samen 1).',
    ]);
  });
});
