// npm start [-- --pakket <map>]: installs what is missing, builds the dashboard and serves it with
// pw-monitor's own static server (@pw/server: the security headers, precompressed files, a 404 for
// a missing data file), on the embedded demo package or on a package of the user's own.
import { spawn } from 'node:child_process';
import { OMGEVING, ROOT, run, zorgVoorPakketten } from './lib.mjs';

zorgVoorPakketten();
run('npx', ['turbo', 'run', 'build', '--filter=@pw/dashboard', '--output-logs=errors-only']);
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', ...process.argv.slice(2)], { cwd: ROOT, env: OMGEVING, stdio: 'inherit' });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => server.kill(s));
server.on('exit', (code) => process.exit(code ?? 0));
