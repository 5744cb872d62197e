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
