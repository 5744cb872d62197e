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
