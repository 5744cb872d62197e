// Two tabs of one browser (two module instances of the dashboard's data layer, one storage): when one
// makes another package the default, the other follows and says so; saved views are re-read.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient } from '@tanstack/react-query';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { maakPakket, tabelBestand, type Pakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { PAKKET_TABELNAMEN, type PakketTabel } from '@pw/model';

const DEMO_MAP = new URL('../../../data/demo-package/', import.meta.url);
let demo: Pakket;
let geladen: Pakket;
beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  demo = await leesPakketMap(DEMO_MAP.pathname);
  // Another real package: the demo tables with one row fewer in extract_totalen.
  const tabellen = Object.fromEntries(PAKKET_TABELNAMEN.map((t) => [t, demo.bestanden.get(tabelBestand(t))!])) as Record<PakketTabel, Uint8Array>;
  const totalen = tableFromIPC(tabellen.extract_totalen);
  tabellen.extract_totalen = tableToIPC(totalen.slice(0, totalen.numRows - 1), 'file');
  const rijen = Object.fromEntries(demo.manifest.tabellen.map((t) => [t.naam, t.naam === 'extract_totalen' ? t.rijen - 1 : t.rijen]));
  const kern = demo.manifest.afgeleid.map((t) => ({ naam: t.naam as 'kerncijfers', bytes: demo.bestanden.get(t.bestand)!, rijen: t.rijen, omschrijving: t.omschrijving ?? '' }));
  geladen = await maakPakket({ ...demo.manifest, tabellen, rijen, afgeleid: kern, aangemaakt: '2026-11-23T10:00:00.000Z' });
  vi.stubGlobal('fetch', async (url: string) => {
    const naam = /^\/data\/demo\/([a-z_]+\.(?:json|arrow))$/.exec(url)?.[1];
    if (!naam) return new Response('niet gevonden', { status: 404 });
    return new Response(await readFile(new URL(naam, DEMO_MAP)));
  });
});
afterAll(() => vi.unstubAllGlobals());

/** A tab: its own module instances (its own channel, cache and engine), the browser's one storage. */
async function tabblad() {
  vi.resetModules();
  const q = await import('../src/data/queries.ts');
  const w = await import('../src/weergaven/opslag.ts');
  const client = new QueryClient();
  await client.fetchQuery(q.gegevens(null));
  const stop = q.volgAndereTabbladen(client);
  const getoond = () => client.getQueryData(q.gegevens(null).queryKey)?.pakket.manifest.hash;
  return { q, w, client, stop, getoond, melding: () => client.getQueryData(q.melding().queryKey) ?? null };
}

// Each tab loads its own modules and reads the demo package: seconds on a busy machine.
describe('two tabs', { timeout: 30_000 }, () => {
  it('never disagree silently about the default package: the other tab follows and says so, both ways', async () => {
    const a = await tabblad();
    const b = await tabblad();
    expect(a.getoond()).toBe(demo.manifest.hash);
    expect(b.getoond()).toBe(demo.manifest.hash);

    await a.q.wisselPakket(a.client, geladen);
    await expect.poll(() => b.getoond()).toBe(geladen.manifest.hash);
    expect(b.melding()).toBe(`In een ander tabblad is een ander datapakket gekozen. Dit tabblad toont nu ook geladen extracten (${demo.manifest.bronnen.filter((x) => !x.zelfdeAls).length} bestanden, 23-11-2026) (datapakket ${geladen.manifest.hash.slice(0, 12)}).`);
    expect(a.melding()).toBeNull();

    // Removing it in B brings both back to the demo package.
    await b.q.wisselPakket(b.client, null);
    await expect.poll(() => a.getoond()).toBe(demo.manifest.hash);
    expect(a.melding()).toMatch(/Dit tabblad toont nu ook demodatapakket/);
    a.stop();
    b.stop();
  });

  it('a view saved in one tab appears in the other’s list', async () => {
    const a = await tabblad();
    const b = await tabblad();
    expect((await b.client.fetchQuery(b.q.weergaven())).goed).toEqual([]);
    await a.w.bewaarWeergave({
      schema: 'pw-monitor-weergave', versie: 2, id: 'w-dinkelland-2019', naam: 'Dinkelland', omschrijving: '', pagina: '/uitkeringen', zoek: 'gebied=GM1774', tabel: false,
      datapakket: { hash: demo.manifest.hash, peildatum: '2024-12-01', naam: 'demodatapakket' }, aangemaakt: '2026-11-23T10:00:00.000Z',
    });
    await expect.poll(async () => (await b.client.fetchQuery(b.q.weergaven())).goed.map((w) => w.naam)).toEqual(['Dinkelland']);
    a.stop();
    b.stop();
  });
});
