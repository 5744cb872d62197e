// Writing a package survives a kill at any instant, and two writers never interleave. A child
// process writes a package over an older one and is killed (SIGKILL, as kill -9 or a power cut
// would) between every two steps of the write; afterwards the folder holds the old or the new
// package, or is missing and the next writer restores one of them before anything else, and no
// temporary folder or lock is left behind.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAKKET_TABELNAMEN } from '@pw/model';
import type { Pakket } from '../src/pakket.ts';
import { leesPakketMap, neemSchrijfslot, schrijfPakket, SchrijfslotBezet } from '../src/node.ts';
import { voorbeeldPakket, voorbeeldTabellen } from './voorbeeld.ts';

const SRC = fileURLToPath(new URL('../src/node.ts', import.meta.url));

let map: string;
let oud: Pakket;
let nieuw: Pakket;
/** The new package as a folder: the child reads it and writes it over the old one (the same bytes). */
let bron: string;
beforeAll(async () => {
  map = await mkdtemp(join(tmpdir(), 'pw-schrijven-'));
  oud = await voorbeeldPakket(voorbeeldTabellen(0));
  nieuw = await voorbeeldPakket(voorbeeldTabellen(1));
  bron = join(map, 'bron');
  await schrijfPakket(bron, nieuw);
});
afterAll(() => rm(map, { recursive: true, force: true }));

/** Node code for a child process that writes the new package into `doel` (run through tsx). */
const kindCode = (doel: string) =>
  `import { leesPakketMap, schrijfPakket } from ${JSON.stringify(SRC)};
   await schrijfPakket(${JSON.stringify(doel)}, await leesPakketMap(${JSON.stringify(bron)}));`;

const kindArgs = (doel: string) => ['--import', 'tsx', '--input-type=module', '-e', kindCode(doel)];

/** Runs the writer in a child process that kills itself at `stap`; returns its signal. */
function schrijfInKind(doel: string, stap: string): NodeJS.Signals | null {
  const r = spawnSync(process.execPath, kindArgs(doel), { env: { ...process.env, PW_TEST_SCHRIJF_STOP: stap }, encoding: 'utf8' });
  if (r.status !== null && r.status !== 0) throw new Error(`kind stopte met ${r.status}: ${r.stderr}`);
  return r.signal;
}

/** The hash of the package in `doel`, or null when the folder is missing. */
async function hashIn(doel: string): Promise<string | null> {
  try {
    await readdir(doel);
  } catch {
    return null;
  }
  return (await leesPakketMap(doel)).manifest.hash;
}

/** What the writers left next to the package folder (temporary folders, locks). */
async function restjes(doel: string): Promise<string[]> {
  const naam = doel.split('/').at(-1)!;
  return (await readdir(join(doel, '..'))).filter((n) => n.startsWith(`.${naam}.`));
}

/** Every step of a write; of the table files (all written alike) the first and the last. */
const STAPPEN = [
  `half:${PAKKET_TABELNAMEN[0]}.arrow`,
  `bestand:${PAKKET_TABELNAMEN[0]}.arrow`,
  'half:kerncijfers.arrow',
  'bestand:kerncijfers.arrow',
  'manifest',
  'klaar',
  'oud',
  'nieuw',
  'opruimen',
];

describe('writing a package killed at any instant', () => {
  it.each([{ vooraf: 'an older package' }, { vooraf: 'no package' }])('over $vooraf: afterwards the folder holds the old or the new package, or the next writer restores one', async ({ vooraf }) => {
    const uitkomsten = new Map<string, string>();
    // With no older package there is nothing to remove, so no step 'opruimen'.
    for (const [i, stap] of STAPPEN.filter((s) => vooraf !== 'no package' || s !== 'opruimen').entries()) {
      const doel = join(map, `${vooraf === 'no package' ? 'leeg' : 'vol'}-${i}`);
      if (vooraf !== 'no package') await schrijfPakket(doel, oud);
      const toegestaan = vooraf === 'no package' ? [null, nieuw.manifest.hash] : [oud.manifest.hash, nieuw.manifest.hash];
      expect(schrijfInKind(doel, stap), stap).toBe('SIGKILL');
      const direct = await hashIn(doel);
      // Only in the window between the two renames is the folder missing, and the next run restores it.
      if (direct === null && vooraf !== 'no package') expect(['oud'], stap).toContain(stap);
      expect([...toegestaan, null], stap).toContain(direct);
      // The next writer (here: only taking the lock, as npm run ingest does first) restores the folder.
      const gemeld: string[] = [];
      const slot = await neemSchrijfslot(doel, (m) => gemeld.push(m));
      await slot.vrijgeven();
      const daarna = await hashIn(doel);
      expect(toegestaan, stap).toContain(daarna);
      if (direct !== null) expect(daarna, stap).toBe(direct);
      if (direct === null && daarna !== null) expect(gemeld, stap).toEqual([expect.stringMatching(/een eerder onderbroken schrijfbeurt is hersteld; de map bevat weer het (nieuwe|vorige) datapakket\.$/)]);
      expect(await restjes(doel), stap).toEqual([]);
      uitkomsten.set(stap, daarna === nieuw.manifest.hash ? 'nieuw' : daarna === null ? 'geen' : 'oud');
      // And the next write completes.
      await schrijfPakket(doel, nieuw);
      expect(await hashIn(doel)).toBe(nieuw.manifest.hash);
    }
    // Up to the complete new folder the old state stays; from then on the new package wins.
    expect(uitkomsten.get('manifest')).toBe(vooraf === 'no package' ? 'geen' : 'oud');
    expect(uitkomsten.get('klaar')).toBe(vooraf === 'no package' ? 'nieuw' : 'oud');
    expect(uitkomsten.get('nieuw')).toBe('nieuw');
  });

  it('survives kills from outside at random moments too', async () => {
    const doel = join(map, 'buiten');
    await schrijfPakket(doel, oud);
    for (const wachttijd of [0, 50, 150, 250, 400, 600, 900, 1300]) {
      const kind = spawn(process.execPath, kindArgs(doel), { stdio: 'ignore' });
      const einde = new Promise<void>((ok) => kind.on('exit', () => ok()));
      await new Promise((ok) => setTimeout(ok, wachttijd));
      kind.kill('SIGKILL');
      await einde;
      const slot = await neemSchrijfslot(doel);
      await slot.vrijgeven();
      expect([oud.manifest.hash, nieuw.manifest.hash], `na ${wachttijd} ms`).toContain(await hashIn(doel));
      expect(await restjes(doel)).toEqual([]);
    }
  });
});

describe('two writers into the same folder', () => {
  it('the second is refused with a Dutch message naming the first, and writes nothing', async () => {
    const doel = join(map, 'twee');
    await schrijfPakket(doel, oud);
    const eerste = await neemSchrijfslot(doel);
    const fout = await schrijfPakket(doel, nieuw).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(SchrijfslotBezet);
    expect(String((fout as Error).message)).toMatch(
      new RegExp(`twee wordt al beschreven door een andere ingest \\(proces ${process.pid}, sinds \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); er is niets gelezen of geschreven\\. Oplossing: wacht tot die klaar is en probeer het opnieuw\\. Loopt er geen ingest meer .*, verwijder dan .*\\.twee\\.slot\\.$`),
    );
    expect(await hashIn(doel)).toBe(oud.manifest.hash);
    await eerste.vrijgeven();
    await schrijfPakket(doel, nieuw);
    expect(await hashIn(doel)).toBe(nieuw.manifest.hash);
  });

  it('a lock whose process is gone is taken over; a live child process keeps its lock', async () => {
    const doel = join(map, 'verlopen');
    // A child that takes the lock and waits until it is told to stop.
    const kind = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import { neemSchrijfslot } from ${JSON.stringify(SRC)}; await neemSchrijfslot(${JSON.stringify(doel)}); console.log('slot'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ok) => kind.stdout.once('data', () => ok()));
    await expect(neemSchrijfslot(doel)).rejects.toThrow(/wordt al beschreven door een andere ingest \(proces \d+/);
    const einde = new Promise<void>((ok) => kind.on('exit', () => ok()));
    kind.kill('SIGKILL');
    await einde;
    const slot = await neemSchrijfslot(doel);
    await schrijfPakket(doel, nieuw, { slot });
    await slot.vrijgeven();
    expect(await hashIn(doel)).toBe(nieuw.manifest.hash);
    expect(await restjes(doel)).toEqual([]);
  });

  it('only a package folder is replaced: a folder with other files is refused before anything is written', async () => {
    const doel = join(map, 'documenten');
    await mkdir(doel);
    await writeFile(join(doel, 'begroting.xlsx'), 'x');
    await expect(schrijfPakket(doel, nieuw)).rejects.toThrow(/documenten bevat andere bestanden dan een datapakket \(begroting\.xlsx\); er is niets geschreven.*Oplossing: kies met --out een nieuwe map/);
    expect(await readdir(doel)).toEqual(['begroting.xlsx']);
    expect(await restjes(doel)).toEqual([]);
  });
});
