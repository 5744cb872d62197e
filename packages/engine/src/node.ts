import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tableToIPC, type Table } from 'apache-arrow';
import { arrowNaarRijen, controleerBestandsnaam, controleerVergrendeling, DUCKDB_CONFIG, START_SQL, type Engine } from './index.ts';
import { ipcVanKolommen, kolommenVanArrow, type IpcOpties } from './ipc.ts';

const require = createRequire(import.meta.url);

/**
 * Opens DuckDB-WASM with its Node build (the same WASM as the browser; single-threaded, no
 * extensions). Used by the command line and by every test that runs SQL.
 *
 * duckdb-wasm's Node build requires the CommonJS copy of apache-arrow while our modules import the
 * ESM copy; their classes differ, so Arrow crosses the boundary as IPC bytes, each side serialising
 * with its own copy.
 */
export async function openNodeEngine(): Promise<Engine> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof import('@duckdb/duckdb-wasm/blocking');
  const arrowCjs = require('apache-arrow') as typeof import('apache-arrow');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  db.open(DUCKDB_CONFIG);
  const conn = db.connect();
  for (const sql of START_SQL) conn.query(sql);
  await controleerVergrendeling(async (sql) => conn.query(sql));

  const queryArrow = async (sql: string): Promise<Table> => conn.query(sql) as unknown as Table;
  const insertStream = (name: string, stream: Uint8Array) => conn.insertArrowFromIPCStream(stream, { name, create: true });
  return {
    omgeving: 'node',
    queryArrow,
    async query<T extends object>(sql: string) {
      return arrowNaarRijen<T>(await queryArrow(sql));
    },
    async queryIPC(sql: string, formaat: 'file' | 'stream' = 'file', opties?: IpcOpties) {
      // Built in JavaScript from the values (ipc.ts), as the native engine does: the same bytes.
      return ipcVanKolommen(kolommenVanArrow(conn.query(sql) as unknown as Table), formaat, opties);
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      controleerBestandsnaam(name);
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
    async insertArrow(name: string, table: Table) {
      insertStream(name, tableToIPC(table, 'stream'));
    },
    async insertIPC(name: string, bytes: Uint8Array) {
      insertStream(name, arrowCjs.tableToIPC(arrowCjs.tableFromIPC(bytes), 'stream'));
    },
    async close() {
      conn.close();
      db.reset();
    },
  };
}
