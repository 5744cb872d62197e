import type { Engine } from '@pw/engine';
import type { Mapping } from './kolommen.ts';
import type { Meldingen } from './melding.ts';
import type { Gelezen } from './lezen.ts';

/** What every ingest step needs: the engine, the message list, and this run's secret salt. */
export interface Context {
  engine: Engine;
  meldingen: Meldingen;
  /** SQL literal of a random salt that exists only for this run (never written anywhere). */
  zout: string;
}

/** One part that was read, with what ingest learned about it. */
export interface Deel {
  id: number;
  gelezen: Gelezen;
  mapping: Mapping | undefined;
}

/** Table names used during a run; all start with `ingest_` and are dropped at the end. */
export const T = {
  bron: 'ingest_bron',
  uitk: 'ingest_uitk',
  per: 'ingest_per',
  extra: 'ingest_extra',
  standper: 'ingest_standper',
  weg: 'ingest_weg',
  dekkingU: 'ingest_dekking_u',
  doelgroep: 'ingest_doelgroep',
  dg: 'ingest_dg',
  dekkingD: 'ingest_dekking_d',
  budget: 'ingest_budget',
  beschut: 'ingest_beschut',
  totalen: 'ingest_totalen',
  herindeling: 'ingest_herindeling',
  wsw: 'ingest_wsw',
  dekkingW: 'ingest_dekking_w',
  wswKengetallen: 'ingest_wsw_kengetallen',
} as const;

/** Canonical table of one part. */
export const deelTabel = (soort: 'u' | 'd' | 'b' | 'w', id: number) => `ingest_${soort}_${id}`;


