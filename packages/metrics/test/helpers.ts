import { sqlIdent, type Engine } from '@pw/engine';
import { ingest, type Bronbestand } from '@pw/ingest';

export function csv(naam: string, regels: string[]): Bronbestand {
  return { naam, bytes: new TextEncoder().encode(regels.join('\n') + '\n') };
}

/** Ingests extracts and loads the package tables into the engine under their own names. */
export async function laadExtracten(engine: Engine, bestanden: Bronbestand[]): Promise<void> {
  const r = await ingest(engine, bestanden);
  if (!r.geslaagd || !r.tabellen) throw new Error(r.meldingen.map((m) => m.reden).join('\n'));
  for (const [naam, bytes] of Object.entries(r.tabellen)) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(naam)}`);
    await engine.insertIPC(naam, bytes);
  }
}
