import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { leesPakket, type Pakket } from './pakket.ts';

/**
 * Writes a package atomically: into a temporary folder next to the target, then swapped in with
 * renames. If anything fails before the swap, the previous package is untouched.
 */
export async function schrijfPakket(map: string, pakket: Pakket): Promise<void> {
  const doel = resolve(map);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tijdelijk = join(dirname(doel), `.${basename(doel)}.nieuw-${tag}`);
  await mkdir(dirname(doel), { recursive: true });
  try {
    await mkdir(tijdelijk);
    for (const [naam, bytes] of pakket.bestanden) await writeFile(join(tijdelijk, naam), bytes);
    await writeFile(join(tijdelijk, 'manifest.json'), JSON.stringify(pakket.manifest, null, 2) + '\n');
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

export async function leesPakketMap(map: string): Promise<Pakket> {
  return leesPakket(async (bestand) => new Uint8Array(await readFile(join(map, bestand))), map);
}
