import type { Figuur, Indeling } from '@pw/metrics';
import { GEHEIM_MARKER, KLEIN_AANTAL_MARKER, type Markering } from './markering.ts';
import { AANTAL_INDICATOREN, optellingVan, taakVan, VERHOUDINGEN, VOORRAAD_EN_STROMEN } from './relaties.ts';
import { Sleutelmap } from './sleutelmap.ts';
import { OPEN, PRIMAIR, PRIMAIR_ALS_X, SECUNDAIR, Stelsel } from './stelsel.ts';

/**
 * Secondary suppression over the whole figure set of a data package, decided once, so that no
 * output (any selection of areas, periods and indicators, in either indeling) can be combined with
 * another to undo it. See docs/beslissingen.md ("Kleine aantallen") for the choice and why.
 *
 * The cells are the counts of people and benefits of the all-areas figures of both indelingen; a
 * cell with the same key (indicator, area, period, dimension, category) and value in both is one
 * cell. The relations are linear equations over the cells:
 * - every breakdown and the cell its categories add up to (`OPTELLINGEN`);
 * - stock(next) = stock + instroom − uitstroom, total and per regeling (`VOORRAAD_EN_STROMEN`);
 * - an area made of others and its parts, cell by cell: a cooperation and its members, a
 *   municipality under today's boundaries and the recorded municipalities it consists of
 *   (successor and predecessors); and what follows from two such sums: an area minus an area
 *   inside it is the sum of the rest (Noord-Oost Twente minus Noaberkracht is Oldenzaal), an
 *   area of areas is the sum of its recorded municipalities.
 * Primary cells are counts of 1 to 4 (`<5`); `Stelsel.onderdruk` adds the secondary cells (`x`)
 * until no relation gives a masked cell away, on its own or with the ranges the markers claim.
 * Ratios of a masked count (per 1.000 inwoners) are `x`.
 */

interface Figurenset {
  indeling: Indeling;
  rijen: readonly Figuur[];
}

/** An area whose figures are the sum of other areas' figures, cell by cell. */
export interface Samenstelling {
  indeling: Indeling;
  gebied: string;
  delen: ReadonlyArray<{ indeling: Indeling; code: string }>;
  /**
   * A cooperation sums the members of one task (Pw, re-integratie, Wsw; see `Samenwerking.taken`
   * in @pw/model): the sum holds only for the indicators of that task. Absent: for every indicator
   * (a municipality under today's boundaries and the municipalities it took in).
   */
  taak?: string;
}

export interface Afschermingsinvoer {
  sets: readonly Figurenset[];
  samenstellingen: readonly Samenstelling[];
}

export interface Afschermingstelling {
  /** Count cells considered (each distinct cell once). */
  cellen: number;
  primair: number;
  secundair: number;
  /** Ratio cells masked because their count is. */
  verhoudingen: number;
  /** Equations between the cells. */
  vergelijkingen: number;
  /** Primary cells without an alternative (0 on real figures; tested). */
  onopgelost: number;
}

/** A cell of a figure set: what `markering` needs to find it. */
export type Cel = Pick<Figuur, 'indicator' | 'gemeente_code' | 'periode' | 'dimensie' | 'categorie' | 'waarde'>;

/** Strings to small integers, so that a cell's key is one number. */
class Woorden {
  private readonly ids = new Map<string, number>();
  readonly lijst: string[] = [];
  private vorige: string | undefined;
  private vorigeId = -1;
  /** The id of a string (a new one when unseen); the figures come sorted, so the last one is often asked again. */
  id(s: string): number {
    if (s === this.vorige) return this.vorigeId;
    this.vorige = s;
    return (this.vorigeId = this.nieuw(s));
  }
  private nieuw(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.lijst.length;
      this.ids.set(s, i);
      this.lijst.push(s);
    }
    return i;
  }
  zoek(s: string): number | undefined {
    return this.ids.get(s);
  }
  get grootte(): number {
    return this.lijst.length;
  }
  /** Renumbers in alphabetical order (so the decision does not depend on the order of the figures); returns old id → new id. */
  orden(): Int32Array {
    const oud = [...this.lijst];
    this.lijst.sort();
    this.ids.clear();
    this.vorige = undefined;
    this.lijst.forEach((s, i) => this.ids.set(s, i));
    return Int32Array.from(oud, (s) => this.ids.get(s)!);
  }
}

/** The next peildatum (`2019-12-01` → `2020-01-01`). */
function volgendePeildatum(p: string): string {
  const j = Number(p.slice(0, 4));
  const m = Number(p.slice(5, 7));
  return m === 12 ? `${j + 1}-01-01` : `${j}-${String(m + 1).padStart(2, '0')}-01`;
}
const PEILDATUM = /^\d{4}-\d{2}-01$/;

interface Sleutels {
  ind: Woorden;
  code: Woorden;
  per: Woorden;
  dim: Woorden;
  cat: Woorden;
}

/** A cell's key: area × (indicator, period, dimension, category). */
function sleutelmaker(w: Sleutels) {
  const NP = w.per.grootte;
  const ND = w.dim.grootte;
  const NK = w.cat.grootte;
  const binnen = (i: number, p: number, d: number, k: number) => ((i * NP + p) * ND + d) * NK + k;
  const KS = w.ind.grootte * NP * ND * NK;
  return { binnen, KS, sleutel: (i: number, c: number, p: number, d: number, k: number) => c * KS + binnen(i, p, d, k) };
}

/**
 * What applying a decision needs: the marker of a cell. `Afscherming` is one; so is the decision a
 * data package ships (taken by this package when the package was built, read back by the dashboard).
 */
export type Afschermingsbesluit = Pick<Afscherming, 'markering'>;

/**
 * The decision: which cell of which indeling carries which marker. Built once per data package
 * (`bepaalAfscherming`); `markering` answers for any figure of that package.
 */
export class Afscherming {
  private readonly sleutel: ReturnType<typeof sleutelmaker>['sleutel'];

  constructor(
    private readonly woorden: Sleutels,
    private readonly cellen: ReadonlyMap<Indeling, Sleutelmap>,
    private readonly stelsel: Stelsel,
    private readonly status: Uint8Array,
    private readonly verhoudingen: ReadonlyMap<Indeling, ReadonlyMap<number, boolean>>,
    readonly telling: Afschermingstelling,
  ) {
    this.sleutel = sleutelmaker(woorden).sleutel;
  }

  private zoek(c: Omit<Cel, 'waarde'>): number | undefined {
    const w = this.woorden;
    const i = w.ind.zoek(c.indicator);
    const g = w.code.zoek(c.gemeente_code);
    const p = w.per.zoek(c.periode);
    const d = w.dim.zoek(c.dimensie);
    const k = w.cat.zoek(c.categorie);
    if (i === undefined || g === undefined || p === undefined || d === undefined || k === undefined) return undefined;
    return this.sleutel(i, g, p, d, k);
  }

  /**
   * The marker of a figure of this package in this indeling, or null when it is published as it
   * is. A count or ratio that was not part of the decision (an area outside the package's areas,
   * or a value that differs from the one decided on) is masked unless it is zero: `<5` for 1 to
   * 4, else `x`.
   */
  markering(indeling: Indeling, cel: Cel): Markering | null {
    const aantal = AANTAL_INDICATOREN.has(cel.indicator);
    const verhouding = !aantal && VERHOUDINGEN.some((v) => v.indicator === cel.indicator);
    if (!aantal && !verhouding) return null;
    const k = this.zoek(cel);
    if (aantal) {
      const v = k === undefined ? undefined : this.cellen.get(indeling)?.get(k);
      if (v === undefined || this.stelsel.waarden[v] !== cel.waarde) return cel.waarde === 0 ? null : cel.waarde >= 1 && cel.waarde <= 4 ? KLEIN_AANTAL_MARKER : GEHEIM_MARKER;
      const s = this.status[v];
      return s === PRIMAIR ? KLEIN_AANTAL_MARKER : s === OPEN ? null : GEHEIM_MARKER;
    }
    const af = k === undefined ? undefined : this.verhoudingen.get(indeling)?.get(k);
    return af === false ? null : GEHEIM_MARKER;
  }

  /** The masked cells that can still be recomputed, by exact elimination and by one relation with the markers' ranges (a check: both 0). */
  herleidbaar(): { exact: number; bereik: number } {
    const h = this.stelsel.herleidbaar(this.status);
    return { exact: h.exact.length, bereik: h.bereik.length };
  }
}

/**
 * Decides the suppression for the figure sets of one package (both indelingen, all areas) and the
 * areas made of others. Deterministic: the same figures give the same decision in the browser and
 * on the command line.
 */
export function bepaalAfscherming(invoer: Afschermingsinvoer): Afscherming {
  const woorden: Sleutels = { ind: new Woorden(), code: new Woorden(), per: new Woorden(), dim: new Woorden(), cat: new Woorden() };
  const gesorteerd = [...invoer.sets].sort((a, b) => (a.indeling < b.indeling ? -1 : a.indeling > b.indeling ? 1 : 0));
  const ratioIds = new Set(VERHOUDINGEN.map((v) => v.indicator));

  // 1. Intern every field of the counts and ratios.
  interface Setvelden {
    indeling: Indeling;
    n: number;
    ind: Int32Array;
    code: Int32Array;
    per: Int32Array;
    dim: Int32Array;
    cat: Int32Array;
    waarde: Float64Array;
  }
  const velden: Setvelden[] = gesorteerd.map((s) => {
    const rijen = s.rijen.filter((f) => AANTAL_INDICATOREN.has(f.indicator) || ratioIds.has(f.indicator));
    const n = rijen.length;
    const v: Setvelden = { indeling: s.indeling, n, ind: new Int32Array(n), code: new Int32Array(n), per: new Int32Array(n), dim: new Int32Array(n), cat: new Int32Array(n), waarde: new Float64Array(n) };
    for (let j = 0; j < n; j++) {
      const f = rijen[j]!;
      v.ind[j] = woorden.ind.id(f.indicator);
      v.code[j] = woorden.code.id(f.gemeente_code);
      v.per[j] = woorden.per.id(f.periode);
      v.dim[j] = woorden.dim.id(f.dimensie);
      v.cat[j] = woorden.cat.id(f.categorie);
      v.waarde[j] = f.waarde;
    }
    return v;
  });
  // Names the relations refer to, so that their keys exist.
  for (const o of VOORRAAD_EN_STROMEN) for (const i of [o.voorraad, o.instroom, o.uitstroom]) woorden.ind.id(i);
  for (const v of VERHOUDINGEN) {
    woorden.ind.id(v.teller.indicator);
    woorden.dim.id(v.teller.dimensie);
    woorden.cat.id(v.teller.categorie);
  }
  woorden.dim.id('totaal');
  for (const s of invoer.samenstellingen) {
    woorden.code.id(s.gebied);
    for (const d of s.delen) woorden.code.id(d.code);
  }
  // A canonical order: names alphabetical, rows by key. The same figures in any order give the same decision.
  const nieuw = { ind: woorden.ind.orden(), code: woorden.code.orden(), per: woorden.per.orden(), dim: woorden.dim.orden(), cat: woorden.cat.orden() };
  for (const v of velden) {
    for (const veld of ['ind', 'code', 'per', 'dim', 'cat'] as const) {
      const a = v[veld];
      for (let j = 0; j < v.n; j++) a[j] = nieuw[veld][a[j]!]!;
    }
    const NP0 = woorden.per.grootte;
    const ND0 = woorden.dim.grootte;
    const NK0 = woorden.cat.grootte;
    const NC0 = woorden.code.grootte;
    const volgorde = new Float64Array(v.n);
    const RIJ = 2 ** 20;
    for (let j = 0; j < v.n; j++) volgorde[j] = ((((v.ind[j]! * NC0 + v.code[j]!) * NP0 + v.per[j]!) * ND0 + v.dim[j]!) * NK0 + v.cat[j]!) * RIJ + j;
    volgorde.sort();
    const orde = new Int32Array(v.n);
    for (let j = 0; j < v.n; j++) orde[j] = volgorde[j]! % RIJ;
    for (const veld of ['ind', 'code', 'per', 'dim', 'cat'] as const) {
      const oud = v[veld];
      const uit = new Int32Array(v.n);
      for (let j = 0; j < v.n; j++) uit[j] = oud[orde[j]!]!;
      v[veld] = uit;
    }
    const oud = v.waarde;
    v.waarde = new Float64Array(v.n);
    for (let j = 0; j < v.n; j++) v.waarde[j] = oud[orde[j]!]!;
  }
  const totaalDim = woorden.dim.zoek('totaal')!;
  const perVolgende = new Int32Array(woorden.per.grootte).fill(-1);
  const perMaand = new Int32Array(woorden.per.grootte).fill(-1);
  for (let p = 0; p < woorden.per.grootte; p++) {
    const s = woorden.per.lijst[p]!;
    if (!PEILDATUM.test(s)) continue;
    perVolgende[p] = woorden.per.zoek(volgendePeildatum(s)) ?? -1;
    perMaand[p] = woorden.per.zoek(s.slice(0, 7)) ?? -1;
  }
  const { binnen, KS, sleutel } = sleutelmaker(woorden);
  const isAantal = new Uint8Array(woorden.ind.grootte);
  for (const id of AANTAL_INDICATOREN) {
    const i = woorden.ind.zoek(id);
    if (i !== undefined) isAantal[i] = 1;
  }

  // 2. Cells: one variable per distinct count cell; a cell with the same key and value in an
  // earlier set is the same variable. Per set and row: its key and its cell (-1: not a count).
  const waarden: number[] = [];
  /** In how many sets a cell occurs. */
  const sets: number[] = [];
  const cellen = new Map<Indeling, Sleutelmap>();
  const rijCel = new Map<Setvelden, Int32Array>();
  const eerder: Sleutelmap[] = [];
  for (const v of velden) {
    const m = new Sleutelmap(v.n);
    const rc = new Int32Array(v.n).fill(-1);
    for (let j = 0; j < v.n; j++) {
      if (!isAantal[v.ind[j]!]) continue;
      const k = sleutel(v.ind[j]!, v.code[j]!, v.per[j]!, v.dim[j]!, v.cat[j]!);
      let x: number | undefined;
      for (const e of eerder) {
        const y = e.get(k);
        if (y !== undefined && waarden[y] === v.waarde[j]) {
          x = y;
          break;
        }
      }
      if (x === undefined) {
        x = waarden.length;
        waarden.push(v.waarde[j]!);
        sets.push(1);
      } else sets[x]!++;
      m.set(k, x);
      rc[j] = x;
    }
    cellen.set(v.indeling, m);
    rijCel.set(v, rc);
    eerder.push(m);
  }

  // 3. Equations (each summing to zero), built in a scratch buffer. An equation of a later set
  // whose cells are all cells of an earlier set too is that set's equation (same keys, same
  // values): kept once.
  const stelsel = new Stelsel(Float64Array.from(waarden));
  const eqVars: number[] = [];
  const eqCoefs: number[] = [];
  let eerste = true;
  const begin = (x: number) => {
    eqVars.length = 0;
    eqCoefs.length = 0;
    eqVars.push(x);
    eqCoefs.push(1);
  };
  const deel = (x: number, c: number) => {
    eqVars.push(x);
    eqCoefs.push(c);
  };
  const sluitVergelijking = () => {
    if (!eerste) {
      let gedeeld = true;
      for (const x of eqVars) if (sets[x]! < 2) gedeeld = false;
      if (gedeeld) return;
    }
    stelsel.voegToe(eqVars, eqCoefs);
  };
  // The cell each breakdown adds up to, per (indicator, dimension).
  const ouderVan = (i: number, d: number): [number, number] | undefined => {
    const doel = optellingVan(woorden.ind.lijst[i]!, woorden.dim.lijst[d]!);
    const pd = woorden.dim.zoek(doel.dimensie);
    const pk = woorden.cat.zoek(doel.categorie);
    return pd === undefined || pk === undefined ? undefined : [pd, pk];
  };
  for (const v of velden) {
    eerste = v === velden[0];
    const m = cellen.get(v.indeling)!;
    const rc = rijCel.get(v)!;
    // Breakdowns: the rows are sorted by key, so the categories of each (indicator, area, period,
    // dimension) are consecutive.
    for (let j = 0; j < v.n; ) {
      if (rc[j]! < 0 || v.dim[j] === totaalDim) {
        j++;
        continue;
      }
      let eind = j + 1;
      while (eind < v.n && v.ind[eind] === v.ind[j] && v.code[eind] === v.code[j] && v.per[eind] === v.per[j] && v.dim[eind] === v.dim[j]) eind++;
      const o = ouderVan(v.ind[j]!, v.dim[j]!);
      const ouder = o ? m.get(sleutel(v.ind[j]!, v.code[j]!, v.per[j]!, o[0], o[1])) : undefined;
      if (ouder !== undefined) {
        begin(ouder);
        for (let r = j; r < eind; r++) deel(rc[r]!, -1);
        sluitVergelijking();
      }
      j = eind;
    }
    // Stock and flows.
    for (const o of VOORRAAD_EN_STROMEN) {
      const iv = woorden.ind.zoek(o.voorraad)!;
      const ii = woorden.ind.zoek(o.instroom)!;
      const iu = woorden.ind.zoek(o.uitstroom)!;
      const dims = new Set(o.dimensies.map((d) => woorden.dim.zoek(d)));
      for (let j = 0; j < v.n; j++) {
        if (v.ind[j] !== iv || !dims.has(v.dim[j]!)) continue;
        const p1 = perVolgende[v.per[j]!]!;
        const mnd = perMaand[v.per[j]!]!;
        if (p1 < 0 || mnd < 0) continue;
        const c = v.code[j]!;
        const d = v.dim[j]!;
        const k = v.cat[j]!;
        const s1 = m.get(sleutel(iv, c, p1, d, k));
        const inn = m.get(sleutel(ii, c, mnd, d, k));
        const uit = m.get(sleutel(iu, c, mnd, d, k));
        if (s1 === undefined || inn === undefined || uit === undefined) continue;
        begin(s1);
        deel(rc[j]!, -1);
        deel(inn, -1);
        deel(uit, 1);
        sluitVergelijking();
      }
    }
  }
  // Areas made of others, cell by cell; and their differences.
  const samengesteldeCodes = new Set(invoer.samenstellingen.map((x) => woorden.code.zoek(x.gebied)!));
  const rijenPerCode = new Map<Indeling, Map<number, number[]>>();
  for (const v of velden) {
    const m = new Map<number, number[]>();
    const rc = rijCel.get(v)!;
    for (let j = 0; j < v.n; j++) {
      if (rc[j]! < 0 || !samengesteldeCodes.has(v.code[j]!)) continue;
      let l = m.get(v.code[j]!);
      if (!l) m.set(v.code[j]!, (l = []));
      l.push(j);
    }
    rijenPerCode.set(v.indeling, m);
  }
  const samenstellingVan = new Map<string, Samenstelling>();
  for (const s of invoer.samenstellingen) samenstellingVan.set(`${s.indeling}|${s.gebied}|${s.taak ?? ''}`, s);
  const eersteIndeling = velden[0]?.indeling;
  // The base of an area: the recorded municipalities (cells of the first set, historisch) it adds up.
  const basisCache = new Map<string, string[]>();
  const basisVan = (indeling: Indeling, code: string, taak: string | undefined): string[] => {
    const k = `${indeling}|${code}|${taak ?? ''}`;
    let b = basisCache.get(k);
    if (b) return b;
    const s = samenstellingVan.get(k) ?? samenstellingVan.get(`${indeling}|${code}|`);
    b = s ? [...new Set(s.delen.flatMap((d) => basisVan(d.indeling, d.code, taak)))].sort() : [code];
    basisCache.set(k, b);
    return b;
  };
  interface Som {
    indeling: Indeling;
    gebied: string;
    /** The parts; `nodig`: an area that must have the cell for the sum to hold (else a missing part is zero). */
    delen: Array<{ indeling: Indeling; code: string; nodig: boolean }>;
    /** Only for the indicators of this task (absent: all). */
    taak?: string;
  }
  const sommen: Som[] = [];
  const samengesteld = [...invoer.samenstellingen].sort((a, b) => (a.indeling + a.gebied < b.indeling + b.gebied ? -1 : 1));
  for (const s of samengesteld) {
    sommen.push({ indeling: s.indeling, gebied: s.gebied, delen: s.delen.map((d) => ({ ...d, nodig: false })), taak: s.taak });
    const basisX = basisVan(s.indeling, s.gebied, s.taak);
    if (eersteIndeling === undefined) continue;
    const alsBasis = (codes: readonly string[]) => codes.map((code) => ({ indeling: eersteIndeling, code, nodig: false }));
    // An area of areas is the sum of its recorded municipalities.
    if (s.delen.some((d) => basisVan(d.indeling, d.code, s.taak).join() !== d.code || d.indeling !== eersteIndeling)) sommen.push({ indeling: s.indeling, gebied: s.gebied, delen: alsBasis(basisX), taak: s.taak });
    // An area minus an area inside it (or with the same base) is the sum of the rest.
    for (const t of samengesteld) {
      if (t === s) continue;
      // Two cooperations of different tasks share no indicator: no relation between them.
      if (s.taak !== undefined && t.taak !== undefined && s.taak !== t.taak) continue;
      const taak = s.taak ?? t.taak;
      const basisY = basisVan(t.indeling, t.gebied, taak);
      if (basisY.length > basisX.length || !basisY.every((c) => basisX.includes(c))) continue;
      sommen.push({ indeling: s.indeling, gebied: s.gebied, delen: [{ indeling: t.indeling, code: t.gebied, nodig: true }, ...alsBasis(basisX.filter((c) => !basisY.includes(c)))], taak });
    }
  }
  for (const som of sommen) {
    const v = velden.find((x) => x.indeling === som.indeling);
    if (!v) continue;
    eerste = v === velden[0];
    const g = woorden.code.zoek(som.gebied)!;
    const rc = rijCel.get(v)!;
    const delen = som.delen.flatMap((d) => {
      const code = woorden.code.zoek(d.code);
      const m = cellen.get(d.indeling);
      return m && code !== undefined ? [{ cellen: m, code, nodig: d.nodig }] : d.nodig ? [{ cellen: new Sleutelmap(), code: 0, nodig: true }] : [];
    });
    for (const j of rijenPerCode.get(som.indeling)?.get(g) ?? []) {
      if (som.taak !== undefined && taakVan(woorden.ind.lijst[v.ind[j]!]!) !== som.taak) continue;
      const doel = rc[j]!;
      const b = binnen(v.ind[j]!, v.per[j]!, v.dim[j]!, v.cat[j]!);
      begin(doel);
      let compleet = true;
      for (const d of delen) {
        const x = d.cellen.get(d.code * KS + b);
        // An inner area without the cell (not covered then) gives no relation; a missing municipality is zero.
        if (x === undefined) {
          if (d.nodig) compleet = false;
          continue;
        }
        // The area is one of its own parts (the same cell in both indelingen): the rest is zero, nothing to protect.
        if (x === doel) compleet = false;
        deel(x, -1);
      }
      if (compleet && eqVars.length > 1) sluitVergelijking();
    }
  }
  stelsel.sluit();

  // 4. Primary cells, then secondary suppression.
  const status = new Uint8Array(waarden.length);
  for (let x = 0; x < waarden.length; x++) if (waarden[x]! >= 1 && waarden[x]! <= 4) status[x] = PRIMAIR;
  const onopgelost = stelsel.onderdruk(status);

  // 5. Ratios of masked counts.
  const verhoudingen = new Map<Indeling, Map<number, boolean>>();
  let verhoudingenAfgeschermd = 0;
  for (const v of velden) {
    const m = cellen.get(v.indeling)!;
    const r = new Map<number, boolean>();
    for (let j = 0; j < v.n; j++) {
      const def = VERHOUDINGEN.find((x) => x.indicator === woorden.ind.lijst[v.ind[j]!]);
      if (!def) continue;
      const t = m.get(sleutel(woorden.ind.zoek(def.teller.indicator)!, v.code[j]!, v.per[j]!, woorden.dim.zoek(def.teller.dimensie)!, woorden.cat.zoek(def.teller.categorie)!));
      // A ratio without its count in the set is masked (nothing vouches for it).
      const af = t === undefined || status[t] !== OPEN;
      if (af) verhoudingenAfgeschermd++;
      r.set(sleutel(v.ind[j]!, v.code[j]!, v.per[j]!, v.dim[j]!, v.cat[j]!), af);
    }
    verhoudingen.set(v.indeling, r);
  }

  let primair = 0;
  let secundair = 0;
  for (const s of status)
    if (s === PRIMAIR || s === PRIMAIR_ALS_X) primair++;
    else if (s === SECUNDAIR) secundair++;
  return new Afscherming(woorden, cellen, stelsel, status, verhoudingen, {
    cellen: waarden.length,
    primair,
    secundair,
    verhoudingen: verhoudingenAfgeschermd,
    vergelijkingen: stelsel.aantal,
    onopgelost: onopgelost.length,
  });
}
