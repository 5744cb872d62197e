import { GROOTTEKLASSEN, klasseVan, type Klasse } from '@pw/model';
import { verdeling } from './afgeleid.ts';
import type { Figuur } from './figuren.ts';
import { SAMENWERKING_PREFIX } from './gebied.ts';

/**
 * Benchmarks: how an area compares with the other municipalities in the data, and with the
 * average of the municipalities of similar size (CBS size classes, `GROOTTEKLASSEN` in @pw/model).
 */
function grootteklasse(inwoners: number): Klasse {
  return klasseVan(GROOTTEKLASSEN, inwoners)!;
}

export interface Vergelijkingsgroep {
  klasse: Klasse;
  /** The year whose inhabitants decided the class. */
  jaar: number;
  /** Municipality codes in the class (the area itself included when it is a municipality). */
  codes: string[];
}

const inwonersIn = (rijen: readonly Figuur[], code: string, jaar: number) =>
  rijen.find((r) => r.indicator === 'inwoners' && r.gemeente_code === code && r.periode === String(jaar) && r.dimensie === 'totaal')?.waarde;

/**
 * The municipalities of the same size class as an area, by all inhabitants on 1 January of `jaar`.
 * `alle` holds the `inwoners` figures of every municipality and of the area (a cooperation is
 * classed by the sum of its members). Membership is fixed by that one year, so an average over
 * time follows the same municipalities. Null when the area's inhabitants are unknown that year.
 */
function vergelijkingsgroep(alle: readonly Figuur[], code: string, jaar: number): Vergelijkingsgroep | null {
  const eigen = inwonersIn(alle, code, jaar);
  if (eigen === undefined) return null;
  const klasse = grootteklasse(eigen);
  const gemeenten = [...new Set(alle.filter((r) => r.indicator === 'inwoners' && !r.gemeente_code.startsWith(SAMENWERKING_PREFIX)).map((r) => r.gemeente_code))];
  const codes = gemeenten.filter((c) => {
    const n = inwonersIn(alle, c, jaar);
    return n !== undefined && grootteklasse(n).code === klasse.code;
  });
  return { klasse, jaar, codes: codes.sort() };
}

/**
 * The comparison group of a chosen area, as every page builds it: `alleGemeenten` holds the
 * figures of every municipality in the package, `gekozen` those of the chosen areas (the only
 * place a cooperation's inhabitants are), each with at least `inwoners`.
 */
export function vergelijkingsgroepVoor(alleGemeenten: readonly Figuur[], gekozen: readonly Figuur[], code: string, jaar: number): Vergelijkingsgroep | null {
  return vergelijkingsgroep([...alleGemeenten, ...gekozen.filter((r) => r.indicator === 'inwoners')], code, jaar);
}

/** The unweighted mean of the municipalities' values (each municipality counts once, as a benchmark does), with how many had one. */
function gemiddelde(waarden: ReadonlyArray<number | undefined | null>): { waarde: number; n: number } | null {
  const w = waarden.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return w.length ? { waarde: w.reduce((a, b) => a + b, 0) / w.length, n: w.length } : null;
}

export interface Cellen {
  indicator: string;
  dimensie?: string;
  categorie?: string;
}

/** Per period, the mean of one figure over a group of municipalities (periods where none has a value are left out). */
export function gemiddeldeReeks(alle: readonly Figuur[], codes: readonly string[], cel: Cellen): Array<{ periode: string; waarde: number; n: number }> {
  const dim = cel.dimensie ?? 'totaal';
  const cat = cel.categorie ?? 'totaal';
  const set = new Set(codes);
  const perPeriode = new Map<string, number[]>();
  for (const r of alle)
    if (r.indicator === cel.indicator && r.dimensie === dim && r.categorie === cat && set.has(r.gemeente_code)) {
      const l = perPeriode.get(r.periode) ?? [];
      l.push(r.waarde);
      perPeriode.set(r.periode, l);
    }
  return [...perPeriode.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([periode, w]) => ({ periode, ...gemiddelde(w)! }));
}

/** Every municipality's value of one figure in one period, highest first: the ranking a wethouder asks for. */
export function rangorde(alle: readonly Figuur[], periode: string, cel: Cellen): Array<{ code: string; naam: string; waarde: number; plaats: number }> {
  const dim = cel.dimensie ?? 'totaal';
  const cat = cel.categorie ?? 'totaal';
  const rijen = alle
    .filter((r) => r.indicator === cel.indicator && r.periode === periode && r.dimensie === dim && r.categorie === cat && !r.gemeente_code.startsWith(SAMENWERKING_PREFIX))
    .map((r) => ({ code: r.gemeente_code, naam: r.gemeente_naam, waarde: r.waarde }))
    .sort((a, b) => b.waarde - a.waarde || a.naam.localeCompare(b.naam, 'nl'));
  return rijen.map((r, i) => ({ ...r, plaats: i + 1 }));
}

/** The unweighted mean of the values of the municipalities in a comparison group (a benchmark line in a table). */
export function groepsgemiddelde(perGemeente: ReadonlyArray<{ code: string; waarde: number | null | undefined }>, groep: Vergelijkingsgroep): { waarde: number; n: number } | null {
  const codes = new Set(groep.codes);
  return gemiddelde(perGemeente.filter((x) => codes.has(x.code)).map((x) => x.waarde));
}

/**
 * Per category of a distribution (afstand, loonwaardegroep, …) on one date, the unweighted mean
 * share over a group of municipalities: the benchmark next to an area's own shares. A category no
 * municipality of the group has a share for is null.
 */
export function gemiddeldeVerdeling(
  alle: readonly Figuur[],
  codes: readonly string[],
  cel: { indicator: string; periode: string; dimensie: string },
  categorieen: readonly string[],
): Map<string, number | null> {
  const delen = codes.map((code) => verdeling(alle, { ...cel, gemeente_code: code }));
  return new Map(categorieen.map((c) => [c, gemiddelde(delen.map((d) => d?.find((x) => x.categorie === c)?.aandeel))?.waarde ?? null]));
}
