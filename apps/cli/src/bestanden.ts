import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { leesMapping, Mappingfout, meldingTekst, type Bronbestand, type Mapping } from '@pw/ingest';
import { Gebruikersfout } from './uitvoeren.ts';

const EXTRACT = /\.(csv|txt|xlsx|xls|xlsm|ods)$/i;

/** The extract files named on the command line: files as given, folders searched recursively (sorted). */
export async function verzamelBestanden(paden: readonly string[]): Promise<string[]> {
  const uit: string[] = [];
  for (const pad of paden) {
    const s = await stat(pad).catch(() => null);
    if (!s) throw new Gebruikersfout([`${pad}: dit bestand of deze map bestaat niet. Oplossing: controleer het pad (een map wordt doorzocht op .csv- en .xlsx-bestanden).`]);
    if (s.isFile()) uit.push(pad);
    else {
      const namen = (await readdir(pad, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && EXTRACT.test(e.name) && !e.name.startsWith('.'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      uit.push(...namen);
    }
  }
  return uit;
}

export async function leesBron(pad: string): Promise<Bronbestand> {
  return { naam: relative(process.cwd(), pad) || basename(pad), bytes: new Uint8Array(await readFile(pad)) };
}

/**
 * Mappings: `--mapping file.json` applies to every file; a file `<extract>.mapping.json` next to an
 * extract applies to that extract only (and wins).
 */
export async function mappingVoor(paden: readonly string[], algemeen: string | undefined): Promise<(naam: string) => Mapping | undefined> {
  // A broken mapping file stops before any work, naming the file, the line and the field.
  const lees = async (p: string): Promise<Mapping> => {
    try {
      return leesMapping(await readFile(p, 'utf8'), relative(process.cwd(), p) || basename(p));
    } catch (e) {
      if (e instanceof Mappingfout) throw new Gebruikersfout([...e.meldingen.map(meldingTekst), 'Er is niets geladen.']);
      throw e;
    }
  };
  const basis = algemeen ? await lees(algemeen) : undefined;
  const perBestand = new Map<string, Mapping>();
  for (const p of paden) {
    const naast = join(dirname(p), `${basename(p).replace(/\.[^.]+$/, '')}.mapping.json`);
    if (await stat(naast).then(() => true, () => false)) perBestand.set(relative(process.cwd(), p) || basename(p), await lees(naast));
  }
  return (naam) => perBestand.get(naam) ?? basis;
}
