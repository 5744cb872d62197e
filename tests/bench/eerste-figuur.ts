// npm run bench, part 2: how soon every page shows its first figure and is complete, cold (a new
// browser context each time: nothing cached), in headless Chromium on the built app with the demo
// package, as a ratio against a static page served by the same server library in the same run,
// with the absolute times beside it, and the compressed bytes that arrived before the first figure.
// Targets (issue 15): first figure within 5× the static page, complete page within 10×, at most
// 2 MB compressed before the first figure.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveerGebouwdeApp, startChromium } from '@pw/headless';
import type { Browser } from 'playwright-core';

const herhalingen = Number(process.env.HERHALINGEN_EERSTE ?? 5);

// Written in the page before its own scripts: records (in ms since navigation start) the first frame
// with a figure (a tile value or a drawn chart; on the static page its heading) and the first frame
// at which the page is complete (a heading, nothing loading, every chart drawn), then the bytes.
const METER = `(() => {
  const m = (window.__meting = { eerste: null, compleet: null, bytesVoorEerste: null, wasm: false });
  const statisch = location.pathname.endsWith('statisch.html');
  const bytesTot = (t) => {
    let n = 0;
    const nav = performance.getEntriesByType('navigation')[0];
    if (nav) n += nav.encodedBodySize;
    for (const r of performance.getEntriesByType('resource')) if (r.responseEnd <= t) n += r.encodedBodySize;
    return n;
  };
  const kijk = () => {
    const nu = performance.now();
    if (m.eerste === null) {
      const figuur = statisch
        ? document.querySelector('h1')
        : document.querySelector('main .tegel-waarde') || [...document.querySelectorAll('main [data-chart="echarts"]')].find((g) => g.querySelector('svg path')) || document.querySelector('main table tbody td');
      if (figuur) { m.eerste = nu; m.bytesVoorEerste = bytesTot(nu); }
    }
    if (m.eerste !== null && m.compleet === null) {
      const klaar = statisch
        ? true
        : !!document.querySelector('main h1') && !document.querySelector('main .status-laden') && [...document.querySelectorAll('main [data-chart="echarts"]')].every((g) => g.querySelector('svg path'));
      if (klaar) m.compleet = nu;
    }
    if (m.compleet === null) requestAnimationFrame(kijk);
  };
  requestAnimationFrame(kijk);
})()`;

interface Meting {
  eerste: number;
  compleet: number;
  bytesVoorEerste: number;
  wasm: boolean;
}

async function meet(browser: Browser, adres: string): Promise<Meting> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  await context.addInitScript(METER);
  const page = await context.newPage();
  let wasm = false;
  page.on('request', (r) => {
    if (/\.wasm(\?|$)/.test(r.url())) wasm = true;
  });
  await page.goto(adres);
  // A function, not a string: the app's Content-Security-Policy forbids evaluating strings.
  await page.waitForFunction(() => ((globalThis as unknown as { __meting?: { compleet: number | null } }).__meting?.compleet ?? null) !== null, null, { timeout: 120_000, polling: 100 });
  const m = (await page.evaluate('window.__meting')) as Meting;
  await context.close();
  return { ...m, wasm };
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;

const PAGINAS: Array<[string, string]> = [
  ['/', 'Overzicht'],
  ['/uitkeringen', 'Uitkeringen'],
  ['/doelgroepen', 'Doelgroepen'],
  ['/beschut-werk', 'Beschut werk'],
  ['/budget', 'Budget'],
  ['/verdeelsleutel', 'Verdeelsleutel'],
  ['/controle', 'Controle'],
];

const statischMap = await mkdtemp(join(tmpdir(), 'pw-bench-statisch-'));
await mkdir(join(statischMap, 'dist'));
const tekst = 'Dit is een statische pagina van dezelfde server, de basislijn voor de eerste figuur. '.repeat(40);
await writeFile(join(statischMap, 'dist', 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Statisch</title></head><body><p>${tekst}</p></body></html>`);
await writeFile(join(statischMap, 'dist', 'statisch.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Statisch</title></head><body><h1>Uitkeringen</h1><p>${tekst}</p></body></html>`);

// BENCH_APP: another built app folder (with dist/), to measure a build from before a change in the same way.
const app = await serveerGebouwdeApp(4339, process.env.BENCH_APP || undefined);
const statisch = await serveerGebouwdeApp(4359, statischMap);
const browser = await startChromium();

// Warm-up (the browser's own start-up, the server's first reads), not counted.
await meet(browser, `${statisch.url}/statisch.html`);
await meet(browser, `${app.url}/uitkeringen?gebied=GM1774&peildatum=2019-12-01`);

console.log(`\nEerste figuur en complete pagina, koud (nieuwe browsercontext, niets in de cache), mediaan van ${herhalingen}, demodatapakket:`);
// The static page is measured between the app's pages (once before each), so both see the same
// load on the machine: measured once up front, it came out at 68 to 112 ms in runs minutes apart.
const basis: number[] = [];
const perPagina: Array<[string, Meting[]]> = [];
for (const [pad, naam] of PAGINAS) {
  const metingen: Meting[] = [];
  for (let i = 0; i < herhalingen; i++) {
    basis.push((await meet(browser, `${statisch.url}/statisch.html`)).eerste);
    metingen.push(await meet(browser, `${app.url}${pad}?gebied=GM1774&peildatum=2019-12-01`));
  }
  perPagina.push([naam, metingen]);
}
const b = mediaan(basis);
console.log(`  statische pagina (basislijn, tussen de pagina's gemeten): ${ms(b)}`);
console.log(`  ${'pagina'.padEnd(15)} ${'eerste figuur'.padEnd(22)} ${'complete pagina'.padEnd(22)} bytes voor eerste figuur  DuckDB`);
for (const [naam, metingen] of perPagina) {
  const eerste = mediaan(metingen.map((m) => m.eerste));
  const compleet = mediaan(metingen.map((m) => m.compleet));
  const bytes = mediaan(metingen.map((m) => m.bytesVoorEerste));
  const wasm = metingen.some((m) => m.wasm);
  console.log(
    `  ${naam.padEnd(15)} ${`${(eerste / b).toFixed(1)}× (${ms(eerste)})`.padEnd(22)} ${`${(compleet / b).toFixed(1)}× (${ms(compleet)})`.padEnd(22)} ${kb(bytes).padEnd(24)} ${wasm ? 'gestart' : 'niet nodig'}`,
  );
}
console.log('  doel: eerste figuur ≤ 5× de statische pagina, complete pagina ≤ 10×, ≤ 2 MB gecomprimeerd voor de eerste figuur');
await browser.close();
await app.sluit();
await statisch.sluit();
await rm(statischMap, { recursive: true, force: true });
