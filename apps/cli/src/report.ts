// npm run report -- <rapport.json> --out rapport.pdf [--pakket <map>]...
//
// Renders a saved report to PDF with headless Chromium: the built dashboard is served on localhost
// (as `npm start` does), its /rapport page draws the report given in window.__PW_RAPPORT__, and
// Chromium prints it with the page's own CSS @page rules (A4, page numbers, the report's title and
// peildata in the footer; the package hash once, in the colophon on the cover). Each view gets its
// generated findings and its tables beside its charts, a monthly table as its last 13 months.
// Nothing leaves localhost: every other request is refused.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PakketFout } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { korteHash } from '@pw/model';
import { CHROMIUM, DASHBOARD, isGebouwd, serveerGebouwdeApp, startChromium } from '@pw/headless';
import { leesRapport, Weergavefout, type Rapport } from '@pw/views';
import type { Browser, Route } from 'playwright-core';
import { foutTekst, meld, toon, voerUit } from './uitvoeren.ts';

const HULP = `Gebruik: npm run report -- <rapport.json> [--out rapport.pdf] [--pakket <map>]... [--bijlage]

Maakt een PDF van een rapport (opgeslagen op de pagina Rapporten van het dashboard), met headless
Chromium (/usr/bin/chromium). Opties:
  --out <bestand.pdf>   waar de PDF komt (standaard: naast het rapport, met .pdf)
  --pakket <map>        een datapakket waarop een weergave in het rapport is gemaakt, als dat niet
                        het demodatapakket is (gemaakt met npm run ingest); mag vaker
  --bijlage             met een bijlage: de hele maandreeksen als tabel (onder elke grafiek staan
                        de laatste 13 maanden)
  --wachttijd <s>       hoe lang op het dashboard wordt gewacht (standaard 120 seconden)`;

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const DIST = join(DASHBOARD, 'dist');

/** A problem the user can fix: the message (in Dutch, naming the file) and the exit code. */
class Probleem extends Error {
  constructor(
    bericht: string,
    readonly code = 1,
  ) {
    super(bericht);
  }
}

/** A data package offered to the page under data/extra/<hash>/: its files by name. */
interface ExtraPakket {
  map: string;
  bestanden: Map<string, Uint8Array>;
}

async function leesRapportBestand(pad: string): Promise<{ json: unknown; rapport: Rapport }> {
  let tekst: string;
  try {
    tekst = await readFile(pad, 'utf8');
  } catch {
    throw new Probleem(`Het rapport ${pad} bestaat niet of is niet leesbaar. Oplossing: geef het pad van een rapportbestand (.json) dat het dashboard heeft opgeslagen.`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(tekst.replace(/^\uFEFF/, ''));
  } catch {
    throw new Probleem(`${pad} is geen JSON-bestand. Oplossing: kies een rapportbestand (.json) dat het dashboard heeft opgeslagen.`, 2);
  }
  try {
    return { json, rapport: leesRapport(json, basename(pad)) };
  } catch (e) {
    if (e instanceof Weergavefout) {
      throw new Probleem([`${pad} is geen geldig rapport:`, ...e.meldingen.map((m) => `  ${m}`), 'Oplossing: sla het rapport opnieuw op in het dashboard, of herstel de genoemde velden.'].join('\n'), 2);
    }
    throw e;
  }
}

/** Reads a package folder (every file checked against its manifest) and checks the manifest hash. */
async function leesExtraPakket(map: string): Promise<{ hash: string; pakket: ExtraPakket }> {
  if (!existsSync(join(map, 'manifest.json'))) throw new Probleem(`--pakket ${map}: daar staat geen manifest.json. Oplossing: geef de map van een datapakket (gemaakt met npm run ingest), met manifest.json en de .arrow-bestanden.`, 2);
  let pakket;
  try {
    pakket = await leesPakketMap(map);
  } catch (e) {
    if (e instanceof PakketFout) throw new Probleem(`--pakket ${map}: ${e.message}`, 2);
    throw new Probleem(`--pakket ${map}: het pakket is niet leesbaar (${e instanceof Error ? e.message : String(e)}). Oplossing: kopieer het pakket opnieuw in zijn geheel, of maak het opnieuw met npm run ingest.`, 2);
  }
  // leesPakketMap has checked the manifest, every file's sha256 and the package hash.
  const hash = pakket.manifest.hash;
  const bestanden = new Map(pakket.bestanden);
  bestanden.set('manifest.json', new Uint8Array(await readFile(join(map, 'manifest.json'))));
  return { hash, pakket: { map, bestanden } };
}

/** The hash of the demo package the built dashboard ships (what it shows without --pakket). */
async function demoHash(): Promise<string> {
  try {
    return (JSON.parse(await readFile(join(DIST, 'data/demo/manifest.json'), 'utf8')) as { hash: string }).hash;
  } catch {
    throw new Probleem(`Het gebouwde dashboard (${DIST}) bevat geen demodatapakket (data/demo/manifest.json). Oplossing: bouw het dashboard opnieuw met npx turbo run build --filter=@pw/dashboard.`);
  }
}

function bouwDashboard(): void {
  if (isGebouwd()) return;
  meld(`Het dashboard is nog niet gebouwd (${DIST}); het wordt nu gebouwd…`);
  const r = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@pw/dashboard', '--output-logs=errors-only'], {
    cwd: REPO,
    // eslint-disable-next-line no-restricted-properties -- the build's own progress (vite), passed through as it is
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' },
  });
  if (r.status !== 0 || !isGebouwd()) throw new Probleem(`Het dashboard kon niet worden gebouwd (${DIST}/index.html ontbreekt). Oplossing: bouw het met npx turbo run build --filter=@pw/dashboard en lees de foutmelding daarvan.`);
}

const LOKAAL = new Set(['localhost', '127.0.0.1', '[::1]']);
const EXTRA = /\/data\/extra\/([0-9a-f]{64})\/([^/?#]+)$/;

/** Counts the pages of a PDF written by Chromium (Skia writes one page tree with /Count). */
function paginas(pdf: Uint8Array): number {
  const tekst = Buffer.from(pdf).toString('latin1');
  const n = tekst.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return n;
}

async function schrijfAtomair(pad: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(pad), { recursive: true });
  const tijdelijk = join(dirname(pad), `.${basename(pad)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(tijdelijk, bytes);
    await rename(tijdelijk, pad);
  } catch (e) {
    await rm(tijdelijk, { force: true });
    throw new Probleem(`De PDF kon niet worden geschreven naar ${pad} (${e instanceof Error ? e.message : String(e)}). Oplossing: kies met --out een map waarin u mag schrijven.`);
  }
}

async function main(): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        pakket: { type: 'string', multiple: true, default: [] },
        wachttijd: { type: 'string', default: '120' },
        bijlage: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    meld(`${foutTekst(e).tekst}\n\n${HULP}`);
    return 2;
  }
  if (values.help || positionals.length !== 1) {
    meld(HULP);
    return values.help ? 0 : 2;
  }
  const wachttijd = Number(values.wachttijd);
  if (!Number.isFinite(wachttijd) || wachttijd <= 0) throw new Probleem(`--wachttijd ${values.wachttijd}: geef een aantal seconden, bijvoorbeeld 120.`, 2);
  const bron = resolve(positionals[0]!);
  const uit = resolve(values.out ?? join(dirname(bron), `${basename(bron, extname(bron))}.pdf`));
  if (!uit.toLowerCase().endsWith('.pdf')) throw new Probleem(`--out ${values.out}: de naam van de PDF moet op .pdf eindigen.`, 2);

  const { json, rapport } = await leesRapportBestand(bron);

  const extra = new Map<string, ExtraPakket>();
  for (const map of values.pakket ?? []) {
    const { hash, pakket } = await leesExtraPakket(resolve(map));
    extra.set(hash, pakket);
  }

  bouwDashboard();
  const demo = await demoHash();
  const ontbreekt = rapport.blokken.flatMap((b, i) => (b.soort === 'weergave' && b.weergave.datapakket.hash !== demo && !extra.has(b.weergave.datapakket.hash) ? [{ blok: i + 1, w: b.weergave }] : []));
  if (ontbreekt.length) {
    const regels = ontbreekt.map(({ blok, w }) => `  blok ${blok}, "${w.naam}": datapakket ${korteHash(w.datapakket.hash)}…${w.datapakket.naam ? ` (${w.datapakket.naam})` : ''}${w.datapakket.peildatum ? `, peildatum ${w.datapakket.peildatum}` : ''}`);
    throw new Probleem([`${bron}: niet elk datapakket van het rapport is beschikbaar:`, ...regels, `Oplossing: geef de map van elk genoemd pakket mee met --pakket <map> (het demodatapakket ${korteHash(demo)}… zit in het dashboard).`].join('\n'), 2);
  }

  const server = await serveerGebouwdeApp(4330);
  let browser: Browser | undefined;
  const problemen: string[] = [];
  try {
    const basis = server.url;
    try {
      browser = await startChromium();
    } catch (e) {
      throw new Probleem(`Chromium kon niet starten (${CHROMIUM}): ${(e instanceof Error ? e.message : String(e)).split('\n')[0]} Oplossing: installeer het met sudo apt-get install -y chromium.`);
    }
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1240, height: 1754 } });
    await context.route('**/*', async (route: Route) => {
      const url = new URL(route.request().url());
      if (!LOKAAL.has(url.hostname)) {
        problemen.push(`verzoek buiten localhost geweigerd: ${url.href.slice(0, 300)}`);
        meld(`Fout: verzoek buiten localhost geweigerd: ${url.href.slice(0, 300)}`);
        return route.abort('blockedbyclient');
      }
      const m = EXTRA.exec(url.pathname);
      if (m) {
        const bytes = extra.get(m[1]!)?.bestanden.get(decodeURIComponent(m[2]!));
        if (!bytes) return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'niet gevonden' });
        return route.fulfill({ status: 200, contentType: m[2]!.endsWith('.json') ? 'application/json' : 'application/vnd.apache.arrow.file', body: Buffer.from(bytes) });
      }
      if (url.pathname.includes('/data/extra/')) return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'niet gevonden' });
      return route.continue();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problemen.push(`pagina: ${String(e).slice(0, 300)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problemen.push(`console: ${m.text().slice(0, 300)}`);
    });
    // Runs in the page (this file has Node's types, not the DOM's).
    await page.addInitScript((r) => {
      (globalThis as unknown as { __PW_RAPPORT__: unknown }).__PW_RAPPORT__ = r;
    }, json);

    const tot = Date.now() + wachttijd * 1000;
    const teLaat = async () => {
      const scherm = ((await page.locator('main').first().innerText({ timeout: 2000 }).catch(() => '')) || '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 6);
      return new Probleem(
        [`Het rapport ${bron} was na ${wachttijd} seconden nog niet klaar in het dashboard.`, ...(scherm.length ? ['  Op de pagina staat:', ...scherm.map((l) => `    ${l.slice(0, 200)}`)] : []), ...problemen.slice(0, 8).map((p) => `  ${p}`), 'Oplossing: probeer het opnieuw (een trage machine kan meer tijd nodig hebben: --wachttijd 300), of open het rapport in het dashboard om te zien welke weergave niet verschijnt.'].join('\n'),
      );
    };
    try {
      await page.goto(`${basis}/rapport${values.bijlage ? '?bijlage=1' : ''}`, { waitUntil: 'domcontentloaded', timeout: Math.max(1, tot - Date.now()) });
      await page.locator('html[data-rapport="klaar"], html[data-rapport="fout"]').waitFor({ state: 'attached', timeout: Math.max(1, tot - Date.now()) });
    } catch (e) {
      if (e instanceof Error && e.name === 'TimeoutError') throw await teLaat();
      throw e;
    }
    const stand = await page.locator('html').getAttribute('data-rapport');
    if (stand === 'fout') {
      const melding = ((await page.locator('main').first().innerText({ timeout: 5000 }).catch(() => '')) || '(geen melding)').trim();
      throw new Probleem([`Het dashboard kon het rapport ${bron} niet maken:`, ...melding.split('\n').filter((l) => l.trim()).map((l) => `  ${l.trim()}`), 'Oplossing: herstel wat de melding noemt (bijvoorbeeld: geef het datapakket mee met --pakket <map>), of open het rapport in het dashboard.'].join('\n'));
    }
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    for (const p of problemen) meld(`Waarschuwing: ${p}`);
    await schrijfAtomair(uit, pdf);
    const n = paginas(pdf);
    toon(`${uit} (${n} ${n === 1 ? 'pagina' : "pagina's"})`);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.sluit().catch(() => undefined);
  }
}

voerUit(main, (e) => (e instanceof Probleem ? { tekst: e.message, code: e.code } : { tekst: `Het rapport kon niet worden gemaakt. ${foutTekst(e).tekst}`, code: 1 }));
