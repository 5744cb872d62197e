import type { Pakket } from '@pw/datapackage';
import type { Bronverslag, Melding, Voorbeeld } from '@pw/ingest';
import type { Catalogus, VanWorker, Voortgangsbericht } from './berichten.ts';

/** The result of a load: the report, and the package when it succeeded. */
export interface Uitkomst {
  geslaagd: boolean;
  meldingen: Melding[];
  bronnen: Bronverslag[];
  pakket: Pakket | null;
  duurMs: number;
}

/** Where the work with the ingest worker stands. */
type Fase =
  | { soort: 'rust' }
  | { soort: 'voorbeeld' }
  | { soort: 'bezig'; stap: Voortgangsbericht }
  | { soort: 'klaar'; uitkomst: Uitkomst }
  | { soort: 'afgebroken' }
  | { soort: 'fout'; tekst: string };

export interface Werkertoestand {
  /** The request whose answers count; an answer to any other (an earlier choice, a stopped worker) is ignored. */
  verzoek: number | null;
  fase: Fase;
  /** The previews of the chosen files; null while none are chosen or they are being made. */
  voorbeelden: Voorbeeld[] | null;
  /** Fields and kinds of extract with their labels, from the worker's first preview. */
  catalogus: Catalogus | null;
}

export const BEGINTOESTAND: Werkertoestand = { verzoek: null, fase: { soort: 'rust' }, voorbeelden: null, catalogus: null };

/** What happens: the page asks for something, the worker answers, or the worker fails or is stopped. */
export type Gebeurtenis =
  | { soort: 'voorbeeld-gevraagd'; id: number }
  | { soort: 'laden-gevraagd'; id: number }
  | { soort: 'niets-gekozen' }
  | { soort: 'antwoord'; bericht: VanWorker }
  | { soort: 'werker-fout'; tekst: string }
  /** Cancelling did not stop the load in time, so the worker (and its DuckDB) was terminated. */
  | { soort: 'gestopt' };

/** The protocol with the ingest worker as a pure function of state and event. */
export function werkerStap(t: Werkertoestand, g: Gebeurtenis): Werkertoestand {
  switch (g.soort) {
    case 'voorbeeld-gevraagd':
      return { ...t, verzoek: g.id, fase: { soort: 'voorbeeld' }, voorbeelden: null };
    case 'laden-gevraagd':
      return { ...t, verzoek: g.id, fase: { soort: 'bezig', stap: { fase: 'starten', bestand: '' } } };
    case 'niets-gekozen':
      return { ...t, fase: { soort: 'rust' }, voorbeelden: null };
    case 'werker-fout':
      return { ...t, fase: { soort: 'fout', tekst: g.tekst } };
    case 'gestopt':
      return { ...t, verzoek: null, fase: { soort: 'afgebroken' } };
    case 'antwoord':
      return g.bericht.id === t.verzoek ? beantwoord(t, g.bericht) : t;
  }
}

function beantwoord(t: Werkertoestand, b: VanWorker): Werkertoestand {
  switch (b.soort) {
    case 'voorbeeld':
      return { ...t, fase: { soort: 'rust' }, voorbeelden: b.voorbeelden, catalogus: b.catalogus };
    case 'voortgang':
      return { ...t, fase: { soort: 'bezig', stap: b.stap } };
    case 'klaar': {
      const pakket = b.manifest ? { manifest: b.manifest, bestanden: new Map(b.bestanden) } : null;
      return { ...t, fase: { soort: 'klaar', uitkomst: { geslaagd: b.geslaagd, meldingen: b.meldingen, bronnen: b.bronnen, pakket, duurMs: b.duurMs } } };
    }
    case 'afgebroken':
      return { ...t, fase: { soort: 'afgebroken' } };
    case 'fout':
      return { ...t, fase: { soort: 'fout', tekst: b.tekst } };
  }
}

/** True while the worker is busy for the page (making previews or loading): choosing and loading wait. */
export function isBezig(t: Werkertoestand): boolean {
  return t.fase.soort === 'bezig' || t.fase.soort === 'voorbeeld';
}
