import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { nieuwePagina, startChromium } from './chromium.ts';

// Issue 15: the standard figures ship in the data package, so every standard page shows its figures
// without DuckDB. The DuckDB .wasm request is blocked here: the standard pages must not even ask for
// it, and only a page that truly needs the engine (Controle's extract totals) says it cannot start.

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

/** A page whose DuckDB .wasm requests are blocked (and counted). */
async function zonderWasm(): Promise<{ page: Page; problemen: string[]; wasm: string[] }> {
  const { page, problemen } = await nieuwePagina(browser);
  const wasm: string[] = [];
  await page.route(/\.wasm(\?|$)/, async (r) => {
    wasm.push(r.request().url());
    await r.abort('blockedbyclient');
  });
  return { page, problemen, wasm };
}

/** Waits until the page shows no loading state and every chart has drawn. */
async function wachtOpPagina(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .status-laden'), null, { timeout: 60_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart="echarts"]')].every((el) => el.querySelector('svg path')), null, { timeout: 30_000 });
}

const STANDAARDPAGINAS = ['Overzicht', 'Uitkeringen', 'Doelgroepen', 'Beschut werk', 'Budget', 'Verdeelsleutel'];

describe('the dashboard without DuckDB', () => {
  it('shows Uitkeringen for Dinkelland on 1-12-2019 with 275 and its charts, the .wasm never asked for, no console error', async () => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpPagina(page);
    await expect.poll(() => page.getByRole('region', { name: 'Kerncijfers uitkeringen' }).textContent()).toContain('275');
    expect(await page.locator('main [data-chart="echarts"]').count()).toBeGreaterThanOrEqual(3);
    // The breakdown by regeling: 245 Pw + 24 IOAW + 2 IOAZ + 4 Bbz.
    const tabel = page.locator('table', { has: page.locator('caption', { hasText: 'Uitkeringen per regeling, Dinkelland' }) }).first();
    const dec = await tabel.locator('tbody tr').evaluateAll((rijen) => rijen.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())).find((r) => r[0] === 'dec 2019'));
    expect(dec?.slice(1)).toEqual(['245', '24', '2', '4']);
    expect(await page.locator('footer').textContent()).not.toContain('Rekenmachine start');
    expect(wasm).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it.each([
    { indeling: 'huidig', zoek: '?gebied=GM1774&peildatum=2019-12-01', kop: 'Dinkelland' },
    { indeling: 'historisch', zoek: '?gebied=GM1980&peildatum=2021-12-01&indeling=historisch', kop: 'Dijk en Waard' },
  ])('shows every standard page ($indeling indeling) with its figures and charts, and a change of choice too', async ({ zoek, kop }) => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/${zoek}`);
    for (const naam of STANDAARDPAGINAS) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam, exact: true }).click();
      await wachtOpPagina(page);
      if (naam !== 'Verdeelsleutel') expect(await page.locator('main h1').textContent(), naam).toContain(kop);
      expect(await page.locator('main .status-fout').count(), `${naam}: foutmelding`).toBe(0);
      expect(await page.locator('main').textContent(), naam).not.toMatch(/rekenmachine (start|kon niet)/i);
    }
    // Another area: a selection from the shipped figures, still without the engine.
    await page.getByLabel('Gemeente of samenwerking').selectOption('GM0173');
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Oldenzaal');
    await wachtOpPagina(page);
    expect(wasm).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('says on Controle, which needs the engine for the extract totals, that it waits for it, and shows what it counted meanwhile', async () => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/controle?gebied=GM1774&peildatum=2019-12-01`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain('Alle 45 combinaties van gemeente en regeling sluiten aan.');
    await expect.poll(() => wasm.length, { timeout: 60_000 }).toBeGreaterThan(0);
    // DuckDB-WASM does not report a .wasm it could not fetch: the page keeps saying it waits (or, had it reported, that it could not start).
    expect(await page.locator('main').textContent()).toMatch(/Totalen lezen…|De rekenmachine kon niet starten/);
    expect(await page.locator('footer').textContent()).toMatch(/Rekenmachine start…/);
    // The only problems: the blocked .wasm itself (DuckDB-WASM leaves its failed fetch unhandled).
    expect(problemen.filter((p) => !/ERR_BLOCKED_BY_CLIENT|\.wasm|WebAssembly|DuckDB|Failed to fetch/i.test(p))).toEqual([]);
    await page.context().close();
  });
});
