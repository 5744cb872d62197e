export * from './manifest.ts';
export * from './pakket.ts';
