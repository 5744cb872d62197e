import type { Manifest, Pakket } from '@pw/datapackage';

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

function open(): Promise<IDBDatabase> {
  return new Promise((ok, mis) => {
    const r = indexedDB.open(DB, VERSIE);
    r.onupgradeneeded = () => {
      for (const s of [PAKKETTEN, WEERGAVEN, RAPPORTEN]) if (!r.result.objectStoreNames.contains(s)) r.result.createObjectStore(s);
    };
    r.onsuccess = () => ok(r.result);
    r.onerror = () => mis(r.error);
  });
}

export async function transactie<T>(store: string, modus: IDBTransactionMode, werk: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((ok, mis) => {
      const tx = db.transaction(store, modus);
      const r = werk(tx.objectStore(store));
      tx.oncomplete = () => ok(r.result);
      tx.onerror = () => mis(tx.error);
      tx.onabort = () => mis(tx.error);
    });
  } finally {
    db.close();
  }
}

const heeftOpslag = () => typeof indexedDB !== 'undefined';

/** Stores a package under its hash and makes it the one the dashboard shows by default. */
export async function bewaarPakket(pakket: Pakket): Promise<void> {
  const waarde: Opgeslagen = { manifest: pakket.manifest, bestanden: [...pakket.bestanden.entries()], bewaard: new Date().toISOString() };
  await transactie(PAKKETTEN, 'readwrite', (s) => s.put(waarde, pakket.manifest.hash));
  await transactie(PAKKETTEN, 'readwrite', (s) => s.put(pakket.manifest.hash, ACTIEF));
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

/** Removes the default package (the dashboard falls back to the demo package). Older packages stay for saved views. */
export async function verwijderPakket(): Promise<void> {
  const actief = (await transactie(PAKKETTEN, 'readonly', (s) => s.get(ACTIEF))) as string | Opgeslagen | undefined;
  if (typeof actief === 'string') await transactie(PAKKETTEN, 'readwrite', (s) => s.delete(actief));
  await transactie(PAKKETTEN, 'readwrite', (s) => s.delete(ACTIEF));
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
