// The built dashboard in headless Chromium: serve `apps/dashboard/dist` on localhost and start
// Debian's Chromium, one way for the command line (`npm run report`), the browser tests and the
// benchmark. Node only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { serveer } from '@pw/server';

/** Debian's chromium; `npm test` and `npm run bench` install it with apt-get when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, without the sandbox (which needs privileges a container lacks) or the GPU, and without
 * any background traffic (component updates, first-run pages, sync): nothing may leave localhost.
 */
const CHROMIUM_VLAGGEN: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts headless Chromium with `CHROMIUM_VLAGGEN`. */
export function startChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_VLAGGEN] });
}

/** The dashboard app; its build (`npx turbo run build --filter=@pw/dashboard`) is `dist/` in it. */
export const DASHBOARD = fileURLToPath(new URL('../../../apps/dashboard', import.meta.url));

/** Whether the app in `map` has been built (`dist/index.html` exists). */
export function isGebouwd(map = DASHBOARD): boolean {
  return existsSync(join(map, 'dist/index.html'));
}

export interface Server {
  /** The base URL without a trailing slash, e.g. `http://localhost:4319`. */
  url: string;
  sluit(): Promise<void>;
}

/**
 * Serves the built app in `map` (the dashboard unless given) on localhost with `@pw/server`, as
 * `npm start` does (the same security headers and precompressed files): on `poort`, or on the next
 * free port when that one is taken.
 */
export async function serveerGebouwdeApp(poort: number, map = DASHBOARD): Promise<Server> {
  if (!isGebouwd(map)) throw new Error(`De app in ${map} is nog niet gebouwd (dist/index.html ontbreekt). Oplossing: bouw eerst het dashboard met npx turbo run build --filter=@pw/dashboard.`);
  const server = await serveer({ map: join(map, 'dist'), poort });
  return { url: server.url, sluit: () => server.sluit() };
}

/**
 * Reports every Content-Security-Policy violation in the pages of `context` to `melding` (as
 * `CSP: <directive> blokkeerde <what> (<file>:<line>)`): the browser tests fail on one, so every
 * page the tests visit runs under the policy the server sends.
 */
export async function meldCspSchendingen(context: BrowserContext, melding: (tekst: string) => void): Promise<void> {
  await context.exposeBinding('__pwCspSchending', (_bron, tekst: unknown) => melding(`CSP: ${String(tekst).slice(0, 300)}`));
  // Runs in the page, before its own scripts (a string: this file has Node's types, not the DOM's).
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
    globalThis.__pwCspSchending(e.effectiveDirective + ' blokkeerde ' + (e.blockedURI || 'inline') + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '') + (e.sample ? ': ' + e.sample : ''));
  });`);
}
