import { DataType, type Table } from 'apache-arrow';

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
  /** Makes bytes readable by SQL as `name` (e.g. in `read_csv('name')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Creates table `name` from an Arrow table made with this process's `apache-arrow`. */
  insertArrow(name: string, table: Table): Promise<void>;
  /** Creates table `name` from Arrow IPC bytes (file or stream format). */
  insertIPC(name: string, bytes: Uint8Array): Promise<void>;
  /** Runs SQL and returns the result as Arrow IPC bytes (`file`: the `.arrow` format of a data package). */
  queryIPC(sql: string, formaat?: 'file' | 'stream'): Promise<Uint8Array>;
  close(): Promise<void>;
  /** `node` or `browser`, for messages and benchmarks. */
  readonly omgeving: 'node' | 'browser';
}

/** Statements every engine runs after opening: no extension may be downloaded at run time. */
export const START_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

/** The DuckDB config both builds open with. */
export const DUCKDB_CONFIG = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: false },
} as const;

/** A SQL string literal: `sqlString("O'Brien")` → `'O''Brien'`. */
export function sqlString(waarde: string): string {
  return `'${waarde.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier. */
export function sqlIdent(naam: string): string {
  return `"${naam.replaceAll('"', '""')}"`;
}

/** A SQL list of string literals: `('a', 'b')`; `(NULL)` when empty so that `IN` stays valid. */
export function sqlLijst(waarden: readonly string[]): string {
  return waarden.length ? `(${waarden.map(sqlString).join(', ')})` : '(NULL)';
}

const MS_PER_DAG = 86_400_000;

function isoVanMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Converts an Arrow result to plain rows: dates to ISO strings, bigint to number. */
export function arrowNaarRijen<T extends object = Rij>(tabel: Table): T[] {
  const velden = tabel.schema.fields;
  const kolommen = velden.map((f) => tabel.getChild(f.name));
  const uit: T[] = new Array(tabel.numRows);
  for (let i = 0; i < tabel.numRows; i++) {
    const rij: Record<string, unknown> = {};
    velden.forEach((veld, k) => {
      let v: unknown = kolommen[k]?.get(i) ?? null;
      if (v !== null) {
        if (DataType.isDate(veld.type)) v = isoVanMs(typeof v === 'number' ? v : (v as Date).getTime());
        else if (DataType.isTimestamp(veld.type)) v = new Date(Number(v)).toISOString();
        else if (typeof v === 'bigint') v = Number(v);
        else if (v instanceof Uint32Array || v instanceof Int32Array) v = Number(v[0]);
      }
      rij[veld.name] = v;
    });
    uit[i] = rij as T;
  }
  return uit;
}

export { MS_PER_DAG };
