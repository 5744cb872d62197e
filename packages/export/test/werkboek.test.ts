import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { figurenCsv, KLEIN_AANTAL_MARKER, maakWerkboek, schermFigurenAf } from '../src/index.ts';

const f = (indicator: string, dimensie: string, categorie: string, waarde: number, periode = '2019-12-01'): Figuur => ({
  indicator, gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode, dimensie, categorie, waarde,
});

describe('small numbers are masked in what leaves the screen', () => {
  it('masks Dinkelland 1-12-2019 IOAZ 2 and Bbz 4, keeps 0, 24, money and places', () => {
    const { rijen, afgeschermd } = schermFigurenAf([
      f('uitkeringen', 'totaal', 'totaal', 275),
      f('uitkeringen', 'regeling', 'IOAW', 24),
      f('uitkeringen', 'regeling', 'IOAZ', 2),
      f('uitkeringen', 'regeling', 'Bbz', 4),
      f('instroom', 'regeling', 'Bbz', 0, '2019-11'),
      f('beschut_werk_realisatie', 'totaal', 'totaal', 4, '2019'),
      f('budget_begroot', 'soort', 'BUIG', 3, '2020'),
    ]);
    expect(rijen.map((r) => r.waarde)).toEqual([275, 24, KLEIN_AANTAL_MARKER, KLEIN_AANTAL_MARKER, 0, 4, 3]);
    expect(afgeschermd).toBe(2);
    expect(figurenCsv(rijen, 'nl')).toContain('uitkeringen;GM1774;Dinkelland;2019-12-01;regeling;Bbz;<5\r\n');
  });
});

describe('XLSX workbook', () => {
  it('has numbers as numbers with Dutch formats, dates as dates, a frozen header and a Toelichting sheet', async () => {
    const bytes = await maakWerkboek(
      {
        titel: 'Uitkeringen per regeling, Dinkelland',
        kolommen: [
          { naam: 'Peildatum', soort: 'datum' },
          { naam: 'Pw', soort: 'aantal' },
          { naam: 'BUIG', soort: 'euro' },
          { naam: 'Aandeel', soort: 'procent' },
        ],
        rijen: [
          ['2019-12-01', 245, 3274086, 0.347],
          ['2020-01-01', 1234, null, 0.5],
        ],
      },
      { keuze: [['Gebied', 'Dinkelland'], ['Peildatum', '1-12-2019']], bronnen: [{ naam: 'uitkeringen-almelo-2024-12.csv', sha256: 'ab'.repeat(32), rijen: 1825 }], datapakket: 'bf25fb03' },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const blad = wb.worksheets[0]!;
    expect(blad.name).toBe('Uitkeringen per regeling, Dinke');
    expect(blad.getRow(1).values).toEqual([undefined, 'Peildatum', 'Pw', 'BUIG', 'Aandeel']);
    expect(blad.getCell('A2').value).toEqual(new Date('2019-12-01T00:00:00Z'));
    expect(blad.getCell('B3').value).toBe(1234);
    expect(blad.getCell('B3').numFmt).toBe('#,##0');
    expect(blad.getCell('C2').value).toBe(3274086);
    expect(blad.getCell('C2').numFmt).toBe('"€" #,##0');
    expect(blad.getCell('D2').numFmt).toBe('0.0%');
    expect(blad.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const info = wb.getWorksheet('Toelichting')!;
    const tekst = info.getSheetValues().flat().filter((v) => typeof v === 'string').join(' ');
    expect(tekst).toContain('Dinkelland');
    expect(tekst).toContain('uitkeringen-almelo-2024-12.csv');
    expect(tekst).toContain('bf25fb03');
  });
});
