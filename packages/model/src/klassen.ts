/**
 * Age and duration bands. Bands have fixed edges in whole years so that a person moves from one
 * band to the next on a birthday or an anniversary of the benefit; that is what lets ingest count
 * them per month without a row per person per month.
 */
export interface Klasse {
  code: string;
  naam: string;
  /** Lower edge (years, inhabitants), included. */
  van: number;
  /** Upper edge, excluded (null: open). */
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

/**
 * CBS gemeentegrootteklassen (also used by Waar staat je gemeente), by all inhabitants: the
 * benchmark "municipalities of similar size".
 */
export const GROOTTEKLASSEN: readonly Klasse[] = [
  { code: 'tot5000', naam: 'minder dan 5.000 inwoners', van: 0, tot: 5_000 },
  { code: '5000-10000', naam: '5.000 tot 10.000 inwoners', van: 5_000, tot: 10_000 },
  { code: '10000-20000', naam: '10.000 tot 20.000 inwoners', van: 10_000, tot: 20_000 },
  { code: '20000-50000', naam: '20.000 tot 50.000 inwoners', van: 20_000, tot: 50_000 },
  { code: '50000-100000', naam: '50.000 tot 100.000 inwoners', van: 50_000, tot: 100_000 },
  { code: '100000-150000', naam: '100.000 tot 150.000 inwoners', van: 100_000, tot: 150_000 },
  { code: '150000-250000', naam: '150.000 tot 250.000 inwoners', van: 150_000, tot: 250_000 },
  { code: '250000plus', naam: '250.000 inwoners of meer', van: 250_000, tot: null },
];

export function klasseVan(klassen: readonly Klasse[], jaren: number): Klasse | undefined {
  return klassen.find((k) => jaren >= k.van && (k.tot === null || jaren < k.tot));
}
