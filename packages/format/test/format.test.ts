import { describe, expect, it } from 'vitest';
import { bronInWoorden, deAantal, formatAantal, formatDatum, formatDecimaal, formatEuro, formatMaand, formatPeriode, formatProcent, formatSeconden, formatVerschil, formatWaarde, meervoud, opsomming, taalfouten } from '../src/index.ts';

const nbsp = (s: string) => s.replaceAll('\u00a0', ' ');

describe('nl-NL formatting', () => {
  it('writes the figures of the source documents the Dutch way', () => {
    expect(formatAantal(275)).toBe('275');
    expect(formatAantal(4479)).toBe('4.479');
    expect(nbsp(formatEuro(3274086))).toBe('€ 3.274.086');
    expect(formatProcent(0.125)).toBe('12,5%');
    expect(formatDecimaal(10.41)).toBe('10,4');
    expect(formatDatum('2019-12-01')).toBe('1-12-2019');
    expect(formatMaand('2019-11')).toBe('november 2019');
    expect(formatPeriode('2020')).toBe('2020');
  });

  it('keeps the euro sign and the amount together with a non-breaking space', () => {
    expect(formatEuro(13200)).toBe('€\u00a013.200');
  });

  it('writes a change with its sign', () => {
    expect(formatVerschil(12)).toBe('+12');
    expect(formatVerschil(-1234)).toBe('−1.234');
    expect(formatVerschil(0)).toBe('0');
  });

  it('puts a count with its noun in singular or plural, the number written the Dutch way', () => {
    expect(meervoud(1, 'regel', 'regels')).toBe('1 regel');
    expect(meervoud(2, 'regel', 'regels')).toBe('2 regels');
    expect(meervoud(0, 'waarschuwing', 'waarschuwingen')).toBe('0 waarschuwingen');
    expect(meervoud(1834, 'regel', 'regels')).toBe('1.834 regels');
    expect(meervoud(1, 'bestand', 'bestanden')).toBe('1 bestand');
  });

  it('writes a duration in seconds with at most one decimal', () => {
    expect(formatSeconden(2000)).toBe('2 s');
    expect(formatSeconden(1540)).toBe('1,5 s');
    expect(formatSeconden(83_250)).toBe('83,3 s');
  });
});

describe('enumerations and hashes', () => {
  it('lists names the Dutch way, with "en" before the last and no serial comma', () => {
    expect(opsomming(['Dinkelland', 'Oldenzaal', 'Tubbergen'])).toBe('Dinkelland, Oldenzaal en Tubbergen');
    expect(opsomming(['Dinkelland', 'Tubbergen'])).toBe('Dinkelland en Tubbergen');
    expect(opsomming(['Dinkelland'])).toBe('Dinkelland');
    expect(opsomming([])).toBe('');
  });

});

describe('masked values', () => {
  it('shows a masked value (NaN, in print and exports) as x in every number format, never NaN', () => {
    expect([formatAantal(Number.NaN), formatDecimaal(Number.NaN), formatEuro(Number.NaN), formatProcent(Number.NaN), formatVerschil(Number.NaN)]).toEqual(['x', 'x', 'x', 'x', 'x']);
    expect(formatWaarde(Number.NaN / 275, 'procent')).toBe('x');
  });
});

describe('Dutch text checked in one place', () => {
  it('writes a definite count without "de 1 gemeenten"', () => {
    expect(deAantal(1, 'andere gemeente', 'andere gemeenten')).toBe('de andere gemeente');
    expect(deAantal(5, 'andere gemeente', 'andere gemeenten')).toBe('de 5 andere gemeenten');
  });

  it('names the source documents in words, not by number', () => {
    expect(bronInWoorden('bron 002 (meerjarenbegroting Dinkelland 2020–2024)')).toBe('Businesscase Dinkelland 2020 (meerjarenbegroting Dinkelland 2020–2024)');
    expect(bronInWoorden('Bron 000 verdeelt de projectkosten zo.')).toBe('Projectopdracht Noord-Oost Twente 2021 verdeelt de projectkosten zo.');
    expect(bronInWoorden('zoals in bron 002 en 003')).toBe('zoals in Businesscase Dinkelland 2020 en Hoofdlijnennotitie regio Alkmaar 2012');
    expect(bronInWoorden('CBS 03759')).toBe('CBS 03759');
  });

  it('finds plurals after 1, "de 1 …", abbreviations in lower case, NaN and a space before a full stop', () => {
    expect(taalfouten('Er is 1 regels fout.')).toHaveLength(1);
    expect(taalfouten('Vergeleken met de 1 gemeenten van die klasse').length).toBeGreaterThan(0);
    expect(taalfouten('Geen buig voor Dinkelland')).toHaveLength(1);
    expect(taalfouten('Per 1.000 inwoners: NaN')).toHaveLength(1);
    expect(taalfouten('Dinkelland heeft 254 uitkeringen .')).toHaveLength(1);
    expect(taalfouten('Op 1-12-2024 had Dinkelland 254 uitkeringen, 6 minder dan een jaar eerder (−2,3%). Geen BUIG-budget; 1 regel, 21 uitkeringen, pw-monitor.')).toEqual([]);
  });
});
