import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import { laadPakket, type Pakket } from '@pw/datapackage';
import type { Engine } from '@pw/engine';
import { bepaalAfscherming, INDELINGEN, pakketfiguren, type Afschermingsbesluit } from '@pw/afscherming';
import {
  alleGebieden,
  BESCHUT_WERK_AANSLUITING_SQL,
  beschutWerkAansluitingen,
  cbsWswWerknemers,
  EIGEN_PW_JANUARI_SQL,
  type EigenPwJanuari,
  EXTRACT_TOTALEN_SQL,
  figuren as berekenFiguren,
  indexeerFiguren,
  type BeschutWerkAansluiting,
  type Extracttotaal,
  type Figuurkeuze,
  type Indeling,
} from '@pw/metrics';
import { datumNL, korteHash } from '@pw/model';
import { actiefPakket, bewaarPakket, opslagfout, verwijderPakket } from '../laden/opslag.ts';
import { alleRapporten, alleWeergaven, leesGevraagdRapport } from '../weergaven/opslag.ts';
import { geladen, geleverdeAfscherming, geleverdeCbs, geleverdeFiguren, geleverdeWswKengetallen, heeftGeleverdeFiguren, leesBewaard, leesDemo, leesMeegeleverd, leesVoorgeladen, leesSite, PakketNietBeschikbaar, volledigPakket, type Gegevens } from './bron.ts';
import { Rekenmachine } from './rekenmachine.ts';
import { luisterNaarAndereTabbladen, meldAndereTabbladen } from './tabbladen.ts';

/**
 * Every query of the dashboard, as `queryOptions` factories: the one place that knows the query
 * keys. Components call `useQuery(gegevens(hash))`, `invalidateQueries({ queryKey:
 * weergaven().queryKey })`, and never spell a key themselves. The query cache is the dashboard's
 * only store of loaded data: which package is the default (`gegevens(null)`), every package by
 * manifest hash (`gegevens(hash)`), and the figures computed from them.
 */

/** DuckDB-WASM in a worker; its code is imported lazily (it is large). */
const rekenmachine = new Rekenmachine(async () => (await import('@pw/engine/browser')).openBrowserEngine(), async (e, p) => laadPakket(e, await volledigPakket(p)));

/**
 * Loaded packages never go stale and stay for the whole visit (a saved view may return to one). A
 * package is one immutable value: no structural sharing (it would compare every kerncijfer).
 */
const blijvend = { staleTime: Infinity, gcTime: Infinity, retry: false, structuralSharing: false } as const;

/**
 * The app's package list (`data/pakketten.json`): on a published site, which package is the
 * default, which older ones it keeps, and whether small numbers are masked on screen.
 */
export function site() {
  return queryOptions({ queryKey: ['site'], queryFn: leesSite, ...blijvend });
}

/** The package served with the app: the published site's default package, else the embedded demo package. */
function demo() {
  return queryOptions({ queryKey: ['demodatapakket'], queryFn: async ({ client }) => leesDemo(await client.fetchQuery(site())), ...blijvend });
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
        // The served package is read beside the browser's storage, not after it (opening IndexedDB
        // in a new browser profile took 100 ms and more before the first figure); it is shown only
        // when the storage holds no package of its own.
        const meegeleverd = client.fetchQuery(demo());
        meegeleverd.catch(() => {});
        let bewaard: Gegevens | null = null;
        try {
          bewaard = await leesBewaard();
        } catch (e) {
          // Storage that cannot be read: show the package served with the app, and say why.
          client.setQueryData(melding().queryKey, `De gegevens die in deze browser zijn bewaard, konden niet worden gelezen; het dashboard toont het meegeleverde datapakket. ${opslagfout(e).message}`);
        }
        const g = bewaard ?? (await meegeleverd);
        // The default package is also that package by hash (figures are keyed by manifest hash).
        client.setQueryData(gegevens(g.pakket.manifest.hash).queryKey, g);
        return g;
      }
      const standaard = await client.fetchQuery(gegevens(null)).catch(() => null);
      if (standaard?.pakket.manifest.hash === hash) return standaard;
      const d = await client.fetchQuery(demo()).catch(() => null);
      if (d?.pakket.manifest.hash === hash) return d;
      const gevonden = (await leesBewaard(hash)) ?? (await leesMeegeleverd(hash, await client.fetchQuery(site())));
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
  // Through the engine query, so the frame shows that DuckDB starts (or could not).
  await client.fetchQuery(engine());
  const g = await client.ensureQueryData(gegevens(hash));
  return rekenmachine.metPakket(g.pakket, werk);
}

/**
 * The standard figures of every area of a package for one indeling, grouped by area: read from the
 * package, which ships them (`figuren_huidig`, `figuren_historisch`), without DuckDB; for a package
 * made before that, computed once by the engine (about a second in DuckDB-WASM). After that a
 * change of choice is a selection in memory.
 */
export function alleFiguren(hash: string | undefined, indeling: Indeling) {
  return queryOptions({
    queryKey: ['alle-figuren', hash ?? null, indeling],
    queryFn: hash
      ? async ({ client }) => {
          const { pakket } = await client.ensureQueryData(gegevens(hash));
          const geleverd = await geleverdeFiguren(pakket, indeling);
          if (geleverd) return geleverd;
          // The true figures: the masking (also on a published site) is decided over them, see `afscherming`.
          return indexeerFiguren(await opPakket(client, hash, (e) => berekenFiguren(e, { gebieden: alleGebieden(pakket.manifest.gemeenten, indeling), indeling })));
        }
      : skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * Which figures of a package leave the screen masked: decided once over the all-areas figures of
 * both indelingen, so every export, print and report of that package masks the same cells (see
 * @pw/afscherming). A package ships that decision with its figures (read without DuckDB); for a
 * package made before that, it is decided here (the figures computed if no page needed them yet).
 */
export function afscherming(hash: string | undefined) {
  return queryOptions({
    queryKey: ['afscherming', hash ?? null],
    queryFn: hash
      ? async ({ client }): Promise<Afschermingsbesluit> => {
          const { pakket } = await client.ensureQueryData(gegevens(hash));
          const geleverd = await geleverdeAfscherming(pakket);
          if (geleverd) return geleverd;
          const { manifest } = pakket;
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
    queryFn: hash
      ? async ({ client }) => {
          return opPakket(client, hash, (e) => berekenFiguren(e, keuze));
        }
      : skipToken,
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

/** Beschut werk: the typed realisatie against the register's stock on 1 January after (page Controle). */
export function beschutWerkAansluiting(hash: string) {
  return queryOptions({
    queryKey: ['beschut-werk-aansluiting', hash],
    queryFn: ({ client }) => opPakket(client, hash, async (e) => beschutWerkAansluitingen(await e.query<BeschutWerkAansluiting>(BESCHUT_WERK_AANSLUITING_SQL))),
    staleTime: Infinity,
  });
}

/**
 * Wsw page: the key-figure lines as printed (with a region's own lines such as Buitengebied), and
 * CBS's WSW-werknemers from the package's CBS reference table (empty when it holds no CBS file).
 * Both from the package's files, without DuckDB (issue 15).
 */
export function wswBronnen(hash: string) {
  return queryOptions({
    queryKey: ['wsw-bronnen', hash],
    queryFn: async ({ client }) => {
      const { pakket } = await client.ensureQueryData(gegevens(hash));
      const [kengetallen, cbs] = await Promise.all([geleverdeWswKengetallen(pakket), client.ensureQueryData(cbsReferentie(hash))]);
      return { kengetallen, cbs: cbsWswWerknemers(cbs) };
    },
    staleTime: Infinity,
  });
}

/** The package's CBS reference figures (issue 12; a few tens of thousands of rows at most), for position, national trend and own-vs-CBS. */
export function cbsReferentie(hash: string) {
  return queryOptions({
    queryKey: ['cbs-referentie', hash],
    // From the package's file, without DuckDB: a standard page never waits for the engine (issue 15).
    queryFn: async ({ client }) => geleverdeCbs((await client.ensureQueryData(gegevens(hash))).pakket),
    staleTime: Infinity,
  });
}

/** The package's own Pw count on every 1 January, also the CBS way (page Controle, against CBS). */
export function cbsEigenPw(hash: string) {
  return queryOptions({
    queryKey: ['cbs-eigen-pw', hash],
    queryFn: ({ client }) => opPakket(client, hash, (e) => e.query<EigenPwJanuari>(EIGEN_PW_JANUARI_SQL)),
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

/**
 * A notice for the whole dashboard (shown in the frame until closed): the default package changed
 * in another tab, or the browser's storage could not be read. Null: none.
 */
export function melding() {
  return queryOptions({ queryKey: ['melding'], queryFn: () => null as string | null, initialData: null, staleTime: Infinity, gcTime: Infinity });
}

/**
 * Starts fetching the default package (call before React renders). DuckDB starts only when
 * something needs it (a package without shipped figures, a page's own query such as Controle's
 * extract totals, Gegevens laden): a package that ships its standard figures shows every standard
 * page without it. For a package without them DuckDB starts at once, as it takes seconds.
 */
export function startLaden(client: QueryClient): void {
  // The package list at once, beside the browser's storage (read first by gegevens(null)): the
  // served package's own files are already on their way (preloaded by index.html).
  void client.prefetchQuery(site());
  leesVoorgeladen();
  void client
    .fetchQuery(gegevens(null))
    .then((g) => {
      if (!heeftGeleverdeFiguren(g.pakket)) void client.prefetchQuery(engine());
    })
    .catch(() => {});
}

/** Makes `g` this tab's default package (figures are keyed by manifest hash, so pages follow). */
function toonStandaard(client: QueryClient, g: Gegevens): void {
  client.setQueryData(gegevens(null).queryKey, g);
  client.setQueryData(gegevens(g.pakket.manifest.hash).queryKey, g);
}

/**
 * Makes a package the default (null: remove the default this tab shows; the dashboard then shows
 * the package served with the app, or one another tab made the default meanwhile). The package is
 * stored under its hash (older ones stay for saved views) before anything changes: when the
 * browser cannot store it, this throws an Opslagfout and the dashboard still shows what it showed.
 * The other tabs are told, and switch too.
 */
export async function wisselPakket(client: QueryClient, pakket: Pakket | null): Promise<Gegevens> {
  if (pakket) await bewaarPakket(pakket);
  else {
    const getoond = client.getQueryData(gegevens(null).queryKey);
    if (getoond?.bewaard) await verwijderPakket(getoond.pakket.manifest.hash);
  }
  const nieuw = pakket ? geladen(pakket) : ((await leesBewaard()) ?? (await client.fetchQuery(demo())));
  toonStandaard(client, nieuw);
  meldAndereTabbladen({ soort: 'standaardpakket' });
  return nieuw;
}

/**
 * On a published site: registers the service worker that keeps the app, the engine and the current
 * package for use without network (never under `npm start` or in the tests: the plain build has no
 * publication), and picks up a newer publication when the network returns or the tab becomes
 * visible again: the site's new default package is shown (unless this browser shows a package
 * loaded on Gegevens laden) and the dashboard says so. Returns the function that stops listening.
 */
export function volgPublicatie(client: QueryClient): () => void {
  const controleer = async () => {
    const huidig = client.getQueryData(site().queryKey);
    if (!huidig?.standaard) return;
    const nieuw = await leesSite();
    if (!nieuw.standaard || nieuw.standaard === huidig.standaard) return;
    try {
      const g = await leesDemo(nieuw);
      client.setQueryData(site().queryKey, nieuw);
      client.setQueryData(demo().queryKey, g);
      client.setQueryData(gegevens(g.pakket.manifest.hash).queryKey, g);
      const getoond = client.getQueryData(gegevens(null).queryKey);
      if (getoond?.bewaard) return;
      toonStandaard(client, g);
      const tot = g.pakket.manifest.periode?.tot;
      client.setQueryData(melding().queryKey, `Er is een nieuwer datapakket gepubliceerd${tot ? ` (uitkeringen tot en met ${datumNL(tot)})` : ''}. Het dashboard toont nu dat pakket (${korteHash(g.pakket.manifest.hash)}).`);
    } catch {
      // Not (yet) complete on the server: the next check tries again.
    }
  };
  void client.fetchQuery(site()).then((s) => {
    if (s.standaard && 'serviceWorker' in navigator) void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
  });
  const zichtbaar = () => {
    if (document.visibilityState === 'visible') void controleer();
  };
  const online = () => void controleer();
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', zichtbaar);
  return () => {
    window.removeEventListener('online', online);
    document.removeEventListener('visibilitychange', zichtbaar);
  };
}

/**
 * Keeps this tab in step with the other tabs of the browser: when another tab makes another package
 * the default (its message, or — should a message be missed — this tab becoming visible again),
 * this tab shows that package too and says so; saved views and reports are re-read when another
 * tab changed them. Returns the function that stops it.
 */
export function volgAndereTabbladen(client: QueryClient): () => void {
  const volg = async () => {
    const getoond = client.getQueryData(gegevens(null).queryKey);
    if (!getoond) return;
    try {
      const actief = await actiefPakket();
      if (actief === (getoond.bewaard ? getoond.pakket.manifest.hash : null)) return;
      const nieuw = (await leesBewaard()) ?? (await client.fetchQuery(demo()));
      if (nieuw.pakket.manifest.hash === getoond.pakket.manifest.hash) return;
      toonStandaard(client, nieuw);
      client.setQueryData(melding().queryKey, `In een ander tabblad is een ander datapakket gekozen. Dit tabblad toont nu ook ${nieuw.waar} (datapakket ${korteHash(nieuw.pakket.manifest.hash)}).`);
    } catch (e) {
      client.setQueryData(melding().queryKey, `In een ander tabblad is mogelijk een ander datapakket gekozen, maar de opslag van de browser kon niet worden gelezen; dit tabblad toont nog ${getoond.waar}. ${opslagfout(e).message}`);
    }
  };
  const stop = luisterNaarAndereTabbladen((b) => {
    if (b.soort === 'standaardpakket') void volg();
    else void client.invalidateQueries({ queryKey: b.soort === 'weergaven' ? weergaven().queryKey : rapporten().queryKey });
  });
  const zichtbaar = () => {
    if (document.visibilityState === 'visible') void volg();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', zichtbaar);
  return () => {
    stop();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', zichtbaar);
  };
}
