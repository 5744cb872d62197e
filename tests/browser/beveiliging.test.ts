import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nieuwePagina, startChromium, wachtOpRekenmachine } from './chromium.ts';

// The app as the server sends it (the same @pw/server as npm start): the security headers on the
// page, the precompressed DuckDB .wasm, every page under the Content-Security-Policy (nieuwePagina
// fails a test on any violation), and the check itself catches a violation.
const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

describe('the served app', () => {
  it('sends the security headers with the page and the DuckDB .wasm brotli-compressed', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    const wasm: Array<{ url: string; codering: string | undefined; soort: string | undefined }> = [];
    page.on('response', async (r) => {
      // The download itself: the engine first asks with a HEAD whether the module is there (start.ts).
      if (r.url().endsWith('.wasm') && r.request().method() === 'GET') {
        const k = await r.allHeaders();
        wasm.push({ url: r.url(), codering: k['content-encoding'], soort: k['content-type'] });
      }
    });
    // Controle starts the engine (its extract totals); the standard pages do not need it (issue 15).
    const r = await page.goto(`${url}/controle?gebied=GM1774&peildatum=2019-12-01`);
    const koppen = await r!.allHeaders();
    expect(koppen['content-security-policy']).toContain("default-src 'self'");
    expect(koppen['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(koppen['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(koppen['x-content-type-options']).toBe('nosniff');
    expect(koppen['referrer-policy']).toBe('no-referrer');
    await wachtOpRekenmachine(page);
    await expect.poll(() => wasm.length, { timeout: 60_000 }).toBe(1);
    expect(wasm[0]).toMatchObject({ codering: 'br', soort: 'application/wasm' });
    const missend = await page.request.get(`${url}/data/demo/bestaat-niet.arrow`);
    expect(missend.status()).toBe(404);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('shows chart tooltips and exports a PNG within the policy (ECharts’ SVG renderer and its HTML tooltip)', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    const grafiek = page.locator('figure.grafiek', { has: page.getByRole('heading', { name: /Uitkeringen per regeling, Dinkelland/ }) });
    await grafiek.locator('[data-chart="echarts"] svg').waitFor();
    await grafiek.scrollIntoViewIfNeeded();
    const vak = (await grafiek.locator('[data-chart="echarts"]').boundingBox())!;
    await page.mouse.move(vak.x + vak.width * 0.6, vak.y + vak.height / 2);
    // The tooltip is HTML with style attributes: the policy allows those, and nothing else inline.
    await expect.poll(() => grafiek.locator('[data-chart="echarts"] div').filter({ hasText: 'Pw' }).count()).toBeGreaterThan(0);
    await grafiek.locator('summary', { hasText: 'Exporteer' }).click();
    const [d] = await Promise.all([page.waitForEvent('download'), grafiek.getByRole('button', { name: 'Afbeelding (PNG)' }).click()]);
    const png = await readFile((await d.path())!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('the check catches a violation: an inline script does not run and is reported', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/`);
    await page.locator('main h1').first().waitFor();
    await page.evaluate(`{ const s = document.createElement('script'); s.textContent = 'window.__ingeschoven = 1'; document.head.append(s); }`);
    await expect.poll(() => problemen.filter((p) => p.startsWith('CSP: script-src-elem blokkeerde inline')).length).toBe(1);
    expect(await page.evaluate('window.__ingeschoven')).toBeUndefined();
    await page.context().close();
  });
});
