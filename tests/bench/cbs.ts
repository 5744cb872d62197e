// npm run bench, part 7: reading a CBS open-data file of all municipalities (issue 12: table 84066NED,
// 2017, ~1,460 rows × 17 measures) and recomputing every municipality's position, against DuckDB-WASM's
// bare read_csv of the same file: a ratio in the same process, never asserted in a test.
import { readFileSync } from 'node:fs';
import { sqlIdent } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '@pw/ingest';
import { CBS_REFERENTIE_SQL, cbsPositie, type CbsRij } from '@pw/metrics';

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;
const bytes = new Uint8Array(readFileSync(new URL('../../packages/ingest/test/cbs/bijstand-gemeenten-2017.csv', import.meta.url)));
const engine = await openNodeEngine();
const kaal: number[] = [];
const volledig: number[] = [];
const lezen: number[] = [];
const posities: number[] = [];
let gemeenten = 0;
for (let i = 0; i < 4; i++) {
  let t = performance.now();
  await engine.registerFile('pw/cbs.csv', bytes);
  await engine.exec("CREATE OR REPLACE TABLE kaal AS SELECT * FROM read_csv('pw/cbs.csv', header=true)");
  if (i > 0) kaal.push(performance.now() - t);
  await engine.exec('DROP TABLE kaal');
  await engine.dropFile('pw/cbs.csv');

  t = performance.now();
  // The CBS reading itself: from opening the file until ingest moves on to its checks over all files.
  let leesBegin = t;
  let leesDuur = 0;
  const r = await ingest(engine, [{ naam: 'cbs-84066NED.csv', bytes }], {
    cbsPeriode: 2017,
    voortgang: (v) => {
      if (v.fase === 'openen') leesBegin = performance.now();
      else if (v.fase === 'controleren' && !leesDuur) leesDuur = performance.now() - leesBegin;
    },
  });
  if (!r.tabellen) throw new Error(r.meldingen.map((m) => m.reden).join('; '));
  await engine.exec('DROP TABLE IF EXISTS cbs_referentie');
  await engine.insertIPC('cbs_referentie', r.tabellen.cbs_referentie);
  const rijen = await engine.query<CbsRij>(CBS_REFERENTIE_SQL);
  const p0 = performance.now();
  const codes = [...new Set(rijen.filter((x) => x.gemeente_code.startsWith('GM')).map((x) => x.gemeente_code))];
  gemeenten = codes.filter((c) => cbsPositie(rijen, c)).length;
  if (i > 0) {
    volledig.push(performance.now() - t);
    lezen.push(leesDuur);
    posities.push(performance.now() - p0);
  }
  await engine.exec(`DROP TABLE ${sqlIdent('cbs_referentie')}`);
}
await engine.close();
const k = mediaan(kaal);
const v = mediaan(volledig);
console.log(`CBS-bestand van alle gemeenten (84066NED, ${(bytes.length / 1e3).toFixed(0)} kB), ingest en de positie van ${gemeenten} gemeenten (DuckDB-WASM in Node, mediaan van 3):`);
const l = mediaan(lezen);
console.log(`  kale read_csv:                               ${ms(k)}`);
console.log(`  het CBS-bestand lezen en controleren:        ${ms(l)} (${(l / k).toFixed(1)}×)`);
console.log(`  de positie van elke gemeente (JS):           ${ms(mediaan(posities))}`);
console.log(`  hele ingest tot pakkettabellen en posities:  ${ms(v)} (${(v / k).toFixed(1)}×; het meeste is het vaste werk van elke ingest, ook zonder CBS-bestand)`);
