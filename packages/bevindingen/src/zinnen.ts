import { isAfgeschermd } from '@pw/afscherming';
import { formatAantal, formatPeriode, formatProcent, formatVerschil } from '@pw/format';
import { reeksBereik, type Figuur } from '@pw/metrics';

/** An area as a page shows it: its code in the figures and its name in words. */
export interface Gebied {
  code: string;
  naam: string;
}

/** A value that can be stated: present and not masked (a masked value is NaN, see @pw/afscherming). */
export const bekend = (w: number | null | undefined): w is number => typeof w === 'number' && !isAfgeschermd(w) && Number.isFinite(w);

/** Present but masked: the sentence may say that there is a figure, never what it is. */
export const afgeschermd = (w: number | null | undefined): boolean => isAfgeschermd(w);

/** "6 minder dan een jaar eerder (−2,3%)", "12 meer dan een jaar eerder (+4,6%)", "evenveel als een jaar eerder". */
export function verschilTekst(verschil: number, fractie: number | null, eerder: string): string {
  if (verschil === 0) return `evenveel als ${eerder}`;
  const procent = fractie === null ? '' : ` (${formatVerschil(fractie, formatProcent)})`;
  return `${formatAantal(Math.abs(verschil))} ${verschil > 0 ? 'meer' : 'minder'} dan ${eerder}${procent}`;
}

/**
 * "steeg het aantal met 1,6%", "daalde het aantal met 1,1%", "bleef het aantal gelijk": the
 * direction and size of a relative change, never why.
 */
export function richtingTekst(fractie: number, wat: string): string {
  if (fractie === 0) return `bleef ${wat} gelijk`;
  if (Math.abs(fractie) < 0.0005) return `veranderde ${wat} nauwelijks (minder dan 0,1%)`;
  return `${fractie > 0 ? 'steeg' : 'daalde'} ${wat} met ${formatProcent(Math.abs(fractie))}`;
}

/**
 * "Er zijn geen gegevens over uitkeringen van Tubbergen vóór 1-1-2017.": missing data said in
 * words, the same wording as the pages use, so a gap is never read as zero.
 */
export function geenGegevens(rijen: readonly Figuur[], indicator: string, gebied: Gebied, wat: string, wanneer: string): string {
  const bereik = reeksBereik(rijen, indicator, gebied.code);
  if (!bereik) return `Er zijn geen gegevens over ${wat} van ${gebied.naam}.`;
  const w = wanneer.slice(0, bereik.eerste.length);
  if (w < bereik.eerste) return `Er zijn geen gegevens over ${wat} van ${gebied.naam} vóór ${formatPeriode(bereik.eerste)}.`;
  if (w > bereik.laatste) return `Er zijn geen gegevens over ${wat} van ${gebied.naam} na ${formatPeriode(bereik.laatste)}.`;
  return `Er zijn geen gegevens over ${wat} van ${gebied.naam} in ${formatPeriode(w)}.`;
}

/** The sentence for a figure that is there but masked: it says so, and gives nothing that would let it be worked out. */
export const afgeschermdTekst = (wat: string, gebied: Gebied, wanneer: string) =>
  `Het aantal ${wat} van ${gebied.naam} ${wanneer} is afgeschermd: kleine aantallen worden niet getoond.`;
