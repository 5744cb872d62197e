export { GEEN_PUBLICATIE, leesSitelijst, pakketMap, SITELIJST, type Sitelijst } from './lijst.ts';
export { PAGINAROUTES } from './routes.ts';
