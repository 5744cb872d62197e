// The static server of pw-monitor: the built dashboard (and optionally a data package of the user's
// own) on localhost, with the security headers and the precompressed files. `npm start`, the
// browser tests, the benchmark and `npm run report` all serve through it, so every way the app is
// served sends the same headers. Node only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { manifestJson, type Pakket } from '@pw/datapackage';

/**
 * The Content-Security-Policy: only the app's own origin. Why each source is there:
 * - `script-src 'wasm-unsafe-eval'`: DuckDB-WASM compiles its WebAssembly; no `eval` of JavaScript.
 * - `worker-src blob:`: DuckDB-WASM starts its worker from a blob URL that imports the worker file.
 * - `img-src blob: data:`: the PNG export (ECharts draws the SVG into an image) and the empty icon.
 * - `style-src 'self'` with `style-src-attr 'unsafe-inline'`: stylesheets only from the app; style
 *   attributes only, because ECharts' tooltip is HTML with style attributes (its SVG renderer and
 *   React set styles through the CSSOM, which CSP does not restrict). No `<style>` element runs.
 * - `connect-src` is `default-src 'self'`: the package and the DuckDB files, nothing else.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "img-src 'self' blob: data:",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response (also a 404 or a 304): the same set the published site's server configuration gets. */
export const BEVEILIGINGSKOPPEN: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Content types the generic table (mrmime) lacks or gets too loose (also in the published site's server configuration). */
export const SOORTEN: Readonly<Record<string, string>> = {
  '.arrow': 'application/vnd.apache.arrow.file',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
};

/** Cache-Control for files that never change under their name: hashed assets, a published package under its hash. */
export const ONVERANDERLIJK = 'public, max-age=31536000, immutable';

/**
 * The caching rule, one for `npm start` and the published site's nginx and IIS configuration: hashed
 * assets (`/assets/`) and packages by hash (`/data/pakketten/<hash>/`) are immutable; everything
 * else (index.html, the package list, the service worker, the demo package) is checked each time.
 */
function cacheVoor(pad: string): string {
  return pad.startsWith('/assets/') || /^\/data\/pakketten\/[0-9a-f]{64}\//.test(pad) ? ONVERANDERLIJK : 'no-cache';
}

/** Where the app looks for its default data package (the demo package, or the one given with `pakket`). */
const PAKKETPAD = '/data/demo/';

const soortVan = (pad: string) => SOORTEN[/\.[a-z0-9]+$/i.exec(pad)?.[0]?.toLowerCase() ?? ''];

/**
 * Which precompressed form a request accepts: `br` before `gzip`; a coding with `q=0` is refused.
 */
export function kiesCodering(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const aanvaard = new Set<string>();
  for (const deel of (acceptEncoding ?? '').split(',')) {
    const [naam = '', ...params] = deel.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    if (q === undefined || Number(q) > 0) aanvaard.add(naam.trim());
  }
  if (aanvaard.has('br')) return 'br';
  if (aanvaard.has('gzip')) return 'gzip';
  return null;
}

function nietGevonden(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end('Niet gevonden.\n');
}

interface Bestand {
  bytes: Uint8Array;
  br: Uint8Array;
  gzip: Uint8Array;
  etag: string;
}

/**
 * The files of a package, each with its brotli and gzip form, made once when the server starts (at
 * a middle quality: a second or two for a large package, within a few percent of the best size).
 */
function pakketBestanden(pakket: Pakket): Map<string, Bestand> {
  const uit = new Map<string, Bestand>();
  const hashes = new Map(pakket.manifest.tabellen.map((t) => [t.bestand, t.sha256]));
  const alle: Array<[string, Uint8Array]> = [['manifest.json', new TextEncoder().encode(manifestJson(pakket.manifest))], ...pakket.bestanden];
  for (const [naam, bytes] of alle) {
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    uit.set(naam, { bytes, br, gzip: gzipSync(bytes, { level: 6 }), etag: `"${hashes.get(naam) ?? pakket.manifest.hash}"` });
  }
  return uit;
}

function stuurBestand(req: IncomingMessage, res: ServerResponse, naam: string, b: Bestand): void {
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', b.etag);
  if (req.headers['if-none-match'] === b.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const codering = kiesCodering(req.headers['accept-encoding']);
  const inhoud = codering === 'br' ? b.br : codering === 'gzip' ? b.gzip : b.bytes;
  if (codering) res.setHeader('Content-Encoding', codering);
  res.setHeader('Content-Type', soortVan(naam) ?? 'application/octet-stream');
  res.setHeader('Content-Length', String(inhoud.length));
  res.end(inhoud);
}

export interface Serveeropties {
  /** The built app (a folder with `index.html`, `assets/` and `data/`). */
  map: string;
  /** The port; 0 for any free one. */
  poort: number;
  /** When the port is taken: fail (`npm start`) or take the next free one (tests). */
  strikt?: boolean;
  /** A data package (read and checked by @pw/datapackage) served instead of the demo package. */
  pakket?: Pakket;
}

export interface Server {
  /** The base URL without a trailing slash, e.g. `http://localhost:4173`. */
  url: string;
  poort: number;
  sluit(): Promise<void>;
}

/** The port is taken (with `strikt`): the message says how to choose another. */
export class PoortBezet extends Error {
  constructor(poort: number) {
    super(`Poort ${poort} is al in gebruik. Oplossing: stop het andere programma, of kies een andere poort (bijvoorbeeld PORT=4180 npm start).`);
    this.name = 'PoortBezet';
  }
}

/** The request handler: the package (if given) under /data/demo/, the app's files, index.html for page routes. */
function verzoekVerwerker(opties: Serveeropties): (req: IncomingMessage, res: ServerResponse) => void {
  if (!existsSync(join(opties.map, 'index.html'))) throw new Error(`${opties.map} bevat geen gebouwde app (index.html ontbreekt). Oplossing: bouw eerst het dashboard met npx turbo run build --filter=@pw/dashboard.`);
  const pakket = opties.pakket ? pakketBestanden(opties.pakket) : null;
  const bestanden = sirv(opties.map, {
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    // Page routes get index.html; a missing file under /data/ or /assets/ is a 404.
    single: true,
    ignores: ['^/data/', '^/assets/'],
    setHeaders(res, pad) {
      const soort = soortVan(pad);
      if (soort) res.setHeader('Content-Type', soort);
      res.setHeader('Cache-Control', cacheVoor(pad));
    },
    onNoMatch: (_req, res) => nietGevonden(res),
  });
  return (req, res) => {
    for (const [k, v] of Object.entries(BEVEILIGINGSKOPPEN)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    const pad = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pakket && pad.startsWith(PAKKETPAD)) {
      const b = pakket.get(decodeURIComponent(pad.slice(PAKKETPAD.length)));
      if (b) stuurBestand(req, res, pad, b);
      else nietGevonden(res);
      return;
    }
    bestanden(req, res);
  };
}

/** Serves the built app in `map` on localhost (see `Serveeropties`). */
export async function serveer(opties: Serveeropties): Promise<Server> {
  const verwerk = verzoekVerwerker(opties);
  const server = createServer(verwerk);
  let poort = opties.poort;
  for (;;) {
    try {
      await new Promise<void>((ok, mis) => {
        server.once('error', mis);
        server.listen(poort, 'localhost', () => {
          server.off('error', mis);
          ok();
        });
      });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      if (opties.strikt || poort === 0 || poort >= opties.poort + 50) throw new PoortBezet(opties.poort);
      poort++;
    }
  }
  const adres = server.address();
  const echt = typeof adres === 'object' && adres ? adres.port : poort;
  return {
    url: `http://localhost:${echt}`,
    poort: echt,
    sluit: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
