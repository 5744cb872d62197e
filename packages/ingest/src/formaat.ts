import { sqlString } from '@pw/engine';
import type { IsoDatum } from '@pw/model';

/**
 * Value formats of hand-made Dutch extracts: dates as `dd-mm-jjjj`, `d-m-jjjj`, ISO, with slashes
 * or dots, or as Excel serial numbers; amounts as `1.234,56`, `€ 3.274.086` or plain `1234.56`.
 */

export type Datumformaat = { soort: 'strptime'; formaat: string } | { soort: 'excel' } | { soort: 'gemengd' };

const PATRONEN: Array<[RegExp, string]> = [
  [/^\d{1,2}-\d{1,2}-\d{4}$/, '%d-%m-%Y'],
  [/^\d{4}-\d{1,2}-\d{1,2}$/, '%Y-%m-%d'],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, '%d/%m/%Y'],
  [/^\d{1,2}\.\d{1,2}\.\d{4}$/, '%d.%m.%Y'],
  [/^\d{4}\/\d{1,2}\/\d{1,2}$/, '%Y/%m/%d'],
];
const EXCEL = /^\d{4,5}(?:\.0+)?$/;

/** The format of a date column judged from sample values; null when the sample has no values. */
export function datumformaat(waarden: readonly string[]): Datumformaat | null {
  const gevonden = new Set<string>();
  for (const w of waarden) {
    const v = w.trim();
    if (!v) continue;
    const p = PATRONEN.find(([re]) => re.test(v));
    gevonden.add(p ? p[1] : EXCEL.test(v) ? 'excel' : 'anders');
  }
  if (gevonden.size === 0) return null;
  if (gevonden.size === 1) {
    const [f] = gevonden as Set<string>;
    if (f === 'excel') return { soort: 'excel' };
    if (f !== 'anders') return { soort: 'strptime', formaat: f! };
  }
  return { soort: 'gemengd' };
}

const ALLE_FORMATEN = PATRONEN.map(([, f]) => sqlString(f)).join(', ');

/** SQL turning a VARCHAR date in any accepted format into a DATE (NULL when it is not a date). */
export function datumSql(kolom: string): string {
  const t = `trim(${kolom})`;
  return `coalesce(try_strptime(${t}, [${ALLE_FORMATEN}])::DATE, CASE WHEN regexp_full_match(${t}, '[0-9]{4,5}(\\.0+)?') THEN DATE '1899-12-30' + CAST(CAST(${t} AS DOUBLE) AS INTEGER) END)`;
}

/**
 * SQL turning a VARCHAR amount into a DOUBLE. `nl`: `.` groups thousands and `,` is the decimal
 * mark (`€ 3.274.086,50`); `en`: plain `3274086.50` (as XLSX cells arrive). NULL when not a number.
 */
export function bedragSql(kolom: string, stijl: 'nl' | 'en'): string {
  const kaal = `regexp_replace(trim(${kolom}), '[€\\s]|EUR', '', 'g')`;
  const genormaliseerd = stijl === 'nl' ? `replace(replace(${kaal}, '.', ''), ',', '.')` : `replace(${kaal}, ',', '')`;
  return `TRY_CAST(CASE WHEN regexp_full_match(${genormaliseerd}, '-?[0-9]+(\\.[0-9]+)?') THEN ${genormaliseerd} END AS DOUBLE)`;
}

/** Guesses the number style from sample values: Dutch unless the values are clearly `1,234.56`. */
export function getalstijl(waarden: readonly string[], scheiding: string): 'nl' | 'en' {
  let nl = 0;
  let en = 0;
  for (const w of waarden) {
    const v = w.replace(/[€\s]|EUR/g, '');
    if (/,\d{1,2}$/.test(v) || /\.\d{3}(\.|,|$)/.test(v)) nl++;
    if (/\.\d{1,2}$/.test(v) || /,\d{3}(,|\.|$)/.test(v)) en++;
  }
  if (nl === en) return scheiding === ',' ? 'en' : 'nl';
  return nl > en ? 'nl' : 'en';
}

/** Dates a title row mentions: "lopend op of na 1-1-2015", "aangemaakt 31-12-2024", "Stand per 1-12-2019". */
export function titelDatums(titels: readonly string[]): { vanaf?: IsoDatum; per?: IsoDatum } {
  const uit: { vanaf?: IsoDatum; per?: IsoDatum } = {};
  const datum = String.raw`(\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})`;
  for (const t of titels) {
    const vanaf = new RegExp(String.raw`(?:vanaf|op of na|sinds|lopend na)\s+` + datum, 'i').exec(t);
    if (vanaf && !uit.vanaf) uit.vanaf = isoVan(vanaf[1]!);
    const per = new RegExp(String.raw`(?:aangemaakt(?:\s+op)?|per|peildatum|stand(?:\s+per)?|t/m|tot en met)\s*:?\s+` + datum, 'i').exec(t);
    if (per && !uit.per) uit.per = isoVan(per[1]!);
  }
  return uit;
}

/** A title's date as ISO, or undefined when it is no real date between 1950 and 2100 ("31-02-2019", "1-1-2999"). */
function isoVan(d: string): IsoDatum | undefined {
  const [jaar, maand, dag] = /^\d{4}-/.test(d) ? d.split('-').map(Number) : d.split('-').reverse().map(Number);
  if (jaar === undefined || maand === undefined || dag === undefined || jaar < 1950 || jaar > 2100) return undefined;
  const t = new Date(Date.UTC(jaar, maand - 1, dag));
  if (t.getUTCFullYear() !== jaar || t.getUTCMonth() !== maand - 1 || t.getUTCDate() !== dag) return undefined;
  return t.toISOString().slice(0, 10);
}
