import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { arrowNaarRijen, controleerBestandsnaam, controleerVergrendeling, DUCKDB_CONFIG, START_SQL, type Engine } from './index.ts';
import { ipcVanKolommen, kolommenVanArrow, type IpcOpties } from './ipc.ts';
import { binnenStarttijd, controleerBereikbaar, RekenmachineStartNiet } from './start.ts';

/**
 * Starts DuckDB-WASM in a Web Worker. The WASM and worker files are served by the app itself
 * (Vite copies them into the build): nothing is fetched from another origin. A start that fails
 * rejects with a RekenmachineStartNiet (start.ts): a WASM module that cannot be fetched, a worker
 * that cannot load, or a start that takes longer than STARTTIJD_MS; the worker is then stopped.
 */
export async function openBrowserEngine(): Promise<Engine> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  await controleerBereikbaar(bundle.mainModule);
  const worker = new Worker(bundle.mainWorker!);
  let workerFout: (e: Error) => void = () => {};
  const mislukt = new Promise<never>((_, mis) => {
    workerFout = mis;
  });
  const bijWorkerFout = () => workerFout(new RekenmachineStartNiet('de worker van DuckDB kon niet worden geladen'));
  worker.addEventListener('error', bijWorkerFout);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  let conn: duckdb.AsyncDuckDBConnection;
  try {
    conn = await binnenStarttijd(
      (async () => {
        await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
        await db.open(DUCKDB_CONFIG);
        return db.connect();
      })(),
      mislukt,
    );
  } catch (e) {
    worker.terminate();
    throw e;
  } finally {
    worker.removeEventListener('error', bijWorkerFout);
  }
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
