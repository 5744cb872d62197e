export * from './markering.ts';
export * from './relaties.ts';
export { bepaalAfscherming, type Afscherming, type Afschermingsinvoer, type Afschermingstelling, type Cel, type Figurenset, type Samenstelling } from './onderdrukking.ts';
export * from './pakket.ts';
export * from './toepassen.ts';
