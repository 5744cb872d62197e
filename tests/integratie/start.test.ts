import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './cli.ts';

// `npm start` as a user runs it, checked the way `curl -I` would: the security headers, the DuckDB
// .wasm precompressed, a 404 under /data/, and `--pakket` with a package of one's own (checked first).
let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-start-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

interface Gestart {
  kind: ChildProcess;
  uitvoer: () => string;
  einde: Promise<number | null>;
}

/** Starts `npm start -- …` on `poort`; resolves once it says where it runs, or when it stops. */
async function start(poort: number, args: string[] = []): Promise<Gestart> {
  const kind = spawn('npm', ['start', '--silent', '--', ...args], { cwd: REPO, env: { ...process.env, PORT: String(poort), NO_COLOR: '1' }, detached: true });
  let tekst = '';
  const einde = new Promise<number | null>((ok) => kind.on('exit', (c) => ok(c)));
  await new Promise<void>((ok) => {
    const lees = (d: Buffer) => {
      tekst += String(d);
      if (tekst.includes('draait op')) ok();
    };
    kind.stdout!.on('data', lees);
    kind.stderr!.on('data', lees);
    void einde.then(() => ok());
  });
  return { kind, uitvoer: () => tekst, einde };
}

async function stop(g: Gestart): Promise<void> {
  // npm, node and the server: the whole process group.
  if (g.kind.exitCode === null) process.kill(-g.kind.pid!, 'SIGTERM');
  await g.einde;
}

/** A HEAD request, as `curl -I` makes it. */
function kop(url: string, koppen: Record<string, string> = {}): Promise<{ status: number; koppen: Record<string, string | string[] | undefined> }> {
  return new Promise((ok, mis) => {
    const r = request(url, { method: 'HEAD', headers: koppen }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, koppen: res.headers }));
    });
    r.on('error', mis);
    r.end();
  });
}

function haalJson(url: string): Promise<{ hash: string }> {
  return new Promise((ok, mis) => {
    request(url, (res) => {
      let t = '';
      res.on('data', (d: Buffer) => (t += String(d)));
      res.on('end', () => ok(JSON.parse(t) as { hash: string }));
    })
      .on('error', mis)
      .end();
  });
}

describe('npm start', () => {
  it('serves the dashboard with the security headers, the .wasm precompressed and a 404 for a missing data file', async () => {
    const g = await start(4481);
    try {
      expect(g.uitvoer()).toContain('pw-monitor draait op http://localhost:4481/ (demodatapakket). Stoppen: Ctrl+C.');
      const basis = 'http://localhost:4481';
      const pagina = await kop(`${basis}/uitkeringen?gebied=GM1774`);
      expect(pagina.status).toBe(200);
      expect(pagina.koppen['content-type']).toBe('text/html;charset=utf-8');
      expect(String(pagina.koppen['content-security-policy'])).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; img-src 'self' blob: data:; style-src 'self'; .*object-src 'none'.*frame-ancestors 'none'$/);
      expect(pagina.koppen['x-content-type-options']).toBe('nosniff');
      expect(pagina.koppen['referrer-policy']).toBe('no-referrer');
      const index = readFileSync(join(REPO, 'apps/dashboard/dist/index.html'), 'utf8');
      const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(index)![1]!;
      expect((await kop(`${basis}${script}`, { 'Accept-Encoding': 'gzip, br' })).koppen['content-encoding']).toBe('br');
      const wasm = readdirSync(join(REPO, 'apps/dashboard/dist/assets')).find((n) => /^duckdb-eh-[\w-]+\.wasm$/.test(n));
      expect(wasm, 'the DuckDB .wasm of the build').toBeDefined();
      const w = await kop(`${basis}/assets/${wasm}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(w.koppen).toMatchObject({ 'content-type': 'application/wasm', 'content-encoding': 'br', vary: 'Accept-Encoding' });
      expect((await kop(`${basis}/assets/${wasm}`, { 'Accept-Encoding': 'gzip' })).koppen['content-encoding']).toBe('gzip');
      expect((await kop(`${basis}/data/demo/manifest.json`)).koppen['content-type']).toBe('application/json; charset=utf-8');
      expect((await kop(`${basis}/data/demo/uitkeringen_stand.arrow`)).koppen['content-type']).toBe('application/vnd.apache.arrow.file');
      const weg = await kop(`${basis}/data/demo/bestaat-niet.arrow`);
      expect(weg.status).toBe(404);
      expect(weg.koppen['content-security-policy']).toContain("default-src 'self'");
    } finally {
      await stop(g);
    }
  });

  it('serves a package of the user’s own with --pakket, after checking it; a tampered one is refused', async () => {
    const eigen = join(map, 'eigen');
    cpSync(join(REPO, 'data/demo-package'), eigen, { recursive: true });
    const hash = (JSON.parse(readFileSync(join(eigen, 'manifest.json'), 'utf8')) as { hash: string }).hash;
    const g = await start(4482, ['--pakket', eigen]);
    try {
      expect(g.uitvoer()).toContain(`pw-monitor draait op http://localhost:4482/ (datapakket ${eigen}, ${hash.slice(0, 12)}`);
      expect((await haalJson('http://localhost:4482/data/demo/manifest.json')).hash).toBe(hash);
    } finally {
      await stop(g);
    }
    // One byte changed in a table: the package is refused and nothing is served.
    const bestand = join(eigen, 'gemeenten.arrow');
    const bytes = readFileSync(bestand);
    bytes[bytes.length - 9] = bytes[bytes.length - 9]! ^ 0xff;
    writeFileSync(bestand, bytes);
    const fout = await start(4483, ['--pakket', eigen]);
    expect(await fout.einde).toBe(1);
    expect(fout.uitvoer()).toMatch(/Het datapakket in .*eigen is geweigerd: .*gemeenten\.arrow.* Oplossing: Kopieer het pakket opnieuw/s);
    expect(fout.uitvoer()).toContain('Er wordt niets geserveerd.');
    expect(fout.uitvoer()).not.toContain('draait op');
  });
});
