import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays, tableFromIPC } from 'apache-arrow';
import { openNodeEngine } from '../src/node.ts';
import { controleerVergrendeling, sqlGetal, sqlLijst, sqlString, type Engine } from '../src/index.ts';

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

  it('keeps nulls in every kind of column, over several chunks, as the per-cell reader gives them', async () => {
    // 5,000 rows: more than one DuckDB chunk, so the validity bits of later chunks count too.
    const sql = `SELECT CASE WHEN x % 7 = 0 THEN NULL ELSE 'GM' || x END AS code, CASE WHEN x % 5 = 0 THEN NULL ELSE x / 4 END AS waarde,
      CASE WHEN x % 3 = 0 THEN NULL ELSE x::BIGINT END AS n, CASE WHEN x % 11 = 0 THEN NULL ELSE x % 2 = 0 END AS even FROM range(5000) t(x)`;
    const rijen = await engine.query<{ code: string | null; waarde: number | null; n: number | null; even: boolean | null }>(sql);
    const referentie = [...tableFromIPC(await engine.queryIPC(sql))].map((r) => {
      const o = r.toJSON() as Record<string, unknown>;
      return { code: o.code ?? null, waarde: o.waarde ?? null, n: o.n === null ? null : Number(o.n), even: o.even ?? null };
    });
    expect(rijen).toEqual(referentie);
    expect(rijen[35]).toEqual({ code: null, waarde: null, n: 35, even: false });
    expect(rijen[4999]).toEqual({ code: 'GM4999', waarde: 1249.75, n: 4999, even: false });
  });

  it('reads a registered CSV file', async () => {
    await engine.registerFile('pw/t.csv', new TextEncoder().encode('regeling;aantal\nPw;245\nBbz;4\n'));
    const rows = await engine.query("SELECT sum(aantal) AS totaal FROM read_csv('pw/t.csv', delim=';', header=true)");
    expect(rows[0]!.totaal).toBe(249);
  });

  it('reaches no file on the machine and no URL: only the files it was given, under pw/, and no SQL can undo that', async () => {
    const geweigerd = /Permission Error|disabled by configuration/;
    await expect(engine.query("SELECT * FROM read_text('/etc/passwd')")).rejects.toThrow(geweigerd);
    await expect(engine.query("SELECT * FROM read_text('package.json')")).rejects.toThrow(geweigerd);
    await expect(engine.query("SELECT * FROM read_text('http://127.0.0.1:9/x')")).rejects.toThrow(geweigerd);
    await expect(engine.query("SELECT * FROM read_csv('https://example.org/x.csv')")).rejects.toThrow(geweigerd);
    await expect(engine.exec("COPY (SELECT 42) TO '/tmp/pw-monitor-bewijs.csv'")).rejects.toThrow(geweigerd);
    await expect(engine.exec("ATTACH '/tmp/pw-monitor-bewijs.duckdb' AS x")).rejects.toThrow(geweigerd);
    await expect(engine.exec('LOAD httpfs')).rejects.toThrow(/disabled/);
    await expect(engine.exec('SET enable_external_access = true')).rejects.toThrow(/locked/);
    await expect(engine.exec("SET allowed_directories = ['/']")).rejects.toThrow(/locked/);
    await expect(engine.registerFile('t.csv', new Uint8Array(1))).rejects.toThrow('Bestand t.csv voor DuckDB moet in pw/ staan');
    const instellingen = await engine.query("SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration', 'allowed_directories') ORDER BY name");
    expect(instellingen).toEqual([
      { name: 'allowed_directories', value: '[pw/]' },
      { name: 'enable_external_access', value: 'false' },
      { name: 'lock_configuration', value: 'true' },
    ]);
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
    expect(sqlGetal(-12.5)).toBe('-12.5');
    expect(() => sqlGetal(Number.NaN)).toThrow('Geen eindig getal');
    expect(() => sqlGetal('1; DROP TABLE x' as unknown as number)).toThrow('Geen eindig getal');
  });

  it('does not start an engine that can read a file or a URL (the lock is checked at every start)', async () => {
    await expect(controleerVergrendeling(async () => [{ content: 'root:x:0:0' }])).rejects.toThrow("DuckDB is niet afgeschermd: SELECT * FROM read_text('/etc/passwd') werd niet geweigerd");
    await expect(controleerVergrendeling(async () => Promise.reject(new Error('IO Error: No files found')))).rejects.toThrow('werd niet geweigerd (IO Error: No files found)');
    await expect(controleerVergrendeling(async () => Promise.reject(new Error('Permission Error: Cannot access file')))).resolves.toBeUndefined();
  });
});

describe('Arrow IPC between stages', () => {
  it('round-trips a query result through IPC bytes into a new table', async () => {
    const bytes = await engine.queryIPC("SELECT 'GM1774' AS gemeente_code, DATE '2019-12-01' AS peildatum, 275 AS aantal");
    await engine.insertIPC('terug', bytes);
    expect(await engine.query('SELECT * FROM terug')).toEqual([{ gemeente_code: 'GM1774', peildatum: '2019-12-01', aantal: 275 }]);
  });

  it('writes text columns as dictionaries when asked: each value once, the same rows read back, a smaller file, the same bytes every time', async () => {
    // 5000 rows over three batches: the dictionary is written once for all of them.
    const sql = `SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE 'GM' || lpad(CAST(i % 14 AS VARCHAR), 4, '0') END AS gemeente_code, 'Dinkelland ë' AS naam, i AS n FROM range(5000) t(i) ORDER BY i`;
    const gewoon = await engine.queryIPC(sql);
    const boek = await engine.queryIPC(sql, 'file', { woordenboek: true });
    expect(boek.length).toBeLessThan(gewoon.length / 2);
    expect(await engine.queryIPC(sql, 'file', { woordenboek: true })).toEqual(boek);
    const t = tableFromIPC(boek);
    expect(String(t.schema.fields[0]!.type)).toBe('Dictionary<Int8, Utf8>');
    expect(t.getChild('gemeente_code')!.data.every((d) => d.dictionary === t.getChild('gemeente_code')!.data[0]!.dictionary)).toBe(true);
    await engine.insertIPC('boek', boek);
    await engine.insertIPC('gewoon', gewoon);
    expect(await engine.query('SELECT count(*) AS n FROM (SELECT * FROM boek EXCEPT ALL SELECT * FROM gewoon)')).toEqual([{ n: 0 }]);
    expect(await engine.query("SELECT count(*) AS leeg, min(naam) AS naam FROM boek WHERE gemeente_code IS NULL")).toEqual([{ leeg: 715, naam: 'Dinkelland ë' }]);
  });
});
