import type { Manifest, Pakket } from '@pw/datapackage';
import { Weergavefout } from '@pw/views';

/**
 * What the dashboard keeps in the browser (IndexedDB), until the user removes it:
 * - `pakketten`: every data package loaded on "Gegevens laden", by manifest hash, so a saved view
 *   made on an older package still shows that package's figures; the key `actief` holds the hash
 *   of the package the dashboard shows by default. Only built packages (aggregates and the
 *   manifest) are stored, never an extract or a preview.
 * - `weergaven` and `rapporten`: saved views and reports, by id, as the validated JSON of @pw/views.
 * Plain IndexedDB, no library needed.
 */
const DB = 'pw-monitor';
const VERSIE = 2;
export const PAKKETTEN = 'pakketten';
export const WEERGAVEN = 'weergaven';
export const RAPPORTEN = 'rapporten';
const ACTIEF = 'actief';

interface Opgeslagen {
  manifest: Manifest;
  bestanden: Array<[string, Uint8Array]>;
  bewaard: string;
}

/**
 * Why the browser's storage failed, in Dutch, with what to do (`Oplossing: …`). Every write either
 * completes or throws this: nothing is reported as saved that was not.
 */
export class Opslagfout extends Error {
  constructor(
    readonly soort: 'vol' | 'geblokkeerd' | 'niet-toegestaan' | 'nieuwer' | 'anders',
    bericht: string,
  ) {
    super(bericht);
    this.name = 'Opslagfout';
  }
}

/** The browser's error (a DOMException) as an Opslagfout saying what happened and what to do. */
export function opslagfout(e: unknown): Opslagfout {
  if (e instanceof Opslagfout) return e;
  const naam = (e as { name?: unknown } | null)?.name;
  switch (naam) {
    case 'QuotaExceededError':
      return new Opslagfout('vol', 'De opslag van deze browser is vol. Oplossing: verwijder weergaven, rapporten of geladen gegevens die u niet meer nodig hebt, of maak ruimte vrij in de browser (instellingen, sitegegevens).');
    case 'VersionError':
      return new Opslagfout('nieuwer', 'Deze browser bewaart gegevens van een nieuwere versie van pw-monitor. Oplossing: herlaad de pagina (Ctrl+F5), zodat ook deze pagina de nieuwste versie gebruikt.');
    case 'SecurityError':
    case 'InvalidStateError':
    case 'NotAllowedError':
      return new Opslagfout('niet-toegestaan', 'Deze browser staat pw-monitor niet toe iets te bewaren (bijvoorbeeld in een privévenster, of door een instelling van de browser of de beheerder). Oplossing: open pw-monitor in een gewoon venster, of vraag de beheerder opslag voor deze site toe te staan.');
    default:
      return new Opslagfout('anders', `De opslag van de browser gaf een fout (${typeof naam === 'string' ? naam : 'onbekend'}). Oplossing: herlaad de pagina en probeer het opnieuw.`);
  }
}

/** What a page says when saving failed: never that anything was saved; the reason and what to do. */
export function nietBewaard(e: unknown): string {
  return `Niet bewaard. ${e instanceof Opslagfout || e instanceof Weergavefout ? e.message : opslagfout(e).message}`;
}

const geblokkeerd = () =>
  new Opslagfout('geblokkeerd', 'De opslag wordt vastgehouden door een ander tabblad met een oudere versie van pw-monitor. Oplossing: sluit of herlaad de andere tabbladen met pw-monitor en probeer het opnieuw.');

function open(): Promise<IDBDatabase> {
  return new Promise((ok, mis) => {
    if (typeof indexedDB === 'undefined') return mis(opslagfout({ name: 'SecurityError' }));
    let r: IDBOpenDBRequest;
    try {
      r = indexedDB.open(DB, VERSIE);
    } catch (e) {
      return mis(opslagfout(e));
    }
    let opgegeven = false;
    r.onupgradeneeded = () => {
      for (const s of [PAKKETTEN, WEERGAVEN, RAPPORTEN]) if (!r.result.objectStoreNames.contains(s)) r.result.createObjectStore(s);
    };
    r.onsuccess = () => {
      const db = r.result;
      // A newer version in another tab must never wait for this one.
      db.onversionchange = () => db.close();
      if (opgegeven) db.close();
      else ok(db);
    };
    r.onerror = () => mis(opslagfout(r.error));
    // Another tab holds an older version open: say so instead of waiting without end.
    r.onblocked = () => {
      opgegeven = true;
      mis(geblokkeerd());
    };
  });
}

/** One transaction on one store; `werk` may make several requests, the last one's result is returned. Throws an Opslagfout. */
export async function transactie<T>(store: string, modus: IDBTransactionMode, werk: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((ok, mis) => {
      let tx: IDBTransaction | undefined;
      let r: IDBRequest<T>;
      try {
        tx = db.transaction(store, modus);
        r = werk(tx.objectStore(store));
      } catch (e) {
        // A request that failed at once: undo the ones before it in this transaction.
        try {
          tx?.abort();
        } catch {
          // already finished
        }
        return mis(opslagfout(e));
      }
      // Only when the transaction has committed is anything saved.
      tx.oncomplete = () => ok(r.result);
      tx.onerror = () => mis(opslagfout(tx.error ?? r.error));
      tx.onabort = () => mis(opslagfout(tx.error ?? r.error));
    });
  } finally {
    db.close();
  }
}

const heeftOpslag = () => typeof indexedDB !== 'undefined';

/** Stores a package under its hash and makes it the one the dashboard shows by default, in one transaction. */
export async function bewaarPakket(pakket: Pakket): Promise<void> {
  const waarde: Opgeslagen = { manifest: pakket.manifest, bestanden: [...pakket.bestanden.entries()], bewaard: new Date().toISOString() };
  await transactie(PAKKETTEN, 'readwrite', (s) => {
    s.put(waarde, pakket.manifest.hash);
    return s.put(pakket.manifest.hash, ACTIEF);
  });
}

/** The hash of the default package stored in this browser, or null (the package served with the app then). */
export async function actiefPakket(): Promise<string | null> {
  if (!heeftOpslag()) return null;
  const actief = (await transactie(PAKKETTEN, 'readonly', (s) => s.get(ACTIEF))) as string | Opgeslagen | undefined;
  if (!actief) return null;
  return typeof actief === 'string' ? actief : actief.manifest.hash;
}

function naarPakket(v: Opgeslagen): Pakket {
  return { manifest: v.manifest, bestanden: new Map(v.bestanden) };
}

/** A stored package by hash; without a hash, the default one (null: none, the demo package then). */
export async function leesBewaardPakket(hash?: string): Promise<Pakket | null> {
  if (!heeftOpslag()) return null;
  let sleutel = hash;
  if (!sleutel) {
    const actief = (await transactie(PAKKETTEN, 'readonly', (s) => s.get(ACTIEF))) as string | Opgeslagen | undefined;
    if (!actief) return null;
    // The first version stored the package itself under `actief`.
    if (typeof actief === 'object') return naarPakket(actief);
    sleutel = actief;
  }
  const v = (await transactie(PAKKETTEN, 'readonly', (s) => s.get(sleutel))) as Opgeslagen | undefined;
  return v && typeof v === 'object' ? naarPakket(v) : null;
}

/**
 * Removes the default package (the dashboard falls back to the package served with the app), in
 * one transaction. Only when it is `hash` (the one this tab shows): a tab never removes a package
 * another tab made the default meanwhile. Older packages stay for saved views.
 */
export async function verwijderPakket(hash: string): Promise<void> {
  await transactie(PAKKETTEN, 'readwrite', (s) => {
    const r = s.get(ACTIEF);
    r.onsuccess = () => {
      const actief = r.result as string | Opgeslagen | undefined;
      const huidig = typeof actief === 'string' ? actief : actief?.manifest.hash;
      if (huidig !== hash) return;
      if (typeof actief === 'string') s.delete(actief);
      s.delete(ACTIEF);
    };
    return r;
  });
}

/** Every stored value of a store (views or reports). */
export async function alles<T>(store: string): Promise<T[]> {
  if (!heeftOpslag()) return [];
  return (await transactie(store, 'readonly', (s) => s.getAll())) as T[];
}

export async function zet(store: string, sleutel: string, waarde: unknown): Promise<void> {
  await transactie(store, 'readwrite', (s) => s.put(waarde, sleutel));
}

export async function wis(store: string, sleutel: string): Promise<void> {
  await transactie(store, 'readwrite', (s) => s.delete(sleutel));
}
