import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nieuwePagina, startChromium, wachtOpRekenmachine } from './chromium.ts';

// The DuckDB engine in the browser worker is locked at every start (@pw/engine START_SQL): no
// file outside the ones pw-monitor registers under pw/, no URL, and the configuration locked. It
// proves this itself before it is used (controleerVergrendeling: read_text('/etc/passwd') and
// read_text('http://…') must be refused by configuration, or the engine does not start); the
// ingest worker of Gegevens laden opens the same engine (tests/browser/laden.test.ts loads with it).

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

describe('the engine in the browser', () => {
  it('starts only locked: it has refused a local file and a URL, and the page says so', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    const verzoeken: string[] = [];
    page.on('request', (r) => verzoeken.push(r.url()));
    // Controle needs the engine (its extract totals); the standard pages show the shipped figures without it.
    await page.goto(`${url}/controle?gebied=GM1774`);
    await wachtOpRekenmachine(page);
    await expect
      .poll(() => page.locator('footer').textContent(), { timeout: 60_000 })
      .toContain('De rekenmachine kan geen bestanden of internetadressen lezen buiten de geladen gegevens (gecontroleerd bij het starten).');
    await expect.poll(() => page.locator('main').textContent()).not.toContain('De rekenmachine kon niet starten');
    // The refused URL was never requested.
    expect(verzoeken.filter((v) => v.includes('pw-monitor-proef'))).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
