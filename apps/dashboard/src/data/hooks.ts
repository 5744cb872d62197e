import { useContext, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { maskeerFiguren } from '@pw/afscherming';
import { ExportContext, GrafiekInstelling } from '@pw/ui';
import { KERNCIJFERS } from '@pw/publicatie';
import { selecteerFiguren, standaardPeildatum, uitKerncijfers, type Figuur, type Figuurkeuze, type Indeling } from '@pw/metrics';
import type { IsoDatum } from '@pw/model';
import { effectief, useKeuze, usePakketHash } from '../keuze.ts';
import { heeftGeleverdeFiguren } from './bron.ts';
import { afscherming, alleFiguren, engine, figuren, gegevens, site } from './queries.ts';

/** The data package of the current choice: the one a saved view names (`pakket` in the URL), else the default. */
export function useGegevens() {
  return useQuery(gegevens(usePakketHash()));
}

/** The default data package (the newest data), for saying that a saved view shows an older one. */
export function useStandaardGegevens(nodig: boolean) {
  return useQuery({ ...gegevens(null), enabled: nodig });
}

/** The app's package list: on a published site, whether small numbers are masked on screen. */
export function useSite() {
  return useQuery(site());
}

/**
 * The engine's state, without starting it: DuckDB starts only when something needs it (a page's own
 * query, a package without shipped figures, Gegevens laden); see `startLaden`.
 */
export function useEngine() {
  return useQuery({ ...engine(), enabled: false });
}

/** Whether the package of the current choice ships its standard figures (then they need no engine). */
function useGeleverd(): boolean {
  const g = useGegevens().data;
  return !!g && heeftGeleverdeFiguren(g.pakket);
}

/**
 * The peildatum and year the pages show: the chosen ones, else the package's last peildatum (for
 * a package without benefits: 1 December of its latest year with figures). One definition for
 * the choice bar, every page and the export.
 */
export function useEffectieveKeuze(): { peildatum: IsoDatum; jaar: number } {
  const [keuze] = useKeuze();
  const g = useGegevens().data!;
  const laatste = useMemo(() => standaardPeildatum(g.pakket.manifest, g.kerncijfers), [g]);
  return effectief(keuze, laatste);
}

/**
 * The standard figures of every area in the package for one indeling: shipped in the package
 * (read without DuckDB), or for an older package computed once by the indicator SQL of `metrics`
 * (about a second in DuckDB-WASM). After that a change of choice is a selection in memory, so every
 * chart follows within a frame; until then a page of an older package asks the engine for its own
 * choice only.
 */
export function useAlleFiguren(indeling: Indeling) {
  const hash = useGegevens().data?.pakket.manifest.hash;
  const geleverd = useGeleverd();
  const e = useEngine();
  return useQuery({ ...alleFiguren(hash, indeling), enabled: geleverd || e.isSuccess });
}

export interface Figurenstand {
  data: Figuur[] | undefined;
  isError: boolean;
  error: unknown;
  /** Headline figures from the package while the engine starts. */
  isPlaceholderData: boolean;
}

/** The masking decided for the package on screen (computed when first asked for: print, reports, exports). */
function useAfscherming(nodig: boolean) {
  const hash = useGegevens().data?.pakket.manifest.hash;
  const geleverd = useGeleverd();
  const e = useEngine();
  return useQuery({ ...afscherming(hash), enabled: nodig && (geleverd || e.isSuccess) });
}

/**
 * Figures for a choice, always from the indicator definitions in `metrics`: from the all-areas
 * index when it is ready, else from a query for this choice, and while DuckDB starts from the
 * package's kerncijfers (the same numbers, marked as placeholder). What leaves the screen (print
 * mode: reports, and the hidden twin exports are made from) gets the figures with small numbers
 * masked as decided for the whole package (NaN, see @pw/afscherming), and waits for that decision.
 */
export function useFiguren(keuze: Figuurkeuze): Figurenstand {
  const { druk } = useContext(GrafiekInstelling);
  const omgeving = useContext(ExportContext);
  // A published site that masks small numbers masks them on screen too, with the package's one decision.
  const siteAfschermen = useSite().data?.kleineAantallen === 'afschermen';
  const afschermen = (druk && (omgeving?.afschermen ?? true)) || siteAfschermen;
  const masker = useAfscherming(afschermen);
  const stand = useSchermFiguren(keuze);
  const sleutel = JSON.stringify(keuze);
  const gemaskeerd = useMemo(
    () => (afschermen && masker.data && stand.data && !stand.isPlaceholderData ? maskeerFiguren(stand.data, masker.data, keuze.indeling) : undefined),
    [afschermen, masker.data, stand.data, stand.isPlaceholderData, sleutel], // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the choice as JSON, not by its identity
  );
  if (!afschermen) return stand;
  if (masker.isError) return { data: undefined, isError: true, error: masker.error, isPlaceholderData: false };
  return { data: gemaskeerd, isError: stand.isError, error: stand.error, isPlaceholderData: false };
}

function useSchermFiguren(keuze: Figuurkeuze): Figurenstand {
  const g = useGegevens().data;
  const afschermen = useSite().data?.kleineAantallen === 'afschermen';
  const alle = useAlleFiguren(keuze.indeling);
  const geleverd = useGeleverd();
  const sleutel = JSON.stringify(keuze);
  const eigen = useQuery({
    ...figuren(g?.pakket.manifest.hash, keuze),
    // A package that ships its figures answers from them: no engine for a standard page.
    enabled: !alle.data && !geleverd,
    // Never the previous choice's figures as a placeholder: a wethouder must not see another area's numbers.
    placeholderData: () => {
      // On a site that masks, no unmasked headline figures while the masking is decided; a package
      // that ships its figures has them in a moment (no placeholder to filter out of 100,000 rows).
      return g && !afschermen && !geleverd ? uitKerncijfers(g.kerncijfers(), KERNCIJFERS.indicatoren, keuze) : undefined;
    },
  });
  const uitIndex = useMemo(() => (alle.data ? selecteerFiguren(alle.data, keuze) : undefined), [alle.data, sleutel]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the choice as JSON, not by its identity
  if (uitIndex) return { data: uitIndex, isError: false, error: null, isPlaceholderData: false };
  const fout = alle.isError ? alle.error : eigen.error;
  return { data: eigen.data, isError: alle.isError || eigen.isError, error: fout, isPlaceholderData: eigen.isPlaceholderData };
}
