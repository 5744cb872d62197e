import { tableFromIPC } from 'apache-arrow';
import { laadPakket, leesPakket, type Pakket } from '@pw/datapackage';
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

/** "geladen extracten (3 bestanden, 23-11-2026)" */
export function waarVan(pakket: Pakket): string {
  const n = pakket.manifest.bronnen.filter((b) => !b.zelfdeAls).length;
  return `geladen extracten (${n} bestand${n === 1 ? '' : 'en'}, ${formatDatum(pakket.manifest.aangemaakt.slice(0, 10))})`;
}

function geladen(pakket: Pakket): Gegevens {
  return { pakket, kerncijfers: leesKerncijfers(pakket), waar: waarVan(pakket), demo: false };
}

function demo(): Promise<Gegevens> {
  return leesPakket(haal, 'het demodatapakket').then((pakket) => ({ pakket, kerncijfers: leesKerncijfers(pakket), waar: 'demodatapakket', demo: true }));
}

/** A stored package, checked file by file against its manifest (a damaged one is ignored). */
async function bewaard(): Promise<Gegevens | null> {
  try {
    const p = await leesBewaardPakket();
    if (!p) return null;
    const json = new TextEncoder().encode(JSON.stringify(p.manifest));
    const gecontroleerd = await leesPakket(async (b) => (b === 'manifest.json' ? json : (p.bestanden.get(b) ?? new Uint8Array())), 'de browseropslag');
    return geladen(gecontroleerd);
  } catch {
    return null;
  }
}

export function laadGegevens(): Promise<Gegevens> {
  gegevens ??= bewaard().then((g) => g ?? demo());
  return gegevens;
}

/**
 * Switches the dashboard to another package (null: back to the demo package). The stored package
 * is replaced or removed, and DuckDB's tables are replaced (laadPakket drops and recreates them)
 * before any figure is computed from them. The caller puts the result under the query ['gegevens'];
 * figure queries are keyed by the manifest hash, so they follow by themselves.
 */
export async function wisselPakket(pakket: Pakket | null): Promise<Gegevens> {
  const nieuw = pakket ? geladen(pakket) : await demo();
  if (pakket) await bewaarPakket(pakket);
  else await verwijderPakket();
  // Every figure query awaits laadEngine(), so it waits for the new tables; the switch itself does
  // not wait for DuckDB to finish starting.
  if (engine) {
    const vorige = engine;
    engine = vorige.then(async (e) => {
      await laadPakket(e, nieuw.pakket);
      return e;
    });
    engine.catch(() => {});
  }
  gegevens = Promise.resolve(nieuw);
  return nieuw;
}

/** DuckDB-WASM in a worker, with the package loaded. Imported lazily: its code is large. */
export function laadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [{ openBrowserEngine }, g] = await Promise.all([import('@pw/engine/browser'), laadGegevens()]);
    const e = await openBrowserEngine();
    await laadPakket(e, g.pakket);
    return e;
  })();
  return engine;
}

export function start(): void {
  laadGegevens().catch(() => {});
  laadEngine().catch(() => {});
}
