import { formatMaand, formatMaandKort } from '@pw/format';
import { budgetSaldo, uitputting, type Figuur, type Uitputting, type Uitputtingkeuze } from '@pw/metrics';
import { BUDGETSOORT_NAAM, type Budgetsoort } from '@pw/model';
import { maakGrafiek, type Grafiek, type Grafiekopties, type Reeks } from './basis.ts';

/** "Participatiebudget", "Re-integratie (trajecten)": the name a controller reads. */
export function budgetsoortNaam(soort: string): string {
  return BUDGETSOORT_NAAM[soort as Budgetsoort] ?? soort;
}

/** The years that have a begroot or gerealiseerd figure for any of the soorten, in order. */
function jarenVan(reeksen: ReadonlyArray<ReturnType<typeof budgetSaldo>>): number[] {
  return [...new Set(reeksen.flatMap((r) => r.map((j) => j.jaar)))].sort((a, b) => a - b);
}

/**
 * BUIG per year for one area: the Rijk's budget and the uitkeringslasten as bars, and the saldo
 * (overschot positive, tekort negative) as a line, all from `budgetSaldo`. A year without a part
 * shows a gap, never 0.
 */
export function buigPerJaar(rijen: readonly Figuur[], code: string, gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  const reeks = budgetSaldo(rijen, code, 'BUIG');
  const jaren = jarenVan([reeks]);
  const per = new Map(reeks.map((j) => [j.jaar, j]));
  return maakGrafiek(
    {
      titel: `BUIG: budget en uitkeringslasten per jaar, ${gebiedNaam}`,
      categorieen: jaren.map(String),
      xNaam: 'Jaar',
      yNaam: 'Bedrag (euro)',
      eenheid: 'euro',
      reeksen: [
        { naam: 'BUIG-budget (begroot)', soort: 'staaf', waarden: jaren.map((j) => per.get(j)?.begroot ?? null) },
        { naam: 'Uitkeringslasten (gerealiseerd)', soort: 'staaf', waarden: jaren.map((j) => per.get(j)?.gerealiseerd ?? null) },
        { naam: 'Saldo (overschot +, tekort −)', soort: 'lijn', waarden: jaren.map((j) => per.get(j)?.saldo ?? null) },
      ],
    },
    opties,
  );
}

/** Participatiebudget and re-integratie per year for one area: begroot and gerealiseerd side by side as bars. */
export function participatieEnReintegratiePerJaar(rijen: readonly Figuur[], code: string, gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  const soorten = ['Participatie', 're-integratie'] as const;
  const reeksen = soorten.map((s) => budgetSaldo(rijen, code, s));
  const jaren = jarenVan(reeksen);
  const uit: Reeks[] = soorten.flatMap((s, i) => {
    const per = new Map(reeksen[i]!.map((j) => [j.jaar, j]));
    return [
      { naam: `${budgetsoortNaam(s)} begroot`, soort: 'staaf' as const, waarden: jaren.map((j) => per.get(j)?.begroot ?? null) },
      { naam: `${budgetsoortNaam(s)} gerealiseerd`, soort: 'staaf' as const, waarden: jaren.map((j) => per.get(j)?.gerealiseerd ?? null) },
    ];
  });
  return maakGrafiek(
    {
      titel: `Participatiebudget en re-integratie: begroot en gerealiseerd per jaar, ${gebiedNaam}`,
      categorieen: jaren.map(String),
      xNaam: 'Jaar',
      yNaam: 'Bedrag (euro)',
      eenheid: 'euro',
      reeksen: uit,
    },
    opties,
  );
}

/**
 * Uitputting through the year for one area and soort: cumulative spending by month against the
 * year's budget (a dashed target line), with the straight-line and seasonal forecasts (from
 * `uitputting` in metrics) as lines from the last realised month to December. Over a whole year
 * there is nothing to forecast and the forecast lines are left out; without a seasonal pattern
 * only the straight line is drawn.
 */
export function uitputtingGrafiek(rijen: readonly Figuur[], keuze: Uitputtingkeuze, gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  return uitputtingGrafiekVan(uitputting(rijen, keuze), gebiedNaam, opties);
}

/** The same chart from an already computed `Uitputting` (the page computes it once for tile and chart). */
export function uitputtingGrafiekVan(u: Uitputting, gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  const naam = budgetsoortNaam(u.soort);
  const reeksen: Reeks[] = [
    { naam: 'Gerealiseerd (cumulatief)', soort: 'lijn', waarden: u.verloop.map((v) => v.gerealiseerdCumulatief) },
    { naam: `Begroting ${u.jaar}`, soort: 'lijn', doel: true, waarden: u.verloop.map(() => u.begroot) },
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
      xNaam: 'Maand (stand aan het einde van de maand)',
      yNaam: 'Bedrag (euro)',
      eenheid: 'euro',
      reeksen,
    },
    opties,
  );
}
