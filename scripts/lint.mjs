// npm run lint: oxlint (TypeScript, React hooks, accessibility, package boundaries, reasons for
// switched-off rules; .oxlintrc.json), the self-test of the boundary table, and knip (unused
// files, exports and dependencies; knip.json). Runs all three, then exits non-zero if one failed.
import { spawnSync } from 'node:child_process';
import { OMGEVING, ROOT } from './lib.mjs';

// Each step is also an npm script of its own (package.json): lint:oxlint, lint:grenzen, lint:knip.
const mislukt = [];
for (const stap of ['lint:oxlint', 'lint:grenzen', 'lint:knip']) {
  console.log(`\n$ npm run ${stap}`);
  const r = spawnSync('npm', ['run', '--silent', stap], { stdio: 'inherit', cwd: ROOT, env: OMGEVING });
  if (r.status !== 0) mislukt.push(stap);
}
if (mislukt.length) {
  console.error(`\n✗ npm run lint: ${mislukt.join(', ')} vond iets (zie hierboven).`);
  process.exit(1);
}
console.log('\n✓ npm run lint: niets gevonden.');
