// Serves the built dashboard (apps/dashboard/dist) for the browser tests, as `npm start` does.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../../apps/dashboard', import.meta.url));

export default async function setup(project: TestProject) {
  if (!existsSync(`${root}/dist/index.html`)) throw new Error('Bouw eerst het dashboard: npx turbo run build --filter=@pw/dashboard');
  const server = await preview({ root, logLevel: 'silent', preview: { port: 4319, strictPort: false, host: 'localhost' } });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4319/';
  project.provide('appUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
