import { opsomming } from '@pw/format';
import type { IsoDatum } from '@pw/model';
import { waardeVan } from './afgeleid.ts';
import type { Figuur } from './figuren.ts';

/**
 * Budget figures derived by arithmetic from the standard figures `budget_begroot`,
 * `budget_gerealiseerd` (yearly, periode `2020`) and `budget_gerealiseerd_maand` (monthly,
 * periode `2024-03`), all split by `soort` (BUIG, Participatie, uitvoeringskosten,
 * re-integratie, kinderopvang; there is no total over soorten). Nothing here defines an indicator
 * again: every amount is a standard figure or a sum, difference or ratio of them.
 */

/** The standard figures the budget page needs. */
export const BUDGET_INDICATOREN = ['budget_begroot', 'budget_gerealiseerd', 'budget_gerealiseerd_maand'] as const;

const MAANDNAMEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** "juni" for month 6. */
function maandnaam(maand: number): string {
  return MAANDNAMEN[maand - 1] ?? String(maand);
}

const maandPeriode = (jaar: number, maand: number) => `${jaar}-${String(maand).padStart(2, '0')}`;

export interface BudgetJaar {
  jaar: number;
  /** The budget: for BUIG and Participatie the Rijk's budget, otherwise the municipal begroting. */
  begroot?: number;
  /** What was spent (for BUIG: the uitkeringslasten). */
  gerealiseerd?: number;
  /** begroot − gerealiseerd: positive is an overschot, negative a tekort; undefined when either is missing. */
  saldo?: number;
}

/**
 * budgetSaldo: begroot against gerealiseerd per year for one area and soort. For BUIG the saldo is
 * the overschot (positive) or tekort (negative) on the Rijk's budget for benefits. Every year with
 * a begroot or a gerealiseerd figure is listed, in order; a part that is missing stays undefined
 * (never 0), and so does the saldo then.
 */
export function budgetSaldo(rijen: readonly Figuur[], code: string, soort: string): BudgetJaar[] {
  const jaren = new Set<number>();
  for (const r of rijen)
    if ((r.indicator === 'budget_begroot' || r.indicator === 'budget_gerealiseerd') && r.gemeente_code === code && r.dimensie === 'soort' && r.categorie === soort) jaren.add(Number(r.periode));
  return [...jaren]
    .sort((a, b) => a - b)
    .map((jaar) => {
      const cel = (indicator: string) => waardeVan(rijen, { indicator, gemeente_code: code, periode: String(jaar), dimensie: 'soort', categorie: soort });
      const begroot = cel('budget_begroot');
      const gerealiseerd = cel('budget_gerealiseerd');
      return { jaar, begroot, gerealiseerd, saldo: begroot !== undefined && gerealiseerd !== undefined ? begroot - gerealiseerd : undefined };
    });
}

export interface Uitputtingkeuze {
  code: string;
  jaar: number;
  soort: string;
  /** The page's peildatum: months that ended before it count as realised. */
  peildatum: IsoDatum;
}

interface Seizoensprognose {
  /** Expected spending over the whole year: gerealiseerdTotNu / aandeel. */
  bedrag: number;
  /** The earlier complete years whose pattern was used, oldest first. */
  jaren: number[];
  /** The average share of a year's spending those years had realised by the same month (0.45 = 45%). */
  aandeel: number;
}

interface Uitputtingsmaand {
  /** `2024-03` */
  maand: string;
  /** Spending from January to the end of this month; null after the last counted month. */
  gerealiseerdCumulatief: number | null;
  /** The straight-line forecast of the cumulative spending, from the last counted month to December; null before it. */
  prognoseLineair: number | null;
  /** The seasonal forecast of the cumulative spending, from the last counted month to December; null before it or without a pattern. */
  prognoseSeizoen: number | null;
}

export interface Uitputting {
  code: string;
  jaar: number;
  soort: string;
  peildatum: IsoDatum;
  /** Months of `jaar` that ended before the peildatum (0–12). */
  maandenTotPeildatum: number;
  /** Months counted as realised: January up to the first month without data, at most maandenTotPeildatum. */
  maanden: number;
  /** The last counted month (`2024-06`); null when none. */
  totEnMet: string | null;
  /** Months before the peildatum that are not counted because they (or an earlier month) have no data. */
  ontbrekendeMaanden: string[];
  /** Spending in the counted months; null when no month is counted. */
  gerealiseerdTotNu: number | null;
  begroot: number | null;
  /** The share of the budget spent so far (0.52 = 52%); null without a budget above 0 or without spending. */
  uitputting: number | null;
  /** The time-proportional part of the budget: begroot × maanden / 12. */
  tijdsevenredig: number | null;
  /** Straight-line forecast for the year: gerealiseerdTotNu / maanden × 12. */
  prognoseLineair: number | null;
  /** Seasonal forecast; null when no earlier complete year gives a pattern. */
  prognoseSeizoen: Seizoensprognose | null;
  /** Spending runs ahead of the budget; null when that cannot be said (no budget or no months). */
  loopVoor: boolean | null;
  /** Why (or why not) it runs ahead, in Dutch, one sentence per reason; the amounts are in the fields above. */
  redenen: string[];
  /** January to December of `jaar`, for the chart of cumulative spending and forecasts. */
  verloop: Uitputtingsmaand[];
}

/** How many previous years at most give the seasonal pattern. */
const SEIZOEN_JAREN = 3;

function maandbedragen(rijen: readonly Figuur[], code: string, soort: string, jaar: number): Array<number | undefined> {
  const bedragen: Array<number | undefined> = new Array(12).fill(undefined);
  const voorvoegsel = `${jaar}-`;
  for (const r of rijen)
    if (r.indicator === 'budget_gerealiseerd_maand' && r.gemeente_code === code && r.dimensie === 'soort' && r.categorie === soort && r.periode.startsWith(voorvoegsel)) {
      const m = Number(r.periode.slice(5, 7));
      if (m >= 1 && m <= 12) bedragen[m - 1] = r.waarde;
    }
  return bedragen;
}

/** Cumulative share of the year's spending realised by the end of each month (index 0 = January); null when the year is incomplete or its total is not above 0. */
function cumulatieveAandelen(bedragen: Array<number | undefined>): number[] | null {
  if (bedragen.some((b) => b === undefined)) return null;
  const totaal = bedragen.reduce<number>((s, b) => s + b!, 0);
  if (!(totaal > 0)) return null;
  let som = 0;
  return bedragen.map((b) => (som += b!) / totaal);
}

/**
 * uitputting: how much of a year's budget has been spent so far, with two forecasts to year end
 * and a flag when spending runs ahead of the budget. Decisions:
 *
 * - **So far** = the months of `jaar` that ended before the peildatum: peildatum 2024-07-01 (or
 *   2024-07-15) → January to June; a peildatum in a later year → the whole year; in an earlier
 *   year or in January of `jaar` → no month yet. Of those months only January up to the first
 *   month without data counts (a gap is never read as zero spending); the months left out are
 *   listed in `ontbrekendeMaanden`.
 * - **Straight-line forecast** = gerealiseerdTotNu / maanden × 12.
 * - **Seasonal forecast** = gerealiseerdTotNu / the average share of the annual spending that the
 *   previous complete years had realised by the same month. Only the three years before `jaar`
 *   are looked at (an older pattern says little about this year), and of those the ones with all
 *   twelve months and a total above 0; the plain mean of their shares is used and the years are
 *   named in `jaren`. Null when none of them is complete.
 * - **Runs ahead** (`loopVoor`) when the spending so far is above the time-proportional part of
 *   the budget (begroot × maanden / 12; this is the same as the straight-line forecast above the
 *   budget) or when the seasonal forecast is above the budget. Over a whole year it simply means
 *   spending above the budget. Null without a budget or without a counted month; with a budget of
 *   0 any spending runs ahead.
 */
export function uitputting(rijen: readonly Figuur[], keuze: Uitputtingkeuze): Uitputting {
  const { code, jaar, soort, peildatum } = keuze;
  const pjaar = Number(peildatum.slice(0, 4));
  const pmaand = Number(peildatum.slice(5, 7));
  const maandenTotPeildatum = pjaar > jaar ? 12 : pjaar < jaar ? 0 : pmaand - 1;

  const bedragen = maandbedragen(rijen, code, soort, jaar);
  let maanden = 0;
  while (maanden < maandenTotPeildatum && bedragen[maanden] !== undefined) maanden++;
  const ontbrekendeMaanden: string[] = [];
  for (let m = maanden + 1; m <= maandenTotPeildatum; m++) ontbrekendeMaanden.push(maandPeriode(jaar, m));

  const begroot = waardeVan(rijen, { indicator: 'budget_begroot', gemeente_code: code, periode: String(jaar), dimensie: 'soort', categorie: soort }) ?? null;
  const gerealiseerdTotNu = maanden ? bedragen.slice(0, maanden).reduce<number>((s, b) => s + b!, 0) : null;
  const tijdsevenredig = begroot === null || !maanden ? null : (begroot * maanden) / 12;
  const prognoseLineair = gerealiseerdTotNu === null ? null : (gerealiseerdTotNu / maanden) * 12;

  const patronen: Array<{ jaar: number; aandelen: number[] }> = [];
  for (let j = jaar - SEIZOEN_JAREN; j < jaar; j++) {
    const aandelen = cumulatieveAandelen(maandbedragen(rijen, code, soort, j));
    if (aandelen) patronen.push({ jaar: j, aandelen });
  }
  const gemiddeld = patronen.length ? Array.from({ length: 12 }, (_, i) => patronen.reduce((s, p) => s + p.aandelen[i]!, 0) / patronen.length) : null;
  const aandeel = gemiddeld && maanden ? gemiddeld[maanden - 1]! : null;
  const prognoseSeizoen: Seizoensprognose | null =
    gerealiseerdTotNu !== null && aandeel !== null && aandeel > 0 ? { bedrag: gerealiseerdTotNu / aandeel, jaren: patronen.map((p) => p.jaar), aandeel } : null;

  const totEnMet = maanden ? maandPeriode(jaar, maanden) : null;
  const redenen: string[] = [];
  let loopVoor: boolean | null = null;
  const periode = maanden === 12 ? `over heel ${jaar}` : `van januari tot en met ${maandnaam(maanden)} ${jaar}`;
  if (gerealiseerdTotNu === null) {
    redenen.push(
      maandenTotPeildatum === 0
        ? `Op de peildatum is nog geen maand van ${jaar} voorbij.`
        : `Geen uitgaven per maand over ${jaar} vóór de peildatum; de uitputting is niet te bepalen.`,
    );
  } else if (begroot === null) {
    redenen.push(`Geen begroting voor ${jaar}; of de uitgaven voorlopen is niet te zeggen.`);
  } else {
    const boven = gerealiseerdTotNu > tijdsevenredig!;
    const seizoenBoven = maanden < 12 && prognoseSeizoen !== null && prognoseSeizoen.bedrag > begroot;
    loopVoor = boven || seizoenBoven;
    if (maanden === 12) {
      redenen.push(boven ? `De uitgaven ${periode} liggen boven de begroting.` : `De uitgaven ${periode} blijven binnen de begroting.`);
    } else {
      redenen.push(
        boven
          ? `De uitgaven ${periode} liggen boven ${maanden}/12 van de begroting; lineair doorgetrokken komt het jaar boven de begroting uit.`
          : `De uitgaven ${periode} blijven binnen ${maanden}/12 van de begroting; lineair doorgetrokken blijft het jaar binnen de begroting.`,
      );
      const jaren = prognoseSeizoen ? opsomming(prognoseSeizoen.jaren.map(String)) : '';
      redenen.push(
        prognoseSeizoen === null
          ? `Een prognose met het seizoenspatroon ontbreekt: geen volledig jaar met uitgaven per maand in ${jaar - SEIZOEN_JAREN}–${jaar - 1}.`
          : seizoenBoven
            ? `Met het seizoenspatroon van ${jaren} komt het jaar boven de begroting uit.`
            : `Met het seizoenspatroon van ${jaren} blijft het jaar binnen de begroting.`,
      );
    }
  }
  if (maanden > 0 && ontbrekendeMaanden.length)
    redenen.push(
      `Geen uitgaven bekend over ${ontbrekendeMaanden.length === 1 ? maandnaam(Number(ontbrekendeMaanden[0]!.slice(5))) : `${maandnaam(Number(ontbrekendeMaanden[0]!.slice(5)))} tot en met ${maandnaam(Number(ontbrekendeMaanden.at(-1)!.slice(5)))}`} ${jaar}; die maanden tellen niet mee.`,
    );

  let som = 0;
  const verloop: Uitputtingsmaand[] = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    if (m <= maanden) som += bedragen[i]!;
    const vooruit = gerealiseerdTotNu !== null && m >= maanden && maanden < 12;
    return {
      maand: maandPeriode(jaar, m),
      gerealiseerdCumulatief: m <= maanden ? som : null,
      prognoseLineair: vooruit ? gerealiseerdTotNu! + ((m - maanden) * gerealiseerdTotNu!) / maanden : null,
      prognoseSeizoen: vooruit && prognoseSeizoen && gemiddeld ? (gerealiseerdTotNu! * gemiddeld[i]!) / prognoseSeizoen.aandeel : null,
    };
  });

  return {
    code,
    jaar,
    soort,
    peildatum,
    maandenTotPeildatum,
    maanden,
    totEnMet,
    ontbrekendeMaanden,
    gerealiseerdTotNu,
    begroot,
    uitputting: gerealiseerdTotNu !== null && begroot !== null && begroot > 0 ? gerealiseerdTotNu / begroot : null,
    tijdsevenredig,
    prognoseLineair,
    prognoseSeizoen,
    loopVoor,
    redenen,
    verloop,
  };
}

