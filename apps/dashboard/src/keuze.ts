import { createParser, useQueryStates } from 'nuqs';
import { gebiedCode } from '@pw/metrics';
import { jaarVan, type IsoDatum } from '@pw/model';
import { KEUZE_PARAMETERS as P, STANDAARD_KEUZE, type Keuze } from '@pw/views';

// URL state through nuqs, with the parsers of @pw/views: one definition of a valid choice.
const parsers = {
  gebied: createParser({ parse: P.gebied.lees, serialize: P.gebied.schrijf, eq: (a, b) => P.gebied.schrijf(a) === P.gebied.schrijf(b) }).withDefault(STANDAARD_KEUZE.gebieden),
  peildatum: createParser({ parse: P.peildatum.lees, serialize: P.peildatum.schrijf }),
  jaar: createParser({ parse: P.jaar.lees, serialize: P.jaar.schrijf }),
  indeling: createParser({ parse: P.indeling.lees, serialize: P.indeling.schrijf }).withDefault(STANDAARD_KEUZE.indeling),
  basis: createParser({ parse: P.basis.lees, serialize: P.basis.schrijf }).withDefault(STANDAARD_KEUZE.basis),
};

/** The choice, read from and written to the URL (so a reload or a shared link restores it). */
export function useKeuze(): [Keuze, (wijziging: Partial<Keuze>) => void] {
  const [s, zet] = useQueryStates(parsers, { history: 'replace' });
  const keuze: Keuze = { gebieden: s.gebied, peildatum: s.peildatum, jaar: s.jaar, indeling: s.indeling, basis: s.basis };
  const wijzig = (w: Partial<Keuze>) =>
    void zet({
      ...(w.gebieden ? { gebied: w.gebieden } : {}),
      ...('peildatum' in w ? { peildatum: w.peildatum ?? null } : {}),
      ...('jaar' in w ? { jaar: w.jaar ?? null } : {}),
      ...(w.indeling ? { indeling: w.indeling } : {}),
      ...(w.basis ? { basis: w.basis } : {}),
    });
  return [keuze, wijzig];
}

/** The peildatum and year a page shows: the chosen ones, or the latest in the data. */
export function effectief(keuze: Keuze, laatste: IsoDatum): { peildatum: IsoDatum; jaar: number } {
  const peildatum = keuze.peildatum ?? laatste;
  return { peildatum, jaar: keuze.jaar ?? jaarVan(peildatum) };
}

export function keuzeSleutel(keuze: Keuze): string {
  return `${keuze.gebieden.map(gebiedCode).join(',')}|${keuze.indeling}`;
}
