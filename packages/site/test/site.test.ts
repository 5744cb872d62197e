import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leesPakketMap } from '@pw/datapackage/node';
import { GEEN_PUBLICATIE, leesSitelijst } from '../src/index.ts';
import { nginxConfig, publicatieProblemen, webConfig } from '../src/node.ts';
import { metVoorladen } from '../src/voorladen.ts';

const DEMO = fileURLToPath(new URL('../../../data/demo-package', import.meta.url));

describe('the package list of a site', () => {
  it('reads the plain build list and a published one; refuses a default that is not listed and unknown fields', () => {
    expect(leesSitelijst(GEEN_PUBLICATIE)).toEqual(GEEN_PUBLICATIE);
    const hash = 'b'.repeat(64);
    const gepubliceerd = { ...GEEN_PUBLICATIE, standaard: hash, gepubliceerd: '2025-01-05T10:00:00.000Z', kleineAantallen: 'afschermen', pakketten: [{ hash, aangemaakt: '2025-01-05T09:00:00.000Z', periode: { van: '2011-01-01', tot: '2024-12-01' } }] };
    expect(leesSitelijst(gepubliceerd)?.standaard).toBe(hash);
    expect(leesSitelijst({ ...gepubliceerd, pakketten: [] })).toBeNull();
    expect(leesSitelijst({ ...gepubliceerd, standaard: '../../etc' })).toBeNull();
    expect(leesSitelijst({ ...gepubliceerd, script: 'x' })).toBeNull();
  });
});

describe('publicatieProblemen', () => {
  it('finds nothing in the demo package (its BSN, name and birth date columns were read as the person key or dropped)', async () => {
    expect(publicatieProblemen(await leesPakketMap(DEMO))).toEqual([]);
  });

  it('refuses a source column with personal data read as another field, and a message that repeats a BSN', async () => {
    const p = await leesPakketMap(DEMO);
    const m = structuredClone(p.manifest);
    const kolom = m.bronnen.flatMap((b) => b.onderdelen.flatMap((o) => o.kolommen)).find((k) => k.kop === 'Geboortedatum')!;
    kolom.veld = 'afstand';
    m.validatie.meldingen.push({ ernst: 'waarschuwing', code: 'onbekende-waarde', bestand: 'x.csv', regel: 12, kolom: 'Regeling', waarde: '111222333', reden: 'r', oplossing: 'o' });
    const problemen = publicatieProblemen({ ...p, manifest: m });
    expect(problemen).toHaveLength(2);
    expect(problemen[0]).toContain('de kolom "Geboortedatum" bevat persoonsgegevens en is ingelezen als afstand');
    expect(problemen[1]).toContain('x.csv:12) herhaalt een waarde uit een kolom met persoonsgegevens');
  });
});

describe('server configuration', () => {
  it('nginx and IIS send the security headers of npm start and cache hashed files for a year, the list never', () => {
    const nginx = nginxConfig();
    for (const kop of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy'])
      expect(nginx.match(new RegExp(`add_header ${kop} `, 'g'))?.length, kop).toBe(4);
    expect(nginx).toContain('try_files $uri $uri/index.html /index.html;');
    const iis = webConfig();
    expect(iis).toContain("value=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    expect(iis).toMatch(/<location path="assets">[\s\S]*?cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable"/);
    expect(iis).toMatch(/<location path="index.html">[\s\S]*?DisableCache/);
  });
});

describe('the preload block of index.html', () => {
  const gebouwd = '<html><head><title>pw-monitor</title><!-- pw:voorladen --><link rel="preload" href="/data/demo/manifest.json" as="fetch" crossorigin="anonymous" /><!-- /pw:voorladen --></head><body></body></html>';

  it("points a published site's pages at its default package instead of the demo", () => {
    const html = metVoorladen(gebouwd, `/data/pakketten/${'a'.repeat(64)}/`, ['manifest.json', 'figuren_huidig.arrow']);
    expect(html).not.toContain('/data/demo/');
    expect(html.match(/<link rel="preload"/g)).toHaveLength(2);
    expect(html).toContain(`<link rel="preload" href="/data/pakketten/${'a'.repeat(64)}/figuren_huidig.arrow" as="fetch" crossorigin="anonymous" />`);
    // Run again (the monthly update) it replaces the block, it does not add one.
    expect(metVoorladen(html, '/data/pakketten/b/', ['manifest.json']).match(/<link rel="preload"/g)).toHaveLength(1);
  });

  it('adds the block to an index.html without one, and escapes what is not a plain name', () => {
    const html = metVoorladen('<html><head></head></html>', '/x/', ['a"b<c>.arrow']);
    expect(html).toBe('<html><head><!-- pw:voorladen --><link rel="preload" href="/x/a&quot;b&lt;c>.arrow" as="fetch" crossorigin="anonymous" /><!-- /pw:voorladen --></head></html>');
  });
});
