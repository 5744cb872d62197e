/**
 * A system of linear equations over cells (each: Σ coefficient × cell = 0, coefficients ±1), the
 * masking status of each cell, secondary suppression over it, and what someone holding the
 * published cells can derive: which masked cells one equation determines (alone or with the
 * ranges the markers claim), and which all equations together determine (exact elimination, a
 * check for the tests: too slow for the browser on a whole package).
 */

export const OPEN = 0;
/** A count of 1 to 4, shown as `<5`. */
export const PRIMAIR = 1;
/** Masked to protect another cell, shown as `x`. */
export const SECUNDAIR = 2;
/** A count of 1 to 4 shown as `x`: where `<5` itself would give it away (four `<5` adding up to a `<5`: all are 1). */
export const PRIMAIR_ALS_X = 3;

/**
 * The range a masked cell is known to lie in: `<5` is 1 to 4; `x` is 1 or more (zero is never
 * masked; an `x` can be a small count too, see PRIMAIR_ALS_X, so it claims no upper or lower bound
 * beyond that).
 */
function bereikVan(s: number): [number, number] {
  return s === PRIMAIR ? [1, 4] : [1, Infinity];
}

// Modular arithmetic for exact elimination: a prime below 2^26, so a product stays below 2^53.
const P = 67_108_859;
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [r0, r1, t0, t1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return mod(t0);
}

export class Stelsel {
  private readonly lijstVars: number[] = [];
  private readonly lijstCoefs: number[] = [];
  private readonly lijstStart: number[] = [0];
  eqStart = new Int32Array(1);
  eqVar = new Int32Array(0);
  eqCoef = new Int8Array(0);
  private varStart = new Int32Array(1);
  private varEq = new Int32Array(0);

  constructor(readonly waarden: Float64Array) {}

  get aantal(): number {
    return this.eqStart.length - 1;
  }

  voegToe(vars: readonly number[], coefs: readonly number[]): void {
    for (let i = 0; i < vars.length; i++) {
      this.lijstVars.push(vars[i]!);
      this.lijstCoefs.push(coefs[i]!);
    }
    this.lijstStart.push(this.lijstVars.length);
  }

  /** Builds the lookup structures; call once after the last `voegToe`. */
  sluit(): void {
    this.eqStart = Int32Array.from(this.lijstStart);
    this.eqVar = Int32Array.from(this.lijstVars);
    this.eqCoef = Int8Array.from(this.lijstCoefs);
    const n = this.waarden.length;
    const tel = new Int32Array(n + 1);
    for (const x of this.eqVar) tel[x + 1]!++;
    for (let x = 0; x < n; x++) tel[x + 1]! += tel[x]!;
    this.varStart = tel.slice();
    const plek = tel.slice(0, n);
    this.varEq = new Int32Array(this.eqVar.length);
    for (let e = 0; e < this.aantal; e++) for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]!; i++) this.varEq[plek[this.eqVar[i]!]!++] = e;
  }

  /** The equations a cell is in. */
  vergelijkingenVan(x: number): Int32Array {
    return this.varEq.subarray(this.varStart[x]!, this.varStart[x + 1]!);
  }

  /** The smallest non-zero open cell of an equation (ties: the first cell), or -1. */
  private kandidaat(e: number, status: Uint8Array): number {
    let beste = -1;
    for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]!; i++) {
      const x = this.eqVar[i]!;
      if (status[x] !== OPEN || this.waarden[x] === 0) continue;
      if (beste < 0 || this.waarden[x]! < this.waarden[beste]! || (this.waarden[x] === this.waarden[beste] && x < beste)) beste = x;
    }
    return beste;
  }

  /**
   * Whether one equation gives a masked cell away: it is the only masked cell, or the open cells
   * and the markers' ranges narrow it to one value (`<5` + `x` = 6 gives 1 and 5).
   */
  private geeftPrijs(e: number, status: Uint8Array): boolean {
    const a = this.eqStart[e]!;
    const b = this.eqStart[e + 1]!;
    // c·x summed: the known part, and the bounds of the masked part (infinite bounds counted apart).
    let bekend = 0;
    let gemaskeerd = 0;
    let loSom = 0;
    let hiSom = 0;
    let loOneindig = 0;
    let hiOneindig = 0;
    for (let i = a; i < b; i++) {
      const x = this.eqVar[i]!;
      const c = this.eqCoef[i]!;
      const st = status[x]!;
      if (st === OPEN) {
        bekend += c * this.waarden[x]!;
        continue;
      }
      gemaskeerd++;
      if (st === PRIMAIR) {
        loSom += c > 0 ? 1 : -4;
        hiSom += c > 0 ? 4 : -1;
      } else if (c > 0) {
        loSom += 1;
        hiOneindig++;
      } else {
        hiSom -= 1;
        loOneindig++;
      }
    }
    if (gemaskeerd === 0) return false;
    if (gemaskeerd === 1) return true;
    for (let i = a; i < b; i++) {
      const x = this.eqVar[i]!;
      const st = status[x]!;
      if (st === OPEN) continue;
      const c = this.eqCoef[i]!;
      // This cell's term, and the others' bounds.
      const tLo = st === PRIMAIR ? (c > 0 ? 1 : -4) : c > 0 ? 1 : -Infinity;
      const tHi = st === PRIMAIR ? (c > 0 ? 4 : -1) : c > 0 ? Infinity : -1;
      const restLo = loOneindig - (tLo === -Infinity ? 1 : 0) > 0 ? -Infinity : loSom - (tLo === -Infinity ? 0 : tLo);
      const restHi = hiOneindig - (tHi === Infinity ? 1 : 0) > 0 ? Infinity : hiSom - (tHi === Infinity ? 0 : tHi);
      // c·x = −bekend − rest
      let lo = -bekend - restHi;
      let hi = -bekend - restLo;
      if (c < 0) [lo, hi] = [-hi, -lo];
      const [eigenLo, eigenHi] = bereikVan(st);
      if (Math.min(hi, eigenHi) - Math.max(lo, eigenLo) < 1) return true;
    }
    return false;
  }

  /**
   * Secondary suppression on `status` (primary cells set): until no equation gives a masked cell
   * away, mask the smallest non-zero open cell of each equation that does (the "next-smallest
   * cell" of statistical offices). An equation with no open cell left that still gives a cell
   * away does so through the `<5` ranges: its `<5` cells are shown as `x`. Returns the masked
   * cells one equation still gives away (none on real figures; tested).
   */
  onderdruk(status: Uint8Array): number[] {
    const inRij = new Uint8Array(this.aantal);
    const rij: number[] = [];
    const plan = (x: number) => {
      for (const e of this.vergelijkingenVan(x))
        if (!inRij[e]) {
          inRij[e] = 1;
          rij.push(e);
        }
    };
    for (let x = status.length - 1; x >= 0; x--) if (status[x] !== OPEN) plan(x);
    const vast = new Set<number>();
    while (rij.length) {
      const e = rij.pop()!;
      inRij[e] = 0;
      if (!this.geeftPrijs(e, status)) continue;
      const c = this.kandidaat(e, status);
      if (c >= 0) {
        status[c] = SECUNDAIR;
        plan(c);
        continue;
      }
      // No open cell left: drop the `<5` ranges of this equation.
      let veranderd = false;
      for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]!; i++)
        if (status[this.eqVar[i]!] === PRIMAIR) {
          status[this.eqVar[i]!] = PRIMAIR_ALS_X;
          plan(this.eqVar[i]!);
          veranderd = true;
        }
      if (!veranderd) vast.add(e);
    }
    const uit = new Set<number>();
    for (const e of vast) if (this.geeftPrijs(e, status)) for (const x of this.bereikBepaald(e, status)) uit.add(x);
    return [...uit].sort((a, b) => a - b);
  }

  /** The masked cells one equation gives away (see `geeftPrijs`), for the check. */
  private bereikBepaald(e: number, status: Uint8Array): number[] {
    let bekend = 0;
    const gemaskeerd: Array<{ x: number; c: number; lo: number; hi: number }> = [];
    for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]!; i++) {
      const x = this.eqVar[i]!;
      const c = this.eqCoef[i]!;
      if (status[x] === OPEN) bekend += c * this.waarden[x]!;
      else {
        const [lo, hi] = bereikVan(status[x]!);
        gemaskeerd.push({ x, c, lo: c > 0 ? lo : -hi, hi: c > 0 ? hi : -lo });
      }
    }
    if (gemaskeerd.length <= 1) return gemaskeerd.map((g) => g.x);
    const uit: number[] = [];
    for (const t of gemaskeerd) {
      let restLo = 0;
      let restHi = 0;
      for (const u of gemaskeerd)
        if (u !== t) {
          restLo += u.lo;
          restHi += u.hi;
        }
      // c·x = −bekend − rest
      let lo = -bekend - restHi;
      let hi = -bekend - restLo;
      if (t.c < 0) [lo, hi] = [-hi, -lo];
      const [eigenLo, eigenHi] = bereikVan(status[t.x]!);
      if (Math.min(hi, eigenHi) - Math.max(lo, eigenLo) < 1) uit.push(t.x);
    }
    return uit;
  }

  /** Masked cells that all equations together determine (exact elimination mod a prime, per group of connected masked cells). */
  private exactBepaald(status: Uint8Array): number[] {
    const n = this.waarden.length;
    const ouder = new Int32Array(n);
    for (let x = 0; x < n; x++) ouder[x] = x;
    const wortel = (x: number): number => {
      while (ouder[x] !== x) {
        ouder[x] = ouder[ouder[x]!]!;
        x = ouder[x]!;
      }
      return x;
    };
    const relevant: number[] = [];
    for (let e = 0; e < this.aantal; e++) {
      let eerste = -1;
      for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]!; i++) {
        const x = this.eqVar[i]!;
        if (status[x] === OPEN) continue;
        if (eerste < 0) eerste = x;
        else {
          const a = wortel(eerste);
          const b = wortel(x);
          if (a !== b) ouder[Math.max(a, b)] = Math.min(a, b);
        }
      }
      if (eerste >= 0) relevant.push(e);
    }
    const groepen = new Map<number, number[]>();
    for (const e of relevant) {
      let x = -1;
      for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]! && x < 0; i++) if (status[this.eqVar[i]!] !== OPEN) x = this.eqVar[i]!;
      const w = wortel(x);
      let l = groepen.get(w);
      if (!l) groepen.set(w, (l = []));
      l.push(e);
    }
    const uit: number[] = [];
    for (const eqs of groepen.values()) uit.push(...this.elimineer(eqs, status));
    return uit.sort((a, b) => a - b);
  }

  /** Reduced row echelon form (mod P) of the equations restricted to the masked cells: a pivot row with only its pivot is a determined cell. */
  private elimineer(eqs: readonly number[], status: Uint8Array): number[] {
    const pivots = new Map<number, Map<number, number>>();
    // For each non-pivot cell, the pivot rows it appears in.
    const bevat = new Map<number, Set<number>>();
    const voeg = (y: number, q: number) => {
      let s = bevat.get(y);
      if (!s) bevat.set(y, (s = new Set()));
      s.add(q);
    };
    for (const e of eqs) {
      const rij = new Map<number, number>();
      for (let i = this.eqStart[e]!; i < this.eqStart[e + 1]!; i++) {
        const x = this.eqVar[i]!;
        if (status[x] === OPEN) continue;
        const a = mod((rij.get(x) ?? 0) + this.eqCoef[i]!);
        if (a) rij.set(x, a);
        else rij.delete(x);
      }
      // A copy: the row changes while its keys are walked.
      for (const x of Array.from(rij.keys())) {
        const q = pivots.get(x);
        const a = rij.get(x);
        if (!q || a === undefined) continue;
        for (const [y, b] of q) {
          const w = mod((rij.get(y) ?? 0) - a * b);
          if (w) rij.set(y, w);
          else rij.delete(y);
        }
      }
      if (!rij.size) continue;
      let p = Infinity;
      for (const x of rij.keys()) if (x < p) p = x;
      const inv = inverse(rij.get(p)!);
      for (const [x, a] of rij) rij.set(x, mod(a * inv));
      // Eliminate the new pivot from the rows that hold it.
      for (const q of Array.from(bevat.get(p) ?? [])) {
        const rq = pivots.get(q)!;
        const a = rq.get(p)!;
        for (const [y, b] of rij) {
          const w = mod((rq.get(y) ?? 0) - a * b);
          if (w) {
            rq.set(y, w);
            if (y !== q) voeg(y, q);
          } else {
            rq.delete(y);
            bevat.get(y)?.delete(q);
          }
        }
      }
      bevat.delete(p);
      pivots.set(p, rij);
      for (const y of rij.keys()) if (y !== p) voeg(y, p);
    }
    const uit: number[] = [];
    for (const [p, rij] of pivots) if (rij.size === 1) uit.push(p);
    return uit;
  }

  /** Masked cells that can be recomputed: by exact elimination over all equations, or by one equation (alone or with the markers' ranges). */
  herleidbaar(status: Uint8Array): { exact: number[]; bereik: number[] } {
    const bereik = new Set<number>();
    for (let e = 0; e < this.aantal; e++) for (const x of this.bereikBepaald(e, status)) bereik.add(x);
    return { exact: this.exactBepaald(status), bereik: [...bereik].sort((a, b) => a - b) };
  }
}
