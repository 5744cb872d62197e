import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { npmRun } from '../integratie/cli.ts';
import { nieuwePagina, startChromium, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

/** Clicks a button that offers a download and returns the file's bytes. */
async function download(page: Page, knop: Locator): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), knop.click()]);
  return readFile((await d.path())!);
}

async function open(page: Page, pad: string): Promise<void> {
  await page.goto(`${url}${pad}`);
  await wachtOpRekenmachine(page);
  await page.waitForFunction(() => !document.querySelector('main .status-laden'), null, { timeout: 60_000 });
  // The export of all figures is one of the page's actions, folded under its title.
  await page.locator('summary', { hasText: 'Alle cijfers exporteren' }).click();
  await page.getByRole('group', { name: /Alle cijfers van deze keuze/ }).getByRole('button', { name: 'CSV (internationaal)' }).and(page.locator(':enabled')).waitFor();
}

describe('exports', () => {
  it('the figures export of the browser is byte-identical to npm run figures for the same package and choice', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await open(page, '/uitkeringen?gebied=GM1774&peildatum=2019-12-01');
    const balk = page.getByRole('group', { name: /Alle cijfers van deze keuze/ });
    // Masked (the default) in the Dutch dialect, against the command line with the same options.
    const gemaskeerd = await download(page, balk.getByRole('button', { name: 'CSV voor Excel' }));
    const cliGemaskeerd = npmRun('figures', ['data/demo-package', '--gemeente', 'GM1774', '--indeling', 'huidig', '--dialect', 'nl', '--kleine-aantallen', 'afschermen']);
    expect(cliGemaskeerd.code, cliGemaskeerd.stderr).toBe(0);
    expect(gemaskeerd.equals(Buffer.from(cliGemaskeerd.stdout, 'utf8'))).toBe(true);
    expect(gemaskeerd.toString('utf8')).toContain('uitkeringen;GM1774;Dinkelland;2019-12-01;regeling;Bbz;<5\r\n');
    // Unmasked, RFC 4180: the plain npm run figures output.
    await balk.getByRole('checkbox', { name: 'Kleine aantallen afschermen' }).uncheck();
    const open_ = await download(page, balk.getByRole('button', { name: 'CSV (internationaal)' }));
    const cli = npmRun('figures', ['data/demo-package', '--gemeente', 'GM1774', '--indeling', 'huidig']);
    expect(open_.toString('utf8')).toBe(cli.stdout);
    expect(open_.toString('utf8')).toContain('uitkeringen,GM1774,Dinkelland,2019-12-01,totaal,totaal,275\r\n');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('a chart exports its numbers: Dutch CSV with ; decimal commas and a BOM, and an XLSX whose cells are numbers', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await open(page, '/uitkeringen?gebied=GM1774&peildatum=2019-12-01');
    const per1000 = page.locator('figure.grafiek', { has: page.getByRole('heading', { name: /Uitkeringen per 1\.000 inwoners, Dinkelland/ }) });
    // One export menu per chart.
    await per1000.locator('summary', { hasText: 'Exporteer' }).click();
    const csv = await download(page, per1000.getByRole('button', { name: 'CSV voor Excel' }));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = csv.toString('utf8').slice(1).split('\r\n');
    // The average of the other municipalities of Dinkelland's size: Tubbergen, Oldenzaal, Bergen, Castricum and Heiloo.
    expect(regels[0]).toBe('Peildatum (1e van de maand);Dinkelland;Gemiddelde 5 vergelijkbare gemeenten (20.000 tot 50.000 inwoners)');
    expect(regels.find((r) => r.startsWith('2019-12-01;'))).toMatch(/^2019-12-01;\d+,\d+;\d+,\d+$/);

    const regeling = page.locator('figure.grafiek', { has: page.getByRole('heading', { name: /Uitkeringen per regeling, Dinkelland/ }) });
    await regeling.locator('summary', { hasText: 'Exporteer' }).click();
    const xlsx = await download(page, regeling.getByRole('button', { name: 'Excel', exact: true }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const blad = wb.worksheets[0]!;
    expect(blad.getRow(1).values).toEqual([undefined, 'Peildatum (1e van de maand)', 'Pw', 'IOAW', 'IOAZ', 'Bbz']);
    let dec2019: ExcelJS.Row | undefined;
    blad.eachRow((r) => {
      const v = r.getCell(1).value;
      if (v instanceof Date && v.toISOString().startsWith('2019-12-01')) dec2019 = r;
    });
    expect(dec2019, 'a row with the date 1-12-2019 as a date').toBeDefined();
    expect(dec2019!.getCell(2).value).toBe(245);
    // Small numbers are masked by default: IOAZ 2 and Bbz 4 leave as <5, IOAW 24 as x (with the
    // stock a month earlier and the month's flows it would give them back), and the workbook says so.
    expect(dec2019!.getCell(3).value).toBe('x');
    expect(dec2019!.getCell(4).value).toBe('<5');
    expect(dec2019!.getCell(5).value).toBe('<5');
    expect(dec2019!.getCell(2).numFmt).toBe('#,##0');
    expect(blad.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const toelichting = wb.getWorksheet('Toelichting')!.getSheetValues().flat().filter((v) => typeof v === 'string').join(' ');
    expect(toelichting).toContain('Dinkelland');
    expect(toelichting).toContain('uitkeringen-almelo-2024-12.csv');
    expect(toelichting).toContain('afgeschermd');
    await expect.poll(() => regeling.getByRole('status').textContent()).toContain('cellen afgeschermd');
    // The picture is the masked chart drawn off screen at the size of the one on screen.
    const png = await download(page, regeling.getByRole('button', { name: 'Afbeelding (PNG)' }));
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
