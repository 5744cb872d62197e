import { normaliseer } from './text.ts';

/**
 * Budget soorten, with the codes a controller uses. BUIG: the Rijk's budget for benefit payments
 * (begroot = the BUIG budget, gerealiseerd = the benefit costs it pays for; the difference is the
 * overschot or tekort). Participatie: the integration budget for re-integration, Wsw and beschut
 * werk. uitvoeringskosten: execution cost (e.g. what Dinkelland pays Almelo). re-integratie:
 * trajecten towards work. kinderopvang: childcare for people in a trajectory.
 */
export const BUDGETSOORTEN = ['BUIG', 'Participatie', 'uitvoeringskosten', 're-integratie', 'kinderopvang'] as const;
export type Budgetsoort = (typeof BUDGETSOORTEN)[number];

export const BUDGETSOORT_NAAM: Record<Budgetsoort, string> = {
  BUIG: 'BUIG (uitkeringen)',
  Participatie: 'Participatiebudget',
  uitvoeringskosten: 'Uitvoeringskosten',
  're-integratie': 'Re-integratie (trajecten)',
  kinderopvang: 'Kinderopvang',
};

const SYNONIEMEN: Record<string, Budgetsoort> = {};
const s = (soort: Budgetsoort, ...n: string[]) => n.forEach((x) => (SYNONIEMEN[normaliseer(x)] = soort));
s('BUIG', 'BUIG', 'Inkomensdeel', 'Gebundelde uitkering', 'I-deel', 'Uitkeringen', 'Uitkeringslasten');
s('Participatie', 'Participatie', 'Participatiebudget', 'Integratie-uitkering participatie', 'W-deel', 'Werkdeel');
s('uitvoeringskosten', 'Uitvoeringskosten', 'Uitvoering', 'Uitvoeringskosten Pw', 'Kosten Almelo', 'Apparaatskosten');
s('re-integratie', 'Re-integratie', 'Reintegratie', 'Re-integratie trajecten', 'Trajecten', 'Re-integratiebudget', 'Re-integratie en participatie');
s('kinderopvang', 'Kinderopvang');

export function herkenBudgetsoort(tekst: string): Budgetsoort | undefined {
  return SYNONIEMEN[normaliseer(tekst)];
}
