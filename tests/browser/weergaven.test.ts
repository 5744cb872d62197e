import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { nieuwePagina, startChromium, toegankelijkheid, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
const ALMELO = fileURLToPath(new URL('../../data/extracts/twente/uitkeringen-almelo-2024-12.csv', import.meta.url));
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const eersteTegel = (page: Page) => page.locator('section.tegel .tegel-waarde').first();

async function bewaarWeergave(page: Page, naam: string): Promise<void> {
  await page.getByRole('button', { name: 'Weergave bewaren…' }).click();
  await page.getByLabel('Naam').fill(naam);
  await page.getByLabel('Omschrijving').fill('Voor de raadsinformatiebrief');
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await page.getByText(`Weergave "${naam}" bewaard.`).waitFor();
}

async function openWeergave(page: Page, naam: string): Promise<void> {
  await page.goto(`${url}/weergaven`);
  await page.getByRole('link', { name: `Openen: ${naam}` }).click();
  await wachtOpRekenmachine(page);
}

describe('saved views', () => {
  it('a view of Dinkelland on 1-12-2019 shows the same figures after a reload, and after export, clearing the browser and import', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await expect.poll(() => eersteTegel(page).textContent()).toBe('275');
    await bewaarWeergave(page, 'Uitkeringen Dinkelland 1-12-2019');

    await page.goto(`${url}/`);
    await page.reload();
    await openWeergave(page, 'Uitkeringen Dinkelland 1-12-2019');
    expect(new URL(page.url()).pathname).toBe('/uitkeringen');
    await expect.poll(() => eersteTegel(page).textContent(), { timeout: 30_000 }).toBe('275');

    await page.goto(`${url}/weergaven`);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle weergaven exporteren' }).click()]);
    const bestand = join(tmpdir(), `pw-weergaven-${Date.now()}.json`);
    await writeFile(bestand, await readFile((await d.path())!));
    expect(await toegankelijkheid(page)).toEqual([]);
    await page.context().close();

    // A fresh browser profile: nothing stored.
    const schoon = await nieuwePagina(browser);
    await schoon.page.goto(`${url}/weergaven`);
    await schoon.page.getByText('Nog geen weergaven bewaard in deze browser.').waitFor();
    await schoon.page.getByLabel('Weergaven importeren (JSON-bestand):').setInputFiles(bestand);
    await schoon.page.getByText('1 weergave geïmporteerd.').waitFor();
    await openWeergave(schoon.page, 'Uitkeringen Dinkelland 1-12-2019');
    await expect.poll(() => eersteTegel(schoon.page).textContent(), { timeout: 30_000 }).toBe('275');
    expect(problemen).toEqual([]);
    expect(schoon.problemen).toEqual([]);
    await schoon.page.context().close();
  });

  it('keeps showing the old figures, flagged, after a newer data package is loaded, and switches to the new data in one click', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await expect.poll(() => eersteTegel(page).textContent()).toBe('275');
    await bewaarWeergave(page, 'Stand december 2019');

    // Newer data: this month's extract plus one more benefit for Dinkelland from 1-1-2019.
    const extra = join(tmpdir(), `uitkeringen-correctie-${Date.now()}.csv`);
    await writeFile(extra, 'Uitkeringen lopend op of na 1-1-2015, aangemaakt 31-12-2024\nBSN;Gemeente;Regeling;Ingangsdatum;Einddatum\n999999990;Dinkelland;Pw;01-01-2019;\n');
    await page.goto(`${url}/gegevens-laden`);
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles([ALMELO, extra]);
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/^Gelezen: /).waitFor({ timeout: 120_000 });
    const accepteer = page.getByRole('checkbox', { name: /accepteer/ });
    if (await accepteer.count()) await accepteer.check();
    await page.getByRole('button', { name: 'Gebruiken in het dashboard' }).click();
    await expect.poll(() => page.locator('footer').textContent()).toContain('geladen extracten (2 bestanden');

    await openWeergave(page, 'Stand december 2019');
    await expect.poll(() => eersteTegel(page).textContent(), { timeout: 30_000 }).toBe('275');
    await page.getByText('Oudere gegevens.').waitFor();
    await page.getByRole('button', { name: 'Naar de nieuwste gegevens' }).click();
    await expect.poll(() => eersteTegel(page).textContent(), { timeout: 30_000 }).toBe('276');
    expect(new URL(page.url()).searchParams.get('pakket')).toBeNull();
    expect(await page.getByText('Oudere gegevens.').count()).toBe(0);

    await page.goto(`${url}/gegevens-laden`);
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('shows a name with a script in it as text, and refuses a file with unknown fields', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    const naam = '<img src=x onerror="window.__geraakt=1"><script>window.__geraakt=1</script>';
    const goed = join(tmpdir(), `pw-xss-${Date.now()}.json`);
    await writeFile(
      goed,
      JSON.stringify({
        schema: 'pw-monitor-weergave',
        versie: 2,
        id: 'w-xss-test-1',
        naam,
        omschrijving: '<b>vet?</b>',
        pagina: '/uitkeringen',
        zoek: 'gebied=GM1774&peildatum=2019-12-01',
        tabel: false,
        datapakket: { hash: JSON.parse(await readFile(fileURLToPath(new URL('../../data/demo-package/manifest.json', import.meta.url)), 'utf8')).hash, peildatum: '2024-12-01', naam: 'demodatapakket' },
        aangemaakt: '2026-11-23T10:00:00.000Z',
      }),
    );
    const fout = join(tmpdir(), `pw-fout-${Date.now()}.json`);
    await writeFile(fout, JSON.stringify({ schema: 'pw-monitor-weergave', versie: 2, naam: 'x', onbekend: true }));
    await page.goto(`${url}/weergaven`);
    await page.getByLabel('Weergaven importeren (JSON-bestand):').setInputFiles(fout);
    await page.getByText('Dit bestand is niet geïmporteerd').waitFor();
    expect(await page.getByText(/onbekend veld "onbekend"/).count()).toBe(1);
    await page.getByLabel('Weergaven importeren (JSON-bestand):').setInputFiles(goed);
    await page.getByText('1 weergave geïmporteerd.').waitFor();
    expect(await page.getByRole('heading', { level: 3, name: naam, exact: true }).count()).toBe(1);
    expect(await page.getByText('<b>vet?</b>', { exact: true }).count()).toBe(1);
    expect(await page.locator('main img, main script:not([type])').count()).toBe(0);
    expect(await page.evaluate('window.__geraakt')).toBeUndefined();
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
