// The built dashboard in headless Chromium: serve `apps/dashboard/dist` on localhost and start
// Debian's Chromium, one way for the command line (`npm run report`), the browser tests and the
// benchmark. Node only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';

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
 * Serves the built app in `map` (the dashboard unless given) on localhost, as `npm start` does: on
 * `poort`, or on the next free port when that one is taken.
 */
export async function serveerGebouwdeApp(poort: number, map = DASHBOARD): Promise<Server> {
  if (!isGebouwd(map)) throw new Error(`De app in ${map} is nog niet gebouwd (dist/index.html ontbreekt). Oplossing: bouw eerst het dashboard met npx turbo run build --filter=@pw/dashboard.`);
  const server = await preview({ root: map, logLevel: 'silent', preview: { port: poort, strictPort: false, host: 'localhost', open: false } });
  const url = (server.resolvedUrls?.local[0] ?? `http://localhost:${poort}/`).replace(/\/$/, '');
  return { url, sluit: () => server.close() };
}
