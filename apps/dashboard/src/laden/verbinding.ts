import type { Mapping } from '@pw/ingest';
import type { NaarWorker, VanWorker } from './berichten.ts';
import type { Gebeurtenis } from './werker.ts';

/** How long a cancelled load may take to stop between two steps before its worker is terminated. */
export const STOPTIJD_MS = 3000;

/** The part of a `Worker` the connection uses (a stand-in in the tests). */
export interface IngestWerker {
  postMessage(b: NaarWorker): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<VanWorker>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

export interface IngestVerbinding {
  /** Asks for previews of the chosen files (the worker reads their first bytes). */
  bekijk(bestanden: File[]): void;
  /** No files chosen (any more). */
  leeg(): void;
  /** `cbsPeriode`: the year of CBS files without a Perioden column (issue 12). */
  laad(bestanden: File[], mappings: Record<string, Mapping | undefined>, cbsPeriode?: number): void;
  /** Asks the worker to stop the load; if it has not stopped after STOPTIJD_MS, it is terminated. */
  annuleer(): void;
  /** Terminates the worker (the page closes); the next request starts a new one. */
  sluit(): void;
}

/**
 * The connection with the ingest worker, without React: it numbers the requests, starts the
 * worker on first use, turns its answers into events for `werkerStap`, and runs the stop timer.
 */
export function ingestVerbinding(maakWerker: () => IngestWerker, stap: (g: Gebeurtenis) => void): IngestVerbinding {
  let werker: IngestWerker | null = null;
  let laatste = 0;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;

  function stuur(b: NaarWorker): void {
    if (!werker) {
      const w = maakWerker();
      w.onmessage = (ev) => {
        const antwoord = ev.data;
        // A result, an abort or an error of the current request ends the stop timer.
        if (antwoord.id === laatste && antwoord.soort !== 'voortgang' && antwoord.soort !== 'voorbeeld') clearTimeout(stopTimer);
        stap({ soort: 'antwoord', bericht: antwoord });
      };
      w.onerror = (ev) => stap({ soort: 'werker-fout', tekst: ev.message || 'De verwerking in de achtergrond is gestopt.' });
      werker = w;
    }
    werker.postMessage(b);
  }

  function sluit(): void {
    clearTimeout(stopTimer);
    werker?.terminate();
    werker = null;
  }

  return {
    bekijk(bestanden) {
      const id = ++laatste;
      stap({ soort: 'voorbeeld-gevraagd', id });
      stuur({ soort: 'voorbeeld', id, bestanden });
    },
    leeg() {
      stap({ soort: 'niets-gekozen' });
    },
    laad(bestanden, mappings, cbsPeriode) {
      const id = ++laatste;
      stap({ soort: 'laden-gevraagd', id });
      stuur({ soort: 'laden', id, bestanden, mappings, cbsPeriode });
    },
    annuleer() {
      stuur({ soort: 'annuleer', id: laatste });
      clearTimeout(stopTimer);
      stopTimer = setTimeout(() => {
        sluit();
        stap({ soort: 'gestopt' });
      }, STOPTIJD_MS);
    },
    sluit,
  };
}
