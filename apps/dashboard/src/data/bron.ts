import { tableFromIPC, type Table } from 'apache-arrow';
import { AANTAL_INDICATOREN, GEHEIM_MARKER, KLEIN_AANTAL_MARKER, VERHOUDINGEN, type Afschermingsbesluit, type Markering } from '@pw/afscherming';
import { leesPakket, leesPakketPerBestand, manifestJson, tabelBestand, type AfgeleideTabel, type Pakket, type Pakketlezer, type PakketPerBestand } from '@pw/datapackage';
import { formatDatum } from '@pw/format';
import { korteHash, type PakketTabel } from '@pw/model';
import { arrowNaarRijen } from '@pw/engine';
import { wswKengetallen, type CbsRij, type Figuur, type Indeling, type WswKengetal } from '@pw/metrics';
import { FIGURENTABEL, leesGeleverdeFiguren, type GeleverdeFiguren } from '@pw/publicatie';
import { GEEN_PUBLICATIE, leesSitelijst, pakketMap, SITELIJST, type Sitelijst } from '@pw/site';
import { neemVroegeSitelijst } from '../vroeg.ts';
import { leesBewaardPakket } from '../laden/opslag.ts';

/**
 * Where a data package comes from: a package loaded on the page "Gegevens laden" (kept in
 * IndexedDB until the user removes it), the package served with the app (the embedded demo
 * package, or the one `npm start -- --pakket` serves in its place), or a package served next to
 * the app for a report. Plain loading functions: which package is the default and which is loaded
 * is kept in the query cache (`queries.ts`).
 */
export interface Gegevens {
  pakket: Pakket;
  /**
   * Figures readable without the engine for the default peildatum and the first view: the shipped
   * standard figures under today's boundaries, or the headline kerncijfers of an older package;
   * made when first asked for (a page reads the shipped figures by area, see `geleverdeFiguren`).
   */
  kerncijfers: () => readonly Figuur[];
  waar: string;
  /** True for the embedded demo package (known by its hash), false for any other. */
  demo: boolean;
  /** True for a package kept in this browser (loaded on Gegevens laden): it can be removed there. */
  bewaard: boolean;
}

export class PakketNietBeschikbaar extends Error {
  constructor(readonly hash: string) {
    super(`Datapakket ${korteHash(hash)} is niet in deze browser.`);
    this.name = 'PakketNietBeschikbaar';
  }
}

const BASIS = import.meta.env.BASE_URL;
const DEMO = `${BASIS}data/demo/`;

/** A file reader for the package served under `map` (a path under the app). */
function lezerVan(map: string) {
  return async (bestand: string): Promise<Uint8Array> => {
    const r = await fetch(`${map}${bestand}`);
    if (!r.ok) throw new Error(`${bestand} kon niet worden opgehaald (${r.status}).`);
    return new Uint8Array(await r.arrayBuffer());
  };
}

/** The packages read file by file (by their map of files read so far), for reading the rest when needed. */
const perBestand = new WeakMap<Map<string, Uint8Array>, PakketPerBestand>();

/**
 * A package served next to the app, read file by file: the manifest (checked, with the package
 * hash), then only what the first view needs, the shipped figures under today's boundaries (the
 * kerncijfers of an older package). Every other file is read, and checked against its sha256, when
 * something needs it: the other indeling, or the engine (`volledigPakket`).
 */
async function leesPerBestand(lees: Pakketlezer, waar: string): Promise<Pakket> {
  const p = await leesPakketPerBestand(lees, waar);
  perBestand.set(p.bestanden, p);
  await p.bestand(heeftGeleverdeFiguren(p) ? FIGURENTABEL.huidig : 'kerncijfers');
  return { manifest: p.manifest, bestanden: p.bestanden };
}

/** A file of a package (a table or derived table), read and checked when it was not yet; null when the package has none. */
async function bestandVan(pakket: Pakket, naam: PakketTabel | AfgeleideTabel): Promise<Uint8Array | null> {
  return pakket.bestanden.get(tabelBestand(naam)) ?? (await perBestand.get(pakket.bestanden)?.bestand(naam)) ?? null;
}

/**
 * A package file read as an Arrow table without DuckDB (the CBS reference, the Wsw key figures);
 * null when the package has none. Its sha256 matches the manifest, but a package travels by mail:
 * a file that is not Arrow gets a Dutch message naming it, not the reader's own words.
 */
async function tabelVan(pakket: Pakket, naam: PakketTabel): Promise<Table | null> {
  const bytes = await bestandVan(pakket, naam);
  if (!bytes) return null;
  let tabel: Table | null = null;
  try {
    tabel = tableFromIPC(bytes);
  } catch {
    tabel = null;
  }
  // apache-arrow reads some bytes that are no Arrow at all as a table without columns.
  if (!tabel || tabel.schema.fields.length === 0)
    throw new Error(`${tabelBestand(naam)} in het datapakket is geen leesbaar Arrow-bestand. Oplossing: maak het datapakket opnieuw (npm run ingest of Gegevens laden).`);
  return tabel;
}

/** The package with every file read and checked (what the engine loads). */
export async function volledigPakket(pakket: Pakket): Promise<Pakket> {
  await perBestand.get(pakket.bestanden)?.volledig();
  return pakket;
}

/**
 * The package list of the app (`data/pakketten.json`): on a published site (npm run site) it names
 * the default package, the older ones kept by hash, the masking of small numbers and the published
 * views; the plain build's says there is no publication. Anything unreadable counts as no publication.
 */
export async function leesSite(): Promise<Sitelijst> {
  try {
    // The first time: the request main.tsx made before the app's code ran (see vroeg.ts).
    const r = (await neemVroegeSitelijst()) ?? (await fetch(`${BASIS}${SITELIJST}`, { cache: 'no-cache' }));
    if (!r.ok) return GEEN_PUBLICATIE;
    return leesSitelijst(await r.json()) ?? GEEN_PUBLICATIE;
  } catch {
    return GEEN_PUBLICATIE;
  }
}

/** A published site's views belong to its default package: they show it (as `npm run ingest --weergaven` does). */
function metSiteweergaven(pakket: Pakket, site: Sitelijst): Pakket {
  if (!site.weergaven.length) return pakket;
  const hash = pakket.manifest.hash;
  const weergaven = site.weergaven.map((w) => ({ ...w, datapakket: { hash, peildatum: pakket.manifest.periode?.tot ?? null, naam: 'gepubliceerd op deze site' } }));
  return { ...pakket, manifest: { ...pakket.manifest, weergaven: [...(pakket.manifest.weergaven ?? []), ...weergaven] } };
}

const gelezen = new WeakMap<Uint8Array, GeleverdeFiguren>();

/**
 * The standard figures of every area a package ships for an indeling (`figuren_huidig`,
 * `figuren_historisch`, built by @pw/publicatie with the same SQL the engine would run, already in
 * the order of every output), as an index by area that makes an area's rows when first asked for
 * (@pw/publicatie `leesGeleverdeFiguren`); null for a package made before they were shipped. Read
 * once per file.
 */
export async function geleverdeFiguren(pakket: Pakket, indeling: Indeling): Promise<GeleverdeFiguren | null> {
  if (!heeftGeleverdeFiguren(pakket)) return null;
  const bytes = await bestandVan(pakket, FIGURENTABEL[indeling]);
  return bytes ? gelezenFiguren(bytes, indeling) : null;
}

function gelezenFiguren(bytes: Uint8Array, indeling: Indeling): GeleverdeFiguren {
  let uit = gelezen.get(bytes);
  if (!uit) gelezen.set(bytes, (uit = leesGeleverdeFiguren(bytes, tabelBestand(FIGURENTABEL[indeling]))));
  return uit;
}

/** Whether a package ships its standard figures of both indelingen (then no page needs the engine for them). */
export function heeftGeleverdeFiguren(pakket: Pick<Pakket, 'manifest'>): boolean {
  const namen = new Set<string>(pakket.manifest.afgeleid.map((t) => t.naam));
  return namen.has(FIGURENTABEL.huidig) && namen.has(FIGURENTABEL.historisch);
}

const celsleutel = (f: Pick<Figuur, 'indicator' | 'gemeente_code' | 'periode' | 'dimensie' | 'categorie'>) => `${f.indicator}\u0000${f.gemeente_code}\u0000${f.periode}\u0000${f.dimensie}\u0000${f.categorie}`;

/**
 * The package's masking decision as it was shipped (decided by @pw/afscherming when the package
 * was built, over the same figures): the marker of a shipped cell, and for any other count or
 * ratio, or a value that differs from the one decided on, the rule of `Afscherming.markering`
 * (masked unless zero: `<5` for 1 to 4, else `x`). Null for a package made before it was shipped.
 */
export async function geleverdeAfscherming(pakket: Pakket): Promise<Afschermingsbesluit | null> {
  if (!heeftGeleverdeFiguren(pakket)) return null;
  const geleverd = { huidig: (await geleverdeFiguren(pakket, 'huidig'))!, historisch: (await geleverdeFiguren(pakket, 'historisch'))! };
  // The decided cells of an area, made when a cell of that area is first asked about (a page masks one area and its group).
  const cellen = new Map<string, Map<string, { waarde: number; markering: Markering | null }>>();
  const cellenVan = (indeling: Indeling, code: string) => {
    const sleutel = `${indeling}\u0000${code}`;
    let m = cellen.get(sleutel);
    if (m) return m;
    m = new Map();
    const rijen = geleverd[indeling].get(code) ?? [];
    const markeringen = geleverd[indeling].markeringenVan(code);
    rijen.forEach((r, i) => {
      if (AANTAL_INDICATOREN.has(r.indicator) || VERHOUDINGEN.some((v) => v.indicator === r.indicator)) m!.set(celsleutel(r), { waarde: r.waarde, markering: markeringen[i]! });
    });
    cellen.set(sleutel, m);
    return m;
  };
  return {
    markering(indeling, cel) {
      const aantal = AANTAL_INDICATOREN.has(cel.indicator);
      if (!aantal && !VERHOUDINGEN.some((v) => v.indicator === cel.indicator)) return null;
      const c = cellenVan(indeling, cel.gemeente_code).get(celsleutel(cel));
      if (c && (c.waarde === cel.waarde || !aantal)) return c.markering;
      if (!aantal) return GEHEIM_MARKER;
      return cel.waarde === 0 ? null : cel.waarde >= 1 && cel.waarde <= 4 ? KLEIN_AANTAL_MARKER : GEHEIM_MARKER;
    },
  };
}

/**
 * The package's CBS reference table (`cbs_referentie`, issue 12), read from its file without
 * DuckDB, in the order of `CBS_REFERENTIE_SQL` (which an engine runs on the same table): the
 * national context on Uitkeringen and Overzicht needs no engine. A few thousand rows per CBS file.
 */
export async function geleverdeCbs(pakket: Pakket): Promise<CbsRij[]> {
  const tabel = await tabelVan(pakket, 'cbs_referentie');
  if (!tabel) return [];
  const tekst = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const rijen = arrowNaarRijen<Record<string, unknown>>(tabel).map((o): CbsRij => {
    return {
      bronbestand: tekst(o.bronbestand) ?? '',
      tabel: tekst(o.tabel),
      maatstaf: tekst(o.maatstaf) ?? '',
      stam: tekst(o.stam) as CbsRij['stam'],
      gemeente_code: tekst(o.gemeente_code) ?? '',
      periode: tekst(o.periode) ?? '',
      dimensie: tekst(o.dimensie) ?? '',
      categorie: tekst(o.categorie) ?? '',
      waarde: Number(o.waarde),
      status: tekst(o.status) ?? '',
    };
  });
  // Compared field by field (building a list per comparison cost most of the 20,000-row sort).
  const VOLGORDE = ['gemeente_code', 'periode', 'maatstaf', 'dimensie', 'categorie'] as const;
  return rijen.sort((a, b) => {
    for (const k of VOLGORDE) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    return 0;
  });
}

/**
 * The package's Wsw key-figure lines as a source prints them (`wsw_kengetallen`, with a region's
 * own lines such as Buitengebied), read from its file without DuckDB, in the page's order
 * (`wswKengetallen` of @pw/metrics). Empty for a package without the table. A few dozen rows.
 */
export async function geleverdeWswKengetallen(pakket: Pakket): Promise<WswKengetal[]> {
  const tabel = await tabelVan(pakket, 'wsw_kengetallen');
  return tabel ? wswKengetallen(arrowNaarRijen<WswKengetal>(tabel)) : [];
}

/** The figures of the first view (read with the package: see `leesPerBestand`), made when first asked for. */
function leesKerncijfers(pakket: Pakket): () => readonly Figuur[] {
  let rijen: readonly Figuur[] | null = null;
  return () => {
    if (rijen) return rijen;
    const huidig = heeftGeleverdeFiguren(pakket) ? pakket.bestanden.get(tabelBestand(FIGURENTABEL.huidig)) : undefined;
    if (huidig) return (rijen = gelezenFiguren(huidig, 'huidig').alleRijen());
    const bytes = pakket.bestanden.get('kerncijfers.arrow');
    return (rijen = bytes
      ? tableFromIPC(bytes)
          .toArray()
          .map((r) => {
            const o = r.toJSON() as Figuur;
            return { ...o, waarde: Number(o.waarde) };
          })
      : []);
  };
}

/** "geladen extracten (3 bestanden, 23-11-2026)" */
function waarVan(pakket: Pakket): string {
  const n = pakket.manifest.bronnen.filter((b) => !b.zelfdeAls).length;
  return `geladen extracten (${n} bestand${n === 1 ? '' : 'en'}, ${formatDatum(pakket.manifest.aangemaakt.slice(0, 10))})`;
}

/** A package loaded from extracts (kept in this browser), ready for the dashboard. */
export function geladen(pakket: Pakket): Gegevens {
  return { pakket, kerncijfers: leesKerncijfers(pakket), waar: waarVan(pakket), demo: false, bewaard: true };
}

/**
 * The package `index.html` preloads (its manifest and shipped figures; see vite.config.ts and
 * `npm run site`), read as soon as the app's code runs, beside the package list and the browser's
 * storage rather than after them: the first view no longer waits for the three one after another.
 * `leesDemo` uses it only when it is the package it would read itself; null without a preload.
 */
let voorgelezen: { map: string; pakket: Promise<Pakket> } | null | undefined;

export function leesVoorgeladen(): void {
  if (voorgelezen !== undefined) return;
  const href = typeof document === 'undefined' ? null : document.querySelector('link[rel="preload"][href$="/manifest.json"]')?.getAttribute('href');
  if (!href) {
    voorgelezen = null;
    return;
  }
  const map = href.slice(0, -'manifest.json'.length);
  const pakket = leesPerBestand(lezerVan(map), map === DEMO ? 'het meegeleverde datapakket' : 'het gepubliceerde datapakket');
  // Not used (the browser shows a package of its own, or the list names another): no unhandled rejection.
  pakket.catch(() => {});
  voorgelezen = { map, pakket };
}

/** The package under `map`, read file by file: the one already being read when index.html preloads it. */
function leesServerpakket(map: string, waar: string): Promise<Pakket> {
  return voorgelezen?.map === map ? voorgelezen.pakket : leesPerBestand(lezerVan(map), waar);
}

/** The demo package's manifest hash, fixed at build time (vite.config.ts). */
const DEMO_HASH: string = import.meta.env.VITE_DEMO_HASH ?? '';

/**
 * The package served with the app, read with every file's hash checked: on a published site its
 * default package (by hash; the hash must match), else the embedded demo package, or the package
 * `npm start -- --pakket <map>` serves in its place (then named as what it is).
 */
export async function leesDemo(site: Sitelijst): Promise<Gegevens> {
  if (site.standaard) {
    const gelezen = await leesServerpakket(`${BASIS}${pakketMap(site.standaard)}`, 'het gepubliceerde datapakket');
    if (gelezen.manifest.hash !== site.standaard) throw new Error(`Het gepubliceerde datapakket is niet het pakket dat de site noemt (${korteHash(site.standaard)}).`);
    const pakket = metSiteweergaven(gelezen, site);
    return { pakket, kerncijfers: leesKerncijfers(pakket), waar: `gepubliceerd datapakket, gemaakt ${formatDatum(pakket.manifest.aangemaakt.slice(0, 10))}`, demo: false, bewaard: false };
  }
  const pakket = await leesServerpakket(DEMO, 'het meegeleverde datapakket');
  const demo = pakket.manifest.hash === DEMO_HASH;
  return { pakket, kerncijfers: leesKerncijfers(pakket), waar: demo ? 'demodatapakket' : `datapakket van de server, gemaakt ${formatDatum(pakket.manifest.aangemaakt.slice(0, 10))}`, demo, bewaard: false };
}

/**
 * A stored package (by hash; without a hash the default one), checked file by file against its
 * manifest. Null when there is none; a damaged one is ignored. Throws an Opslagfout when the
 * browser's storage cannot be read at all (the caller says so rather than showing other data silently).
 */
export async function leesBewaard(hash?: string): Promise<Gegevens | null> {
  const p = await leesBewaardPakket(hash);
  try {
    if (!p) return null;
    const json = new TextEncoder().encode(manifestJson(p.manifest));
    const gecontroleerd = await leesPakket(async (b) => (b === 'manifest.json' ? json : (p.bestanden.get(b) ?? new Uint8Array())), 'de browseropslag');
    return geladen(gecontroleerd);
  } catch {
    return null;
  }
}

/**
 * A package served next to the app: on a published site an older package it keeps by hash
 * (`data/pakketten/<hash>/`), else under `data/extra/<hash>/` (how `npm run report` offers the
 * packages of a report's views); absent in a normal installation.
 */
export async function leesMeegeleverd(hash: string, site: Sitelijst): Promise<Gegevens | null> {
  const basis = site.pakketten.some((p) => p.hash === hash) ? `${BASIS}${pakketMap(hash)}` : `${BASIS}data/extra/${hash}/`;
  try {
    const r = await fetch(`${basis}manifest.json`);
    if (!r.ok || !(r.headers.get('content-type') ?? '').includes('json')) return null;
    const pakket = await leesPerBestand(async (b) => {
      const x = await fetch(`${basis}${b}`);
      if (!x.ok) throw new Error(`${b} ontbreekt`);
      return new Uint8Array(await x.arrayBuffer());
    }, `datapakket ${korteHash(hash)}`);
    return pakket.manifest.hash === hash ? geladen(pakket) : null;
  } catch {
    return null;
  }
}
