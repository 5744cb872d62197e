import { describe, expect, it } from 'vitest';
import type { Melding } from '@pw/ingest';
import { ALLE_MELDINGEN, bestandenIn, filterMeldingen, rapportCsv, telErnst } from '../../src/laden/rapport.ts';

const meldingen: Melding[] = [
  { ernst: 'fout', code: 'ongeldige-datum', bestand: 'uitkeringen-almelo.csv', regel: 5, kolom: 'Ingangsdatum', waarde: '31-11-2019', reden: 'Ongeldige datum "31-11-2019" in kolom Ingangsdatum.', oplossing: 'Schrijf de datum als dd-mm-jjjj (bijvoorbeeld 01-12-2019).' },
  { ernst: 'waarschuwing', code: 'dubbele-gemeente', bestand: 'u.csv', regel: 4, reden: 'Deze persoon heeft vanaf 1-6-2019 ook een uitkering in Dinkelland (regel 2).', oplossing: 'Bij een verhuizing: beëindig de uitkering in de oude gemeente.' },
  { ernst: 'fout', code: 'onbekende-regeling', bestand: 'u.csv', regel: 1234, kolom: 'Regeling', waarde: 'Kinderbijslag', reden: 'Onbekende regeling "Kinderbijslag".', oplossing: 'Gebruik Pw, IOAW, IOAZ of Bbz.' },
];

describe('the validation report', () => {
  it('filters by file, by severity and by text in reason, fix, column, value, code or line', () => {
    expect(filterMeldingen(meldingen, ALLE_MELDINGEN)).toEqual(meldingen);
    expect(filterMeldingen(meldingen, { ...ALLE_MELDINGEN, bestand: 'u.csv' }).map((m) => m.regel)).toEqual([4, 1234]);
    expect(filterMeldingen(meldingen, { ...ALLE_MELDINGEN, ernst: 'fout' }).map((m) => m.code)).toEqual(['ongeldige-datum', 'onbekende-regeling']);
    expect(filterMeldingen(meldingen, { bestand: 'u.csv', ernst: 'fout', tekst: '' }).map((m) => m.regel)).toEqual([1234]);
    expect(filterMeldingen(meldingen, { ...ALLE_MELDINGEN, tekst: '  KINDERBIJSLAG ' }).map((m) => m.regel)).toEqual([1234]);
    expect(filterMeldingen(meldingen, { ...ALLE_MELDINGEN, tekst: 'verhuizing' }).map((m) => m.regel)).toEqual([4]);
    expect(filterMeldingen(meldingen, { ...ALLE_MELDINGEN, tekst: '1234' }).map((m) => m.code)).toEqual(['onbekende-regeling']);
    expect(filterMeldingen(meldingen, { ...ALLE_MELDINGEN, tekst: 'zzz-niets' })).toEqual([]);
  });

  it('lists the files it names once, and counts errors and warnings', () => {
    expect(bestandenIn(meldingen)).toEqual(['uitkeringen-almelo.csv', 'u.csv']);
    expect(telErnst(meldingen)).toEqual({ fouten: 2, waarschuwingen: 1 });
    expect(telErnst([])).toEqual({ fouten: 0, waarschuwingen: 0 });
  });

  it('downloads as a CSV Dutch Excel opens: semicolons, a BOM, every column', () => {
    const tekst = rapportCsv(meldingen.slice(0, 1));
    expect(tekst.startsWith('\ufeffErnst;Bestand;Blad;Regel;Kolom;Waarde;Reden;Oplossing;Code')).toBe(true);
    expect(tekst).toContain('fout;uitkeringen-almelo.csv;;5;Ingangsdatum;31-11-2019;"Ongeldige datum ""31-11-2019"" in kolom Ingangsdatum."');
  });
});
