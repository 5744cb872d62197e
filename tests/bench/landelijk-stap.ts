// One measured step of the national-size benchmark (landelijk.ts), in a process of its own so that
// its peak memory (maxRSS) is its own: `--motor native|wasm --stap kaal|ingest --bestand <csv> [--uit <map>]`.
// Prints one JSON line: { ms, piekMB, pakketBytes? } or { fout }.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { schrijfPakket } from '@pw/datapackage/node';
import type { Engine } from '@pw/engine';
import { openNativeEngine } from '@pw/engine/native';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '@pw/ingest';
import { bouwPakket } from '@pw/publicatie';

const { values } = parseArgs({ options: { motor: { type: 'string' }, stap: { type: 'string' }, bestand: { type: 'string' }, uit: { type: 'string' } } });
const piekMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

try {
  const bytes = new Uint8Array(await readFile(values.bestand!));
  const engine: Engine = values.motor === 'native' ? await openNativeEngine() : await openNodeEngine();
  const t = performance.now();
  if (values.stap === 'kaal') {
    // What DuckDB needs as a minimum to read this file: the baseline of the ratio.
    // Under pw/, the one folder a locked engine may read (issue 10).
    await engine.registerFile('pw/landelijk.csv', bytes);
    await engine.exec("CREATE TABLE kaal AS SELECT * FROM read_csv('pw/landelijk.csv', delim=';', skip=2, header=true, ignore_errors=true)");
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, piekMB: piekMB() }));
  } else {
    const r = await ingest(engine, [{ naam: 'landelijk.csv', bytes }], { stukGrootte: 1 << 30 });
    if (!r.geslaagd) throw new Error(r.meldingen.filter((m) => m.ernst === 'fout').slice(0, 2).map((m) => m.reden).join('; '));
    const pakket = await bouwPakket(engine, r);
    await schrijfPakket(values.uit!, pakket);
    const ms = performance.now() - t;
    let pakketBytes = 0;
    for (const f of await readdir(values.uit!)) pakketBytes += (await stat(join(values.uit!, f))).size;
    console.log(JSON.stringify({ ms, piekMB: piekMB(), pakketBytes, gemeenten: pakket.manifest.gemeenten.length }));
  }
  await engine.close();
} catch (e) {
  console.log(JSON.stringify({ fout: String(e instanceof Error ? e.message : e).slice(0, 300), piekMB: piekMB() }));
}
process.exit(0);
