import { createContext, useContext } from 'react';
import { createParser, useQueryStates } from 'nuqs';
import { useLocation } from 'react-router';
import { jaarVan, type IsoDatum } from '@pw/model';
import { KEUZE_PARAMETERS as P, STANDAARD_KEUZE, type Keuze } from '@pw/views';

/** URL state through nuqs, with the parsers of @pw/views: one definition of a valid choice. */
export const KEUZE_PARSERS = {
  gebied: createParser({ parse: P.gebied.lees, serialize: P.gebied.schrijf, eq: (a, b) => P.gebied.schrijf(a) === P.gebied.schrijf(b) }).withDefault(STANDAARD_KEUZE.gebieden),
  peildatum: createParser({ parse: P.peildatum.lees, serialize: P.peildatum.schrijf }),
  jaar: createParser({ parse: P.jaar.lees, serialize: P.jaar.schrijf }),
  indeling: createParser({ parse: P.indeling.lees, serialize: P.indeling.schrijf }).withDefault(STANDAARD_KEUZE.indeling),
  basis: createParser({ parse: P.basis.lees, serialize: P.basis.schrijf }).withDefault(STANDAARD_KEUZE.basis),
  pakket: createParser({ parse: P.pakket.lees, serialize: P.pakket.schrijf }),
};

/** The URL parameters as nuqs reads them (parsed, defaults applied). */
export interface Urlstaat {
  gebied: Keuze['gebieden'];
  peildatum: Keuze['peildatum'];
  jaar: Keuze['jaar'];
  indeling: Keuze['indeling'];
  basis: Keuze['basis'];
  pakket: Keuze['pakket'];
}

/** The choice from the URL parameters. */
export function keuzeUitUrlstaat(s: Urlstaat): Keuze {
  return { gebieden: s.gebied, peildatum: s.peildatum, jaar: s.jaar, indeling: s.indeling, basis: s.basis, pakket: s.pakket };
}

/**
 * The URL parameters a change of choice writes: only what the change names; an emptied peildatum,
 * year or package (null) removes its parameter, so the page falls back to the latest data.
 */
export function urlstaatVoor(w: Partial<Keuze>): Partial<{ [K in keyof Urlstaat]: Urlstaat[K] | null }> {
  return {
    ...(w.gebieden ? { gebied: w.gebieden } : {}),
    ...('peildatum' in w ? { peildatum: w.peildatum ?? null } : {}),
    ...('jaar' in w ? { jaar: w.jaar ?? null } : {}),
    ...(w.indeling ? { indeling: w.indeling } : {}),
    ...(w.basis ? { basis: w.basis } : {}),
    ...('pakket' in w ? { pakket: w.pakket ?? null } : {}),
  };
}

/**
 * A fixed choice for everything below it (a report renders saved views this way): pages read it
 * instead of the URL, and cannot change it.
 */
export const KeuzeOverride = createContext<Keuze | null>(null);

/**
 * The data package of the choice, straight from the router's location (which every component sees
 * in the same render), so the frame and the page never disagree on which package is shown.
 */
export function usePakketHash(): string | null {
  const override = useContext(KeuzeOverride);
  const { search } = useLocation();
  return override ? override.pakket : P.pakket.lees(new URLSearchParams(search).get('pakket'));
}

/** The choice, read from and written to the URL (so a reload or a shared link restores it). */
export function useKeuze(): [Keuze, (wijziging: Partial<Keuze>) => void] {
  // Not shallow: the router's location follows, so links that carry the choice (the navigation) and
  // everything that reads the location see the same choice in the same render.
  const [s, zet] = useQueryStates(KEUZE_PARSERS, { history: 'replace', shallow: false });
  const override = useContext(KeuzeOverride);
  const keuze: Keuze = override ?? keuzeUitUrlstaat(s);
  const wijzig = (w: Partial<Keuze>) => (override ? undefined : void zet(urlstaatVoor(w)));
  return [keuze, wijzig];
}

/** The peildatum and year a page shows: the chosen ones, or the latest in the data (and that peildatum's year). */
export function effectief(keuze: Pick<Keuze, 'peildatum' | 'jaar'>, laatste: IsoDatum): { peildatum: IsoDatum; jaar: number } {
  const peildatum = keuze.peildatum ?? laatste;
  return { peildatum, jaar: keuze.jaar ?? jaarVan(peildatum) };
}
