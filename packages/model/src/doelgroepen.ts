import { normaliseer } from './text.ts';

/** Afstand tot de arbeidsmarkt, as source 002 splits the Pw caseload (85 kort, 160 lang). */
const AFSTANDEN = ['kort', 'lang'] as const;
export type Afstand = (typeof AFSTANDEN)[number];
export const AFSTAND_NAAM: Record<Afstand, string> = {
  kort: 'Korte afstand tot de arbeidsmarkt',
  lang: 'Lange afstand tot de arbeidsmarkt',
};

/**
 * Loonwaardegroepen of source 003: 1 "(bijna) volledige loonwaarde" (>80% of minimum wage),
 * 2 "beperkte loonwaarde" (20–80%), 3 "beschut" (<20%), 4 "zorg" (no realistic re-integration).
 */
export const LOONWAARDEGROEPEN = ['1', '2', '3', '4'] as const;
export type Loonwaardegroep = (typeof LOONWAARDEGROEPEN)[number];
export const LOONWAARDEGROEP_NAAM: Record<Loonwaardegroep, string> = {
  '1': '1 (bijna) volledige loonwaarde (>80%)',
  '2': '2 beperkte loonwaarde (20–80%)',
  '3': '3 beschut (<20%)',
  '4': '4 zorg',
};

/** Registers of target groups that often have no benefit. */
const REGISTERS = ['doelgroepenregister', 'beschut_werk'] as const;
export type Register = (typeof REGISTERS)[number];
export const REGISTER_NAAM: Record<Register, string> = {
  doelgroepenregister: 'Doelgroepenregister (banenafspraak)',
  beschut_werk: 'Beschut werk',
};

const AFSTAND_SYNONIEMEN: Record<string, Afstand> = {};
for (const n of ['kort', 'korte afstand', 'korte afstand tot de arbeidsmarkt', 'k', 'ka', 'klein', 'kleine afstand', 'arbeidsmarktfit'])
  AFSTAND_SYNONIEMEN[normaliseer(n)] = 'kort';
for (const n of ['lang', 'lange afstand', 'lange afstand tot de arbeidsmarkt', 'l', 'la', 'groot', 'grote afstand'])
  AFSTAND_SYNONIEMEN[normaliseer(n)] = 'lang';

export function herkenAfstand(tekst: string): Afstand | undefined {
  return AFSTAND_SYNONIEMEN[normaliseer(tekst)];
}

const LW_SYNONIEMEN: Record<string, Loonwaardegroep> = {};
const lw = (g: Loonwaardegroep, ...n: string[]) => n.forEach((x) => (LW_SYNONIEMEN[normaliseer(x)] = g));
lw('1', '1', 'groep 1', 'lw1', '(bijna) volledige loonwaarde', 'volledige loonwaarde', 'volledig');
lw('2', '2', 'groep 2', 'lw2', 'beperkte loonwaarde', 'beperkt');
lw('3', '3', 'groep 3', 'lw3', 'beschut');
lw('4', '4', 'groep 4', 'lw4', 'zorg');

/** "2", "groep 2", "beperkte loonwaarde" or a percentage of minimum wage ("65%") → the group. */
export function herkenLoonwaardegroep(tekst: string): Loonwaardegroep | undefined {
  const procent = /^\s*(\d{1,3})(?:[.,]\d+)?\s*%\s*$/.exec(tekst);
  if (procent) {
    const p = Number(procent[1]);
    if (p > 100) return undefined;
    return p > 80 ? '1' : p >= 20 ? '2' : '3';
  }
  return LW_SYNONIEMEN[normaliseer(tekst)];
}

const REGISTER_SYNONIEMEN: Record<string, Register> = {};
for (const n of ['doelgroepenregister', 'doelgroep register', 'dgr', 'banenafspraak', 'garantiebaan', 'banenafspraak doelgroepenregister'])
  REGISTER_SYNONIEMEN[normaliseer(n)] = 'doelgroepenregister';
for (const n of ['beschut werk', 'beschut', 'beschutwerk', 'nieuw beschut', 'beschut werk pw', 'indicatie beschut werk'])
  REGISTER_SYNONIEMEN[normaliseer(n)] = 'beschut_werk';

export function herkenRegister(tekst: string): Register | undefined {
  return REGISTER_SYNONIEMEN[normaliseer(tekst)];
}

const JA = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NEE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '']);
/** "ja"/"nee" and the usual variants; undefined when it is neither. */
export function herkenJaNee(tekst: string): boolean | undefined {
  const t = normaliseer(tekst);
  if (JA.has(t)) return true;
  if (NEE.has(t)) return false;
  return undefined;
}
