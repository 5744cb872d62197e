/**
 * Dates are ISO strings (`2019-12-01`) everywhere in the domain: they sort, compare and serialise
 * without time-zone surprises. A peildatum is the first day of a month ("stand per 1-12-2019").
 */
export type IsoDatum = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDatum(waarde: string): boolean {
  const m = ISO.exec(waarde);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isPeildatum(waarde: string): boolean {
  return isIsoDatum(waarde) && waarde.endsWith('-01');
}

export function jaarVan(datum: IsoDatum): number {
  return Number(datum.slice(0, 4));
}

/** Adds months to a peildatum: `plusMaanden('2019-12-01', 1)` → `2020-01-01`. */
export function plusMaanden(peildatum: IsoDatum, maanden: number): IsoDatum {
  const jaar = Number(peildatum.slice(0, 4));
  const maand = Number(peildatum.slice(5, 7)) - 1 + maanden;
  const j = jaar + Math.floor(maand / 12);
  const m = ((maand % 12) + 12) % 12;
  return `${String(j).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Every peildatum from `van` to `tot`, both included. */
export function peildata(van: IsoDatum, tot: IsoDatum): IsoDatum[] {
  const uit: IsoDatum[] = [];
  for (let d = van; d <= tot; d = plusMaanden(d, 1)) uit.push(d);
  return uit;
}

/** The first peildatum on or after a date (a benefit starting on 15-11 first counts on 1-12). */
export function eerstePeildatumVanaf(datum: IsoDatum): IsoDatum {
  const eerste = `${datum.slice(0, 7)}-01`;
  return eerste === datum ? datum : plusMaanden(eerste, 1);
}

/** The dutch way of writing a date, without leading zeros: `1-12-2019`. */
export function datumNL(datum: IsoDatum): string {
  const [j, m, d] = datum.split('-');
  return `${Number(d)}-${Number(m)}-${j}`;
}

/**
 * The ultimo rule, the one way every stock "at the end of a month" becomes a peildatum (issue 11;
 * used for beschut werk, the Wsw and CBS figures alike): a stock "ultimo <maand> <jaar>" (on the
 * last day of that month, e.g. source 003's "SW-ultimo december 2010", or a yearly figure "per 31
 * december") is the stock on the first day of the next month, the peildatum the data package counts
 * on: `ultimoNaarPeildatum(2010, 12)` → `2011-01-01`. A stock at the end of the day and one at the
 * start of the next day are the same people. Shown as a yearly figure, a stock ultimo december Y
 * belongs to year Y (the year it describes), not to Y+1 (see {@link ultimoVanPeildatum}).
 */
export function ultimoNaarPeildatum(jaar: number, maand = 12): IsoDatum {
  if (!Number.isInteger(jaar) || !Number.isInteger(maand) || maand < 1 || maand > 12) throw new RangeError(`Geen geldige maand: ${maand}-${jaar}`);
  return plusMaanden(`${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-01`, 1);
}

/** The inverse of {@link ultimoNaarPeildatum}: the month whose ultimo a peildatum's stock is (`2011-01-01` → december 2010). */
export function ultimoVanPeildatum(peildatum: IsoDatum): { jaar: number; maand: number } {
  const vorige = plusMaanden(peildatum, -1);
  return { jaar: Number(vorige.slice(0, 4)), maand: Number(vorige.slice(5, 7)) };
}
