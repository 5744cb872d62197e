// Browser storage (IndexedDB) that is blocked, full, of a newer version or not allowed: every write
// fails with a Dutch message saying what to do, and nothing is saved or claimed to be saved.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { WEERGAVE_SCHEMA, type Weergave } from '@pw/views';
import { gegevens, melding, wisselPakket } from '../src/data/queries.ts';
import { bewaarPakket, leesBewaardPakket, nietBewaard, Opslagfout } from '../src/laden/opslag.ts';
import { alleWeergaven, bewaarWeergave } from '../src/weergaven/opslag.ts';

const DEMO_MAP = new URL('../../../data/demo-package/', import.meta.url);
let demo: Pakket;
let ander: Pakket;
beforeAll(async () => {
  demo = await leesPakketMap(DEMO_MAP.pathname);
  ander = { manifest: { ...demo.manifest, hash: 'c'.repeat(64) }, bestanden: demo.bestanden };
  vi.stubGlobal('fetch', async (url: string) => {
    const naam = /^\/data\/demo\/([a-z_]+\.(?:json|arrow))$/.exec(url)?.[1];
    if (!naam) return new Response('niet gevonden', { status: 404 });
    return new Response(await readFile(new URL(naam, DEMO_MAP)));
  });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

const weergave: Weergave = {
  schema: WEERGAVE_SCHEMA,
  versie: 2,
  id: 'w-dinkelland-2019',
  naam: 'Uitkeringen Dinkelland',
  omschrijving: '',
  pagina: '/uitkeringen',
  zoek: 'gebied=GM1774&peildatum=2019-12-01',
  tabel: false,
  datapakket: { hash: 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3', peildatum: '2024-12-01', naam: 'demodatapakket' },
  aangemaakt: '2026-11-23T10:00:00.000Z',
};

/** The storage is full: every put fails as a browser's does when the quota is exceeded (after `goed` puts that succeed). */
function volNa(goed = 0): void {
  const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!.value as IDBObjectStore['put'];
  let n = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (n++ < goed) return put.apply(this, args);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

/** An open connection of an older version of the app in another tab, which does not give way. */
async function ouderTabblad(): Promise<IDBDatabase> {
  return new Promise((ok) => {
    const r = indexedDB.open('pw-monitor', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('pakketten');
    r.onsuccess = () => ok(r.result);
  });
}

describe('a full storage', { timeout: 30_000 }, () => {
  it('saves no view and says why and what to do', async () => {
    volNa();
    const fout = await bewaarWeergave(weergave).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Opslagfout);
    expect(nietBewaard(fout)).toBe(
      'Niet bewaard. De opslag van deze browser is vol. Oplossing: verwijder weergaven, rapporten of geladen gegevens die u niet meer nodig hebt, of maak ruimte vrij in de browser (instellingen, sitegegevens).',
    );
    vi.restoreAllMocks();
    expect((await alleWeergaven()).goed).toEqual([]);
  });

  it('stores a package and its default mark together or not at all: the dashboard keeps showing what it showed', async () => {
    const client = new QueryClient();
    const voor = await client.fetchQuery(gegevens(null));
    // The package itself fits, the mark "default" does not: neither stays.
    volNa(1);
    await expect(wisselPakket(client, ander)).rejects.toThrow('De opslag van deze browser is vol.');
    vi.restoreAllMocks();
    expect(await leesBewaardPakket()).toBeNull();
    expect(await leesBewaardPakket(ander.manifest.hash)).toBeNull();
    expect(client.getQueryData(gegevens(null).queryKey)).toBe(voor);
  });
});

describe('storage held by another tab with an older version', () => {
  it('says so at once instead of waiting without end, and saves nothing', async () => {
    const oud = await ouderTabblad();
    const fout = await bewaarWeergave(weergave).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Opslagfout);
    expect((fout as Opslagfout).soort).toBe('geblokkeerd');
    expect((fout as Error).message).toBe('De opslag wordt vastgehouden door een ander tabblad met een oudere versie van pw-monitor. Oplossing: sluit of herlaad de andere tabbladen met pw-monitor en probeer het opnieuw.');
    oud.close();
  });
});

describe('storage of a newer version of the app', () => {
  it('asks for a reload', async () => {
    await new Promise<void>((ok) => {
      const r = indexedDB.open('pw-monitor', 9);
      r.onsuccess = () => {
        r.result.close();
        ok();
      };
    });
    await expect(bewaarWeergave(weergave)).rejects.toThrow('Deze browser bewaart gegevens van een nieuwere versie van pw-monitor. Oplossing: herlaad de pagina (Ctrl+F5)');
  });
});

describe('a browser that allows no storage', { timeout: 30_000 }, () => {
  it('refuses to save with a message, and the dashboard shows the package served with the app and says why', async () => {
    const idb = globalThis.indexedDB;
    vi.spyOn(idb, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expect(bewaarPakket(ander)).rejects.toThrow('Deze browser staat pw-monitor niet toe iets te bewaren (bijvoorbeeld in een privévenster');
    const client = new QueryClient();
    const g = await client.fetchQuery(gegevens(null));
    expect(g.demo).toBe(true);
    expect(client.getQueryData(melding().queryKey)).toMatch(/^De gegevens die in deze browser zijn bewaard, konden niet worden gelezen; het dashboard toont het meegeleverde datapakket\. Deze browser staat pw-monitor niet toe/);
  });
});
