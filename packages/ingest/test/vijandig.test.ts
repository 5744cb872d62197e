import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { zonderStuurtekens } from '@pw/model';
import { openNodeEngine } from '@pw/engine/node';
import type { Bronbestand } from '../src/bron.ts';
import { ingest, type IngestResultaat } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';

/**
 * The hostile-input suite (issue 10): generated extracts of every shape a careless colleague or an
 * attacker could hand over. Whatever the bytes, ingest returns (it never throws), every message has
 * the form `file[:line]: reason. Oplossing: …` without the engine's words or control characters,
 * and no value from a column that holds personal data (BSN, name, birth date, reason, notes)
 * appears in a message, in the report on the sources or in the tables of the package.
 */
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

/** The engine's or JavaScript's own words, which no message may carry. */
const RAUW = /Error\b|SQL|Parser|Conversion|Binder|Catalog|INT16|INT32|VARCHAR|undefined|NaN|\[object|at position/;
// eslint-disable-next-line no-control-regex -- exactly what a message may not hold
const STUURTEKEN = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function controleer(r: IngestResultaat, bestanden: readonly Bronbestand[], geheimen: readonly string[]): void {
  const namen = bestanden.map((b) => b.naam);
  for (const m of r.meldingen) {
    const t = meldingTekst(m);
    expect(namen.some((n) => t.startsWith(`${n}:`) || t.startsWith(`${n} (blad `)) || m.code === 'geen-bestanden', t).toBe(true);
    expect(t, t).toMatch(/\S[.!?)"]? Oplossing: \S/);
    expect(t, t).not.toMatch(RAUW);
    expect(STUURTEKEN.test(t), t).toBe(false);
    if (m.ernst === 'fout' && m.regel !== null) expect(m.regel, t).toBeGreaterThan(0);
  }
  expect(r.geslaagd).toBe(r.tabellen !== null);
  if (!r.geslaagd) expect(r.meldingen.some((m) => m.ernst === 'fout')).toBe(true);
  for (const b of r.bronnen) for (const o of b.onderdelen) for (const k of o.kolommen) expect(STUURTEKEN.test(k.kop) || k.kop.length > 200, k.kop).toBe(false);
  if (geheimen.length === 0) return;
  const uit = [JSON.stringify(r.meldingen), JSON.stringify(r.bronnen), ...Object.values(r.tabellen ?? {}).map((b) => new TextDecoder('latin1').decode(b))].join('\n');
  for (const g of geheimen) expect(uit.includes(g), `persoonsgegeven ${g} in de uitvoer`).toBe(false);
}

// ------------------------------------------------------------------------------------------------
// Generators

/** A value that marks personal data: no other generated text can contain it. */
const geheim = fc.stringMatching(/^[A-Z][a-z]{3,8}[QXZ][0-9]{3}$/).map((s) => `Gh${s}`);
/** Text a careless or hostile source can put in a cell. */
const vijandigeTekst = fc.oneof(
  fc.constantFrom(
    "'); DROP TABLE ingest_bron; --",
    '"; SELECT * FROM read_text(\'/etc/passwd\'); --',
    "x' OR '1'='1",
    '=HYPERLINK("http://evil.example","klik")',
    '+31 6 1234',
    '-1+1',
    '@SUM(A1)',
    '\u001b[2J\u001b[31mrood',
    '\u202Egnp.exe',
    'a\rb',
    '""',
    '"',
    ';;;',
    ',,',
    '\t',
    'Totaal',
    'Subtotaal 12',
    '€ 1.234,56',
    '31-02-2019',
    '01-01-2999',
    '1-1-1800',
    '99999',
    '',
    ' ',
    'ë ï ß 漢字 🙂',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const gewoneWaarde = {
  gemeente: fc.constantFrom('Dinkelland', 'Tubbergen', 'GM0173', '0361', 'Bergen', 'Bergen (NH.)', 'Atlantis', 'Heerhugowaard', 'Dijk en Waard'),
  regeling: fc.constantFrom('Pw', 'Participatiewet', 'Algemene bijstand', 'IOAW', 'IOAZ', 'BBZ 2004', 'WWB', 'WW'),
  datum: fc.oneof(
    fc.date({ min: new Date('1940-01-01'), max: new Date('2110-12-31'), noInvalidDate: true }).map((d) => `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`),
    fc.date({ min: new Date('2010-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constant(''),
  ),
  janee: fc.constantFrom('Ja', 'Nee', 'J', 'N', '', 'misschien'),
  afstand: fc.constantFrom('Korte afstand', 'L', 'kort', '', 'middel'),
  register: fc.constantFrom('Doelgroepenregister', 'banenafspraak', 'Beschut werk', 'onbekend'),
};

interface Kolom {
  kop: string;
  waarde: fc.Arbitrary<string>;
  /** A value that passes every check (for extracts that should load). */
  goed: fc.Arbitrary<string>;
  persoonlijk: boolean;
}
const KOLOMMEN: Kolom[] = [
  { kop: 'BSN', waarde: geheim, goed: geheim, persoonlijk: true },
  { kop: 'Achternaam', waarde: geheim, goed: geheim, persoonlijk: true },
  { kop: 'Geboortedatum', waarde: fc.oneof(geheim, gewoneWaarde.datum), goed: fc.constantFrom('01-01-1970', '15-06-1985'), persoonlijk: true },
  { kop: 'Gemeente', waarde: gewoneWaarde.gemeente, goed: fc.constantFrom('Dinkelland', 'GM0183'), persoonlijk: false },
  { kop: 'Regeling', waarde: gewoneWaarde.regeling, goed: fc.constantFrom('Pw', 'IOAW'), persoonlijk: false },
  { kop: 'Ingangsdatum', waarde: gewoneWaarde.datum, goed: fc.constantFrom('01-01-2019', '15-03-2018'), persoonlijk: false },
  { kop: 'Einddatum', waarde: gewoneWaarde.datum, goed: fc.constantFrom('', '31-12-2019'), persoonlijk: false },
  { kop: 'Afstand', waarde: gewoneWaarde.afstand, goed: fc.constantFrom('kort', ''), persoonlijk: false },
  { kop: 'Doelgroepenregister', waarde: gewoneWaarde.janee, goed: fc.constantFrom('Ja', 'Nee'), persoonlijk: false },
  { kop: 'Reden beëindiging', waarde: fc.oneof(geheim, fc.constantFrom('Werk', 'Verhuizing', '')), goed: fc.oneof(geheim, fc.constant('Werk')), persoonlijk: true },
  { kop: 'Toelichting', waarde: geheim, goed: geheim, persoonlijk: true },
  { kop: 'Leeftijd', waarde: fc.constantFrom('45', '-3', '430', 'veertig', ''), goed: fc.constantFrom('45', ''), persoonlijk: true },
];
const DOELGROEP_KOLOMMEN: Kolom[] = [
  KOLOMMEN[0]!,
  KOLOMMEN[3]!,
  { kop: 'Register', waarde: gewoneWaarde.register, goed: fc.constantFrom('Doelgroepenregister', 'Beschut werk'), persoonlijk: false },
  { kop: 'Begindatum', waarde: gewoneWaarde.datum, goed: fc.constantFrom('01-01-2019', '15-03-2018'), persoonlijk: false },
  KOLOMMEN[6]!,
];

/** A CSV escaping cells the way a spreadsheet program does (or, sometimes, does not). */
function regel(cellen: readonly string[], scheiding: string, citeer: boolean): string {
  return cellen.map((c) => (citeer && (c.includes(scheiding) || c.includes('"') || /[\r\n]/.test(c)) ? `"${c.replaceAll('"', '""')}"` : c)).join(scheiding);
}

interface Extract {
  tekst: string;
  /** The same lines as cells (for a workbook, where a cell is a cell and no delimiter can shift it). */
  rijen: string[][];
  geheimen: string[];
}

/** A caseload or doelgroepen extract: a header (known and hostile columns), rows of good, hostile and personal values, titles, empty and total rows. */
const extract = fc
  .record({
    soort: fc.constantFrom(KOLOMMEN, DOELGROEP_KOLOMMEN),
    extraKop: fc.array(vijandigeTekst, { maxLength: 2 }),
    titels: fc.array(fc.oneof(fc.constant('Uitkeringen, aangemaakt 31-12-2019'), fc.constant('lopend op of na 1-1-2015'), vijandigeTekst), { maxLength: 2 }),
    rijen: fc.integer({ min: 0, max: 12 }),
    scheiding: fc.constantFrom(';', ',', '\t', '|'),
    eol: fc.constantFrom('\n', '\r\n'),
    citeer: fc.boolean(),
    /** Only values that pass (the header, titles and extra columns may still be hostile). */
    schoon: fc.boolean(),
  })
  .chain(({ soort, extraKop, titels, rijen, scheiding, eol, citeer, schoon }) => {
    const kolommen = soort;
    const cel = (k: Kolom) =>
      schoon
        ? k.goed.map((w) => ({ w, p: k.persoonlijk }))
        : fc.oneof({ weight: 4, arbitrary: k.waarde.map((w) => ({ w, p: k.persoonlijk })) }, { weight: 1, arbitrary: vijandigeTekst.map((w) => ({ w, p: false })) });
    const rij = fc.tuple(
      fc.tuple(...kolommen.map(cel)),
      fc.array(vijandigeTekst, { minLength: extraKop.length, maxLength: extraKop.length + 1 }),
      fc.constantFrom('data', 'data', 'data', 'data', 'leeg', 'totaal'),
    );
    return fc.array(rij, { minLength: rijen, maxLength: rijen }).map((lijst): Extract => {
      const geheimen: string[] = [];
      const rijen: string[][] = [...titels.map((t) => [t]), [...kolommen.map((k) => k.kop), ...extraKop]];
      for (const [cellen, extra, vorm] of lijst) {
        if (vorm === 'leeg') rijen.push([]);
        else if (vorm === 'totaal') rijen.push(['Totaal', String(lijst.length)]);
        else {
          for (const c of cellen) if (c.p && c.w.startsWith('Gh')) geheimen.push(c.w);
          rijen.push([...cellen.map((c) => c.w), ...extra]);
        }
      }
      return { tekst: rijen.map((r) => regel(r, scheiding, citeer)).join(eol) + eol, rijen, geheimen };
    });
  });

/** The same text as bytes, in one of the encodings files arrive in, sometimes damaged. */
const bytesVan = (e: Extract) =>
  fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16le', 'windows-1252', 'nul').map((vorm): Uint8Array => {
    if (vorm === 'utf-8') return new TextEncoder().encode(e.tekst);
    if (vorm === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${e.tekst}`);
    if (vorm === 'nul') return new TextEncoder().encode(e.tekst.replace(/;/, ';\0'));
    if (vorm === 'windows-1252') return Uint8Array.from({ length: e.tekst.length }, (_, i) => (e.tekst.charCodeAt(i) < 256 ? e.tekst.charCodeAt(i) : 0x3f));
    const bom = vorm === 'utf-16le-bom';
    const uit = new Uint8Array((bom ? 2 : 0) + e.tekst.length * 2);
    if (bom) uit.set([0xff, 0xfe]);
    for (let i = 0; i < e.tekst.length; i++) {
      const c = e.tekst.charCodeAt(i);
      uit[(bom ? 2 : 0) + 2 * i] = c & 0xff;
      uit[(bom ? 2 : 0) + 2 * i + 1] = c >> 8;
    }
    return uit;
  });

const NAMEN = fc.constantFrom('uitkeringen.csv', 'export (2).csv', 'a\u001b[2Jb.csv', 'x\'); DROP TABLE ingest_bron; --.csv', 'lijst.txt');

// ------------------------------------------------------------------------------------------------

// Each property runs dozens of full ingests; on a busy two-core machine one takes up to a minute, so
// the suite's own timeout is generous (a hang still fails, a slow machine does not).
describe('hostile extracts', { timeout: 300_000 }, () => {
  it('random bytes: a message with the file named, never a crash', async () => {
    let gecontroleerd = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), NAMEN, async (bytes, naam) => {
        // The name as ingest shows it (it cleans control characters from file names first).
        const bestanden = [{ naam: zonderStuurtekens(naam, { regels: false }), bytes }];
        controleer(await ingest(engine, bestanden), bestanden, []);
        gecontroleerd++;
      }),
      { numRuns: 40 },
    );
    expect(gecontroleerd).toBeGreaterThanOrEqual(40);
  });

  it('generated extracts with hostile cells, headers, quotes, delimiters, encodings and NUL: loaded or refused, and no personal value in any output', async () => {
    let geladen = 0;
    let geweigerd = 0;
    await fc.assert(
      fc.asyncProperty(
        extract.chain((e) => bytesVan(e).map((bytes) => ({ e, bytes }))),
        async ({ e, bytes }) => {
          const bestanden = [{ naam: 'extract.csv', bytes }];
          const r = await ingest(engine, bestanden);
          controleer(r, bestanden, e.geheimen);
          if (r.geslaagd) geladen++;
          else geweigerd++;
        },
      ),
      { numRuns: 80 },
    );
    // Both outcomes occur: the generator makes extracts that load, and extracts that are refused.
    expect(geladen).toBeGreaterThan(0);
    expect(geweigerd).toBeGreaterThan(0);
  });

  it('two hostile extracts at once, one of them good: the messages stay per file', async () => {
    const goed = new TextEncoder().encode('BSN;Gemeente;Regeling;Ingangsdatum;Einddatum\n1;Dinkelland;Pw;01-01-2019;\n');
    await fc.assert(
      fc.asyncProperty(extract, async (e) => {
        const bestanden = [
          { naam: 'goed.csv', bytes: goed },
          { naam: 'slecht.csv', bytes: new TextEncoder().encode(e.tekst) },
        ];
        const r = await ingest(engine, bestanden);
        controleer(r, bestanden, e.geheimen);
        expect(r.meldingen.filter((m) => m.bestand === 'goed.csv').map(meldingTekst)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('a huge line among generated rows: an error with its line, the rest read', async () => {
    let gecontroleerd = 0;
    await fc.assert(
      fc.asyncProperty(extract, fc.integer({ min: 0, max: 5 }), async (e, waar) => {
        const regels = e.tekst.split('\n');
        const i = Math.min(regels.length - 1, 1 + waar);
        regels.splice(i, 0, `${'x;'.repeat(3)}${'y'.repeat(1_100_000)}`);
        const bestanden = [{ naam: 'lang.csv', bytes: new TextEncoder().encode(regels.join('\n')) }];
        const r = await ingest(engine, bestanden);
        controleer(r, bestanden, e.geheimen);
        gecontroleerd++;
      }),
      { numRuns: 4 },
    );
    expect(gecontroleerd).toBe(4);
  });

  it('generated workbooks with hostile cells (formulas, errors, dates, rich text): the same guarantees', async () => {
    let gecontroleerd = 0;
    const cel = fc.oneof(
      { weight: 3, arbitrary: vijandigeTekst.map((t): ExcelJS.CellValue => t) },
      fc.integer().map((n): ExcelJS.CellValue => n),
      fc.double({ noNaN: false }).map((n): ExcelJS.CellValue => n),
      fc.date({ min: new Date('1800-01-01'), max: new Date('3000-01-01'), noInvalidDate: true }).map((d): ExcelJS.CellValue => d),
      fc.constant({ formula: 'A1+1', result: 7 } as ExcelJS.CellValue),
      fc.constant({ error: '#DIV/0!' } as ExcelJS.CellValue),
      fc.constant({ richText: [{ text: 'Din' }, { text: 'kelland' }] } as ExcelJS.CellValue),
      fc.boolean().map((b): ExcelJS.CellValue => b),
    );
    await fc.assert(
      fc.asyncProperty(extract, fc.array(fc.array(cel, { maxLength: 8 }), { maxLength: 6 }), fc.string({ maxLength: 40 }), async (e, extra, blad) => {
        const wb = new ExcelJS.Workbook();
        // Excel's own rules for a sheet name (ExcelJS refuses others).
        const ws = wb.addWorksheet(blad.replace(/[\\/?*[\]:]/g, '').replace(/^'+|'+$/g, '').slice(0, 31) || 'Blad1');
        for (const r of e.rijen) ws.addRow(r);
        for (const r of extra) ws.addRow(r);
        const bestanden = [{ naam: 'werkmap.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }];
        controleer(await ingest(engine, bestanden), bestanden, e.geheimen);
        gecontroleerd++;
      }),
      { numRuns: 15 },
    );
    expect(gecontroleerd).toBeGreaterThanOrEqual(15);
  });
});
