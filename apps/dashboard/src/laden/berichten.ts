import type { Manifest } from '@pw/datapackage';
import type { Bronverslag, Extractsoort, Mapping, Melding, Veld, Voorbeeld } from '@pw/ingest';

/**
 * The messages between the "Gegevens laden" page and its ingest worker. Personal data (the preview
 * rows of the user's own file) only travels in `voorbeeld` answers, which the page keeps in memory
 * and never stores.
 */
export type NaarWorker =
  | { soort: 'voorbeeld'; id: number; bestanden: File[] }
  | { soort: 'laden'; id: number; bestanden: File[]; mappings: Record<string, Mapping | undefined>; cbsPeriode?: number }
  | { soort: 'annuleer'; id: number };

export interface Voortgangsbericht {
  fase: string;
  bestand: string;
  rijen?: number;
  fractie?: number;
}

/**
 * The fields and kinds of extract with their labels. Sent by the worker so the page does not
 * import @pw/ingest itself (that would put ExcelJS into the page's bundle).
 */
export interface Catalogus {
  velden: Array<[Veld, string]>;
  soorten: Record<Extractsoort, string>;
}

export type VanWorker =
  | { soort: 'voorbeeld'; id: number; voorbeelden: Voorbeeld[]; catalogus: Catalogus }
  | { soort: 'voortgang'; id: number; stap: Voortgangsbericht }
  | {
      soort: 'klaar';
      id: number;
      geslaagd: boolean;
      meldingen: Melding[];
      bronnen: Bronverslag[];
      manifest: Manifest | null;
      /** Package files (name → bytes); their buffers are transferred. */
      bestanden: Array<[string, Uint8Array]>;
      duurMs: number;
    }
  | { soort: 'afgebroken'; id: number }
  | { soort: 'fout'; id: number; tekst: string };
