// npm run bench, part 4: the national-size case. A caseload extract of 10,000,000 rows over 340
// municipalities, ingested into a data package by the command line (native DuckDB) and by
// DuckDB-WASM (the browser's engine, here in Node: the same WASM build and its 4 GB memory), each
// against a bare read_csv of the same file in the same engine, with time, peak memory (RSS of the
// process) and the size of the package. WASM is tried at 10 million rows and then at smaller
// sizes until one fits; a size it cannot handle is said with the reason. `LANDELIJK_RIJEN` sets the size.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schrijfGrootUitkeringenCsv } from '@pw/demo-data';
import { alleGemeenten } from '@pw/model';

const RIJEN = Number(process.env.LANDELIJK_RIJEN ?? 10_000_000);
const GEMEENTEN = alleGemeenten()
  .filter((g) => g.geldigTot === null && g.geldigVan === null)
  .slice(0, 340)
  .map((g) => g.code);
const STAP = fileURLToPath(new URL('./landelijk-stap.ts', import.meta.url));
const nl = (n: number, d = 0) => n.toLocaleString('nl-NL', { maximumFractionDigits: d, minimumFractionDigits: d });
const s = (ms: number) => `${nl(ms / 1000, 1)} s`;

interface Meting {
  ms?: number;
  piekMB: number;
  pakketBytes?: number;
  gemeenten?: number;
  fout?: string;
}

function meet(motor: 'native' | 'wasm', stap: 'kaal' | 'ingest', bestand: string, uit: string): Meting {
  const r = spawnSync(process.execPath, ['--import', 'tsx', STAP, '--motor', motor, '--stap', stap, '--bestand', bestand, '--uit', uit], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 30 * 60_000,
  });
  const regel = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(regel) as Meting;
  } catch {
    return { piekMB: 0, fout: `het proces stopte (${r.signal ?? `code ${r.status}`}): ${(r.stderr || regel).trim().split('\n').slice(-2).join(' ').slice(0, 200)}` };
  }
}

const map = await mkdtemp(join(tmpdir(), 'pw-bench-landelijk-'));
try {
  const maten = [RIJEN, ...[5_000_000, 2_000_000, 1_000_000].filter((n) => n < RIJEN)];
  const bestanden = new Map<number, string>();
  const bestandVan = async (rijen: number) => {
    let b = bestanden.get(rijen);
    if (!b) {
      b = join(map, `uitkeringen-${rijen}.csv`);
      const csv = schrijfGrootUitkeringenCsv(rijen, undefined, GEMEENTEN);
      await writeFile(b, csv);
      console.log(`  ${nl(rijen)} regels, ${GEMEENTEN.length} gemeenten: ${nl(csv.length / 1e6)} MB`);
      bestanden.set(rijen, b);
    }
    return b;
  };
  console.log(`\nLandelijke omvang: genereren…`);
  const regel = (wie: string, rijen: number, kaal: Meting, vol: Meting) =>
    console.log(
      // eslint-disable-next-line pw/sql-citeren -- a line of the benchmark's report that names read_csv, not SQL
      `  ${wie.padEnd(30)} ${nl(rijen).padStart(10)} regels: kale read_csv ${s(kaal.ms!)} (piek ${nl(kaal.piekMB)} MB), volledige ingest ${s(vol.ms!)} (piek ${nl(vol.piekMB)} MB), verhouding ${nl(vol.ms! / kaal.ms!, 2)}×; pakket ${nl(vol.pakketBytes! / 1e6, 1)} MB (${vol.gemeenten} gemeenten)`,
    );

  const bestand = await bestandVan(RIJEN);
  console.log('\nLandelijke omvang (elke meting een eigen proces; piek = maximale RSS van dat proces):');
  const nk = meet('native', 'kaal', bestand, join(map, 'n-kaal'));
  const ni = meet('native', 'ingest', bestand, join(map, 'n-pakket'));
  if (nk.fout || ni.fout) console.log(`  opdrachtregel (native DuckDB): lukte niet (${nk.fout ? 'kale read_csv' : 'volledige ingest'}): ${nk.fout ?? ni.fout}`);
  else regel('opdrachtregel (native DuckDB)', RIJEN, nk, ni);

  for (const rijen of maten) {
    const b = await bestandVan(rijen);
    const wk = meet('wasm', 'kaal', b, join(map, `w-kaal-${rijen}`));
    const wi = wk.fout ? wk : meet('wasm', 'ingest', b, join(map, `w-pakket-${rijen}`));
    if (!wk.fout && !wi.fout) {
      regel('browser-rekenmachine (WASM)', rijen, wk, wi);
      break;
    }
    // Only a lack of memory is a matter of size; any other failure is said as it is, and smaller sizes would fail the same way.
    const fout = wi.fout ?? '';
    if (!/allocate|memory|geheugen|Out of Memory|proces stopte/i.test(fout)) {
      console.log(`  browser-rekenmachine (WASM)    ${nl(rijen).padStart(10)} regels: lukte niet: ${fout.split('\n')[0]}`);
      break;
    }
    console.log(`  browser-rekenmachine (WASM)    ${nl(rijen).padStart(10)} regels: te groot voor DuckDB-WASM (piek ${nl(wi.piekMB)} MB): ${fout.split('\n')[0]}`);
  }
} finally {
  await rm(map, { recursive: true, force: true });
}
