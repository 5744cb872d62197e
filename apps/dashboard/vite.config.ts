import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, type InputType } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { dienstwerkerBron } from './dienstwerker.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const demoPakket = join(repo, 'data/demo-package');

/**
 * The package list of the plain build: no publication (the package under data/demo/); `npm run
 * site` writes a site's own. The same as GEEN_PUBLICATIE in @pw/site (Vite's config cannot import
 * a workspace's TypeScript); a list the app cannot read counts as no publication anyway.
 */
const GEEN_PUBLICATIE = { schema: 'pw-monitor-site', versie: 1, standaard: null, gepubliceerd: null, kleineAantallen: null, pakketten: [], weergaven: [] };

/**
 * Serves the embedded demo data package under /data/demo/ (dev) and copies it into the build, so
 * the app needs nothing but its own origin.
 */
function demoPakketPlugin(): Plugin {
  return {
    name: 'pw-demo-pakket',
    configureServer(server) {
      server.middlewares.use('/data/pakketten.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(GEEN_PUBLICATIE));
      });
      server.middlewares.use('/data/demo/', (req, res, next) => {
        const naam = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        const pad = join(demoPakket, naam);
        if (!naam || naam.includes('..') || !existsSync(pad)) return next();
        res.setHeader('Content-Type', naam.endsWith('.json') ? 'application/json' : 'application/vnd.apache.arrow.file');
        res.end(readFileSync(pad));
      });
    },
    generateBundle() {
      if (!existsSync(demoPakket)) this.error(`Het demodatapakket ontbreekt (${demoPakket}); maak het met npm run demo-data.`);
      for (const naam of readdirSync(demoPakket)) {
        this.emitFile({ type: 'asset', fileName: `data/demo/${naam}`, source: readFileSync(join(demoPakket, naam)) });
      }
      // The package list of the plain build: no publication (npm run site writes a site's own).
      this.emitFile({ type: 'asset', fileName: 'data/pakketten.json', source: `${JSON.stringify(GEEN_PUBLICATIE, null, 2)}\n` });
    },
  };
}

/**
 * `sw.js`: the service worker of a published site (dienstwerker.ts), with the list of this build's
 * assets to keep (not the `mvp` WASM module, which current browsers never load, nor the .br/.gz
 * forms), versioned by that list so a new build replaces the kept app.
 */
function dienstwerkerPlugin(): Plugin {
  return {
    name: 'pw-dienstwerker',
    generateBundle(_opties, bundel) {
      const assets = Object.keys(bundel)
        .filter((f) => f.startsWith('assets/') && !/\.(br|gz)$/.test(f) && !/duckdb-mvp.*\.wasm$/.test(f))
        .sort();
      const versie = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 16);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: dienstwerkerBron(assets, versie) });
    },
  };
}

const brotli = promisify(brotliCompress);

/**
 * Every text asset, the DuckDB .wasm files and the demo package's .arrow files also as .br and .gz
 * next to them (vite-plugin-compression2), which the server sends to a browser that accepts them.
 * Brotli at its best quality takes a minute per DuckDB .wasm (34 MB); above 4 MB quality 9 gives
 * nearly the same size (5,9 against 5,2 MB) in 3 seconds.
 */
function voorgecomprimeerd(): Plugin {
  return compression({
    include: /\.(html|js|css|json|svg|wasm|arrow)$/,
    threshold: 1024,
    algorithms: [
      ['gzip', { level: 9 }],
      [(bytes: InputType) => brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: (typeof bytes === 'string' ? bytes.length : bytes.byteLength) > 4e6 ? 9 : 11 } }), {}],
    ],
    filename: (pad: string, { algorithm }: { algorithm: unknown }) => `${pad}.${algorithm === 'gzip' ? 'gz' : 'br'}`,
    logLevel: 'silent',
  });
}

/**
 * The files the first view reads, fetched while the app's code still loads: `<link rel="preload">`
 * for the served package's manifest and its shipped figures under today's boundaries (the app's
 * own `fetch` of the same address then takes them from the preload). Between the two markers:
 * `npm run site` rewrites the block for the site's default package (VOORLADEN in @pw/site; the
 * same markers, as Vite's config cannot import a workspace's TypeScript).
 */
function voorladenPlugin(): Plugin {
  let basis = '/';
  return {
    name: 'pw-voorladen',
    configResolved(config) {
      basis = config.base;
    },
    transformIndexHtml(html) {
      const manifest = join(demoPakket, 'manifest.json');
      const afgeleid = existsSync(manifest) ? ((JSON.parse(readFileSync(manifest, 'utf8')) as { afgeleid?: Array<{ naam?: unknown }> }).afgeleid ?? []) : [];
      const bestanden = ['manifest.json', ...(afgeleid.some((t) => t.naam === 'figuren_huidig') ? ['figuren_huidig.arrow'] : [])];
      const links = bestanden.map((b) => `<link rel="preload" href="${basis}data/demo/${b}" as="fetch" crossorigin="anonymous" />`).join('');
      return html.replace('</head>', `<!-- pw:voorladen -->${links}<!-- /pw:voorladen --></head>`);
    },
  };
}

/** The demo package's hash: a package served in its place (`npm start -- --pakket`) is then not called the demo. */
const demoHash = existsSync(join(demoPakket, 'manifest.json')) ? String((JSON.parse(readFileSync(join(demoPakket, 'manifest.json'), 'utf8')) as { hash?: unknown }).hash) : '';

export default defineConfig({
  plugins: [react(), demoPakketPlugin(), voorladenPlugin(), dienstwerkerPlugin(), voorgecomprimeerd()],
  define: { 'import.meta.env.VITE_DEMO_HASH': JSON.stringify(demoHash) },
  build: { target: 'es2022', chunkSizeWarningLimit: 3000, assetsInlineLimit: 0 },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { fs: { allow: [repo] } },
});
