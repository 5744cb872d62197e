import { useEffect, useReducer, useState } from 'react';
import { ingestVerbinding, type IngestVerbinding } from './verbinding.ts';
import { BEGINTOESTAND, werkerStap, type Werkertoestand } from './werker.ts';

interface IngestWorker extends Omit<IngestVerbinding, 'sluit'> {
  toestand: Werkertoestand;
}

/**
 * The ingest worker of "Gegevens laden" for a React page: the state of the work with it
 * (`werkerStap`) and the requests (`ingestVerbinding`); the worker is terminated when the page closes.
 */
export function useIngestWorker(): IngestWorker {
  const [toestand, stap] = useReducer(werkerStap, BEGINTOESTAND);
  const [verbinding] = useState(() => ingestVerbinding(() => new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' }), stap));
  useEffect(() => () => verbinding.sluit(), [verbinding]);
  return { toestand, bekijk: (...a) => verbinding.bekijk(...a), leeg: () => verbinding.leeg(), laad: (...a) => verbinding.laad(...a), annuleer: () => verbinding.annuleer() };
}
