import { markeringVan, type Markering } from '@pw/afscherming';
import { formatMaandKort, formatPeriode, type Eenheid } from '@pw/format';
import type { Figuur } from '@pw/metrics';
import { maakGrafiek, type Grafiek, type Grafiekopties, type Reeks } from './basis.ts';
import type { Reeksstijl } from './kleuren.ts';

/** One line or bar series over time: its name and values per period (ISO date, month or year). */
export interface Tijdreeks {
  naam: string;
  waarden: ReadonlyMap<string, number>;
  soort?: Reeks['soort'];
  stapel?: string;
  doel?: boolean;
  /** The area's colour, line type and marker (kleuren.ts). */
  stijl?: Reeksstijl;
}

/** Values per period that also know the marker of each masked (NaN) value (in print and exports). */
class Waardenreeks extends Map<string, number> {
  readonly markeringen = new Map<string, Markering>();
}

/** The values of one figure per period, for one area: input for a Tijdreeks (a Waardenreeks, typed as the Map it is). */
export function waardenPerPeriode(rijen: readonly Figuur[], code: string, indicator: string, dimensie = 'totaal', categorie = 'totaal'): Map<string, number> {
  const m = new Waardenreeks();
  for (const r of rijen)
    if (r.indicator === indicator && r.gemeente_code === code && r.dimensie === dimensie && r.categorie === categorie) {
      m.set(r.periode, r.waarde);
      const mk = markeringVan(r);
      if (mk) m.markeringen.set(r.periode, mk);
    }
  return m;
}

/**
 * A chart over time for any number of series: the periods are the union of all series (a period
 * one series lacks is a gap, never zero). Labels: `nov 2019` for dates and months, `2020` for years.
 */
export function tijdgrafiek(
  invoer: { titel: string; xNaam: string; yNaam: string; eenheid: Eenheid; reeksen: readonly Tijdreeks[]; van?: string; tot?: string },
  opties?: Grafiekopties,
): Grafiek {
  const perioden = [...new Set(invoer.reeksen.flatMap((r) => [...r.waarden.keys()]))]
    .filter((p) => (!invoer.van || p >= invoer.van) && (!invoer.tot || p <= invoer.tot))
    .sort();
  const label = (p: string) => (p.length >= 7 ? formatMaandKort(p) : formatPeriode(p));
  return maakGrafiek(
    {
      titel: invoer.titel,
      categorieen: perioden.map(label),
      sleutels: perioden,
      xNaam: invoer.xNaam,
      yNaam: invoer.yNaam,
      eenheid: invoer.eenheid,
      reeksen: invoer.reeksen.map((r) => ({
        naam: r.naam,
        soort: r.soort ?? 'lijn',
        stapel: r.stapel,
        doel: r.doel,
        ...(r.stijl ? { stijl: r.stijl } : {}),
        waarden: perioden.map((p) => r.waarden.get(p) ?? null),
        ...(r.waarden instanceof Waardenreeks && r.waarden.markeringen.size ? { markeringen: perioden.map((p) => (r.waarden as Waardenreeks).markeringen.get(p) ?? null) } : {}),
      })),
    },
    opties,
  );
}

/**
 * A chart of categories (duurklassen, groups) with a series per area: horizontal, so every
 * category keeps its full label (wrapped, never dropped). One area: bars. Several areas: a dot
 * plot (one row per category, a dot per area in the area's colour and marker, on one scale), not
 * clustered bars.
 */
export function categoriegrafiek(
  invoer: {
    titel: string;
    xNaam: string;
    yNaam: string;
    eenheid: Eenheid;
    categorieen: ReadonlyArray<{ code: string; naam: string }>;
    reeksen: ReadonlyArray<{ naam: string; waarden: ReadonlyMap<string, number | null>; doel?: boolean; stijl?: Reeksstijl }>;
  },
  opties?: Grafiekopties,
): Grafiek {
  const punten = invoer.reeksen.length > 1;
  return maakGrafiek(
    {
      titel: invoer.titel,
      categorieen: invoer.categorieen.map((c) => c.naam),
      xNaam: invoer.xNaam,
      yNaam: invoer.yNaam,
      eenheid: invoer.eenheid,
      liggend: true,
      namen: true,
      reeksen: invoer.reeksen.map((r) => ({
        naam: r.naam,
        soort: punten ? ('punt' as const) : ('staaf' as const),
        doel: r.doel,
        ...(r.stijl ? { stijl: r.stijl } : {}),
        waarden: invoer.categorieen.map((c) => r.waarden.get(c.code) ?? null),
      })),
    },
    opties,
  );
}
