import type { Rapport, Weergave } from './weergave.ts';

/**
 * Importing views or reports next to the ones already saved: nothing is ever replaced silently.
 * - The same id with the same content: already there, left as it is (importing a file twice adds nothing).
 * - The same id with other content: both are kept; the imported one gets a new id and its name a
 *   number, "Uitkeringen Dinkelland (2)", the first free one.
 * - A new id: added as it is. An entry a file holds twice is imported once.
 */
export interface Importuitkomst<T> {
  /** What to save: new ones and renamed copies, in the order of the file. */
  toevoegen: T[];
  /** How many were already there with the same content. */
  alAanwezig: number;
  /** Imported ones whose id was taken by another: their name in the file and the name they got. */
  hernoemd: Array<{ van: string; naar: string }>;
}

interface Soort<T> {
  naam: (x: T) => string;
  metNaamEnId: (x: T, naam: string, id: string) => T;
  maxNaam: number;
}

/** The first free "naam (n)", n ≥ 2, shortening the name so the result stays within `max` characters. */
function vrijeNaam(naam: string, bezet: ReadonlySet<string>, max: number): string {
  const basis = naam.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const achter = ` (${n})`;
    const kandidaat = `${Array.from(basis).slice(0, max - achter.length).join('').trimEnd()}${achter}`;
    if (!bezet.has(kandidaat) && kandidaat !== naam) return kandidaat;
  }
}

function voegToe<T extends { id: string }>(soort: Soort<T>, bestaand: readonly T[], binnen: readonly T[], nieuweId: () => string): Importuitkomst<T> {
  const perId = new Map(bestaand.map((x) => [x.id, JSON.stringify(x)]));
  // A renamed copy takes no name that a saved one or any entry of this import has.
  const namen = new Set([...bestaand, ...binnen].map(soort.naam));
  const uit: Importuitkomst<T> = { toevoegen: [], alAanwezig: 0, hernoemd: [] };
  /** Entries of this import handled already (a file may hold the same entry twice). */
  const gezien = new Set<string>();
  for (const x of binnen) {
    const json = JSON.stringify(x);
    const eerder = perId.get(x.id);
    if (eerder === json || gezien.has(json)) {
      uit.alAanwezig++;
      continue;
    }
    gezien.add(json);
    let y = x;
    if (eerder !== undefined) {
      let id = nieuweId();
      for (let poging = 0; perId.has(id); poging++) {
        if (poging > 100) throw new Error('Er is geen nieuwe id te vinden.');
        id = nieuweId();
      }
      y = soort.metNaamEnId(x, vrijeNaam(soort.naam(x), namen, soort.maxNaam), id);
      uit.hernoemd.push({ van: soort.naam(x), naar: soort.naam(y) });
    }
    perId.set(y.id, JSON.stringify(y));
    namen.add(soort.naam(y));
    uit.toevoegen.push(y);
  }
  return uit;
}

const nieuweUuid = () => crypto.randomUUID();

/** Views from a file next to the saved ones (see above). */
export function importeerWeergaven(bestaand: readonly Weergave[], binnen: readonly Weergave[], nieuweId: () => string = nieuweUuid): Importuitkomst<Weergave> {
  return voegToe({ naam: (w) => w.naam, metNaamEnId: (w, naam, id) => ({ ...w, naam, id }), maxNaam: 120 }, bestaand, binnen, nieuweId);
}

/** Reports from files next to the saved ones (see above). */
export function importeerRapporten(bestaand: readonly Rapport[], binnen: readonly Rapport[], nieuweId: () => string = nieuweUuid): Importuitkomst<Rapport> {
  return voegToe({ naam: (r) => r.titel, metNaamEnId: (r, titel, id) => ({ ...r, titel, id }), maxNaam: 200 }, bestaand, binnen, nieuweId);
}
