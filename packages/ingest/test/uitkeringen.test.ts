import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { csv, KOP_ALMELO, laad, stand, xlsx } from './helpers.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

// A hand-made export from a benefits system: Windows-1252, CRLF, title row, empty lines, Totaal row.
const almelo = () =>
  csv(
    'uitkeringen-almelo.csv',
    [
      'Uitkeringen Dinkelland en Tubbergen, lopend op of na 1-1-2019, aangemaakt 31-12-2019',
      '',
      KOP_ALMELO,
      '111111110;Jansen;01-02-1970;Dinkelland;Algemene bijstand;01-03-2018;;Korte afstand;1;Nee;Nee;',
      '222222220;De Vries;15-06-1985;Dinkelland;Algemene bijstand;15-11-2019;;Lange afstand;2;Ja;Nee;',
      '333333330;Bakker;03-03-1958;Dinkelland;IOAW;01-01-2019;30-11-2019;;;Nee;Nee;Werk',
      '',
      '444444440;Visser;20-12-1990;Tubbergen;BBZ 2004;01-12-2019;;;;Nee;Nee;',
      '555555550;Smit;01-01-1960;Tubbergen;Algemene bijstand;01-06-2015;31-01-2019;Lange afstand;4;Nee;Nee;Pensioen/AOW',
      'Totaal;5;;;;;;;;;;',
    ],
    { codering: 'windows-1252', eol: '\r\n' },
  );

describe('caseload extract in the shape a Dutch source system exports', () => {
  it('counts a benefit on a peildatum when it started on or before and has not ended before it', async () => {
    const r = await ingest(engine, [almelo()]);
    expect(r.meldingen.filter((m) => m.ernst === 'fout').map(meldingTekst)).toEqual([]);
    expect(r.geslaagd).toBe(true);
    expect(r.bronnen[0]).toMatchObject({ rijen: 5, onderdelen: [{ codering: 'windows-1252', scheidingsteken: ';', kopregel: 3, soort: 'uitkeringen' }] });
    await laad(engine, r.tabellen);
    // 1-12-2019: Jansen (Pw), De Vries (Pw, started 15-11), Visser (Bbz, started that day); Bakker ended 30-11.
    expect(await stand(engine, 'GM1774', '2019-12-01')).toEqual({ Pw: 2 });
    expect(await stand(engine, 'GM0183', '2019-12-01')).toEqual({ Bbz: 1 });
    expect(await stand(engine, 'GM1774', '2019-11-01')).toEqual({ Pw: 1, IOAW: 1 });
    // The extract covers 1-1-2019 to 31-12-2019: nothing is counted outside it.
    expect(await stand(engine, 'GM1774', '2018-12-01')).toEqual({});
    const dekking = await engine.query(`SELECT gemeente_code, van, tot FROM p_dekking WHERE onderwerp = 'uitkeringen' ORDER BY 1`);
    expect(dekking).toEqual([
      { gemeente_code: 'GM0183', van: '2019-01-01', tot: '2019-12-01' },
      { gemeente_code: 'GM1774', van: '2019-01-01', tot: '2019-12-01' },
    ]);
  });

  it('keeps afstand, loonwaardegroep and register flags as codes', async () => {
    const r = await ingest(engine, [almelo()]);
    await laad(engine, r.tabellen);
    const rijen = await engine.query(
      `SELECT regeling, afstand, loonwaardegroep, doelgroepenregister, aantal FROM p_uitkeringen_stand WHERE gemeente_code = 'GM1774' AND peildatum = DATE '2019-12-01' ORDER BY afstand`,
    );
    expect(rijen).toEqual([
      { regeling: 'Pw', afstand: 'kort', loonwaardegroep: '1', doelgroepenregister: 'nee', aantal: 1 },
      { regeling: 'Pw', afstand: 'lang', loonwaardegroep: '2', doelgroepenregister: 'ja', aantal: 1 },
    ]);
  });

  it('has inflow and outflow that add up to the change in stock', async () => {
    const r = await ingest(engine, [almelo()]);
    await laad(engine, r.tabellen);
    const mut = await engine.query(
      `SELECT maand, regeling, richting, reden, aantal FROM p_uitkeringen_mutaties WHERE gemeente_code = 'GM1774' AND maand = DATE '2019-11-01' ORDER BY richting`,
    );
    // November: De Vries started 15-11 (inflow), Bakker ended 30-11 (outflow, reason Werk: the category werk).
    expect(mut).toEqual([
      { maand: '2019-11-01', regeling: 'Pw', richting: 'instroom', reden: 'nieuw', aantal: 1 },
      { maand: '2019-11-01', regeling: 'IOAW', richting: 'uitstroom', reden: 'werk', aantal: 1 },
    ]);
    const saldo = await engine.query<{ verschil: number }>(`
      WITH s AS (SELECT gemeente_code, peildatum, sum(aantal) AS n FROM p_uitkeringen_stand GROUP BY ALL),
      m AS (SELECT gemeente_code, maand, sum(CASE richting WHEN 'instroom' THEN aantal ELSE -aantal END) AS netto FROM p_uitkeringen_mutaties GROUP BY ALL),
      p AS (SELECT DISTINCT gemeente_code, unnest(generate_series(van, tot - INTERVAL 1 MONTH, INTERVAL 1 MONTH))::DATE AS maand FROM p_dekking WHERE onderwerp = 'uitkeringen')
      SELECT max(abs(coalesce(s2.n, 0) - coalesce(s1.n, 0) - coalesce(m.netto, 0))) AS verschil FROM p
      LEFT JOIN s s1 ON s1.gemeente_code = p.gemeente_code AND s1.peildatum = p.maand
      LEFT JOIN s s2 ON s2.gemeente_code = p.gemeente_code AND s2.peildatum = (p.maand + INTERVAL 1 MONTH)::DATE
      LEFT JOIN m ON m.gemeente_code = p.gemeente_code AND m.maand = p.maand`);
    expect(saldo[0]!.verschil).toBe(0);
  });

  it('never lets BSN, names or birth dates into the package', async () => {
    const r = await ingest(engine, [almelo()]);
    const alles = Object.values(r.tabellen!).map((b) => new TextDecoder('latin1').decode(b)).join('\n');
    for (const verboden of ['111111110', '222222220', 'Jansen', 'De Vries', '1970-02-01', '01-02-1970']) expect(alles).not.toContain(verboden);
    const rijen = await engine.query(`SELECT leeftijdsklasse, aantal FROM p_uitkeringen_leeftijd WHERE gemeente_code = 'GM1774' AND peildatum = DATE '2019-12-01' ORDER BY 1`);
    expect(rijen).toEqual([
      { leeftijdsklasse: '27-45', aantal: 1 },
      { leeftijdsklasse: '45-55', aantal: 1 },
    ]);
  });

  it('reads the Totaal row as the total the extract claims, not as data', async () => {
    const r = await ingest(engine, [almelo()]);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT bronbestand, regel, opgegeven, berekend FROM p_extract_totalen')).toEqual([
      { bronbestand: 'uitkeringen-almelo.csv', regel: 10, opgegeven: 5, berekend: 5 },
    ]);
  });
});

describe('bad input: a clear error with file, line and fix, and nothing loaded', () => {
  it('rejects an impossible date with its line and loads nothing', async () => {
    const slecht = almelo();
    const tekst = new TextDecoder('windows-1252').decode(slecht.bytes).replace('15-11-2019', '31-11-2019');
    const r = await ingest(engine, [csv('uitkeringen-almelo.csv', tekst.trimEnd().split('\r\n'), { codering: 'windows-1252', eol: '\r\n' })]);
    expect(r.geslaagd).toBe(false);
    expect(r.tabellen).toBeNull();
    expect(r.meldingen.filter((m) => m.ernst === 'fout').map(meldingTekst)).toEqual([
      'uitkeringen-almelo.csv:5: Ongeldige datum "31-11-2019" in kolom Ingangsdatum. Oplossing: Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019), zoals de andere regels van dit bestand.',
    ]);
  });

  it('reports an unknown municipality, an unknown regeling, an end before start and a missing BSN, each on its line', async () => {
    const r = await ingest(engine, [
      csv('u.csv', [
        'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum',
        '1;Atlantis;Pw;01-01-2019;',
        '2;Dinkelland;WW;01-01-2019;',
        '3;Dinkelland;Pw;01-05-2019;01-04-2019',
        ';Dinkelland;Pw;01-01-2019;',
        '5;Bergen;Pw;01-01-2019;',
      ]),
    ]);
    const fouten = r.meldingen.filter((m) => m.ernst === 'fout');
    expect(fouten.map((m) => [m.regel, m.code, m.kolom])).toEqual(
      expect.arrayContaining([
        [2, 'onbekende-gemeente', 'Gemeente'],
        [3, 'onbekende-regeling', 'Regeling'],
        [4, 'einde-voor-ingang', 'Einddatum'],
        [5, 'leeg-persoon', 'BSN'],
        [6, 'onbekende-gemeente', 'Gemeente'],
      ]),
    );
    expect(fouten).toHaveLength(5);
    expect(meldingTekst(fouten.find((m) => m.regel === 6)!)).toContain('"Bergen" kan Bergen (L.) (GM0893) of Bergen (NH.) (GM0373) zijn');
    // The BSN is never repeated in a message.
    expect(fouten.every((m) => m.waarde !== ';' && !meldingTekst(m).includes('111111110'))).toBe(true);
  });

  it('names a missing required column and how to map it', async () => {
    const r = await ingest(engine, [csv('u.csv', ['BSN;Gemeente;Ingangsdatum', '1;Dinkelland;01-01-2019'])]);
    expect(r.geslaagd).toBe(false);
    const m = r.meldingen[0]!;
    expect(m).toMatchObject({ code: 'ontbrekende-kolom', regel: 1 });
    expect(meldingTekst(m)).toMatch(/^u\.csv:1: De kolom regeling ontbreekt .* Oplossing: Voeg een kolom toe met een kop als regeling, wet, uitkeringssoort/);
  });

  it('accepts a mapping file for headers a system writes its own way', async () => {
    const bestand = csv('eigen.csv', ['Klant-ID;Gem;Wetcode;Vanaf;Tot', 'A1;1774;ABW;01-01-2019;']);
    const zonder = await ingest(engine, [bestand]);
    expect(zonder.geslaagd).toBe(false);
    const met = await ingest(engine, [bestand], {
      mapping: { kolommen: { 'Klant-ID': 'persoon', Vanaf: 'ingangsdatum', Tot: 'einddatum' }, waarden: { regeling: { ABW: 'Pw' } } },
    });
    expect(met.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, met.tabellen);
    // Without a title or later dates the extract only vouches for its own dates: 1-1-2019.
    expect(await stand(engine, 'GM1774', '2019-01-01')).toEqual({ Pw: 1 });
  });

  it('reports overlapping periods of one person and regeling, pointing at both lines', async () => {
    const r = await ingest(engine, [
      csv('u.csv', ['BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '1;Dinkelland;Pw;01-01-2019;30-06-2019', '2;Dinkelland;Pw;01-01-2019;', '1;Tubbergen;Pw;01-06-2019;']),
    ]);
    const fouten = r.meldingen.filter((m) => m.ernst === 'fout');
    expect(fouten.map(meldingTekst)).toEqual([
      'u.csv:4: Deze Pw-uitkering overlapt met een eerdere uitkering van dezelfde persoon (regel 2, 1-1-2019 t/m 30-6-2019, Dinkelland). Oplossing: Een persoon heeft per regeling één uitkering tegelijk: corrigeer de einddatum van de eerdere of de ingangsdatum van deze uitkering, of verwijder de dubbele regel.',
    ]);
  });
});

describe('a person in two municipalities on the same day', () => {
  it('is a warning on the later row, naming the other row and the day, never the person', async () => {
    const r = await ingest(engine, [
      csv('u.csv', ['BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '123456782;Dinkelland;Pw;01-01-2019;', '2;Dinkelland;Pw;01-01-2019;', '123456782;Tubbergen;IOAW;01-06-2019;']),
    ]);
    expect(r.geslaagd).toBe(true);
    const w = r.meldingen.filter((m) => m.code === 'twee-gemeenten');
    expect(w.map(meldingTekst)).toEqual([
      'u.csv:4: waarschuwing: Deze persoon heeft vanaf 1-6-2019 ook een uitkering in Dinkelland (regel 2) en telt dan in Tubbergen én Dinkelland. Oplossing: Bij een verhuizing: beëindig de uitkering in de oude gemeente. Anders: controleer de gemeentecode. Klopt het, accepteer dan deze waarschuwing.',
    ]);
    expect(JSON.stringify(r.meldingen)).not.toContain('123456782');
  });
});

describe('loading the same data twice', () => {
  it('does not double any figure when the same file is given twice or two extracts overlap', async () => {
    const eerst = await ingest(engine, [almelo()]);
    await laad(engine, eerst.tabellen);
    const enkel = await stand(engine, 'GM1774', '2019-12-01');
    // The same file again, and a later extract that repeats the same benefits (and ends one of them).
    const later = csv('uitkeringen-almelo-2020.csv', [
      'Uitkeringen, aangemaakt 31-01-2020',
      KOP_ALMELO,
      '111111110;Jansen;01-02-1970;Dinkelland;Algemene bijstand;01-03-2018;15-01-2020;Korte afstand;1;Nee;Nee;Werk',
      '222222220;De Vries;15-06-1985;Dinkelland;Algemene bijstand;15-11-2019;;Lange afstand;2;Ja;Nee;',
    ]);
    const r = await ingest(engine, [almelo(), almelo(), later]);
    expect(r.geslaagd).toBe(true);
    expect(r.meldingen.map((m) => m.code)).toEqual(['zelfde-bestand']);
    await laad(engine, r.tabellen);
    expect(await stand(engine, 'GM1774', '2019-12-01')).toEqual(enkel);
    expect(await stand(engine, 'GM1774', '2020-01-01')).toEqual({ Pw: 2 });
    expect(await stand(engine, 'GM1774', '2020-02-01')).toEqual({});
  });
});

describe('other shapes', () => {
  it('reads an XLSX workbook with a title row and reports problems by sheet and row', async () => {
    const datum = (s: string) => new Date(`${s}T00:00:00Z`);
    const werkmap = await xlsx('regio.xlsx', {
      Toelichting: [['Dit blad is uitleg']],
      Uitkeringen: [
        ['Klantenbestand regio Alkmaar (lopend op of na 1-1-2019)'],
        [],
        ['Klantnummer', 'Woongemeente', 'Uitkeringssoort', 'Startdatum', 'Einddatum'],
        ['K001', 'GM0361', 'Participatiewet', datum('2018-05-01'), null],
        ['K002', 'GM0361', 'IOAZ', datum('2019-02-01'), datum('2019-10-31')],
        ['K003', 'GM0361', 'Participatiewet', 'gisteren', null],
      ],
    });
    const r = await ingest(engine, [werkmap]);
    expect(r.meldingen.filter((m) => m.ernst === 'fout').map(meldingTekst)).toEqual([
      'regio.xlsx (blad Uitkeringen, rij 6): Ongeldige datum "gisteren" in kolom Startdatum. Oplossing: Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019), zoals de andere regels van dit bestand.',
    ]);
    werkmap.bytes = (await xlsx('regio.xlsx', { Uitkeringen: [['Klantenbestand, aangemaakt 31-12-2018'], ['Klantnummer', 'Woongemeente', 'Uitkeringssoort', 'Startdatum', 'Einddatum'], ['K001', 'GM0361', 'Participatiewet', datum('2018-05-01'), null]] })).bytes;
    const goed = await ingest(engine, [werkmap]);
    await laad(engine, goed.tabellen);
    expect(await stand(engine, 'GM0361', '2018-06-01')).toEqual({ Pw: 1 });
  });

  it('accepts a stock snapshot ("stand per peildatum") as caseload input', async () => {
    const r = await ingest(engine, [
      csv('stand-2019-11.csv', ['Stand per 1-11-2019', 'BSN;Gemeente;Regeling;Ingangsdatum', '1;Oldenzaal;Pw;01-03-2018', '2;Oldenzaal;IOAW;01-01-2019']),
      csv('stand-2019-12.csv', ['Stand per 1-12-2019', 'BSN;Gemeente;Regeling;Ingangsdatum', '1;Oldenzaal;Pw;01-03-2018', '3;Oldenzaal;Pw;15-11-2019']),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await stand(engine, 'GM0173', '2019-11-01')).toEqual({ Pw: 1, IOAW: 1 });
    expect(await stand(engine, 'GM0173', '2019-12-01')).toEqual({ Pw: 2 });
    const mut = await engine.query(`SELECT richting, regeling, aantal FROM p_uitkeringen_mutaties WHERE maand = DATE '2019-11-01' ORDER BY richting`);
    expect(mut).toEqual([
      { richting: 'instroom', regeling: 'Pw', aantal: 1 },
      { richting: 'uitstroom', regeling: 'IOAW', aantal: 1 },
    ]);
  });

  it('splits a benefit that runs past a herindeling, so Dijk en Waard’s series continues Heerhugowaard’s', async () => {
    const r = await ingest(engine, [
      csv('hhw.csv', [
        'Uitkeringen lopend op of na 1-1-2021, aangemaakt 31-03-2022',
        'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum;Reden einde',
        // recorded by the source as two periods (continuation) ...
        '1;GM0398;Pw;01-05-2019;31-12-2021;Herindeling',
        '1;GM1980;Pw;01-01-2022;;',
        // ... or as one period under the old code that runs on
        '2;GM0398;Pw;01-02-2020;;',
      ]),
    ]);
    expect(r.meldingen.map((m) => m.code)).toEqual(['herindeling-doorlopend']);
    await laad(engine, r.tabellen);
    expect(await stand(engine, 'GM0398', '2021-12-01')).toEqual({ Pw: 2 });
    expect(await stand(engine, 'GM1980', '2022-01-01')).toEqual({ Pw: 2 });
    const mut = await engine.query(`SELECT gemeente_code, richting, reden, aantal FROM p_uitkeringen_mutaties WHERE maand = DATE '2021-12-01' ORDER BY 1, 2`);
    expect(mut).toEqual([
      { gemeente_code: 'GM0398', richting: 'uitstroom', reden: 'herindeling', aantal: 2 },
      { gemeente_code: 'GM1980', richting: 'instroom', reden: 'herindeling', aantal: 2 },
    ]);
    // Duration counts from the original start: on 1-1-2022 both have run for more than a year.
    const duur = await engine.query(`SELECT duurklasse, aantal FROM p_uitkeringen_duur WHERE gemeente_code = 'GM1980' AND peildatum = DATE '2022-01-01' ORDER BY 1`);
    expect(duur).toEqual([
      { duurklasse: '1-2', aantal: 1 },
      { duurklasse: '2-5', aantal: 1 },
    ]);
  });
});
