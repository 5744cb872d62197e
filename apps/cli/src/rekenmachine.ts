import type { Engine } from '@pw/engine';
import { NativeEngineNietBeschikbaar, openNativeEngine } from '@pw/engine/native';
import { openNodeEngine } from '@pw/engine/node';
import { meld } from './uitvoeren.ts';

/**
 * The engine of the command line: native DuckDB (multi-threaded, the same DuckDB release as the
 * browser's WASM build), and DuckDB-WASM where native DuckDB cannot start (a platform without its
 * binary). Both give the same figures and byte-identical packages (tests/integratie/rekenmachines),
 * so the fallback changes only the speed; it says so once. `PW_REKENMACHINE=wasm` chooses WASM.
 */
export async function openRekenmachine(): Promise<Engine> {
  if (process.env.PW_REKENMACHINE === 'wasm') return openNodeEngine();
  try {
    return await openNativeEngine();
  } catch (e) {
    if (!(e instanceof NativeEngineNietBeschikbaar)) throw e;
    meld(`${e.message} Er wordt gerekend met DuckDB-WASM: dezelfde uitkomst, langzamer.`);
    return openNodeEngine();
  }
}
