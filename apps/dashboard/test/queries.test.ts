import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { maakPakket, tabelBestand, type Pakket } from '@pw/datapackage';
import { PAKKET_TABELNAMEN, type PakketTabel } from '@pw/model';
import { leesPakketMap } from '@pw/datapackage/node';
import { geleverdeCbs, geleverdeWswKengetallen, PakketNietBeschikbaar } from '../src/data/bron.ts';
import { engine, gegevens, wisselPakket, wswBronnen } from '../src/data/queries.ts';
import { leesBewaardPakket } from '../src/laden/opslag.ts';

const DEMO_MAP = new URL('../../../data/demo-package/', import.meta.url);
let demo: Pakket;
let geladen: Pakket;
/** What the app fetched from its own origin. */
let gehaald: string[] = [];

beforeAll(async () => {
  demo = await leesPakketMap(DEMO_MAP.pathname);
  // A package loaded on "Gegevens laden": the demo tables with one row fewer in extract_totalen (so
  // another hash, as the reader recomputes it), made on 23-11-2026.
  const tabellen = Object.fromEntries(PAKKET_TABELNAMEN.map((t) => [t, demo.bestanden.get(tabelBestand(t))!])) as Record<PakketTabel, Uint8Array>;
  const totalen = tableFromIPC(tabellen.extract_totalen);
  tabellen.extract_totalen = tableToIPC(totalen.slice(0, totalen.numRows - 1), 'file');
  const rijen = Object.fromEntries(demo.manifest.tabellen.map((t) => [t.naam, t.naam === 'extract_totalen' ? t.rijen - 1 : t.rijen]));
  const kern = demo.manifest.afgeleid.map((t) => ({ naam: t.naam as 'kerncijfers', bytes: demo.bestanden.get(t.bestand)!, rijen: t.rijen, omschrijving: t.omschrijving ?? '' }));
  geladen = await maakPakket({ ...demo.manifest, tabellen, rijen, afgeleid: kern, aangemaakt: '2026-11-23T10:00:00.000Z' });
  // The app's own origin: the demo package under /data/demo/, nothing under /data/extra/.
  vi.stubGlobal('fetch', async (url: string) => {
    gehaald.push(url);
    const naam = /^\/data\/demo\/([a-z_]+\.(?:json|arrow))$/.exec(url)?.[1];
    if (!naam) return new Response('niet gevonden', { status: 404 });
    return new Response(await readFile(new URL(naam, DEMO_MAP)), { headers: { 'content-type': naam.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
  });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  gehaald = [];
});

const kern275 = (g: { kerncijfers: () => ReadonlyArray<{ indicator: string; gemeente_code: string; periode: string; dimensie: string; waarde: number }> }) =>
  g.kerncijfers().find((r) => r.indicator === 'uitkeringen' && r.gemeente_code === 'GM1774' && r.periode === '2019-12-01' && r.dimensie === 'totaal')?.waarde;

describe('which data package the dashboard shows', () => {
  it('shows the demo package when nothing was loaded, with its kerncijfers readable before DuckDB starts', async () => {
    const client = new QueryClient();
    const g = await client.fetchQuery(gegevens(null));
    expect(g).toMatchObject({ waar: 'demodatapakket', demo: true });
    expect(g.pakket.manifest.hash).toBe(demo.manifest.hash);
    expect(kern275(g)).toBe(275);
  });

  it('knows the default package also by its hash, without fetching it again', async () => {
    const client = new QueryClient();
    await client.fetchQuery(gegevens(null));
    const n = gehaald.length;
    expect((await client.fetchQuery(gegevens(demo.manifest.hash))).demo).toBe(true);
    expect(gehaald.length).toBe(n);
  });

  it('switches to a loaded package, keeps it for the next visit, and back to the demo package', async () => {
    const client = new QueryClient();
    await client.fetchQuery(gegevens(null));
    const nieuw = await wisselPakket(client, geladen);
    expect(client.getQueryData(gegevens(null).queryKey)).toBe(nieuw);
    expect(client.getQueryData(gegevens(geladen.manifest.hash).queryKey)).toBe(nieuw);
    expect(nieuw.waar).toBe(`geladen extracten (${demo.manifest.bronnen.filter((b) => !b.zelfdeAls).length} bestanden, 23-11-2026)`);

    // The next visit (a new cache) starts on the loaded package, and a view on the demo package still opens.
    const volgende = new QueryClient();
    expect((await volgende.fetchQuery(gegevens(null))).pakket.manifest.hash).toBe(geladen.manifest.hash);
    expect((await volgende.fetchQuery(gegevens(demo.manifest.hash))).demo).toBe(true);

    const terug = await wisselPakket(volgende, null);
    expect(terug.demo).toBe(true);
    expect(volgende.getQueryData(gegevens(null).queryKey)?.demo).toBe(true);
    expect(await leesBewaardPakket()).toBeNull();
  });

  it('says a saved view’s package is not in this browser, naming its short hash', async () => {
    const client = new QueryClient();
    const fout = await client.fetchQuery(gegevens('d'.repeat(64))).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(PakketNietBeschikbaar);
    expect((fout as Error).message).toBe('Datapakket dddddddddddd is niet in deze browser.');
    // It looked next to the app too (where npm run report puts a report's packages).
    expect(gehaald).toContain(`/data/extra/${'d'.repeat(64)}/manifest.json`);
  });
});

describe('the Wsw page without the engine', () => {
  it("reads the printed key figures and CBS's WSW-werknemers from the package's files when the page asks, never starting DuckDB", async () => {
    const client = new QueryClient();
    await client.fetchQuery(gegevens(null));
    // Read when needed, not with the first view.
    expect(gehaald).not.toContain('/data/demo/wsw_kengetallen.arrow');
    const { kengetallen, cbs } = await client.fetchQuery(wswBronnen(demo.manifest.hash));
    expect(gehaald).toContain('/data/demo/wsw_kengetallen.arrow');
    // Source 003, ultimo december 2010: Alkmaar 425 SE / 478 fte / 168 waiting, and Buitengebied (no municipality) after the municipalities.
    const op2011 = kengetallen.filter((k) => k.peildatum === '2011-01-01');
    expect(op2011.find((k) => k.gemeente_code === 'GM0361')).toMatchObject({ se: 425, fte: 478, wachtlijst: 168 });
    expect(op2011.at(-1)).toMatchObject({ gemeente_code: null, omschrijving: 'Buitengebied', se: 28, fte: 29 });
    // CBS table 83450NED: Dinkelland 140 Wsw employees in 2015.
    expect(cbs.find((r) => r.gemeente_code === 'GM1774' && r.periode === '2015')?.waarde).toBe(140);
    expect(client.getQueryState(engine().queryKey)).toBeUndefined();
  });
});

describe('package files read without DuckDB', () => {
  it('names a file that is not Arrow (a package travels by mail) in Dutch, for the CBS reference and the Wsw key figures', async () => {
    const kapot = { manifest: demo.manifest, bestanden: new Map([['cbs_referentie.arrow', new Uint8Array([1, 2, 3])], ['wsw_kengetallen.arrow', new TextEncoder().encode('geen arrow')]]) };
    await expect(geleverdeCbs(kapot)).rejects.toThrow('cbs_referentie.arrow in het datapakket is geen leesbaar Arrow-bestand. Oplossing: maak het datapakket opnieuw');
    await expect(geleverdeWswKengetallen(kapot)).rejects.toThrow('wsw_kengetallen.arrow in het datapakket is geen leesbaar Arrow-bestand.');
  });
});
