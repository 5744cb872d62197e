import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Figuur } from '@pw/metrics';
import { npmRun } from '../integratie/cli.ts';
import { nieuwePagina, startChromium, toegankelijkheid, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const PAGINAS = ['Overzicht', 'Uitkeringen', 'Doelgroepen', 'Beschut werk', 'Budget', 'Verdeelsleutel', 'Weergaven', 'Rapporten', 'Controle', 'Gegevens laden'];
/** Pages about the data or a proposal rather than the chosen area. */
const ZONDER_GEBIED = new Set(['Verdeelsleutel', 'Weergaven', 'Rapporten', 'Controle', 'Gegevens laden']);

/** Waits until the page shows no loading state and every chart has drawn. */
async function wachtOpPagina(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .status-laden'), null, { timeout: 60_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart="echarts"]')].every((el) => el.querySelector('svg')), null, { timeout: 30_000 });
}

/** The rows of the table with this caption, as cell texts (row header first). */
async function tabel(page: Page, bijschrift: string | RegExp): Promise<string[][]> {
  const t = page.locator('table', { has: page.locator('caption', { hasText: bijschrift }) }).first();
  return t.locator('tbody tr').evaluateAll((rijen) => rijen.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

const nl = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(n);
const euro = (n: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

describe.each([
  { wie: 'Dinkelland', zoek: '?gebied=GM1774&peildatum=2019-12-01', kop: 'Dinkelland' },
  { wie: 'Noord-Oost Twente', zoek: '?gebied=SV-noord-oost-twente&peildatum=2019-12-01', kop: 'Noord-Oost Twente' },
  { wie: 'Dijk en Waard 2021', zoek: '?gebied=GM1980&peildatum=2021-12-01', kop: 'Dijk en Waard' },
  { wie: 'Dijk en Waard 2022', zoek: '?gebied=GM1980&peildatum=2022-12-01', kop: 'Dijk en Waard' },
])('every page for $wie', ({ zoek, kop }) => {
  it('renders through the navigation with the choice kept, no console error, no outside request, no serious axe violation', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/${zoek}`);
    await wachtOpRekenmachine(page);
    const bevindingen: string[] = [];
    for (const naam of PAGINAS) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam, exact: true }).click();
      await wachtOpPagina(page);
      expect(await page.getByRole('link', { name: naam, exact: true }).getAttribute('aria-current')).toBe('page');
      // The choice carries over between pages (it lives in the URL).
      expect(new URL(page.url()).search).toContain(zoek.slice(1).split('&')[0]);
      if (!ZONDER_GEBIED.has(naam)) expect(await page.locator('main h1').textContent()).toContain(kop);
      expect(await page.locator('main .status-fout').count(), `${naam}: foutmelding`).toBe(0);
      for (const v of await toegankelijkheid(page)) bevindingen.push(`${naam}: ${v}`);
    }
    expect(bevindingen).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

describe('the figures on the pages are those of npm run figures', () => {
  let cli: Figuur[];
  beforeAll(() => {
    const r = npmRun('figures', ['data/demo-package', '--format', 'json', '--indeling', 'huidig', '--gemeente', 'GM1774,GM1980', '--samenwerking', 'noord-oost-twente']);
    expect(r.code, r.stderr).toBe(0);
    cli = JSON.parse(r.stdout) as Figuur[];
  });
  const cel = (indicator: string, code: string, periode: string, dimensie = 'totaal', categorie = 'totaal') => {
    const f = cli.find((x) => x.indicator === indicator && x.gemeente_code === code && x.periode === periode && x.dimensie === dimensie && x.categorie === categorie);
    if (!f) throw new Error(`geen ${indicator} ${code} ${periode} ${dimensie}=${categorie} in npm run figures`);
    return f.waarde;
  };

  it('Uitkeringen and Doelgroepen for Dinkelland on 1-12-2019 (275 = 245 Pw + 24 IOAW + 2 IOAZ + 4 Bbz; 85 kort, 160 lang)', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const regel = (await tabel(page, 'Uitkeringen per regeling, Dinkelland')).find((r) => r[0] === 'dec 2019')!;
    expect(regel.slice(1)).toEqual(['Pw', 'IOAW', 'IOAZ', 'Bbz'].map((r) => nl(cel('uitkeringen', 'GM1774', '2019-12-01', 'regeling', r))));
    expect(regel.slice(1)).toEqual(['245', '24', '2', '4']);
    expect(await page.locator('section.tegel .tegel-waarde').first().textContent()).toBe(nl(cel('uitkeringen', 'GM1774', '2019-12-01')));
    const duur = await tabel(page, 'Lopende uitkeringen naar duur, Dinkelland');
    expect(duur.map((r) => r[1])).toEqual(['tot1', '1-2', '2-5', '5-10', '10plus'].map((k) => nl(cel('uitkeringen', 'GM1774', '2019-12-01', 'duur', k))));

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Doelgroepen' }).click();
    await wachtOpPagina(page);
    const afstand = await tabel(page, 'Afstand tot de arbeidsmarkt: aantallen');
    expect(afstand.slice(0, 2).map((r) => r[1])).toEqual([nl(cel('uitkeringen', 'GM1774', '2019-12-01', 'afstand', 'kort')), nl(cel('uitkeringen', 'GM1774', '2019-12-01', 'afstand', 'lang'))]);
    expect(afstand.slice(0, 2).map((r) => r[1])).toEqual(['85', '160']);
    expect(await page.locator('section.tegel:has(h3:text-is("Doelgroepenregister Dinkelland")) .tegel-waarde').textContent()).toBe('38');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('Beschut werk for Dijk en Waard (2021 counted from Heerhugowaard and Langedijk) and Budget for Dinkelland', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/beschut-werk?gebied=GM1980&peildatum=2022-12-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const rijen = await tabel(page, 'Beschut werk per jaar, Dijk en Waard');
    for (const jaar of ['2021', '2022']) {
      const r = rijen.find((x) => x[0] === jaar)!;
      expect(r.slice(1, 3)).toEqual([nl(cel('beschut_werk_taakstelling', 'GM1980', jaar)), nl(cel('beschut_werk_realisatie', 'GM1980', jaar))]);
    }
    await page.goto(`${url}/budget?gebied=GM1774&peildatum=2020-12-01`);
    await wachtOpPagina(page);
    const tekst = (await page.locator('main').textContent())!;
    expect(tekst).toContain(euro(cel('budget_begroot', 'GM1774', '2020', 'soort', 'BUIG')));
    expect(tekst).toContain(euro(3_274_086));
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('Noord-Oost Twente is the sum of its members, on the Uitkeringen page as in npm run figures', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=SV-noord-oost-twente&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    expect(await page.locator('section.tegel .tegel-waarde').first().textContent()).toBe(nl(cel('uitkeringen', 'SV-noord-oost-twente', '2019-12-01')));
    expect(await page.getByText('Som van Dinkelland, Oldenzaal en Tubbergen.').count()).toBe(1);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

describe('Verdeelsleutel', () => {
  it('reproduces source 000: € 22.000 by inhabitants 2020 gives € 13.200 Noaberkracht and € 8.800 Oldenzaal', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/verdeelsleutel?gebied=GM1774`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const tekst = (await page.locator('main').textContent())!;
    expect(tekst).toContain(euro(13_200));
    expect(tekst).toContain(euro(8_800));
    expect(await page.locator('main h1').textContent()).toContain('Noaberkracht en Oldenzaal');
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

describe('comparing several municipalities', () => {
  it('adds a municipality with the compare list, shows both side by side and restores the choice on reload', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/doelgroepen?gebied=GM1774&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await page.getByText('Vergelijken met').click();
    await page.getByRole('checkbox', { name: 'Tubbergen' }).check();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Dinkelland en Tubbergen');
    expect(new URL(page.url()).searchParams.get('gebied')).toBe('GM1774,GM0183');
    // The changed choice goes along to the next page.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkeringen' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Uitkeringen Dinkelland en Tubbergen');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Doelgroepen' }).click();
    await page.reload();
    await wachtOpPagina(page);
    expect(await page.locator('main h1').textContent()).toContain('Dinkelland en Tubbergen');
    expect(await page.locator('section.tegel h3').allTextContents()).toEqual(['Doelgroepenregister Dinkelland', 'Doelgroepenregister Tubbergen']);
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
