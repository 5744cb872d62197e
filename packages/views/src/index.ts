export * from './keuze.ts';
