export * from './keuze.ts';
export * from './weergave.ts';
