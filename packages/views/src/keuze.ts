import { gebiedCode, gebiedVanCode, SAMENWERKING_PREFIX, type Gebied, type Indeling } from '@pw/metrics';
import { INWONERSBASES, isPeildatum, type Inwonersbasis, type IsoDatum } from '@pw/model';

/**
 * The choice every page reads: which areas, which peildatum (stocks) or year (yearly figures),
 * how merged municipalities are shown, and the population base for ratios.
 */
export interface Keuze {
  /** One or more municipalities, or one cooperation. */
  gebieden: Gebied[];
  /** null: the latest peildatum with data. */
  peildatum: IsoDatum | null;
  /** null: the year of the peildatum. */
  jaar: number | null;
  indeling: Indeling;
  basis: Inwonersbasis;
  /** The data package (manifest hash) to show; null: the default one. A saved view sets it. */
  pakket: string | null;
}

export const STANDAARD_KEUZE: Keuze = {
  gebieden: [{ soort: 'gemeente', code: 'GM1774' }],
  peildatum: null,
  jaar: null,
  indeling: 'huidig',
  basis: 'totaal',
  pakket: null,
};

const GEMEENTECODE = /^GM\d{4}$/;
const SAMENWERKING = new RegExp(`^${SAMENWERKING_PREFIX}[a-z0-9-]{1,40}$`);

/** Parses an area list (`GM1774,GM0183` or `SV-noord-oost-twente`); invalid entries are dropped. */
function leesGebieden(tekst: string | null | undefined): Gebied[] | null {
  if (!tekst) return null;
  const codes = [...new Set(tekst.split(',').map((s) => s.trim()).filter((s) => GEMEENTECODE.test(s) || SAMENWERKING.test(s)))].slice(0, 12);
  if (codes.length === 0) return null;
  const gebieden = codes.map(gebiedVanCode);
  // A cooperation is shown on its own (its figures are the sum of its members).
  const sw = gebieden.find((g) => g.soort === 'samenwerking');
  return sw ? [sw] : gebieden;
}

/**
 * One parser and serialiser per URL parameter: the app's URL-state hooks and `keuzeUitUrl` both use
 * these, so there is one definition of what a valid choice is. `lees` returns null for invalid input.
 */
export const KEUZE_PARAMETERS = {
  gebied: { lees: leesGebieden, schrijf: (g: Gebied[]) => g.map(gebiedCode).join(',') },
  peildatum: { lees: (t: string | null): IsoDatum | null => (t && isPeildatum(t) ? t : null), schrijf: (d: IsoDatum) => d },
  jaar: {
    lees: (t: string | null): number | null => {
      const j = Number(t);
      return t && Number.isInteger(j) && j >= 1990 && j <= 2100 ? j : null;
    },
    schrijf: (j: number) => String(j),
  },
  indeling: { lees: (t: string | null): Indeling | null => (t === 'historisch' || t === 'huidig' ? t : null), schrijf: (i: Indeling) => i },
  basis: { lees: (t: string | null): Inwonersbasis | null => (INWONERSBASES.includes(t as Inwonersbasis) ? (t as Inwonersbasis) : null), schrijf: (b: Inwonersbasis) => b },
  pakket: { lees: (t: string | null): string | null => (t && /^[0-9a-f]{64}$/.test(t) ? t : null), schrijf: (h: string) => h },
} as const;

/** The choice from URL search parameters, falling back to defaults for anything missing or invalid. */
export function keuzeUitUrl(params: URLSearchParams, standaard: Keuze = STANDAARD_KEUZE): Keuze {
  const P = KEUZE_PARAMETERS;
  return {
    gebieden: P.gebied.lees(params.get('gebied')) ?? standaard.gebieden,
    peildatum: P.peildatum.lees(params.get('peildatum')) ?? standaard.peildatum,
    jaar: P.jaar.lees(params.get('jaar')) ?? standaard.jaar,
    indeling: P.indeling.lees(params.get('indeling')) ?? standaard.indeling,
    basis: P.basis.lees(params.get('basis')) ?? standaard.basis,
    pakket: P.pakket.lees(params.get('pakket')) ?? standaard.pakket,
  };
}

/** URL search parameters for a choice (only what differs from the defaults, except the area). */
export function keuzeNaarUrl(k: Keuze, standaard: Keuze = STANDAARD_KEUZE): URLSearchParams {
  const P = KEUZE_PARAMETERS;
  const p = new URLSearchParams();
  p.set('gebied', P.gebied.schrijf(k.gebieden));
  if (k.peildatum) p.set('peildatum', P.peildatum.schrijf(k.peildatum));
  if (k.jaar !== null) p.set('jaar', P.jaar.schrijf(k.jaar));
  if (k.indeling !== standaard.indeling) p.set('indeling', P.indeling.schrijf(k.indeling));
  if (k.basis !== standaard.basis) p.set('basis', P.basis.schrijf(k.basis));
  if (k.pakket) p.set('pakket', P.pakket.schrijf(k.pakket));
  return p;
}
