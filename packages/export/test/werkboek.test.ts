import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { figurenCsv, maakWerkboek } from '../src/index.ts';

const f = (indicator: string, dimensie: string, categorie: string, waarde: number, periode = '2019-12-01'): Figuur => ({
  indicator, gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode, dimensie, categorie, waarde,
});

describe('masked figures in the long format', () => {
  it('writes a masked cell as its marker: Dinkelland 1-12-2019 Bbz 4 as <5', () => {
    const rijen = [f('uitkeringen', 'totaal', 'totaal', 275), { ...f('uitkeringen', 'regeling', 'Bbz', 4), waarde: '<5' }];
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
