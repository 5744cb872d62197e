import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmRun } from '../integratie/cli.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nieuwePagina, startChromium, toegankelijkheid, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
const ALMELO = fileURLToPath(new URL('../../data/extracts/twente/uitkeringen-almelo-2024-12.csv', import.meta.url));
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const tegel = (titel: string) => `section.tegel:has(h3:text-is("${titel}")) .tegel-waarde`;

describe('Gegevens laden', () => {
  it('loads the Almelo extract in the browser, switches the dashboard to it, keeps it across a reload, and removes it again', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/gegevens-laden`);
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(ALMELO);
    // The mapping table of the preview: the header and the field each column maps to.
    await expect.poll(() => page.getByLabel('Veld voor kolom Regeling').inputValue(), { timeout: 30_000 }).toBe('regeling');
    expect(await page.getByLabel('Veld voor kolom Achternaam').inputValue()).toBe('naam');
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.locator('progress').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Annuleren' }).count()).toBe(1);
    await page.getByText(/^Gelezen: /).waitFor({ timeout: 120_000 });
    const duur = Date.now() - t0;
    console.log(`Almelo-extract geladen in de browser in ${duur} ms (${await page.getByText(/^Gelezen: /).textContent()})`);
    expect(await page.getByText(/^Gelezen: 1\.8\d\d regels uit 1 bestand/).count()).toBe(1);

    const gebruik = page.getByRole('button', { name: 'Gebruiken in het dashboard' });
    const accepteer = page.getByRole('checkbox', { name: /accepteer/ });
    if (await accepteer.count()) {
      expect(await gebruik.isDisabled()).toBe(true);
      await accepteer.check();
    }
    await gebruik.click();
    await expect.poll(() => page.locator('footer').textContent()).toContain('geladen extracten (1 bestand,');
    expect(await axe(page)).toEqual([]);

    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.goto(`${url}/?gebied=GM1774&peildatum=2019-12-01`);
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 30_000 }).toContain('geladen extracten (1 bestand,');
    await wachtOpRekenmachine(page);
    await expect.poll(() => page.locator(tegel('Uitkeringen')).textContent(), { timeout: 30_000 }).toBe('275');

    await page.goto(`${url}/gegevens-laden`);
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');
    await page.reload();
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('shows a bad row with its file, line and reason, and loads nothing', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/gegevens-laden`);
    const csv = ['BSN;Gemeente;Regeling;Ingangsdatum;Einddatum', '123456782;Dinkelland;Pw;01-03-2019;', '111222333;Dinkelland;Kinderbijslag;01-04-2019;', ''].join('\n');
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles({ name: 'fout-extract.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByLabel('Veld voor kolom BSN').inputValue(), { timeout: 30_000 }).toBe('persoon');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/er is niets geladen/).waitFor({ timeout: 120_000 });
    const rijen = await page.locator('table.meldingen tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
    const fout = rijen.find((r) => r[0] === 'fout' && r[2] === '3');
    expect(fout, JSON.stringify(rijen)).toBeDefined();
    expect(fout![1]).toBe('fout-extract.csv');
    expect(fout!.join(' ')).toMatch(/Kinderbijslag|regeling/i);
    expect(JSON.stringify(rijen)).not.toContain('111222333');
    expect(await page.getByRole('button', { name: 'Gebruiken in het dashboard' }).count()).toBe(0);
    // Filtering by severity and text.
    await page.getByLabel('Zoeken').fill('zzz-niets');
    expect(await page.locator('table.meldingen tbody tr').count()).toBe(0);
    await page.getByLabel('Zoeken').fill('');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als CSV' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('controleverslag.csv');
    expect(await page.locator('footer').textContent()).toContain('Gegevens: demodatapakket');
    expect(await axe(page)).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('lets a column that was not recognised be mapped by hand, and reuses a saved mapping for the next extract of the same system', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/gegevens-laden`);
    const extract = (maand: string) => ({
      name: `eigen-systeem-${maand}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(['BSN;Gemeente;Productcode;Ingangsdatum;Einddatum', '123456782;Dinkelland;Pw;01-03-2019;', '234567891;Tubbergen;Pw;01-05-2019;31-08-2019', ''].join('\n')),
    });
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(extract('2024-11'));
    await expect.poll(() => page.getByLabel('Veld voor kolom Productcode').inputValue(), { timeout: 30_000 }).toBe('');
    expect(await page.getByText(/Ontbreekt: regeling/).count()).toBe(1);
    await page.getByLabel('Veld voor kolom Productcode').selectOption('regeling');
    await page.getByRole('button', { name: 'Koppeling bewaren voor volgende extracten' }).click();
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/^Gelezen: 2 regels uit 1 bestand/).waitFor({ timeout: 120_000 });
    expect(await page.getByText('Productcode → regeling', { exact: false }).count()).toBe(1);
    // Next month's extract of the same system: the saved mapping applies by itself.
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(extract('2024-12'));
    await expect.poll(() => page.getByLabel('Veld voor kolom Productcode').inputValue(), { timeout: 30_000 }).toBe('regeling');
    expect(await page.getByText(/Een bewaarde koppeling is toegepast/).count()).toBe(1);
    // Only column and field names are kept: no value from the file.
    const bewaard = await page.evaluate(() => localStorage.getItem('pw-monitor:koppelingen') ?? '');
    expect(bewaard).toContain('"Productcode":"regeling"');
    expect(bewaard).not.toContain('123456782');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('loading all demo extracts through the page gives the same figures as npm run figures on the demo package', async () => {
    const map = fileURLToPath(new URL('../../data/extracts', import.meta.url));
    const bestanden = readdirSync(map, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(csv|xlsx)$/.test(f)).map((f) => join(map, f));
    expect(bestanden.length).toBeGreaterThanOrEqual(8);
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/gegevens-laden`);
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(bestanden);
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/^Gelezen: /).waitFor({ timeout: 120_000 });
    const accepteer = page.getByRole('checkbox', { name: /accepteer/ });
    if (await accepteer.count()) await accepteer.check();
    await page.getByRole('button', { name: 'Gebruiken in het dashboard' }).click();
    await expect.poll(() => page.locator('footer').textContent()).toContain('geladen extracten');
    await page.goto(`${url}/uitkeringen?gebied=GM1774,GM1980&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    const balk = page.getByRole('group', { name: /Alle cijfers van deze keuze/ });
    await page.locator('summary', { hasText: 'Alle cijfers exporteren' }).click();
    const knop = balk.getByRole('button', { name: 'CSV (internationaal)' });
    await knop.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    await balk.getByRole('checkbox', { name: 'Kleine aantallen afschermen' }).uncheck();
    const [d] = await Promise.all([page.waitForEvent('download'), knop.click()]);
    const uitBrowser = readFileSync((await d.path())!, 'utf8');
    const cli = npmRun('figures', ['data/demo-package', '--gemeente', 'GM1774,GM1980', '--indeling', 'huidig']);
    expect(cli.code, cli.stderr).toBe(0);
    // The demo package also carries the CBS sample data (cbs.…, issue 12), which the extracts loaded here do not have.
    expect(uitBrowser).toBe(cli.stdout.split('\n').filter((r) => !r.startsWith('cbs.')).join('\n'));
    expect(uitBrowser).toContain('uitkeringen,GM1774,Dinkelland,2019-12-01,totaal,totaal,275\r\n');
    await page.goto(`${url}/gegevens-laden`);
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 30_000 }).toContain('Gegevens: demodatapakket');
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

const axe = toegankelijkheid;
