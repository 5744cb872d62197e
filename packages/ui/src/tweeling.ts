import { createContext, useCallback, useState } from 'react';
import type { Grafiek, Tabel } from '@pw/charts';

/**
 * Exports from the screen with small numbers masked. The screen shows the controller every value;
 * what leaves it (CSV, XLSX, PNG) must carry the masking decided for the whole package, also in
 * everything computed from a masked count (a share, a sum, an average). So the page is rendered a
 * second time, hidden, in print mode with masked figures (its *twin*); its charts and tables do not
 * draw but register what they would show, and an export takes the masked table or chart with the
 * same caption from there. The twin is rendered only after the first masked export was asked for.
 */
export interface Afgeschermd {
  tabel: Tabel;
  grafiek?: Grafiek;
}

/** What a chart or table in the twin calls instead of drawing: register, and unregister on change. */
export interface Verzameling {
  registreer(a: Afgeschermd): () => void;
}
export const VerzamelContext = createContext<Verzameling | null>(null);

const WACHTTIJD_MS = 60_000;

/** What the twin's charts and tables registered, by caption, and who waits for which caption. Framework-free (tested in Node). */
export class Tweelingregister implements Verzameling {
  private readonly register = new Map<string, Afgeschermd[]>();
  private readonly wachtend = new Map<string, Array<(a: Afgeschermd) => void>>();

  constructor(private readonly wachttijdMs = WACHTTIJD_MS) {}

  registreer(a: Afgeschermd): () => void {
    const sleutel = a.tabel.bijschrift;
    this.register.set(sleutel, [...(this.register.get(sleutel) ?? []), a]);
    for (const klaar of this.wachtend.get(sleutel) ?? []) klaar(a);
    this.wachtend.delete(sleutel);
    return () => {
      const l = this.register.get(sleutel)?.filter((x) => x !== a) ?? [];
      if (l.length) this.register.set(sleutel, l);
      else this.register.delete(sleutel);
    };
  }

  /** The masked table or chart with this caption: at once when the twin has it, else when it registers (or an error after a minute). */
  vraag(bijschrift: string): Promise<Afgeschermd> {
    const er = this.register.get(bijschrift)?.[0];
    if (er) return Promise.resolve(er);
    return new Promise<Afgeschermd>((klaar, mis) => {
      const t = setTimeout(() => mis(new Error('De afgeschermde versie van deze tabel kon niet worden gemaakt. Probeer het opnieuw, of zet Kleine aantallen afschermen uit.')), this.wachttijdMs);
      this.wachtend.set(bijschrift, [
        ...(this.wachtend.get(bijschrift) ?? []),
        (a) => {
          clearTimeout(t);
          klaar(a);
        },
      ]);
    });
  }
}

/** The registry of a twin and the way to ask it for a table: for the app's export frame. The twin is rendered from the first question on (`actief`). */
export function useTweeling(): { vraag: (bijschrift: string) => Promise<Afgeschermd>; actief: boolean; verzameling: Verzameling } {
  const [actief, zetActief] = useState(false);
  const [register] = useState(() => new Tweelingregister());
  const vraag = useCallback(
    (bijschrift: string) => {
      zetActief(true);
      return register.vraag(bijschrift);
    },
    [register],
  );
  return { vraag, actief, verzameling: register };
}
