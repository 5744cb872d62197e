import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { manifestJson, PakketFout, type Pakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { leesWeergavebestand, Weergavefout } from '@pw/views';
import { publicatieProblemen } from './controle.ts';
import { leesSitelijst, pakketMap, SITE_SCHEMA, SITELIJST, type Sitelijst } from './lijst.ts';
import { PAGINAROUTES } from './routes.ts';
import { nginxConfig, webConfig } from './serverconfig.ts';
import { metVoorladen } from './voorladen.ts';

export { publicatieProblemen } from './controle.ts';
export { nginxConfig, webConfig } from './serverconfig.ts';

export interface Siteopties {
  /** The built dashboard (apps/dashboard/dist). */
  app: string;
  /** Package folders to publish; the newest (last peildatum, then creation time) becomes the default. */
  pakketten: string[];
  /** A views file (exported on the page Weergaven) to publish with the site; absent: keep the published ones. */
  weergaven?: string;
  /** Small numbers on screen: masked (a publication, the default) or shown (a closed audience). */
  kleineAantallen: 'afschermen' | 'tonen';
  /** The site folder: new, empty, or an earlier site (its packages stay). */
  uit: string;
  /** Creation time of the list; fixed in tests. */
  nu?: Date;
}

export interface Siteverslag {
  standaard: Pakket;
  nieuw: string[];
  behouden: string[];
  /** A note for the controller (e.g. the previous publication showed small numbers). */
  opmerkingen: string[];
}

/** A refused publication: every reason, each with what to do; nothing was written. */
export class Publicatiefout extends Error {
  constructor(readonly meldingen: string[]) {
    super(meldingen.join('\n'));
    this.name = 'Publicatiefout';
  }
}

const bestaat = (p: string) => stat(p).then(() => true, () => false);

/** The newest package: the last peildatum with data, then the creation time. */
function nieuwste(pakketten: readonly Pakket[]): Pakket {
  const sleutel = (p: Pakket) => `${p.manifest.periode?.tot ?? '0000-00-00'} ${p.manifest.aangemaakt}`;
  return [...pakketten].sort((a, b) => (sleutel(a) < sleutel(b) ? 1 : sleutel(a) > sleutel(b) ? -1 : 0))[0]!;
}

/** Files with their brotli and gzip forms, as the build has them for the app (the server sends the one the browser accepts). */
async function schrijfMetCompressie(pad: string, bytes: Uint8Array): Promise<void> {
  await writeFile(pad, bytes);
  if (bytes.length < 1024) {
    // A small file is sent as it is: no compressed form (nor a stale one copied with the app) beside it.
    await rm(`${pad}.br`, { force: true });
    await rm(`${pad}.gz`, { force: true });
    return;
  }
  const q = bytes.length > 4e6 ? 9 : 11;
  await writeFile(`${pad}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  await writeFile(`${pad}.gz`, gzipSync(bytes, { level: 9 }));
}

/** Writes `tekst` to `pad` by renaming a complete temporary file over it. */
async function schrijfAtomair(pad: string, tekst: string): Promise<void> {
  const tijdelijk = `${pad}.${process.pid}.tmp`;
  await writeFile(tijdelijk, tekst);
  await rename(tijdelijk, pad);
}

/** Reads and checks the packages and the views file; throws a Publicatiefout with every problem. */
async function leesInvoer(opties: Siteopties): Promise<{ pakketten: Pakket[]; weergaven: unknown[] | null }> {
  const fouten: string[] = [];
  const pakketten: Pakket[] = [];
  if (!opties.pakketten.length) fouten.push('Er is geen datapakket opgegeven. Oplossing: noem de map van een datapakket (gemaakt met npm run ingest).');
  for (const map of opties.pakketten) {
    try {
      const p = await leesPakketMap(resolve(map));
      const problemen = publicatieProblemen(p);
      if (problemen.length)
        fouten.push(`${map}: dit datapakket wordt niet gepubliceerd: ${problemen.slice(0, 5).join(' ')} Oplossing: maak het pakket opnieuw met npm run ingest, zonder een mapping die een kolom met persoonsgegevens als ander veld leest.`);
      else pakketten.push(p);
    } catch (e) {
      fouten.push(e instanceof PakketFout ? `${map}: ${e.message}` : `${map}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  let weergaven: unknown[] | null = null;
  if (opties.weergaven) {
    try {
      weergaven = leesWeergavebestand(await readFile(opties.weergaven, 'utf8'), opties.weergaven);
    } catch (e) {
      fouten.push(...(e instanceof Weergavefout ? e.meldingen : [`${opties.weergaven} kon niet worden gelezen (${e instanceof Error ? e.message : String(e)}).`]));
    }
  }
  if (fouten.length) throw new Publicatiefout(fouten);
  return { pakketten, weergaven };
}

/** The list of an earlier site in `uit`, null for a new or empty folder; refuses a folder that holds something else. */
async function vorigeSite(uit: string): Promise<Sitelijst | null> {
  if (!(await bestaat(uit))) return null;
  const inhoud = await readdir(uit);
  if (!inhoud.length) return null;
  let lijst: Sitelijst | null = null;
  try {
    lijst = leesSitelijst(JSON.parse(await readFile(join(uit, SITELIJST), 'utf8')));
  } catch {
    lijst = null;
  }
  if (!lijst || lijst.standaard === null)
    throw new Publicatiefout([`${uit} is niet leeg en bevat geen site van pw-monitor; er is niets geschreven. Oplossing: kies een lege map, of de map van een eerdere publicatie.`]);
  return lijst;
}

/**
 * Copies the built app, without the embedded demo package and without the plain build's list; its
 * `index.html` (one per route) preloads the default package's first files instead of the demo's.
 */
async function kopieerApp(app: string, uit: string, standaard: Pakket): Promise<void> {
  const demo = join(app, 'data', 'demo');
  const lijst = join(app, SITELIJST);
  await cp(app, uit, {
    recursive: true,
    force: true,
    filter: (bron) => bron !== lijst && bron !== demo && !bron.startsWith(`${demo}${sep}`),
  });
  const figuren = standaard.manifest.afgeleid.some((t) => t.naam === 'figuren_huidig') ? ['figuren_huidig.arrow'] : [];
  const html = metVoorladen(await readFile(join(app, 'index.html'), 'utf8'), `/${pakketMap(standaard.manifest.hash)}`, ['manifest.json', ...figuren]);
  const index = new TextEncoder().encode(html);
  for (const route of PAGINAROUTES) {
    await mkdir(join(uit, route.slice(1)), { recursive: true });
    await schrijfMetCompressie(join(uit, route.slice(1), 'index.html'), index);
  }
}

/**
 * `npm run site`: publishes packages as a static site in `uit` (see the README's "Publiceren"):
 * the app, every given package under `data/pakketten/<hash>/` (with .br and .gz), the earlier
 * site's packages kept, `nginx.conf` and `web.config`, and last the package list that makes the
 * newest given package the default. A package that fails its checks, or could carry personal
 * data, stops the publication before anything is written.
 */
export async function publiceerSite(opties: Siteopties): Promise<Siteverslag> {
  if (!(await bestaat(join(opties.app, 'index.html'))))
    throw new Publicatiefout([`${opties.app} bevat geen gebouwde app. Oplossing: bouw eerst het dashboard (npx turbo run build --filter=@pw/dashboard); npm run site doet dat zelf.`]);
  const { pakketten, weergaven } = await leesInvoer(opties);
  const vorige = await vorigeSite(opties.uit);
  const standaard = nieuwste(pakketten);
  const opmerkingen: string[] = [];
  if (vorige?.kleineAantallen === 'tonen' && opties.kleineAantallen === 'afschermen')
    opmerkingen.push('De vorige publicatie toonde kleine aantallen; deze schermt ze af. Is de site voor een besloten publiek, geef dan opnieuw --kleine-aantallen tonen mee.');

  await mkdir(opties.uit, { recursive: true });
  await kopieerApp(opties.app, opties.uit, standaard);
  const nieuw: string[] = [];
  for (const p of pakketten) {
    const map = join(opties.uit, pakketMap(p.manifest.hash));
    if (await bestaat(join(map, 'manifest.json'))) continue;
    const tijdelijk = `${map.replace(/\/$/, '')}.${process.pid}.tmp`;
    await rm(tijdelijk, { recursive: true, force: true });
    await mkdir(tijdelijk, { recursive: true });
    await schrijfMetCompressie(join(tijdelijk, 'manifest.json'), new TextEncoder().encode(manifestJson(p.manifest)));
    for (const [naam, bytes] of p.bestanden) await schrijfMetCompressie(join(tijdelijk, naam), bytes);
    await rename(tijdelijk, map);
    nieuw.push(p.manifest.hash);
  }
  const lijst: Sitelijst = {
    schema: SITE_SCHEMA,
    versie: 1,
    standaard: standaard.manifest.hash,
    gepubliceerd: (opties.nu ?? new Date()).toISOString(),
    kleineAantallen: opties.kleineAantallen,
    pakketten: [
      ...pakketten.map((p) => ({ hash: p.manifest.hash, aangemaakt: p.manifest.aangemaakt, periode: p.manifest.periode })),
      ...(vorige?.pakketten ?? []).filter((v) => !pakketten.some((p) => p.manifest.hash === v.hash)),
    ],
    weergaven: (weergaven ?? vorige?.weergaven ?? []) as Sitelijst['weergaven'],
  };
  await writeFile(join(opties.uit, 'nginx.conf'), nginxConfig());
  await writeFile(join(opties.uit, 'web.config'), webConfig());
  await schrijfAtomair(join(opties.uit, SITELIJST), `${JSON.stringify(lijst, null, 2)}\n`);
  return { standaard, nieuw, behouden: (vorige?.pakketten ?? []).map((p) => p.hash).filter((h) => !nieuw.includes(h)), opmerkingen };
}
