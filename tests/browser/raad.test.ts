import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { taalfouten } from '@pw/format';
import { nieuwePagina, startChromium, toegankelijkheid, wachtOpPagina, wachtOpRekenmachine } from './chromium.ts';

// Issue 13, "fit for the council": words instead of jargon, one colour per area, phone and tablet.
const url = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(() => browser?.close());

const PADEN = ['/', '/uitkeringen', '/doelgroepen', '/beschut-werk', '/budget', '/verdeelsleutel', '/weergaven', '/rapporten', '/gegevens-laden', '/controle'];
const JARGON = ['npm run', 'RFC 4180', 'lang formaat', 'bron 00', 'Bron 00'];

/** Everything a user can read on the page, including closed menus and hidden tables (their text is in the page too). */
const paginatekst = (page: Page) => page.evaluate('document.body.textContent');

describe('pages without noise', () => {
  it('no page other than Controle says npm run, RFC 4180, lang formaat or a source by number; every page reads as checked Dutch', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/?gebied=GM1774,GM0173&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    const gevonden: string[] = [];
    for (const pad of PADEN) {
      await page.goto(`${url}${pad}?gebied=GM1774,GM0173&peildatum=2019-12-01`);
      await wachtOpPagina(page);
      const tekst = String(await paginatekst(page));
      if (pad !== '/controle') for (const j of JARGON) if (tekst.includes(j)) gevonden.push(`${pad}: "${j}"`);
      for (const f of taalfouten(tekst)) gevonden.push(`${pad}: taal: "${f}"`);
    }
    expect(gevonden).toEqual([]);
    // The command line is named where the controller looks for it.
    expect(String(await paginatekst(page))).toContain('npm run figures');
    expect(problemen).toEqual([]);
    await page.context().close();
  });

  it('shows the choice bar only where it has an effect, and puts the page title before its actions', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774`);
    await wachtOpPagina(page);
    expect(await page.getByRole('form', { name: 'Keuze van gebied en periode' }).count()).toBe(1);
    // The title first, then "Weergave bewaren" and the export of all figures.
    const volgorde = await page.evaluate(`[...document.querySelectorAll('main h1, main .paginaacties')].map((e) => e.tagName)`);
    expect(volgorde).toEqual(['H1', 'DIV']);
    for (const pad of ['/weergaven', '/rapporten', '/gegevens-laden']) {
      await page.goto(`${url}${pad}?gebied=GM1774`);
      await page.locator('main h1').first().waitFor();
      expect(await page.getByRole('form', { name: 'Keuze van gebied en periode' }).count(), pad).toBe(0);
    }
    expect(problemen).toEqual([]);
    await page.context().close();
  }, 300_000);
});

/**
 * The colour of each legend entry of each chart: ECharts draws a legend item as an icon (a line:
 * its stroke; a bar or dot: its fill) followed by its name, sharing one transform.
 */
const LEGENDA = `[...document.querySelectorAll('figure.grafiek')].map((f) => {
  const titel = f.querySelector('h3')?.textContent ?? '';
  const items = [];
  for (const t of f.querySelectorAll('[data-chart="echarts"] svg text')) {
    const tr = t.getAttribute('transform');
    let icoon = null;
    for (let e = t.previousElementSibling; e && e.getAttribute('transform') === tr; e = e.previousElementSibling) if (e.tagName === 'path') icoon = e;
    if (!icoon || !tr) continue;
    const stroke = icoon.getAttribute('stroke');
    const kleur = stroke && stroke !== 'none' && Number(icoon.getAttribute('stroke-width') ?? 1) > 0 ? stroke : icoon.getAttribute('fill');
    items.push([t.textContent, (kleur ?? '').toUpperCase()]);
  }
  return [titel, items];
})`;

describe('charts a wethouder reads', () => {
  it('comparing Dinkelland with Oldenzaal and Tubbergen gives each the same colour on every chart of Uitkeringen', async () => {
    const { page, problemen } = await nieuwePagina(browser);
    await page.goto(`${url}/uitkeringen?gebied=GM1774,GM0173,GM0183&peildatum=2019-12-01`);
    await wachtOpRekenmachine(page);
    await wachtOpPagina(page);
    const grafieken = (await page.evaluate(LEGENDA)) as Array<[string, Array<[string, string]>]>;
    const verwacht: Record<string, string> = { Dinkelland: '#0072B2', Oldenzaal: '#D55E00', Tubbergen: '#009E73' };
    const gezien: string[] = [];
    for (const [titel, items] of grafieken) {
      // The national trend (issue 12) is drawn for the chosen municipality alone, next to the country.
      if (titel.includes('Nederland')) continue;
      for (const [naam, kleur] of Object.entries(verwacht)) {
        const eigen = items.filter(([tekst]) => tekst === naam || tekst.endsWith(` ${naam}`));
        expect(eigen.length, `${titel}: ${naam} in de legenda`).toBeGreaterThan(0);
        for (const [tekst, k] of eigen) expect(k, `${titel}: ${tekst}`).toBe(kleur);
      }
      gezien.push(titel);
    }
    // Every chart of the page: the stock over time, the flows (small multiples), per 1.000 inhabitants, the duration (a dot plot).
    expect(gezien.length).toBe(4);
    // The comparison average is black and dashed in the per-1.000 chart.
    const per1000 = grafieken.find(([t]) => t.startsWith('Uitkeringen per 1.000'))![1];
    expect(per1000.find(([t]) => t.startsWith('Gemiddelde'))?.[1]).toBe('#000000');
    expect(problemen).toEqual([]);
    await page.context().close();
  });
});

describe('tablet and phone', () => {
  for (const [breedte, hoogte] of [
    [1366, 900],
    [820, 1180],
    [390, 844],
  ] as const) {
    it(`at ${breedte} px: no horizontal overflow on any page, no serious axe violation, touch targets of 44 px${breedte < 1000 ? ', the first figure of Overzicht on the first screen' : ''}`, async () => {
      const { page, problemen } = await nieuwePagina(browser);
      await page.setViewportSize({ width: breedte, height: hoogte });
      await page.goto(`${url}/?gebied=GM1774,GM0173&peildatum=2019-12-01`);
      await wachtOpRekenmachine(page);
      await wachtOpPagina(page);
      if (breedte < 1000) {
        // The first KPI (its value) is visible without scrolling: the menu and the choice bar are folded.
        const vak = (await page.locator('.tegel .tegel-waarde').first().boundingBox())!;
        expect(vak.y + vak.height, 'onderkant van het eerste kerncijfer').toBeLessThanOrEqual(hoogte);
        expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
        // The summary names who is compared, and opens the choice bar on demand.
        const samenvatting = page.locator('.keuze-samenvatting');
        expect(await samenvatting.textContent()).toContain('Dinkelland met Oldenzaal');
        await samenvatting.click();
        await page.getByRole('form', { name: 'Keuze van gebied en periode' }).waitFor();
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkeringen', exact: true }).click();
        await wachtOpPagina(page);
        await page.goto(`${url}/?gebied=GM1774,GM0173&peildatum=2019-12-01`);
        await wachtOpPagina(page);
      }
      const bevindingen: string[] = [];
      for (const pad of PADEN) {
        if (pad !== '/') {
          await page.goto(`${url}${pad}?gebied=GM1774,GM0173&peildatum=2019-12-01`);
          await wachtOpPagina(page);
        }
        const overloop = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
        if (overloop > 0) bevindingen.push(`${pad}: ${overloop} px horizontaal te breed`);
        // Every visible button, link in the menu, select and checkbox row is at least 44 × 44 px (a checkbox by its label).
        const klein = (await page.evaluate(`[...document.querySelectorAll('button, select, summary, .kop nav a, input[type=checkbox]')]
          .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
          .map((e) => [e, (e.matches('input[type=checkbox]') ? e.closest('label') ?? e : e).getBoundingClientRect()])
          .filter(([, r]) => r.height < 43.5 || r.width < 43.5)
          .map(([e, r]) => e.tagName + ' "' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x' + Math.round(r.height))`)) as string[];
        for (const k of klein) bevindingen.push(`${pad}: doel te klein: ${k}`);
        for (const v of await toegankelijkheid(page)) bevindingen.push(`${pad}: ${v}`);
      }
      expect(bevindingen).toEqual([]);
      expect(problemen).toEqual([]);
      await page.context().close();
    }, 400_000);
  }
});
