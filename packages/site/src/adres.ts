/**
 * Where a published site keeps its package list, relative to the app: a module without imports, so
 * the dashboard can ask for the list before the rest of its code has run (apps/dashboard/src/vroeg.ts).
 */
export const SITELIJST = 'data/pakketten.json';
