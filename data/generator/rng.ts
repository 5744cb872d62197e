import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** The committed seed of the demo data. Change it and every extract changes. */
export const ZAAD = 20241231;

/** FNV-1a over a label, so every stream (per municipality, per purpose) has its own seed. */
function hash(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A seeded random stream (xoroshiro128+ from pure-rand). Each purpose gets its own stream, derived
 * from the seed and a label, so that changing how one municipality is drawn leaves the others as
 * they were.
 */
export class Rng {
  private readonly g: RandomGenerator;

  constructor(zaad: number, label = '') {
    this.g = xoroshiro128plus((zaad ^ hash(label)) | 0);
  }

  /** A derived, independent stream. */
  static voor(label: string, zaad: number = ZAAD): Rng {
    return new Rng(zaad, label);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.g);
  }

  /** Uniform integer in [van, tot], both included. */
  int(van: number, tot: number): number {
    return uniformInt(this.g, van, tot);
  }

  kans(p: number): boolean {
    return this.float() < p;
  }

  kies<T>(lijst: readonly T[]): T {
    return lijst[this.int(0, lijst.length - 1)]!;
  }

  /** Picks a key by weight. */
  gewogen<T>(opties: ReadonlyArray<readonly [T, number]>): T {
    let totaal = 0;
    for (const [, w] of opties) totaal += w;
    let r = this.float() * totaal;
    for (const [waarde, w] of opties) {
      r -= w;
      if (r < 0) return waarde;
    }
    return opties[opties.length - 1]![0];
  }

  /** Standard normal (Box–Muller). */
  normaal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Exponential with the given mean. */
  exponentieel(gemiddelde: number): number {
    return -Math.log(1 - this.float()) * gemiddelde;
  }

  /** Raw 32-bit output, for the fast bulk generator. */
  ruw(): number {
    return this.g.next();
  }
}
