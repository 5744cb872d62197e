export * from './gebied.ts';
export * from './indicatoren.ts';
export * from './figuren.ts';
export * from './afgeleid.ts';
export * from './vergelijking.ts';
export * from './beschutwerk.ts';
export * from './budget.ts';
export * from './verdeelsleutel.ts';
