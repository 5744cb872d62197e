export * from './markering.ts';
export * from './relaties.ts';
export { bepaalAfscherming, type Afschermingsbesluit, type Samenstelling } from './onderdrukking.ts';
export * from './pakket.ts';
export * from './toepassen.ts';
