// The package boundaries: what each workspace may import, as one table. The oxlint rule
// `pw/grenzen` (./plugin.mjs) checks every import, export … from, import() and require() against
// it, and names the importing file and the import it refuses. Each package's README says the same
// in words; when one changes, change the other.
//
// How an entry in `mag` matches an import:
//   '@pw/engine'     exactly that entry point of ours; '@pw/engine/node' is a different one
//   'apache-arrow'   that npm package and anything under it ('apache-arrow/…')
//   'type:echarts'   only as types (`import type`, `export type`)
//   'node:'          Node's built-in modules
// `per` adds entries for some files of the package (glob relative to the package folder): Node
// entry points, tests, scripts. A package may always import its own files and itself by name;
// a relative import may not leave the package's folder.

import { builtinModules } from 'node:module';

const NODE = 'node:';
const TEST = ['vitest', NODE];

/** @type {Record<string, { map: string, mag: string[], per?: Record<string, string[]> }>} */
export const GRENZEN = {
  // Vocabulary and reference data: imports nothing of ours, runs everywhere.
  '@pw/model': { map: 'packages/model', mag: [], per: { 'test/**': TEST, 'scripts/**': [NODE] } },
  '@pw/format': { map: 'packages/format', mag: ['@pw/model'], per: { 'test/**': TEST } },
  // DuckDB-WASM behind one API; Node only in its Node entry points; native DuckDB only in its own.
  '@pw/engine': {
    map: 'packages/engine',
    mag: ['@duckdb/duckdb-wasm', 'apache-arrow'],
    per: { 'src/node.ts': [NODE], 'src/native.ts': [NODE, '@duckdb/node-api'], 'test/**': [...TEST, '@duckdb/node-api'] },
  },
  '@pw/ingest': {
    map: 'packages/ingest',
    mag: ['@pw/model', '@pw/engine', 'chardet', 'exceljs', 'fflate', 'zod'],
    per: { 'test/**': [...TEST, '@pw/engine/node', 'fast-check'] },
  },
  // Never React or the UI.
  '@pw/metrics': {
    map: 'packages/metrics',
    mag: ['@pw/model', '@pw/engine', '@pw/format'],
    per: { 'test/**': [...TEST, '@pw/engine/node', '@pw/ingest'] },
  },
  // Which counts leave the screen masked, decided once per data package (issue 10).
  '@pw/afscherming': { map: 'packages/afscherming', mag: ['@pw/metrics', '@pw/engine'], per: { 'test/**': TEST } },
  '@pw/charts': { map: 'packages/charts', mag: ['@pw/afscherming', '@pw/format', '@pw/metrics', '@pw/model', 'type:echarts'], per: { 'test/**': TEST } },
  // Findings in plain Dutch from the figures (issue 13): framework-free, like metrics.
  '@pw/bevindingen': { map: 'packages/bevindingen', mag: ['@pw/afscherming', '@pw/format', '@pw/metrics', '@pw/model'], per: { 'test/**': TEST } },
  '@pw/export': { map: 'packages/export', mag: ['@pw/afscherming', '@pw/metrics', 'exceljs'], per: { 'test/**': [...TEST, 'fast-check'] } },
  '@pw/views': { map: 'packages/views', mag: ['@pw/model', '@pw/metrics', 'zod'], per: { 'test/**': [...TEST, 'fast-check'] } },
  // The package format: readable without the ingest code; tables derived from metrics are built
  // one layer above it (issue 9).
  '@pw/datapackage': {
    map: 'packages/datapackage',
    mag: ['@pw/model', '@pw/engine', 'apache-arrow', 'zod'],
    per: { 'src/node.ts': [NODE], 'test/**': [...TEST, '@pw/engine/node', '@pw/ingest', 'fast-check'] },
  },
  // Data package with its derived tables: an ingest result plus the standard figures of metrics
  // with the masking decision of afscherming (issue 15), and the reader of those figures.
  '@pw/publicatie': {
    map: 'packages/publicatie',
    mag: ['@pw/afscherming', '@pw/datapackage', '@pw/engine', '@pw/ingest', '@pw/metrics', '@pw/model', 'apache-arrow'],
    per: { 'test/**': [...TEST, '@pw/engine/node', '@pw/datapackage/node'] },
  },
  // Renders what charts and format give; never SQL, never the engine.
  '@pw/ui': { map: 'packages/ui', mag: ['@pw/afscherming', '@pw/charts', '@pw/export', '@pw/format', 'react', 'echarts'], per: { 'test/**': [...TEST, 'react-dom'] } },
  // The static server of npm start, the browser tests and npm run report: headers, precompressed files.
  '@pw/server': { map: 'packages/server', mag: [NODE, '@pw/datapackage', '@pw/datapackage/node', '@pw/model', 'sirv'], per: { 'test/**': TEST } },
  // A published site: its package list (browser-safe) and, in ./node, writing the site with its server configuration.
  '@pw/site': {
    map: 'packages/site',
    mag: ['zod'],
    per: { 'src/node.ts': [NODE, '@pw/datapackage', '@pw/datapackage/node', '@pw/views'], 'src/routes.ts': ['@pw/views'], 'src/controle.ts': ['@pw/datapackage', '@pw/ingest', '@pw/model', 'apache-arrow'], 'src/serverconfig.ts': ['@pw/server'], 'test/**': [...TEST, '@pw/datapackage', '@pw/datapackage/node', '@pw/model'] },
  },
  '@pw/headless': { map: 'packages/headless', mag: [NODE, 'playwright-core', '@pw/server'], per: { 'test/**': TEST } },
  // The browser app: every package's browser side, none of their Node entry points.
  '@pw/dashboard': {
    map: 'apps/dashboard',
    mag: [
      '@pw/afscherming', '@pw/bevindingen', '@pw/charts', '@pw/datapackage', '@pw/engine', '@pw/engine/browser', '@pw/export', '@pw/format', '@pw/ingest',
      '@pw/metrics', '@pw/model', '@pw/publicatie', '@pw/site', '@pw/site/adres', '@pw/ui', '@pw/views',
      '@tanstack/react-query', 'apache-arrow', 'nuqs', 'react', 'react-dom', 'react-router',
    ],
    per: { 'vite.config.ts': [NODE, 'vite', '@vitejs/plugin-react', 'vite-plugin-compression2'], 'test/**': [...TEST, 'fake-indexeddb', '@pw/datapackage/node', '@pw/engine/node'] },
  },
  // The command line: a thin shell over the packages, on their Node entry points.
  '@pw/cli': {
    map: 'apps/cli',
    mag: [
      NODE, '@pw/afscherming', '@pw/datapackage', '@pw/datapackage/node', '@pw/engine', '@pw/engine/native', '@pw/engine/node', '@pw/export', '@pw/format', '@pw/headless',
      '@pw/ingest', '@pw/metrics', '@pw/model', '@pw/publicatie', '@pw/site/node', '@pw/views', 'type:playwright-core',
    ],
  },
  '@pw/demo-data': {
    map: 'data',
    mag: [NODE, '@pw/model', 'exceljs', 'fflate', 'iconv-lite', 'pure-rand'],
    per: { 'generator/test/**': TEST },
  },
  // Integration, browser tests and the benchmark use the project as a whole.
  '@pw/tests': {
    map: 'tests',
    mag: [
      ...TEST, '@pw/afscherming', '@pw/datapackage', '@pw/datapackage/node', '@pw/demo-data', '@pw/engine', '@pw/engine/native', '@pw/engine/node', '@pw/export', '@pw/format',
      '@pw/headless', '@pw/ingest', '@pw/metrics', '@pw/model', '@pw/publicatie', '@axe-core/playwright', 'exceljs', 'playwright-core',
    ],
  },
  // The root: npm start, npm test, npm run bench, npm run lint.
  'pw-monitor': { map: '.', mag: [NODE] },
};

const BUILTIN = new Set(builtinModules);

/** The workspace a file (path relative to the repo, with `/`) belongs to: the longest matching folder. */
function werkruimteVan(bestand) {
  let beste;
  for (const [naam, g] of Object.entries(GRENZEN)) {
    if (g.map === '.' || bestand.startsWith(`${g.map}/`)) if (!beste || g.map.length > beste[1].map.length) beste = [naam, g];
  }
  return beste;
}

/** A glob with `**` (any folders) and `*` (within one folder) as a RegExp. */
function globNaarRegExp(glob) {
  let bron = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      bron += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      bron += '.*';
      i += 1;
    } else if (glob[i] === '*') bron += '[^/]*';
    else bron += glob[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${bron}$`);
}

/** Everything `bestand` may import: the package's `mag` plus its matching `per` entries. */
function toegestaanVoor(bestand) {
  const w = werkruimteVan(bestand);
  if (!w) return undefined;
  const [naam, g] = w;
  const binnen = g.map === '.' ? bestand : bestand.slice(g.map.length + 1);
  const extra = Object.entries(g.per ?? {}).flatMap(([glob, lijst]) => (globNaarRegExp(glob).test(binnen) ? lijst : []));
  return { naam, map: g.map, lijst: [...g.mag, ...extra] };
}

/** The npm package of a bare specifier: `@scope/naam` or `naam`. */
function pakketnaam(specifier) {
  const delen = specifier.split('/');
  return specifier.startsWith('@') ? delen.slice(0, 2).join('/') : delen[0];
}

function past(entry, specifier, alleenTypes) {
  if (entry.startsWith('type:')) return alleenTypes && past(entry.slice(5), specifier, true);
  if (entry === NODE) return specifier.startsWith('node:') || BUILTIN.has(specifier);
  if (entry.startsWith('@pw/')) return specifier === entry;
  return pakketnaam(specifier) === entry;
}

/**
 * Checks one import. `bestand`: the importing file relative to the repo root; `specifier`: what it
 * imports; `alleenTypes`: an `import type`. Returns undefined when allowed, else the message (Dutch,
 * naming the forbidden import; the linter reports it at the import, so with the file and line).
 */
export function controleer(bestand, specifier, alleenTypes = false) {
  const t = toegestaanVoor(bestand);
  if (!t || zonderRegel(bestand)) return undefined;
  const bron = specifier.replace(/[?#].*$/, '');
  if (bron.startsWith('.') || bron.startsWith('/')) {
    const doel = normaliseer(bron.startsWith('/') ? bron.slice(1) : `${bestand.replace(/[^/]*$/, '')}${bron}`);
    const eigen = t.map === '.' ? true : doel === t.map || doel.startsWith(`${t.map}/`);
    const ander = werkruimteVan(doel);
    if (eigen && (t.map !== '.' || ander?.[1].map === '.')) return undefined;
    return `'${specifier}' ligt buiten de map van ${t.naam} (${t.map}). Oplossing: importeer het andere pakket bij zijn naam${ander && ander[0] !== t.naam ? ` (${ander[0]})` : ''}, als de grenzen dat toestaan.`;
  }
  if (bron === t.naam || bron.startsWith(`${t.naam}/`)) return undefined;
  if (t.lijst.some((e) => past(e, bron, alleenTypes))) return undefined;
  const toegestaan = t.lijst.length ? t.lijst.join(', ') : 'niets';
  if (t.lijst.some((e) => past(e, bron, true))) {
    return `${t.naam} mag '${bron}' alleen als type importeren. Oplossing: import type { … } from '${bron}'.`;
  }
  const soort = bron.startsWith('node:') || BUILTIN.has(bron) ? `Node's ingebouwde module '${bron}'` : `'${bron}'`;
  return `${t.naam} mag ${soort} niet importeren (toegestaan in dit bestand: ${toegestaan}). Oplossing: laat het over aan een pakket dat het wel mag, of verander de grens in scripts/lint/grenzen.mjs en in de README van ${t.naam}.`;
}

function normaliseer(pad) {
  const uit = [];
  for (const deel of pad.split('/')) {
    if (deel === '' || deel === '.') continue;
    if (deel === '..') uit.pop();
    else uit.push(deel);
  }
  return uit.join('/');
}

/** Files under packages/ or apps/ whose folder has no row in the table: a new package must get one. */
export function zonderRegel(bestand) {
  const m = /^(packages|apps)\/([^/]+)\//.exec(bestand);
  if (!m) return undefined;
  const map = `${m[1]}/${m[2]}`;
  if (Object.values(GRENZEN).some((g) => g.map === map)) return undefined;
  return `${map} heeft geen regel in scripts/lint/grenzen.mjs. Oplossing: zet daar wat het pakket mag importeren (zoals de README van het pakket het zegt).`;
}
