import type { Mapping, Veld } from '@pw/ingest';

/**
 * Corrected header mappings, kept in localStorage under the signature of the header (the
 * normalised column names), so the next month's extract of the same system gets the same mapping.
 * Only column names and field names are stored: never a value from the file.
 */
const SLEUTEL = 'pw-monitor:koppelingen';

export interface Koppeling {
  kolommen: Record<string, Veld | null>;
  bewaard: string;
}

function alle(): Record<string, Koppeling> {
  try {
    const v = JSON.parse(localStorage.getItem(SLEUTEL) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, Koppeling>) : {};
  } catch {
    return {};
  }
}

export function bewaardeKoppeling(handtekening: string): Koppeling | undefined {
  return alle()[handtekening];
}

export function bewaarKoppeling(handtekening: string, kolommen: Record<string, Veld | null>): void {
  const a = alle();
  a[handtekening] = { kolommen, bewaard: new Date().toISOString() };
  localStorage.setItem(SLEUTEL, JSON.stringify(a));
}

export function vergeetKoppeling(handtekening: string): void {
  const a = alle();
  delete a[handtekening];
  localStorage.setItem(SLEUTEL, JSON.stringify(a));
}

/** The mapping ingest gets for a file: every column named, so nothing is left to guessing. */
export function naarMapping(koppen: readonly string[], velden: ReadonlyArray<Veld | null>): Mapping {
  const kolommen: Record<string, Veld | null> = {};
  koppen.forEach((k, i) => {
    if (k !== '') kolommen[k] = velden[i] ?? null;
  });
  return { kolommen };
}

/** The signature of a header: the normalised column names, so next month's extract of the same system matches. */
export function kopHandtekening(koppen: readonly string[]): string {
  return koppen.map((k) => k.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '')).join('|');
}
