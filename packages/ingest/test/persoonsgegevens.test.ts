import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest, type IngestResultaat } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { csv, KOP_ALMELO, laad, stand } from './helpers.ts';

// Issue 10: free text never leaves ingest as text, and no message repeats a personal value.
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

/** Everything ingest gives back, as one text: tables (bytes), messages, the report on the sources. */
function alles(r: IngestResultaat): string {
  const tabellen = Object.values(r.tabellen ?? {}).map((b) => new TextDecoder('latin1').decode(b));
  return [...tabellen, JSON.stringify(r.meldingen), r.meldingen.map(meldingTekst).join('\n'), JSON.stringify(r.bronnen)].join('\n');
}

describe('reden van beëindiging', () => {
  it('becomes a category; a name and a date typed in it never leave ingest', async () => {
    const r = await ingest(engine, [
      csv('uitkeringen.csv', [
        'Uitkeringen lopend op of na 1-1-2019, aangemaakt 31-12-2019',
        `${KOP_ALMELO};Toelichting`,
        '111111110;Jansen;01-02-1970;Dinkelland;Algemene bijstand;01-03-2018;31-03-2019;;;Nee;Nee;Werk;',
        '222222220;De Vries;15-06-1985;Dinkelland;Algemene bijstand;01-03-2018;30-04-2019;;;Nee;Nee;Pietersen 12-03-1961 verhuisd naar Almelo;belde op 3-4 over zijn buurman Bakker',
        '333333330;Bakker;03-03-1958;Dinkelland;IOAW;01-01-2019;31-05-2019;;;Nee;Nee;AOW-leeftijd bereikt;',
        '444444440;Visser;20-12-1990;Dinkelland;Algemene bijstand;01-01-2019;30-06-2019;;;Nee;Nee;mw. Smit-Koster, 1-7-2019;',
        '555555550;Smit;01-01-1960;Dinkelland;Algemene bijstand;01-01-2019;31-07-2019;;;Nee;Nee;;',
      ]),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    expect(await engine.query(`SELECT maand, reden, aantal FROM p_uitkeringen_mutaties WHERE richting = 'uitstroom' ORDER BY maand`)).toEqual([
      { maand: '2019-03-01', reden: 'werk', aantal: 1 },
      { maand: '2019-04-01', reden: 'verhuizing', aantal: 1 },
      { maand: '2019-05-01', reden: 'pensioen_aow', aantal: 1 },
      { maand: '2019-06-01', reden: 'overig', aantal: 1 },
      { maand: '2019-07-01', reden: 'onbekend', aantal: 1 },
    ]);
    const tekst = alles(r);
    for (const verboden of ['Pietersen', '12-03-1961', '1961-03-12', 'Smit-Koster', '1-7-2019', 'buurman', 'Bakker', 'Jansen', '111111110', 'Almelo'])
      expect(tekst, verboden).not.toContain(verboden);
    // The toelichting column is recognised as free text: named in the report, never read.
    expect(r.bronnen[0]!.onderdelen[0]!.kolommen.at(-1)).toEqual({ kop: 'Toelichting', veld: 'vrije_tekst' });
  });

  it('names, addresses and notes are recognised as columns that are never read, however many there are', async () => {
    const r = await ingest(engine, [
      csv('adressen.csv', [
        'BSN;Voornaam;Achternaam;Adres;Postcode;Woonplaats;Gemeente;Regeling;Ingangsdatum;Notities;Opmerking',
        '1;Jan;Jansen;Dorpsstraat 1;7591 AB;Denekamp;Dinkelland;Pw;01-01-2019;schuldhulp loopt;',
      ]),
    ]);
    expect(r.geslaagd).toBe(true);
    expect(r.bronnen[0]!.onderdelen[0]!.kolommen.map((k) => k.veld)).toEqual(['persoon', 'naam', 'naam', 'naam', 'naam', 'naam', 'gemeente', 'regeling', 'ingangsdatum', 'vrije_tekst', 'vrije_tekst']);
    for (const verboden of ['Jansen', 'Dorpsstraat', '7591 AB', 'Denekamp', 'schuldhulp']) expect(alles(r), verboden).not.toContain(verboden);
  });
});

describe('messages name the file, the line and the column, never a personal value', () => {
  it('for a bad birth date, an age out of range, and a reason in a date column', async () => {
    const r = await ingest(engine, [
      csv('fout.csv', [
        'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum;Geboortedatum;Leeftijd;Reden',
        '123456782;Dinkelland;Pw;01-01-2019;;31-02-1970;;',
        '234567891;Dinkelland;Pw;01-01-2019;;;430;',
        '345678902;Atlantis;Pw;01-01-2019;;;;Jansen overleden',
      ]),
    ]);
    expect(r.geslaagd).toBe(false);
    const tekst = r.meldingen.map(meldingTekst).join('\n');
    expect(tekst).toMatch(/^fout\.csv:2: /m);
    expect(tekst).toMatch(/^fout\.csv:3: De leeftijd is geen heel getal van 0 tot en met 120\./m);
    expect(tekst).toMatch(/^fout\.csv:4: Onbekende gemeente "Atlantis"/m);
    for (const verboden of ['31-02-1970', '430', '123456782', '234567891', '345678902', 'Jansen']) expect(alles(r), verboden).not.toContain(verboden);
  });
});

describe('a snapshot of running benefits (issue 10, acceptance)', () => {
  it('loads without a title, end dates, reden or loonwaardegroep, and vouches for the stock from its earliest start to its latest date', async () => {
    const r = await ingest(engine, [
      csv('lopend.csv', [
        'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum;Afstand;Loonwaardegroep;Reden beëindiging',
        '1;Oldenzaal;Pw;15-03-2018;;Korte afstand;;',
        '2;Oldenzaal;Pw;01-06-2019;;Lange afstand;;',
        '3;Oldenzaal;IOAW;01-11-2019;;;;',
      ]),
    ]);
    expect(r.meldingen.map(meldingTekst)).toEqual([]);
    await laad(engine, r.tabellen);
    // From the first peildatum after the earliest start (15-3-2018 → 1-4-2018) up to the latest date in it.
    expect(await engine.query(`SELECT gemeente_code, van, tot FROM p_dekking WHERE onderwerp = 'uitkeringen'`)).toEqual([{ gemeente_code: 'GM0173', van: '2018-04-01', tot: '2019-11-01' }]);
    expect(await stand(engine, 'GM0173', '2018-04-01')).toEqual({ Pw: 1 });
    expect(await stand(engine, 'GM0173', '2019-11-01')).toEqual({ Pw: 2, IOAW: 1 });
    expect(await stand(engine, 'GM0173', '2018-03-01')).toEqual({});
    expect(await engine.query(`SELECT DISTINCT loonwaardegroep FROM p_uitkeringen_stand`)).toEqual([{ loonwaardegroep: 'onbekend' }]);
  });

  it('with "aangemaakt" in its file title, vouches up to that date', async () => {
    const r = await ingest(engine, [csv('lopend.csv', ['Lopende uitkeringen, aangemaakt 31-12-2019', 'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '1;Oldenzaal;Pw;15-03-2018;'])]);
    await laad(engine, r.tabellen);
    expect(await engine.query(`SELECT van, tot FROM p_dekking WHERE onderwerp = 'uitkeringen'`)).toEqual([{ van: '2018-04-01', tot: '2019-12-01' }]);
  });
});
