import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { nieuwePagina, startChromium, wachtOpRekenmachine } from './chromium.ts';

// The browser's storage as users meet it: two tabs that must not disagree about the data package,
// storage that is full, and a view file whose id is already taken.
const url = inject('appUrl');
const BESCHUT_WERK = fileURLToPath(new URL('../../data/extracts/beschut-werk/beschut-werk-taakstelling.csv', import.meta.url));
const DEMO_HASH = (JSON.parse(await readFile(fileURLToPath(new URL('../../data/demo-package/manifest.json', import.meta.url)), 'utf8')) as { hash: string }).hash;
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const voet = (page: Page) => page.locator('footer').textContent();

describe('two tabs in one browser', () => {
  it('never disagree silently: when one loads a package, the other switches to it and says so; removing it brings both back', async () => {
    const { page: a, problemen } = await nieuwePagina(browser);
    const b = await a.context().newPage();
    b.on('console', (m) => {
      if (m.type() === 'error') problemen.push(`tabblad B: ${m.text().slice(0, 300)}`);
    });
    b.on('pageerror', (e) => problemen.push(`tabblad B: ${String(e).slice(0, 300)}`));
    await b.goto(`${url}/beschut-werk?gebied=GM1774`);
    await expect.poll(() => voet(b), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');

    await a.goto(`${url}/gegevens-laden`);
    await a.getByLabel('Extracten (CSV of XLSX)').setInputFiles(BESCHUT_WERK);
    await a.getByRole('button', { name: 'Laden', exact: true }).click();
    await a.getByText(/^Gelezen: /).waitFor({ timeout: 120_000 });
    const accepteer = a.getByRole('checkbox', { name: /accepteer/ });
    if (await accepteer.count()) await accepteer.check();
    await a.getByRole('button', { name: 'Gebruiken in het dashboard' }).click();
    await expect.poll(() => voet(a), { timeout: 30_000 }).toContain('geladen extracten (1 bestand,');

    // Tab B follows at once, and says why its figures changed.
    await expect.poll(() => voet(b), { timeout: 30_000 }).toContain('geladen extracten (1 bestand,');
    const melding = b.getByRole('status').filter({ hasText: 'In een ander tabblad is een ander datapakket gekozen.' });
    expect(await melding.textContent()).toMatch(/Dit tabblad toont nu ook geladen extracten \(1 bestand, [\d-]+\) \(datapakket [0-9a-f]{12}\)\./);
    await melding.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => melding.count()).toBe(0);

    // Removed in B: A goes back to the demo package too.
    await b.goto(`${url}/gegevens-laden`);
    await b.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => voet(b), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');
    await expect.poll(() => voet(a), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');
    await a.getByText('In een ander tabblad is een ander datapakket gekozen.').waitFor();
    expect(problemen).toEqual([]);
    await a.context().close();
  });
});

describe('a full browser storage', () => {
  it('saves no view, says so with what to do, keeps what was typed, and the list stays empty', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    // As Chromium does when the origin's quota is exceeded.
    await page.addInitScript(`IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await page.getByRole('button', { name: 'Weergave bewaren…' }).click();
    await page.getByLabel('Naam').fill('Uitkeringen Dinkelland');
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Niet bewaard. De opslag van deze browser is vol. Oplossing: verwijder weergaven' }).waitFor();
    expect(await page.getByText(/bewaard\. U vindt haar onder Weergaven/).count()).toBe(0);
    expect(await page.getByLabel('Naam').inputValue()).toBe('Uitkeringen Dinkelland');
    await page.goto(`${url}/weergaven`);
    await page.getByText('Nog geen weergaven bewaard in deze browser.').waitFor();
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

describe('importing a view whose id is already taken', () => {
  it('keeps both: the saved one as it was, the imported one with a new id and "(2)"', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    const weergave = (zoek: string, omschrijving: string) => ({
      schema: 'pw-monitor-weergave', versie: 2, id: 'w-raad-2026', naam: 'Uitkeringen Dinkelland', omschrijving, pagina: '/uitkeringen', zoek, tabel: false,
      datapakket: { hash: DEMO_HASH, peildatum: '2024-12-01', naam: 'demodatapakket' }, aangemaakt: '2026-11-23T10:00:00.000Z',
    });
    const eerste = join(tmpdir(), `pw-id-1-${Date.now()}.json`);
    const tweede = join(tmpdir(), `pw-id-2-${Date.now()}.json`);
    await writeFile(eerste, JSON.stringify(weergave('gebied=GM1774&peildatum=2019-12-01', 'Stand 2019')));
    await writeFile(tweede, JSON.stringify(weergave('gebied=GM1774&peildatum=2020-12-01', 'Stand 2020')));
    await page.goto(`${url}/weergaven`);
    const invoer = page.getByLabel('Weergaven importeren (JSON-bestand):');
    await invoer.setInputFiles(eerste);
    await page.getByText('1 weergave geïmporteerd.').waitFor();
    await invoer.setInputFiles(tweede);
    await page.getByText('Er was al een andere weergave "Uitkeringen Dinkelland"; beide zijn bewaard, de geïmporteerde heet "Uitkeringen Dinkelland (2)".').waitFor();
    await invoer.setInputFiles(eerste);
    await page.getByText('0 weergaven geïmporteerd. 1 stond er al (ongewijzigd).').waitFor();
    const koppen = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(koppen.sort()).toEqual(['Uitkeringen Dinkelland', 'Uitkeringen Dinkelland (2)']);
    expect(await page.getByText('Stand 2019', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Stand 2020', { exact: true }).count()).toBe(1);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
