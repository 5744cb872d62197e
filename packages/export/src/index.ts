export * from './csv.ts';
export * from './figuren.ts';
export * from './neutraliseren.ts';
export * from './werkboek.ts';
