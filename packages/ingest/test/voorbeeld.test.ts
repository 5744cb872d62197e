import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import type { Bronbestand } from '../src/bron.ts';
import { ingest } from '../src/ingest.ts';
import { VOORBEELD_BYTES, voorbeeldVan } from '../src/voorbeeld.ts';
import { csv, KOP_ALMELO } from './helpers.ts';
import { vanLaden, vanVoorbeeld, verwachtZelfdeKop, voorbeeldVanBestand } from './kopbeslissing.ts';

// The preview on "Gegevens laden" and the load read a file's start with the same functions. Every
// extract the other tests build is checked after its test (helpers.ts); here the demo extracts,
// through the whole load, and cases where the dashboard's former reader of its own went another
// way (the quoted header and the euro sign failed against it; so did the helpers.ts check).

const EXTRACTEN = fileURLToPath(new URL('../../../data/extracts', import.meta.url));
const demo: Bronbestand[] = readdirSync(EXTRACTEN, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(csv|xlsx)$/.test(f))
  .sort()
  .map((f) => ({ naam: f, bytes: new Uint8Array(readFileSync(join(EXTRACTEN, f))) }));

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

describe('preview and load of the demo extracts', () => {
  it('agree on header row, delimiter, encoding and columns of every demo extract, as the whole load reports them', async () => {
    expect(demo.length).toBeGreaterThanOrEqual(8);
    const r = await ingest(engine, demo);
    expect(r.bronnen.map((b) => b.naam)).toEqual(demo.map((b) => b.naam));
    for (const [i, bron] of demo.entries()) {
      expect(vanVoorbeeld(voorbeeldVanBestand(bron)), bron.naam).toEqual(vanLaden(bron.naam, r.bronnen[i]!.onderdelen, r.meldingen));
    }
    // What that means for the Almelo extract: Windows-1252, a title row, the header on line 3.
    const almelo = voorbeeldVanBestand(demo.find((b) => b.naam.endsWith('uitkeringen-almelo-2024-12.csv'))!);
    expect(almelo).toMatchObject({ vorm: 'csv', codering: 'windows-1252', scheiding: ';', kopregel: 3, soort: 'uitkeringen', ontbrekend: [] });
    expect(almelo.koppen.at(-1)).toBe('Reden beëindiging');
    expect(almelo.velden.at(-1)).toBe('uitstroomreden');
    expect(almelo.rijen).toHaveLength(10);
    // A workbook is only named: its sheets are recognised while loading.
    expect(voorbeeldVanBestand(demo.find((b) => b.naam.endsWith('budgetten.xlsx'))!)).toMatchObject({ vorm: 'xlsx', koppen: [] });
  });
});

describe('preview of hand-made extracts', () => {
  it('splits a quoted header cell with the delimiter inside, after a space, as the load does', async () => {
    const bron = csv('komma.csv', ['BSN, "Achternaam, voorletters", Gemeente, Regeling, Ingangsdatum', '123456782, "Jansen, J.", Dinkelland, Pw, 01-03-2019']);
    await verwachtZelfdeKop(bron);
    const v = voorbeeldVanBestand(bron);
    expect(v).toMatchObject({ scheiding: ',', koppen: ['BSN', 'Achternaam, voorletters', 'Gemeente', 'Regeling', 'Ingangsdatum'] });
    expect(v.rijen[0]).toEqual(['123456782', 'Jansen, J.', 'Dinkelland', 'Pw', '01-03-2019']);
  });

  it('reads Windows-1252 with the euro sign the same in Node and in a browser', async () => {
    const bron = csv('budget.csv', ['Gemeente;Jaar;Soort;Begroot (€);Gerealiseerd (€)', 'Dinkelland;2020;BUIG;€ 3.274.086;€ 3.301.000'], { codering: 'windows-1252' });
    await verwachtZelfdeKop(bron, { kolommen: { 'Begroot (€)': 'begroot', 'Gerealiseerd (€)': 'gerealiseerd' } });
    const v = voorbeeldVanBestand(bron);
    expect(v).toMatchObject({ codering: 'windows-1252', koppen: ['Gemeente', 'Jaar', 'Soort', 'Begroot (€)', 'Gerealiseerd (€)'] });
    expect(v.rijen[0]![3]).toBe('€ 3.274.086');
  });

  it('chooses the header row the load chooses when a title row also names fields', async () => {
    // The title row names two fields when split by commas; the header (by semicolons) names five.
    await verwachtZelfdeKop(csv('titel.csv', ['Gemeente, jaar en regeling', 'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '1;Dinkelland;Pw;01-01-2019;']));
    expect(voorbeeldVanBestand(csv('titel.csv', ['Gemeente, jaar en regeling', 'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum']))).toMatchObject({ kopregel: 2, scheiding: ';' });
  });

  it('is not changed by a cut last line or a character cut in two at the end of the preview bytes', async () => {
    // UTF-8 without BOM, longer than the preview: the cut falls inside "ë" on some line.
    const regel = (i: number) => `${100000000 + i};Beëindigd Jansen;01-02-1970;Dinkelland;Algemene bijstand;01-03-2018;;Korte afstand;1;Nee;Nee;`;
    const regels = ['Uitkeringen, aangemaakt 31-12-2024', KOP_ALMELO, ...Array.from({ length: 4000 }, (_, i) => regel(i))];
    const lang = csv('lang.csv', regels);
    expect(lang.bytes.length).toBeGreaterThan(VOORBEELD_BYTES);
    for (let cut = VOORBEELD_BYTES - 120; cut < VOORBEELD_BYTES; cut++) {
      const v = voorbeeldVan(lang.bytes.subarray(0, cut), 'lang.csv', { grootte: lang.bytes.length });
      expect(v, `knip na ${cut} bytes`).toMatchObject({ codering: 'utf-8', kopregel: 2, scheiding: ';', soort: 'uitkeringen' });
    }
    await verwachtZelfdeKop(lang);
    // Windows-1252 with CRLF, and UTF-16 (Excel's "Unicode-tekst"), the same.
    await verwachtZelfdeKop(csv('lang-1252.csv', regels, { codering: 'windows-1252', eol: '\r\n' }));
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${regels.join('\r\n')}\r\n`, 'utf16le'));
    expect(voorbeeldVan(utf16.subarray(0, VOORBEELD_BYTES + 1), 'lang-utf16.csv', { grootte: utf16.length })).toMatchObject({ codering: 'utf-16le (met BOM)', kopregel: 2 });
    await verwachtZelfdeKop({ naam: 'lang-utf16.csv', bytes: utf16 });
  });

  it('shows the first line of a file without a recognised header, so its columns can be mapped by hand', () => {
    const v = voorbeeldVanBestand(csv('eigen.csv', ['Nummer;Plaats;Productcode;Vanaf;Tot', 'A1;1774;ABW;01-01-2019;']));
    expect(v).toMatchObject({ kopregel: null, soort: null, ontbrekend: [], koppen: ['Nummer', 'Plaats', 'Productcode', 'Vanaf', 'Tot'], rijen: [['A1', '1774', 'ABW', '01-01-2019', '']] });
  });
});
