export * from './csv.ts';
export * from './figuren.ts';
