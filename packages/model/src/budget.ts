import { normaliseer } from './text.ts';

/**
 * Budget soorten, with the codes a controller uses. BUIG: the Rijk's budget for benefit payments
 * (begroot = the BUIG budget, gerealiseerd = the netto lasten it pays for; the difference is the
 * overschot or tekort). Participatie: the integration budget for re-integration, Wsw and beschut
 * werk (a non-earmarked integratie-uitkering: what is left is "niet besteed", not an overschot).
 * uitvoeringskosten: execution cost (e.g. what Dinkelland pays Almelo). re-integratie: trajecten
 * towards work. kinderopvang: childcare for people in a trajectory.
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

/** The Rijk's budgets (a version applies to these; the other soorten are the municipality's own begroting). */
export function isRijksbudget(soort: string): boolean {
  return soort === 'BUIG' || soort === 'Participatie';
}

/** The year the BUIG (gebundelde uitkering Participatiewet) and today's Participatiebudget began. */
export const PARTICIPATIEWET_JAAR = 2015;
/** The year the Wet participatiebudget (Wpb) began; before it the re-integration money was the W-deel of the WWB. */
const WPB_JAAR = 2009;

/**
 * The name of a soort in a year, as a controller of that year would write it (short, for titles):
 * before 2015 the Rijk's money for benefits was the inkomensdeel of the WWB ("I-deel WWB") and
 * its re-integration money the participatiebudget under the Wet participatiebudget (2009–2014,
 * "Participatiebudget (Wpb)"; before that the werkdeel, "W-deel WWB"). The other soorten are
 * municipal budget lines and keep their name.
 */
export function budgetsoortKort(soort: string, jaar: number): string {
  if (soort === 'BUIG') return jaar < PARTICIPATIEWET_JAAR ? 'I-deel WWB' : 'BUIG';
  if (soort === 'Participatie') return jaar < WPB_JAAR ? 'W-deel WWB' : jaar < PARTICIPATIEWET_JAAR ? 'Participatiebudget (Wpb)' : 'Participatiebudget';
  return BUDGETSOORT_NAAM[soort as Budgetsoort] ?? soort;
}

/**
 * Before 2015 the Rijk's re-integration money *was* the participatiebudget (Wpb) or the W-deel: a
 * municipality's re-integratie budget of those years is (part of) that money. A year before 2015
 * with both a Participatie and a re-integratie budget may count the same money twice.
 */
export function zelfdeGeldVoor2015(jaar: number): boolean {
  return jaar < PARTICIPATIEWET_JAAR;
}

/** The Rijk's circulaires (gemeentefonds) that publish budgets, in the order of a year. */
const CIRCULAIRES = ['maart', 'mei', 'juni', 'september', 'december'] as const;
type Circulaire = (typeof CIRCULAIRES)[number];

/**
 * Which version of a budget a figure is. The Rijk publishes a voorlopig, a nader voorlopig and a
 * definitief BUIG budget each year; the Participatiebudget and multi-year estimates come from the
 * circulaires of the gemeentefonds (the meicirculaire 2019 estimates 2020–2024). Only the definitief
 * budget is what the Rijk judges a tekort against.
 */
export type Budgetversie =
  | { soort: 'voorlopig' | 'nader voorlopig' | 'definitief' }
  | { soort: 'circulaire'; circulaire: Circulaire; jaar: number };

/**
 * Recognises a version in a `versie` cell or a bron text: "definitief", "nader voorlopig",
 * "Voorlopig budget", "meicirculaire 2020", "Septembercirculaire 2019", "circulaire mei 2019".
 * Undefined when the text names no version (a municipal begroting, "demo").
 */
export function leesBudgetversie(tekst: string): Budgetversie | undefined {
  const t = tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const circ = new RegExp(`\\b(${CIRCULAIRES.join('|')}) ?circulaire (\\d{4})\\b`).exec(t) ?? new RegExp(`\\bcirculaire (${CIRCULAIRES.join('|')}) (\\d{4})\\b`).exec(t);
  if (circ) return { soort: 'circulaire', circulaire: circ[1] as Circulaire, jaar: Number(circ[2]) };
  if (/\bnader ?voorlopig/.test(t)) return { soort: 'nader voorlopig' };
  if (/\bvoorlopig/.test(t)) return { soort: 'voorlopig' };
  if (/\bdefinitie[fv]/.test(t)) return { soort: 'definitief' };
  return undefined;
}

/** The version as the package stores it and a page names it: "definitief", "nader voorlopig", "meicirculaire 2019". */
export function budgetversieTekst(v: Budgetversie): string {
  return v.soort === 'circulaire' ? `${v.circulaire}circulaire ${v.jaar}` : v.soort;
}

/**
 * How final a version is, for choosing between two versions of one budget: definitief above nader
 * voorlopig above voorlopig above any circulaire estimate (a newer circulaire above an older one).
 */
export function budgetversieRang(v: Budgetversie | undefined): number {
  if (!v) return 0;
  if (v.soort !== 'circulaire') return { definitief: 3_000_000, 'nader voorlopig': 2_000_000, voorlopig: 1_000_000 }[v.soort];
  return v.jaar * 10 + CIRCULAIRES.indexOf(v.circulaire) + 1;
}

export interface Versieoordeel {
  /** The Rijk's final budget: a saldo against it is what the Rijk assesses. */
  definitief: boolean;
  /** An estimate from a circulaire published before the budget year (meicirculaire 2019 for 2022). */
  ouderDanJaar: boolean;
  /** "definitief budget", "meicirculaire 2019, een raming van vóór 2022", "versie niet opgegeven". */
  tekst: string;
}

/** What a version means for a budget of `jaar`. */
export function versieoordeel(versie: Budgetversie | undefined, jaar: number): Versieoordeel {
  if (!versie) return { definitief: false, ouderDanJaar: false, tekst: 'versie niet opgegeven' };
  if (versie.soort === 'circulaire') {
    const ouder = versie.jaar < jaar;
    return { definitief: false, ouderDanJaar: ouder, tekst: `${budgetversieTekst(versie)}${ouder ? `, een raming van vóór ${jaar}` : ''}` };
  }
  return { definitief: versie.soort === 'definitief', ouderDanJaar: false, tekst: versie.soort === 'definitief' ? 'definitief budget' : `${versie.soort} budget` };
}
