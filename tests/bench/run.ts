// npm run bench, part 1 (part 2: filter.ts): timings as ratios against a baseline measured in the same process (never asserted in a test).
//   1. ingest: a bare DuckDB-WASM read_csv of a 1,000,000-row caseload CSV against the full ingest to a data package.
// Usage: npm run bench [-- --rijen 1000000 --herhalingen 3]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { schrijfPakket } from '@pw/datapackage/node';
import { schrijfGrootUitkeringenCsv } from '@pw/demo-data';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '@pw/ingest';
import { bouwPakket } from '@pw/publicatie';

const { values } = parseArgs({ options: { rijen: { type: 'string', default: '1000000' }, herhalingen: { type: 'string', default: '3' } } });
const rijen = Number(values.rijen);
const herhalingen = Number(values.herhalingen);
const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`Genereren: ${rijen.toLocaleString('nl-NL')} regels uitkeringen (vorm van het Almelo-extract)…`);
const csv = schrijfGrootUitkeringenCsv(rijen);
console.log(`  ${(csv.length / 1e6).toFixed(1)} MB`);

const engine = await openNodeEngine();
// Warm up both paths once on a small file (WASM code paths compile on first use).
const klein = schrijfGrootUitkeringenCsv(20_000);
await engine.registerFile('pw/warm.csv', klein);
await engine.exec("CREATE OR REPLACE TABLE warm AS SELECT * FROM read_csv('pw/warm.csv', delim=';', skip=2, header=true, ignore_errors=true)");
await engine.exec('DROP TABLE warm');
await ingest(engine, [{ naam: 'warm.csv', bytes: klein }]);

const kaal: number[] = [];
const volledig: number[] = [];
const fasen = new Map<string, number[]>();
const uitvoer = await mkdtemp(join(tmpdir(), 'pw-bench-'));
for (let i = 0; i < herhalingen; i++) {
  // Baseline: what DuckDB needs as a minimum to read this file (delimiter, header position, skip what does not parse such as the Totaal row; types auto-detected).
  let t = performance.now();
  await engine.registerFile('pw/bench.csv', csv);
  await engine.exec("CREATE OR REPLACE TABLE kaal AS SELECT * FROM read_csv('pw/bench.csv', delim=';', skip=2, header=true, ignore_errors=true)");
  kaal.push(performance.now() - t);
  await engine.exec('DROP TABLE kaal');
  await engine.dropFile('pw/bench.csv');

  // Full ingest: encoding and header recognition, validation (incl. overlaps), pseudonymisation,
  // aggregation, kerncijfers, Arrow IPC and an atomic write of the package.
  t = performance.now();
  let fase = 'openen';
  let faseStart = t;
  const wissel = (nieuw: string) => {
    const nu = performance.now();
    if (nieuw === fase) return;
    fasen.set(fase, [...(fasen.get(fase) ?? []), nu - faseStart]);
    fase = nieuw;
    faseStart = nu;
  };
  const r = await ingest(engine, [{ naam: 'bench.csv', bytes: csv }], { stukGrootte: 1 << 30, voortgang: (v) => wissel(v.fase) });
  if (!r.geslaagd) throw new Error(`ingest faalde: ${r.meldingen.slice(0, 3).map((m) => m.reden).join('; ')}`);
  wissel('pakket');
  const pakket = await bouwPakket(engine, r);
  await schrijfPakket(join(uitvoer, 'pakket'), pakket);
  wissel('klaar');
  volledig.push(performance.now() - t);
  console.log(`  ronde ${i + 1}: kale read_csv ${s(kaal.at(-1)!)}, volledige ingest ${s(volledig.at(-1)!)}`);
}
await rm(uitvoer, { recursive: true, force: true });
await engine.close();

const k = mediaan(kaal);
const v = mediaan(volledig);
console.log(`\nIngest van ${rijen.toLocaleString('nl-NL')} regels (mediaan van ${herhalingen}, DuckDB-WASM in Node ${process.version}):`);
console.log(`  kale read_csv:     ${s(k)}`);
console.log(`  volledige ingest:  ${s(v)}`);
console.log(`  verhouding:        ${(v / k).toFixed(2)}× (doel: ≤ 2×)`);
const namen: Record<string, string> = {
  openen: 'hash en tekenset (JS)',
  lezen: 'lezen en canoniek maken (read_csv)',
  controleren: 'controleren, dubbele en overlappende perioden',
  tellen: 'tellen (stand, duur, leeftijd, mutaties)',
  pakket: 'kerncijfers, Arrow IPC, manifest, schrijven',
};
console.log('\nWaar de tijd van de volledige ingest heen gaat (mediaan):');
for (const [f, tijden] of fasen) if (namen[f]) console.log(`  ${namen[f]!.padEnd(48)} ${s(mediaan(tijden))}`);
