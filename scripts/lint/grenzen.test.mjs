// Self-test of the boundary table, run by npm run lint (node --test): the rules say what the
// package READMEs say, and every workspace has a row.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { controleer, GRENZEN, zonderRegel } from './grenzen.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const mag = (bestand, bron, types = false) => controleer(bestand, bron, types) === undefined;

test('every workspace has a row, and every row is a workspace with that name', () => {
  const rijen = new Map(Object.values(GRENZEN).map((g) => [g.map, g]));
  for (const groep of ['packages', 'apps']) {
    for (const naam of readdirSync(`${REPO}/${groep}`)) {
      if (existsSync(`${REPO}/${groep}/${naam}/package.json`)) assert.ok(rijen.has(`${groep}/${naam}`), `${groep}/${naam} heeft geen rij`);
    }
  }
  for (const [naam, g] of Object.entries(GRENZEN)) {
    const pakket = JSON.parse(readFileSync(`${REPO}/${g.map}/package.json`, 'utf8'));
    assert.equal(pakket.name, naam, `${g.map}/package.json heet ${pakket.name}`);
  }
});

test('model imports nothing of ours; metrics never React or the UI; ui never the engine', () => {
  assert.ok(!mag('packages/model/src/gemeenten.ts', '@pw/format'));
  assert.ok(!mag('packages/metrics/src/figuren.ts', 'react'));
  assert.ok(!mag('packages/metrics/src/figuren.ts', '@pw/ui'));
  assert.ok(!mag('packages/ui/src/Tegel.tsx', '@pw/engine'));
  assert.ok(!mag('packages/ui/src/Tegel.tsx', '@pw/metrics'));
  assert.ok(mag('packages/ui/src/Tegel.tsx', '@pw/format'));
  assert.ok(mag('packages/metrics/src/figuren.ts', '@pw/engine'));
});

test('datapackage imports only model, engine, apache-arrow and zod', () => {
  assert.ok(mag('packages/datapackage/src/manifest.ts', 'zod'));
  assert.ok(mag('packages/datapackage/src/pakket.ts', 'apache-arrow'));
  assert.ok(!mag('packages/datapackage/src/pakket.ts', '@pw/ingest', true));
  assert.ok(!mag('packages/datapackage/src/pakket.ts', '@pw/metrics'));
});

test("Node's modules and Node entry points only in Node code", () => {
  assert.ok(!mag('packages/engine/src/index.ts', 'node:path'));
  assert.ok(!mag('packages/ingest/src/lezen.ts', 'fs'));
  assert.ok(mag('packages/engine/src/node.ts', 'node:path'));
  assert.ok(mag('packages/datapackage/src/node.ts', 'node:fs/promises'));
  assert.ok(mag('packages/metrics/test/figuren.test.ts', '@pw/engine/node'));
  assert.ok(!mag('packages/metrics/src/figuren.ts', '@pw/engine/node'));
  assert.ok(!mag('apps/dashboard/src/data/bron.ts', '@pw/datapackage/node'));
  assert.ok(mag('apps/dashboard/vite.config.ts', 'node:fs'));
  assert.ok(!mag('apps/dashboard/src/main.tsx', 'node:fs'));
  assert.ok(mag('apps/cli/src/report.ts', '@pw/datapackage/node'));
});

test('a type-only entry allows import type and refuses a value import', () => {
  assert.ok(mag('packages/charts/src/basis.ts', 'echarts/core', true));
  const fout = controleer('packages/charts/src/basis.ts', 'echarts/core', false);
  assert.match(fout, /@pw\/charts mag 'echarts\/core' alleen als type importeren/);
});

test('a violation names the forbidden import and where the rule is', () => {
  assert.equal(
    controleer('packages/ui/src/Tegel.tsx', '@pw/engine'),
    "@pw/ui mag '@pw/engine' niet importeren (toegestaan in dit bestand: @pw/afscherming, @pw/charts, @pw/export, @pw/format, react, echarts). Oplossing: laat het over aan een pakket dat het wel mag, of verander de grens in scripts/lint/grenzen.mjs en in de README van @pw/ui.",
  );
});

test('a relative import stays inside its own package; a package imports itself freely', () => {
  assert.ok(mag('packages/engine/src/node.ts', './index.ts'));
  assert.ok(mag('packages/engine/test/engine.test.ts', '../src/node.ts'));
  assert.match(controleer('packages/model/src/a.ts', '../../format/src/index.ts'), /buiten de map van @pw\/model .* bij zijn naam \(@pw\/format\)/);
  assert.ok(!mag('scripts/x.mjs', '../packages/model/src/index.ts'));
  assert.ok(mag('packages/engine/src/browser.ts', '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'));
});

test('a new package without a row is reported', () => {
  assert.match(zonderRegel('packages/nieuw/src/index.ts'), /packages\/nieuw heeft geen regel in scripts\/lint\/grenzen\.mjs/);
  assert.equal(zonderRegel('packages/model/src/index.ts'), undefined);
});
