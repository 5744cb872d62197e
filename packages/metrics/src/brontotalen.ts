import { formatEuro, formatVerschil } from '@pw/format';
import { waardeVan } from './afgeleid.ts';
import type { Figuur } from './figuren.ts';
import { SAMENWERKING_PREFIX } from './gebied.ts';

/**
 * Totals a source document prints under its rows. The product keeps the rows and computes every
 * total as their sum (one definition); where the printed total differs, it is shown as printed,
 * next to the sum, with the difference (issue 11). Source 003's re-integration budgets of the
 * Alkmaar region print totals for 2012, 2014 and 2015 that are € 1, € 2 and € 1 above the sum of
 * the eight municipalities: rounding in the source (its figures were "overgenomen uit de presentatie
 * van de financiële werkgroep, november 2011").
 */
interface Brontotaal {
  /** The area in the figures' code: `SV-regio-alkmaar`. */
  gebied: string;
  indicator: string;
  dimensie: string;
  categorie: string;
  periode: string;
  /** As printed, in the unit of the indicator. */
  gedrukt: number;
  bron: string;
}

const REGIO_ALKMAAR = `${SAMENWERKING_PREFIX}regio-alkmaar`;
const reintegratie = (jaar: number, gedrukt: number): Brontotaal => ({
  gebied: REGIO_ALKMAAR,
  indicator: 'budget_begroot',
  dimensie: 'soort',
  categorie: 're-integratie',
  periode: String(jaar),
  gedrukt,
  bron: 'bron 003, Kengetallen: regionale budgetten re-integratie, regel Totaal',
});

const BRONTOTALEN: readonly Brontotaal[] = [
  reintegratie(2011, 10_495_165),
  reintegratie(2012, 3_957_242),
  reintegratie(2013, 3_547_872),
  reintegratie(2014, 2_618_668),
  reintegratie(2015, 2_293_771),
];

export interface Brontotaalvergelijking extends Brontotaal {
  /** The sum of the rows: the figure every page shows; null when the figures lack it. */
  som: number | null;
  /** som − gedrukt; null without a sum. */
  verschil: number | null;
  /** In words, as a page shows it under the figure. */
  tekst: string;
}

/** The printed totals of an area (`code`), each next to the sum the figures give, with the difference in words. */
export function brontotalen(rijen: readonly Figuur[], code: string): Brontotaalvergelijking[] {
  return BRONTOTALEN.filter((t) => t.gebied === code).map((t) => {
    const som = waardeVan(rijen, { indicator: t.indicator, gemeente_code: code, periode: t.periode, dimensie: t.dimensie, categorie: t.categorie }) ?? null;
    const verschil = som === null ? null : som - t.gedrukt;
    const tekst =
      som === null
        ? `${t.periode}: de bron drukt als totaal ${formatEuro(t.gedrukt)}; de gegevens hebben geen som van alle gemeenten.`
        : verschil === 0
          ? `${t.periode}: het gedrukte totaal ${formatEuro(t.gedrukt)} is de som van de gemeenten.`
          : `${t.periode}: de bron drukt als totaal ${formatEuro(t.gedrukt)}; de som van de gemeenten is ${formatEuro(som)} (${formatVerschil(verschil!, formatEuro)}). De cijfers zijn de som van de regels; het verschil is afronding in de bron.`;
    return { ...t, som, verschil, tekst };
  });
}
