import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { openNodeEngine } from '../src/node.ts';
import { sqlLijst, sqlString, type Engine } from '../src/index.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.close());

describe('node engine', () => {
  it('returns plain rows: dates as ISO strings, sums and counts as numbers', async () => {
    const rows = await engine.query(
      "SELECT DATE '2019-12-01' AS peildatum, count(*) AS n, sum(x) AS s, 12.5::DECIMAL(5,1) AS d FROM range(3) t(x)",
    );
    expect(rows).toEqual([{ peildatum: '2019-12-01', n: 3, s: 3, d: 12.5 }]);
  });

  it('reads text columns with and without accents, and with nulls, exactly', async () => {
    const rijen = await engine.query<{ a: string; b: string | null }>(
      "SELECT * FROM (VALUES ('Dinkelland', 'Beëindigd'), ('GM1774', NULL), ('', 'Súdwest-Fryslân'), ('65plus', 'x')) t(a, b)",
    );
    expect(rijen).toEqual([
      { a: 'Dinkelland', b: 'Beëindigd' },
      { a: 'GM1774', b: null },
      { a: '', b: 'Súdwest-Fryslân' },
      { a: '65plus', b: 'x' },
    ]);
    const gemengd = await engine.query<{ a: string }>("SELECT a FROM (VALUES ('Beëindigd'), ('abc'), ('Fryslân')) t(a)");
    expect(gemengd.map((r) => r.a)).toEqual(['Beëindigd', 'abc', 'Fryslân']);
  });

  it('reads a registered CSV file', async () => {
    await engine.registerFile('t.csv', new TextEncoder().encode('regeling;aantal\nPw;245\nBbz;4\n'));
    const rows = await engine.query("SELECT sum(aantal) AS totaal FROM read_csv('t.csv', delim=';', header=true)");
    expect(rows[0]!.totaal).toBe(249);
  });

  it('creates a table from Arrow', async () => {
    await engine.insertArrow('a', tableFromArrays({ regeling: ['Pw', 'IOAW'], aantal: Int32Array.from([245, 26]) }));
    expect(await engine.query('SELECT regeling, aantal FROM a ORDER BY aantal')).toEqual([
      { regeling: 'IOAW', aantal: 26 },
      { regeling: 'Pw', aantal: 245 },
    ]);
  });

  it('has extension auto-loading switched off, so nothing is downloaded', async () => {
    const rows = await engine.query(
      "SELECT name, value FROM duckdb_settings() WHERE name IN ('autoinstall_known_extensions', 'autoload_known_extensions') ORDER BY name",
    );
    expect(rows).toEqual([
      { name: 'autoinstall_known_extensions', value: 'false' },
      { name: 'autoload_known_extensions', value: 'false' },
    ]);
  });

  it('quotes literals so that names with quotes stay text', () => {
    expect(sqlString("'s-Hertogenbosch")).toBe("'''s-Hertogenbosch'");
    expect(sqlLijst([])).toBe('(NULL)');
  });
});

describe('Arrow IPC between stages', () => {
  it('round-trips a query result through IPC bytes into a new table', async () => {
    const bytes = await engine.queryIPC("SELECT 'GM1774' AS gemeente_code, DATE '2019-12-01' AS peildatum, 275 AS aantal");
    await engine.insertIPC('terug', bytes);
    expect(await engine.query('SELECT * FROM terug')).toEqual([{ gemeente_code: 'GM1774', peildatum: '2019-12-01', aantal: 275 }]);
  });
});
