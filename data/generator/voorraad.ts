import { type Dag, maandIndex } from './dag.ts';
import type { Rng } from './rng.ts';

/**
 * A period in a stock: a benefit or a register entry. `gepland` is the day it will end if nothing
 * intervenes (inclusive); `eind` is set once it has ended.
 */
export interface Periode {
  cel: number;
  start: Dag;
  gepland: Dag;
  geplandeReden: string;
  eind: Dag | null;
  reden: string;
  /** Position in the running list of its cell (internal). */
  pos: number;
}

export interface VoorraadOpties<T extends Periode> {
  /** Peildata P0..Pn (first days of consecutive months). */
  peildata: Dag[];
  /** Target stock per cell on every peildatum: doel[cel][i]. doel[c][0] must equal initieel[c].length. */
  doel: number[][];
  /** Periods running on P0, per cell. */
  initieel: T[][];
  /** Periods taken over from elsewhere, starting on P(i+1): key i, per cell. */
  overname?: Map<number, T[][]>;
  /** No new period may start after this day (a municipality about to be dissolved). */
  laatsteStart?: Dag;
  /** A new period of a cell starting on `start`; it must not end before `minEind`. */
  nieuw(cel: number, start: Dag, minEind: Dag): T;
  /** Reason for an end that the target forced (more ended than planned). */
  geforceerdeReden(p: T): string;
  /** Called when a period ends (planned or forced). */
  beeindigd?(p: T): void;
  rng: Rng;
}

/**
 * Runs a stock month by month so that it equals its target on every peildatum: periods end when
 * planned; when the target falls faster, more are ended; the rest is made up by new periods
 * starting after the peildatum and at the latest on the next one. Returns every period it held
 * (including the initial ones); those still running at Pn have `eind === null`.
 */
export function simuleerVoorraad<T extends Periode>(o: VoorraadOpties<T>): { alle: T[]; lopend: T[][] } {
  const cellen = o.doel.length;
  const basis = maandIndex(o.peildata[0]!);
  const n = o.peildata.length;
  const lopend: T[][] = Array.from({ length: cellen }, () => []);
  const emmers: T[][] = Array.from({ length: n }, () => []);
  const alle: T[] = [];

  const plaats = (p: T) => {
    const i = maandIndex(p.gepland) - basis;
    if (i < n - 1) emmers[Math.max(i, 0)]!.push(p);
  };
  const voegToe = (p: T) => {
    const lijst = lopend[p.cel]!;
    p.pos = lijst.length;
    lijst.push(p);
    plaats(p);
  };
  const haalWeg = (p: T) => {
    const lijst = lopend[p.cel]!;
    const laatste = lijst.pop()!;
    if (laatste !== p) {
      lijst[p.pos] = laatste;
      laatste.pos = p.pos;
    }
    p.pos = -1;
  };

  for (let c = 0; c < cellen; c++) {
    if (o.initieel[c]!.length !== o.doel[c]![0]) throw new Error(`begin van cel ${c}: ${o.initieel[c]!.length} ≠ ${o.doel[c]![0]}`);
    for (const p of o.initieel[c]!) {
      alle.push(p);
      voegToe(p);
    }
  }

  for (let i = 0; i < n - 1; i++) {
    const p0 = o.peildata[i]!;
    const p1 = o.peildata[i + 1]!;
    // 1. planned ends in [p0, p1)
    for (const p of emmers[i]!) {
      if (p.eind !== null || p.pos < 0) continue;
      p.eind = p.gepland;
      p.reden = p.geplandeReden;
      haalWeg(p);
      o.beeindigd?.(p);
    }
    const over = o.overname?.get(i);
    const laatsteStart = o.laatsteStart !== undefined ? Math.min(o.laatsteStart, p1) : p1;
    for (let c = 0; c < cellen; c++) {
      const lijst = lopend[c]!;
      const extra = over?.[c]?.length ?? 0;
      let nodig = o.doel[c]![i + 1]! - lijst.length - extra;
      // 2. the target falls faster than planned: end more
      while (nodig < 0) {
        const p = lijst[o.rng.int(0, lijst.length - 1)]!;
        p.eind = o.rng.int(Math.max(p0, p.start), p1 - 1);
        p.reden = o.geforceerdeReden(p);
        haalWeg(p);
        o.beeindigd?.(p);
        nodig++;
      }
      // 3. new periods
      for (let k = 0; k < nodig; k++) {
        if (laatsteStart <= p0) throw new Error('geen ruimte voor instroom');
        const start = o.rng.int(p0 + 1, laatsteStart);
        const p = o.nieuw(c, start, p1);
        p.cel = c;
        if (p.gepland < p1) throw new Error('nieuwe periode eindigt te vroeg');
        alle.push(p);
        voegToe(p);
      }
    }
    // 4. periods taken over start on p1
    if (over) {
      for (let c = 0; c < cellen; c++) {
        for (const p of over[c] ?? []) {
          if (p.start !== p1) throw new Error('overname begint niet op de peildatum');
          alle.push(p);
          voegToe(p);
        }
      }
    }
    for (let c = 0; c < cellen; c++) {
      if (lopend[c]!.length !== o.doel[c]![i + 1]) throw new Error(`cel ${c} op peildatum ${i + 1}: ${lopend[c]!.length} ≠ ${o.doel[c]![i + 1]}`);
    }
  }
  return { alle, lopend };
}
