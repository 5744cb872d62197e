/**
 * Normalises a header or value for matching: lower case, accents removed, only letters and digits.
 * "Beëindigingsdatum" → "beeindigingsdatum", "Re-integratie trajecten" → "reintegratietrajecten".
 */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// C0 and C1 control characters and DEL, except tab and line feed; and the invisible direction
// marks, overrides and isolates that make a text read differently from what it is.
// eslint-disable-next-line no-control-regex -- these are exactly the characters removed here
const STUURTEKENS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A text without control characters (escape sequences, carriage returns, NUL, bidi overrides),
 * for everything shown to a user that may hold text from a file: terminal output, messages. Tab
 * and line feed stay (`regels: false` turns them into spaces too, for one-line texts).
 */
export function zonderStuurtekens(tekst: string, opties: { regels?: boolean } = {}): string {
  const schoon = tekst.replace(STUURTEKENS, '');
  return opties.regels === false ? schoon.replace(/[\t\n]/g, ' ') : schoon;
}
