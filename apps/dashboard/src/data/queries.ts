import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import { laadPakket, type Pakket } from '@pw/datapackage';
import type { Engine } from '@pw/engine';
import { bepaalAfscherming, INDELINGEN, pakketfiguren } from '@pw/afscherming';
import { alleGebieden, EXTRACT_TOTALEN_SQL, figuren as berekenFiguren, indexeerFiguren, type Extracttotaal, type Figuurkeuze, type Indeling } from '@pw/metrics';
import { bewaarPakket, verwijderPakket } from '../laden/opslag.ts';
import { alleRapporten, alleWeergaven, leesGevraagdRapport } from '../weergaven/opslag.ts';
import { geladen, leesBewaard, leesDemo, leesMeegeleverd, PakketNietBeschikbaar, type Gegevens } from './bron.ts';
import { Rekenmachine } from './rekenmachine.ts';

/**
 * Every query of the dashboard, as `queryOptions` factories: the one place that knows the query
 * keys. Components call `useQuery(gegevens(hash))`, `invalidateQueries({ queryKey:
 * weergaven().queryKey })`, and never spell a key themselves. The query cache is the dashboard's
 * only store of loaded data: which package is the default (`gegevens(null)`), every package by
 * manifest hash (`gegevens(hash)`), and the figures computed from them.
 */

/** DuckDB-WASM in a worker; its code is imported lazily (it is large). */
const rekenmachine = new Rekenmachine(async () => (await import('@pw/engine/browser')).openBrowserEngine(), laadPakket);

/**
 * Loaded packages never go stale and stay for the whole visit (a saved view may return to one). A
 * package is one immutable value: no structural sharing (it would compare every kerncijfer).
 */
const blijvend = { staleTime: Infinity, gcTime: Infinity, retry: false, structuralSharing: false } as const;

/** The embedded demo package. */
function demo() {
  return queryOptions({ queryKey: ['demodatapakket'], queryFn: leesDemo, ...blijvend });
}

/**
 * A data package. `null`: the default one (a package loaded on "Gegevens laden", else the demo
 * package). A hash: exactly that package (a saved view's), from the default, the demo, the
 * browser's storage or next to the app; fails with PakketNietBeschikbaar when it is nowhere.
 */
export function gegevens(hash: string | null) {
  return queryOptions({
    queryKey: ['gegevens', hash],
    queryFn: async ({ client }): Promise<Gegevens> => {
      if (!hash) {
        const g = (await leesBewaard()) ?? (await client.fetchQuery(demo()));
        // The default package is also that package by hash (figures are keyed by manifest hash).
        client.setQueryData(gegevens(g.pakket.manifest.hash).queryKey, g);
        return g;
      }
      const standaard = await client.fetchQuery(gegevens(null)).catch(() => null);
      if (standaard?.pakket.manifest.hash === hash) return standaard;
      const d = await client.fetchQuery(demo()).catch(() => null);
      if (d?.pakket.manifest.hash === hash) return d;
      const gevonden = (await leesBewaard(hash)) ?? (await leesMeegeleverd(hash));
      if (!gevonden) throw new PakketNietBeschikbaar(hash);
      return gevonden;
    },
    ...blijvend,
  });
}

/** The engine, started with the default package's tables loaded: the dashboard starts this before React renders. */
export function engine() {
  return queryOptions({
    queryKey: ['engine'],
    queryFn: async ({ client }) => {
      const [standaard] = await Promise.all([client.fetchQuery(gegevens(null)), rekenmachine.start()]);
      return rekenmachine.metPakket(standaard.pakket, async (e) => e);
    },
    ...blijvend,
  });
}

/** Runs engine work on the tables of the package with this manifest hash. */
async function opPakket<T>(client: QueryClient, hash: string, werk: (e: Engine) => Promise<T>): Promise<T> {
  const g = await client.ensureQueryData(gegevens(hash));
  return rekenmachine.metPakket(g.pakket, werk);
}

/**
 * The standard figures of every area of a package for one indeling, grouped by area, computed once
 * (about a second in DuckDB-WASM); after that a change of choice is a selection in memory.
 */
export function alleFiguren(hash: string | undefined, indeling: Indeling) {
  return queryOptions({
    queryKey: ['alle-figuren', hash ?? null, indeling],
    queryFn: hash
      ? async ({ client }) => {
          const { manifest } = (await client.ensureQueryData(gegevens(hash))).pakket;
          return indexeerFiguren(await opPakket(client, hash, (e) => berekenFiguren(e, { gebieden: alleGebieden(manifest.gemeenten, indeling), indeling })));
        }
      : skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * Which figures of a package leave the screen masked: decided once over the all-areas figures of
 * both indelingen (computed here if no page needed them yet), so every export, print and report
 * of that package masks the same cells (see @pw/afscherming).
 */
export function afscherming(hash: string | undefined) {
  return queryOptions({
    queryKey: ['afscherming', hash ?? null],
    queryFn: hash
      ? async ({ client }) => {
          const { manifest } = (await client.ensureQueryData(gegevens(hash))).pakket;
          // The figure sets first (each is its own engine job), then the areas' composition.
          const sets = await Promise.all(INDELINGEN.map(async (i) => [...(await client.fetchQuery(alleFiguren(hash, i))).values()].flat()));
          const invoer = await opPakket(client, hash, (e) => pakketfiguren(e, manifest.gemeenten, async (i) => sets[INDELINGEN.indexOf(i)]));
          return bepaalAfscherming(invoer);
        }
      : skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The standard figures of one choice, for while the all-areas figures are not there yet. */
export function figuren(hash: string | undefined, keuze: Figuurkeuze) {
  return queryOptions({
    queryKey: ['figuren', hash ?? null, JSON.stringify(keuze)],
    queryFn: hash ? ({ client }) => opPakket(client, hash, (e) => berekenFiguren(e, keuze)) : skipToken,
    staleTime: Infinity,
  });
}

/** The extracts' own totals ("Totaal" rows) against what was counted (page Controle). */
export function extractTotalen(hash: string) {
  return queryOptions({
    queryKey: ['extract-totalen', hash],
    queryFn: ({ client }) => opPakket(client, hash, (e) => e.query<Extracttotaal>(EXTRACT_TOTALEN_SQL)),
    staleTime: Infinity,
  });
}

/** The views saved in this browser. */
export function weergaven() {
  return queryOptions({ queryKey: ['weergaven'], queryFn: alleWeergaven });
}

/** The reports saved in this browser. */
export function rapporten() {
  return queryOptions({ queryKey: ['rapporten'], queryFn: alleRapporten });
}

/** The report a print page shows: handed in by `npm run report`, else the stored one named in the address (`?id=…`). */
export function rapport(zoek: string) {
  return queryOptions({ queryKey: ['rapport', zoek], queryFn: () => leesGevraagdRapport(zoek), staleTime: Infinity, retry: false });
}

/** Starts fetching the default package and DuckDB (call before React renders: DuckDB takes seconds). */
export function startLaden(client: QueryClient): void {
  void client.prefetchQuery(gegevens(null));
  void client.prefetchQuery(engine());
}

/**
 * Makes a package the default (null: back to the demo package). The package is stored under its
 * hash (older ones stay for saved views); figures are keyed by manifest hash, so pages switch to
 * the new package's figures and the engine loads its tables on first use.
 */
export async function wisselPakket(client: QueryClient, pakket: Pakket | null): Promise<Gegevens> {
  const nieuw = pakket ? geladen(pakket) : await client.fetchQuery(demo());
  if (pakket) await bewaarPakket(pakket);
  else await verwijderPakket();
  client.setQueryData(gegevens(null).queryKey, nieuw);
  client.setQueryData(gegevens(nieuw.pakket.manifest.hash).queryKey, nieuw);
  return nieuw;
}
