// Serves the built dashboard (apps/dashboard/dist) for the browser tests, as `npm start` does.
import { serveerGebouwdeApp } from '@pw/headless';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  const server = await serveerGebouwdeApp(4319);
  project.provide('appUrl', server.url);
  return () => server.sluit();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
