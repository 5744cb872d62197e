// npm run bench: the timings of docs/benchmarks.md, as ratios against a baseline in the same process.
// Part 1 (Node): ingest against a bare read_csv; parts 2 to 4 (the built app in headless Chromium):
// every page's first figure and complete page against a static page, a change of filter, and a
// large extract loaded on the Gegevens laden page; part 5 (Node): the
// masking of small numbers against computing the figures it is decided over; part 6 (Node): the
// national-size case, native DuckDB (the command line) and DuckDB-WASM each against a bare read_csv; part 7
// (Node): a CBS file of all municipalities read and every position recomputed, against a bare read_csv. Installs Chromium when it
// is missing, as npm test does. Arguments (`npm run bench -- --rijen 200000 --herhalingen 3`) go to part 1.
import { run, zorgVoorChromium, zorgVoorPakketten } from './lib.mjs';

zorgVoorPakketten();
zorgVoorChromium();
run('npx', ['tsx', 'tests/bench/run.ts', ...process.argv.slice(2)]);
run('npx', ['turbo', 'run', 'build', '--filter=@pw/dashboard', '--output-logs=errors-only']);
run('npx', ['tsx', 'tests/bench/eerste-figuur.ts']);
run('npx', ['tsx', 'tests/bench/filter.ts']);
run('npx', ['tsx', 'tests/bench/laden.ts']);
run('npx', ['tsx', 'tests/bench/afscherming.ts']);
run('npx', ['tsx', 'tests/bench/landelijk.ts']);
run('npx', ['tsx', 'tests/bench/cbs.ts']);
