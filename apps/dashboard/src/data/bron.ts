import { tableFromIPC } from 'apache-arrow';
import { laadPakket, leesPakket, type Pakket } from '@pw/datapackage';
import type { Engine } from '@pw/engine';
import type { Figuur } from '@pw/metrics';

/**
 * Where the dashboard's data comes from: the embedded demo package, served by the app itself.
 * Both the package and DuckDB start loading as soon as the script runs (before React renders);
 * the headline figures (kerncijfers) are readable as soon as the package has arrived, while
 * DuckDB takes another second or two to start.
 */
export interface Gegevens {
  pakket: Pakket;
  kerncijfers: Figuur[];
  waar: string;
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

export function laadGegevens(): Promise<Gegevens> {
  gegevens ??= leesPakket(haal, 'het demodatapakket').then((pakket) => ({ pakket, kerncijfers: leesKerncijfers(pakket), waar: 'demodatapakket' }));
  return gegevens;
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
