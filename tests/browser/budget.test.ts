import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Figuur } from '@pw/metrics';
import { npmRun } from '../integratie/cli.ts';
import { getoondeTabel, nieuwePagina, startChromium, toegankelijkheid, wachtOpPagina, wachtOpRekenmachine } from './chromium.ts';

const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

/** The text of a tile's parts, with the non-breaking spaces of Dutch amounts as plain spaces. */
async function tegel(page: Page, titel: string, deel: 'waarde' | 'toelichting' | 'bron'): Promise<string> {
  const t = page.locator(`section.tegel:has(h3:text-is("${titel}"))`).first();
  const sel = deel === 'waarde' ? '.tegel-waarde' : deel === 'toelichting' ? '.tegel-toelichting' : '.bron';
  return ((await t.locator(sel).textContent()) ?? '').replace(/\u00a0/g, ' ');
}

/** The rows of the table with this caption, body and totals, as cell texts with plain spaces (row header first). */
async function tabel(page: Page, bijschrift: string | RegExp): Promise<string[][]> {
  const t = await getoondeTabel(page, bijschrift);
  return t.locator('tbody tr, tfoot tr').evaluateAll((rijen) => rijen.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ').trim())));
}

const tekstVan = async (page: Page, selector = 'main') => ((await page.locator(selector).first().textContent()) ?? '').replace(/\u00a0/g, ' ');

describe('Budget: one figure, one period, one word (issue 11)', () => {
  let cli: Figuur[];
  beforeAll(() => {
    const r = npmRun('figures', ['data/demo-package', '--format', 'json', '--gemeente', 'GM1774', '--indicator', 'budget_begroot,budget_gerealiseerd,budget_gerealiseerd_cumulatief']);
    expect(r.code, r.stderr).toBe(0);
    cli = JSON.parse(r.stdout) as Figuur[];
  });
  const cel = (indicator: string, periode: string, categorie: string) => cli.find((x) => x.indicator === indicator && x.gemeente_code === 'GM1774' && x.periode === periode && x.dimensie === 'soort' && x.categorie === categorie)?.waarde;
  const euro = (n: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n).replace(/\u00a0/g, ' ');

  it('Dinkelland 2024 on 1-12-2024: Overzicht, the Budget tile, the Budget table and npm run figures show the same Participatiebudget figure, January–November, and no alert fires', async () => {
    // npm run figures: January to November 2024 is its own figure; the full year is another one, for another period.
    const totNov = cel('budget_gerealiseerd_cumulatief', '2024-11', 'Participatie')!;
    expect(totNov).toBeCloseTo(1_548_751.7, 2);
    expect(cel('budget_gerealiseerd', '2024', 'Participatie')).toBeCloseTo(1_805_876.67, 2);
    const figuur = `${euro(totNov)} besteed`;
    expect(figuur).toBe('€ 1.548.752 besteed');

    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/?gebied=GM1774&peildatum=2024-12-01`);
    await wachtOpRekenmachine(page);
    await expect.poll(() => tegel(page, 'Participatiebudget 2024', 'waarde')).toBe(figuur);
    expect(await tegel(page, 'Participatiebudget 2024', 'toelichting')).toContain('januari tot en met november 2024: 85,4% van het budget € 1.813.381');
    expect(await tegel(page, 'Participatiebudget 2024', 'toelichting')).toContain('budget: meicirculaire 2019, een raming van vóór 2024');
    expect(await tegel(page, 'Participatiebudget 2024', 'bron')).toContain('januari tot en met november 2024 (peildatum 1-12-2024)');
    // Not the full year, and no "overschot" for the Participatiebudget.
    expect(await tekstVan(page)).not.toContain('1.805.877');
    expect(await tekstVan(page)).not.toContain('overschot € 7.504');

    await page.goto(`${url}/budget?gebied=GM1774&peildatum=2024-12-01&tabel=1`);
    await wachtOpPagina(page);
    expect(await tegel(page, 'Participatiebudget 2024', 'waarde')).toBe(figuur);
    expect(await tegel(page, 'Participatiebudget 2024', 'bron')).toContain('januari tot en met november 2024 (peildatum 1-12-2024)');
    const perJaar = await tabel(page, 'Participatiebudget en re-integratie: begroot en gerealiseerd per jaar, Dinkelland');
    expect(perJaar.find((r) => r[0]!.startsWith('2024'))!.slice(0, 3)).toEqual(['2024 (t/m nov)', '€ 1.813.381', '€ 1.548.752']);
    expect(await tekstVan(page)).not.toContain('1.805.877');

    // The seasonal forecast is € 481 (0,03%) over the budget: said, but no alert.
    const participatie = page.locator('section:has(h2:text-is("Participatiebudget 2024"))');
    expect(await participatie.locator('.signaal:not(.signaal-ok)').count()).toBe(0);
    expect(await tekstVan(page, 'section:has(h2:text-is("Participatiebudget 2024")) .signaal-ok')).toContain('€ 481 (0,03%) boven de begroting, vanaf december 2024; dat is minder dan 1% van de begroting en geen signaal');
    // No alert anywhere on the page.
    expect(await page.locator('main .signaal:not(.signaal-ok)').count()).toBe(0);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('a material overrun raises the alert: on 1-7-2024 the seasonal forecast is € 24.186 (1,3%) over the budget, from December', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/budget?gebied=GM1774&peildatum=2024-07-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const signaal = await tekstVan(page, 'section:has(h2:text-is("Participatiebudget 2024")) .signaal:not(.signaal-ok)');
    expect(signaal).toContain(
      'Let op: De prognose met het seizoenspatroon van 2021, 2022 en 2023 komt € 24.186 (1,3%) boven de begroting van € 1.813.381 (meicirculaire 2019, een raming van vóór 2024) uit, vanaf december 2024.',
    );
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('Dinkelland 2020: the BUIG tekort of € 209.152 is 6,4% of the budget, below the vangnet threshold, indicatief against the meicirculaire 2019; the saldo has a chart of its own', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/budget?gebied=GM1774&peildatum=2024-12-01&jaar=2020&tabel=1`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    expect(await tegel(page, 'BUIG 2020', 'waarde')).toBe('tekort € 209.152');
    expect(await tegel(page, 'BUIG 2020', 'toelichting')).toContain('6,4% van het budget € 3.274.086; netto lasten € 3.483.238 over heel 2020');
    expect(await tegel(page, 'BUIG 2020', 'toelichting')).toContain('let op: saldo tegen een raming uit een oudere circulaire, niet tegen het definitieve budget');
    const oordeel = await tekstVan(page, '.signaal:has-text("Vangnetuitkering over 2020")');
    expect(oordeel).toContain('Vangnetuitkering over 2020 (indicatief): komt niet in aanmerking');
    expect(oordeel).toContain('Het tekort van € 209.152 is 6,4% van het budget: onder de drempel van de vangnetuitkering over 2020 (een tekort van meer dan 7,5%), dus geen vangnetuitkering.');
    expect(oordeel).toContain('Meerjarige voorwaarde (gecumuleerd tekort 2018–2020 meer dan 7,5% van het budget 2020)');
    expect(oordeel).toContain('niet in de wettekst geverifieerd');
    // Which parts the lasten consist of.
    expect(await tekstVan(page)).toContain('Netto lasten 2020: uitkeringen € 3.462.712 + loonkostensubsidie € 116.831 − baten € 96.304 = € 3.483.238.');
    // The saldo on its own scale, with the vangnet threshold.
    const saldo = await tabel(page, 'Saldo BUIG per jaar (overschot +, tekort −), Dinkelland');
    expect(saldo.find((r) => r[0] === '2020')!.slice(1)).toEqual(['€ -209.152', '€ -245.556']);
    // The dated vangnet table, unverified rules said as such.
    await page.getByText('De vangnetregels per jaar, en wat daarvan is geverifieerd').click();
    const regels = await tabel(page, 'Vangnetregels per tekortjaar');
    expect(regels.find((r) => r[0] === '2019–2024')!.slice(2, 4)).toEqual([
      'tekort meer dan 7,5%',
      'gecumuleerd tekort over 3 jaar (het jaar en de 2 ervoor) meer dan 7,5% van het budget van het jaar',
    ]);
    expect(regels.find((r) => r[0] === '2016')!.at(-1)).toContain('regel niet geverifieerd');
    expect(await toegankelijkheid(page)).toEqual([]);
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('Noaberkracht nets nothing: each member\'s BUIG saldo, the tekorten and the overschotten apart, never one saldo', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/budget?gebied=SV-noaberkracht&peildatum=2024-12-01&jaar=2020`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    expect(await tegel(page, 'BUIG 2020', 'waarde')).toBe('tekorten € 209.152 · overschotten € 7.594');
    const leden = await tabel(page, 'BUIG 2020 per gemeente, Noaberkracht');
    expect(leden.map((r) => [r[0], r[3]])).toEqual([
      ['Dinkelland', 'tekort € 209.152'],
      ['Tubbergen', 'overschot € 7.594'],
      ['Som van de tekorten', '€ 209.152'],
      ['Som van de overschotten', '€ 7.594'],
    ]);
    // The netted saldo (€ 201.558) appears nowhere.
    expect(await tekstVan(page)).not.toContain('201.558');
    await page.goto(`${url}/?gebied=SV-noaberkracht&peildatum=2024-12-01&jaar=2020`);
    await expect.poll(() => tegel(page, 'BUIG 2020', 'waarde')).toBe('tekorten € 209.152 · overschotten € 7.594');
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});
