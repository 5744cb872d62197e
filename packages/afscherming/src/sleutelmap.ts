/**
 * A map from non-negative integer keys (below 2^31) to non-negative integers, with open addressing
 * in typed arrays: several times faster than `Map` for the hundred thousand cells of a package,
 * and nothing for the garbage collector.
 */
export class Sleutelmap {
  private sleutels: Int32Array;
  private waarden: Int32Array;
  private masker: number;
  private aantal = 0;

  constructor(verwacht = 16) {
    let n = 16;
    while (n < verwacht * 2) n *= 2;
    this.sleutels = new Int32Array(n).fill(-1);
    this.waarden = new Int32Array(n);
    this.masker = n - 1;
  }

  get size(): number {
    return this.aantal;
  }

  private plek(k: number): number {
    let i = Math.imul(k, 0x9e3779b1) & this.masker;
    while (this.sleutels[i] !== -1 && this.sleutels[i] !== k) i = (i + 1) & this.masker;
    return i;
  }

  get(k: number): number | undefined {
    const i = this.plek(k);
    return this.sleutels[i] === -1 ? undefined : this.waarden[i];
  }

  set(k: number, w: number): void {
    if ((this.aantal + 1) * 2 > this.sleutels.length) this.groei();
    const i = this.plek(k);
    if (this.sleutels[i] === -1) {
      this.sleutels[i] = k;
      this.aantal++;
    }
    this.waarden[i] = w;
  }

  private groei(): void {
    const { sleutels, waarden } = this;
    this.sleutels = new Int32Array(sleutels.length * 2).fill(-1);
    this.waarden = new Int32Array(sleutels.length * 2);
    this.masker = this.sleutels.length - 1;
    this.aantal = 0;
    for (let i = 0; i < sleutels.length; i++) if (sleutels[i] !== -1) this.set(sleutels[i]!, waarden[i]!);
  }
}
