import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadPakket, type Pakket } from '@pw/datapackage';
import { leesPakketMap, schrijfPakket } from '@pw/datapackage/node';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '@pw/ingest';
import { afschermingVanPakket, INDELINGEN } from '@pw/afscherming';
import { sqlIdent } from '@pw/engine';
import { alleGebieden, figuren, type Figuur } from '@pw/metrics';
import { bouwPakket, FIGURENTABEL } from '../src/index.ts';

let engine: Engine;
let map: string;
const extract = (regels: string[]) => ({ naam: 'u.csv', bytes: new TextEncoder().encode(regels.join('\n') + '\n') });
const EXTRACT = ['Uitkeringen lopend op of na 1-1-2019, aangemaakt 31-12-2019', 'BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '1;Dinkelland;Pw;01-03-2018;', '2;Dinkelland;IOAW;01-01-2019;30-11-2019'];

async function pakketVan(regels: string[]): Promise<Pakket> {
  const r = await ingest(engine, [extract(regels)]);
  expect(r.geslaagd).toBe(true);
  return bouwPakket(engine, r, { aangemaakt: '2019-12-31T00:00:00.000Z' });
}

beforeAll(async () => {
  engine = await openNodeEngine();
  map = await mkdtemp(join(tmpdir(), 'pw-publicatie-'));
});
afterAll(async () => {
  await engine.close();
  await rm(map, { recursive: true, force: true });
});

describe('a data package built from an ingest', () => {
  it('holds every table with its hash, the sources and the headline figures, and reads back into an engine', async () => {
    const p = await pakketVan(EXTRACT);
    expect(p.manifest).toMatchObject({ schema: 'pw-monitor-datapakket', schemaVersie: 2, periode: { van: '2019-01-01', tot: '2019-12-01' }, gemeenten: ['GM1774'] });
    expect(p.manifest.bronnen).toMatchObject([{ naam: 'u.csv', rijen: 2 }]);
    expect(p.manifest.tabellen.map((t) => t.naam)).toContain('uitkeringen_stand');
    await schrijfPakket(join(map, 'a'), p);
    const terug = await leesPakketMap(join(map, 'a'));
    expect(terug.manifest.hash).toBe(p.manifest.hash);
    const andere = await openNodeEngine();
    await laadPakket(andere, terug);
    expect(await andere.query(`SELECT sum(aantal) AS n FROM uitkeringen_stand WHERE peildatum = DATE '2019-11-01'`)).toEqual([{ n: 2 }]);
    expect(await andere.query(`SELECT waarde FROM figuren_huidig WHERE indicator = 'uitkeringen' AND periode = '2019-12-01' AND dimensie = 'totaal'`)).toEqual([{ waarde: 1 }]);
    await andere.close();
  });

  it('gives byte-identical files and the same hash for the same extract, and another hash for other data', async () => {
    const a = await pakketVan(EXTRACT);
    const b = await pakketVan(EXTRACT);
    expect(b.manifest.hash).toBe(a.manifest.hash);
    for (const [naam, bytes] of a.bestanden) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(b.bestanden.get(naam)!))).toBe(0);
    const c = await pakketVan([...EXTRACT, '3;Dinkelland;Bbz;01-06-2019;']);
    expect(c.manifest.hash).not.toBe(a.manifest.hash);
  });

  it('ships the standard figures of every area in both indelingen, in the order of every output, with the masking decision per cell', async () => {
    const p = await pakketVan([...EXTRACT, '3;Tubbergen;Pw;01-01-2019;', '4;Tubbergen;Pw;01-02-2019;', '5;Dinkelland;Pw;01-06-2019;']);
    const andere = await openNodeEngine();
    await laadPakket(andere, p);
    const besluit = await afschermingVanPakket(andere, p.manifest.gemeenten);
    for (const indeling of INDELINGEN) {
      const verwacht = await figuren(andere, { gebieden: alleGebieden(p.manifest.gemeenten, indeling), indeling });
      const geleverd = await andere.query<Figuur & { markering: string | null }>(`SELECT * FROM ${sqlIdent(FIGURENTABEL[indeling])}`);
      expect(geleverd.map(({ indicator, gemeente_code, gemeente_naam, periode, dimensie, categorie, waarde }) => ({ indicator, gemeente_code, gemeente_naam, periode, dimensie, categorie, waarde }))).toEqual(verwacht);
      expect(geleverd.map((f) => f.markering)).toEqual(verwacht.map((f) => besluit.markering(indeling, f)));
    }
    // 2 benefits in Dinkelland on 1-12-2019: a small number, masked as such.
    expect(await andere.query(`SELECT waarde, markering FROM figuren_huidig WHERE indicator = 'uitkeringen' AND gemeente_code = 'GM1774' AND periode = '2019-12-01' AND dimensie = 'totaal'`)).toEqual([{ waarde: 2, markering: '<5' }]);
    expect(p.manifest.afgeleid.map((t) => t.naam)).toEqual(['figuren_huidig', 'figuren_historisch']);
    await andere.close();
  });
});
