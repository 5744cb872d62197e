import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataType, tableFromIPC, Type, type Table } from 'apache-arrow';
import type { DuckDBConnection, DuckDBInstance, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { controleerBestandsnaam, controleerVergrendeling, sqlIdent, startSql, type Engine } from './index.ts';
import { ipcVanKolommen, tabelVanKolommen, type IpcOpties, type Kolommen, type Kolomsoort } from './ipc.ts';

/**
 * The DuckDB release of the WASM build (`SELECT version()` in @duckdb/duckdb-wasm 1.32.0): the
 * native engine must be the same release, so the same SQL gives the same rows. Checked when it opens.
 */
const DUCKDB_VERSIE = 'v1.4.3';

/** The native engine cannot start here (no binary for this platform, or another DuckDB release). */
export class NativeEngineNietBeschikbaar extends Error {
  constructor(reden: string) {
    super(`De snelle rekenmachine (native DuckDB) kan hier niet starten: ${reden}`);
    this.name = 'NativeEngineNietBeschikbaar';
  }
}

/** DuckDB type ids (DUCKDB_TYPE in duckdb.h) → the column kinds every engine writes (see ipc.ts). */
function soortVanType(type: DuckDBType, naam: string): Kolomsoort {
  const t = type.toString();
  if (t === 'VARCHAR' || t === 'UUID' || t.startsWith('ENUM(')) return 'tekst';
  if (t === 'DATE') return 'datum';
  if (t === 'BOOLEAN') return 'bool';
  if (['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT'].includes(t)) return 'int32';
  if (['BIGINT', 'HUGEINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT', 'FLOAT', 'DOUBLE'].includes(t) || t.startsWith('DECIMAL')) return 'float64';
  throw new Error(`Kolom ${naam}: het type ${t} kan niet als Arrow-bestand worden geschreven (alleen tekst, datum, getallen en ja/nee).`);
}

/**
 * A value from DuckDB as the column kinds hold it (see ipc.ts), by its runtime form. The API is
 * loaded when the engine opens (a platform without the binary gets a clear message, not a crash).
 */
const jsWaardeMet = ({ DuckDBDateValue, DuckDBDecimalValue }: typeof import('@duckdb/node-api')) => (v: DuckDBValue): string | number | boolean | null => {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    case 'bigint':
      // BIGINT and HUGEINT as a double, as DuckDB-WASM returns them (castBigIntToDouble).
      return Number(v);
  }
  // DATE as days since 1970-01-01; DECIMAL (a value object) as a double, as DuckDB-WASM returns it.
  if (v instanceof DuckDBDateValue) return v.days;
  return v instanceof DuckDBDecimalValue ? Number(v.toString()) : String(v);
};

/** Plain rows as `Engine.query` returns them everywhere: dates as ISO strings, big integers as numbers. */
function rijenVanKolommen<T extends object>(k: Kolommen): T[] {
  const uit: T[] = new Array(k.rijen);
  for (let i = 0; i < k.rijen; i++) {
    const rij: Record<string, unknown> = {};
    for (let c = 0; c < k.namen.length; c++) {
      const v = k.waarden[c]![i] ?? null;
      rij[k.namen[c]!] = v !== null && k.soorten[c] === 'datum' ? new Date(Number(v) * 86_400_000).toISOString().slice(0, 10) : v;
    }
    uit[i] = rij as T;
  }
  return uit;
}

/** Arrow columns (an inserted package table) → DuckDB column types for `CREATE TABLE`. */
function duckdbTypeSql(type: DataType): string {
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  // A dictionary-encoded text column (the shipped figures) is text: its values are read through it.
  if (DataType.isDictionary(type) && (DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary))) return 'VARCHAR';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isInt(type)) return type.bitWidth <= 32 ? 'INTEGER' : 'BIGINT';
  if (DataType.isFloat(type)) return 'DOUBLE';
  throw new Error(`Het Arrow-type ${Type[type.typeId]} kan niet in de rekenmachine worden geladen.`);
}

/**
 * Opens native DuckDB (`@duckdb/node-api`, multi-threaded) for the command line, behind the same
 * `Engine` API as DuckDB-WASM, on the same SQL. Files handed to `registerFile` are written to a
 * private temporary folder that DuckDB searches (`file_search_path`) and removed on `dropFile` and
 * `close`. Results become Arrow in JavaScript (`ipc.ts`), as on the WASM engines. Throws a
 * `NativeEngineNietBeschikbaar` when the binary is missing for this platform or is another release.
 */
export async function openNativeEngine(opties: { threads?: number } = {}): Promise<Engine> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch (e) {
    throw new NativeEngineNietBeschikbaar(`@duckdb/node-api heeft geen programma voor ${process.platform}-${process.arch} (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
  }
  const map = await mkdtemp(join(tmpdir(), 'pw-duckdb-'));
  let db: DuckDBInstance;
  let conn: DuckDBConnection;
  try {
    db = await api.DuckDBInstance.create(':memory:', {
      ...(opties.threads ? { threads: String(opties.threads) } : {}),
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
    conn = await db.connect();
    for (const sql of startSql(map)) await conn.run(sql);
    await controleerVergrendeling(async (sql) => conn.run(sql));
    const versie = (await conn.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0]?.v;
    if (versie !== DUCKDB_VERSIE) throw new NativeEngineNietBeschikbaar(`het is DuckDB ${typeof versie === 'string' ? versie : 'onbekend'}, de browser rekent met ${DUCKDB_VERSIE}.`);
  } catch (e) {
    await rm(map, { recursive: true, force: true });
    throw e;
  }

  const bestanden = new Set<string>();
  const jsWaarde = jsWaardeMet(api);
  const kolommen = async (sql: string): Promise<Kolommen> => {
    const r = await conn.runAndReadAll(sql);
    const namen = r.columnNames();
    const soorten = r.columnTypes().map((t, i) => soortVanType(t, namen[i]!));
    // One conversion per value, straight from DuckDB's vectors (no intermediate value objects kept).
    const waarden = r.convertColumns<string | number | boolean>(jsWaarde);
    return { namen, soorten, waarden, rijen: r.currentRowCount };
  };
  const queryArrow = async (sql: string): Promise<Table> => tabelVanKolommen(await kolommen(sql));

  async function insertTabel(name: string, tabel: Table): Promise<void> {
    const velden = tabel.schema.fields;
    await conn.run(`CREATE TABLE ${sqlIdent(name)} (${velden.map((v) => `${sqlIdent(v.name)} ${duckdbTypeSql(v.type)}`).join(', ')})`);
    const appender = await conn.createAppender(name);
    const typen = velden.map((v) => duckdbTypeSql(v.type));
    for (const batch of tabel.batches) {
      const kol = velden.map((v) => batch.getChild(v.name)!);
      for (let i = 0; i < batch.numRows; i++) {
        for (let k = 0; k < kol.length; k++) {
          const v: unknown = kol[k]!.get(i);
          if (v === null || v === undefined) {
            appender.appendNull();
            continue;
          }
          switch (typen[k]) {
            case 'VARCHAR':
              appender.appendVarchar(typeof v === 'string' ? v : JSON.stringify(v));
              break;
            case 'DATE':
              appender.appendDate(new api.DuckDBDateValue(Math.round((typeof v === 'number' ? v : (v as Date).getTime()) / 86_400_000)));
              break;
            case 'BOOLEAN':
              appender.appendBoolean(Boolean(v));
              break;
            case 'INTEGER':
              appender.appendInteger(Number(v));
              break;
            case 'BIGINT':
              appender.appendBigInt(BigInt(v as number | bigint));
              break;
            default:
              appender.appendDouble(Number(v));
          }
        }
        appender.endRow();
      }
    }
    appender.closeSync();
  }

  return {
    omgeving: 'native',
    queryArrow,
    async query<T extends object>(sql: string) {
      return rijenVanKolommen<T>(await kolommen(sql));
    },
    async queryIPC(sql: string, formaat: 'file' | 'stream' = 'file', opties?: IpcOpties) {
      return ipcVanKolommen(await kolommen(sql), formaat, opties);
    },
    async exec(sql: string) {
      await conn.run(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      controleerBestandsnaam(name);
      if (!/^[\w.-]+\/[\w.-]+$/.test(name) || name.includes('..')) throw new Error(`${name}: een bestand voor de rekenmachine heeft een eenvoudige naam (letters, cijfers, . _ -) in ${name.split('/')[0]}/.`);
      await mkdir(join(map, name.split('/')[0]!), { recursive: true });
      await writeFile(join(map, name), bytes);
      bestanden.add(name);
    },
    async dropFile(name: string) {
      if (!bestanden.delete(name)) return;
      await unlink(join(map, name)).catch(() => {});
    },
    async insertArrow(name: string, table: Table) {
      await insertTabel(name, table);
    },
    async insertIPC(name: string, bytes: Uint8Array) {
      await insertTabel(name, tableFromIPC(bytes));
    },
    async close() {
      conn.closeSync();
      db.closeSync();
      await rm(map, { recursive: true, force: true });
    },
  };
}
