import { opsomming } from '@pw/format';
import { inwonersstatus, type Inwonersbasis, type Inwonersstatus } from '@pw/model';
import type { Figuur } from './figuren.ts';

/** Where an inhabitants figure comes from: one status, or `gemengd` for an area whose members' figures differ (a printed one plus an estimate). */
export interface Inwonersherkomst {
  status: Inwonersstatus | 'gemengd';
  /** As it reads next to the number: "bron 000", "schatting", "deels bron 000, deels schatting". */
  tekst: string;
}

/**
 * The herkomst of the inhabitants figure of an area on 1 January of `jaar` for a population base,
 * from the figures' `bron` dimensions (indicator `inwoners`); null when the figure is not there.
 * Every page that shows inhabitants says this next to the number (issue 11), so an estimate is
 * never called "CBS".
 */
export function inwonersHerkomst(rijen: readonly Figuur[], code: string, jaar: number, basis: Inwonersbasis = 'totaal'): Inwonersherkomst | null {
  const dimensie = basis === 'totaal' ? 'bron' : `bron-${basis}`;
  const bronnen = [...new Set(rijen.filter((r) => r.indicator === 'inwoners' && r.gemeente_code === code && r.periode === String(jaar) && r.dimensie === dimensie && r.waarde > 0).map((r) => r.categorie))].sort();
  if (!bronnen.length) return null;
  const statussen = new Set(bronnen.map(inwonersstatus));
  if (statussen.size === 1) return { status: [...statussen][0]!, tekst: opsomming(bronnen) };
  return { status: 'gemengd', tekst: `deels ${bronnen.join(', deels ')}` };
}
