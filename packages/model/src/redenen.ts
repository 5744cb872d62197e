import { normaliseer } from './text.ts';

/**
 * Reden van beëindiging (why a benefit ended) as a fixed list of categories: werk, inkomen
 * partner, verhuizing, herindeling (moved to the successor of a merged municipality), pensioen/AOW,
 * overlijden, overig, onbekend. Source systems keep the reason as free text, which can hold
 * anything a case worker typed, a name or a date included: it never leaves ingest as text, only as
 * one of these codes. Text that matches none of the patterns counts as `overig`; an empty cell (or
 * "onbekend") as `onbekend`.
 */
export const UITSTROOMREDENEN = ['werk', 'inkomen_partner', 'verhuizing', 'herindeling', 'pensioen_aow', 'overlijden', 'overig', 'onbekend'] as const;
export type Uitstroomreden = (typeof UITSTROOMREDENEN)[number];

/**
 * Patterns per category, tried in this order on the text in lower case without accents (the
 * first match wins: "overleden na verhuizing" is overlijden). `werk` is the word, so "werkloos"
 * (another benefit: overig) is not work.
 */
const PATRONEN: ReadonlyArray<readonly [Uitstroomreden, RegExp]> = [
  ['onbekend', /^(onbekend|niet bekend|nvt|n\.v\.t\.?|-+|\?+)$/],
  ['overlijden', /overl[ei]d|decease|\bdood\b/],
  ['pensioen_aow', /\baow|pensioen/],
  ['herindeling', /herindel|\bfusie|gemeentelijke samenvoeging/],
  ['verhuizing', /verhui|vertrek|vertrokken|emigr|buitenland|andere gemeente|\bverhuisd/],
  ['inkomen_partner', /partner|samenwon|huwelijk|gehuwd|trouw/],
  ['werk', /\bwerk\b|werkaanvaarding|\barbeid\b|inkomsten uit arbeid|\bbaan\b|dienstverband|loondienst|eigen bedrijf|zelfstandige|uitzendwerk|\bbetaald werk/],
  ['overig', /./],
];

/** The category of a reason as a source system writes it ("Werk", "Inkomsten partner", "AOW-leeftijd bereikt"). */
export function herkenUitstroomreden(tekst: string): Uitstroomreden {
  const t = tekst.trim();
  if (t === '') return 'onbekend';
  // A code of this list (from a mapping file, or a package) is itself.
  const code = UITSTROOMREDENEN.find((r) => r === t || normaliseer(r) === normaliseer(t));
  if (code) return code;
  const klein = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
  return PATRONEN.find(([, re]) => re.test(klein))![0];
}
