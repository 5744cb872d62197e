import { formatMaand, formatMaandKort } from '@pw/format';
import { budgetstand, buigJaren, uitputting, type BuigJaar, type Budgetstand, type Figuur, type Uitputting, type Budgetkeuze } from '@pw/metrics';
import { BUDGETSOORT_NAAM, PARTICIPATIEWET_JAAR, vangnetregels, type Budgetsoort, type IsoDatum } from '@pw/model';
import { maakGrafiek, type Grafiek, type Grafiekopties, type Reeks } from './basis.ts';

/** "Participatiebudget", "Re-integratie (trajecten)": the name a controller reads. */
function budgetsoortNaam(soort: string): string {
  return BUDGETSOORT_NAAM[soort as Budgetsoort] ?? soort;
}

const MAAND_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** "2024 (t/m nov)" for a year realised up to a month, else "2024": the period each column covers. */
function jaarLabel(stand: Pick<Budgetstand, 'jaar' | 'realisatie'>): string {
  const p = stand.realisatie?.periode;
  return p?.soort === 'tot-maand' ? `${stand.jaar} (t/m ${MAAND_KORT[p.maanden - 1]})` : String(stand.jaar);
}

/** The name over a range of years, with the name before 2015 where the range has such years: "BUIG (vóór 2015: I-deel WWB)". */
function naamOverJaren(naam: string, voor2015: string, jaren: readonly number[]): string {
  if (jaren.length && jaren.every((j) => j < PARTICIPATIEWET_JAAR)) return voor2015;
  return jaren.some((j) => j < PARTICIPATIEWET_JAAR) ? `${naam} (vóór ${PARTICIPATIEWET_JAAR}: ${voor2015})` : naam;
}

/** The years with a budget or realisation of any of these soorten for an area, in order. */
function budgetjaren(rijen: readonly Figuur[], code: string, soorten: readonly string[]): number[] {
  const jaren = new Set<number>();
  for (const r of rijen)
    if ((r.indicator === 'budget_begroot' || r.indicator === 'budget_gerealiseerd') && r.gemeente_code === code && r.dimensie === 'soort' && soorten.includes(r.categorie)) jaren.add(Number(r.periode));
  return [...jaren].sort((a, b) => a - b);
}

/**
 * BUIG per year for one area: the Rijk's budget (before 2015 the I-deel WWB) and the netto lasten
 * as bars, as of the peildatum (the `budgetstand` of each year): a year that has not ended shows
 * the lasten up to the last month before the peildatum, labelled "2024 (t/m nov)"; later years
 * only their budget. The saldo has a chart of its own (`buigSaldoPerJaar`). A missing part is a gap.
 */
export function buigPerJaar(rijen: readonly Figuur[], code: string, gebiedNaam: string, peildatum: IsoDatum, opties?: Grafiekopties): Grafiek {
  const jaren = budgetjaren(rijen, code, ['BUIG']);
  const standen = jaren.map((jaar) => budgetstand(rijen, { code, jaar, soort: 'BUIG', peildatum }));
  return maakGrafiek(
    {
      titel: `${naamOverJaren('BUIG', 'I-deel WWB', jaren)}: budget en netto lasten per jaar, ${gebiedNaam}`,
      categorieen: standen.map(jaarLabel),
      sleutels: jaren.map(String),
      xNaam: 'Jaar',
      yNaam: 'Bedrag (euro)',
      eenheid: 'euro',
      reeksen: [
        { naam: 'Budget van het Rijk', soort: 'staaf', waarden: standen.map((s) => s.begroot) },
        { naam: 'Netto lasten (gerealiseerd)', soort: 'staaf', waarden: standen.map((s) => s.realisatie?.bedrag ?? null) },
      ],
    },
    opties,
  );
}

/** The regular vangnet threshold of a year as an amount: −drempel × budget (a tekort beyond it may qualify); null without a rule. */
function drempelBedrag(j: BuigJaar): number | null {
  const regel = vangnetregels(j.jaar).find((r) => r.regime !== 'uitgebreid vangnet');
  return regel && j.budget !== null ? -regel.drempel * j.budget : null;
}

/**
 * The BUIG saldo per year on its own scale (overschot +, tekort −), for the years that ended
 * before the peildatum, with the vangnet threshold of each year (from the dated table in
 * @pw/model) as a dashed line: a tekort below that line is above the threshold.
 */
export function buigSaldoPerJaar(rijen: readonly Figuur[], code: string, gebiedNaam: string, peildatum: IsoDatum, opties?: Grafiekopties): Grafiek {
  const jaren = buigJaren(rijen, code, peildatum).filter((j) => j.saldo !== null);
  return maakGrafiek(
    {
      titel: `Saldo ${naamOverJaren('BUIG', 'I-deel WWB', jaren.map((j) => j.jaar))} per jaar (overschot +, tekort −), ${gebiedNaam}`,
      categorieen: jaren.map((j) => String(j.jaar)),
      sleutels: jaren.map((j) => String(j.jaar)),
      xNaam: 'Jaar',
      yNaam: 'Saldo (euro)',
      eenheid: 'euro',
      reeksen: [
        { naam: 'Saldo (overschot +, tekort −)', soort: 'staaf', waarden: jaren.map((j) => j.saldo) },
        { naam: 'Vangnetdrempel (tekort als deel van het budget)', soort: 'lijn', doel: true, waarden: jaren.map(drempelBedrag) },
      ],
    },
    opties,
  );
}

/**
 * A cooperation's BUIG saldo per member and year (BUIG and the vangnet are per municipality: the
 * saldi are shown side by side, never added into one).
 */
export function buigSaldoPerLid(rijen: readonly Figuur[], leden: ReadonlyArray<{ code: string; naam: string }>, naam: string, peildatum: IsoDatum, opties?: Grafiekopties): Grafiek {
  const perLid = leden.map((l) => ({ ...l, jaren: new Map(buigJaren(rijen, l.code, peildatum).map((j) => [j.jaar, j])) }));
  const jaren = [...new Set(perLid.flatMap((l) => [...l.jaren.values()].filter((j) => j.saldo !== null).map((j) => j.jaar)))].sort((a, b) => a - b);
  return maakGrafiek(
    {
      titel: `Saldo BUIG per gemeente en jaar (overschot +, tekort −), ${naam}`,
      categorieen: jaren.map(String),
      sleutels: jaren.map(String),
      xNaam: 'Jaar',
      yNaam: 'Saldo (euro)',
      eenheid: 'euro',
      reeksen: perLid.map((l) => ({ naam: l.naam, soort: 'staaf' as const, waarden: jaren.map((j) => l.jaren.get(j)?.saldo ?? null) })),
    },
    opties,
  );
}

/**
 * Participatiebudget and re-integratie per year for one area, as of the peildatum: begroot and
 * gerealiseerd (the `budgetstand` of each year, so the same figure as the tiles) side by side as
 * bars; a year that has not ended is labelled with the months it covers. Before 2015 the
 * Participatiebudget was the participatiebudget of the Wet participatiebudget (the series says so).
 */
export function participatieEnReintegratiePerJaar(rijen: readonly Figuur[], code: string, gebiedNaam: string, peildatum: IsoDatum, opties?: Grafiekopties): Grafiek {
  const soorten = ['Participatie', 're-integratie'] as const;
  const jaren = budgetjaren(rijen, code, soorten);
  const standen = soorten.map((soort) => jaren.map((jaar) => budgetstand(rijen, { code, jaar, soort, peildatum })));
  const namen = { Participatie: naamOverJaren('Participatiebudget', 'participatiebudget Wpb', jaren), 're-integratie': budgetsoortNaam('re-integratie') };
  const reeksen: Reeks[] = soorten.flatMap((s, i) => [
    { naam: `${namen[s]} begroot`, soort: 'staaf' as const, waarden: standen[i]!.map((x) => x.begroot) },
    { naam: `${namen[s]} gerealiseerd`, soort: 'staaf' as const, waarden: standen[i]!.map((x) => x.realisatie?.bedrag ?? null) },
  ]);
  // The label of a year follows the soort that has a realisation in it (both follow the same period rule).
  const labels = jaren.map((_, k) => jaarLabel(standen.map((x) => x[k]!).find((x) => x.realisatie) ?? standen[0]![k]!));
  return maakGrafiek(
    {
      titel: `Participatiebudget en re-integratie: begroot en gerealiseerd per jaar, ${gebiedNaam}`,
      categorieen: labels,
      sleutels: jaren.map(String),
      xNaam: 'Jaar',
      yNaam: 'Bedrag (euro)',
      eenheid: 'euro',
      reeksen,
    },
    opties,
  );
}

/**
 * Uitputting through the year for one area and soort: cumulative spending by month against the
 * year's budget (a dashed line that names its version), with the straight-line and seasonal
 * forecasts (from `uitputting` in metrics) from the last realised month to December. Over a whole
 * year there is nothing to forecast; without a seasonal pattern only the straight line is drawn.
 */
export function uitputtingGrafiek(rijen: readonly Figuur[], keuze: Budgetkeuze, gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  return uitputtingGrafiekVan(uitputting(rijen, keuze), gebiedNaam, opties);
}

/** The same chart from an already computed `Uitputting` (the page computes it once for tile and chart). */
export function uitputtingGrafiekVan(u: Uitputting, gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  const naam = u.stand.naam;
  const reeksen: Reeks[] = [
    { naam: 'Gerealiseerd (cumulatief)', soort: 'lijn', waarden: u.verloop.map((v) => v.gerealiseerdCumulatief) },
    { naam: `Begroting ${u.jaar}${u.stand.versie ? `: ${u.stand.versie.tekst}` : ''}`, soort: 'lijn', doel: true, waarden: u.verloop.map(() => u.begroot) },
  ];
  if (u.maanden > 0 && u.maanden < 12) {
    reeksen.push({ naam: 'Prognose lineair', soort: 'lijn', waarden: u.verloop.map((v) => v.prognoseLineair) });
    if (u.prognoseSeizoen) reeksen.push({ naam: `Prognose seizoenspatroon (${u.prognoseSeizoen.jaren.join(', ')})`, soort: 'lijn', waarden: u.verloop.map((v) => v.prognoseSeizoen) });
  }
  const wat =
    u.maanden === 12 ? `uitgaven over heel ${u.jaar}` : u.totEnMet ? `uitgaven tot en met ${formatMaand(u.totEnMet)} en prognose` : `uitgaven ${u.jaar}`;
  return maakGrafiek(
    {
      titel: `${naam}: ${wat} tegen de begroting, ${gebiedNaam}`,
      categorieen: u.verloop.map((v) => formatMaandKort(v.maand)),
      sleutels: u.verloop.map((v) => v.maand),
      xNaam: 'Maand (stand aan het einde van de maand)',
      yNaam: 'Bedrag (euro)',
      eenheid: 'euro',
      reeksen,
    },
    opties,
  );
}
