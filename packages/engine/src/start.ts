/**
 * Starting DuckDB-WASM so that a start that fails says so. DuckDB-WASM's `instantiate` never
 * settles when its worker cannot fetch the WASM module (emscripten aborts inside the worker), so a
 * page that needs the engine would wait forever: the browser engine first asks for the module
 * itself, and gives the whole start a generous time.
 */

/** How long a start may take, download of the WASM module (about 7 MB compressed) included, before it counts as failed. */
export const STARTTIJD_MS = 120_000;

/** The engine could not start; `reden` says why in a phrase a user can read. */
export class RekenmachineStartNiet extends Error {
  constructor(readonly reden: string) {
    super(`De rekenmachine (DuckDB) kon niet starten: ${reden}.`);
    this.name = 'RekenmachineStartNiet';
  }

  /** The message alone: pages print a failed query as `String(fout)`, and this one is written for the user. */
  override toString(): string {
    return this.message;
  }
}

/** The file name of a URL, for a message. */
const bestandsnaam = (url: string) => url.split(/[?#]/)[0]!.split('/').at(-1) || url;

/**
 * Whether the file at `url` can be fetched: a HEAD request (the status without the file, so the
 * module is downloaded once, by the worker). @pw/server, nginx and IIS answer HEAD; a published
 * site's service worker answers it from the module it keeps, so the engine still starts without
 * network.
 */
export async function controleerBereikbaar(url: string, haal: typeof fetch = fetch): Promise<void> {
  let antwoord: Response;
  try {
    antwoord = await haal(url, { method: 'HEAD' });
  } catch {
    throw new RekenmachineStartNiet(`${bestandsnaam(url)} kon niet worden opgehaald (geen antwoord: geen verbinding met de server, of het verzoek werd geblokkeerd)`);
  }
  if (!antwoord.ok) throw new RekenmachineStartNiet(`${bestandsnaam(url)} kon niet worden opgehaald (status ${antwoord.status})`);
}

/**
 * `werk`, unless `mislukt` rejects first or `ms` pass (then a RekenmachineStartNiet). A later
 * rejection of `werk` is handled here, so it never surfaces as an unhandled one.
 */
export async function binnenStarttijd<T>(werk: Promise<T>, mislukt: Promise<never>, ms: number = STARTTIJD_MS): Promise<T> {
  werk.catch(() => {});
  mislukt.catch(() => {});
  let klok: ReturnType<typeof setTimeout> | undefined;
  const teLang = new Promise<never>((_, mis) => {
    klok = setTimeout(() => mis(new RekenmachineStartNiet(`DuckDB is na ${Math.round(ms / 1000)} seconden nog niet gestart`)), ms);
  });
  try {
    return await Promise.race([werk, mislukt, teLang]);
  } finally {
    clearTimeout(klok);
  }
}
