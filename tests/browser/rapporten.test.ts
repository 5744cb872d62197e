import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nieuwePagina, startChromium, toegankelijkheid, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

describe('reports', () => {
  it('are made from saved views and text in the editor, render for print with cover and tables, and export as HTML with real tables', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await page.getByRole('button', { name: 'Weergave bewaren…' }).click();
    await page.getByLabel('Naam').fill('Uitkeringen <Dinkelland> & co');
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await page.getByText(/bewaard\./).waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapporten' }).click();
    await page.getByRole('button', { name: 'Nieuw rapport' }).click();
    await page.getByLabel('Titel').fill('Raadsinformatiebrief uitkeringen');
    await page.getByLabel('Inleiding').fill('De stand van de bijstand in Dinkelland.');
    await page.getByRole('button', { name: 'Tekstblok toevoegen' }).click();
    await page.getByLabel('Kop van tekstblok 1').fill('Samenvatting');
    await page.getByLabel('Tekst van tekstblok 1').fill('Het aantal uitkeringen daalde.');
    await page.getByLabel('Weergave', { exact: true }).selectOption({ label: 'Uitkeringen <Dinkelland> & co' });
    await page.getByRole('button', { name: 'Weergave toevoegen' }).click();
    await page.getByLabel('Toelichting bij Uitkeringen <Dinkelland> & co').fill('Vooral minder Pw.');
    // The view goes first, the text block after it.
    await page.getByRole('button', { name: 'Blok 2 omhoog' }).click();
    expect(await toegankelijkheid(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rapport bewaren' }).click();
    await page.getByText('Rapport "Raadsinformatiebrief uitkeringen" bewaard.').waitFor();

    await page.getByRole('link', { name: 'Bekijken: Raadsinformatiebrief uitkeringen' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.rapport === 'klaar', null, { timeout: 60_000 });
    const tekst = (await page.locator('main.rapport').textContent())!;
    expect(tekst).toContain('Raadsinformatiebrief uitkeringen');
    expect(tekst.indexOf('1. Uitkeringen <Dinkelland> & co')).toBeLessThan(tekst.indexOf('Samenvatting'));
    expect(tekst).toContain('Vooral minder Pw.');
    expect(await page.locator('main.rapport section.tegel .tegel-waarde').first().textContent()).toBe('275');
    // Every chart followed by its table, small numbers masked.
    const tabel = page.locator('main.rapport table', { has: page.locator('caption', { hasText: 'Uitkeringen per regeling, Dinkelland' }) });
    expect(await tabel.isVisible()).toBe(true);
    const dec = await tabel.locator('tbody tr', { has: page.locator('th', { hasText: 'dec 2019' }) }).locator('td').allTextContents();
    // Small numbers masked as decided for the whole package: IOAZ 2 and Bbz 4 as <5, IOAW 24 as x
    // (it would give them back), and the chart says what the markers mean.
    expect(dec).toEqual(['245', 'x', '<5', '<5']);
    expect(tekst).toContain('Afgeschermd: <5: aantal van 1 tot en met 4, afgeschermd · x: afgeschermd, zodat een klein aantal niet terug te rekenen is.');
    expect(await page.locator('main.rapport button').count()).toBe(0);
    // The generated findings (issue 13), editable before printing or downloading.
    const bevindingen = page.locator('main.rapport .bevindingen-tekst').first();
    expect(await bevindingen.textContent()).toContain('Op 1-12-2019 had Dinkelland 275 uitkeringen, 17 minder dan een jaar eerder (−5,8%).');
    expect(await bevindingen.getAttribute('contenteditable')).toBe('plaintext-only');
    await bevindingen.fill('Op 1-12-2019 had Dinkelland 275 uitkeringen. Tekst aangepast door de griffie.');

    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als HTML (voor Word)' }).click()]);
    const html = await readFile((await d.path())!, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<table>');
    expect(html).toContain('Uitkeringen &lt;Dinkelland&gt; &amp; co');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<svg');
    // The findings as edited, as plain text.
    expect(html).toContain('Tekst aangepast door de griffie.');
    expect(html).not.toContain('contenteditable');
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
