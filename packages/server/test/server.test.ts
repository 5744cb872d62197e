import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesPakketMap } from '@pw/datapackage/node';
import { kiesCodering, PoortBezet, serveer, type Server } from '../src/index.ts';

/** One HTTP request as curl would make it: status, headers and the raw (still encoded) body. */
function haal(url: string, opties: { methode?: string; koppen?: Record<string, string> } = {}): Promise<{ status: number; koppen: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, mis) => {
    const r = request(url, { method: opties.methode ?? 'GET', headers: opties.koppen ?? {} }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, koppen: res.headers, body: Buffer.concat(delen) }));
    });
    r.on('error', mis);
    r.end();
  });
}

// A built app in miniature: index.html, a hashed script, a .wasm with its precompressed forms and the demo package.
const map = mkdtempSync(join(tmpdir(), 'pw-server-'));
const WASM = Buffer.from('\0asm'.repeat(4000));
const DEMO = new URL('../../../data/demo-package', import.meta.url).pathname;
let server: Server;
beforeAll(async () => {
  mkdirSync(join(map, 'assets'), { recursive: true });
  mkdirSync(join(map, 'data/demo'), { recursive: true });
  writeFileSync(join(map, 'index.html'), '<!doctype html><html lang="nl"><title>pw-monitor</title><div id="root"></div></html>');
  writeFileSync(join(map, 'assets/index-abc123.js'), 'console.log(1)');
  writeFileSync(join(map, 'assets/duckdb-eh-abc123.wasm'), WASM);
  writeFileSync(join(map, 'assets/duckdb-eh-abc123.wasm.br'), brotliCompressSync(WASM));
  writeFileSync(join(map, 'assets/duckdb-eh-abc123.wasm.gz'), gzipSync(WASM));
  writeFileSync(join(map, 'data/demo/manifest.json'), '{"schema":"pw-monitor-datapakket"}');
  writeFileSync(join(map, 'data/demo/gemeenten.arrow'), 'ARROW1');
  mkdirSync(join(map, `data/pakketten/${'c'.repeat(64)}`), { recursive: true });
  writeFileSync(join(map, `data/pakketten/${'c'.repeat(64)}/gemeenten.arrow`), 'ARROW1');
  writeFileSync(join(map, 'data/pakketten.json'), '{}');
  server = await serveer({ map, poort: 4461 });
});
afterAll(async () => {
  await server?.sluit();
  rmSync(map, { recursive: true, force: true });
});

describe('every response', () => {
  it('carries the Content-Security-Policy of the app’s own origin, nosniff and no referrer', async () => {
    for (const pad of ['/', '/uitkeringen?gebied=GM1774', '/assets/index-abc123.js', '/data/demo/bestaat-niet.arrow']) {
      const { koppen } = await haal(`${server.url}${pad}`, { methode: 'HEAD' });
      const csp = String(koppen['content-security-policy']).split('; ');
      expect(csp, pad).toEqual(
        expect.arrayContaining([
          "default-src 'self'",
          "script-src 'self' 'wasm-unsafe-eval'",
          "worker-src 'self' blob:",
          "img-src 'self' blob: data:",
          "style-src 'self'",
          "object-src 'none'",
          "frame-ancestors 'none'",
        ]),
      );
      // Nothing but the own origin (and blob:/data: where named above) anywhere in the policy.
      expect(csp.join(' '), pad).not.toMatch(/https?:|\*|'unsafe-eval'/);
      expect(csp.filter((d) => d.includes("'unsafe-inline'")), pad).toEqual(["style-src-attr 'unsafe-inline'"]);
      expect(koppen['x-content-type-options'], pad).toBe('nosniff');
      expect(koppen['referrer-policy'], pad).toBe('no-referrer');
    }
  });
});

describe('files', () => {
  it('sends the .wasm brotli-compressed to a browser that accepts it, gzip to one that accepts only that, else as is', async () => {
    const br = await haal(`${server.url}/assets/duckdb-eh-abc123.wasm`, { koppen: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(br.status).toBe(200);
    expect(br.koppen['content-type']).toBe('application/wasm');
    expect(br.koppen['content-encoding']).toBe('br');
    expect(br.koppen.vary).toBe('Accept-Encoding');
    expect(br.koppen['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).equals(WASM)).toBe(true);
    const gz = await haal(`${server.url}/assets/duckdb-eh-abc123.wasm`, { koppen: { 'Accept-Encoding': 'gzip' } });
    expect(gz.koppen['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(WASM)).toBe(true);
    const geen = await haal(`${server.url}/assets/duckdb-eh-abc123.wasm`);
    expect(geen.koppen['content-encoding']).toBeUndefined();
    expect(geen.body.equals(WASM)).toBe(true);
  });

  it('gives .arrow files their own type, and the package is checked on every visit (no-cache)', async () => {
    const r = await haal(`${server.url}/data/demo/gemeenten.arrow`);
    expect(r.status).toBe(200);
    expect(r.koppen['content-type']).toBe('application/vnd.apache.arrow.file');
    expect(r.koppen['cache-control']).toBe('no-cache');
  });

  it('a published package under its hash is immutable; the package list is checked on every visit', async () => {
    expect((await haal(`${server.url}/data/pakketten/${'c'.repeat(64)}/gemeenten.arrow`)).koppen['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await haal(`${server.url}/data/pakketten.json`)).koppen['cache-control']).toBe('no-cache');
  });

  it('answers a missing file under /data/ or /assets/ with 404, never with index.html', async () => {
    for (const pad of ['/data/demo/bestaat-niet.arrow', '/data/demo/', '/data/extra/abc/manifest.json', '/data/iets', '/assets/weg.js', '/assets/weg', '/%2e%2e/package.json', '/../../package.json']) {
      const r = await haal(`${server.url}${pad}`);
      expect(r.status, pad).toBe(404);
      expect(r.koppen['content-type'], pad).toBe('text/plain; charset=utf-8');
      expect(r.body.toString(), pad).not.toContain('<html');
    }
  });

  it('answers a page route with index.html (the app routes itself), never cached', async () => {
    for (const pad of ['/', '/uitkeringen', '/rapport?id=r-1', '/beschut-werk?gebied=GM1774&peildatum=2019-12-01']) {
      const r = await haal(`${server.url}${pad}`);
      expect(r.status, pad).toBe(200);
      expect(r.koppen['content-type'], pad).toBe('text/html;charset=utf-8');
      expect(r.koppen['cache-control'], pad).toBe('no-cache');
      expect(r.body.toString(), pad).toContain('<div id="root">');
    }
  });

  it('only reads: other methods than GET and HEAD are refused', async () => {
    const r = await haal(`${server.url}/`, { methode: 'POST' });
    expect(r.status).toBe(405);
    expect(r.koppen.allow).toBe('GET, HEAD');
  });
});

describe('a package of the user’s own', () => {
  it('is served in place of the demo package, from the checked bytes, precompressed; no other file under /data/demo/', async () => {
    const pakket = await leesPakketMap(DEMO);
    const eigen = await serveer({ map, poort: 4471, pakket });
    try {
      const m = await haal(`${eigen.url}/data/demo/manifest.json`);
      expect(JSON.parse(m.body.toString()).hash).toBe(pakket.manifest.hash);
      expect(m.koppen['content-type']).toBe('application/json; charset=utf-8');
      const t = await haal(`${eigen.url}/data/demo/uitkeringen_stand.arrow`, { koppen: { 'Accept-Encoding': 'br' } });
      expect(t.koppen['content-encoding']).toBe('br');
      expect(t.koppen['content-type']).toBe('application/vnd.apache.arrow.file');
      expect(brotliDecompressSync(t.body).equals(Buffer.from(pakket.bestanden.get('uitkeringen_stand.arrow')!))).toBe(true);
      const sha = pakket.manifest.tabellen.find((x) => x.bestand === 'uitkeringen_stand.arrow')!.sha256;
      expect(t.koppen.etag).toBe(`"${sha}"`);
      expect((await haal(`${eigen.url}/data/demo/uitkeringen_stand.arrow`, { koppen: { 'If-None-Match': `"${sha}"` } })).status).toBe(304);
      expect((await haal(`${eigen.url}/data/demo/gemeenten.arrow`)).body.toString()).not.toBe('ARROW1');
      expect((await haal(`${eigen.url}/data/demo/bestaat-niet.arrow`)).status).toBe(404);
      expect(t.koppen['content-security-policy']).toContain("default-src 'self'");
    } finally {
      await eigen.sluit();
    }
  });
});

describe('the port', () => {
  it('takes the next free port, unless told to be strict; then it says how to choose another', async () => {
    const tweede = await serveer({ map, poort: server.poort });
    try {
      expect(tweede.poort).toBeGreaterThan(server.poort);
    } finally {
      await tweede.sluit();
    }
    await expect(serveer({ map, poort: server.poort, strikt: true })).rejects.toBeInstanceOf(PoortBezet);
    await expect(serveer({ map, poort: server.poort, strikt: true })).rejects.toThrow(`Poort ${server.poort} is al in gebruik. Oplossing: stop het andere programma, of kies een andere poort (bijvoorbeeld PORT=4180 npm start).`);
  });

  it('refuses a folder without a built app, saying how to build it', async () => {
    await expect(serveer({ map: join(map, 'assets'), poort: 0 })).rejects.toThrow(/bevat geen gebouwde app \(index\.html ontbreekt\)\. Oplossing: bouw eerst het dashboard met npx turbo run build --filter=@pw\/dashboard\./);
  });
});

describe('kiesCodering', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(kiesCodering('gzip, deflate, br')).toBe('br');
    expect(kiesCodering('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(kiesCodering('identity')).toBeNull();
    expect(kiesCodering(undefined)).toBeNull();
    expect(kiesCodering('GZIP')).toBe('gzip');
  });
});
