import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '../src/ingest.ts';
import { meldingTekst } from '../src/melding.ts';
import { controleerWerkmap } from '../src/werkmap.ts';
import { csv, laad, stand, xlsx } from './helpers.ts';

// Issue 10: an extract loads, or is refused with `file:line: reason. Oplossing: …`, whatever it holds.
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

const KOP = 'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum';
const teksten = (r: { meldingen: Parameters<typeof meldingTekst>[0][] }) => r.meldingen.map(meldingTekst);
/** No message may carry the engine's own words. */
const RAUW = /Error|SQL|Parser|Conversion|Binder|CAST|INT16|undefined|\bat position\b/;

describe('optional columns', () => {
  it('loads when an optional column is empty on every line', async () => {
    const r = await ingest(engine, [csv('leeg.csv', [`${KOP};Afstand;Loonwaardegroep;Reden beëindiging`, '1;Dinkelland;Pw;01-01-2019;;;;', '2;Dinkelland;IOAW;01-02-2019;31-05-2019;;;'])]);
    expect(teksten(r)).toEqual([]);
    await laad(engine, r.tabellen);
    // Coverage starts with the month of the first end date (the coverage rule).
    expect(await stand(engine, 'GM1774', '2019-05-01')).toEqual({ Pw: 1, IOAW: 1 });
  });

  it('loads when every value of an optional column is unknown, with a warning per line', async () => {
    const r = await ingest(engine, [csv('onbekend.csv', [`${KOP};Afstand`, '1;Dinkelland;Pw;01-01-2019;;middel', '2;Dinkelland;Pw;01-02-2019;;ver weg'])]);
    expect(r.geslaagd).toBe(true);
    expect(teksten(r)).toEqual([
      'onbekend.csv:2: waarschuwing: Onbekende afstand tot de arbeidsmarkt "middel". De regel telt mee met "onbekend". Oplossing: Gebruik "kort" of "lang" (korte of lange afstand tot de arbeidsmarkt).',
      'onbekend.csv:3: waarschuwing: Onbekende afstand tot de arbeidsmarkt "ver weg". De regel telt mee met "onbekend". Oplossing: Gebruik "kort" of "lang" (korte of lange afstand tot de arbeidsmarkt).',
    ]);
  });

  it('reports every line whose required value is unknown, even when no line of the sample was known', async () => {
    const r = await ingest(engine, [csv('regelingen.csv', [KOP, '1;Dinkelland;WW;01-01-2019;', '2;Dinkelland;WIA;01-02-2019;'])]);
    expect(r.geslaagd).toBe(false);
    expect(r.meldingen.map((m) => [m.regel, m.code])).toEqual([
      [2, 'onbekende-regeling'],
      [3, 'onbekende-regeling'],
    ]);
  });
});

describe('shapes that used to stop the reader', () => {
  it('a header only: a warning on the header line, and no package because there is nothing to count', async () => {
    const r = await ingest(engine, [csv('alleen-kop.csv', [KOP])]);
    expect(r.geslaagd).toBe(false);
    expect(teksten(r)).toEqual([
      'alleen-kop.csv: Geen van de bestanden bevat gegevensregels die kunnen worden ingelezen. Oplossing: Controleer of u de juiste extracten hebt gekozen, met regels onder de kopregel.',
      'alleen-kop.csv:1: waarschuwing: Onder deze kopregel staan geen gegevensregels; dit extract telt voor niets mee. Oplossing: Controleer of het extract volledig is geëxporteerd, of laat het bestand weg.',
    ]);
  });

  it('a header only next to a real extract: the real one loads, the empty one is a warning', async () => {
    const r = await ingest(engine, [csv('alleen-kop.csv', [KOP]), csv('echt.csv', [KOP, '1;Dinkelland;Pw;01-01-2019;'])]);
    expect(r.geslaagd).toBe(true);
    expect(r.meldingen.map((m) => m.code)).toEqual(['geen-regels']);
  });

  it('a line over 1 MB is an error with its line; the lines before and after are read', async () => {
    const r = await ingest(engine, [csv('lang.csv', [`${KOP};Toelichting`, '1;Dinkelland;Pw;01-01-2019;;kort', `2;Dinkelland;Pw;01-01-2019;;${'x'.repeat(1_200_000)}`, '3;Dinkelland;Pw;01-01-2019;;kort'])]);
    expect(teksten(r)).toEqual([
      expect.stringMatching(/^lang\.csv:3: Deze regel is langer dan 1 MB en kan niet worden gelezen\. Oplossing: /),
    ]);
  });

  it('a quote that is never closed: an error with the line where it opens', async () => {
    const r = await ingest(engine, [csv('quote.csv', [KOP, '1;"Dinkelland;Pw;01-01-2019;', '2;Dinkelland;Pw;01-02-2019;'])]);
    expect(r.geslaagd).toBe(false);
    expect(r.meldingen.filter((m) => m.ernst === 'fout').map((m) => [m.regel, m.code])).toEqual([[2, 'onleesbare-regel']]);
    for (const t of teksten(r)) expect(t).not.toMatch(RAUW);
  });

  it('dates far out of range (2999, 1800) are errors with their line, never an overflow', async () => {
    const r = await ingest(engine, [
      csv('ver.csv', [`${KOP};Geboortedatum`, '1;Dinkelland;Pw;01-01-2999;;01-01-1970', '2;Dinkelland;Pw;01-01-1800;;01-01-1970', '3;Dinkelland;Pw;01-01-2019;;01-01-2999', '4;Dinkelland;Pw;01-01-2019;01-01-2999;01-01-1970']),
    ]);
    expect(r.geslaagd).toBe(false);
    expect(r.meldingen.filter((m) => m.ernst === 'fout').map((m) => [m.regel, m.code])).toEqual([
      [2, 'onwaarschijnlijke-datum'],
      [3, 'onwaarschijnlijke-datum'],
      [4, 'onwaarschijnlijke-datum'],
      [5, 'onwaarschijnlijke-datum'],
    ]);
    // The birth date is personal data: its line and column, never its value.
    expect(teksten(r).find((t) => t.startsWith('ver.csv:4:'))).toBe(
      'ver.csv:4: De geboortedatum is geen datum of ligt vóór 1900 of na 2100. Oplossing: Controleer het jaartal van de geboortedatum (de waarde wordt niet getoond: het is een persoonsgegeven).',
    );
  });

  it('an impossible date in a title row is ignored, not a crash', async () => {
    const r = await ingest(engine, [csv('titel.csv', ['Stand per 31-02-2019', 'BSN;Gemeente;Regeling;Ingangsdatum', '1;Dinkelland;Pw;01-01-2019'])]);
    expect(r.meldingen.every((m) => !RAUW.test(meldingTekst(m)))).toBe(true);
  });
});

describe('no row lost silently', () => {
  it('a line with text only in columns that are not read is a warning with its line', async () => {
    const r = await ingest(engine, [csv('notitie.csv', [`${KOP};Notities`, '1;Dinkelland;Pw;01-01-2019;;', ';;;;;zie dossier van mevrouw Jansen', '2;Dinkelland;Pw;01-02-2019;;'])]);
    expect(r.geslaagd).toBe(true);
    expect(teksten(r)).toEqual([expect.stringMatching(/^notitie\.csv:3: waarschuwing: Deze regel heeft alleen tekst in kolommen die niet worden ingelezen/)]);
    expect(teksten(r).join()).not.toContain('Jansen');
  });

  it('total and subtotal rows are not data; a subtotal that names a municipality is checked against it', async () => {
    const r = await ingest(engine, [
      csv('totalen.csv', [KOP, '1;Dinkelland;Pw;01-01-2019;', '2;Dinkelland;Pw;01-02-2019;', 'Subtotaal Dinkelland;2;;;', '3;Tubbergen;Pw;01-01-2019;', 'Subtotaal Tubbergen;2;;;', 'Subtotaal Pw;3;;;', 'Totaal;3;;;']),
    ]);
    expect(teksten(r)).toEqual([
      'totalen.csv:6: waarschuwing: De regel "Subtotaal Tubbergen" noemt 2; ingelezen is 1 regel. Oplossing: Controleer of het extract volledig is (ontbrekende of afgewezen regels); is het verschil verklaard, accepteer dan deze waarschuwing.',
    ]);
    expect(r.bronnen[0]!.rijen).toBe(3);
    await laad(engine, r.tabellen);
    expect(await engine.query('SELECT regel, omschrijving, opgegeven, berekend FROM p_extract_totalen ORDER BY regel')).toEqual([
      { regel: 4, omschrijving: 'Subtotaal Dinkelland', opgegeven: 2, berekend: 2 },
      { regel: 6, omschrijving: 'Subtotaal Tubbergen', opgegeven: 2, berekend: 1 },
      { regel: 8, omschrijving: 'Totaal', opgegeven: 3, berekend: 3 },
    ]);
  });
});

describe('encodings and bytes', () => {
  const utf16 = (tekst: string, bom: boolean, be = false): Uint8Array => {
    const uit = new Uint8Array((bom ? 2 : 0) + tekst.length * 2);
    let i = 0;
    if (bom) uit.set(be ? [0xfe, 0xff] : [0xff, 0xfe], (i += 2) - 2);
    for (const c of tekst) {
      const code = c.charCodeAt(0);
      uit[i++] = be ? code >> 8 : code & 0xff;
      uit[i++] = be ? code & 0xff : code >> 8;
    }
    return uit;
  };
  const tekst = 'BSN;Gemeente;Regeling;Ingangsdatum;Beëindigingsdatum\r\n1;Dinkelland;Pw;01-01-2019;\r\n';

  it('reads UTF-16 with and without BOM, little and big endian', async () => {
    for (const [naam, bytes] of [
      ['le-bom.csv', utf16(tekst, true)],
      ['be-bom.csv', utf16(tekst, true, true)],
      ['le.csv', utf16(tekst, false)],
      ['be.csv', utf16(tekst, false, true)],
    ] as const) {
      const r = await ingest(engine, [{ naam, bytes }]);
      expect(teksten(r), naam).toEqual([]);
      expect(r.bronnen[0]!.onderdelen[0]!.kolommen.map((k) => k.veld), naam).toEqual(['persoon', 'gemeente', 'regeling', 'ingangsdatum', 'einddatum']);
    }
  });

  it('refuses NUL bytes with the file and the lines that hold them', async () => {
    const bytes = new TextEncoder().encode(`${KOP}\n1;Dinkel\0land;Pw;01-01-2019;\n2;Dinkelland;Pw;01-02-2019;\0\n`);
    const r = await ingest(engine, [{ naam: 'nul.csv', bytes }]);
    expect(r.geslaagd).toBe(false);
    expect(r.meldingen.map((m) => [m.bestand, m.regel, m.code])).toEqual([
      ['nul.csv', 2, 'nul-teken'],
      ['nul.csv', 3, 'nul-teken'],
    ]);
  });

  it('names a file that is no extract at all, without repeating its first line', async () => {
    const r = await ingest(engine, [csv('brief.csv', ['Geachte heer Jansen,', 'Hierbij uw gegevens: BSN 123456782.'])]);
    expect(teksten(r)).toEqual([
      expect.stringMatching(/^brief\.csv: Geen kopregel gevonden met herkenbare kolommen in de eerste 50 regels\. De eerste regel met tekst \(regel 1\) heeft 1 kolom\. Oplossing: /),
    ]);
  });

  it('cleans control characters from a file name before it is shown or kept', async () => {
    const r = await ingest(engine, [{ naam: 'a\u001b[2Jb\u202E.csv', bytes: new TextEncoder().encode(`${KOP}\n1;Atlantis;Pw;01-01-2019;\n`) }]);
    expect(r.meldingen[0]!.bestand).toBe('a[2Jb.csv');
    expect(r.bronnen[0]!.naam).toBe('a[2Jb.csv');
  });
});

describe('workbooks are bounded before they are read', () => {
  /** A zip of `mb` megabytes of zeros that claims, in both its headers, to unpack to 1.000 bytes. */
  const bom = (mb: number): Uint8Array => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(mb << 20) }, { level: 1 });
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    v.setUint32(22, 1000, true); // local file header: uncompressed size
    const centraal = v.getUint32(zip.length - 22 + 16, true); // end of central directory: its offset
    v.setUint32(centraal + 24, 1000, true); // central directory entry: uncompressed size
    return zip;
  };

  it('refuses a zip bomb by what it unpacks to, not by what it claims', () => {
    const b = bom(40);
    expect(b.length).toBeLessThan(100 * 1024);
    expect(controleerWerkmap(b, { bytes: 32 << 20, cellen: 1e9, onderdelen: 10 })).toEqual({ soort: 'te-groot', wat: 'bytes' });
    expect(controleerWerkmap(b, { bytes: 64 << 20, cellen: 1e9, onderdelen: 10 })).toEqual({ soort: 'goed' });
  });

  it('counts cells, also across chunk boundaries and with a namespace prefix', () => {
    const cellen = (n: number, prefix = '') => new TextEncoder().encode(`<${prefix}sheetData>${`<${prefix}row><${prefix}c r="A1"><${prefix}v>1</${prefix}v></${prefix}c><${prefix}c/></${prefix}row>`.repeat(n / 2)}</${prefix}sheetData>`);
    const werkmap = (xml: Uint8Array) => zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': xml });
    expect(controleerWerkmap(werkmap(cellen(200_000)), { bytes: 1e9, cellen: 200_000, onderdelen: 10 })).toEqual({ soort: 'goed' });
    expect(controleerWerkmap(werkmap(cellen(200_002)), { bytes: 1e9, cellen: 200_000, onderdelen: 10 })).toEqual({ soort: 'te-groot', wat: 'cellen' });
    expect(controleerWerkmap(werkmap(cellen(200_002, 'x:')), { bytes: 1e9, cellen: 200_000, onderdelen: 10 })).toEqual({ soort: 'te-groot', wat: 'cellen' });
  });

  it('gives a clear error for a workbook over the limit and for one that is no workbook', async () => {
    const veelCellen = zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode(`<sheetData><row>${'<c/>'.repeat(2_000_001)}</row></sheetData>`) }, { level: 1 });
    const kapot = (await xlsx('kapot.xlsx', { Blad1: [['BSN', 'Gemeente']] })).bytes.slice(0, 200);
    const r = await ingest(engine, [
      { naam: 'groot.xlsx', bytes: veelCellen },
      { naam: 'kapot.xlsx', bytes: kapot },
    ]);
    expect(teksten(r)).toEqual([
      'groot.xlsx: De werkmap is te groot om veilig te lezen: meer dan 2.000.000 cellen. Oplossing: Sla een groot extract op als CSV (dat leest pw-monitor zonder grens), of verdeel het over meer werkmappen.',
      'kapot.xlsx: De werkmap kan niet worden geopend: het bestand is beschadigd of geen Excel-werkmap (.xlsx). Oplossing: Open het bestand in Excel en sla het opnieuw op als "Excel-werkmap (.xlsx)", of als CSV.',
    ]);
  });
});

describe('an engine error never reaches the user', () => {
  it('becomes a Dutch message naming the file and the step', async () => {
    // An engine that fails the way DuckDB does, with a value from the file in its message.
    const kapot: Engine = new Proxy(engine, {
      get(doel, naam, ontvanger) {
        const waarde = Reflect.get(doel, naam, ontvanger) as unknown;
        if (naam !== 'exec' || typeof waarde !== 'function') return waarde;
        return async (sql: string) => {
          if (sql.includes('read_csv')) throw new Error('Conversion Error: Could not convert string "Jansen" to INT16');
          return (waarde as (s: string) => Promise<void>).call(doel, sql);
        };
      },
    });
    const r = await ingest(kapot, [csv('uitkeringen.csv', [KOP, '1;Dinkelland;Pw;01-01-2019;'])]);
    expect(r.geslaagd).toBe(false);
    expect(teksten(r)).toEqual([
      'uitkeringen.csv: Het inlezen is onverwacht gestopt bij het lezen van dit bestand; er is niets geladen. Oplossing: Controleer of het een extract is zoals pw-monitor het leest (CSV of XLSX met een kopregel). Blijft het gebeuren, meld het dan met een beschrijving van het bestand (zonder persoonsgegevens) bij de beheerder van pw-monitor.',
    ]);
  });
});

describe('a row whose cells shifted', () => {
  it('does not show a value that may have come from another column (a name with an unquoted delimiter)', async () => {
    const r = await ingest(engine, [csv('verschoven.csv', ['BSN;Achternaam;Gemeente;Regeling;Ingangsdatum;Einddatum', '1;Jansen;Dinkelland;Pw;01-01-2019;', '2;Vries; de;Dinkelland;Pw;01-01-2019;'])]);
    expect(r.geslaagd).toBe(false);
    const tekst = teksten(r).join('\n');
    expect(tekst).toMatch(/^verschoven\.csv:3: /m);
    expect(tekst).toContain('Onbekende gemeente. De waarde wordt niet getoond: deze regel heeft 7 kolommen en de kopregel 6');
    expect(tekst).not.toMatch(/"\s*de"|Vries/);
  });
});

describe('an extract too large for the engine', () => {
  it('says the memory ran out and what to do instead, without the engine’s words, and loads nothing', async () => {
    // DuckDB-WASM in the browser stops at about 4 GB (a national extract of 10 million rows): its
    // own error, raised here by an engine that runs out while the figures are counted.
    let stappen = 0;
    const vol: Engine = {
      ...engine,
      exec: async (sql: string) => {
        if (/CREATE OR REPLACE TABLE/.test(sql) && ++stappen > 3) throw new Error('Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)');
        return engine.exec(sql);
      },
    };
    const r = await ingest(vol, [csv('landelijk.csv', [KOP, '1;Dinkelland;Pw;01-01-2019;', '2;Dinkelland;IOAW;01-02-2019;31-05-2019'])]);
    expect(r.geslaagd).toBe(false);
    expect(r.tabellen).toBeNull();
    expect(r.meldingen.map((m) => m.code)).toEqual(['geheugen-vol']);
    expect(teksten(r)[0]).toBe(
      'landelijk.csv: Het extract is te groot om hier in te lezen: het geheugen van de rekenmachine raakte vol. Er is niets geladen. Oplossing: Lees het in met de opdrachtregel (npm run ingest), die niet aan het geheugen van de browser (ongeveer 4 GB) gebonden is, en open het datapakket daarna op Gegevens laden; of lees het extract in delen per periode in.',
    );
    expect(teksten(r)[0]).not.toMatch(RAUW);
    // Any other failure keeps the general message.
    const kapot: Engine = { ...engine, exec: async () => { throw new Error('Binder Error: something else'); } };
    const r2 = await ingest(kapot, [csv('x.csv', [KOP, '1;Dinkelland;Pw;01-01-2019;'])]);
    expect(r2.meldingen.map((m) => m.code)).toEqual(['interne-fout']);
  });
});

describe('a line cut by a line break in an unquoted cell', () => {
  it('shows no value from the rest of the line, which has the header’s width but every value one column off', async () => {
    // "Fenna\nJansen" without quotes: the line stops after the name, and the rest starts a new line
    // whose cells have all moved one column: the last name lands in Doelgroepenregister, a name in
    // Ingangsdatum.
    const kop = 'BSN;Achternaam;Gemeente;Regeling;Ingangsdatum;Einddatum;Doelgroepenregister;Toelichting';
    const r = await ingest(engine, [
      csv('afgebroken.csv', [kop, '111222333;Fenna', ';Jansen;Dinkelland;Pw;01-01-2019;;Vriesema;x', '444555666;Bakker;Dinkelland;Pw;01-01-2019;;Ja;', '777888999;Visser', ';Smit;Dinkelland;Pw;Mulder;;Nee;y']),
    ]);
    const uit = JSON.stringify(r.meldingen);
    for (const naam of ['Fenna', 'Jansen', 'Vriesema', 'Visser', 'Smit', 'Mulder', '111222333', '777888999']) expect(uit, naam).not.toContain(naam);
    const onbekend = r.meldingen.find((m) => m.code === 'onbekende-janee' && m.regel === 3);
    expect(onbekend?.reden).toContain('De waarde wordt niet getoond: de regel ervoor is korter dan de kopregel');
    const datum = r.meldingen.find((m) => m.code === 'ongeldige-datum' && m.regel === 6);
    expect(datum?.reden).toBeDefined();
    expect(datum?.waarde).toBeUndefined();
    // A value on an ordinary line is still shown.
    const gewoon = await ingest(engine, [csv('gewoon.csv', [kop, '444555666;Bakker;Dinkelland;Pw;01-01-2019;;Misschien;'])]);
    expect(gewoon.meldingen.find((m) => m.code === 'onbekende-janee')?.waarde).toBe('Misschien');
  });
});
