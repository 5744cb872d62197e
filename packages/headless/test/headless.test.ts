import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meldCspSchendingen, serveerGebouwdeApp, startChromium } from '../src/index.ts';

const map = mkdtempSync(join(tmpdir(), 'pw-headless-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('serveerGebouwdeApp and startChromium', () => {
  it('serves a built app on localhost, and Chromium opens it', async () => {
    mkdirSync(join(map, 'app/dist'), { recursive: true });
    writeFileSync(join(map, 'app/dist/index.html'), '<!doctype html><html lang="nl"><title>Proef</title><body><h1>Gebouwd</h1></body></html>');
    const server = await serveerGebouwdeApp(4379, join(map, 'app'));
    const browser = await startChromium();
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      expect(await page.locator('h1').textContent()).toBe('Gebouwd');
    } finally {
      await browser.close();
      await server.sluit();
    }
  });

  it('serves under the Content-Security-Policy, and reports a violation of it', async () => {
    mkdirSync(join(map, 'inline/dist'), { recursive: true });
    writeFileSync(join(map, 'inline/dist/index.html'), '<!doctype html><html lang="nl"><title>Proef</title><body><h1>Gebouwd</h1><script>window.__geraakt = 1</script></body></html>');
    const server = await serveerGebouwdeApp(4379, join(map, 'inline'));
    const browser = await startChromium();
    try {
      const context = await browser.newContext();
      const schendingen: string[] = [];
      await meldCspSchendingen(context, (t) => schendingen.push(t));
      const page = await context.newPage();
      const r = await page.goto(`${server.url}/`);
      expect((await r!.allHeaders())['content-security-policy']).toContain("default-src 'self'");
      await expect.poll(() => schendingen).toEqual([expect.stringMatching(/^CSP: script-src-elem blokkeerde inline/)]);
      expect(await page.evaluate('window.__geraakt')).toBeUndefined();
    } finally {
      await browser.close();
      await server.sluit();
    }
  });

  it('names the build command when the app has not been built', async () => {
    mkdirSync(join(map, 'leeg'), { recursive: true });
    await expect(serveerGebouwdeApp(4379, join(map, 'leeg'))).rejects.toThrow(/leeg is nog niet gebouwd \(dist\/index\.html ontbreekt\)\. Oplossing: bouw eerst het dashboard met npx turbo run build --filter=@pw\/dashboard\./);
  });
});
