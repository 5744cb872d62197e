// npm test: every test — unit (per package), integration (command line on the demo data) and browser
// (the built app in headless Chromium). Exits non-zero on any failure.
import { run, zorgVoorChromium, zorgVoorPakketten, zorgVoorPdftotext } from './lib.mjs';

zorgVoorPakketten();
zorgVoorChromium();
zorgVoorPdftotext();
run('npm', ['run', 'lint']);
run('npx', ['turbo', 'run', 'typecheck', 'test', '--concurrency=2', '--output-logs=errors-only', '--continue=never']);
run('npx', ['turbo', 'run', 'build', '--filter=@pw/dashboard', '--output-logs=errors-only']);
run('npx', ['vitest', 'run', '--root', 'tests']);
console.log('\n✓ Alle tests geslaagd.');
