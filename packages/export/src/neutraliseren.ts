/**
 * The one output filter for text that goes into a spreadsheet (OWASP, "CSV Injection"): a text
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel and
 * LibreOffice as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`), also when it came from an
 * extract, a mapping or a file name. Such a cell gets a leading `'`, which spreadsheets read as
 * "this is text". Numbers are never text here: they stay numbers, negative ones included.
 */
const GEVAARLIJK = /^[=+\-@\t\r]/;

export function neutraliseer(tekst: string): string {
  return GEVAARLIJK.test(tekst) ? `'${tekst}` : tekst;
}
