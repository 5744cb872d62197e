import { describe, expect, it } from 'vitest';
import type { Tabel } from '@pw/charts';
import { bestandsnaam, tabelNaarWerkblad, werkbladCsv } from '../src/exporteren.ts';

// Dinkelland on 1-12-2019 (bron 002): 275 = 245 Pw + 24 IOAW + 2 IOAZ + 4 Bbz.
const perRegeling: Tabel = {
  bijschrift: 'Uitkeringen per regeling, Dinkelland, 1-12-2019',
  kolommen: ['Regeling', 'Aantal'],
  rijen: [
    ['Pw', 245],
    ['IOAW', 24],
    ['IOAZ', 2],
    ['Bbz', 4],
  ],
  eenheid: 'aantal',
};

describe('a table leaving the screen', () => {
  it('masks counts of 1 to 4 when the setting is on, and says how many', () => {
    const { blad, afgeschermd } = tabelNaarWerkblad(perRegeling, true);
    expect(blad.rijen).toEqual([
      ['Pw', 245],
      ['IOAW', 24],
      ['IOAZ', '<5'],
      ['Bbz', '<5'],
    ]);
    expect(afgeschermd).toBe(2);
    expect(blad.titel).toBe('Uitkeringen per regeling, Dinkelland, 1-12-2019');
  });

  it('writes a masked value (NaN, the table was made from masked figures) as its marker: <5 where known, else x', () => {
    const gemaskeerd: Tabel = {
      ...perRegeling,
      kolommen: ['Regeling', 'Aantal', 'Aandeel'],
      rijen: [
        ['Pw', 245, 245 / 275],
        ['IOAW', Number.NaN, Number.NaN],
        ['IOAZ', Number.NaN, Number.NaN],
      ],
      eenheden: ['aantal', 'procent'],
      markeringen: [[null, null], ['x', 'x'], ['<5', 'x']],
    };
    const { blad, afgeschermd } = tabelNaarWerkblad(gemaskeerd, true);
    expect(blad.rijen).toEqual([
      ['Pw', 245, 245 / 275],
      ['IOAW', 'x', 'x'],
      ['IOAZ', '<5', 'x'],
    ]);
    expect(afgeschermd).toBe(4);
    expect(werkbladCsv(blad, 'nl')).not.toContain('NaN');
  });

  it('keeps every count when the setting is off', () => {
    const { blad, afgeschermd } = tabelNaarWerkblad(perRegeling, false);
    expect(blad.rijen.map((r) => r[1])).toEqual([245, 24, 2, 4]);
    expect(afgeschermd).toBe(0);
  });

  it('never masks amounts, shares or places, and types each column by its unit', () => {
    const tabel: Tabel = {
      bijschrift: 'Beschut werk en budget, Dinkelland',
      kolommen: ['Jaar', 'Taakstelling', 'Realisatie in %', 'BUIG', 'Per 1.000 inwoners'],
      rijen: [['2019', 4, 1, 3274086, 10.41]],
      eenheid: 'plaatsen',
      eenheden: ['plaatsen', 'procent', 'euro', 'per1000'],
    };
    const { blad, afgeschermd } = tabelNaarWerkblad(tabel, true);
    expect(afgeschermd).toBe(0);
    expect(blad.rijen[0]).toEqual(['2019', 4, 1, 3274086, 10.41]);
    expect(blad.kolommen.map((k) => k.soort)).toEqual(['tekst', 'aantal', 'procent', 'euro', 'decimaal']);
  });

  it('keeps peildata as dates: the row keys replace the formatted labels', () => {
    const tabel: Tabel = { ...perRegeling, kolommen: ['Peildatum', 'Uitkeringen'], rijen: [['1-12-2019', 275]], rijSleutels: ['2019-12-01'] };
    const { blad } = tabelNaarWerkblad(tabel, true);
    expect(blad.kolommen[0]).toEqual({ naam: 'Peildatum', soort: 'datum' });
    expect(blad.rijen).toEqual([['2019-12-01', 275]]);
  });

  it('writes CSV for Dutch Excel (BOM, semicolons, decimal comma) and RFC 4180', () => {
    const tabel: Tabel = { bijschrift: 'Per 1.000 inwoners', kolommen: ['Gemeente', 'Per 1.000 inwoners'], rijen: [['Dinkelland', 10.41]], eenheid: 'per1000' };
    const { blad } = tabelNaarWerkblad(tabel, true);
    expect(werkbladCsv(blad, 'nl')).toBe('\uFEFFGemeente;Per 1.000 inwoners\r\nDinkelland;10,41\r\n');
    expect(werkbladCsv(blad, 'rfc4180')).toBe('Gemeente,Per 1.000 inwoners\r\nDinkelland,10.41\r\n');
  });
});

describe('percentages in CSV', () => {
  it('writes a share as a percentage (−2,3 in "Verschil in %", not −0,023077), and says % in a header that does not', () => {
    // A change against a year earlier: 251 → 245 is −2,4%; 26 → 24 is −7,7%.
    const tabel: Tabel = {
      bijschrift: 'Uitkeringen op 1-12-2018 en 1-12-2019, per regeling',
      kolommen: ['Gebied en regeling', '1-12-2018', '1-12-2019', 'Verschil', 'Verschil in %', 'Aandeel'],
      rijen: [
        ['Dinkelland: Pw', 251, 245, -6, -6 / 251, 245 / 275],
        ['Dinkelland: IOAW', 26, 24, -2, -2 / 26, 24 / 275],
      ],
      eenheid: 'aantal',
      eenheden: ['aantal', 'aantal', 'aantal', 'procent', 'procent'],
    };
    const { blad } = tabelNaarWerkblad(tabel, false);
    // The workbook keeps the fraction (Excel shows it with its percentage format).
    expect(blad.rijen[0]![4]).toBeCloseTo(-0.023904, 6);
    expect(werkbladCsv(blad, 'nl')).toBe(
      '\uFEFFGebied en regeling;1-12-2018;1-12-2019;Verschil;Verschil in %;Aandeel (%)\r\nDinkelland: Pw;251;245;-6;-2,4;89,1\r\nDinkelland: IOAW;26;24;-2;-7,7;8,7\r\n',
    );
    expect(werkbladCsv(blad, 'rfc4180').split('\r\n')[1]).toBe('Dinkelland: Pw,251,245,-6,-2.4,89.1');
  });
});

describe('file names from titles', () => {
  it('are lower case, without accents or punctuation, at most 80 characters', () => {
    expect(bestandsnaam('Uitkeringen per regeling, Dinkelland, 1-12-2019')).toBe('uitkeringen-per-regeling-dinkelland-1-12-2019');
    expect(bestandsnaam('Beëindigde uitkeringen – Dijk en Waard')).toBe('beeindigde-uitkeringen-dijk-en-waard');
    expect(bestandsnaam('x'.repeat(100))).toHaveLength(80);
    expect(bestandsnaam('€ %')).toBe('cijfers');
  });
});
