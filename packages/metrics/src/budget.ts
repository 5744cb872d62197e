import { formatDatum, formatEuro, formatProcent, opsomming } from '@pw/format';
import {
  budgetsoortKort,
  huidigeLeden,
  isRijksbudget,
  leesBudgetversie,
  samenwerking,
  vangnetregels,
  vergoedingsfractie,
  versieoordeel,
  type Budgetversie,
  type GemeenteCode,
  type IsoDatum,
  type Vangnetregel,
  type Verificatie,
  type Versieoordeel,
} from '@pw/model';
import { waardeVan } from './afgeleid.ts';
import type { Figuur } from './figuren.ts';
import type { Indeling } from './gebied.ts';

/**
 * Budget figures derived by arithmetic from the standard figures `budget_begroot` (yearly, by
 * soort and by soort and version), `budget_gerealiseerd` (yearly), `budget_gerealiseerd_maand` and
 * `budget_gerealiseerd_cumulatief` (monthly, `2024-11` = January to November) and `buig_lasten`
 * (the parts of the BUIG lasten). Nothing here defines an indicator again: every amount is a
 * standard figure or a sum, difference or ratio of them. Every page, export and report shows a
 * budget figure through these functions, so a figure for one period is the same everywhere.
 *
 * **The period rule.** A page's peildatum says what was known: the realisation of a year counts
 * the months of that year that ended before the peildatum. A peildatum in a later year gives the
 * whole year (the yearly figure); a peildatum in the year gives January up to the last month
 * before it (`budget_gerealiseerd_cumulatief`), never the yearly figure; a peildatum before the
 * year or in its January gives no realisation. A saldo (and so a vangnet verdict) exists only
 * over a whole year.
 */

/** The standard figures the budget figures need. */
export const BUDGET_INDICATOREN = ['budget_begroot', 'budget_gerealiseerd', 'budget_gerealiseerd_maand', 'budget_gerealiseerd_cumulatief', 'buig_lasten'] as const;

/** A forecast counts as an overrun worth an alert from 1% of the budget (docs/beslissingen.md). */
export const MATERIALITEIT = 0.01;

const MAANDNAMEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** "juni" for month 6. */
function maandnaam(maand: number): string {
  return MAANDNAMEN[maand - 1] ?? String(maand);
}

const maandPeriode = (jaar: number, maand: number) => `${jaar}-${String(maand).padStart(2, '0')}`;
/** "november 2024" for `2024-11`. */
const maandTekst = (periode: string) => `${maandnaam(Number(periode.slice(5, 7)))} ${periode.slice(0, 4)}`;

const procentFijn = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A share as a percentage with one decimal ("6,4%"); below 0,1% with two ("0,03%"), so a small overrun is not "0,0%". */
function procent(x: number): string {
  return x !== 0 && Math.abs(x) < 0.001 ? procentFijn.format(x) : formatProcent(x);
}
/** "1%": the materiality threshold in words. */
const MATERIALITEIT_TEKST = `${MATERIALITEIT * 100}%`;

/** Months of `jaar` that ended before the peildatum (0–12). */
function maandenVoorPeildatum(jaar: number, peildatum: IsoDatum): number {
  const pjaar = Number(peildatum.slice(0, 4));
  return pjaar > jaar ? 12 : pjaar < jaar ? 0 : Number(peildatum.slice(5, 7)) - 1;
}

const soortCel = (indicator: string, code: string, periode: string, soort: string) => ({ indicator, gemeente_code: code, periode, dimensie: 'soort', categorie: soort });

interface Versiedeel {
  /** undefined: the extract did not say. */
  versie: Budgetversie | undefined;
  bedrag: number;
  oordeel: Versieoordeel;
}

/** The versions behind a budget (one for a municipality; a cooperation's members may differ). */
function budgetversies(rijen: readonly Figuur[], code: string, soort: string, jaar: number): Versiedeel[] {
  const voorvoegsel = `${soort}|`;
  return rijen
    .filter((r) => r.indicator === 'budget_begroot' && r.gemeente_code === code && r.periode === String(jaar) && r.dimensie === 'versie' && r.categorie.startsWith(voorvoegsel))
    .map((r) => {
      const tekst = r.categorie.slice(voorvoegsel.length);
      const versie = tekst === 'onbekend' ? undefined : leesBudgetversie(tekst);
      return { versie, bedrag: r.waarde, oordeel: versieoordeel(versie, jaar) };
    })
    .sort((a, b) => b.bedrag - a.bedrag);
}

interface Versiestand {
  /** "definitief budget", "meicirculaire 2019, een raming van vóór 2022", "deels definitief budget, deels nader voorlopig budget". */
  tekst: string;
  /** Every part is the definitief budget: a saldo against it is what the Rijk assesses. */
  definitief: boolean;
  /** A part is an estimate from a circulaire older than the year. */
  ouderDanJaar: boolean;
  /** The extract named a version (for at least a part). */
  opgegeven: boolean;
}

function versiestand(versies: readonly Versiedeel[]): Versiestand | null {
  if (!versies.length) return null;
  const teksten = [...new Set(versies.map((v) => v.oordeel.tekst))];
  return {
    tekst: teksten.length === 1 ? teksten[0]! : `deels ${teksten.join('; deels ')}`,
    definitief: versies.every((v) => v.oordeel.definitief),
    ouderDanJaar: versies.some((v) => v.oordeel.ouderDanJaar),
    opgegeven: versies.some((v) => v.versie !== undefined),
  };
}

type Realisatieperiode = { soort: 'jaar' } | { soort: 'tot-maand'; totEnMet: string; maanden: number };

export interface Budgetkeuze {
  code: string;
  jaar: number;
  soort: string;
  /** The page's peildatum: months that ended before it count as realised. */
  peildatum: IsoDatum;
}

export interface Budgetstand extends Budgetkeuze {
  /** The soort's name in that year: "BUIG", "I-deel WWB", "Participatiebudget", "Participatiebudget (Wpb)". */
  naam: string;
  begroot: number | null;
  versies: Versiedeel[];
  /** The version of the Rijk's budget the figures compare with; null without a budget and for a municipal budget line. */
  versie: Versiestand | null;
  maandenTotPeildatum: number;
  /** What was spent in the period the peildatum allows, and that period; null when nothing is known. */
  realisatie: { bedrag: number; periode: Realisatieperiode; tekst: string } | null;
  /** Months before the peildatum that are not counted because they (or an earlier month) have no data. */
  ontbrekendeMaanden: string[];
  /** begroot − realisatie, only over a whole year. BUIG: overschot (+) or tekort (−); Participatiebudget: niet (+) or meer (−) besteed. */
  saldo: number | null;
  /** saldo as a fraction of begroot; null without a budget above 0. */
  saldoFractie: number | null;
  /** realisatie / begroot; null without a budget above 0. */
  aandeelBesteed: number | null;
  /** Why there is no realisation, in Dutch; null when there is one. */
  geenRealisatie: string | null;
}

/**
 * The budget figure of one area, soort and year as of a peildatum, with its period (see the
 * period rule above) and the version of the budget it compares with. The one place the headline
 * budget figures come from: Overzicht, the Budget page and its tables show this.
 */
export function budgetstand(rijen: readonly Figuur[], keuze: Budgetkeuze): Budgetstand {
  const { code, jaar, soort, peildatum } = keuze;
  const begroot = waardeVan(rijen, soortCel('budget_begroot', code, String(jaar), soort)) ?? null;
  const versies = budgetversies(rijen, code, soort, jaar);
  const m = maandenVoorPeildatum(jaar, peildatum);
  let realisatie: Budgetstand['realisatie'] = null;
  let geenRealisatie: string | null = null;
  const ontbrekendeMaanden: string[] = [];
  if (m === 12) {
    const g = waardeVan(rijen, soortCel('budget_gerealiseerd', code, String(jaar), soort));
    if (g !== undefined) realisatie = { bedrag: g, periode: { soort: 'jaar' }, tekst: `heel ${jaar}` };
    else geenRealisatie = `De realisatie over ${jaar} ontbreekt.`;
  } else if (m === 0) {
    geenRealisatie = `Op de peildatum ${formatDatum(peildatum)} is nog geen maand van ${jaar} voorbij.`;
  } else {
    let k = m;
    while (k > 0 && waardeVan(rijen, soortCel('budget_gerealiseerd_cumulatief', code, maandPeriode(jaar, k), soort)) === undefined) k--;
    for (let x = k + 1; x <= m; x++) ontbrekendeMaanden.push(maandPeriode(jaar, x));
    if (k > 0) {
      const bedrag = waardeVan(rijen, soortCel('budget_gerealiseerd_cumulatief', code, maandPeriode(jaar, k), soort))!;
      realisatie = { bedrag, periode: { soort: 'tot-maand', totEnMet: maandPeriode(jaar, k), maanden: k }, tekst: `januari tot en met ${maandnaam(k)} ${jaar}` };
    } else {
      geenRealisatie = `Geen uitgaven per maand over ${jaar} vóór de peildatum ${formatDatum(peildatum)}; de realisatie over heel ${jaar} telt pas na afloop van het jaar.`;
    }
  }
  const saldo = realisatie?.periode.soort === 'jaar' && begroot !== null ? begroot - realisatie.bedrag : null;
  return {
    code,
    jaar,
    soort,
    peildatum,
    naam: budgetsoortKort(soort, jaar),
    begroot,
    versies,
    versie: isRijksbudget(soort) ? versiestand(versies) : null,
    maandenTotPeildatum: m,
    realisatie,
    ontbrekendeMaanden,
    saldo,
    saldoFractie: saldo !== null && begroot! > 0 ? saldo / begroot! : null,
    aandeelBesteed: realisatie && begroot !== null && begroot > 0 ? realisatie.bedrag / begroot : null,
    geenRealisatie,
  };
}

/**
 * The balance in the words a controller uses: BUIG has an "overschot" or "tekort"; the
 * Participatiebudget, a non-earmarked integratie-uitkering, is "niet besteed" or "meer besteed";
 * a municipal budget line is "onder" or "boven de begroting".
 */
export function saldoTekst(soort: string, saldo: number): string {
  const bedrag = formatEuro(Math.abs(saldo));
  if (soort === 'BUIG') return saldo >= 0 ? `overschot ${bedrag}` : `tekort ${bedrag}`;
  if (soort === 'Participatie') return saldo >= 0 ? `niet besteed ${bedrag}` : `meer besteed ${bedrag}`;
  return saldo >= 0 ? `${bedrag} onder de begroting` : `${bedrag} boven de begroting`;
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

/** Spending, or a forecast of it, above the year's budget. */
interface Overschrijding {
  wat: 'uitgaven' | 'lineair' | 'seizoen';
  /** "de uitgaven over heel 2023", "de uitgaven tot en met oktober 2024", "de lineaire prognose", "de prognose met het seizoenspatroon van 2021, 2022 en 2023". */
  naam: string;
  /** The spending or the forecast for the year. */
  bedrag: number;
  /** How much above the budget. */
  boven: number;
  /** boven / begroot; null with a budget of 0. */
  fractie: number | null;
  /** The first month whose (forecast) cumulative spending lies above the budget; null when the months are not known. */
  vanaf: string | null;
  /** At least MATERIALITEIT of the budget (any amount above a budget of 0). */
  materieel: boolean;
}

export interface Uitputting extends Budgetkeuze {
  /** The budget figure this is about (the same figure every page shows). */
  stand: Budgetstand;
  maandenTotPeildatum: number;
  /** Months counted as realised: 12 for a whole year, else January up to the first month without data. */
  maanden: number;
  /** The last counted month (`2024-06`); null when none. */
  totEnMet: string | null;
  ontbrekendeMaanden: string[];
  /** The spending in the counted months (the stand's realisation); null when none. */
  gerealiseerdTotNu: number | null;
  begroot: number | null;
  /** The share of the budget spent so far (0.52 = 52%); null without a budget above 0 or without spending. */
  uitputting: number | null;
  /** The time-proportional part of the budget: begroot × maanden / 12. */
  tijdsevenredig: number | null;
  /** Straight-line forecast for the year: gerealiseerdTotNu / maanden × 12; null over a whole year or without months. */
  prognoseLineair: number | null;
  /** Seasonal forecast; null over a whole year or when no earlier complete year gives a pattern. */
  prognoseSeizoen: Seizoensprognose | null;
  /** Every spending figure or forecast above the budget, material or not. */
  overschrijdingen: Overschrijding[];
  /** The material ones: these raise the alert. */
  signalen: Overschrijding[];
  /** What the figures say, in Dutch, one sentence per point; the amounts are in the fields above. */
  redenen: string[];
  /** January to December of `jaar`, for the chart of cumulative spending and forecasts. */
  verloop: Uitputtingsmaand[];
}

/** How many previous years at most give the seasonal pattern. */
const SEIZOEN_JAREN = 3;

/** Cumulative spending by the end of each month (index 0 = January); undefined where not every month up to it is known. */
function cumulatief(rijen: readonly Figuur[], code: string, soort: string, jaar: number): Array<number | undefined> {
  const uit: Array<number | undefined> = new Array(12).fill(undefined);
  const voorvoegsel = `${jaar}-`;
  for (const r of rijen)
    if (r.indicator === 'budget_gerealiseerd_cumulatief' && r.gemeente_code === code && r.dimensie === 'soort' && r.categorie === soort && r.periode.startsWith(voorvoegsel)) {
      const m = Number(r.periode.slice(5, 7));
      if (m >= 1 && m <= 12) uit[m - 1] = r.waarde;
    }
  return uit;
}

/** Cumulative share of a complete year's spending by the end of each month; null when the year is incomplete or its total is not above 0. */
function cumulatieveAandelen(cum: Array<number | undefined>): number[] | null {
  const totaal = cum[11];
  if (totaal === undefined || !(totaal > 0)) return null;
  return cum.map((c) => c! / totaal);
}

interface Seizoenspatroon {
  /** The earlier complete years the pattern is made of, oldest first. */
  jaren: number[];
  /** Per month (index 0 = January) their average cumulative share of a year's spending; null without any complete year. */
  gemiddeld: number[] | null;
}

/** Per set of rows (figures are values that never change), the seasonal patterns already made. */
const patronenVan = new WeakMap<readonly Figuur[], Map<string, Readonly<Seizoenspatroon>>>();

/**
 * The seasonal pattern of an area's spending of `soort` for `jaar`, from the three years before it
 * (see `uitputting`). It does not depend on the peildatum, so it is made once per rows and area:
 * a change of peildatum within the figures a page already has reuses it (issue 15).
 */
function seizoenspatroon(rijen: readonly Figuur[], code: string, soort: string, jaar: number): Readonly<Seizoenspatroon> {
  let gemaakt = patronenVan.get(rijen);
  if (!gemaakt) patronenVan.set(rijen, (gemaakt = new Map()));
  const sleutel = `${code}\u0000${soort}\u0000${jaar}`;
  const bekend = gemaakt.get(sleutel);
  if (bekend) return bekend;
  const patronen: Array<{ jaar: number; aandelen: number[] }> = [];
  for (let j = jaar - SEIZOEN_JAREN; j < jaar; j++) {
    const aandelen = cumulatieveAandelen(cumulatief(rijen, code, soort, j));
    if (aandelen) patronen.push({ jaar: j, aandelen });
  }
  const gemiddeld = patronen.length ? Array.from({ length: 12 }, (_, i) => patronen.reduce((s, p) => s + p.aandelen[i]!, 0) / patronen.length) : null;
  const patroon = Object.freeze({ jaren: Object.freeze(patronen.map((p) => p.jaar)) as number[], gemiddeld: gemiddeld && (Object.freeze(gemiddeld) as number[]) });
  gemaakt.set(sleutel, patroon);
  return patroon;
}

/**
 * uitputting: how much of a year's budget has been spent so far (the budget figure of
 * `budgetstand`), with two forecasts to year end and an alert only for a material overrun.
 *
 * - **Straight-line forecast** = gerealiseerdTotNu / maanden × 12.
 * - **Seasonal forecast** = gerealiseerdTotNu / the average share of the annual spending that the
 *   previous complete years had realised by the same month. Only the three years before `jaar`
 *   are looked at, and of those the ones with all twelve months and a total above 0; the plain
 *   mean of their shares is used and the years are named. Null when none is complete.
 * - **Overrun**: the spending so far, or a forecast, above the whole year's budget; it starts in
 *   the first month whose (forecast) cumulative spending lies above the budget. It is **material**
 *   from 1% of the budget (MATERIALITEIT); only a material overrun is a signal. Spending above
 *   the time-proportional part of the budget is no signal by itself: spending is seasonal.
 */
export function uitputting(rijen: readonly Figuur[], keuze: Budgetkeuze): Uitputting {
  const { jaar, soort, code } = keuze;
  const stand = budgetstand(rijen, keuze);
  const { begroot } = stand;
  const maanden = stand.realisatie ? (stand.realisatie.periode.soort === 'jaar' ? 12 : stand.realisatie.periode.maanden) : 0;
  const gerealiseerdTotNu = stand.realisatie?.bedrag ?? null;
  const binnenJaar = gerealiseerdTotNu !== null && maanden < 12;
  const cum = cumulatief(rijen, code, soort, jaar);

  const { jaren, gemiddeld } = seizoenspatroon(rijen, code, soort, jaar);
  const aandeel = gemiddeld && binnenJaar ? gemiddeld[maanden - 1]! : null;
  const prognoseSeizoen: Seizoensprognose | null = binnenJaar && aandeel !== null && aandeel > 0 ? { bedrag: gerealiseerdTotNu! / aandeel, jaren, aandeel } : null;
  const prognoseLineair = binnenJaar ? (gerealiseerdTotNu! / maanden) * 12 : null;

  const verloop: Uitputtingsmaand[] = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    return {
      maand: maandPeriode(jaar, m),
      gerealiseerdCumulatief: m <= maanden ? (cum[i] ?? null) : null,
      prognoseLineair: binnenJaar && m >= maanden ? gerealiseerdTotNu! + ((m - maanden) * gerealiseerdTotNu!) / maanden : null,
      prognoseSeizoen: binnenJaar && prognoseSeizoen && gemiddeld ? (gerealiseerdTotNu! * gemiddeld[i]!) / prognoseSeizoen.aandeel : null,
    };
  });

  const totEnMet = maanden ? maandPeriode(jaar, maanden) : null;
  const periode = maanden === 12 ? `over heel ${jaar}` : `tot en met ${maandnaam(maanden)} ${jaar}`;
  const seizoenNaam = prognoseSeizoen ? `de prognose met het seizoenspatroon van ${opsomming(prognoseSeizoen.jaren.map(String))}` : '';
  const overschrijdingen: Overschrijding[] = [];
  const redenen: string[] = [];
  const verschil = (o: Overschrijding) => `${formatEuro(o.boven)}${o.fractie !== null ? ` (${procent(o.fractie)})` : ''} boven de begroting`;
  const eersteMaandBoven = (waarden: Array<number | null>) => {
    const i = waarden.findIndex((w) => w !== null && w > begroot!);
    return i < 0 ? null : maandPeriode(jaar, i + 1);
  };
  const overschrijding = (wat: Overschrijding['wat'], naam: string, bedrag: number, vanaf: string | null): Overschrijding | null => {
    if (begroot === null || !(bedrag > begroot)) return null;
    const fractie = begroot > 0 ? (bedrag - begroot) / begroot : null;
    return { wat, naam, bedrag, boven: bedrag - begroot, fractie, vanaf, materieel: fractie === null || fractie >= MATERIALITEIT };
  };
  const geenSignaal = (o: Overschrijding) => (o.materieel ? '' : `; dat is minder dan ${MATERIALITEIT_TEKST} van de begroting en geen signaal`);

  if (gerealiseerdTotNu === null) {
    redenen.push(stand.geenRealisatie!);
  } else if (begroot === null) {
    redenen.push(`Geen begroting voor ${jaar}; of de uitgaven binnen de begroting blijven is niet te zeggen.`);
  } else {
    const uitgaven = overschrijding('uitgaven', `de uitgaven ${periode}`, gerealiseerdTotNu, eersteMaandBoven(verloop.map((v) => v.gerealiseerdCumulatief)));
    if (uitgaven) overschrijdingen.push(uitgaven);
    if (maanden === 12) {
      redenen.push(
        uitgaven
          ? `De uitgaven over heel ${jaar} liggen ${verschil(uitgaven)}${uitgaven.vanaf ? ` (vanaf ${maandTekst(uitgaven.vanaf)})` : ''}${geenSignaal(uitgaven)}.`
          : `De uitgaven over heel ${jaar} blijven binnen de begroting.`,
      );
    } else {
      redenen.push(
        uitgaven
          ? `De uitgaven ${periode} liggen al ${verschil(uitgaven)}${uitgaven.vanaf ? ` (vanaf ${maandTekst(uitgaven.vanaf)})` : ''}${geenSignaal(uitgaven)}.`
          : `De uitgaven ${periode} zijn ${formatProcent(gerealiseerdTotNu / (begroot || 1))} van de begroting (tijdsevenredig ${maanden}/12: ${formatProcent(maanden / 12)}).`,
      );
      const lineair = overschrijding('lineair', 'de lineaire prognose', prognoseLineair!, eersteMaandBoven(verloop.map((v) => v.prognoseLineair)));
      if (lineair) overschrijdingen.push(lineair);
      redenen.push(
        lineair
          ? `Lineair doorgetrokken komt ${jaar} uit op ${formatEuro(lineair.bedrag)}: ${verschil(lineair)}${lineair.vanaf ? `, vanaf ${maandTekst(lineair.vanaf)}` : ''}${geenSignaal(lineair)}.`
          : `Lineair doorgetrokken komt ${jaar} uit op ${formatEuro(prognoseLineair!)}, binnen de begroting.`,
      );
      if (prognoseSeizoen === null) {
        redenen.push(`Een prognose met het seizoenspatroon ontbreekt: geen volledig jaar met uitgaven per maand in ${jaar - SEIZOEN_JAREN}–${jaar - 1}.`);
      } else {
        const seizoen = overschrijding('seizoen', seizoenNaam, prognoseSeizoen.bedrag, eersteMaandBoven(verloop.map((v) => v.prognoseSeizoen)));
        if (seizoen) overschrijdingen.push(seizoen);
        const met = `Met het seizoenspatroon van ${opsomming(prognoseSeizoen.jaren.map(String))} komt ${jaar} uit op ${formatEuro(prognoseSeizoen.bedrag)}`;
        redenen.push(seizoen ? `${met}: ${verschil(seizoen)}${seizoen.vanaf ? `, vanaf ${maandTekst(seizoen.vanaf)}` : ''}${geenSignaal(seizoen)}.` : `${met}, binnen de begroting.`);
      }
    }
  }
  const { ontbrekendeMaanden } = stand;
  if (maanden > 0 && ontbrekendeMaanden.length)
    redenen.push(
      `Geen uitgaven bekend over ${ontbrekendeMaanden.length === 1 ? maandnaam(Number(ontbrekendeMaanden[0]!.slice(5))) : `${maandnaam(Number(ontbrekendeMaanden[0]!.slice(5)))} tot en met ${maandnaam(Number(ontbrekendeMaanden.at(-1)!.slice(5)))}`} ${jaar}; die maanden tellen niet mee.`,
    );

  return {
    ...keuze,
    stand,
    maandenTotPeildatum: stand.maandenTotPeildatum,
    maanden,
    totEnMet,
    ontbrekendeMaanden,
    gerealiseerdTotNu,
    begroot,
    uitputting: stand.aandeelBesteed,
    tijdsevenredig: begroot === null || !maanden ? null : (begroot * maanden) / 12,
    prognoseLineair,
    prognoseSeizoen,
    overschrijdingen,
    signalen: overschrijdingen.filter((o) => o.materieel),
    redenen,
    verloop,
  };
}

/**
 * The alert in one sentence per material overrun: which spending or forecast crosses the budget,
 * by how much, and from which month on. Null when there is nothing material.
 */
export function signaalTekst(u: Uitputting): string | null {
  if (!u.signalen.length) return null;
  const versie = u.stand.versie ? ` (${u.stand.versie.tekst})` : '';
  return u.signalen
    .map((o) => {
      const hoeveel = `${formatEuro(o.boven)}${o.fractie !== null ? ` (${procent(o.fractie)})` : ''}`;
      const vanaf = o.vanaf ? `, vanaf ${maandTekst(o.vanaf)}` : '';
      const zin = o.wat === 'uitgaven' ? `${o.naam} liggen ${hoeveel} boven de begroting van ${formatEuro(u.begroot!)}${versie}${vanaf}.` : `${o.naam} komt ${hoeveel} boven de begroting van ${formatEuro(u.begroot!)}${versie} uit${vanaf}.`;
      return zin.charAt(0).toUpperCase() + zin.slice(1);
    })
    .join(' ');
}

// ------------------------------------------------------------------------------------------
// BUIG as the Rijk assesses it

export interface BuigJaar {
  jaar: number;
  /** The BUIG budget (before 2015 the I-deel WWB). */
  budget: number | null;
  /** The netto lasten it pays for. */
  lasten: number | null;
  /** budget − lasten: an overschot (+) or a tekort (−); null when either is missing. */
  saldo: number | null;
  /** saldo / budget; null without a budget above 0. */
  fractie: number | null;
  versie: Versiestand | null;
  /** The parts of the lasten, where the extract gave them (null: not in the data). */
  onderdelen: { uitkeringen: number | null; loonkostensubsidie: number | null; baten: number | null };
}

/** BUIG over one whole year (no peildatum: use `buigJaren`/`buigBeoordeling` for what a peildatum allows). */
function buigJaar(rijen: readonly Figuur[], code: string, jaar: number): BuigJaar {
  const budget = waardeVan(rijen, soortCel('budget_begroot', code, String(jaar), 'BUIG')) ?? null;
  const lasten = waardeVan(rijen, soortCel('budget_gerealiseerd', code, String(jaar), 'BUIG')) ?? null;
  const saldo = budget !== null && lasten !== null ? budget - lasten : null;
  const deel = (onderdeel: string) => waardeVan(rijen, { indicator: 'buig_lasten', gemeente_code: code, periode: String(jaar), dimensie: 'onderdeel', categorie: onderdeel }) ?? null;
  return {
    jaar,
    budget,
    lasten,
    saldo,
    fractie: saldo !== null && budget! > 0 ? saldo / budget! : null,
    versie: versiestand(budgetversies(rijen, code, 'BUIG', jaar)),
    onderdelen: { uitkeringen: deel('uitkeringen'), loonkostensubsidie: deel('loonkostensubsidie'), baten: deel('baten') },
  };
}

/**
 * Every year with a BUIG budget or lasten for an area, as of a peildatum: the lasten (and so the
 * saldo) of a year only when the year ended before the peildatum. Years after the peildatum's
 * year are left out.
 */
export function buigJaren(rijen: readonly Figuur[], code: string, peildatum: IsoDatum): BuigJaar[] {
  const jaren = new Set<number>();
  for (const r of rijen)
    if ((r.indicator === 'budget_begroot' || r.indicator === 'budget_gerealiseerd') && r.gemeente_code === code && r.dimensie === 'soort' && r.categorie === 'BUIG') jaren.add(Number(r.periode));
  return [...jaren]
    .sort((a, b) => a - b)
    .map((jaar) => {
      const j = buigJaar(rijen, code, jaar);
      return maandenVoorPeildatum(jaar, peildatum) === 12 ? j : { ...j, lasten: null, saldo: null, fractie: null, onderdelen: { uitkeringen: null, loonkostensubsidie: null, baten: null } };
    });
}

/** Which parts of the BUIG lasten the data has, in words: "uitkeringen, loonkostensubsidie en baten" or null when none. */
export function buigOnderdelenTekst(j: BuigJaar): { aanwezig: string[]; ontbrekend: string[] } {
  const namen = { uitkeringen: 'uitkeringen', loonkostensubsidie: 'loonkostensubsidie', baten: 'baten (terugvordering en verhaal)' } as const;
  const sleutels = Object.keys(namen) as Array<keyof typeof namen>;
  return { aanwezig: sleutels.filter((k) => j.onderdelen[k] !== null).map((k) => namen[k]), ontbrekend: sleutels.filter((k) => j.onderdelen[k] === null).map((k) => namen[k]) };
}

const VERIFICATIE_TEKST: Record<Verificatie, string> = {
  wettekst: 'in de wettekst gelezen',
  secundair: 'volgens de Toetsingscommissie vangnet (niet in de wettekst gelezen)',
  niet: 'niet geverifieerd',
};

/** "Regel niet in de wettekst geverifieerd: …" for a rule whose parts were not all read in the legal text. */
function verificatieZin(regel: Vangnetregel): string {
  const v = regel.verificatie;
  const delen: Array<[string, Verificatie]> = [['drempel', v.drempel], ...(regel.meerjarig ? [['meerjarige voorwaarde', v.meerjarig] as [string, Verificatie]] : []), ['vergoeding', v.vergoeding]];
  const statussen = [...new Set(delen.map(([, s]) => s))];
  if (statussen.length === 1) return statussen[0] === 'niet' ? 'Regel niet geverifieerd.' : 'Regel volgens de Toetsingscommissie vangnet Participatiewet; niet in de wettekst geverifieerd.';
  return `Regel niet volledig geverifieerd: ${delen.map(([wat, s]) => `${wat} ${VERIFICATIE_TEKST[s]}`).join(', ')}.`;
}

interface Meerjarigoordeel {
  /** true: met; false: not met; null: cannot be told (a year is missing, or it depends on a percentage the table does not hold). */
  voldaan: boolean | null;
  ontbrekendeJaren: number[];
  tekst: string;
}

export interface Vangnetoordeel {
  regel: Vangnetregel;
  jaar: number;
  /** lasten − budget: positive is a tekort. */
  tekort: number;
  /** tekort / budget. */
  fractie: number;
  /** Above the entry threshold. */
  boven: boolean;
  meerjarig: Meerjarigoordeel | null;
  /** Would it qualify: null when that cannot be told from the data. */
  komtInAanmerking: boolean | null;
  /** The estimated vangnetuitkering in euro where it (may) qualify and the compensation is known; 0 when it does not qualify; null when unknown. */
  vergoeding: number | null;
  /** Not against the definitief budget (of this year or a year of the multi-year condition). */
  indicatief: boolean;
  /** Whether any part of the rule used is unverified. */
  nietGeverifieerd: boolean;
  /** The verdict in Dutch, one sentence per point. */
  zinnen: string[];
}

const pct = (x: number) => procent(x);
/** A threshold or band edge: "10%", "7,5%" (no ",0"). */
const grens = (x: number) => procent(x).replace(',0%', '%');
/** "incidentele aanvullende uitkering (IAU)" inside a sentence: only the first letter lowered. */
const inZin = (naam: string) => naam.charAt(0).toLowerCase() + naam.slice(1);

function meerjarigOordeel(regel: Vangnetregel, jaren: ReadonlyMap<number, BuigJaar>, jaar: number): Meerjarigoordeel | null {
  const v = regel.meerjarig;
  if (!v) return null;
  const saldoVan = (j: number) => jaren.get(j)?.saldo ?? null;
  const budgetVan = (j: number) => jaren.get(j)?.budget ?? null;
  if (v.soort === 'gecumuleerd') {
    const reeks = Array.from({ length: v.jaren }, (_, i) => jaar - v.jaren + 1 + i);
    const ontbrekend = reeks.filter((j) => saldoVan(j) === null);
    const wat = `gecumuleerd tekort ${reeks[0]}–${jaar} meer dan ${grens(v.drempel)} van het budget ${jaar}`;
    if (ontbrekend.length) return { voldaan: null, ontbrekendeJaren: ontbrekend, tekst: `Meerjarige voorwaarde (${wat}) niet te toetsen: het pakket mist de BUIG-lasten of het budget over ${opsomming(ontbrekend.map(String))}.` };
    const tekort = -reeks.reduce((s, j) => s + saldoVan(j)!, 0);
    const fractie = tekort / budgetVan(jaar)!;
    const voldaan = fractie > v.drempel;
    return {
      voldaan,
      ontbrekendeJaren: [],
      tekst: `Meerjarige voorwaarde (${wat}): ${tekort >= 0 ? `gecumuleerd tekort ${formatEuro(tekort)}` : `gecumuleerd overschot ${formatEuro(-tekort)}`}, ${pct(Math.max(0, fractie))} van het budget ${jaar}: ${voldaan ? 'voldaan' : 'niet voldaan'}.`,
    };
  }
  const reeks = Array.from({ length: v.jaren }, (_, i) => jaar - v.jaren + i);
  const ontbrekend = reeks.filter((j) => saldoVan(j) === null || !(budgetVan(j)! > 0));
  const fracties = reeks.filter((j) => !ontbrekend.includes(j)).map((j) => -saldoVan(j)! / budgetVan(j)!);
  if (v.soort === 'jaren-met-tekort') {
    const met = fracties.filter((f) => f >= v.drempel).length;
    const wat = `in minstens ${v.minimaal} van de jaren ${reeks[0]}–${reeks.at(-1)} een tekort van minstens ${grens(v.drempel)}`;
    const voldaan = met >= v.minimaal ? true : met + ontbrekend.length < v.minimaal ? false : null;
    return {
      voldaan,
      ontbrekendeJaren: ontbrekend,
      tekst: `Meerjarige voorwaarde (${wat}): ${met} van de ${reeks.length - ontbrekend.length} bekende jaren${ontbrekend.length ? `; het pakket mist ${opsomming(ontbrekend.map(String))}` : ''}: ${voldaan === null ? 'niet te toetsen' : voldaan ? 'voldaan' : 'niet voldaan'}.`,
    };
  }
  // iau-weigering: refused (MAU route) when the tekort was above the MAU percentage in each of the years before.
  const voldaan = fracties.some((f) => f <= v.drempel) ? true : null;
  return {
    voldaan,
    ontbrekendeJaren: ontbrekend,
    tekst: voldaan
      ? `Weigeringsgrond (in elk van de jaren ${reeks[0]}–${reeks.at(-1)} een tekort boven het MAU-percentage, ${grens(v.drempel)} plus een percentage uit een ministeriële regeling) is niet van toepassing.`
      : `In ${ontbrekend.length ? `de bekende jaren van ${reeks[0]}–${reeks.at(-1)} (het pakket mist ${opsomming(ontbrekend.map(String))})` : `elk van de jaren ${reeks[0]}–${reeks.at(-1)}`} lag het tekort boven ${grens(v.drempel)}: of de IAU wordt geweigerd (en een MAU de weg is) hangt af van het percentage uit de ministeriële regeling, dat deze tabel niet heeft.`,
  };
}

/**
 * The vangnet verdict for one year, per rule of the dated table in @pw/model (2025 has two): is
 * the tekort above the threshold, is the multi-year condition met (computed from the package's
 * years; a missing year is said), would the municipality qualify and the estimated compensation.
 * Against a budget that is not the definitief one the verdict is **indicatief**. Empty when the
 * year has no saldo; a rule missing from the table gives no verdict (the page says so).
 */
export function vangnetoordelen(rijen: readonly Figuur[], code: string, jaar: number): Vangnetoordeel[] {
  const dit = buigJaar(rijen, code, jaar);
  if (dit.saldo === null || !(dit.budget! > 0)) return [];
  const jaren = new Map<number, BuigJaar>();
  for (let j = jaar - 3; j <= jaar; j++) jaren.set(j, j === jaar ? dit : buigJaar(rijen, code, j));
  const tekort = -dit.saldo;
  const fractie = tekort / dit.budget!;
  return vangnetregels(jaar).map((regel) => {
    const boven = regel.drempelInclusief ? fractie >= regel.drempel : fractie > regel.drempel;
    const meerjarig = meerjarigOordeel(regel, jaren, jaar);
    const eerste = !regel.meerjarig ? jaar : regel.meerjarig.soort === 'gecumuleerd' ? jaar - regel.meerjarig.jaren + 1 : jaar - regel.meerjarig.jaren;
    const gebruikteJaren = [...jaren.values()].filter((j) => j.jaar >= eerste && j.saldo !== null);
    const indicatief = gebruikteJaren.some((j) => !j.versie?.definitief);
    const komtInAanmerking = !boven ? false : meerjarig?.voldaan === false ? false : meerjarig?.voldaan === null ? null : true;
    const f = vergoedingsfractie(regel, fractie);
    const vergoeding = komtInAanmerking === false ? 0 : f === null ? null : f * dit.budget!;
    const vergelijk = regel.drempelInclusief ? 'minstens' : 'meer dan';
    const zinnen: string[] = [];
    const saldoZin = tekort > 0 ? `Het tekort van ${formatEuro(tekort)} is ${pct(fractie)} van het budget` : `Er is geen tekort (overschot ${formatEuro(-tekort)}, ${pct(-fractie)} van het budget)`;
    zinnen.push(
      boven
        ? `${saldoZin}: boven de drempel van de ${inZin(regel.naam)} over ${jaar} (een tekort van ${vergelijk} ${grens(regel.drempel)}).`
        : `${saldoZin}: onder de drempel van de ${inZin(regel.naam)} over ${jaar} (een tekort van ${vergelijk} ${grens(regel.drempel)}), dus geen ${regel.regime === 'IAU' ? 'IAU' : 'vangnetuitkering'}.`,
    );
    if (meerjarig) zinnen.push(meerjarig.tekst);
    if (komtInAanmerking !== false) {
      zinnen.push(
        vergoeding === null
          ? `De vergoeding van deze regel is niet bekend; een schatting ontbreekt.`
          : `Geschatte ${regel.regime === 'IAU' ? 'IAU' : 'vangnetuitkering'}: ${formatEuro(vergoeding)}${komtInAanmerking === null ? ' (als aan de meerjarige voorwaarde is voldaan)' : ''}.`,
      );
      zinnen.push('Het Rijk kent een uitkering alleen toe op een aanvraag van het college, met maatregelen om het tekort terug te dringen.');
    }
    if (indicatief) {
      const v = dit.versie;
      zinnen.push(
        `Indicatief: het Rijk toetst aan het definitieve budget; ${v?.opgegeven ? `vergeleken is met ${v.tekst}` : 'de versie van dit budget is niet opgegeven'}${gebruikteJaren.some((j) => j.jaar !== jaar && !j.versie?.definitief) ? ' (of een jaar van de meerjarige voorwaarde is niet tegen het definitieve budget)' : ''}.`,
      );
    }
    const nietGeverifieerd = regel.geverifieerd !== 'wettekst';
    if (nietGeverifieerd) zinnen.push(verificatieZin(regel));
    return { regel, jaar, tekort, fractie, boven, meerjarig, komtInAanmerking, vergoeding, indicatief, nietGeverifieerd, zinnen };
  });
}

export interface BuigBeoordeling {
  jaar: BuigJaar;
  /** The year has not ended at the peildatum: no saldo and no verdict yet. */
  lopend: boolean;
  oordelen: Vangnetoordeel[];
  /** Set when there is a saldo but the table has no rule for the year. */
  geenRegel: string | null;
}

/** BUIG for one year as the Rijk assesses it, as of a peildatum: saldo, share of the budget, version and vangnet verdicts. */
export function buigBeoordeling(rijen: readonly Figuur[], code: string, jaar: number, peildatum: IsoDatum): BuigBeoordeling {
  const lopend = maandenVoorPeildatum(jaar, peildatum) < 12;
  const j = buigJaar(rijen, code, jaar);
  if (lopend) return { jaar: { ...j, lasten: null, saldo: null, fractie: null, onderdelen: { uitkeringen: null, loonkostensubsidie: null, baten: null } }, lopend, oordelen: [], geenRegel: null };
  const oordelen = vangnetoordelen(rijen, code, jaar);
  return { jaar: j, lopend, oordelen, geenRegel: j.saldo !== null && !oordelen.length ? `Voor ${jaar} heeft de vangnettabel geen regel; een oordeel ontbreekt.` : null };
}

/**
 * The members whose BUIG counts for a cooperation: BUIG and the vangnet are per municipality, so a
 * cooperation shows each member, never one netted saldo. Under today's boundaries merged members
 * collapse into their successor; as recorded, the members as listed.
 */
export function buigLeden(samenwerkingId: string, indeling: Indeling): GemeenteCode[] {
  const s = samenwerking(samenwerkingId);
  if (!s) return [];
  return indeling === 'huidig' ? huidigeLeden(s, 'pw') : [...s.taken.pw.leden];
}

export interface BuigPerLid {
  jaar: number;
  leden: Array<{ code: string; buig: BuigJaar }>;
  /** Sum of the members' tekorten (as a positive amount) and of their overschotten: never netted. */
  somTekorten: number;
  somOverschotten: number;
  /** Members without a saldo for the year. */
  zonderSaldo: string[];
}

/** Each member's BUIG saldo for a year (as of a peildatum), with the sum of tekorten and the sum of overschotten apart. */
export function buigPerLid(rijen: readonly Figuur[], leden: readonly string[], jaar: number, peildatum: IsoDatum): BuigPerLid {
  const lijst = leden.map((code) => ({ code, buig: buigBeoordeling(rijen, code, jaar, peildatum).jaar }));
  const saldi = lijst.map((l) => l.buig.saldo).filter((s): s is number => s !== null);
  return {
    jaar,
    leden: lijst,
    somTekorten: saldi.filter((s) => s < 0).reduce((a, s) => a - s, 0),
    somOverschotten: saldi.filter((s) => s > 0).reduce((a, s) => a + s, 0),
    zonderSaldo: lijst.filter((l) => l.buig.saldo === null).map((l) => l.code),
  };
}

/**
 * Which version of the budget each year of a series compares with, in words, for under a chart:
 * "2015–2019 definitief budget; 2020–2024 meicirculaire 2019 (een raming van vóór het jaar)".
 * Null when no year has a budget.
 */
export function versieOverzicht(rijen: readonly Figuur[], code: string, soort: string, jaren: readonly number[]): string | null {
  const groepen: Array<{ van: number; tot: number; tekst: string }> = [];
  for (const jaar of jaren) {
    const versies = budgetversies(rijen, code, soort, jaar);
    if (!versies.length) continue;
    const delen = [...new Set(versies.map((v) => (v.versie ? (v.versie.soort === 'circulaire' ? `${v.oordeel.tekst.split(',')[0]}${v.oordeel.ouderDanJaar ? ' (een raming van vóór het jaar)' : ''}` : v.oordeel.tekst) : 'versie niet opgegeven')))];
    const tekst = delen.join(' en ');
    const vorige = groepen.at(-1);
    if (vorige && vorige.tekst === tekst && vorige.tot === jaar - 1) vorige.tot = jaar;
    else groepen.push({ van: jaar, tot: jaar, tekst });
  }
  return groepen.length ? groepen.map((g) => `${g.van === g.tot ? g.van : `${g.van}–${g.tot}`} ${g.tekst}`).join('; ') : null;
}

/** A rule of the vangnet table in words, for the table on the Budget page. */
export function vangnetregelTekst(regel: Vangnetregel): { jaren: string; drempel: string; meerjarig: string; vergoeding: string; geverifieerd: string } {
  const m = regel.meerjarig;
  const meerjarig = !m
    ? 'geen'
    : m.soort === 'gecumuleerd'
      ? `gecumuleerd tekort over ${m.jaren} jaar (het jaar en de ${m.jaren - 1} ervoor) meer dan ${grens(m.drempel)} van het budget van het jaar`
      : m.soort === 'jaren-met-tekort'
        ? `in minstens ${m.minimaal} van de ${m.jaren} jaren ervoor een tekort van minstens ${grens(m.drempel)}`
        : `geweigerd als het tekort in elk van de ${m.jaren} jaren ervoor boven het MAU-percentage lag (${grens(m.drempel)} plus een percentage uit een ministeriële regeling)`;
  const vergoeding = !regel.banden
    ? 'onbekend'
    : regel.banden.map((b) => `${b.vergoeding === 1 ? 'alles' : grens(b.vergoeding)} van het tekort ${b.tot === null ? `boven ${grens(b.van)}` : `tussen ${grens(b.van)} en ${grens(b.tot)}`}`).join(', ');
  const v = regel.verificatie;
  return {
    jaren: regel.van === regel.tot ? String(regel.van) : `${regel.van ?? '…'}–${regel.tot ?? '…'}`,
    drempel: `tekort ${regel.drempelInclusief ? 'minstens' : 'meer dan'} ${grens(regel.drempel)}`,
    meerjarig,
    vergoeding,
    geverifieerd: `drempel: ${VERIFICATIE_TEKST[v.drempel]}; ${m ? `meerjarig: ${VERIFICATIE_TEKST[v.meerjarig]}; ` : ''}vergoeding: ${VERIFICATIE_TEKST[v.vergoeding]}`,
  };
}
