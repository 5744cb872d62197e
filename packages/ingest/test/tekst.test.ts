import { describe, expect, it } from 'vitest';
import { cp1252NaarUtf8, isGeldigeUtf8, naarUtf8, recordRegels, rijPosities, splitsRegel, verdeelInStukken } from '../src/tekst.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('encodings of hand-made extracts', () => {
  it('reads Windows-1252 the way Excel writes it, euro sign and curly quotes included', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x31, 0x2e, 0x32, 0x33, 0x34, 0x3b, 0x93, 0x42, 0xeb, 0x94]);
    expect(new TextDecoder().decode(cp1252NaarUtf8(bytes))).toBe('€ 1.234;“Bë”');
    expect(naarUtf8(Uint8Array.from([0x42, 0x65, 0xeb, 0x69, 0x6e, 0x64, 0x69, 0x67, 0x69, 0x6e, 0x67, 0x0a]))).toMatchObject({ codering: 'windows-1252' });
  });

  it('recognises UTF-8 with and without BOM and strips the BOM', () => {
    const metBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Beëindigingsdatum')]);
    const r = naarUtf8(metBom);
    expect(r).toMatchObject({ codering: 'utf-8', bom: true });
    expect(new TextDecoder().decode(r.bytes)).toBe('Beëindigingsdatum');
    expect(naarUtf8(enc('Beëindigingsdatum'))).toMatchObject({ codering: 'utf-8', bom: false });
    expect(isGeldigeUtf8(Uint8Array.from([0x80]))).toBe(false);
  });
});

describe('line ends and NUL bytes', () => {
  const tekst = (b: Uint8Array) => new TextDecoder().decode(naarUtf8(b).bytes);
  it('become LF, whatever mix a file has; a lone CR is a space, or a line end in a file without LF', () => {
    expect(tekst(enc('a;b\r\nc;d\ne;f\r\ng\rh;i\n'))).toBe('a;b\nc;d\ne;f\ng h;i\n');
    expect(tekst(enc('a;b\rc;d\r'))).toBe('a;b\nc;d\n');
  });
  it('NUL bytes are removed and their lines noted', () => {
    const r = naarUtf8(enc('a;b\r\nc\0;d\ne;\0f\0\n'));
    expect(new TextDecoder().decode(r.bytes)).toBe('a;b\nc;d\ne;f\n');
    expect(r.nul).toEqual({ regels: [2, 3], aantal: 2 });
  });
});

describe('lines', () => {
  it('splits into chunks on line ends outside quotes and knows how many lines came before', () => {
    const t = enc('kop\n1;"a\nb"\n2;c\n3;d\n');
    const stukken = verdeelInStukken(t, 4, 1, ';', 3);
    expect(stukken.map((s) => new TextDecoder().decode(t.subarray(s.begin, s.eind)))).toEqual(['1;"a\nb"\n', '2;c\n', '3;d\n']);
    expect(stukken.map((s) => s.regelsErvoor)).toEqual([1, 3, 4]);
  });

  it('maps row numbers back to file lines, skipping empty and rejected lines', () => {
    const t = enc('kop\r\n1\r\n\r\n2\r\nslecht\r\n3\r\n');
    const p = rijPosities(t, 5, 2, new Set([5]), ';');
    expect([...p.regels]).toEqual([2, 4, 6]);
    expect([...p.begins].map((b) => String.fromCharCode(t[b]!))).toEqual(['1', '2', '3']);
  });

  it('reads quotes as DuckDB does: only at the start of a value; a quote inside a value is a character', () => {
    // 2: a quote mid-value does not open a quoted value; 3–4: one record over two lines; 5: after "" a quote still closes
    const t = enc('kop\n1;a"b;c\n2;"x\ny";z\n3; "p""q";r\n4;s;t\n');
    expect(recordRegels(t, 4, t.length, 2, ';')).toEqual([2, 3, 5, 6]);
    expect([...rijPosities(t, 4, 2, new Set(), ';').regels]).toEqual([2, 3, 5, 6]);
    expect(verdeelInStukken(t, 4, 1, ';', 1).map((s) => s.regelsErvoor)).toEqual([1, 2, 4, 5]);
  });

  it('splits a line into cells, with quotes', () => {
    expect(splitsRegel('a; "b;c" ;"d""e"', ';')).toEqual(['a', 'b;c', 'd"e']);
  });
});
