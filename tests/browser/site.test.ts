import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { npmRun } from '../integratie/cli.ts';
import { nieuwePagina, startChromium } from './chromium.ts';

// Acceptance: `npm run site -- data/demo-package --out site`, served from that folder by a plain
// static server (python3 -m http.server: no rewrites, no headers of ours), opens every page by its
// deep link with the demo figures and no console error.
const map = mkdtempSync(join(tmpdir(), 'pw-site-'));
const site = join(map, 'site');
const POORT = 4391;
const url = `http://127.0.0.1:${POORT}`;
let server: ChildProcess;
let browser: Browser;
let twente: string;

beforeAll(async () => {
  const r = npmRun('site', ['data/demo-package', '--out', site]);
  expect(r.code, r.stderr).toBe(0);
  twente = join(map, 'twente');
  const t = npmRun('ingest', ['data/extracts/twente', '--out', twente, '--stil']);
  expect(t.code, t.stderr).toBe(0);
  server = spawn('python3', ['-m', 'http.server', String(POORT), '--bind', '127.0.0.1', '--directory', site], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${url}/`).then((x) => x.ok, () => false)) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  browser = await startChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(map, { recursive: true, force: true });
});

const ROUTES: Array<[string, string]> = [
  ['/', 'Dinkelland'],
  ['/uitkeringen', 'Dinkelland'],
  ['/doelgroepen', 'Dinkelland'],
  ['/beschut-werk', 'Dinkelland'],
  ['/budget', 'Dinkelland'],
  ['/verdeelsleutel', 'Verdeelsleutel'],
  ['/weergaven', 'Weergaven'],
  ['/rapporten', 'Rapporten'],
  ['/controle', 'Controle'],
  ['/gegevens-laden', 'Gegevens laden'],
];

describe('a published site on python3 -m http.server', () => {
  it('opens every page by its deep link, with the demo figures, says small numbers are masked, and logs no error', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    for (const [route, kop] of ROUTES) {
      await page.goto(`${url}${route}?gebied=GM1774&peildatum=2019-12-01`);
      await page.locator('main h1').first().waitFor();
      // The first page waits for the package list and the package's masking decision (shipped with its figures; no engine).
      if (route === '/') await page.getByRole('note').filter({ hasText: 'kleine aantallen worden afgeschermd' }).first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !document.querySelector('main .status-laden'), null, { timeout: 60_000 });
      expect(await page.locator('main h1').first().textContent(), route).toContain(kop);
      expect(await page.locator('main .status-fout').count(), `${route}: foutmelding`).toBe(0);
      expect(await page.getByRole('note').filter({ hasText: 'kleine aantallen worden afgeschermd' }).count(), route).toBe(1);
    }
    // Controle on a masked site: a combination with a masked count is not a difference, it cannot be checked here.
    await page.goto(`${url}/controle?gebied=GM1774&peildatum=2019-12-01`);
    const aansluiting = page.getByRole('status').filter({ hasText: 'combinaties van gemeente en regeling' });
    await expect.poll(() => aansluiting.textContent(), { timeout: 60_000 }).toMatch(/^[\d.]+ combinaties van gemeente en regeling zonder afgeschermde cijfers sluiten aan\. [\d.]+ combinaties? bevat(ten)? kleine aantallen die op deze site zijn afgeschermd/);
    expect(await aansluiting.textContent()).not.toContain('niet aan');
    // Uitkeringen for Dinkelland on 1-12-2019: 275 (source 002), from the published package.
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await page.waitForFunction(() => !document.querySelector('main .status-laden'), null, { timeout: 60_000 });
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('275');
    expect(problemen).toEqual([]);
    await page.context().close();
  }, 400_000); // ten cold starts of the app, each starting DuckDB: minutes on a busy two-core machine

  it('opens without network after the first visit, and picks up a newer publication when the network returns', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain('275');
    // The service worker has kept the app, the engine and the package.
    await page.waitForFunction(
      `(async () => { const r = await navigator.serviceWorker.ready; if (!r.active) return false; const d = await caches.open('pw-data'); const k = await d.keys(); return k.some((x) => x.url.endsWith('/uitkeringen_stand.arrow')) && (await caches.keys()).some((n) => n.startsWith('pw-app-')); })()`,
      null,
      { timeout: 120_000, polling: 1000 },
    );
    await page.context().setOffline(true);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain('275');
    expect(await page.locator('main .status-fout').count()).toBe(0);
    // The engine starts without network too, from the kept module (its start first asks for the module with a HEAD, which the service worker answers from its cache).
    await page.goto(`${url}/controle?gebied=GM1774&peildatum=2019-12-01`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 90_000 }).toMatch(/het extract zegt [\d.]+, geteld zijn [\d.]+ — klopt\./);
    expect(await page.locator('main .status-fout').count()).toBe(0);
    // Meanwhile the controller publishes the next package; the network returns.
    const r = npmRun('site', [twente, '--out', site]);
    expect(r.code, r.stderr).toBe(0);
    await page.context().setOffline(false);
    await page.evaluate(`window.dispatchEvent(new Event('online'))`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain('Er is een nieuwer datapakket gepubliceerd');
    expect(problemen.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.context().close();
  });
});
