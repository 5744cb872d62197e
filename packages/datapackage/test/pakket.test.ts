import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlGetal, sqlIdent, type Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { createTableSql, PAKKET_TABELNAMEN, type PakketTabel } from '@pw/model';
import type { Manifest } from '../src/manifest.ts';
import { laadPakket, type Pakket } from '../src/pakket.ts';
import { leesPakketMap, schrijfPakket } from '../src/node.ts';
import { voorbeeldPakket } from './voorbeeld.ts';

let engine: Engine;
let map: string;
const DEMO = fileURLToPath(new URL('../../../data/demo-package', import.meta.url));

/** Every table of the model, empty but with its columns, plus `uitkeringen` benefits on 1 November 2019 in Dinkelland. */
async function pakketMet(uitkeringen: number): Promise<Pakket> {
  const tabellen = {} as Record<PakketTabel, Uint8Array>;
  for (const t of PAKKET_TABELNAMEN) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(t)}; ${createTableSql(t)}`);
    if (t === 'uitkeringen_stand') await engine.exec(`INSERT INTO uitkeringen_stand VALUES ('GM1774', DATE '2019-11-01', 'Pw', 'onbekend', 'onbekend', 'nee', 'nee', ${sqlGetal(uitkeringen)})`);
    tabellen[t] = await engine.queryIPC(`SELECT * FROM ${sqlIdent(t)}`, 'file');
  }
  return voorbeeldPakket(tabellen);
}

beforeAll(async () => {
  engine = await openNodeEngine();
  map = await mkdtemp(join(tmpdir(), 'pw-pakket-'));
});
afterAll(async () => {
  await engine.close();
  await rm(map, { recursive: true, force: true });
});

describe('data package', () => {
  it('writes every table with its hash, reads it back with every check, and loads it into an engine', async () => {
    const p = await pakketMet(2);
    expect(p.manifest).toMatchObject({ schema: 'pw-monitor-datapakket', schemaVersie: 2, periode: { van: '2019-01-01', tot: '2019-12-01' } });
    expect(p.manifest.tabellen.map((t) => t.bestand)).toEqual(PAKKET_TABELNAMEN.map((t) => `${t}.arrow`));
    await schrijfPakket(join(map, 'a'), p);
    const terug = await leesPakketMap(join(map, 'a'));
    expect(terug.manifest.hash).toBe(p.manifest.hash);
    const andere = await openNodeEngine();
    await laadPakket(andere, terug);
    expect(await andere.query(`SELECT sum(aantal) AS n FROM uitkeringen_stand WHERE peildatum = DATE '2019-11-01'`)).toEqual([{ n: 2 }]);
    expect(await andere.query(`SELECT waarde FROM kerncijfers`)).toEqual([{ waarde: 275 }]);
    await andere.close();
  });

  it('gives the same hash for the same tables and another for other data', async () => {
    const a = await pakketMet(2);
    expect((await pakketMet(2)).manifest.hash).toBe(a.manifest.hash);
    expect((await pakketMet(3)).manifest.hash).not.toBe(a.manifest.hash);
  });

  it('reads the demo package with every check', async () => {
    const demo = await leesPakketMap(DEMO);
    const manifest = JSON.parse(await readFile(join(DEMO, 'manifest.json'), 'utf8')) as Manifest;
    expect(demo.manifest.hash).toBe(manifest.hash);
    expect([...demo.bestanden.keys()].sort()).toEqual([...PAKKET_TABELNAMEN.map((t) => `${t}.arrow`), 'figuren_huidig.arrow', 'figuren_historisch.arrow'].sort());
  });

  it('refuses a damaged file and a package from a newer version, saying what to do', async () => {
    const p = await pakketMet(2);
    await schrijfPakket(join(map, 'b'), p);
    const bestand = join(map, 'b', 'uitkeringen_stand.arrow');
    const bytes = await readFile(bestand);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
    await writeFile(bestand, bytes);
    await expect(leesPakketMap(join(map, 'b'))).rejects.toThrow(/uitkeringen_stand\.arrow .* is beschadigd .* Oplossing: Kopieer het pakket opnieuw/);
    await mkdir(join(map, 'c'));
    await writeFile(join(map, 'c', 'manifest.json'), JSON.stringify({ ...p.manifest, schemaVersie: 99, nieuwVeld: true }));
    await expect(leesPakketMap(join(map, 'c'))).rejects.toThrow(/nieuwere versie van pw-monitor \(schema 99.*Oplossing: Werk pw-monitor bij/);
    // A package of schema 1 (before budget versions, CBS and Wsw) is not read with the wrong columns, nor called damaged.
    await writeFile(join(map, 'c', 'manifest.json'), JSON.stringify({ ...p.manifest, schemaVersie: 1 }));
    await expect(leesPakketMap(join(map, 'c'))).rejects.toThrow(/oudere versie van pw-monitor \(schema 1;.*Oplossing: Maak het pakket opnieuw van dezelfde extracten/);
  });

  it('replaces a package atomically, and leaves the old one untouched when writing fails', async () => {
    const oud = await pakketMet(2);
    const doel = join(map, 'd');
    await schrijfPakket(doel, oud);
    const nieuw = await pakketMet(3);
    const kapot: Pakket = { ...nieuw, bestanden: new Map([...nieuw.bestanden, ['../../niet/hier/x.arrow', new Uint8Array(1)]]) };
    await expect(schrijfPakket(doel, kapot)).rejects.toThrow(/./);
    expect((await leesPakketMap(doel)).manifest.hash).toBe(oud.manifest.hash);
    await schrijfPakket(doel, nieuw);
    expect((await leesPakketMap(doel)).manifest.hash).toBe(nieuw.manifest.hash);
  });

  it('never writes a manifest the reader would refuse', async () => {
    const p = await pakketMet(2);
    const vreemd = { ...p, manifest: { ...p.manifest, tabellen: [...p.manifest.tabellen.slice(1), { ...p.manifest.tabellen[0]!, bestand: '../buiten.arrow' }] } };
    // The moved table is the last one (its index follows the number of tables of the model).
    await expect(schrijfPakket(join(map, 'e'), vreemd)).rejects.toThrow(new RegExp(`tabellen\\[${p.manifest.tabellen.length - 1}\\]\\.bestand: bevat een map`));
    await expect(readFile(join(map, 'e', 'manifest.json'))).rejects.toThrow(/ENOENT/);
  });

  it('loads tables under the names of the model, whatever a manifest in memory says', async () => {
    const p = await pakketMet(2);
    const e = await openNodeEngine();
    await e.exec('CREATE TABLE y AS SELECT 1 AS blijft');
    const vals = { ...p.manifest, tabellen: p.manifest.tabellen.map((t, i) => (i === 0 ? { ...t, naam: 'x"; DROP TABLE y; --' } : t)) } as unknown as Manifest;
    await laadPakket(e, { ...p, manifest: vals });
    expect(await e.query('SELECT blijft FROM y')).toEqual([{ blijft: 1 }]);
    expect(await e.query(`SELECT sum(aantal) AS n FROM uitkeringen_stand`)).toEqual([{ n: 2 }]);
    await e.close();
  });
});

describe('reading a package folder', () => {
  it('reads only regular files in the folder: a table file that links elsewhere is refused', async () => {
    const p = await pakketMet(2);
    const doel = join(map, 'koppeling');
    await schrijfPakket(doel, p);
    // The same bytes outside the folder, linked in: reading them would pass every checksum.
    const buiten = join(map, 'buiten.arrow');
    await writeFile(buiten, p.bestanden.get('uitkeringen_stand.arrow')!);
    await rm(join(doel, 'uitkeringen_stand.arrow'));
    await symlink(buiten, join(doel, 'uitkeringen_stand.arrow'));
    await expect(leesPakketMap(doel)).rejects.toThrow(/Het datapakket in .* is geweigerd: uitkeringen_stand\.arrow is geen gewoon bestand in de map \(maar een koppeling naar een ander bestand\)\..*Oplossing: Kopieer het pakket opnieuw/);
  });

  it('refuses a manifest larger than 16 MB without reading it', async () => {
    const doel = join(map, 'groot');
    await mkdir(doel);
    await writeFile(join(doel, 'manifest.json'), Buffer.alloc(16 * 1024 * 1024 + 1, 0x20));
    await expect(leesPakketMap(doel)).rejects.toThrow(/is geweigerd: manifest\.json is groter dan 16 MB/);
  });

  it('says which file is missing', async () => {
    const p = await pakketMet(2);
    const doel = join(map, 'mist');
    await schrijfPakket(doel, p);
    await rm(join(doel, 'budget.arrow'));
    await expect(leesPakketMap(doel)).rejects.toThrow(/Het bestand budget\.arrow ontbreekt in .*mist of is niet leesbaar\. Oplossing: Kopieer het hele pakket/);
  });
});
