export { GEEN_PUBLICATIE, leesSitelijst, pakketMap, SITE_SCHEMA, SITELIJST, type Sitelijst } from './lijst.ts';
export { PAGINAROUTES } from './routes.ts';
