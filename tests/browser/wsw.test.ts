import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { nieuwePagina, startChromium, tabel, toegankelijkheid, wachtOpPagina, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

async function open(page: Page, pad: string): Promise<void> {
  await page.goto(`${url}${pad}`);
  await wachtOpRekenmachine(page);
  await wachtOpPagina(page);
}

const getal = (s: string | undefined) => Number((s ?? '').replaceAll('.', '').replace(',', '.'));

describe('Wsw extracts on Gegevens laden', () => {
  it('loads a Wsw personnel extract, and refuses a bad line with its file and line without showing the BSN', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/gegevens-laden`);
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(fileURLToPath(new URL('../../data/extracts/wsw/wsw-personeel-dinkelland-tubbergen.csv', import.meta.url)));
    await expect.poll(() => page.getByLabel('Veld voor kolom Vorm van werk').inputValue(), { timeout: 30_000 }).toBe('werkvorm');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/^Gelezen: /).waitFor({ timeout: 120_000 });
    expect(await page.getByRole('button', { name: 'Gebruiken in het dashboard' }).count()).toBe(1);

    await page.goto(`${url}/gegevens-laden`);
    const csv = [
      'BSN;Woongemeente;Ingangsdatum;Einddatum;SE;Vorm van werk;Werkgever',
      '123456782;Dinkelland;01-03-1990;;1;beschut binnen;SPD',
      '111222333;Dinkelland;01-03-1991;;7;beschut binnen;SPD',
      '',
    ].join('\n');
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles({ name: 'wsw-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByLabel('Veld voor kolom Vorm van werk').inputValue(), { timeout: 30_000 }).toBe('werkvorm');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/er is niets geladen/).waitFor({ timeout: 120_000 });
    const rijen = await page.locator('table.meldingen tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
    const fout = rijen.find((r) => r[0] === 'fout' && r[2] === '3');
    expect(fout, JSON.stringify(rijen)).toBeDefined();
    expect(fout![1]).toBe('wsw-fout.csv');
    expect(fout!.join(' ')).toContain('ten hoogste 1,25 SE');
    expect(JSON.stringify(rijen)).not.toContain('111222333');
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

describe('the Wsw page', () => {
  it('shows Dinkelland declining since 2015 and a forecast band to 2030 with its method, and exports its figures', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await open(page, '/wsw?gebied=GM1774&peildatum=2024-12-01&tabel=1');
    expect(await page.locator('main h1').textContent()).toContain('Wsw Dinkelland');
    // The stock on 1 January: persons before and after the closure of 1-1-2015, SE and fte.
    const stand = await tabel(page, /Wsw op 1 januari, Dinkelland/);
    const rij = (label: string) => stand.find((r) => r[0] === label)!;
    const personen2015 = getal(rij('jan 2015')[2]);
    const personen2024 = getal(rij('jan 2024')[2]);
    expect(personen2015).toBe(140);
    expect(personen2024).toBeLessThan(personen2015 * 0.7);
    // The forecast: a band (low ≤ middle ≤ high) for every 1 January to 2030, and the method in words.
    const prognose = await tabel(page, /Verwachte Wsw-werknemers en SE op 1 januari, Dinkelland/);
    expect(prognose.at(-1)![0]).toBe('2030');
    const [laag, midden, hoog] = prognose.at(-1)!.slice(1, 4).map(getal);
    expect(laag).toBeLessThanOrEqual(midden!);
    expect(midden).toBeLessThanOrEqual(hoog!);
    expect(hoog).toBeLessThan(personen2024);
    expect(await page.getByText('Hoe de verwachting is gemaakt.').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toContain('wie de AOW-leeftijd bereikt');
    // Money: no invented rijksbijdrage.
    expect(await page.locator('main').textContent()).toContain('De rijksbijdrage per SE is niet bekend');
    // Form of work and organisation as the sources name them.
    const uitvoerders = await tabel(page, /naar uitvoerende organisatie, Dinkelland/);
    expect(uitvoerders.map((r) => r[0])).toEqual(['SPD']);
    // The export of all figures of this choice holds the Wsw figures.
    // The export of all figures is one of the page's actions, folded under its title.
    await page.locator('summary', { hasText: 'Alle cijfers exporteren' }).click();
    const balk = page.getByRole('group', { name: /Alle cijfers van deze keuze/ });
    await balk.getByRole('button', { name: 'CSV (internationaal)' }).and(page.locator(':enabled')).waitFor();
    const [d] = await Promise.all([page.waitForEvent('download'), balk.getByRole('button', { name: 'CSV (internationaal)' }).click()]);
    const csv = await readFile((await d.path())!, 'utf8');
    expect(csv).toContain('wsw_werknemers,GM1774,Dinkelland,2015-01-01,totaal,totaal,140\r\n');
    expect(await toegankelijkheid(page)).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('explains the Alkmaar region total of source 003 (848 / 961 / 235) as its members plus Buitengebied', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await open(page, '/wsw?gebied=SV-regio-alkmaar&peildatum=2015-01-01&tabel=1');
    // The key figures as printed come with their own query (the lines that are no municipality).
    await page.locator('caption', { hasText: /Wsw-kengetallen Regio Alkmaar op 1-1-2011/ }).waitFor({ timeout: 60_000 });
    const regels = await tabel(page, /Wsw-kengetallen Regio Alkmaar op 1-1-2011/);
    // SE and fte with one decimal, the waiting list as a count.
    expect(regels.find((r) => r[0] === 'Alkmaar')!.slice(1, 3)).toEqual(['425,0', '478,0']);
    expect(regels.find((r) => r[0] === 'Heerhugowaard')!.slice(1, 3)).toEqual(['170,0', '191,0']);
    expect(regels.find((r) => r[0] === 'Som van de gemeenten')!.slice(1)).toEqual(['820,0', '932,0', '235']);
    expect(regels.find((r) => r[0] === 'Buitengebied (geen gemeente)')!.slice(1, 3)).toEqual(['28,0', '29,0']);
    expect(regels.find((r) => r[0] === 'Totaal zoals gedrukt')!.slice(1)).toEqual(['848,0', '961,0', '235']);
    expect(await page.locator('main').textContent()).toContain('is de som van de gemeenten (820 / 932 / 235) plus Buitengebied (28 SE / 29 fte, geen wachtlijst)');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('goes into a report like every other page: saved as a view, printed with its forecast table', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await open(page, '/wsw?gebied=GM1774&peildatum=2024-12-01');
    await page.getByRole('button', { name: 'Weergave bewaren…' }).click();
    await page.getByLabel('Naam').fill('Wsw Dinkelland');
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await page.getByText(/bewaard\./).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapporten' }).click();
    await page.getByRole('button', { name: 'Nieuw rapport' }).click();
    await page.getByLabel('Titel').fill('Wsw in Dinkelland');
    await page.getByLabel('Weergave', { exact: true }).selectOption({ label: 'Wsw Dinkelland' });
    await page.getByRole('button', { name: 'Weergave toevoegen' }).click();
    await page.getByRole('button', { name: 'Rapport bewaren' }).click();
    await page.getByText('Rapport "Wsw in Dinkelland" bewaard.').waitFor();
    await page.getByRole('link', { name: 'Bekijken: Wsw in Dinkelland' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.rapport === 'klaar', null, { timeout: 60_000 });
    const tekst = (await page.locator('main.rapport').textContent())!;
    expect(tekst).toContain('Hoe de verwachting is gemaakt.');
    expect(await page.locator('main.rapport table', { has: page.locator('caption', { hasText: /Verwachte Wsw-werknemers en SE op 1 januari, Dinkelland/ }) }).isVisible()).toBe(true);
    expect(await page.locator('main.rapport button').count()).toBe(0);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
