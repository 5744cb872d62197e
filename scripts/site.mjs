// npm run site -- <package folder>... --out <folder>: builds the dashboard when needed, then writes the static site (apps/cli/src/site.ts).
import { spawnSync } from 'node:child_process';
import { OMGEVING, ROOT, run, zorgVoorPakketten } from './lib.mjs';

zorgVoorPakketten();
run('npx', ['turbo', 'run', 'build', '--filter=@pw/dashboard', '--output-logs=errors-only'], { stdio: ['ignore', 'ignore', 'inherit'] });
const r = spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/site.ts', ...process.argv.slice(2)], { cwd: ROOT, env: OMGEVING, stdio: 'inherit' });
process.exit(r.status ?? 1);
