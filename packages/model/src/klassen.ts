/**
 * Age and duration bands. Bands have fixed edges in whole years so that a person moves from one
 * band to the next on a birthday or an anniversary of the benefit; that is what lets ingest count
 * them per month without a row per person per month.
 */
export interface Klasse {
  code: string;
  naam: string;
  /** Lower edge in years, included. */
  van: number;
  /** Upper edge in years, excluded (null: open). */
  tot: number | null;
}

export const LEEFTIJDSKLASSEN: readonly Klasse[] = [
  { code: 'tot27', naam: 'jonger dan 27 jaar', van: 0, tot: 27 },
  { code: '27-45', naam: '27 tot 45 jaar', van: 27, tot: 45 },
  { code: '45-55', naam: '45 tot 55 jaar', van: 45, tot: 55 },
  { code: '55-65', naam: '55 tot 65 jaar', van: 55, tot: 65 },
  { code: '65plus', naam: '65 jaar en ouder', van: 65, tot: null },
];

export const DUURKLASSEN: readonly Klasse[] = [
  { code: 'tot1', naam: 'korter dan 1 jaar', van: 0, tot: 1 },
  { code: '1-2', naam: '1 tot 2 jaar', van: 1, tot: 2 },
  { code: '2-5', naam: '2 tot 5 jaar', van: 2, tot: 5 },
  { code: '5-10', naam: '5 tot 10 jaar', van: 5, tot: 10 },
  { code: '10plus', naam: '10 jaar of langer', van: 10, tot: null },
];

export function klasseVan(klassen: readonly Klasse[], jaren: number): Klasse | undefined {
  return klassen.find((k) => jaren >= k.van && (k.tot === null || jaren < k.tot));
}
