export * from './basis.ts';
export * from './uitkeringen.ts';
export * from './reeksen.ts';
export * from './budget.ts';
export * from './verdeelsleutel.ts';
export * from './kleuren.ts';
export * from './veelvouden.ts';
