import { INDICATOREN } from '@pw/metrics';

/**
 * The arithmetic that ties published counts together: what someone holding several outputs can
 * add and subtract. Suppression protects every relation listed here; a test checks on the demo
 * package that each one holds on real figures, and that every dimension of every count is listed.
 */

export interface Celpositie {
  dimensie: string;
  categorie: string;
}

const TOTAAL: Celpositie = { dimensie: 'totaal', categorie: 'totaal' };
const PW: Celpositie = { dimensie: 'regeling', categorie: 'Pw' };

/**
 * For each count and each of its dimensions: the cell its categories add up to. Afstand and
 * loonwaardegroep are counted over the Pw benefits (as in sources 002 and 003), so they add up to
 * the Pw cell, not to the total. A dimension of a count missing here is treated as adding up to
 * the total (protects more than needed rather than less).
 */
export const OPTELLINGEN: Readonly<Record<string, Readonly<Record<string, Celpositie>>>> = {
  uitkeringen: { regeling: TOTAAL, afstand: PW, loonwaardegroep: PW, doelgroepenregister: TOTAAL, leeftijd: TOTAAL, duur: TOTAAL },
  instroom: { regeling: TOTAAL },
  uitstroom: { regeling: TOTAAL, reden: TOTAAL },
  doelgroepenregister: { met_uitkering: TOTAAL },
  wsw_werknemers: { werkvorm: TOTAAL, werkgever: TOTAAL, leeftijd: TOTAAL },
  wsw_uitstroom: { reden: TOTAAL, leeftijd: TOTAAL, reden_leeftijd: TOTAAL },
};

export function optellingVan(indicator: string, dimensie: string): Celpositie {
  return OPTELLINGEN[indicator]?.[dimensie] ?? TOTAAL;
}

/**
 * Stock and flows: the stock on the next peildatum is the stock plus the month's instroom minus its
 * uitstroom (the definition of instroom in metrics makes this exact), for the total and per
 * regeling. Periods: the stock on `2019-11-01`, the flows of `2019-11`, the stock on `2019-12-01`.
 */
export const VOORRAAD_EN_STROMEN = [{ voorraad: 'uitkeringen', instroom: 'instroom', uitstroom: 'uitstroom', dimensies: ['totaal', 'regeling'] }] as const;

/**
 * Ratios of a count: masked (`x`) when the count is, because the denominator (inhabitants) is
 * published and the ratio times it gives the count back.
 */
export const VERHOUDINGEN: ReadonlyArray<{ indicator: string; teller: { indicator: string } & Celpositie }> = [
  { indicator: 'uitkeringen_per_1000_inwoners', teller: { indicator: 'uitkeringen', ...TOTAAL } },
];

/** The counts of people or benefits: the indicators whose small values are masked. */
export const AANTAL_INDICATOREN: ReadonlySet<string> = new Set(INDICATOREN.filter((i) => i.eenheid === 'aantal').map((i) => i.id));

const TAAK_VAN = new Map(INDICATOREN.map((i) => [i.id, i.taak]));

/** The task whose members a cooperation's figure of this indicator sums (`Indicator.taak` in metrics). */
export function taakVan(indicator: string): string | undefined {
  return TAAK_VAN.get(indicator);
}
