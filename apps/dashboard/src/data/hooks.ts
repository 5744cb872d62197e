import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { KERNCIJFERS } from '@pw/publicatie';
import { figuren, gebiedCode, SAMENWERKING_PREFIX, type Figuur, type Figuurkeuze, type Indeling } from '@pw/metrics';
import { alleGebieden } from '../gebieden.ts';
import { usePakketHash } from '../keuze.ts';
import { laadEngine, laadGegevens, metPakket } from './bron.ts';

/** The data package of the current choice: the one a saved view names (`pakket` in the URL), else the default. */
export function useGegevens() {
  const hash = usePakketHash();
  return useQuery({ queryKey: ['gegevens', hash], queryFn: () => laadGegevens(hash), staleTime: Infinity, retry: false });
}

export function useEngine() {
  return useQuery({ queryKey: ['engine'], queryFn: laadEngine, staleTime: Infinity, retry: false });
}

/** All standard figures of every area, grouped by area code. */
export type Figurenindex = ReadonlyMap<string, readonly Figuur[]>;

function indexeer(rijen: readonly Figuur[]): Figurenindex {
  const m = new Map<string, Figuur[]>();
  for (const r of rijen) {
    let l = m.get(r.gemeente_code);
    if (!l) m.set(r.gemeente_code, (l = []));
    l.push(r);
  }
  return m;
}

/**
 * The standard figures of every area in the package for one indeling, computed once by the
 * indicator SQL of `metrics` (about a second in DuckDB-WASM). After that a change of choice is a
 * selection in memory, so every chart follows within a frame; until then a page asks the engine
 * for its own choice only.
 */
export function useAlleFiguren(indeling: Indeling) {
  const gegevens = useGegevens();
  const engine = useEngine();
  const manifest = gegevens.data?.pakket.manifest;
  return useQuery({
    queryKey: ['alle-figuren', manifest?.hash, indeling],
    queryFn: async () => indexeer(await metPakket(gegevens.data!, (e) => figuren(e, { gebieden: alleGebieden(manifest!, indeling), indeling }))),
    enabled: !!manifest && engine.isSuccess,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Headline figures for a choice straight from kerncijfers.arrow, when the choice allows (no DuckDB needed). */
export function uitKerncijfers(kern: readonly Figuur[], keuze: Figuurkeuze): Figuur[] | undefined {
  if (keuze.indeling !== 'huidig' || keuze.gebieden === 'alle-gemeenten') return undefined;
  const indicatoren = keuze.indicatoren ?? [];
  if (!indicatoren.length || !indicatoren.every((i) => KERNCIJFERS.indicatoren.includes(i))) return undefined;
  const codes = new Set(keuze.gebieden.map(gebiedCode));
  return kern.filter((r) => codes.has(r.gemeente_code) && indicatoren.includes(r.indicator));
}

/** The figures of a choice from the all-areas index (areas in the choice's order). */
export function selecteer(index: Figurenindex, keuze: Figuurkeuze): Figuur[] {
  const codes =
    keuze.gebieden === 'alle-gemeenten' ? [...index.keys()].filter((c) => !c.startsWith(SAMENWERKING_PREFIX)).sort() : keuze.gebieden.map(gebiedCode);
  const ind = keuze.indicatoren ? new Set(keuze.indicatoren) : null;
  const uit: Figuur[] = [];
  for (const c of codes)
    for (const r of index.get(c) ?? [])
      if ((!ind || ind.has(r.indicator)) && (!keuze.van || r.periode >= keuze.van.slice(0, r.periode.length)) && (!keuze.tot || r.periode <= keuze.tot.slice(0, r.periode.length)))
        uit.push(r);
  return uit;
}

export interface Figurenstand {
  data: Figuur[] | undefined;
  isError: boolean;
  error: unknown;
  /** Headline figures from the package while the engine starts. */
  isPlaceholderData: boolean;
}

/**
 * Figures for a choice, always from the indicator definitions in `metrics`: from the all-areas
 * index when it is ready, else from a query for this choice, and while DuckDB starts from the
 * package's kerncijfers (the same numbers, marked as placeholder).
 */
export function useFiguren(keuze: Figuurkeuze): Figurenstand {
  const gegevens = useGegevens();
  const alle = useAlleFiguren(keuze.indeling);
  const sleutel = JSON.stringify(keuze);
  const eigen = useQuery({
    queryKey: ['figuren', gegevens.data?.pakket.manifest.hash, sleutel],
    queryFn: async () => metPakket(gegevens.data!, (e) => figuren(e, keuze)),
    enabled: !!gegevens.data && !alle.data,
    staleTime: Infinity,
    // Never the previous choice's figures as a placeholder: a wethouder must not see another area's numbers.
    placeholderData: () => (gegevens.data ? uitKerncijfers(gegevens.data.kerncijfers, keuze) : undefined),
  });
  const uitIndex = useMemo(() => (alle.data ? selecteer(alle.data, keuze) : undefined), [alle.data, sleutel]); // eslint-disable-line react-hooks/exhaustive-deps
  if (uitIndex) return { data: uitIndex, isError: false, error: null, isPlaceholderData: false };
  const fout = alle.isError ? alle.error : eigen.error;
  return { data: eigen.data, isError: alle.isError || eigen.isError, error: fout, isPlaceholderData: eigen.isPlaceholderData };
}
