import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNativeEngine } from '@pw/engine/native';
import { openNodeEngine } from '@pw/engine/node';
import { npmRun, REPO } from './cli.ts';

// Native DuckDB (the command line) and DuckDB-WASM (the browser, and the fallback of the command
// line) run the same SQL and must give the same data package, byte for byte.
const map = mkdtempSync(join(tmpdir(), 'pw-rekenmachines-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

const bestanden = (pakket: string) => Object.fromEntries(readdirSync(pakket).sort().map((f) => [f, readFileSync(join(pakket, f)).toString('base64')]));

describe('native DuckDB and DuckDB-WASM', () => {
  it('are the same DuckDB release', async () => {
    const versies: unknown[] = [];
    for (const open of [() => openNativeEngine(), openNodeEngine]) {
      const e = await open();
      versies.push((await e.query<{ v: string; id: string }>('SELECT version() AS v, (SELECT source_id FROM pragma_version()) AS id'))[0]);
      await e.close();
    }
    expect(versies[0]).toEqual({ v: 'v1.4.3', id: 'd1dc88f950' });
    expect(versies[1]).toEqual(versies[0]);
  });

  it('make byte-identical packages of the demo extracts and CBS data (every .arrow file and manifest.json)', () => {
    const env = { SOURCE_DATE_EPOCH: '1735603200' };
    // The inputs of npm run demo-package: the demo extracts and the CBS sample data (issue 12).
    const invoer = ['data/extracts', 'data/cbs', '--periode', '2015'];
    const nativeUit = npmRun('ingest', [...invoer, '--out', join(map, 'native'), '--stil'], env);
    expect(nativeUit.code, nativeUit.stderr).toBe(0);
    const wasmUit = npmRun('ingest', [...invoer, '--out', join(map, 'wasm'), '--stil'], { ...env, PW_REKENMACHINE: 'wasm' });
    expect(wasmUit.code, wasmUit.stderr).toBe(0);
    const native = bestanden(join(map, 'native'));
    expect(Object.keys(native)).toEqual(expect.arrayContaining(['figuren_huidig.arrow', 'figuren_historisch.arrow']));
    expect(bestanden(join(map, 'wasm'))).toEqual(native);
    // The committed demo package is the same package (npm run demo-package makes it with native DuckDB).
    expect(bestanden(join(REPO, 'data/demo-package'))).toEqual(native);
    // Two ingests that each compute every area's figures and the masking decision (issue 15): more than the default two minutes on two busy cores.
  }, 300_000);

  it('sum amounts exactly: the same euro on four threads as on one', async () => {
    const sql = `SELECT g, CAST(sum(CAST(x AS DECIMAL(38, 6))) AS DOUBLE) AS s FROM (SELECT i % 3 AS g, (i % 997) / 100 + 0.01 AS x FROM range(600000) t(i)) GROUP BY g ORDER BY g`;
    const uitkomsten: unknown[] = [];
    for (const threads of [1, 4]) {
      const e = await openNativeEngine({ threads });
      uitkomsten.push(await e.queryIPC(sql));
      await e.close();
    }
    const w = await openNodeEngine();
    uitkomsten.push(await w.queryIPC(sql));
    await w.close();
    expect(Buffer.from(uitkomsten[1] as Uint8Array).equals(Buffer.from(uitkomsten[0] as Uint8Array))).toBe(true);
    expect(Buffer.from(uitkomsten[2] as Uint8Array).equals(Buffer.from(uitkomsten[0] as Uint8Array))).toBe(true);
  });

  it('load the shipped figures (text columns as Arrow dictionaries) into the same rows', async () => {
    const figuren = readFileSync(join(REPO, 'data/demo-package/figuren_huidig.arrow'));
    const uitkomsten: unknown[] = [];
    for (const open of [() => openNativeEngine(), openNodeEngine]) {
      const e = await open();
      await e.insertIPC('figuren_huidig', figuren);
      uitkomsten.push(await e.query(`SELECT count(*) AS rijen, sum(waarde) FILTER (WHERE indicator = 'uitkeringen' AND gemeente_code = 'GM1774' AND periode = '2019-12-01' AND dimensie = 'totaal') AS dinkelland FROM figuren_huidig`));
      uitkomsten.push(await e.queryIPC('SELECT * FROM figuren_huidig', 'file', { woordenboek: true }));
      await e.close();
    }
    expect(uitkomsten[0]).toEqual([{ rijen: 170328, dinkelland: 275 }]);
    expect(uitkomsten[2]).toEqual(uitkomsten[0]);
    // Written again, both give the file as shipped.
    expect(Buffer.from(uitkomsten[1] as Uint8Array).equals(figuren)).toBe(true);
    expect(Buffer.from(uitkomsten[3] as Uint8Array).equals(figuren)).toBe(true);
  });
});
