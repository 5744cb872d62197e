import { Unzip, UnzipInflate } from 'fflate';

/**
 * Limits on a workbook, checked before ExcelJS reads it: ExcelJS holds the whole workbook in memory
 * (about 0,5 kB per cell), so a zip bomb or a sheet of millions of cells would stop the browser tab
 * or the command line with an out-of-memory crash. 2 million cells is a caseload of 150.000 rows of
 * 13 columns (ExcelJS needs about 1 GB and 10 s for it); larger extracts belong in a CSV file.
 */
export const WERKMAP_GRENZEN = {
  /** Decompressed bytes of all parts together. */
  bytes: 256 * 1024 * 1024,
  /** Cells (`<c>` elements) over all sheets. */
  cellen: 2_000_000,
  /** Parts in the zip (a workbook has a few dozen). */
  onderdelen: 10_000,
} as const;

export type Werkmapcontrole = { soort: 'goed' } | { soort: 'te-groot'; wat: 'bytes' | 'cellen' | 'onderdelen' } | { soort: 'onleesbaar' };

/** Thrown from fflate's callbacks to stop unpacking (fflate passes it back to `ondata` as its error). */
class Stop extends Error {}

const KLEINER = 0x3c; // <
const C = 0x63; // c
/** Compressed bytes per push: a deflate block unpacks to at most ~1000 times its size, so one push never yields more than ~16 MB. */
const STUK = 16 * 1024;

/**
 * Unpacks the workbook as a stream and counts what it really holds (not what the zip directory
 * claims, which a zip bomb can fake), stopping at the first limit it crosses. The input is pushed
 * in small slices so that memory stays bounded while it unpacks.
 */
export function controleerWerkmap(bytes: Uint8Array, grenzen: { bytes: number; cellen: number; onderdelen: number } = WERKMAP_GRENZEN): Werkmapcontrole {
  let uitkomst: Werkmapcontrole | null = null;
  const stop = (u: Werkmapcontrole): never => {
    uitkomst ??= u;
    throw new Stop();
  };
  let totaal = 0;
  let cellen = 0;
  let onderdelen = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (bestand) => {
    if (++onderdelen > grenzen.onderdelen) stop({ soort: 'te-groot', wat: 'onderdelen' });
    const blad = /^xl\/worksheets\/[^/]+\.xml$/i.test(bestand.name);
    // The last bytes of the previous chunk, so that a tag cut in two is still counted.
    let staart = new Uint8Array(0);
    bestand.ondata = (fout, stuk) => {
      if (uitkomst) return;
      if (fout || !stuk) {
        uitkomst = { soort: 'onleesbaar' };
        return;
      }
      totaal += stuk.length;
      if (totaal > grenzen.bytes) stop({ soort: 'te-groot', wat: 'bytes' });
      if (!blad) return;
      const b = staart.length ? concat(staart, stuk) : stuk;
      cellen += telCellen(b, staart.length);
      if (cellen > grenzen.cellen) stop({ soort: 'te-groot', wat: 'cellen' });
      staart = b.slice(Math.max(0, b.length - 16));
    };
    bestand.start();
  };
  try {
    for (let i = 0; i < bytes.length && !uitkomst; i += STUK) unzip.push(bytes.subarray(i, i + STUK), i + STUK >= bytes.length);
  } catch {
    uitkomst ??= { soort: 'onleesbaar' };
  }
  if (uitkomst) return uitkomst;
  return onderdelen === 0 ? { soort: 'onleesbaar' } : { soort: 'goed' };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const uit = new Uint8Array(a.length + b.length);
  uit.set(a);
  uit.set(b, a.length);
  return uit;
}

/**
 * Cell elements (`<c `, `<c>`, `<x:c `) in `b`, counted only when they end at or after `vanaf`: the
 * bytes before it are the tail of the previous chunk, where the complete ones were counted already.
 */
function telCellen(b: Uint8Array, vanaf: number): number {
  let n = 0;
  const letter = (x: number | undefined) => x !== undefined && ((x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a));
  for (let i = b.indexOf(KLEINER); i >= 0; i = b.indexOf(KLEINER, i + 1)) {
    let j = i + 1;
    // an optional namespace prefix: <x:c
    let k = j;
    while (k - j < 8 && letter(b[k])) k++;
    if (k > j && b[k] === 0x3a) j = k + 1;
    if (b[j] !== C) continue;
    const na = b[j + 1];
    if ((na === 0x20 || na === 0x3e || na === 0x2f) && j + 1 >= vanaf) n++;
  }
  return n;
}
