export * from './csv.ts';
export * from './figuren.ts';
export * from './afscherming.ts';
export * from './werkboek.ts';
