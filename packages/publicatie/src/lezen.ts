import { DataType, tableFromIPC, type Data, type Table, type Utf8, type Vector } from 'apache-arrow';
import { GEHEIM_MARKER, KLEIN_AANTAL_MARKER, type Markering } from '@pw/afscherming';
import type { Figuur, Figurenindex } from '@pw/metrics';
import { geldigheid } from '@pw/engine';

/**
 * Reading a shipped figures table (`figuren_huidig`, `figuren_historisch`) without DuckDB, as an
 * index by area that makes an area's rows only when it is first asked for. A page shows one area
 * and its comparison group; making all 170,000 rows of the demo package as objects took 30 to 90
 * ms before the first figure, and most of them were never looked at.
 *
 * Text columns are read as a list of distinct values plus a number per row: as the package writes
 * them (Arrow dictionaries, `queryIPC(…, { woordenboek: true })`), or, for a package made before
 * that, plain text columns turned into the same form.
 */

const TEKSTKOLOMMEN = ['indicator', 'gemeente_code', 'gemeente_naam', 'periode', 'dimensie', 'categorie', 'markering'] as const;
type Tekstkolom = (typeof TEKSTKOLOMMEN)[number];

/** A text column: its distinct values (null included when it occurs) and per row the number of its value. */
interface Codes {
  woorden: ReadonlyArray<string | null>;
  nummers: Int32Array;
}

export class Figurenbestandfout extends Error {
  constructor(bestand: string, reden: string) {
    super(`${bestand}: ${reden}`);
    this.name = 'Figurenbestandfout';
  }
}

function codesVan(kolom: Vector, n: number): Codes {
  const woorden: Array<string | null> = [];
  const nummers = new Int32Array(n);
  const nummerVan = new Map<string | null, number>();
  const nummer = (w: string | null) => {
    let k = nummerVan.get(w);
    if (k === undefined) {
      nummerVan.set(w, (k = woorden.length));
      woorden.push(w);
    }
    return k;
  };
  let i = 0;
  if (DataType.isDictionary(kolom.type)) {
    const delen = kolom.data as ReadonlyArray<Data>;
    for (const d of delen) if (!d.dictionary) throw new Error('een kolom met woordenboek mist zijn woordenboek');
    const eerste = delen[0]?.dictionary as Vector | undefined;
    if (eerste && delen.every((d) => d.dictionary === eerste)) {
      // One dictionary for the whole file, as the package writes it: its values are the list and
      // each chunk's indices are copied as they are; only null rows (if any) are looked at one by one.
      for (const w of eerste) woorden.push(w === null || w === undefined ? null : String(w));
      const leeg = woorden.length;
      for (const d of delen) {
        const v = d.values as Int8Array | Int16Array | Int32Array;
        nummers.set(v.subarray(0, d.length), i);
        // A row with a value must point into the dictionary (a mailed file may not); a null row's
        // slot may hold anything and becomes the null entry after the dictionary's values.
        const geldig = geldigheid(d);
        for (let j = 0; j < d.length; j++) {
          if (!geldig(j)) nummers[i + j] = leeg;
          else if (nummers[i + j]! < 0 || nummers[i + j]! >= leeg) throw new Error('een waarde verwijst buiten het woordenboek');
        }
        i += d.length;
      }
      woorden.push(null);
      return { woorden, nummers };
    }
    // Several dictionaries: each mapped once onto the list.
    const vertaald = new Map<unknown, Int32Array>();
    for (const d of delen) {
      const boek = d.dictionary as Vector;
      let naar = vertaald.get(boek);
      if (!naar) {
        naar = new Int32Array(boek.length);
        let j = 0;
        for (const w of boek) naar[j++] = nummer(w === null || w === undefined ? null : String(w));
        vertaald.set(boek, naar);
      }
      const v = d.values as ArrayLike<number>;
      const geldig = geldigheid(d);
      for (let j = 0; j < d.length; j++, i++) {
        const w = geldig(j) ? naar[v[j]!] : nummer(null);
        if (w === undefined) throw new Error('een waarde verwijst buiten het woordenboek');
        nummers[i] = w;
      }
    }
    return { woorden, nummers };
  }
  if (!DataType.isUtf8(kolom.type)) throw new Error(`de kolom is geen tekst (${String(kolom.type)})`);
  // A package made before the dictionaries: a chunk whose bytes are all ASCII (codes, periods and
  // names nearly always are) is decoded once and cut at its offsets, not decoded value by value.
  for (const d of kolom.data as ReadonlyArray<Data<Utf8>>) {
    const offsets = d.valueOffsets;
    const begin = offsets[0]!;
    const eind = offsets[d.length]!;
    const geheel = utf8.decode(d.values.subarray(begin, eind));
    const ascii = geheel.length === eind - begin;
    const geldig = geldigheid(d);
    for (let j = 0; j < d.length; j++, i++) {
      if (!geldig(j)) nummers[i] = nummer(null);
      else nummers[i] = nummer(ascii ? geheel.slice(offsets[j]! - begin, offsets[j + 1]! - begin) : utf8.decode(d.values.subarray(offsets[j]!, offsets[j + 1]!)));
    }
  }
  return { woorden, nummers };
}

/** A number column (`waarde`) as numbers, null where it has none (not the 0 under Arrow's null slot). */
function getallenVan(kolom: Vector, n: number): ArrayLike<number | null> {
  if (!DataType.isFloat(kolom.type) && !DataType.isInt(kolom.type)) throw new Error(`de kolom is geen getal (${String(kolom.type)})`);
  if (!kolom.nullCount && DataType.isFloat(kolom.type)) return kolom.toArray() as Float64Array;
  const uit = new Array<number | null>(n);
  let i = 0;
  for (const d of kolom.data as ReadonlyArray<Data>) {
    const v = d.values as ArrayLike<number | bigint>;
    const geldig = geldigheid(d);
    for (let j = 0; j < d.length; j++, i++) uit[i] = geldig(j) ? Number(v[j]) : null;
  }
  return uit;
}

const utf8 = new TextDecoder();

/** The shipped standard figures of one indeling, by area: a `Figurenindex` (as `indexeerFiguren` makes one) with each row's masking decision. */
export class GeleverdeFiguren implements Figurenindex {
  private readonly kolommen: Record<Tekstkolom, Codes>;
  private readonly waarden: ArrayLike<number | null>;
  /** Per area (by its number in gemeente_code), its row positions in file order. */
  private readonly posities = new Map<string, Int32Array>();
  private readonly gemaakt = new Map<string, { rijen: Figuur[]; markeringen: Array<Markering | null> }>();
  /** Every row in file order (made when something needs them all). */
  readonly aantalRijen: number;

  constructor(tabel: Table, bestand: string) {
    const n = tabel.numRows;
    this.aantalRijen = n;
    const kolom = (naam: string) => {
      const k = tabel.getChild(naam);
      if (!k) throw new Figurenbestandfout(bestand, `de kolom ${naam} ontbreekt.`);
      return k;
    };
    const kolommen = {} as Record<Tekstkolom, Codes>;
    for (const naam of TEKSTKOLOMMEN) {
      try {
        kolommen[naam] = codesVan(kolom(naam), n);
      } catch (e) {
        if (e instanceof Figurenbestandfout) throw e;
        throw new Figurenbestandfout(bestand, `kolom ${naam}: ${e instanceof Error ? e.message : String(e)}.`);
      }
    }
    this.kolommen = kolommen;
    // A figure without a value stays null (as the engine gives it), not the 0 under Arrow's null slot.
    try {
      this.waarden = getallenVan(kolom('waarde'), n);
    } catch (e) {
      if (e instanceof Figurenbestandfout) throw e;
      throw new Figurenbestandfout(bestand, `kolom waarde: ${e instanceof Error ? e.message : String(e)}.`);
    }
    // Row positions grouped by area in one array (counted first, then filled in file order).
    const { woorden, nummers } = kolommen.gemeente_code;
    const begin = new Int32Array(woorden.length + 1);
    for (let i = 0; i < n; i++) begin[nummers[i]! + 1]!++;
    for (let k = 0; k < woorden.length; k++) begin[k + 1]! += begin[k]!;
    const volgende = begin.slice(0, woorden.length);
    const alle = new Int32Array(n);
    for (let i = 0; i < n; i++) alle[volgende[nummers[i]!]!++] = i;
    woorden.forEach((code, k) => {
      if (code !== null && begin[k + 1]! > begin[k]!) this.posities.set(code, alle.subarray(begin[k]!, begin[k + 1]!));
    });
  }

  private maak(code: string) {
    let uit = this.gemaakt.get(code);
    if (uit) return uit;
    const posities = this.posities.get(code);
    if (!posities) return undefined;
    const k = this.kolommen;
    const tekst = (c: Codes, i: number) => c.woorden[c.nummers[i]!] as string;
    const rijen = new Array<Figuur>(posities.length);
    const markeringen = new Array<Markering | null>(posities.length);
    posities.forEach((i, j) => {
      const w = this.waarden[i];
      rijen[j] = {
        indicator: tekst(k.indicator, i),
        gemeente_code: code,
        gemeente_naam: tekst(k.gemeente_naam, i),
        periode: tekst(k.periode, i),
        dimensie: tekst(k.dimensie, i),
        categorie: tekst(k.categorie, i),
        waarde: w === null || w === undefined ? (null as unknown as number) : Number(w),
      };
      const m = k.markering.woorden[k.markering.nummers[i]!];
      markeringen[j] = m === KLEIN_AANTAL_MARKER || m === GEHEIM_MARKER ? m : null;
    });
    uit = { rijen, markeringen };
    this.gemaakt.set(code, uit);
    return uit;
  }

  /** The masking decision of each row of `get(code)` (same index); null: published as it is. */
  markeringenVan(code: string): ReadonlyArray<Markering | null> {
    return this.maak(code)?.markeringen ?? [];
  }

  /** Every row in file order (the order of every output), e.g. for the latest year with figures. */
  alleRijen(): Figuur[] {
    const uit: Figuur[] = new Array<Figuur>(this.aantalRijen);
    for (const [code, posities] of this.posities) {
      const rijen = this.maak(code)!.rijen;
      posities.forEach((i, j) => (uit[i] = rijen[j]!));
    }
    return uit;
  }

  get size(): number {
    return this.posities.size;
  }
  has(code: string): boolean {
    return this.posities.has(code);
  }
  get(code: string): readonly Figuur[] | undefined {
    return this.maak(code)?.rijen;
  }
  keys(): MapIterator<string> {
    return this.posities.keys();
  }
  *values(): MapIterator<readonly Figuur[]> {
    for (const code of this.posities.keys()) yield this.maak(code)!.rijen;
  }
  *entries(): MapIterator<[string, readonly Figuur[]]> {
    for (const code of this.posities.keys()) yield [code, this.maak(code)!.rijen];
  }
  [Symbol.iterator](): MapIterator<[string, readonly Figuur[]]> {
    return this.entries();
  }
  forEach(f: (rijen: readonly Figuur[], code: string, index: ReadonlyMap<string, readonly Figuur[]>) => void): void {
    for (const [code, rijen] of this.entries()) f(rijen, code, this);
  }
}

/** The shipped figures in the bytes of `bestand` (a package's `figuren_*.arrow`, already checked against its sha256). */
export function leesGeleverdeFiguren(bytes: Uint8Array, bestand: string): GeleverdeFiguren {
  let tabel: Table;
  try {
    tabel = tableFromIPC(bytes);
  } catch {
    throw new Figurenbestandfout(bestand, 'is geen leesbaar Arrow-bestand.');
  }
  return new GeleverdeFiguren(tabel, bestand);
}
