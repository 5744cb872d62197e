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
}

export const STANDAARD_KEUZE: Keuze = {
  gebieden: [{ soort: 'gemeente', code: 'GM1774' }],
  peildatum: null,
  jaar: null,
  indeling: 'huidig',
  basis: 'totaal',
};

const GEMEENTECODE = /^GM\d{4}$/;
const SAMENWERKING = new RegExp(`^${SAMENWERKING_PREFIX}[a-z0-9-]{1,40}$`);

/** Parses an area list from the URL (`GM1774,GM0183` or `SV-noord-oost-twente`); invalid entries are dropped. */
export function leesGebieden(tekst: string | null | undefined): Gebied[] | null {
  if (!tekst) return null;
  const codes = [...new Set(tekst.split(',').map((s) => s.trim()).filter((s) => GEMEENTECODE.test(s) || SAMENWERKING.test(s)))].slice(0, 12);
  if (codes.length === 0) return null;
  const gebieden = codes.map(gebiedVanCode);
  // A cooperation is shown on its own (its figures are the sum of its members).
  const sw = gebieden.find((g) => g.soort === 'samenwerking');
  return sw ? [sw] : gebieden;
}

/** The choice from URL search parameters, falling back to defaults for anything missing or invalid. */
export function keuzeUitUrl(params: URLSearchParams, standaard: Keuze = STANDAARD_KEUZE): Keuze {
  const peildatum = params.get('peildatum');
  const jaar = Number(params.get('jaar'));
  const indeling = params.get('indeling');
  const basis = params.get('basis');
  return {
    gebieden: leesGebieden(params.get('gebied')) ?? standaard.gebieden,
    peildatum: peildatum && isPeildatum(peildatum) ? peildatum : standaard.peildatum,
    jaar: Number.isInteger(jaar) && jaar >= 1990 && jaar <= 2100 ? jaar : standaard.jaar,
    indeling: indeling === 'historisch' || indeling === 'huidig' ? indeling : standaard.indeling,
    basis: INWONERSBASES.includes(basis as Inwonersbasis) ? (basis as Inwonersbasis) : standaard.basis,
  };
}

/** URL search parameters for a choice (only what differs from the defaults). */
export function keuzeNaarUrl(k: Keuze, standaard: Keuze = STANDAARD_KEUZE): URLSearchParams {
  const p = new URLSearchParams();
  p.set('gebied', k.gebieden.map(gebiedCode).join(','));
  if (k.peildatum) p.set('peildatum', k.peildatum);
  if (k.jaar !== null) p.set('jaar', String(k.jaar));
  if (k.indeling !== standaard.indeling) p.set('indeling', k.indeling);
  if (k.basis !== standaard.basis) p.set('basis', k.basis);
  return p;
}
