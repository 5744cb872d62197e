import { GROOTTEKLASSEN, huidigeLeden, klasseVan, samenwerking, type Klasse } from '@pw/model';
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
  /** The other municipalities in the class: the area itself (and a cooperation's members) left out; always at least two. */
  codes: string[];
}

/** The comparison group of an area, or why there is none, in words (a group of one is no average). */
export interface Vergelijking {
  groep: Vergelijkingsgroep | null;
  /** "Geen vergelijkingsgroep: …" when `groep` is null; null otherwise. */
  melding: string | null;
}

/** The smallest group that is an average: one other municipality is a comparison with that one, not with "vergelijkbare gemeenten". */
const KLEINSTE_GROEP = 2;

/**
 * The comparison group of a chosen area, as every page builds it: the other municipalities of the
 * same size class (CBS gemeentegrootteklasse) by all inhabitants on 1 January of `jaar`.
 * `alleGemeenten` holds the figures of every municipality in the package, `gekozen` those of the
 * chosen areas (the only place a cooperation's inhabitants are; a cooperation is classed by the sum
 * of its members), each with at least `inwoners`. The area itself and, for a cooperation, its
 * members are not in their own group. The group is fixed by that one year, so a line over time
 * follows the same municipalities (see {@link gemiddeldeReeks}). With fewer than two others there is
 * no group, and `melding` says so ("geen vergelijkingsgroep").
 */
export function vergelijkingsgroepVoor(alleGemeenten: readonly Figuur[], gekozen: readonly Figuur[], code: string, jaar: number, naam = code): Vergelijking {
  // One pass over the rows: every municipality with inhabitants in any year, and each area's
  // inhabitants on 1 January of `jaar` (the first such row, as the rows are ordered). Looking each
  // municipality up in all rows cost about 10 ms on every change of area.
  const inwoners = new Map<string, number>();
  const gemeenten = new Set<string>();
  const jaartal = String(jaar);
  for (const rijen of [alleGemeenten, gekozen])
    for (const r of rijen) {
      if (r.indicator !== 'inwoners') continue;
      if (!r.gemeente_code.startsWith(SAMENWERKING_PREFIX)) gemeenten.add(r.gemeente_code);
      if (r.periode === jaartal && r.dimensie === 'totaal' && !inwoners.has(r.gemeente_code)) inwoners.set(r.gemeente_code, r.waarde);
    }
  const eigen = inwoners.get(code);
  if (eigen === undefined) return { groep: null, melding: `Geen vergelijkingsgroep: het aantal inwoners van ${naam} op 1 januari ${jaar} is niet bekend.` };
  const klasse = grootteklasse(eigen);
  const zelf = new Set([code]);
  if (code.startsWith(SAMENWERKING_PREFIX)) {
    const s = samenwerking(code.slice(SAMENWERKING_PREFIX.length));
    for (const l of s?.leden ?? []) zelf.add(l);
    for (const l of s ? huidigeLeden(s) : []) zelf.add(l);
  }
  const codes = [...gemeenten]
    .filter((c) => !zelf.has(c))
    .filter((c) => {
      const n = inwoners.get(c);
      return n !== undefined && grootteklasse(n).code === klasse.code;
    })
    .sort();
  if (codes.length < KLEINSTE_GROEP)
    return {
      groep: null,
      melding: `Geen vergelijkingsgroep: ${codes.length === 0 ? 'geen andere gemeente' : 'maar één andere gemeente'} in de gegevens heeft ${klasse.naam} op 1 januari ${jaar}, en één gemeente is geen gemiddelde.`,
    };
  return { groep: { klasse, jaar, codes }, melding: null };
}

/** The unweighted mean of the municipalities' values (each municipality counts once, as a benchmark does), with how many had one. */
function gemiddelde(waarden: ReadonlyArray<number | undefined | null>): { waarde: number; n: number } | null {
  const w = waarden.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return w.length ? { waarde: w.reduce((a, b) => a + b, 0) / w.length, n: w.length } : null;
}

/** The mean over the whole group, or null when any member of the group lacks a value (never an average over part of the group). */
function groepGemiddelde(waarden: ReadonlyArray<number | undefined | null>): { waarde: number; n: number } | null {
  const g = gemiddelde(waarden);
  return g && g.n === waarden.length ? g : null;
}

export interface Cellen {
  indicator: string;
  dimensie?: string;
  categorie?: string;
}

/**
 * Per period, the mean of one figure over a fixed group of municipalities: only for the periods in
 * which every municipality of the group has a value, so the line never jumps because a
 * municipality enters or leaves the data; where the group is incomplete the line breaks (the
 * period is left out, a gap in the chart). `n` is always the size of the group.
 */
export function gemiddeldeReeks(alle: readonly Figuur[], codes: readonly string[], cel: Cellen): Array<{ periode: string; waarde: number; n: number }> {
  const dim = cel.dimensie ?? 'totaal';
  const cat = cel.categorie ?? 'totaal';
  const index = new Map(codes.map((c, i) => [c, i]));
  const perPeriode = new Map<string, Array<number | undefined>>();
  for (const r of alle)
    if (r.indicator === cel.indicator && r.dimensie === dim && r.categorie === cat && index.has(r.gemeente_code)) {
      const l = perPeriode.get(r.periode) ?? new Array<number | undefined>(codes.length).fill(undefined);
      l[index.get(r.gemeente_code)!] = r.waarde;
      perPeriode.set(r.periode, l);
    }
  return [...perPeriode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([periode, w]) => {
      const g = groepGemiddelde(w);
      return g ? [{ periode, ...g }] : [];
    });
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

/** The unweighted mean of the values of the municipalities in a comparison group (a benchmark line in a table); null unless every member has a value. */
export function groepsgemiddelde(perGemeente: ReadonlyArray<{ code: string; waarde: number | null | undefined }>, groep: Vergelijkingsgroep): { waarde: number; n: number } | null {
  const waarden = new Map(perGemeente.map((x) => [x.code, x.waarde]));
  return groepGemiddelde(groep.codes.map((c) => waarden.get(c)));
}

/**
 * Per category of a distribution (afstand, loonwaardegroep, …) on one date, the unweighted mean
 * share over a group of municipalities: the benchmark next to an area's own shares. Null (no
 * benchmark) unless every municipality of the group has the whole distribution (none of it masked) on that date; a category
 * a municipality lacks counts as a share of 0 for it.
 */
export function gemiddeldeVerdeling(
  alle: readonly Figuur[],
  codes: readonly string[],
  cel: { indicator: string; periode: string; dimensie: string },
  categorieen: readonly string[],
): Map<string, number | null> | null {
  const delen = codes.map((code) => verdeling(alle, { ...cel, gemeente_code: code }));
  // A masked part (NaN) makes that municipality's shares unknown: no average over part of the group.
  if (!delen.length || delen.some((d) => !d || d.some((x) => Number.isNaN(x.aantal)))) return null;
  return new Map(categorieen.map((c) => [c, gemiddelde(delen.map((d) => d!.find((x) => x.categorie === c)?.aandeel ?? 0))?.waarde ?? null]));
}
