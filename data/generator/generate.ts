/**
 * Regenerates the demo extracts under data/extracts/, byte for byte the same on every run:
 * `npx tsx data/generator/generate.ts` (from the repository root) or `npm run generate -w data`.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { genereer } from './index.ts';

const hier = dirname(fileURLToPath(import.meta.url));
const uitvoer = process.argv[2] ?? join(hier, '..', 'extracts');
const begin = performance.now();
const paden = await genereer(uitvoer);
for (const pad of paden) {
  const { size } = await stat(pad);
  console.log(`${relative(process.cwd(), pad)}  ${size.toLocaleString('en')} bytes`);
}
console.log(`klaar in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
