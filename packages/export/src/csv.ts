import { neutraliseer } from './neutraliseren.ts';

/**
 * CSV dialects. `rfc4180`: `,` between fields, `.` as decimal mark, CRLF, quotes where needed.
 * `nl`: what Dutch Excel opens with a double click: `;` between fields, decimal comma, CRLF, UTF-8
 * with a BOM (without it Excel reads UTF-8 as Windows-1252 and breaks "Beëindigd").
 */
export type CsvDialect = 'rfc4180' | 'nl';

export type Celwaarde = string | number | null | undefined;

function getal(n: number, dialect: CsvDialect): string {
  if (!Number.isFinite(n)) return '';
  // No exponent, no thousands separators, at most the digits the number has.
  let s = Number.isInteger(n) ? n.toFixed(0) : String(Math.round(n * 1e6) / 1e6);
  if (/e/i.test(s)) s = n.toFixed(6).replace(/\.?0+$/, '');
  return dialect === 'nl' ? s.replace('.', ',') : s;
}

function cel(w: Celwaarde, dialect: CsvDialect): string {
  if (w === null || w === undefined) return '';
  if (typeof w === 'number') return getal(w, dialect);
  const t = neutraliseer(w);
  const scheiding = dialect === 'nl' ? ';' : ',';
  return t.includes(scheiding) || t.includes('"') || t.includes('\n') || t.includes('\r') ? `"${t.replaceAll('"', '""')}"` : t;
}

/** A CSV text (with BOM for `nl`) from a header and rows. */
export function naarCsv(kop: readonly string[], rijen: readonly (readonly Celwaarde[])[], dialect: CsvDialect): string {
  const scheiding = dialect === 'nl' ? ';' : ',';
  const regels = [kop.map((k) => cel(k, dialect)).join(scheiding), ...rijen.map((r) => r.map((w) => cel(w, dialect)).join(scheiding))];
  return (dialect === 'nl' ? '\uFEFF' : '') + regels.join('\r\n') + '\r\n';
}
