export { ingest, type IngestResultaat, type Bronverslag, type Onderdeelverslag } from './ingest.ts';
export { meldingTekst, type Melding } from './melding.ts';
export { VELDEN, EXTRACTSOORTEN, type Mapping, type Veld, type Extractsoort } from './kolommen.ts';
export type { Bronbestand } from './bron.ts';
export { leesMapping, Mappingfout } from './mapping.ts';

export { voorbeeldVan, VOORBEELD_BYTES, type Voorbeeld } from './voorbeeld.ts';
export { leesCellen } from './cellen.ts';
