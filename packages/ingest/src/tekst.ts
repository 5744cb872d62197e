import { detect } from 'chardet';

/**
 * Text handling for CSV extracts: encoding detection, conversion to UTF-8 (what DuckDB reads),
 * and line bookkeeping. Works on bytes so a 1,000,000-row file is never turned into one JS string.
 */

/** A WHATWG encoding label: `utf-8`, `windows-1252`, `utf-16le`, `utf-16be`, or another that chardet named. */
type Codering = string;

export interface Utf8Tekst {
  /** UTF-8 bytes without BOM, with LF line ends and without NUL bytes. */
  bytes: Uint8Array;
  /** The encoding of the original file. */
  codering: Codering;
  bom: boolean;
  /** NUL bytes that were found (and removed): the first lines (1-based) that held one, and how many lines did. */
  nul?: { regels: number[]; aantal: number };
}

/** At most this many lines with a NUL byte are named. */
const MAX_NUL_REGELS = 200;

/** True when the bytes are valid UTF-8 (checked without building a string). */
export function isGeldigeUtf8(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) extra = 2;
    else if (c >= 0xf0 && c <= 0xf4) extra = 3;
    else return false;
    for (let k = 1; k <= extra; k++) {
      const v = b[i + k];
      if (v === undefined || (v & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/**
 * Detects the encoding and returns UTF-8 bytes. A BOM decides; otherwise valid UTF-8 is UTF-8;
 * otherwise chardet names the encoding. Any single-byte Latin guess (ISO-8859-x, windows-125x) is
 * read as Windows-1252: that is what Dutch Excel and benefit systems write, it is a superset of
 * ISO-8859-1 with € and curly quotes, and on short samples chardet confuses its Latin siblings.
 */
export function naarUtf8(bytes: Uint8Array): Utf8Tekst {
  return schoneRegels(naarUtf8MetNul(bytes));
}

function naarUtf8MetNul(bytes: Uint8Array): Utf8Tekst {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { bytes: bytes.subarray(3), codering: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return herschrijf(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return herschrijf(bytes.subarray(2), 'utf-16be', true);
  const utf16 = utf16ZonderBom(bytes);
  if (utf16) return herschrijf(bytes, utf16, false);
  if (isGeldigeUtf8(bytes)) return { bytes, codering: 'utf-8', bom: false };
  const gedetecteerd = (detect(bytes.subarray(0, 1 << 20)) ?? 'windows-1252').toLowerCase();
  const codering = /^(iso-8859-\d+|windows-125\d|ascii|utf-8)$/.test(gedetecteerd) ? 'windows-1252' : gedetecteerd;
  return herschrijf(bytes, codering, false);
}

/**
 * UTF-16 without a BOM (some exports write it): text in the Latin script has a NUL byte in every
 * other position. Judged on the first 4 KB (at least 8 bytes).
 */
function utf16ZonderBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let oneven = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) oneven++;
  }
  const paren = n / 2;
  // Dutch text in UTF-16 has a NUL high byte for nearly every character; a damaged file has a few NULs.
  if (oneven > paren * 0.7 && even < paren * 0.05) return 'utf-16le';
  if (even > paren * 0.7 && oneven < paren * 0.05) return 'utf-16be';
  return null;
}

/**
 * Makes the text one that DuckDB reads line by line as an editor shows it. Line ends become LF:
 * CRLF loses its CR, and a lone CR is a line end in a file without LF (old Mac exports) and a space
 * elsewhere (DuckDB's reader stops with an error on mixed line ends). NUL bytes are removed, noting
 * the lines that held one: DuckDB and SQL literals cannot carry them, and in a text file they mean
 * damage or a wrong encoding, which ingest reports per line. The line numbers stay those of the file.
 */
function schoneRegels(t: Utf8Tekst): Utf8Tekst {
  const b = t.bytes;
  if (b.indexOf(0) >= 0) return metNul(t);
  if (b.indexOf(0x0d) < 0) return t;
  // CRLF files (the usual Windows export): copy the runs between carriage returns.
  const alleenCr = b.indexOf(0x0a) < 0;
  const uit = new Uint8Array(b.length);
  let j = 0;
  let van = 0;
  for (let cr = b.indexOf(0x0d); cr >= 0; cr = b.indexOf(0x0d, cr + 1)) {
    uit.set(b.subarray(van, cr), j);
    j += cr - van;
    if (b[cr + 1] !== 0x0a) uit[j++] = alleenCr ? 0x0a : 0x20;
    van = cr + 1;
  }
  uit.set(b.subarray(van), j);
  j += b.length - van;
  return { ...t, bytes: uit.subarray(0, j) };
}

/** The slow path of `schoneRegels`, byte by byte, for a file that holds NUL bytes (whose lines are noted). */
function metNul(t: Utf8Tekst): Utf8Tekst {
  const b = t.bytes;
  const alleenCr = b.indexOf(0x0a) < 0;
  const regels: number[] = [];
  let aantal = 0;
  let regel = 1;
  let gemeld = 0;
  const uit = new Uint8Array(b.length);
  let j = 0;
  for (let i = 0; i < b.length; i++) {
    let c = b[i]!;
    if (c === 0) {
      if (gemeld !== regel) {
        aantal++;
        if (regels.length < MAX_NUL_REGELS) regels.push(regel);
        gemeld = regel;
      }
      continue;
    }
    if (c === 0x0d) {
      if (b[i + 1] === 0x0a) continue;
      c = alleenCr ? 0x0a : 0x20;
    }
    if (c === 0x0a) regel++;
    uit[j++] = c;
  }
  return { ...t, bytes: uit.subarray(0, j), nul: { regels, aantal } };
}

/** Windows-1252 bytes 0x80–0x9F as code points (WHATWG index); the rest equal ISO-8859-1. */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Windows-1252 → UTF-8. Not via TextDecoder: Node's decodes 0x80 as U+0080 instead of €, browsers
 * follow the WHATWG table; this gives the same bytes everywhere.
 */
export function cp1252NaarUtf8(bytes: Uint8Array): Uint8Array {
  const uit = new Uint8Array(bytes.length * 3);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      uit[j++] = b;
      continue;
    }
    const cp = b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b;
    if (cp < 0x800) {
      uit[j++] = 0xc0 | (cp >> 6);
      uit[j++] = 0x80 | (cp & 0x3f);
    } else {
      uit[j++] = 0xe0 | (cp >> 12);
      uit[j++] = 0x80 | ((cp >> 6) & 0x3f);
      uit[j++] = 0x80 | (cp & 0x3f);
    }
  }
  return uit.slice(0, j);
}

/**
 * `naarUtf8` for the first bytes of a longer file: the cut may fall inside a character or a line,
 * so only complete lines are converted. The result is what `naarUtf8` of the whole file gives for
 * those lines, except when every non-ASCII byte lies beyond the cut: then the encoding of the
 * whole file cannot be told (the lines themselves read the same either way).
 */
export function beginNaarUtf8(begin: Uint8Array): Utf8Tekst {
  const utf16 = (begin[0] === 0xff && begin[1] === 0xfe) || (begin[0] === 0xfe && begin[1] === 0xff) || utf16ZonderBom(begin) !== null;
  if (utf16) {
    // A line end is two bytes here; cut after converting (a cut surrogate pair ends the last, dropped line).
    const t = naarUtf8(begin);
    return { ...t, bytes: t.bytes.subarray(0, t.bytes.lastIndexOf(0x0a) + 1) };
  }
  // In UTF-8 and Windows-1252 the bytes 0x0A and 0x0D are always line ends, never part of a character
  // (a file of old Mac line ends has only 0x0D).
  const lf = begin.lastIndexOf(0x0a);
  return naarUtf8(begin.subarray(0, (lf >= 0 ? lf : begin.lastIndexOf(0x0d)) + 1));
}

function herschrijf(bytes: Uint8Array, codering: string, bom: boolean): Utf8Tekst {
  if (codering === 'windows-1252') return { bytes: cp1252NaarUtf8(bytes), codering, bom };
  let tekst: string;
  try {
    tekst = new TextDecoder(codering).decode(bytes);
  } catch {
    return { bytes: cp1252NaarUtf8(bytes), codering: 'windows-1252', bom };
  }
  return { bytes: new TextEncoder().encode(tekst), codering, bom };
}

/**
 * How much of a file the header and delimiter are looked for in (the first 50 lines within it). The
 * preview reads this much of a file, so it sees the lines the load decides on.
 */
export const KOPZOEK_BYTES = 256 * 1024;

/** The first lines of a UTF-8 text (for sniffing), without their line ends. */
export function eersteRegels(bytes: Uint8Array, maxBytes = KOPZOEK_BYTES, maxRegels = 2000): string[] {
  let eind = Math.min(bytes.length, maxBytes);
  if (eind < bytes.length) {
    // stop at the last complete line and never inside a multi-byte character
    const laatsteNl = bytes.lastIndexOf(0x0a, eind);
    if (laatsteNl > 0) eind = laatsteNl;
  }
  const regels = new TextDecoder('utf-8').decode(bytes.subarray(0, eind)).split('\n');
  return regels.slice(0, maxRegels).map((r) => (r.endsWith('\r') ? r.slice(0, -1) : r));
}

/** Byte offset of the start of line `index` (0-based), or the length when there are fewer lines. */
export function beginVanRegel(bytes: Uint8Array, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) {
    const nl = bytes.indexOf(0x0a, pos);
    if (nl < 0) return bytes.length;
    pos = nl + 1;
  }
  return pos;
}

export interface Stuk {
  begin: number;
  eind: number;
  /** Number of lines in the text before this chunk. */
  regelsErvoor: number;
}

/**
 * The end of the CSV record that starts at `pos`, read the way DuckDB reads it: a double quote opens
 * a quoted value only at the start of a value (after the delimiter, spaces allowed), `""` inside
 * it is a quote, and a line end inside it belongs to the value; a quote anywhere else is a
 * character. Returns the index of the record's line end (or the length) and the line ends inside it.
 */
function recordEinde(b: Uint8Array, pos: number, scheiding: number): { eind: number; regels: number } {
  let veldBegin = true;
  let inQuote = false;
  let regels = 0;
  for (let i = pos; i < b.length; i++) {
    const c = b[i]!;
    if (inQuote) {
      if (c === 0x22) {
        if (b[i + 1] === 0x22) i++;
        else inQuote = false;
      } else if (c === 0x0a) regels++;
      continue;
    }
    if (c === 0x0a) return { eind: i, regels };
    if (c === 0x22 && veldBegin) {
      inQuote = true;
      veldBegin = false;
    } else if (c === scheiding) veldBegin = true;
    else if (c !== 0x20) veldBegin = false;
  }
  return { eind: b.length, regels };
}

const scheidingsbyte = (scheiding: string) => scheiding.charCodeAt(0);

/**
 * Splits the data part of a text into chunks of about `grootte` bytes that end on a record's line
 * end, so each can be read separately (progress, cancellation) and DuckDB's record numbers can be
 * turned back into the line numbers of the file.
 */
export function verdeelInStukken(bytes: Uint8Array, begin: number, regelsErvoor: number, scheiding: string, grootte = 8 << 20): Stuk[] {
  const s = scheidingsbyte(scheiding);
  const stukken: Stuk[] = [];
  let pos = begin;
  let regels = regelsErvoor;
  while (pos < bytes.length) {
    const doel = Math.min(bytes.length, pos + grootte);
    let eind = bytes.length;
    if (doel < bytes.length) {
      const nl = bytes.indexOf(0x0a, doel - 1);
      if (nl >= 0 && bytes.subarray(pos, nl + 1).indexOf(0x22) < 0) {
        // No quote in this chunk (the usual case): every line end is a record end.
        eind = nl + 1;
      } else {
        eind = pos;
        while (eind < doel) eind = Math.min(bytes.length, recordEinde(bytes, eind, s).eind + 1);
      }
    }
    stukken.push({ begin: pos, eind, regelsErvoor: regels });
    if (eind < bytes.length) regels += telRegeleinden(bytes, pos, eind);
    pos = eind;
  }
  return stukken;
}

/** Line ends (LF) in `bytes[begin, eind)`. */
function telRegeleinden(bytes: Uint8Array, begin: number, eind: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a, begin); i >= 0 && i < eind; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * The first file line (1-based) of every record from `begin` to `eind`, empty ones included: DuckDB
 * numbers the records of a read this way (a quoted value over two lines is one record), and
 * reports a rejected one by that number.
 */
export function recordRegels(bytes: Uint8Array, begin: number, eind: number, eersteRegel: number, scheiding: string): number[] {
  const s = scheidingsbyte(scheiding);
  const uit: number[] = [];
  let regel = eersteRegel;
  for (let pos = begin; pos < eind; ) {
    const r = recordEinde(bytes, pos, s);
    uit.push(regel);
    regel += r.regels + 1;
    pos = r.eind + 1;
  }
  return uit;
}

/**
 * For the error path only: the file line, and the byte offset of that line, of every row DuckDB
 * read, in order. DuckDB skips empty lines and rows it rejected; a quoted value may span lines.
 * `eersteDataRegel` is 1-based.
 */
export function rijPosities(bytes: Uint8Array, begin: number, eersteDataRegel: number, overgeslagen: ReadonlySet<number>, scheiding: string): { regels: Int32Array; begins: Uint32Array } {
  const s = scheidingsbyte(scheiding);
  const regels: number[] = [];
  const begins: number[] = [];
  let regel = eersteDataRegel;
  let pos = begin;
  while (pos < bytes.length) {
    const start = pos;
    const r = recordEinde(bytes, pos, s);
    const leeg = r.eind === start || (r.eind === start + 1 && bytes[start] === 0x0d);
    if (!leeg && !overgeslagen.has(regel)) {
      regels.push(regel);
      begins.push(start);
    }
    regel += r.regels + 1;
    pos = r.eind + 1;
  }
  return { regels: Int32Array.from(regels), begins: Uint32Array.from(begins) };
}

/** Splits one CSV line into cells, honouring double quotes (for sniffing small samples). */
export function splitsRegel(regel: string, scheiding: string): string[] {
  const cellen: string[] = [];
  let huidig = '';
  let inQuote = false;
  for (let i = 0; i < regel.length; i++) {
    const c = regel[i]!;
    if (inQuote) {
      if (c === '"') {
        if (regel[i + 1] === '"') {
          huidig += '"';
          i++;
        } else inQuote = false;
      } else huidig += c;
    } else if (c === '"' && huidig.trim() === '') {
      inQuote = true;
      huidig = '';
    } else if (c === scheiding) {
      cellen.push(huidig.trim());
      huidig = '';
    } else huidig += c;
  }
  cellen.push(huidig.trim());
  return cellen;
}
