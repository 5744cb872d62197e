import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { arrowNaarRijen, controleerBestandsnaam, controleerVergrendeling, DUCKDB_CONFIG, START_SQL, type Engine } from './index.ts';
import { ipcVanKolommen, kolommenVanArrow, type IpcOpties } from './ipc.ts';

/**
 * Starts DuckDB-WASM in a Web Worker. The WASM and worker files are served by the app itself
 * (Vite copies them into the build): nothing is fetched from another origin.
 */
export async function openBrowserEngine(): Promise<Engine> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open(DUCKDB_CONFIG);
  const conn = await db.connect();
  for (const sql of START_SQL) await conn.query(sql);
  await controleerVergrendeling((sql) => conn.query(sql));

  const queryArrow = async (sql: string): Promise<Table> => (await conn.query(sql)) as unknown as Table;
  return {
    omgeving: 'browser',
    queryArrow,
    async query<T extends object>(sql: string) {
      return arrowNaarRijen<T>(await queryArrow(sql));
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      controleerBestandsnaam(name);
      // DuckDB-WASM transfers the buffer to its worker (detaching it here): give it a copy so the
      // caller's bytes stay readable, as in Node.
      await db.registerFileBuffer(name, bytes.slice());
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
    async queryIPC(sql: string, formaat: 'file' | 'stream' = 'file', opties?: IpcOpties) {
      // Built in JavaScript from the values (ipc.ts): the same bytes as the command line makes.
      return ipcVanKolommen(kolommenVanArrow(await queryArrow(sql)), formaat, opties);
    },
    async insertArrow(name: string, table: Table) {
      await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
    },
    async insertIPC(name: string, bytes: Uint8Array) {
      await conn.insertArrowFromIPCStream(tableToIPC(tableFromIPC(bytes), 'stream'), { name, create: true });
    },
    async close() {
      await conn.close();
      await db.terminate();
    },
  };
}
