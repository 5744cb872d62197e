import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nieuwePagina, startChromium, toegankelijkheid, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const tegel = (titel: string) => `section.tegel:has(h3:text-is("${titel}")) .tegel-waarde`;

describe('Overzicht, as a wethouder opens it', () => {
  it('shows 275 benefits for Dinkelland on 1-12-2019, chosen with the selects, with no console error and no outside request', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/`);
    await page.getByLabel('Gemeente of samenwerking').selectOption({ label: 'Dinkelland' });
    await page.getByLabel('Peildatum', { exact: true }).selectOption({ label: '1-12-2019' });
    await expect.poll(() => page.locator(tegel('Uitkeringen')).textContent(), { timeout: 30_000 }).toBe('275');
    await wachtOpRekenmachine(page);
    expect(await page.locator(tegel('Uitkeringen')).textContent()).toBe('275');
    expect(await page.locator(tegel('Doelgroepenregister')).textContent()).toBe('38');
    expect(await page.locator(tegel('Beschut werk 2019')).textContent()).toBe('4 van 4 plaatsen');
    await expect.poll(() => page.locator(tegel('BUIG 2019')).count()).toBe(1);
    // The source and peildatum under the figure.
    expect(await page.locator('section.tegel:has(h3:text-is("Uitkeringen")) .bron').textContent()).toContain('peildatum 1-12-2019');
    expect(page.url()).toContain('peildatum=2019-12-01');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('restores the choice from the URL on reload and shows the chart with its table', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/?gebied=SV-noord-oost-twente&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Gemeente of samenwerking').inputValue()).toBe('SV-noord-oost-twente');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Noord-Oost Twente');
    expect(await page.getByText('Som van Dinkelland, Oldenzaal en Tubbergen.').count()).toBe(1);
    const grafiek = page.locator('figure.grafiek').first();
    await grafiek.locator('svg').first().waitFor();
    await grafiek.getByRole('button', { name: 'Toon als tabel' }).click();
    expect(await grafiek.locator('table tbody tr').count()).toBeGreaterThan(100);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('says in words when there is no data, instead of showing zero', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/?gebied=GM1774&peildatum=2013-06-01`);
    await wachtOpRekenmachine(page);
    await expect.poll(() => page.locator('section.tegel:has(h3:text-is("Uitkeringen")) .tegel-leeg').textContent()).toBe('Geen gegevens over uitkeringen voor Dinkelland vóór 1-1-2015.');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical accessibility violation', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(`${url}/?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await page.locator('figure.grafiek svg').first().waitFor();
    expect(await toegankelijkheid(page)).toEqual([]);
    await page.context().close();
  });
});
