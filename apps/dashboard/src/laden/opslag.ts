import type { Manifest, Pakket } from '@pw/datapackage';

/**
 * The loaded data package in IndexedDB, so it survives a reload until the user removes it. Only
 * the built package is stored (aggregate tables and the manifest); never an extract or a preview.
 * Plain IndexedDB: one store, one key, no library needed.
 */
const DB = 'pw-monitor';
const STORE = 'pakketten';
const ACTIEF = 'actief';

interface Opgeslagen {
  manifest: Manifest;
  bestanden: Array<[string, Uint8Array]>;
  bewaard: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((ok, mis) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => mis(r.error);
  });
}

async function transactie<T>(modus: IDBTransactionMode, werk: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((ok, mis) => {
      const tx = db.transaction(STORE, modus);
      const r = werk(tx.objectStore(STORE));
      tx.oncomplete = () => ok(r.result);
      tx.onerror = () => mis(tx.error);
      tx.onabort = () => mis(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function bewaarPakket(pakket: Pakket): Promise<void> {
  const waarde: Opgeslagen = { manifest: pakket.manifest, bestanden: [...pakket.bestanden.entries()], bewaard: new Date().toISOString() };
  await transactie('readwrite', (s) => s.put(waarde, ACTIEF));
}

export async function leesBewaardPakket(): Promise<Pakket | null> {
  if (typeof indexedDB === 'undefined') return null;
  const v = (await transactie('readonly', (s) => s.get(ACTIEF))) as Opgeslagen | undefined;
  return v ? { manifest: v.manifest, bestanden: new Map(v.bestanden) } : null;
}

export async function verwijderPakket(): Promise<void> {
  await transactie('readwrite', (s) => s.delete(ACTIEF));
}
