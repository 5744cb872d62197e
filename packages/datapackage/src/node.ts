import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AFGELEIDE_TABELNAMEN, controleerManifest, geweigerdPakket, manifestJson, tabelBestand } from './manifest.ts';
import { leesPakket, type Pakket } from './pakket.ts';
import { PAKKET_TABELNAMEN } from '@pw/model';

/** The only files a package folder can hold, so the only names read or written there. */
const PAKKETBESTANDEN = new Set(['manifest.json', ...[...PAKKET_TABELNAMEN, ...AFGELEIDE_TABELNAMEN].map(tabelBestand)]);

/**
 * Writes a package atomically: into a temporary folder next to the target, then swapped in with
 * renames. If anything fails before the swap, the previous package is untouched. Only the files
 * of a package are written (the manifest's tables, by their fixed names), and the manifest must
 * pass the same check the reader applies.
 */
export async function schrijfPakket(map: string, pakket: Pakket): Promise<void> {
  controleerManifest(pakket.manifest, 'het nieuwe datapakket');
  for (const naam of pakket.bestanden.keys()) {
    if (!PAKKETBESTANDEN.has(naam) || naam === 'manifest.json') throw new Error(`${naam} is geen bestand van een datapakket; er is niets geschreven.`);
  }
  const doel = resolve(map);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tijdelijk = join(dirname(doel), `.${basename(doel)}.nieuw-${tag}`);
  await mkdir(dirname(doel), { recursive: true });
  try {
    await mkdir(tijdelijk);
    for (const [naam, bytes] of pakket.bestanden) await writeFile(join(tijdelijk, naam), bytes);
    await writeFile(join(tijdelijk, 'manifest.json'), manifestJson(pakket.manifest));
  } catch (e) {
    await rm(tijdelijk, { recursive: true, force: true });
    throw e;
  }
  const bestaat = await stat(doel).then(() => true, () => false);
  const oud = join(dirname(doel), `.${basename(doel)}.oud-${tag}`);
  if (bestaat) await rename(doel, oud);
  try {
    await rename(tijdelijk, doel);
  } catch (e) {
    if (bestaat) await rename(oud, doel);
    throw e;
  }
  if (bestaat) await rm(oud, { recursive: true, force: true });
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
