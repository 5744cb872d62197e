import { sqlIdent, type Engine } from '@pw/engine';
import { PAKKET_SCHEMA_VERSIE, PAKKET_TABELLEN, PAKKET_TABELNAMEN, sha256Hex, type PakketTabel } from '@pw/model';
import { stabieleArrow } from './arrow.ts';
import {
  AFGELEIDE_TABELNAMEN,
  controleerManifest,
  geweigerdPakket,
  MANIFEST_GRENZEN,
  MANIFEST_SCHEMA,
  manifestProblemen,
  PakketFout,
  tabelBestand,
  type AfgeleideTabel,
  type Manifest,
  type PakketBron,
  type Tabelbestand,
  type Validatie,
} from './manifest.ts';

/** A data package in memory: its manifest and its files by name. */
export interface Pakket {
  manifest: Manifest;
  bestanden: Map<string, Uint8Array>;
}

/** What goes into a package, before hashing: the tables as Arrow IPC and what the manifest says about them. */
export interface Pakketinhoud {
  tabellen: Record<PakketTabel, Uint8Array>;
  rijen: Partial<Record<PakketTabel, number>>;
  /** Tables derived from the package tables (built one layer up, e.g. with @pw/metrics). */
  afgeleid: ReadonlyArray<{ naam: AfgeleideTabel; bytes: Uint8Array; rijen: number; omschrijving: string }>;
  /** Creation time; fixed (SOURCE_DATE_EPOCH) for reproducible builds. */
  aangemaakt: string;
  periode: Manifest['periode'];
  bronnen: PakketBron[];
  validatie: Validatie;
  gemeenten: string[];
}

/** The tables and derived tables a manifest lists, in the fixed order; names come from the fixed lists only. */
function tabellenVan(manifest: Manifest): Array<PakketTabel | AfgeleideTabel> {
  const afgeleid = new Set<string>(manifest.afgeleid.map((t) => t.naam));
  return [...PAKKET_TABELNAMEN, ...AFGELEIDE_TABELNAMEN.filter((t) => afgeleid.has(t))];
}

/** Loads every table (and the derived tables) of a package into an engine, under its own name. */
export async function laadPakket(engine: Engine, pakket: Pakket): Promise<void> {
  for (const naam of tabellenVan(pakket.manifest)) {
    const bytes = pakket.bestanden.get(tabelBestand(naam));
    if (!bytes) throw new PakketFout(`Het bestand ${tabelBestand(naam)} ontbreekt in het datapakket.`, 'Kopieer het hele pakket (alle .arrow-bestanden en manifest.json).');
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(naam)}`);
    await engine.insertIPC(naam, bytes);
  }
}

/** The package hash: sha256 over `naam:sha256\n` of every table, sorted by name (derived tables excluded). */
async function pakketHash(tabellen: ReadonlyArray<{ naam: string; sha256: string }>): Promise<string> {
  const regels = [...tabellen].sort((a, b) => (a.naam < b.naam ? -1 : 1)).map((t) => `${t.naam}:${t.sha256}\n`).join('');
  return sha256Hex(new TextEncoder().encode(regels));
}

/**
 * Makes a package from its tables: stable Arrow bytes (the same data gives the same file), a
 * sha256 per file, the package hash, and the manifest, checked against the schema (a package the
 * reader would refuse is never made).
 */
export async function maakPakket(inhoud: Pakketinhoud): Promise<Pakket> {
  const bestanden = new Map<string, Uint8Array>();
  const tabellen: Tabelbestand[] = [];
  for (const naam of PAKKET_TABELNAMEN) {
    const bytes = stabieleArrow(inhoud.tabellen[naam]);
    bestanden.set(tabelBestand(naam), bytes);
    tabellen.push({ naam, bestand: tabelBestand(naam), sha256: await sha256Hex(bytes), rijen: inhoud.rijen[naam] ?? 0, omschrijving: PAKKET_TABELLEN[naam].omschrijving });
  }
  const afgeleid: Manifest['afgeleid'] = [];
  for (const t of inhoud.afgeleid) {
    const bytes = stabieleArrow(t.bytes);
    bestanden.set(tabelBestand(t.naam), bytes);
    afgeleid.push({ naam: t.naam, bestand: tabelBestand(t.naam), sha256: await sha256Hex(bytes), rijen: t.rijen, omschrijving: t.omschrijving });
  }
  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    schemaVersie: PAKKET_SCHEMA_VERSIE,
    hash: await pakketHash(tabellen),
    aangemaakt: inhoud.aangemaakt,
    periode: inhoud.periode,
    bronnen: inhoud.bronnen,
    tabellen,
    afgeleid,
    validatie: inhoud.validatie,
    gemeenten: inhoud.gemeenten,
  };
  const problemen = manifestProblemen(manifest);
  if (problemen.length) throw new Error(`Het manifest van het nieuwe datapakket voldoet niet aan het formaat: ${problemen.join('; ')}.`);
  return { manifest, bestanden };
}

/**
 * Reads a file of a package (fs in Node, fetch in the browser). `grens`: the most bytes the caller
 * accepts; a reader that can tell the size before reading refuses a larger file without reading it.
 */
export type Pakketlezer = (bestand: string, grens?: number) => Promise<Uint8Array>;

/**
 * Reads a package through a file reader, trusting nothing in it: the manifest is checked strictly
 * first (size, shape, schema), then only the fixed files of the tables it must list are read, each
 * against its sha256, and the package hash is recomputed from those files. Any failure is the one
 * message of `geweigerdPakket` (or says the package is newer or no package at all).
 */
export async function leesPakket(lees: Pakketlezer, waar: string): Promise<Pakket> {
  const manifest = await leesManifest(lees, waar);
  const vermeld = new Map([...manifest.tabellen, ...manifest.afgeleid].map((t) => [t.naam as string, t.sha256]));
  const bestanden = new Map<string, Uint8Array>();
  const gelezen: Array<{ naam: PakketTabel; sha256: string }> = [];
  for (const naam of tabellenVan(manifest)) {
    const bytes = await leesBestand(lees, waar, naam, vermeld.get(naam));
    if ((PAKKET_TABELNAMEN as readonly string[]).includes(naam)) gelezen.push({ naam: naam as PakketTabel, sha256: vermeld.get(naam)! });
    bestanden.set(tabelBestand(naam), bytes);
  }
  if ((await pakketHash(gelezen)) !== manifest.hash) throw geweigerdPakket(waar, 'de hash in manifest.json past niet bij de tabellen.');
  return { manifest, bestanden };
}

/** One file of a package, checked against the sha256 its manifest names. */
async function leesBestand(lees: Pakketlezer, waar: string, naam: PakketTabel | AfgeleideTabel, sha: string | undefined): Promise<Uint8Array> {
  const bestand = tabelBestand(naam);
  let bytes: Uint8Array;
  try {
    bytes = await lees(bestand);
  } catch (e) {
    if (e instanceof PakketFout) throw e;
    throw new PakketFout(`Het bestand ${bestand} ontbreekt in ${waar} of is niet leesbaar.`, 'Kopieer het hele pakket (alle .arrow-bestanden en manifest.json).');
  }
  if ((await sha256Hex(bytes)) !== sha) throw geweigerdPakket(waar, `het bestand ${bestand} heeft niet de controlesom die manifest.json ervoor noemt.`);
  return bytes;
}

/**
 * A package read file by file, with the same checks as `leesPakket`: the manifest first (size,
 * shape, schema) and the package hash against the checksums it lists, then each file only when it
 * is asked for, against its sha256 (so nothing unchecked is ever used). A page that needs one
 * derived table reads that file and not the rest.
 */
export interface PakketPerBestand {
  manifest: Manifest;
  /** The files read so far, by file name (`tabelBestand`). */
  bestanden: Map<string, Uint8Array>;
  /** The file of a table or derived table the manifest lists (null when it lists none), read once and checked. */
  bestand(naam: PakketTabel | AfgeleideTabel): Promise<Uint8Array | null>;
  /** Every file the manifest lists, read and checked: the package as `leesPakket` gives it. */
  volledig(): Promise<Pakket>;
}

export async function leesPakketPerBestand(lees: Pakketlezer, waar: string): Promise<PakketPerBestand> {
  const manifest = await leesManifest(lees, waar);
  if ((await pakketHash(manifest.tabellen)) !== manifest.hash) throw geweigerdPakket(waar, 'de hash in manifest.json past niet bij de tabellen.');
  const vermeld = new Map([...manifest.tabellen, ...manifest.afgeleid].map((t) => [t.naam as string, t.sha256]));
  const bestanden = new Map<string, Uint8Array>();
  const bezig = new Map<string, Promise<Uint8Array>>();
  const bestand = (naam: PakketTabel | AfgeleideTabel): Promise<Uint8Array | null> => {
    if (!vermeld.has(naam)) return Promise.resolve(null);
    let p = bezig.get(naam);
    if (!p) {
      p = leesBestand(lees, waar, naam, vermeld.get(naam)).then((bytes) => {
        bestanden.set(tabelBestand(naam), bytes);
        return bytes;
      });
      // A failed read is not kept: the next ask reads again.
      p.catch(() => bezig.delete(naam));
      bezig.set(naam, p);
    }
    return p;
  };
  return {
    manifest,
    bestanden,
    bestand,
    async volledig() {
      for (const naam of tabellenVan(manifest)) await bestand(naam);
      return { manifest, bestanden };
    },
  };
}

/** The manifest of a package, checked strictly (size, shape, schema) before anything else is read. */
async function leesManifest(lees: Pakketlezer, waar: string): Promise<Manifest> {
  let tekst: string;
  try {
    const bytes = await lees('manifest.json', MANIFEST_GRENZEN.bytes);
    if (bytes.length > MANIFEST_GRENZEN.bytes) throw geweigerdPakket(waar, `manifest.json is groter dan ${MANIFEST_GRENZEN.bytes / 1024 / 1024} MB.`);
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof PakketFout) throw e;
    throw geenManifest(waar);
  }
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    throw geenManifest(waar);
  }
  return controleerManifest(json, waar);
}

function geenManifest(waar: string): PakketFout {
  return new PakketFout(`In ${waar} staat geen leesbaar manifest.json.`, 'Kies de map van een datapakket (met manifest.json), gemaakt met npm run ingest of de pagina Gegevens laden.');
}
