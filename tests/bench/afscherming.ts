// npm run bench, part 4: the masking of small numbers (issue 10), decided once over all figures of
// the demo package (both indelingen, every area), against computing those figures in DuckDB-WASM
// (which the decision needs first): a ratio in the same process, never asserted in a test.
import { bepaalAfscherming, pakketfiguren } from '@pw/afscherming';
import { laadPakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { openNodeEngine } from '@pw/engine/node';

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;
const pakket = await leesPakketMap('data/demo-package');
const engine = await openNodeEngine();
await laadPakket(engine, pakket);
const figuurtijden: number[] = [];
const besluittijden: number[] = [];
let invoer = await pakketfiguren(engine, pakket.manifest.gemeenten);
bepaalAfscherming(invoer);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  invoer = await pakketfiguren(engine, pakket.manifest.gemeenten);
  figuurtijden.push(performance.now() - t);
  t = performance.now();
  const a = bepaalAfscherming(invoer);
  besluittijden.push(performance.now() - t);
  if (i === 0) console.log(`Afscherming van het demopakket: ${a.telling.cellen} cellen (aantallen), ${a.telling.vergelijkingen} relaties, ${a.telling.primair} <5, ${a.telling.secundair} x, ${a.telling.verhoudingen} verhoudingen x.`);
}
await engine.close();
const f = mediaan(figuurtijden);
const b = mediaan(besluittijden);
console.log(`  alle figuren van beide indelingen (DuckDB-WASM): ${ms(f)}`);
console.log(`  besluit over de afscherming (JS):                ${ms(b)}`);
console.log(`  verhouding:                                      ${(b / f).toFixed(2)}×`);
