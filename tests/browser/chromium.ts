import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { meldCspSchendingen } from '@pw/headless';

// Debian's chromium, headless, with no background traffic: the same launcher as npm run report.
export { startChromium } from '@pw/headless';

export interface Bezoek {
  page: Page;
  /** Console errors, page errors, Content-Security-Policy violations and requests that left localhost. */
  problemen: string[];
}

/**
 * A new page (in a context of its own) that records every console error, every violation of the
 * server's Content-Security-Policy and every request that is not to localhost.
 */
export async function nieuwePagina(browser: Browser): Promise<Bezoek> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const problemen: string[] = [];
  await meldCspSchendingen(context, (t) => problemen.push(t));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problemen.push(`console: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problemen.push(`pagina: ${String(e).slice(0, 300)}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) problemen.push(`verzoek buiten localhost: ${r.url()}`);
  });
  return { page, problemen };
}

/** Serious and critical WCAG 2.1 AA violations on the current page. */
export async function toegankelijkheid(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** Waits until DuckDB has started (the footer status disappears) so figures come from the engine. */
export async function wachtOpRekenmachine(page: Page): Promise<void> {
  await page.getByText('Rekenmachine start…').waitFor({ state: 'detached', timeout: 60_000 });
}

/**
 * Waits until the page shows its heading, nothing is loading, and every chart has drawn: an `svg`,
 * or with `'svg path'` an svg with content in it.
 */
export async function wachtOpPagina(page: Page, getekend: 'svg' | 'svg path' = 'svg'): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .status-laden'), null, { timeout: 60_000 });
  await page.waitForFunction((sel) => [...document.querySelectorAll('[data-chart="echarts"]')].every((el) => el.querySelector(sel)), getekend, { timeout: 30_000 });
}

/**
 * The first table with this caption, shown: a chart's table is hidden until its "Toon als tabel"
 * button is pressed (and holds only its caption until then), so that button is pressed, as a user would.
 */
export async function getoondeTabel(page: Page, bijschrift: string | RegExp): Promise<Locator> {
  const t = page.locator('table', { has: page.locator('caption', { hasText: bijschrift }) }).first();
  const knop = await t.evaluate((tabel) => {
    const omhulsel = tabel.closest('[hidden]');
    return omhulsel?.id ? omhulsel.id : null;
  });
  if (knop) {
    await page.locator(`button[aria-controls="${knop}"]`).click();
    await t.locator('tbody').waitFor();
  }
  return t;
}

/** The rows of the first table with this caption, as cell texts (row header first). */
export async function tabel(page: Page, bijschrift: string | RegExp): Promise<string[][]> {
  const t = await getoondeTabel(page, bijschrift);
  return t.locator('tbody tr').evaluateAll((rijen) => rijen.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}
