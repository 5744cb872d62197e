// npm run bench, part 4: a 1,000,000-row caseload extract loaded through the "Gegevens laden" page
// in headless Chromium (ingest in a Web Worker), to be read next to part 1's command-line time for the
// same kind of file. Also records whether the progress bar moved and the longest gap of the page's
// main thread (a 50 ms timer) during the load.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schrijfGrootUitkeringenCsv } from '@pw/demo-data';
import { serveerGebouwdeApp, startChromium } from '@pw/headless';

const rijen = Number(process.env.RIJEN ?? 1_000_000);

const map = await mkdtemp(join(tmpdir(), 'pw-bench-laden-'));
const bestand = join(map, 'uitkeringen-groot.csv');
await writeFile(bestand, schrijfGrootUitkeringenCsv(rijen));

const server = await serveerGebouwdeApp(4349);
const { url } = server;
const browser = await startChromium();
const page = await browser.newPage();
await page.goto(`${url}/gegevens-laden`);
await page.getByText('Rekenmachine start…').waitFor({ state: 'detached', timeout: 60_000 });
// Let the dashboard finish its own start-up work (the all-areas figures) before measuring the load.
await page.getByRole('group', { name: /Alle cijfers van deze keuze/ }).getByRole('button', { name: 'CSV (RFC 4180)' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });

await page.getByLabel('Extracten (CSV of XLSX)').setInputFiles(bestand);
// The preview (header and first rows, with the column mapping) comes first; the load starts with the button.
await page.getByLabel(/^Veld voor kolom /).first().waitFor({ timeout: 60_000 });

// Sample the progress bar and the main thread while the page loads the file.
await page.evaluate(`(() => {
  window.__bench = { gaten: 0, waarden: [] };
  let vorige = performance.now();
  window.__bench.timer = setInterval(() => {
    const nu = performance.now();
    window.__bench.gaten = Math.max(window.__bench.gaten, nu - vorige - 50);
    vorige = nu;
    const p = document.querySelector('progress');
    if (p && p.value > 0) window.__bench.waarden.push(p.value);
  }, 50);
})()`);
const t0 = Date.now();
await page.getByRole('button', { name: 'Laden', exact: true }).click();
await page.getByText(/^Gelezen: /).waitFor({ timeout: 300_000 });
const duur = Date.now() - t0;
const b = (await page.evaluate('(() => { clearInterval(window.__bench.timer); return { gaten: window.__bench.gaten, waarden: window.__bench.waarden }; })()')) as { gaten: number; waarden: number[] };
const stappen = new Set(b.waarden.map((w) => Math.round(w * 100))).size;
console.log(`\nLaden in de browser (headless Chromium, ingest in een Web Worker), ${rijen.toLocaleString('nl-NL')} regels:`);
console.log(`  van klik tot klaar:           ${(duur / 1000).toFixed(2)} s  (${await page.getByText(/^Gelezen: /).textContent()})`);
console.log(`  voortgangsbalk:               ${stappen} verschillende standen`);
console.log(`  langste hapering hoofdthread: ${b.gaten.toFixed(0)} ms (timer van 50 ms)`);
console.log('  vergelijk: de volledige ingest op de opdrachtregel in deel 1 hierboven');
await browser.close();
await server.sluit();
await rm(map, { recursive: true, force: true });
