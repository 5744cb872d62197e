import { formatPeriode } from '@pw/format';
import { reeksBereik, type Figuur } from '@pw/metrics';

/**
 * "Geen gegevens over uitkeringen voor Tubbergen vóór 1-1-2017": missing data said in words,
 * never shown as zero. `wanneer` is the period asked for (ISO date, month or year); `cel` limits
 * the series to one category ("het BUIG-budget").
 */
export function geenGegevensTekst(
  rijen: readonly Figuur[],
  indicator: string,
  code: string,
  naam: string,
  wat: string,
  wanneer: string,
  cel?: { dimensie: string; categorie: string },
): string {
  const bereik = reeksBereik(rijen, indicator, code, cel);
  if (!bereik) return `Geen gegevens over ${wat} voor ${naam}.`;
  const w = wanneer.slice(0, bereik.eerste.length);
  if (w < bereik.eerste) return `Geen gegevens over ${wat} voor ${naam} vóór ${formatPeriode(bereik.eerste)}.`;
  if (w > bereik.laatste) return `Geen gegevens over ${wat} voor ${naam} na ${formatPeriode(bereik.laatste)}.`;
  return `Geen gegevens over ${wat} voor ${naam} in ${formatPeriode(w)}.`;
}

/**
 * For a chart over several areas: a sentence per area whose series is missing or starts later or
 * ends earlier than the chart's, so a short line is never read as a fall to zero.
 */
export function ontbrekendeReeksen(rijen: readonly Figuur[], indicator: string, gebieden: ReadonlyArray<{ code: string; naam: string }>, wat: string): string[] {
  const bereiken = gebieden.map((g) => ({ ...g, bereik: reeksBereik(rijen, indicator, g.code) }));
  const met = bereiken.filter((b) => b.bereik);
  if (!met.length) return bereiken.map((b) => `Geen gegevens over ${wat} voor ${b.naam}.`);
  const eerste = met.map((b) => b.bereik!.eerste).sort()[0]!;
  const laatste = met.map((b) => b.bereik!.laatste).sort().at(-1)!;
  const zinnen: string[] = [];
  for (const b of bereiken) {
    if (!b.bereik) zinnen.push(`Geen gegevens over ${wat} voor ${b.naam}.`);
    else {
      if (b.bereik.eerste > eerste) zinnen.push(`Geen gegevens over ${wat} voor ${b.naam} vóór ${formatPeriode(b.bereik.eerste)}.`);
      if (b.bereik.laatste < laatste) zinnen.push(`Geen gegevens over ${wat} voor ${b.naam} na ${formatPeriode(b.bereik.laatste)}.`);
    }
  }
  return zinnen;
}
