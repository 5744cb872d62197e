export { ingest, type IngestOpties, type IngestResultaat, type Bronverslag, type Onderdeelverslag } from './ingest.ts';
export { meldingTekst, type Melding } from './melding.ts';
export { VELDEN, EXTRACTSOORTEN, type Mapping, type Veld, type Extractsoort } from './kolommen.ts';
export type { Bronbestand } from './bron.ts';
export type { Voortgang } from './lezen.ts';
export { voorbeeldVan, VOORBEELD_BYTES, type Voorbeeld } from './voorbeeld.ts';
