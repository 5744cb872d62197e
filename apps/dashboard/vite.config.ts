import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const demoPakket = join(repo, 'data/demo-package');

/**
 * Serves the embedded demo data package under /data/demo/ (dev) and copies it into the build, so
 * the app needs nothing but its own origin.
 */
function demoPakketPlugin(): Plugin {
  return {
    name: 'pw-demo-pakket',
    configureServer(server) {
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
    },
  };
}

export default defineConfig({
  plugins: [react(), demoPakketPlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 3000, assetsInlineLimit: 0 },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { fs: { allow: [repo] } },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
