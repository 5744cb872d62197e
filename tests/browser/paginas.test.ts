import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Figuur } from '@pw/metrics';
import { npmRun } from '../integratie/cli.ts';
import { nieuwePagina, startChromium, tabel, toegankelijkheid, wachtOpPagina, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const PAGINAS = ['Overzicht', 'Uitkeringen', 'Doelgroepen', 'Beschut werk', 'Wsw', 'Budget', 'Verdeelsleutel', 'Weergaven', 'Rapporten', 'Begrippen', 'Controle', 'Gegevens laden'];
/** Pages about the data or a proposal rather than the chosen area. */
const ZONDER_GEBIED = new Set(['Verdeelsleutel', 'Weergaven', 'Rapporten', 'Begrippen', 'Controle', 'Gegevens laden']);

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
      // Wait for the navigation itself before waiting for the page: a standard page needs no engine, so the old page
      // can look finished before the router has moved.
      await expect.poll(() => page.getByRole('link', { name: naam, exact: true }).getAttribute('aria-current'), { timeout: 30_000 }).toBe('page');
      await wachtOpPagina(page);
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
    // The findings (issue 13) say the same figures in words; on screen nothing is masked.
    const zinnen = (await page.locator('main .bevindingen-tekst').textContent())!;
    expect(zinnen).toContain('Op 1-12-2019 had Dinkelland 275 uitkeringen, 17 minder dan een jaar eerder (−5,8%).');
    expect(zinnen).toContain('In de twaalf maanden tot 1-12-2019 begonnen 65 uitkeringen en eindigden er 82.');
    // Every figure can show its definition, from INDICATOREN.
    await page.getByText('Wat betekenen deze cijfers?').click();
    expect(await page.locator('main .definities').textContent()).toContain('IOAW (Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers)');

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
  // Texts with the no-break space after € made plain, on both sides of a comparison.
  const gewoon = (t: string) => t.replace(/\u00a0/g, ' ');
  const e = (n: number) => gewoon(euro(n));
  const tekstVan = async (page: Page) => gewoon((await page.locator('main').textContent())!);

  it('reproduces source 000 from the default view: € 22.000 by inhabitants 2020 is € 13.200 / € 8.800, and the project budget 222.300 / 100.300 with the 57.400 line flagged', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/`);
    await wachtOpRekenmachine(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verdeelsleutel', exact: true }).click();
    await wachtOpPagina(page);
    expect(await page.locator('main h1').textContent()).toContain('Noaberkracht en Oldenzaal');
    const tekst = await tekstVan(page);
    expect(tekst).toContain(e(13_200));
    expect(tekst).toContain(e(8_800));
    // The project budget of Noord-Oost Twente: seven lines, direct and keyed, totals as the source prints them.
    const begroting = await tabel(page, 'Totaalbegroting project Noord-Oost Twente');
    expect(begroting).toHaveLength(7);
    const totaal = (await page.locator('table.begroting tfoot tr').first().evaluate((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()))).map(gewoon);
    expect(totaal.slice(0, 5)).toEqual(['Totaal', e(322_600), '', e(222_300), e(100_300)]);
    const inzet = begroting.find((r) => r[0]!.includes('Werkgroep Backoffice') && r[0]!.includes('Personele inzet'))!.map(gewoon);
    expect(inzet.slice(1, 7)).toEqual([e(57_400), 'Ja', e(41_100), e(16_300), e(34_440), e(22_960)]);
    expect(inzet[7]).toContain('71,6% / 28,4%');
    expect(tekst).toContain('1 regel volgt de verdeelsleutel niet of telt niet op: Personele inzet (Werkgroep Backoffice)');
    // Inhabitants say where they come from (the source document by name); an estimate is never called CBS.
    expect(tekst).toContain('47.749 (Projectopdracht Noord-Oost Twente 2021)');
    expect(tekst).not.toContain('(CBS)');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('shows source 002’s uitvoeringskosten as Dinkelland’s € 567.357 (56%) and Tubbergen’s ≈ € 435.649 (43%, afgeleid), never splitting the 567.357 again', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/verdeelsleutel?gebied=SV-noaberkracht`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    expect(await page.locator('main h1').textContent()).toContain('Dinkelland en Tubbergen');
    const rijen = (await tabel(page, 'Verdeling van ≈')).map((r) => r.map(gewoon));
    const vast = (naam: string) => rijen.find((r) => r[0] === naam)![3];
    expect(vast('Dinkelland')).toBe(`${e(567_357)} (56%)`);
    expect(vast('Tubbergen')).toBe(`≈ ${e(435_649)} (43%, afgeleid)`);
    const tekst = await tekstVan(page);
    expect(tekst).toContain(`≈ ${e(1_013_138)}`);
    // 56% and 43% of 567.357 itself: the reading the source rules out.
    for (const fout of [Math.round(567_357 * 0.56), Math.round(567_357 * 0.43)]) expect(tekst).not.toContain(nl(fout));
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('reads a budget from a CSV and refuses a hostile one with file, line and fix, keeping the budget it had', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/verdeelsleutel?gebied=SV-noord-oost-twente`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const invoer = page.getByLabel('Begroting inlezen (CSV of XLSX)');
    await invoer.setInputFiles({ name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from('Post;Kosten totaal;Verdeelsleutel;Noaberkracht;Oldenzaal\r\n=HYPERLINK("x");1.000,50;Ja;;\r\n') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'kapot.csv' }).textContent()).toContain('kapot.csv:2: Kosten totaal "1.000,50" is geen bedrag in hele euro\'s.');
    expect(await tabel(page, 'Totaalbegroting project Noord-Oost Twente')).toHaveLength(7);
    await invoer.setInputFiles({
      name: 'eigen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Post;Kosten totaal;Verdeelsleutel;Noaberkracht;Oldenzaal\r\nProjectleiding;10.000;Ja;;\r\nHuisvesting;5.000;Nee;5.000;0\r\n'),
    });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ingelezen' }).textContent()).toContain('eigen.csv ingelezen: 2 regels.');
    const rijen = (await tabel(page, 'eigen.csv')).map((r) => r.map(gewoon));
    expect(rijen.map((r) => r.slice(0, 5))).toEqual([
      ['Projectleiding', e(10_000), 'Ja (berekend)', e(6_000), e(4_000)],
      ['Huisvesting', e(5_000), 'Nee', e(5_000), e(0)],
    ]);
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
