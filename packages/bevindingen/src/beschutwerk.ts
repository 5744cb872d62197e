import { formatAantal, formatProcent } from '@pw/format';
import { beschutWerkRealisatie, laatsteRealisatiejaar, type Figuur } from '@pw/metrics';
import { bekend, geenGegevens, type Gebied } from './zinnen.ts';

export interface BeschutWerkinvoer {
  rijen: readonly Figuur[];
  gebieden: readonly Gebied[];
  jaar: number;
}

const plaatsen = (n: number) => `${formatAantal(n)} ${n === 1 ? 'plaats' : 'plaatsen'}`;

/**
 * What the Beschut werk page says: per area the realisatie at the end of the year against the
 * taakstelling (places and percentage, behind or ahead), or, when the year's realisatie is not yet
 * known, the taakstelling and the last year that is.
 */
export function beschutWerkBevindingen({ rijen, gebieden, jaar }: BeschutWerkinvoer): string[] {
  const zinnen: string[] = [];
  for (const g of gebieden) {
    const reeks = beschutWerkRealisatie(rijen, g.code);
    const j = reeks.find((r) => r.jaar === jaar);
    if (!j) {
      zinnen.push(geenGegevens(rijen, 'beschut_werk_taakstelling', g, 'beschut werk', String(jaar)));
      continue;
    }
    if (!bekend(j.taakstelling)) {
      zinnen.push(`De taakstelling beschut werk van ${g.naam} voor ${jaar} is afgeschermd: kleine aantallen worden niet getoond.`);
      continue;
    }
    if (j.realisatie === null) {
      const laatste = laatsteRealisatiejaar(reeks);
      const l = laatste === null ? undefined : reeks.find((r) => r.jaar === laatste);
      zinnen.push(
        `De taakstelling beschut werk van ${g.naam} voor eind ${jaar} is ${plaatsen(j.taakstelling)}; de realisatie van ${jaar} is nog niet bekend.` +
          (l && bekend(l.realisatie) ? ` Eind ${l.jaar} waren er ${formatAantal(l.realisatie)} van de ${plaatsen(l.taakstelling)} gerealiseerd.` : ''),
      );
      continue;
    }
    if (!bekend(j.realisatie)) {
      zinnen.push(`De realisatie beschut werk van ${g.naam} eind ${jaar} is afgeschermd: kleine aantallen worden niet getoond. De taakstelling was ${plaatsen(j.taakstelling)}.`);
      continue;
    }
    const a = j.achterstand!;
    const stand = a === 0 ? 'precies de taakstelling' : `${plaatsen(Math.abs(a))} ${a > 0 ? 'minder' : 'meer'} dan de taakstelling`;
    zinnen.push(
      `Eind ${jaar} had ${g.naam} ${plaatsen(j.realisatie)} beschut werk gerealiseerd bij een taakstelling van ${formatAantal(j.taakstelling)}${bekend(j.percentage) ? ` (${formatProcent(j.percentage)})` : ''}: ${stand}.`,
    );
  }
  return zinnen;
}
