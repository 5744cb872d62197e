import { DataType, tableFromIPC, type Table } from 'apache-arrow';
import type { IpcOpties } from './ipc.ts';

export { RekenmachineStartNiet } from './start.ts';

/** A row as returned by `Engine.query`: dates as ISO strings (`2019-12-01`), numbers as numbers. */
export type Rij = Record<string, string | number | boolean | null>;

/** DuckDB-WASM behind the same small API in Node and in the browser. */
export interface Engine {
  /** Runs SQL and returns plain rows. */
  query<T extends object = Rij>(sql: string): Promise<T[]>;
  /**
   * Runs SQL and returns the Arrow table. In Node the table belongs to duckdb-wasm's own (CommonJS)
   * copy of apache-arrow: read it, but pass Arrow between stages as IPC bytes (`queryIPC`).
   */
  queryArrow(sql: string): Promise<Table>;
  /** Runs one or more statements, discarding results. */
  exec(sql: string): Promise<void>;
  /**
   * Makes bytes readable by SQL as `name` (e.g. in `read_csv('pw/extract.csv')`); `name` must be in
   * BESTANDSMAP, the only folder DuckDB may read. The caller's bytes stay readable (the browser
   * engine hands DuckDB's worker a copy): pass a `subarray`, never a copy.
   */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Creates table `name` from an Arrow table made with this process's `apache-arrow`. */
  insertArrow(name: string, table: Table): Promise<void>;
  /** Creates table `name` from Arrow IPC bytes (file or stream format). */
  insertIPC(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Runs SQL and returns the result as Arrow IPC bytes (`file`: the `.arrow` format of a data
   * package), built in JavaScript (ipc.ts); `woordenboek`: text columns dictionary-encoded.
   */
  queryIPC(sql: string, formaat?: 'file' | 'stream', opties?: IpcOpties): Promise<Uint8Array>;
  close(): Promise<void>;
  /** `node` (DuckDB-WASM in Node), `native` (native DuckDB, the command line) or `browser`, for messages and benchmarks. */
  readonly omgeving: 'node' | 'native' | 'browser';
}

/**
 * The one folder DuckDB may read: every file pw-monitor gives it (`registerFile`) is named under
 * it (`pw/uitkeringen_0.csv`). Nothing else on the machine or the network is within reach.
 */
export const BESTANDSMAP = 'pw/';

/**
 * Statements every engine runs after opening (issue 10): no extension may be downloaded or loaded
 * at run time; no file outside BESTANDSMAP and no URL may be read or written (`read_text('/etc/
 * passwd')`, `COPY … TO`, `ATTACH`, `http://…` all fail); and the configuration is locked, so no
 * later SQL (from a hostile file) can switch any of this back on.
 */
export const START_SQL = startSql();

/**
 * START_SQL for an engine that keeps registered files in a folder of its own on disk (native
 * DuckDB): `map` is searched for relative names (`file_search_path`) and is the one folder besides
 * BESTANDSMAP that may be read, set before the configuration is locked.
 */
export function startSql(map?: string): string[] {
  return [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    ...(map ? [`SET file_search_path = ${sqlString(map)}`] : []),
    `SET allowed_directories = ${sqlLijstVan([BESTANDSMAP, ...(map ? [`${map.replace(/\/$/, '')}/`] : [])])}`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

/** A DuckDB list literal of strings: `['pw/', '/tmp/x/']`. */
function sqlLijstVan(waarden: readonly string[]): string {
  return `[${waarden.map(sqlString).join(', ')}]`;
}

/**
 * Proof at every start that the lock holds in this build of DuckDB: a file on the machine and a
 * URL must both be refused by configuration (a Permission Error), or the engine does not start.
 */
const PROEVEN = ["SELECT * FROM read_text('/etc/passwd')", "SELECT * FROM read_text('http://127.0.0.1:9/pw-monitor-proef')"];

export async function controleerVergrendeling(query: (sql: string) => Promise<unknown>): Promise<void> {
  for (const sql of PROEVEN) {
    let fout = '';
    try {
      await query(sql);
    } catch (e) {
      fout = e instanceof Error ? e.message : String(e as string);
    }
    if (!/Permission Error|disabled by configuration/.test(fout)) throw new Error(`DuckDB is niet afgeschermd: ${sql} werd niet geweigerd${fout ? ` (${fout.slice(0, 120)})` : ''}. De rekenmachine start daarom niet.`);
  }
}

/** The name a file is registered under must be in BESTANDSMAP (the only folder DuckDB may read). */
export function controleerBestandsnaam(naam: string): void {
  if (!naam.startsWith(BESTANDSMAP) || naam.includes('..')) throw new Error(`Bestand ${naam} voor DuckDB moet in ${BESTANDSMAP} staan (bijvoorbeeld ${BESTANDSMAP}extract.csv).`);
}

/** The DuckDB config both builds open with. */
export const DUCKDB_CONFIG = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: false },
} as const;

/**
 * The one way a value from data enters SQL (issue 10). `npm run lint` (pw/sql-citeren) refuses a
 * template string of SQL with a `${…}` that is not one of these or a named SQL fragment.
 */

/** A SQL string literal: `sqlString("O'Brien")` → `'O''Brien'`. */
export function sqlString(waarde: string): string {
  return `'${waarde.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier: `sqlIdent('gemeente code')` → `"gemeente code"`. */
export function sqlIdent(naam: string): string {
  return `"${naam.replaceAll('"', '""')}"`;
}

/** A SQL list of string literals: `('a', 'b')`; `(NULL)` when empty so that `IN` stays valid. */
export function sqlLijst(waarden: readonly string[]): string {
  return waarden.length ? `(${waarden.map(sqlString).join(', ')})` : '(NULL)';
}

/** A number in SQL: only a finite number (never a text that looks like one). */
export function sqlGetal(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`Geen eindig getal: ${String(n)}`);
  return String(n);
}

function isoVanMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

interface Utf8Deel {
  length: number;
  offset: number;
  valueOffsets: Int32Array;
  values: Uint8Array;
}
const utf8 = new TextDecoder();

/** A string column without nulls. ASCII-only chunks (codes, names, periods) are decoded in one call and sliced. */
function utf8Kolom(delen: readonly Utf8Deel[], n: number): string[] {
  const uit: string[] = new Array(n);
  let i = 0;
  for (const d of delen) {
    const o = d.valueOffsets;
    const begin = o[d.offset]!;
    const eind = o[d.offset + d.length]!;
    const bytes = d.values.subarray(begin, eind);
    let ascii = true;
    for (let b = 0; b < bytes.length; b++)
      if (bytes[b]! > 0x7f) {
        ascii = false;
        break;
      }
    if (ascii) {
      const tekst = utf8.decode(bytes);
      for (let j = 0; j < d.length; j++) uit[i++] = tekst.substring(o[d.offset + j]! - begin, o[d.offset + j + 1]! - begin);
    } else for (let j = 0; j < d.length; j++) uit[i++] = utf8.decode(d.values.subarray(o[d.offset + j]!, o[d.offset + j + 1]!));
  }
  return uit;
}

/** A chunk of an Arrow column as far as its validity goes (apache-arrow's `Data`). */
interface Geldigheidsdeel {
  length: number;
  offset: number;
  nullCount: number;
  nullBitmap?: Uint8Array;
}

/**
 * Per row of a chunk, whether it has a value: its validity bits read directly. Arrow's own
 * per-value check (`getValid`, `get`) costs a type test per call, which showed up in a cold page load.
 */
export function geldigheid(d: Geldigheidsdeel): (j: number) => boolean {
  const bits = d.nullCount > 0 ? d.nullBitmap : undefined;
  if (!bits) return () => true;
  const o = d.offset;
  return (j) => (bits[(o + j) >> 3]! & (1 << ((o + j) & 7))) !== 0;
}

/** Sets null where a column's chunks have no value (a CBS table of 20,000 rows took 150 ms cell by cell). */
function metLeeg(uit: unknown[], delen: readonly Geldigheidsdeel[]): unknown[] {
  let i = 0;
  for (const d of delen) {
    if (d.nullCount > 0) {
      const geldig = geldigheid(d);
      for (let j = 0; j < d.length; j++) if (!geldig(j)) uit[i + j] = null;
    }
    i += d.length;
  }
  return uit;
}

/**
 * Converts an Arrow result to plain rows: dates to ISO strings, bigint to number. Column by column
 * (a whole column decoded at once is several times faster than `get(i)` per cell: 100,000 figures
 * in about 40 ms instead of 230 ms, which matters on the browser's main thread).
 */
export function arrowNaarRijen<T extends object = Rij>(tabel: Table): T[] {
  const velden = tabel.schema.fields;
  const n = tabel.numRows;
  const kolommen: Array<ArrayLike<unknown>> = velden.map((veld) => {
    const c = tabel.getChild(veld.name);
    const uit: unknown[] = new Array(n);
    if (!c) return uit.fill(null);
    const snel = !DataType.isDate(veld.type) && !DataType.isTimestamp(veld.type) && (DataType.isUtf8(veld.type) || DataType.isInt(veld.type) || DataType.isFloat(veld.type) || DataType.isBool(veld.type));
    if (snel && DataType.isUtf8(veld.type)) return metLeeg(utf8Kolom(c.data as unknown as Utf8Deel[], n), c.data);
    if (snel) {
      const w = c.toArray() as ArrayLike<unknown>;
      if (DataType.isInt(veld.type) && veld.type.bitWidth === 64) for (let i = 0; i < n; i++) uit[i] = Number(w[i] as bigint);
      else if (DataType.isBool(veld.type)) for (let i = 0; i < n; i++) uit[i] = Boolean(w[i]);
      else if (c.nullCount === 0) return w;
      else for (let i = 0; i < n; i++) uit[i] = w[i];
      return metLeeg(uit, c.data);
    }
    for (let i = 0; i < n; i++) {
      let v: unknown = c.get(i) ?? null;
      if (v !== null) {
        if (DataType.isDate(veld.type)) v = isoVanMs(typeof v === 'number' ? v : (v as Date).getTime());
        else if (DataType.isTimestamp(veld.type)) v = new Date(Number(v)).toISOString();
        else if (typeof v === 'bigint') v = Number(v);
        else if (v instanceof Uint32Array || v instanceof Int32Array) v = Number(v[0]);
      }
      uit[i] = v;
    }
    return uit;
  });
  const namen = velden.map((v) => v.name);
  const uit: T[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rij: Record<string, unknown> = {};
    for (let k = 0; k < namen.length; k++) rij[namen[k]!] = kolommen[k]![i];
    uit[i] = rij as T;
  }
  return uit;
}

/**
 * The rows of an Arrow IPC file (a package table) as `Engine.query` gives them for `SELECT *`
 * (dates as ISO strings, numbers as numbers), without an engine: what a page reads straight from a
 * package file.
 */
export function rijenVanIPC<T extends object = Rij>(bytes: Uint8Array): T[] {
  return arrowNaarRijen<T>(tableFromIPC(bytes));
}
