import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Pakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { RAPPORT_SCHEMA, WEERGAVE_SCHEMA, Weergavefout, type Rapport, type Weergave } from '@pw/views';
import { bewaarPakket, leesBewaardPakket, PAKKETTEN, transactie, verwijderPakket, WEERGAVEN, zet } from '../src/laden/opslag.ts';
import { alleRapporten, alleWeergaven, bewaarRapport, bewaarWeergave, leesGevraagdRapport, verwijderWeergave, weergaveUrl } from '../src/weergaven/opslag.ts';

let demo: Pakket;
/** A second package: the demo tables under another manifest hash (as a newer load would give). */
let nieuwer: Pakket;
beforeAll(async () => {
  demo = await leesPakketMap(new URL('../../../data/demo-package', import.meta.url).pathname);
  nieuwer = { manifest: { ...demo.manifest, hash: 'c'.repeat(64), aangemaakt: '2026-11-23T10:00:00.000Z' }, bestanden: demo.bestanden };
});
// Every test starts with an empty browser.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const weergave = (id: string, aangemaakt: string, naam = 'Uitkeringen Dinkelland 1-12-2019'): Weergave => ({
  schema: WEERGAVE_SCHEMA,
  versie: 2,
  id,
  naam,
  omschrijving: '',
  pagina: '/uitkeringen',
  zoek: 'gebied=GM1774&peildatum=2019-12-01',
  tabel: false,
  datapakket: { hash: 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3', peildatum: '2024-12-01', naam: 'demodatapakket' },
  aangemaakt,
});

describe('data packages in the browser', () => {
  it('has no default package until one is loaded (the demo package is shown then)', async () => {
    expect(await leesBewaardPakket()).toBeNull();
  });

  it('keeps a loaded package by hash, makes it the default, and gives back the same bytes', async () => {
    await bewaarPakket(demo);
    const terug = await leesBewaardPakket();
    expect(terug?.manifest.hash).toBe(demo.manifest.hash);
    for (const [naam, bytes] of demo.bestanden) expect(Buffer.compare(terug!.bestanden.get(naam)!, bytes), naam).toBe(0);
    expect((await leesBewaardPakket(demo.manifest.hash))?.manifest.hash).toBe(demo.manifest.hash);
  });

  it('keeps the older package for saved views when a newer one becomes the default, and removes only the default', async () => {
    await bewaarPakket(demo);
    await bewaarPakket(nieuwer);
    expect((await leesBewaardPakket())?.manifest.hash).toBe(nieuwer.manifest.hash);
    expect((await leesBewaardPakket(demo.manifest.hash))?.manifest.hash).toBe(demo.manifest.hash);
    // Removing a package that is no longer the default (another tab chose another) removes nothing.
    await verwijderPakket(demo.manifest.hash);
    expect((await leesBewaardPakket())?.manifest.hash).toBe(nieuwer.manifest.hash);
    await verwijderPakket(nieuwer.manifest.hash);
    expect(await leesBewaardPakket()).toBeNull();
    expect(await leesBewaardPakket(nieuwer.manifest.hash)).toBeNull();
    expect((await leesBewaardPakket(demo.manifest.hash))?.manifest.hash).toBe(demo.manifest.hash);
  });

  it('reads a package stored by the first version (the package itself under "actief")', async () => {
    await transactie(PAKKETTEN, 'readwrite', (s) => s.put({ manifest: demo.manifest, bestanden: [...demo.bestanden.entries()], bewaard: '2026-01-01T00:00:00.000Z' }, 'actief'));
    expect((await leesBewaardPakket())?.manifest.hash).toBe(demo.manifest.hash);
  });
});

describe('saved views and reports in the browser', () => {
  it('lists views newest first and removes one', async () => {
    await bewaarWeergave(weergave('w-oud-000', '2026-01-05T09:00:00.000Z', 'Oud'));
    await bewaarWeergave(weergave('w-nieuw-00', '2026-11-23T10:00:00.000Z', 'Nieuw'));
    expect((await alleWeergaven()).goed.map((w) => w.naam)).toEqual(['Nieuw', 'Oud']);
    await verwijderWeergave('w-oud-000');
    expect((await alleWeergaven()).goed.map((w) => w.naam)).toEqual(['Nieuw']);
  });

  it('reports a stored view that no longer validates, and still lists the others', async () => {
    await bewaarWeergave(weergave('w-goed-00', '2026-11-23T10:00:00.000Z'));
    await zet(WEERGAVEN, 'kapot', { ...weergave('w-kapot-0', '2026-11-23T10:00:00.000Z'), pagina: '/bestaat-niet' });
    const r = await alleWeergaven();
    expect(r.goed.map((w) => w.id)).toEqual(['w-goed-00']);
    expect(r.fout).toHaveLength(1);
    expect(r.fout[0]).toContain('pagina');
  });

  it('opens a stored report by the id in the address, and says so when there is none', async () => {
    const rapport: Rapport = { schema: RAPPORT_SCHEMA, versie: 1, id: 'r-raad-2026', titel: 'Raadsinformatiebrief', inleiding: '', datum: '2026-11-23', blokken: [{ soort: 'weergave', weergave: weergave('w-goed-00', '2026-11-23T10:00:00.000Z'), toelichting: '' }] };
    await bewaarRapport(rapport);
    expect((await alleRapporten()).goed.map((r) => r.titel)).toEqual(['Raadsinformatiebrief']);
    expect((await leesGevraagdRapport('?id=r-raad-2026')).titel).toBe('Raadsinformatiebrief');
    await expect(leesGevraagdRapport('?id=r-onbekend')).rejects.toBeInstanceOf(Weergavefout);
    await expect(leesGevraagdRapport('?id=r-onbekend')).rejects.toThrow('Er is geen rapport met id r-onbekend in deze browser.');
  });

  it('opens a view on its page, with its choice, its data package and table mode', () => {
    expect(weergaveUrl(weergave('w-goed-00', '2026-11-23T10:00:00.000Z'))).toBe(
      '/uitkeringen?gebied=GM1774&peildatum=2019-12-01&pakket=bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3',
    );
    expect(weergaveUrl({ ...weergave('w-goed-00', '2026-11-23T10:00:00.000Z'), tabel: true })).toMatch(/&tabel=1$/);
  });
});
