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

/** Installs a Debian package with apt-get (as root) when one of its programs is missing. */
function zorgVoorDebianPakket(pakket, programmas, waarvoor) {
  if (programmas.every((p) => existsSync(p))) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`${programmas.join(' en ')} ontbreekt (nodig voor ${waarvoor}). Installeer het met: sudo apt-get install -y ${pakket}`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', pakket], { env: { ...OMGEVING, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Debian's chromium for the browser tests. */
export function zorgVoorChromium() {
  zorgVoorDebianPakket('chromium', ['/usr/bin/chromium'], 'de browsertests');
}

/** Poppler's pdftotext and pdfinfo, which the report test reads the PDF with. */
export function zorgVoorPdftotext() {
  zorgVoorDebianPakket('poppler-utils', ['/usr/bin/pdftotext', '/usr/bin/pdfinfo'], 'de rapporttest');
}
