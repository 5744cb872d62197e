import type { Klasse } from './klassen.ts';
import { normaliseer } from './text.ts';

/**
 * The Wet sociale werkvoorziening (Wsw), as pw-monitor counts it (issue 14). Closed to newcomers
 * since 1-1-2015 (Invoeringswet Participatiewet): only people with a Wsw dienstbetrekking the day
 * before stay in it, so the population only shrinks.
 */
export const WSW_GESLOTEN = '2015-01-01';

/**
 * Vormen van werk in the Wsw: beschut binnen (in the SW company), individuele detachering,
 * groepsdetachering, begeleid werken (with a regular employer).
 */
export const WERKVORMEN = ['beschut_binnen', 'individuele_detachering', 'groepsdetachering', 'begeleid_werken', 'onbekend'] as const;
export type Werkvorm = (typeof WERKVORMEN)[number];
export const WERKVORM_NAAM: Record<Werkvorm, string> = {
  beschut_binnen: 'beschut binnen',
  individuele_detachering: 'individuele detachering',
  groepsdetachering: 'groepsdetachering',
  begeleid_werken: 'begeleid werken',
  onbekend: 'onbekend',
};

/** The form of work as an extract writes it ("Beschut binnen", "Ind. detachering", "Groepsdetachering", "BW"). */
export function herkenWerkvorm(tekst: string): Werkvorm | undefined {
  const t = normaliseer(tekst);
  if (t === '') return 'onbekend';
  const code = WERKVORMEN.find((w) => normaliseer(w) === t);
  if (code) return code;
  if (/^(beschut|beschutbinnen|binnen|intern|beschutwerk|beschutwerkbinnen|bb|swbedrijf)$/.test(t) || t.startsWith('beschut')) return 'beschut_binnen';
  if (/^(groep|groepsdetachering|groepsdet|gd|detacheringgroep|werkenoplocatie|groepsdetacheringwerkenoplocatie)$/.test(t) || t.startsWith('groep')) return 'groepsdetachering';
  if (/^(ind|id|individueel|individueledetachering|inddetachering|detacheringindividueel|detachering|gedetacheerd)$/.test(t) || t.startsWith('individu') || t.startsWith('inddet')) return 'individuele_detachering';
  if (/^(bw|begeleidwerken|begeleid|begeleidewerken)$/.test(t) || t.startsWith('begeleid')) return 'begeleid_werken';
  if (t === 'onbekend' || t === 'nvt') return 'onbekend';
  return undefined;
}

/**
 * Why a Wsw dienstbetrekking ended, as a category (the text of the source never leaves ingest):
 * pensioen (the AOW age), overlijden, ontslag (dismissal, also on the employee's request or for
 * incapacity), overig. An empty cell on an ended dienstbetrekking is `onbekend`.
 */
export const WSW_REDENEN = ['pensioen', 'overlijden', 'ontslag', 'overig', 'onbekend'] as const;
export type WswReden = (typeof WSW_REDENEN)[number];
export const WSW_REDEN_NAAM: Record<WswReden, string> = { pensioen: 'pensioen (AOW-leeftijd)', overlijden: 'overlijden', ontslag: 'ontslag', overig: 'overig', onbekend: 'onbekend' };

export function herkenWswReden(tekst: string): WswReden {
  const t = tekst.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (t === '' || /^(onbekend|niet bekend|nvt|n\.v\.t\.?|-+|\?+)$/.test(t)) return 'onbekend';
  const code = WSW_REDENEN.find((r) => r === t);
  if (code) return code;
  if (/overl[ei]d|\bdood\b/.test(t)) return 'overlijden';
  if (/\baow|pensioen|pensioengerechtigd/.test(t)) return 'pensioen';
  if (/ontslag|ontslagen|opzegging|arbeidsongeschikt|\bwia\b|\bwao\b|einde dienstverband|ontbinding/.test(t)) return 'ontslag';
  return 'overig';
}

/**
 * Age bands of the Wsw population on a peildatum. Narrower at the top than the benefits' bands:
 * the forecast needs who reaches the AOW age (67 from 2024) in the coming years.
 */
export const WSW_LEEFTIJDSKLASSEN: readonly Klasse[] = [
  { code: 'tot35', naam: 'jonger dan 35 jaar', van: 0, tot: 35 },
  { code: '35-45', naam: '35 tot 45 jaar', van: 35, tot: 45 },
  { code: '45-55', naam: '45 tot 55 jaar', van: 45, tot: 55 },
  { code: '55-60', naam: '55 tot 60 jaar', van: 55, tot: 60 },
  { code: '60-65', naam: '60 tot 65 jaar', van: 60, tot: 65 },
  { code: '65plus', naam: '65 jaar en ouder', van: 65, tot: null },
];

/**
 * The AOW age (pensioengerechtigde leeftijd) per calendar year, in months, with its source. A Wsw
 * dienstbetrekking ends at that age. ≤2019: AOW art. 7a (BWBR0002221, text of 2015); 2020–2024 as
 * changed by the 2019 pension agreement (CBS, "In 2022 ligt de AOW-leeftijd op 66 jaar en zeven
 * maanden … tot 2024 verder op tot 67 jaar"); 2028–2030: Kamerbrief (secondary source, not read in
 * the law). Later years keep the last known age (`geverifieerd: false`).
 */
const AOW_LEEFTIJD: ReadonlyArray<{ jaar: number; maanden: number; bron: string; geverifieerd: boolean }> = [
  { jaar: 2012, maanden: 65 * 12, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2013, maanden: 65 * 12 + 1, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2014, maanden: 65 * 12 + 2, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2015, maanden: 65 * 12 + 3, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2016, maanden: 65 * 12 + 6, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2017, maanden: 65 * 12 + 9, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2018, maanden: 66 * 12, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2019, maanden: 66 * 12 + 4, bron: 'AOW art. 7a', geverifieerd: true },
  { jaar: 2020, maanden: 66 * 12 + 4, bron: 'pensioenakkoord 2019 (secundaire bron)', geverifieerd: false },
  { jaar: 2021, maanden: 66 * 12 + 4, bron: 'pensioenakkoord 2019 (secundaire bron)', geverifieerd: false },
  { jaar: 2022, maanden: 66 * 12 + 7, bron: 'CBS (nieuwsbericht 2022)', geverifieerd: true },
  { jaar: 2023, maanden: 66 * 12 + 10, bron: 'pensioenakkoord 2019 (secundaire bron)', geverifieerd: false },
  { jaar: 2024, maanden: 67 * 12, bron: 'CBS (nieuwsbericht 2022)', geverifieerd: true },
  { jaar: 2025, maanden: 67 * 12, bron: 'CBS (nieuwsbericht 2022)', geverifieerd: false },
  { jaar: 2026, maanden: 67 * 12, bron: 'CBS (nieuwsbericht 2022)', geverifieerd: false },
  { jaar: 2027, maanden: 67 * 12, bron: 'CBS (nieuwsbericht 2022)', geverifieerd: false },
  { jaar: 2028, maanden: 67 * 12 + 3, bron: 'Kamerbrief 2023 (secundaire bron)', geverifieerd: false },
  { jaar: 2029, maanden: 67 * 12 + 3, bron: 'Kamerbrief 2023 (secundaire bron)', geverifieerd: false },
  { jaar: 2030, maanden: 67 * 12 + 3, bron: 'Kamerbrief 2023 (secundaire bron)', geverifieerd: false },
];

/** The AOW age in months in a calendar year (before 2012: 65; after the table: its last row). */
export function aowLeeftijdMaanden(jaar: number): number {
  if (jaar < AOW_LEEFTIJD[0]!.jaar) return 65 * 12;
  return (AOW_LEEFTIJD.find((r) => r.jaar === jaar) ?? AOW_LEEFTIJD[AOW_LEEFTIJD.length - 1]!).maanden;
}

/**
 * The Rijksbijdrage Wsw per SE (standaardeenheid) per year, only with a source. The yearly amount
 * per SE (the "prijs per SE" of the integratie-uitkering Participatie in the meicirculaires) was
 * not found in a source pw-monitor could read, so this table is empty: the Wsw page then says the
 * amount is not known instead of inventing one. A row is added with its circulaire and page.
 */
export const RIJKSBIJDRAGE_PER_SE: ReadonlyArray<{ jaar: number; bedrag: number; bron: string }> = [];

/**
 * A "Totaal" line of source 003's key figures adds fte, the waiting list, WWB persons and an
 * expected yearly Wajong inflow (478 + 168 + 1.890 + 31 = 2.567 for Alkmaar): a sum of different
 * units that pw-monitor does not repeat. Said in the definitions.
 */
export const KENGETALLEN_TOTAAL_UITLEG =
  'De kolom "Totaal" van bron 003 telt SW in fte, de wachtlijst, WWB-personen en een geschatte jaarlijkse Wajong-instroom op (Alkmaar: 478 + 168 + 1.890 + 31 = 2.567); dat is een som van verschillende eenheden en pw-monitor neemt hem niet over.';
