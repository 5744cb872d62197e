import { constants } from 'node:fs';
import { link, lstat, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { AFGELEIDE_TABELNAMEN, controleerManifest, geweigerdPakket, manifestJson, PakketFout, tabelBestand } from './manifest.ts';
import { leesPakket, type Pakket } from './pakket.ts';
import { PAKKET_TABELNAMEN } from '@pw/model';

/** The only files a package folder can hold, so the only names read or written there. */
const PAKKETBESTANDEN = new Set(['manifest.json', ...[...PAKKET_TABELNAMEN, ...AFGELEIDE_TABELNAMEN].map(tabelBestand)]);

/**
 * Writing a package into a folder (`npm run ingest --out`) survives a kill at any instant, and two
 * writers never interleave:
 *
 * - A writer first takes the folder's **lock**, `.<naam>.slot` next to it: a file made with an
 *   atomic link, holding the writer's process id, host and start time. A second writer is refused
 *   with a message naming the first (`SchrijfslotBezet`). A lock whose process is gone (on this
 *   host) is taken over, one taker at a time (`.<naam>.slot.breken`).
 * - Holding the lock, it **restores** the folder before anything else (`herstel`): should an
 *   earlier writer have been killed between its two renames, the folder is missing and the
 *   complete new package (`.<naam>.klaar-<tag>`) is put in place, else the old one
 *   (`.<naam>.oud-<tag>`); then every temporary folder of this target is removed (no lock holds
 *   them: we hold it).
 * - It writes the new package into `.<naam>.nieuw-<tag>` (each file synced), renames that to
 *   `.<naam>.klaar-<tag>` once complete, moves the old folder aside to `.<naam>.oud-<tag>`,
 *   renames the new one into place and removes the old one.
 *
 * Killed at any instant, the folder afterwards holds the old or the new package, or is missing
 * while `.klaar`/`.oud` hold them, and the next writer restores it first. The invariant is tested
 * by killing a child process between every two steps (`PW_TEST_SCHRIJF_STOP`).
 */

/** Who holds a lock: written into the lock file. */
interface Slothouder {
  pid: number;
  host: string;
  sinds: string;
  tag: string;
}

/** The lock of one package folder, held until `vrijgeven`. */
export interface Schrijfslot {
  /** The package folder (absolute). */
  readonly map: string;
  vrijgeven(): Promise<void>;
}

/** Another writer holds the folder's lock: the message names it and says what to do. */
export class SchrijfslotBezet extends PakketFout {
  constructor(map: string, slot: string, houder: Slothouder | null) {
    const wie = houder ? ` (proces ${houder.pid}${houder.host !== hostname() ? ` op ${houder.host}` : ''}, sinds ${houder.sinds.slice(0, 19).replace('T', ' ')} UTC)` : '';
    super(`${map} wordt al beschreven door een andere ingest${wie}; er is niets gelezen of geschreven.`, `wacht tot die klaar is en probeer het opnieuw. Loopt er geen ingest meer (bijvoorbeeld na een stroomstoring), verwijder dan ${slot}.`);
    this.name = 'SchrijfslotBezet';
  }
}

/** Test hook: `PW_TEST_SCHRIJF_STOP=<stap>` kills this process at that step, as a power cut or kill -9 would. */
function teststop(stap: string): void {
  if (process.env.PW_TEST_SCHRIJF_STOP === stap) process.kill(process.pid, 'SIGKILL');
}

const pad = (doel: string, soort: string, tag: string) => join(dirname(doel), `.${basename(doel)}.${soort}-${tag}`);
const slotVan = (doel: string) => join(dirname(doel), `.${basename(doel)}.slot`);
const bestaat = (p: string) => lstat(p).then(() => true, () => false);
const code = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** A tag no other writer uses: process id and time. */
function nieuweTag(): string {
  return `${process.pid}-${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

async function leesHouder(slot: string): Promise<Slothouder | null> {
  try {
    const h = JSON.parse(await readFile(slot, 'utf8')) as Partial<Slothouder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.tag === 'string' ? { pid: h.pid, host: h.host, sinds: String(h.sinds ?? ''), tag: h.tag } : null;
  } catch {
    return null;
  }
}

/** Whether the holder still runs: on this host, its process exists; on another host we cannot tell, so yes. */
function leeft(h: Slothouder): boolean {
  if (h.host !== hostname()) return true;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
}

const wacht = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Removes the lock of a writer that is gone, unless another taker replaced it meanwhile: one taker at a time. */
async function breekVerlopenSlot(slot: string, houder: Slothouder | null): Promise<void> {
  const breken = `${slot}.breken`;
  for (let poging = 0; ; poging++) {
    try {
      await mkdir(breken);
      break;
    } catch (e) {
      if (code(e) !== 'EEXIST') throw e;
      // A taker that died while breaking holds this for milliseconds only: after 30 s it is gone.
      const s = await stat(breken).catch(() => null);
      if (s && Date.now() - s.mtimeMs > 30_000) await rm(breken, { recursive: true, force: true });
      else if (poging > 200) throw new Error(`${breken} blijft bestaan; verwijder het als er geen ingest loopt.`);
      else await wacht(25);
    }
  }
  try {
    const nu = await leesHouder(slot);
    if ((nu?.tag ?? null) === (houder?.tag ?? null)) await rm(slot, { force: true });
  } finally {
    await rm(breken, { recursive: true, force: true });
  }
}

/** Temporary folders of this target: `.<naam>.<soort>-<tag>`, oldest tag first. */
async function tijdelijkeMappen(doel: string): Promise<Array<{ soort: 'nieuw' | 'klaar' | 'oud'; pad: string }>> {
  const naam = basename(doel).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patroon = new RegExp(`^\\.${naam}\\.(nieuw|klaar|oud)-(\\d+-[0-9a-z]+)$`);
  const namen = await readdir(dirname(doel)).catch(() => [] as string[]);
  return namen
    .flatMap((n) => {
      const m = patroon.exec(n);
      return m ? [{ soort: m[1] as 'nieuw' | 'klaar' | 'oud', pad: join(dirname(doel), n) }] : [];
    })
    .sort((a, b) => a.pad.localeCompare(b.pad));
}

/**
 * Restores a folder an earlier writer left behind (call it holding the lock): the complete new
 * package, else the old one, goes back in place when the folder is missing; every temporary folder
 * of the target is removed. Returns what it did, in Dutch (empty when there was nothing to do).
 */
async function herstel(doel: string): Promise<string[]> {
  const gedaan: string[] = [];
  const mappen = await tijdelijkeMappen(doel);
  if (!(await bestaat(doel))) {
    const terug = mappen.filter((m) => m.soort === 'klaar').at(-1) ?? mappen.filter((m) => m.soort === 'oud').at(-1);
    if (terug) {
      await rename(terug.pad, doel);
      gedaan.push(`${doel}: een eerder onderbroken schrijfbeurt is hersteld; de map bevat weer het ${terug.soort === 'klaar' ? 'nieuwe' : 'vorige'} datapakket.`);
    }
  }
  for (const m of mappen) if (await bestaat(m.pad)) await rm(m.pad, { recursive: true, force: true });
  // Lock proposals (`.<naam>.slot-<tag>`) of writers that are gone.
  const voorstel = `.${basename(doel)}.slot-`;
  for (const n of await readdir(dirname(doel)).catch(() => [] as string[])) {
    if (!n.startsWith(voorstel)) continue;
    const h = await leesHouder(join(dirname(doel), n));
    // An unreadable one may be being written this instant: only when it is a minute old.
    const weg = h ? !leeft(h) : Date.now() - ((await stat(join(dirname(doel), n)).catch(() => null))?.mtimeMs ?? Date.now()) > 60_000;
    if (weg) await rm(join(dirname(doel), n), { force: true });
  }
  return gedaan;
}

/** A target that exists must be a package folder: no other file in it is ever moved or removed. */
async function controleerDoel(doel: string): Promise<void> {
  const s = await lstat(doel).catch(() => null);
  if (!s) return;
  if (!s.isDirectory()) throw new PakketFout(`${doel} bestaat al en is geen map; er is niets geschreven.`, 'kies met --out een nieuwe map of de map van een bestaand datapakket.');
  const vreemd = (await readdir(doel)).filter((n) => !PAKKETBESTANDEN.has(n));
  if (vreemd.length)
    throw new PakketFout(
      `${doel} bevat andere bestanden dan een datapakket (${vreemd.slice(0, 3).join(', ')}${vreemd.length > 3 ? ', …' : ''}); er is niets geschreven, want een nieuw pakket vervangt de hele map.`,
      'kies met --out een nieuwe map of de map van een bestaand datapakket.',
    );
}

/**
 * Takes the lock of a package folder, restores what an earlier, killed writer left behind, and
 * checks that the folder (if it exists) is a package folder. Throws `SchrijfslotBezet` when another
 * writer holds the lock. `gemeld` receives what the restore did (Dutch).
 */
export async function neemSchrijfslot(map: string, gemeld: (tekst: string) => void = () => undefined): Promise<Schrijfslot> {
  const doel = resolve(map);
  await mkdir(dirname(doel), { recursive: true });
  const slot = slotVan(doel);
  const eigen: Slothouder = { pid: process.pid, host: hostname(), sinds: new Date().toISOString(), tag: nieuweTag() };
  const voorstel = `${slot}-${eigen.tag}`;
  await writeFile(voorstel, JSON.stringify(eigen), { flag: 'wx' });
  try {
    for (let poging = 0; ; poging++) {
      try {
        // A hard link appears complete, or not at all.
        await link(voorstel, slot);
        break;
      } catch (e) {
        if (code(e) !== 'EEXIST') throw e;
      }
      const houder = await leesHouder(slot);
      if ((houder && leeft(houder)) || poging >= 5) throw new SchrijfslotBezet(doel, slot, houder);
      await breekVerlopenSlot(slot, houder);
    }
  } finally {
    await rm(voorstel, { force: true });
  }
  const vrijgeven = async () => {
    if ((await leesHouder(slot))?.tag === eigen.tag) await rm(slot, { force: true });
  };
  try {
    for (const m of await herstel(doel)) gemeld(m);
    await controleerDoel(doel);
  } catch (e) {
    await vrijgeven();
    throw e;
  }
  return { map: doel, vrijgeven };
}

async function schrijfGesynct(bestand: string, bytes: Uint8Array | string): Promise<void> {
  const f = await open(bestand, 'wx');
  try {
    await f.writeFile(bytes);
    await f.sync();
  } finally {
    await f.close();
  }
}

/** Syncs a folder's entries (renames) to disk where the system allows it (not on Windows). */
async function synchroniseerMap(map: string): Promise<void> {
  const f = await open(map, 'r').catch(() => null);
  await f?.sync().catch(() => undefined);
  await f?.close();
}

/**
 * Writes a package into a folder, replacing the package there (see above: killed at any instant,
 * the folder holds the old or the new package, or the next writer restores one). Takes the
 * folder's lock unless the caller holds it (`slot`, from `neemSchrijfslot`). Only the files of a
 * package are written (the manifest's tables, by their fixed names), and the manifest must pass the
 * same check the reader applies.
 */
export async function schrijfPakket(map: string, pakket: Pakket, opties: { slot?: Schrijfslot } = {}): Promise<void> {
  controleerManifest(pakket.manifest, 'het nieuwe datapakket');
  for (const naam of pakket.bestanden.keys()) {
    if (!PAKKETBESTANDEN.has(naam) || naam === 'manifest.json') throw new Error(`${naam} is geen bestand van een datapakket; er is niets geschreven.`);
  }
  const doel = resolve(map);
  if (opties.slot && opties.slot.map !== doel) throw new Error(`Het schrijfslot hoort bij ${opties.slot.map}, niet bij ${doel}.`);
  const slot = opties.slot ?? (await neemSchrijfslot(doel));
  try {
    await controleerDoel(doel);
    const tag = nieuweTag();
    const nieuw = pad(doel, 'nieuw', tag);
    const klaar = pad(doel, 'klaar', tag);
    const oud = pad(doel, 'oud', tag);
    try {
      await mkdir(nieuw);
      for (const [naam, bytes] of pakket.bestanden) {
        if (process.env.PW_TEST_SCHRIJF_STOP === `half:${naam}`) await writeFile(join(nieuw, naam), bytes.subarray(0, bytes.length >> 1));
        teststop(`half:${naam}`);
        await schrijfGesynct(join(nieuw, naam), bytes);
        teststop(`bestand:${naam}`);
      }
      await schrijfGesynct(join(nieuw, 'manifest.json'), manifestJson(pakket.manifest));
      teststop('manifest');
      await synchroniseerMap(nieuw);
      await rename(nieuw, klaar);
      teststop('klaar');
    } catch (e) {
      await rm(nieuw, { recursive: true, force: true });
      throw e;
    }
    const vorige = await bestaat(doel);
    if (vorige) await rename(doel, oud);
    teststop('oud');
    try {
      await rename(klaar, doel);
    } catch (e) {
      if (vorige) await rename(oud, doel);
      await rm(klaar, { recursive: true, force: true });
      throw e;
    }
    teststop('nieuw');
    await synchroniseerMap(dirname(doel));
    if (vorige) {
      // Part of the old folder first, so a kill here leaves a half-removed leftover to clean up.
      const [eerste] = await readdir(oud);
      if (eerste) await rm(join(oud, eerste), { force: true });
      teststop('opruimen');
      await rm(oud, { recursive: true, force: true });
    }
  } finally {
    if (!opties.slot) await slot.vrijgeven();
  }
}

/**
 * Reads a package folder with every check of `leesPakket`. Nothing outside the folder is read:
 * only the fixed file names of a package, each a regular file in the folder itself (a symbolic
 * link, a folder or a device under such a name is refused), and never more than the reader's limit.
 */
export async function leesPakketMap(map: string): Promise<Pakket> {
  return leesPakket(async (bestand, grens) => {
    if (!PAKKETBESTANDEN.has(bestand)) throw new Error(`${bestand} is geen bestand van een datapakket.`);
    const pad = join(map, bestand);
    const s = await lstat(pad);
    if (!s.isFile()) throw geweigerdPakket(map, `${bestand} is geen gewoon bestand in de map (maar een ${s.isSymbolicLink() ? 'koppeling naar een ander bestand' : s.isDirectory() ? 'map' : 'apparaat of pijp'}).`);
    if (grens !== undefined && s.size > grens) throw geweigerdPakket(map, `${bestand} is groter dan ${grens / 1024 / 1024} MB.`);
    // O_NOFOLLOW: should the name have become a link since lstat, opening it fails.
    const f = await open(pad, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      return new Uint8Array(await f.readFile());
    } finally {
      await f.close();
    }
  }, map);
}
