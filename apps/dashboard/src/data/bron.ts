import { tableFromIPC } from 'apache-arrow';
import { leesPakket, manifestJson, type Pakket } from '@pw/datapackage';
import { formatDatum } from '@pw/format';
import { korteHash } from '@pw/model';
import type { Figuur } from '@pw/metrics';
import { GEEN_PUBLICATIE, leesSitelijst, pakketMap, SITELIJST, type Sitelijst } from '@pw/site';
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
  kerncijfers: Figuur[];
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

/**
 * The package list of the app (`data/pakketten.json`): on a published site (npm run site) it names
 * the default package, the older ones kept by hash, the masking of small numbers and the published
 * views; the plain build's says there is no publication. Anything unreadable counts as no publication.
 */
export async function leesSite(): Promise<Sitelijst> {
  try {
    const r = await fetch(`${BASIS}${SITELIJST}`, { cache: 'no-cache' });
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

function leesKerncijfers(pakket: Pakket): Figuur[] {
  const bytes = pakket.bestanden.get('kerncijfers.arrow');
  if (!bytes) return [];
  return tableFromIPC(bytes).toArray().map((r) => {
    const o = r.toJSON() as Figuur;
    return { ...o, waarde: Number(o.waarde) };
  });
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

/** The demo package's manifest hash, fixed at build time (vite.config.ts). */
const DEMO_HASH: string = import.meta.env.VITE_DEMO_HASH ?? '';

/**
 * The package served with the app, read with every file's hash checked: on a published site its
 * default package (by hash; the hash must match), else the embedded demo package, or the package
 * `npm start -- --pakket <map>` serves in its place (then named as what it is).
 */
export async function leesDemo(site: Sitelijst): Promise<Gegevens> {
  if (site.standaard) {
    const gelezen = await leesPakket(lezerVan(`${BASIS}${pakketMap(site.standaard)}`), 'het gepubliceerde datapakket');
    if (gelezen.manifest.hash !== site.standaard) throw new Error(`Het gepubliceerde datapakket is niet het pakket dat de site noemt (${korteHash(site.standaard)}).`);
    const pakket = metSiteweergaven(gelezen, site);
    return { pakket, kerncijfers: leesKerncijfers(pakket), waar: `gepubliceerd datapakket, gemaakt ${formatDatum(pakket.manifest.aangemaakt.slice(0, 10))}`, demo: false, bewaard: false };
  }
  const pakket = await leesPakket(lezerVan(DEMO), 'het meegeleverde datapakket');
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
    const pakket = await leesPakket(async (b) => {
      const x = await fetch(`${basis}${b}`);
      if (!x.ok) throw new Error(`${b} ontbreekt`);
      return new Uint8Array(await x.arrayBuffer());
    }, `datapakket ${korteHash(hash)}`);
    return pakket.manifest.hash === hash ? geladen(pakket) : null;
  } catch {
    return null;
  }
}
