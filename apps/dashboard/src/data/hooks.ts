import { useQuery } from '@tanstack/react-query';
import { KERNCIJFERS } from '@pw/datapackage';
import { figuren, gebiedCode, type Figuur, type Figuurkeuze } from '@pw/metrics';
import { laadEngine, laadGegevens } from './bron.ts';

export function useGegevens() {
  return useQuery({ queryKey: ['gegevens'], queryFn: laadGegevens, staleTime: Infinity, retry: false });
}

export function useEngine() {
  return useQuery({ queryKey: ['engine'], queryFn: laadEngine, staleTime: Infinity, retry: false });
}

/** Headline figures for a choice straight from kerncijfers.arrow, when the choice allows (no DuckDB needed). */
export function uitKerncijfers(kern: readonly Figuur[], keuze: Figuurkeuze): Figuur[] | undefined {
  if (keuze.indeling !== 'huidig' || keuze.gebieden === 'alle-gemeenten') return undefined;
  const indicatoren = keuze.indicatoren ?? [];
  if (!indicatoren.length || !indicatoren.every((i) => KERNCIJFERS.indicatoren.includes(i))) return undefined;
  const codes = new Set(keuze.gebieden.map(gebiedCode));
  return kern.filter((r) => codes.has(r.gemeente_code) && indicatoren.includes(r.indicator));
}

/**
 * Figures for a choice. While DuckDB starts, figures that kerncijfers already holds are shown at
 * once (marked `isPlaceholderData`); then the engine's answer (the same numbers) replaces them.
 */
export function useFiguren(keuze: Figuurkeuze) {
  const gegevens = useGegevens();
  return useQuery({
    queryKey: ['figuren', gegevens.data?.pakket.manifest.hash, JSON.stringify(keuze)],
    queryFn: async () => figuren(await laadEngine(), keuze),
    enabled: !!gegevens.data,
    staleTime: Infinity,
    // Never the previous choice's figures as a placeholder: a wethouder must not see another area's numbers.
    placeholderData: () => (gegevens.data ? uitKerncijfers(gegevens.data.kerncijfers, keuze) : undefined),
  });
}
