export * from './basis.ts';
export * from './uitkeringen.ts';
