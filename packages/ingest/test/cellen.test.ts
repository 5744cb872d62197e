import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leesCellen, type Celtabel } from '../src/cellen.ts';

const tabel = (r: Awaited<ReturnType<typeof leesCellen>>): Celtabel => {
  if ('fout' in r) throw new Error(r.fout);
  return r;
};

describe('leesCellen: a small table file as text cells', () => {
  it('reads a Dutch Excel CSV (Windows-1252, semicolons, a title, empty lines) with the lines a text editor shows', async () => {
    const tekst = 'Projectbegroting NOT (\u20ac)\r\n\r\nType;Kosten totaal;Verdeelsleutel;Noaberkracht;Oldenzaal\r\nPersonele inzet;"57.400";Ja;41.100;16.300\r\n';
    // Windows-1252: € is 0x80.
    const bytes = Uint8Array.from(tekst.split('').map((c) => (c === '\u20ac' ? 0x80 : c.charCodeAt(0))));
    const t = tabel(await leesCellen({ naam: 'begroting.csv', bytes }));
    expect(t.blad).toBeUndefined();
    expect(t.rijen).toEqual([
      { regel: 1, cellen: ['Projectbegroting NOT (\u20ac)'] },
      { regel: 3, cellen: ['Type', 'Kosten totaal', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal'] },
      { regel: 4, cellen: ['Personele inzet', '57.400', 'Ja', '41.100', '16.300'] },
    ]);
  });

  it('reads a table copied from the source document (tabs) and an RFC 4180 CSV (commas)', async () => {
    const tab = tabel(await leesCellen({ naam: 'plak.txt', bytes: new TextEncoder().encode('Type\tKosten totaal\tVerdeelsleutel\tNoaberkracht\tOldenzaal\nProjectleiding\t22.000\tJa\t13.200\t8.800\n') }));
    expect(tab.rijen[1]!.cellen).toEqual(['Projectleiding', '22.000', 'Ja', '13.200', '8.800']);
    const komma = tabel(await leesCellen({ naam: 'b.csv', bytes: new TextEncoder().encode('Post,Kosten totaal,Verdeelsleutel,Noaberkracht,Oldenzaal\r\n"Projectleiding, extern",22000,Ja,13200,8800\r\n') }));
    expect(komma.rijen[1]!.cellen).toEqual(['Projectleiding, extern', '22000', 'Ja', '13200', '8800']);
  });

  it('reads the first sheet of a workbook, numbers as plain numbers and rows as Excel numbers them', async () => {
    const wb = new ExcelJS.Workbook();
    const blad = wb.addWorksheet('Begroting');
    blad.addRow(['Totaalbegroting']);
    blad.addRow([]);
    blad.addRow(['Post', 'Kosten totaal', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal']);
    blad.addRow(['Projectleiding', 22000, 'Ja', 13200, 8800]);
    wb.addWorksheet('Toelichting').addRow(['Tabel', 'iets anders']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const t = tabel(await leesCellen({ naam: 'begroting.xlsx', bytes }));
    expect(t.blad).toBe('Begroting');
    expect(t.rijen).toEqual([
      { regel: 1, cellen: ['Totaalbegroting'] },
      { regel: 3, cellen: ['Post', 'Kosten totaal', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal'] },
      { regel: 4, cellen: ['Projectleiding', '22000', 'Ja', '13200', '8800'] },
    ]);
  });

  it('refuses what is not a small table, naming the file and the fix', async () => {
    expect(await leesCellen({ naam: 'groot.csv', bytes: new Uint8Array((1 << 20) + 1) })).toEqual({
      fout: 'groot.csv: Het bestand is groter dan 1024 kB; een begroting van enkele regels is veel kleiner. Oplossing: Kies het juiste bestand, of bewaar alleen de tabel als CSV of XLSX.',
    });
    expect(await leesCellen({ naam: 'oud.xls', bytes: new TextEncoder().encode('x') })).toEqual({
      fout: 'oud.xls: Dit bestandstype kan niet worden gelezen. Oplossing: Sla het bestand in Excel op als "Excel-werkmap (.xlsx)" of als CSV.',
    });
    const kapot = await leesCellen({ naam: 'kapot.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect('fout' in kapot && kapot.fout.startsWith('kapot.xlsx: De werkmap kan niet worden geopend')).toBe(true);
  });
});
