import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getoondeTabel, nieuwePagina, startChromium, tabel, wachtOpPagina } from './chromium.ts';

// Issue 15: the standard figures ship in the data package, so every standard page shows its figures
// without DuckDB. The DuckDB .wasm request is blocked here: the standard pages must not even ask for
// it, and only a page that truly needs the engine (Controle's extract totals, Gegevens laden) says it cannot start,
// within a bounded time: DuckDB-WASM itself would wait forever for a module it cannot fetch.

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

const STANDAARDPAGINAS = ['Overzicht', 'Uitkeringen', 'Doelgroepen', 'Beschut werk', 'Wsw', 'Budget', 'Verdeelsleutel'];

describe('the dashboard without DuckDB', () => {
  it('shows Uitkeringen for Dinkelland on 1-12-2019 with 275 and its charts, the .wasm never asked for, no console error', async () => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpPagina(page, 'svg path');
    await expect.poll(() => page.getByRole('region', { name: 'Kerncijfers uitkeringen' }).textContent()).toContain('275');
    expect(await page.locator('main [data-chart="echarts"]').count()).toBeGreaterThanOrEqual(3);
    // The breakdown by regeling: 245 Pw + 24 IOAW + 2 IOAZ + 4 Bbz.
    const tabel = await getoondeTabel(page, 'Uitkeringen per regeling, Dinkelland');
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
      await wachtOpPagina(page, 'svg path');
      if (naam !== 'Verdeelsleutel') expect(await page.locator('main h1').textContent(), naam).toContain(kop);
      expect(await page.locator('main .status-fout').count(), `${naam}: foutmelding`).toBe(0);
      expect(await page.locator('main').textContent(), naam).not.toMatch(/rekenmachine (start|kon niet)/i);
    }
    // Another area: a selection from the shipped figures, still without the engine.
    await page.getByLabel('Gemeente of samenwerking').selectOption('GM0173');
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Oldenzaal');
    await wachtOpPagina(page, 'svg path');
    expect(wasm).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it("shows Wsw for Dinkelland (140 employees on 1-1-2015, CBS's 140 of 2015 beside it) and Regio Alkmaar's printed key figures, the .wasm never asked for", async () => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/wsw?gebied=GM1774&peildatum=2016-01-01&tabel=1`);
    await wachtOpPagina(page, 'svg path');
    expect(await page.locator('main h1').textContent()).toContain('Wsw Dinkelland');
    // The stock on 1 January from the shipped figures: persons (before the closure, after it), SE, fte.
    const jan2015 = (await tabel(page, /Wsw op 1 januari, Dinkelland/)).find((r) => r[0] === 'jan 2015');
    expect(jan2015?.[1]).toBe('140');
    // CBS's WSW-werknemers of 2015, from the package's CBS rows, beside the own stand of 1-1-2016.
    const vergelijking = /Wsw-werknemers per 1\.000 inwoners van 15 jaar tot de AOW-leeftijd, 1-1-2016/;
    await page.locator('th', { hasText: 'CBS WSW-werknemers 2015' }).waitFor({ timeout: 30_000 });
    expect((await tabel(page, vergelijking)).find((r) => r[0] === 'Dinkelland (gekozen)')?.at(-1)).toBe('140');
    // The key figures as source 003 prints them, read from the package's wsw_kengetallen file.
    await page.goto(`${url}/wsw?gebied=SV-regio-alkmaar&peildatum=2015-01-01&tabel=1`);
    await wachtOpPagina(page, 'svg path');
    await page.locator('caption', { hasText: /Wsw-kengetallen Regio Alkmaar op 1-1-2011/ }).waitFor({ timeout: 30_000 });
    const regels = await tabel(page, /Wsw-kengetallen Regio Alkmaar op 1-1-2011/);
    expect(regels.find((r) => r[0] === 'Buitengebied (geen gemeente)')?.slice(1, 3)).toEqual(['28,0', '29,0']);
    expect(regels.find((r) => r[0] === 'Totaal zoals gedrukt')?.slice(1)).toEqual(['848,0', '961,0', '235']);
    expect(await page.locator('main .status-fout').count()).toBe(0);
    expect(await page.locator('footer').textContent()).not.toContain('Rekenmachine start');
    expect(wasm).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('says on Controle, which needs the engine for the extract totals, within seconds that the rekenmachine cannot start, and shows what it counted', async () => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/controle?gebied=GM1774&peildatum=2019-12-01`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain('Alle 45 combinaties van gemeente en regeling sluiten aan.');
    // The frame says it, with the reason; the page says which of its parts it could not compute, and why.
    const frame = page.getByRole('alert').filter({ hasText: 'De rekenmachine kon niet starten' });
    await frame.waitFor({ timeout: 20_000 });
    expect(await frame.textContent()).toMatch(/DuckDB kon niet worden gestart \(duckdb-(eh|mvp)[^ ]*\.wasm kon niet worden opgehaald \(geen antwoord: geen verbinding met de server, of het verzoek werd geblokkeerd\)\)/);
    const totalen = page.getByRole('alert').filter({ hasText: 'De totalen konden niet worden gelezen' });
    expect(await totalen.textContent()).toContain('De rekenmachine (DuckDB) kon niet starten: duckdb-');
    expect(await page.getByText('Totalen lezen…').count()).toBe(0);
    expect(await page.locator('footer').textContent()).not.toContain('Rekenmachine start…');
    // The module was asked for once (by the check before the worker starts), and refused.
    expect(wasm).toHaveLength(1);
    // The only problem: the browser's own report of the refused request.
    expect(problemen.filter((p) => !/^console: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT(\.Inspector)?$/.test(p))).toEqual([]);
    await page.context().close();
  });

  it('says on Gegevens laden, which reads extracts with the engine, that the rekenmachine cannot start, instead of waiting', async () => {
    const { page, problemen, wasm } = await zonderWasm();
    await page.goto(`${url}/gegevens-laden`);
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(fileURLToPath(new URL('../../data/extracts/wsw/wsw-personeel-dinkelland-tubbergen.csv', import.meta.url)));
    await expect.poll(() => page.getByLabel('Veld voor kolom Vorm van werk').inputValue(), { timeout: 30_000 }).toBe('werkvorm');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    const melding = page.getByRole('alert').filter({ hasText: 'Het laden is mislukt' });
    await melding.waitFor({ timeout: 20_000 });
    expect(await melding.textContent()).toMatch(/Het laden is mislukt: De rekenmachine \(DuckDB\) kon niet starten: duckdb-(eh|mvp)[^ ]*\.wasm kon niet worden opgehaald/);
    expect(wasm).toHaveLength(1);
    expect(problemen.filter((p) => !/^console: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT(\.Inspector)?$/.test(p))).toEqual([]);
    await page.context().close();
  });
});
