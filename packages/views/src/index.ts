export * from './keuze.ts';
export * from './weergave.ts';
export * from './importeren.ts';
