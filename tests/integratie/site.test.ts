import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun, REPO } from './cli.ts';

// npm run site as a controller runs it: refusals first (nothing written), then a publication and
// the monthly update into the same folder.
const map = mkdtempSync(join(tmpdir(), 'pw-site-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
const DEMO = join(REPO, 'data/demo-package');
const demoHash = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8')).hash as string;
const lijst = (site: string) => JSON.parse(readFileSync(join(site, 'data/pakketten.json'), 'utf8'));

let twente: string;
beforeAll(() => {
  twente = join(map, 'twente');
  const r = npmRun('ingest', ['data/extracts/twente', '--out', twente, '--stil']);
  expect(r.code, r.stderr).toBe(0);
});

describe('npm run site refuses', () => {
  it('a tampered package (a changed table), and writes nothing', () => {
    const kapot = join(map, 'kapot');
    cpSync(DEMO, kapot, { recursive: true });
    const f = join(kapot, 'budget.arrow');
    const b = readFileSync(f);
    b[b.length - 20] = b[b.length - 20]! ^ 1;
    writeFileSync(f, b);
    const r = npmRun('site', [kapot, '--out', join(map, 'niets')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('budget.arrow heeft niet de controlesom');
    expect(existsSync(join(map, 'niets'))).toBe(false);
  });

  it('a package whose manifest shows a column with personal data (BSN) read into the package', () => {
    const persoonlijk = join(map, 'persoonlijk');
    cpSync(DEMO, persoonlijk, { recursive: true });
    const m = JSON.parse(readFileSync(join(persoonlijk, 'manifest.json'), 'utf8'));
    const kolom = m.bronnen.flatMap((b: { onderdelen: Array<{ kolommen: Array<{ kop: string; veld: string | null }> }> }) => b.onderdelen.flatMap((o) => o.kolommen)).find((k: { kop: string }) => k.kop === 'BSN');
    kolom.veld = 'regeling';
    writeFileSync(join(persoonlijk, 'manifest.json'), JSON.stringify(m, null, 2));
    const r = npmRun('site', [persoonlijk, '--out', join(map, 'niets')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('de kolom "BSN" bevat persoonsgegevens en is ingelezen als regeling');
    expect(existsSync(join(map, 'niets'))).toBe(false);
  });

  it('a folder that is not an earlier site', () => {
    const ander = join(map, 'ander');
    cpSync(join(REPO, 'docs'), ander, { recursive: true });
    const r = npmRun('site', [DEMO, '--out', ander]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is niet leeg en bevat geen site van pw-monitor');
  });
});

describe('npm run site publishes', () => {
  const site = join(map, 'site');

  it('the app, the package by hash with .br and .gz, a page per route, and nginx and IIS configuration', () => {
    const r = npmRun('site', [DEMO, '--out', site]);
    expect(r.code, r.stderr).toBe(0);
    expect(lijst(site)).toMatchObject({ schema: 'pw-monitor-site', standaard: demoHash, kleineAantallen: 'afschermen', pakketten: [{ hash: demoHash }] });
    const pakket = join(site, 'data/pakketten', demoHash);
    for (const f of readdirSync(DEMO).filter((f) => f.endsWith('.arrow'))) expect(readFileSync(join(pakket, f)).equals(readFileSync(join(DEMO, f))), f).toBe(true);
    expect(JSON.parse(readFileSync(join(pakket, 'manifest.json'), 'utf8')).hash).toBe(demoHash);
    expect(existsSync(join(pakket, 'uitkeringen_stand.arrow.br'))).toBe(true);
    expect(existsSync(join(pakket, 'uitkeringen_stand.arrow.gz'))).toBe(true);
    // The embedded demo package is not published unless given.
    expect(existsSync(join(site, 'data/demo'))).toBe(false);
    for (const route of ['uitkeringen', 'beschut-werk', 'gegevens-laden', 'rapport']) expect(readFileSync(join(site, route, 'index.html'), 'utf8')).toContain('<div id="root">');
    const nginx = readFileSync(join(site, 'nginx.conf'), 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "default-src 'self'`);
    expect(nginx).toMatch(/location ~ "\^\/data\/pakketten\/\[0-9a-f\]\{64\}\/" \{\n(.*\n)*?\s+add_header Cache-Control "public, max-age=31536000, immutable" always;/);
    expect(nginx).toContain('gzip_static on;');
    const iis = readFileSync(join(site, 'web.config'), 'utf8');
    expect(iis).toContain('<add name="X-Content-Type-Options" value="nosniff" />');
    expect(iis).toContain('<mimeMap fileExtension=".wasm" mimeType="application/wasm" />');
    expect(iis).toMatch(/<location path="data\/pakketten.json">[\s\S]*?DisableCache/);
  });

  it('the monthly update: the new package becomes the default, the earlier one stays by hash, the views stay', () => {
    const weergaven = join(map, 'weergaven.json');
    writeFileSync(weergaven, JSON.stringify({ schema: 'pw-monitor-weergaven', weergaven: [{ schema: 'pw-monitor-weergave', versie: 2, id: 'w-site-0001', naam: 'Uitkeringen Twente', omschrijving: '', pagina: '/uitkeringen', zoek: 'gebied=GM1774', tabel: false, datapakket: { hash: 'a'.repeat(64), peildatum: null, naam: 'ergens' }, aangemaakt: '2026-11-23T10:00:00.000Z' }] }));
    expect(npmRun('site', [DEMO, '--out', site, '--weergaven', weergaven, '--kleine-aantallen', 'tonen']).code).toBe(0);
    expect(lijst(site).weergaven).toHaveLength(1);
    const r = npmRun('site', [twente, '--out', site]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Let op: De vorige publicatie toonde kleine aantallen');
    const nieuw = JSON.parse(readFileSync(join(twente, 'manifest.json'), 'utf8')).hash as string;
    const l = lijst(site);
    expect(l.standaard).toBe(nieuw);
    expect(l.pakketten.map((p: { hash: string }) => p.hash)).toEqual([nieuw, demoHash]);
    expect(l.weergaven).toHaveLength(1);
    expect(l.kleineAantallen).toBe('afschermen');
    expect(existsSync(join(site, 'data/pakketten', demoHash, 'manifest.json'))).toBe(true);
  });
});
