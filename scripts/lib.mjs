// Shared by scripts/start.mjs and scripts/test.mjs: run a command, make sure what a fresh machine lacks is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** No tool may phone home: turbo telemetry and update checks off. */
export const OMGEVING = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1', NO_UPDATE_NOTIFIER: '1' };

export function run(cmd, args, opties = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, env: OMGEVING, ...opties });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} stopte met code ${r.status ?? r.signal}.`);
    process.exit(r.status ?? 1);
  }
}

/** Installs npm packages when node_modules is missing or older than the lockfile. */
export function zorgVoorPakketten() {
  const nm = `${ROOT}/node_modules/.package-lock.json`;
  const lock = `${ROOT}/package-lock.json`;
  if (!existsSync(nm) || statSync(nm).mtimeMs < statSync(lock).mtimeMs) run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Debian's chromium for the browser tests; installed with apt-get when missing (as root). */
export function zorgVoorChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error('Chromium ontbreekt (/usr/bin/chromium). Installeer het met: sudo apt-get install -y chromium');
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...OMGEVING, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Poppler's pdftotext and pdfinfo, which the report test reads the PDF with; installed with apt-get when missing (as root). */
export function zorgVoorPdftotext() {
  if (existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo')) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error('pdftotext ontbreekt (/usr/bin/pdftotext). Installeer het met: sudo apt-get install -y poppler-utils');
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { env: { ...OMGEVING, DEBIAN_FRONTEND: 'noninteractive' } });
}
