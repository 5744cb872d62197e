import { useState } from 'react';
import type { Veld, Voorbeeld } from '@pw/ingest';
import { beginKeuzes, metBewaard, metVeld, type Bestandskeuze } from './kolomkeuze.ts';
import { bewaardeKoppeling, bewaarKoppeling, kopHandtekening, naarMapping, vergeetKoppeling } from './koppelingen.ts';

export interface Kolomkeuzes {
  keuzes: Bestandskeuze[];
  zetVeld(bestand: number, kolom: number, veld: Veld | null): void;
  /** Saves the mapping of a file's header in this browser, for the next extract of the same system. */
  bewaar(bestand: number): void;
  vergeet(bestand: number): void;
}

/** The column mapping the user works on, started afresh for every new set of previews. */
export function useKolomkeuzes(voorbeelden: Voorbeeld[] | null): Kolomkeuzes {
  const [staat, zetStaat] = useState<{ van: Voorbeeld[] | null; keuzes: Bestandskeuze[] }>({ van: null, keuzes: [] });
  let keuzes = staat.keuzes;
  if (staat.van !== voorbeelden) {
    // New previews: start from what was recognised and saved (React's "adjust state on a prop change").
    keuzes = beginKeuzes(voorbeelden ?? [], bewaardeKoppeling);
    zetStaat({ van: voorbeelden, keuzes });
  }
  return {
    keuzes,
    zetVeld(bestand, kolom, veld) {
      zetStaat((s) => ({ ...s, keuzes: metVeld(s.keuzes, bestand, kolom, veld) }));
    },
    bewaar(bestand) {
      const k = keuzes[bestand];
      if (!k) return;
      bewaarKoppeling(kopHandtekening(k.voorbeeld.koppen), naarMapping(k.voorbeeld.koppen, k.velden).kolommen!);
      zetStaat((s) => ({ ...s, keuzes: metBewaard(s.keuzes, bestand, true) }));
    },
    vergeet(bestand) {
      const k = keuzes[bestand];
      if (!k) return;
      vergeetKoppeling(kopHandtekening(k.voorbeeld.koppen));
      zetStaat((s) => ({ ...s, keuzes: metBewaard(s.keuzes, bestand, false) }));
    },
  };
}
