// npm start: installs what is missing, builds the dashboard and serves it on the embedded demo data.
import { spawn } from 'node:child_process';
import { OMGEVING, ROOT, run, zorgVoorPakketten } from './lib.mjs';

const poort = Number(process.env.PORT ?? 4173);
zorgVoorPakketten();
run('npx', ['turbo', 'run', 'build', '--filter=@pw/dashboard', '--output-logs=errors-only']);
const server = spawn('npx', ['vite', 'preview', '--port', String(poort), '--strictPort', '--host', 'localhost'], {
  cwd: `${ROOT}/apps/dashboard`,
  env: OMGEVING,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let gemeld = false;
server.stdout.on('data', (d) => {
  if (!gemeld && /localhost/.test(String(d))) {
    gemeld = true;
    console.log(`\npw-monitor draait op http://localhost:${poort}/ (demodatapakket). Stoppen: Ctrl+C.`);
  }
});
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => server.kill(s));
server.on('exit', (code) => process.exit(code ?? 0));
