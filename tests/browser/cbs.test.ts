import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nieuwePagina, startChromium, tabel, toegankelijkheid, wachtOpPagina, wachtOpRekenmachine } from './chromium.ts';

// Acceptance of issue 12 in the built app, on the demo package (which carries CBS tables 83450NED 2015 and 37789ksz).
const url = inject('appUrl');
const CBS_2015 = fileURLToPath(new URL('../../data/cbs/bijstand-gemeenten-2015.csv', import.meta.url));
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

describe('national context from CBS on the demo', () => {
  it('Uitkeringen for Dinkelland shows its rank among all municipalities and the national trend, citing CBS', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const context = page.getByRole('region', { name: 'Landelijke context (CBS)' });
    const tekst = (await context.textContent()) ?? '';
    // CBS 2015, 15 tot AOW-leeftijd: Dinkelland 13,0 per 1.000, place 354 of the 392 municipalities with a density; Nederland 40,0.
    expect(tekst).toContain('bijstandsdichtheid van 13,0 per 1.000 inwoners van 15 jaar tot de AOW-leeftijd op plaats 354 van 392 gemeenten');
    expect(tekst).toContain('Nederland: 40,0');
    expect(tekst).toContain('Bron: CBS, data/cbs/bijstand-gemeenten-2015.csv');
    const positie = await tabel(page, /Bijstandsdichtheid .* 2015: positie van Dinkelland/);
    expect(positie[0]!.slice(0, 4)).toEqual(['Alle gemeenten', '354', '392', '9']);
    expect(positie[1]![0]).toBe('Gemeenten met 20.000 tot 50.000 inwoners');
    // The national trend: indexed to January 2015 (= 100 for both), only the months both cover.
    expect(tekst).toContain('Landelijke trend');
    expect(tekst).toMatch(/Na \w+ 2018 is er geen landelijk cijfer/);
    const trend = await tabel(page, /Verloop Dinkelland en Nederland, geïndexeerd \(jan 2015 = 100\)/);
    expect(trend[0]).toEqual(['jan 2015', '100,0', '100,0']);
    expect(trend.every((r) => r[0]!.endsWith('2015') || r[0]!.endsWith('2016') || r[0]!.endsWith('2017') || r[0]!.endsWith('2018'))).toBe(true);
    expect(await toegankelijkheid(page)).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('Controle shows the own count against CBS for 2015 (CBS end of 2015 next to the own count on 1-1-2016), with the differences explained', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/controle?gebied=GM1774`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const rijen = await tabel(page, 'Eigen telling naast het CBS');
    const dinkelland = rijen.find((r) => r[0] === 'Dinkelland 2015 (eigen: 1-1-2016)');
    expect(dinkelland?.slice(1, 3)).toEqual(['210', '240']);
    expect(Number(dinkelland![3]!.replace('.', ''))).toBeGreaterThan(0);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Bron: CBS, data/cbs/bijstand-gemeenten-2015.csv');
    expect(main).toContain('Het CBS rondt af op tientallen');
    expect(main).toContain('Het CBS telt personen (bijstandsontvangers); pw-monitor telt uitkeringen');
    expect(await toegankelijkheid(page)).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('a municipality without its own extract (Amsterdam) gets its CBS figures on Overzicht and Uitkeringen, labelled as CBS figures', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    // Every municipality of today is choosable when the package has CBS figures, in a group of its own.
    expect(await page.locator('optgroup[label="Alleen CBS-cijfers"] option').count()).toBeGreaterThan(300);
    await page.getByLabel('Gemeente of samenwerking').selectOption({ label: 'Amsterdam' });
    await expect.poll(() => new URL(page.url()).searchParams.get('gebied')).toBe('GM0363');
    await wachtOpPagina(page);
    await page.getByRole('region', { name: 'CBS-cijfers Amsterdam', exact: true }).waitFor();
    const overzicht = await tabel(page, 'CBS-cijfers Amsterdam 2015');
    expect(overzicht.map((r) => r[0])).toContain('Bijstandsontvangers (personen)');
    expect((await page.locator('main').textContent()) ?? '').toContain('Bron: CBS, data/cbs/bijstand-gemeenten-2015.csv');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkeringen', exact: true }).click();
    await wachtOpPagina(page);
    await page.getByRole('region', { name: 'CBS-cijfers Amsterdam', exact: true }).waitFor();
    const tekst = (await page.getByRole('region', { name: 'Landelijke context (CBS)' }).textContent()) ?? '';
    expect(tekst).toContain('Voor Amsterdam heeft dit datapakket geen eigen extract');
    expect(tekst).toMatch(/Amsterdam staat met een bijstandsdichtheid van [\d,]+ per 1\.000 inwoners van 15 jaar tot de AOW-leeftijd op plaats \d+ van 392 gemeenten/);
    expect(tekst).toContain('Geen landelijk cijfer voor de maanden van Amsterdam');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('Gegevens laden reads a CBS export without Perioden only with the year filled in, and says which field when it is missing', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/gegevens-laden`);
    await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(CBS_2015);
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/Dit CBS-bestand heeft geen kolom Perioden/).waitFor({ timeout: 120_000 });
    expect((await page.locator('main').textContent()) ?? '').toContain('op de pagina Gegevens laden in het veld "Jaar van CBS-bestanden zonder Perioden"');
    await page.getByLabel('Jaar van CBS-bestanden zonder Perioden').fill('2015');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText(/^Gelezen: 1\.455 regels uit 1 bestand/).waitFor({ timeout: 120_000 });
    expect(await toegankelijkheid(page)).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
