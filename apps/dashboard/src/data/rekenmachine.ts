import type { Engine } from '@pw/engine';
import type { Pakket } from '@pw/datapackage';

/**
 * The engine (DuckDB-WASM in a worker) and which package's tables it holds. One instance for the
 * app, started lazily: its code is large. Every use runs in one queue, so tables are never
 * replaced under a running query, and a saved view on an older package and the current page never
 * see each other's tables. Which packages exist and which is the default is not kept here but in
 * the query cache (`queries.ts`).
 */
export class Rekenmachine {
  private engine: Promise<Engine> | null = null;
  /** Hash of the package whose tables the engine holds completely; null while loading or after a failed load. */
  private inEngine: string | null = null;
  private rij: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly open: () => Promise<Engine>,
    private readonly laad: (engine: Engine, pakket: Pakket) => Promise<void>,
  ) {}

  /** DuckDB, started on the first call. */
  start(): Promise<Engine> {
    this.engine ??= this.open();
    return this.engine;
  }

  /** Runs work on the engine with this package's tables loaded (loading them first when needed). */
  metPakket<T>(pakket: Pakket, werk: (e: Engine) => Promise<T>): Promise<T> {
    const r = this.rij.then(async () => {
      const e = await this.start();
      const hash = pakket.manifest.hash;
      if (this.inEngine !== hash) {
        // From the first replaced table on, the engine holds no complete package; it holds this one
        // only once every table has loaded. A failed load leaves no mark, so the next use loads again.
        this.inEngine = null;
        await this.laad(e, pakket);
        this.inEngine = hash;
      }
      return werk(e);
    });
    this.rij = r.catch(() => {});
    return r;
  }
}
