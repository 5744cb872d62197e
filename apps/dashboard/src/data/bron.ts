import { tableFromIPC } from 'apache-arrow';
import { laadPakket, leesPakket, manifestJson, type Pakket } from '@pw/datapackage';
import type { Engine } from '@pw/engine';
import { formatDatum } from '@pw/format';
import type { Figuur } from '@pw/metrics';
import { bewaarPakket, leesBewaardPakket, verwijderPakket } from '../laden/opslag.ts';

/**
 * Where the dashboard's data comes from: a package loaded on the page "Gegevens laden" (kept in
 * IndexedDB until the user removes it), otherwise the embedded demo package, served by the app itself.
 * Both the package and DuckDB start loading as soon as the script runs (before React renders);
 * the headline figures (kerncijfers) are readable as soon as the package has arrived, while
 * DuckDB takes another second or two to start.
 */
export interface Gegevens {
  pakket: Pakket;
  kerncijfers: Figuur[];
  waar: string;
  /** True for the embedded demo package, false for a package loaded from extracts. */
  demo: boolean;
}

const DEMO = `${import.meta.env.BASE_URL}data/demo/`;

async function haal(bestand: string): Promise<Uint8Array> {
  const r = await fetch(`${DEMO}${bestand}`);
  if (!r.ok) throw new Error(`${bestand} kon niet worden opgehaald (${r.status}).`);
  return new Uint8Array(await r.arrayBuffer());
}

function leesKerncijfers(pakket: Pakket): Figuur[] {
  const bytes = pakket.bestanden.get('kerncijfers.arrow');
  if (!bytes) return [];
  return tableFromIPC(bytes).toArray().map((r) => {
    const o = r.toJSON() as Figuur;
    return { ...o, waarde: Number(o.waarde) };
  });
}

let gegevens: Promise<Gegevens> | null = null;
let engine: Promise<Engine> | null = null;
/** Hash of the package whose tables the engine holds (or is loading). */
let inEngine: string | null = null;
/** Every engine use runs in this queue, so tables are never replaced under a running query. */
let rij: Promise<unknown> = Promise.resolve();
const perHash = new Map<string, Promise<Gegevens>>();

/** "geladen extracten (3 bestanden, 23-11-2026)" */
export function waarVan(pakket: Pakket): string {
  const n = pakket.manifest.bronnen.filter((b) => !b.zelfdeAls).length;
  return `geladen extracten (${n} bestand${n === 1 ? '' : 'en'}, ${formatDatum(pakket.manifest.aangemaakt.slice(0, 10))})`;
}

function geladen(pakket: Pakket): Gegevens {
  return { pakket, kerncijfers: leesKerncijfers(pakket), waar: waarVan(pakket), demo: false };
}

let demoGegevens: Promise<Gegevens> | null = null;
function demo(): Promise<Gegevens> {
  demoGegevens ??= leesPakket(haal, 'het demodatapakket').then((pakket) => ({ pakket, kerncijfers: leesKerncijfers(pakket), waar: 'demodatapakket', demo: true }));
  return demoGegevens;
}

/** A stored package, checked file by file against its manifest (a damaged one is ignored). */
async function bewaard(hash?: string): Promise<Gegevens | null> {
  try {
    const p = await leesBewaardPakket(hash);
    if (!p) return null;
    const json = new TextEncoder().encode(manifestJson(p.manifest));
    const gecontroleerd = await leesPakket(async (b) => (b === 'manifest.json' ? json : (p.bestanden.get(b) ?? new Uint8Array())), 'de browseropslag');
    return geladen(gecontroleerd);
  } catch {
    return null;
  }
}

/**
 * A package served next to the app under `data/extra/<hash>/` (how `npm run report` offers the
 * packages of a report's views); absent in a normal installation.
 */
async function meegeleverd(hash: string): Promise<Gegevens | null> {
  const basis = `${import.meta.env.BASE_URL}data/extra/${hash}/`;
  try {
    const r = await fetch(`${basis}manifest.json`);
    if (!r.ok || !(r.headers.get('content-type') ?? '').includes('json')) return null;
    const pakket = await leesPakket(async (b) => {
      const x = await fetch(`${basis}${b}`);
      if (!x.ok) throw new Error(`${b} ontbreekt`);
      return new Uint8Array(await x.arrayBuffer());
    }, `datapakket ${hash.slice(0, 12)}`);
    return pakket.manifest.hash === hash ? geladen(pakket) : null;
  } catch {
    return null;
  }
}

export class PakketNietBeschikbaar extends Error {
  constructor(readonly hash: string) {
    super(`Datapakket ${hash.slice(0, 12)} is niet in deze browser.`);
    this.name = 'PakketNietBeschikbaar';
  }
}

/**
 * The package the dashboard shows: without a hash the default one (a package loaded on "Gegevens
 * laden", else the demo package); with a hash exactly that package (a saved view's), from the demo,
 * the browser's storage, or next to the app. Throws PakketNietBeschikbaar when it is nowhere.
 */
export function laadGegevens(hash?: string | null): Promise<Gegevens> {
  if (!hash) {
    gegevens ??= bewaard().then((g) => g ?? demo());
    return gegevens;
  }
  let g = perHash.get(hash);
  if (!g) {
    g = (async () => {
      const standaard = await laadGegevens().catch(() => null);
      if (standaard?.pakket.manifest.hash === hash) return standaard;
      const d = await demo().catch(() => null);
      if (d?.pakket.manifest.hash === hash) return d;
      const gevonden = (await bewaard(hash)) ?? (await meegeleverd(hash));
      if (!gevonden) throw new PakketNietBeschikbaar(hash);
      return gevonden;
    })();
    g.catch(() => perHash.delete(hash));
    perHash.set(hash, g);
  }
  return g;
}

/**
 * Switches the default package (null: back to the demo package). The package is stored under its
 * hash (older ones stay for saved views); figure queries are keyed by the manifest hash and run
 * through `metPakket`, which loads the right tables first.
 */
export async function wisselPakket(pakket: Pakket | null): Promise<Gegevens> {
  const nieuw = pakket ? geladen(pakket) : await demo();
  if (pakket) await bewaarPakket(pakket);
  else await verwijderPakket();
  gegevens = Promise.resolve(nieuw);
  perHash.set(nieuw.pakket.manifest.hash, gegevens);
  return nieuw;
}

/** DuckDB-WASM in a worker, with the default package loaded. Imported lazily: its code is large. */
export function laadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [{ openBrowserEngine }, g] = await Promise.all([import('@pw/engine/browser'), laadGegevens()]);
    const e = await openBrowserEngine();
    if (!inEngine) {
      await laadPakket(e, g.pakket);
      inEngine = g.pakket.manifest.hash;
    }
    return e;
  })();
  return engine;
}

/**
 * Runs work on the engine with this package's tables loaded. One at a time: a saved view on an
 * older package and the current page never see each other's tables.
 */
export function metPakket<T>(g: Gegevens, werk: (e: Engine) => Promise<T>): Promise<T> {
  const r = rij.then(async () => {
    const e = await laadEngine();
    if (inEngine !== g.pakket.manifest.hash) {
      inEngine = g.pakket.manifest.hash;
      await laadPakket(e, g.pakket);
    }
    return werk(e);
  });
  rij = r.catch(() => {});
  return r;
}

export function start(): void {
  laadGegevens().catch(() => {});
  laadEngine().catch(() => {});
}
