import type { Engine } from '@pw/engine';
import { alleGebieden, figuren, gebiedCtes, SAMENWERKING_PREFIX, type Figuur, type Gebied, type Indeling } from '@pw/metrics';
import { bepaalAfscherming, type Afscherming, type Samenstelling } from './onderdrukking.ts';

/** Both indelingen: a merged municipality's predecessors (as recorded) and its successor (today's boundaries) are tied by a sum. */
export const INDELINGEN: readonly Indeling[] = ['historisch', 'huidig'];

/**
 * The areas of an indeling that are sums of other areas, from the same `delen` metrics sums over:
 * a cooperation is the sum of its members in the same indeling; a municipality under today's
 * boundaries that took in others is the sum of the recorded municipalities (as recorded).
 */
function samenstellingSql(gebieden: readonly Gebied[], indeling: Indeling): string {
  return `WITH ${gebiedCtes({ gebieden, indeling })} SELECT DISTINCT gebied_code, lid_code, code, taak FROM delen ORDER BY ALL`;
}

function samenstellingenUit(rijen: ReadonlyArray<{ gebied_code: string; lid_code: string; code: string; taak: string }>, indeling: Indeling): Samenstelling[] {
  const perGebied = new Map<string, Array<{ lid_code: string; code: string; taak: string }>>();
  for (const r of rijen) {
    let l = perGebied.get(r.gebied_code);
    if (!l) perGebied.set(r.gebied_code, (l = []));
    l.push(r);
  }
  const uit: Samenstelling[] = [];
  for (const [gebied, delen] of perGebied) {
    if (gebied.startsWith(SAMENWERKING_PREFIX)) {
      // A cooperation per task: its figure of a task sums the members that hold that task.
      for (const taak of [...new Set(delen.map((d) => d.taak))].sort()) {
        const leden = [...new Set(delen.filter((d) => d.taak === taak).map((d) => d.lid_code))];
        if (leden.length) uit.push({ indeling, gebied, taak, delen: leden.map((code) => ({ indeling, code })) });
      }
    } else if (indeling === 'huidig' && delen.some((d) => d.code !== gebied)) {
      uit.push({ indeling, gebied, delen: [...new Set(delen.map((d) => d.code))].map((code) => ({ indeling: 'historisch' as const, code })) });
    }
  }
  return uit;
}

/** What the decision is made over for a package: the all-areas figures of both indelingen and how areas are composed. */
export interface Pakketfiguren {
  sets: Array<{ indeling: Indeling; rijen: Figuur[] }>;
  samenstellingen: Samenstelling[];
}

/**
 * The all-areas figures of both indelingen of the package loaded in `engine` (`gemeenten`: the
 * manifest's municipalities with data), and the areas' composition. `figurenVan` lets a caller
 * that already has the figures of an indeling (the dashboard) pass them instead.
 */
export async function pakketfiguren(engine: Engine, gemeenten: readonly string[], figurenVan?: (indeling: Indeling) => Promise<Figuur[] | undefined>): Promise<Pakketfiguren> {
  const sets: Pakketfiguren['sets'] = [];
  const samenstellingen: Samenstelling[] = [];
  for (const indeling of INDELINGEN) {
    const gebieden = alleGebieden(gemeenten, indeling);
    sets.push({ indeling, rijen: (await figurenVan?.(indeling)) ?? (await figuren(engine, { gebieden, indeling })) });
    samenstellingen.push(...samenstellingenUit(await engine.query<{ gebied_code: string; lid_code: string; code: string; taak: string }>(samenstellingSql(gebieden, indeling)), indeling));
  }
  return { sets, samenstellingen };
}

/** The suppression of a data package: decided once over all its figures (see `bepaalAfscherming`). */
export async function afschermingVanPakket(engine: Engine, gemeenten: readonly string[]): Promise<Afscherming> {
  return bepaalAfscherming(await pakketfiguren(engine, gemeenten));
}
