import { describe, expect, it } from 'vitest';
import { figurenCsv, figurenJson } from '../src/figuren.ts';
import { naarCsv } from '../src/csv.ts';

const rij = { indicator: 'uitkeringen_per_1000_inwoners', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2019-12-01', dimensie: 'totaal', categorie: 'totaal', waarde: 10.41 };

describe('CSV dialects', () => {
  it('writes plain RFC 4180 with a header, CRLF and point decimals', () => {
    expect(figurenCsv([rij])).toBe(
      'indicator,gemeente_code,gemeente_naam,periode,dimensie,categorie,waarde\r\nuitkeringen_per_1000_inwoners,GM1774,Dinkelland,2019-12-01,totaal,totaal,10.41\r\n',
    );
  });

  it('writes Dutch Excel CSV: BOM, semicolons, decimal comma, and quotes text that holds a semicolon', () => {
    const csv = naarCsv(['gemeente', 'waarde'], [['Bergen (NH.); BUCH', 3274086], ['Dinkelland', 12.5]], 'nl');
    expect(csv).toBe('\uFEFFgemeente;waarde\r\n"Bergen (NH.); BUCH";3274086\r\nDinkelland;12,5\r\n');
  });

  it('never writes a number with an exponent or thousands separators', () => {
    expect(naarCsv(['w'], [[3274086], [0.0000001], [1234567.891]], 'rfc4180')).toBe('w\r\n3274086\r\n0\r\n1234567.891\r\n');
  });

  it('writes JSON as an array of objects with the same columns', () => {
    expect(JSON.parse(figurenJson([rij]))).toEqual([rij]);
  });
});
