import { Bool, DataType, DateDay, Dictionary, Field, Float64, Int16, Int32, Int8, makeData, makeVector, RecordBatch, Schema, Struct, Table, tableToIPC, Type, Utf8, type Data, type Vector } from 'apache-arrow';

/**
 * Query results as Arrow IPC, built in JavaScript from the values, the same way for every engine:
 * native DuckDB (`@duckdb/node-api`) cannot write Arrow without its arrow extension (a download),
 * and DuckDB-WASM's own Arrow differs from it in batching. Building the bytes here from plain
 * columns makes the same rows give the same bytes on every engine (a data package made by the
 * command line with native DuckDB equals the one DuckDB-WASM makes, byte for byte).
 *
 * Five kinds of column, matching what the WASM engine returns under `DUCKDB_CONFIG` (BIGINT,
 * HUGEINT and DECIMAL come back as DOUBLE there, so they do here too).
 */
export type Kolomsoort = 'tekst' | 'datum' | 'int32' | 'float64' | 'bool';

/** A result as columns: dates as days since 1970-01-01, every other value as it is; null for NULL. */
export interface Kolommen {
  namen: string[];
  soorten: Kolomsoort[];
  waarden: Array<ArrayLike<string | number | boolean | null>>;
  rijen: number;
}

/** Rows per record batch: DuckDB's vector size, as DuckDB-WASM's own Arrow output had it. */
const BATCH = 2048;

const DAG_MS = 86_400_000;

function arrowType(soort: Kolomsoort): DataType {
  switch (soort) {
    case 'tekst':
      return new Utf8();
    case 'datum':
      return new DateDay();
    case 'int32':
      return new Int32();
    case 'float64':
      return new Float64();
    case 'bool':
      return new Bool();
  }
}

const tekstcoder = new TextEncoder();

/** One column slice `[van, tot)` as Arrow data; value slots under a NULL are zero. */
function kolomData(soort: Kolomsoort, w: ArrayLike<string | number | boolean | null>, van: number, tot: number): Data {
  const n = tot - van;
  const type = arrowType(soort);
  let nullen = 0;
  const bitmap = new Uint8Array(((n + 63) >> 6) << 3);
  for (let i = 0; i < n; i++) {
    if (w[van + i] === null || w[van + i] === undefined) nullen++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  const nullBitmap = nullen ? bitmap : undefined;
  if (soort === 'tekst') {
    const delen: Uint8Array[] = new Array(n);
    const offsets = new Int32Array(n + 1);
    // Package columns repeat a few values (codes, categories): encode each value once.
    const gecodeerd = new Map<string, Uint8Array>();
    const leeg: Uint8Array = new Uint8Array(0);
    let lengte = 0;
    for (let i = 0; i < n; i++) {
      const v = w[van + i];
      let b: Uint8Array = leeg;
      if (v !== null && v !== undefined) {
        const t = String(v);
        b = gecodeerd.get(t) ?? tekstcoder.encode(t);
        if (gecodeerd.size < 100_000) gecodeerd.set(t, b);
      }
      delen[i] = b;
      lengte += b.length;
      offsets[i + 1] = lengte;
    }
    const data = new Uint8Array(lengte);
    for (let i = 0; i < n; i++) data.set(delen[i]!, offsets[i]!);
    return makeData({ type: type as Utf8, length: n, nullCount: nullen, nullBitmap, valueOffsets: offsets, data });
  }
  if (soort === 'bool') {
    const data = new Uint8Array(((n + 63) >> 6) << 3);
    for (let i = 0; i < n; i++) if (w[van + i] === true) data[i >> 3]! |= 1 << (i & 7);
    return makeData({ type: type as Bool, length: n, nullCount: nullen, nullBitmap, data });
  }
  const data = soort === 'float64' ? new Float64Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = w[van + i];
    if (v !== null && v !== undefined) data[i] = Number(v);
  }
  return makeData({ type: type as Int32, length: n, nullCount: nullen, nullBitmap, data: data as Int32Array });
}

/** How to write the columns: `woordenboek` writes every text column dictionary-encoded (see `Woordenboek`). */
export interface IpcOpties {
  woordenboek?: boolean;
}

/**
 * A text column as a dictionary (Arrow `Dictionary<Int8|Int16|Int32, Utf8>`): each distinct value
 * once, in the order it first occurs (so the same rows give the same bytes), and per row its number,
 * in the smallest integer type that holds them (one byte for up to 127 values). For tables
 * whose text repeats a few values (codes, periods, names), such as the shipped figures: a reader
 * decodes each value once instead of once per row, and the file is a fraction of the size.
 */
class Woordenboek {
  readonly type: Dictionary<Utf8, Int8 | Int16 | Int32>;
  readonly waarden: Vector<Utf8>;
  private readonly nummer = new Map<string, number>();

  constructor(id: number, w: ArrayLike<string | number | boolean | null>, n: number) {
    const lijst: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = w[i];
      if (v === null || v === undefined) continue;
      const t = String(v);
      if (!this.nummer.has(t)) {
        this.nummer.set(t, lijst.length);
        lijst.push(t);
      }
    }
    const nummer = lijst.length <= 0x7f ? new Int8() : lijst.length <= 0x7fff ? new Int16() : new Int32();
    this.type = new Dictionary(new Utf8(), nummer, id, false);
    const tekst = kolomData('tekst', lijst, 0, lijst.length) as Data<Utf8>;
    this.waarden = makeVector(tekst);
  }

  data(w: ArrayLike<string | number | boolean | null>, van: number, tot: number): Data {
    const n = tot - van;
    let nullen = 0;
    const bitmap = new Uint8Array(((n + 63) >> 6) << 3);
    const nummers = new this.type.indices.ArrayType(n);
    for (let i = 0; i < n; i++) {
      const v = w[van + i];
      if (v === null || v === undefined) nullen++;
      else {
        bitmap[i >> 3]! |= 1 << (i & 7);
        nummers[i] = this.nummer.get(String(v))!;
      }
    }
    return makeData({ type: this.type, length: n, nullCount: nullen, nullBitmap: nullen ? bitmap : undefined, data: nummers, dictionary: this.waarden });
  }
}

/** Columns → an Arrow table (made with this process's `apache-arrow`), in batches of 2048 rows. */
export function tabelVanKolommen(k: Kolommen, opties: IpcOpties = {}): Table {
  const boeken = k.soorten.map((s, i) => (opties.woordenboek && s === 'tekst' ? new Woordenboek(i, k.waarden[i]!, k.rijen) : null));
  const schema = new Schema(k.namen.map((naam, i) => new Field(naam, boeken[i]?.type ?? arrowType(k.soorten[i]!), true)));
  const batches: RecordBatch[] = [];
  for (let van = 0; van < k.rijen || (van === 0 && batches.length === 0); van += BATCH) {
    const tot = Math.min(k.rijen, van + BATCH);
    const kinderen = k.soorten.map((s, i) => boeken[i]?.data(k.waarden[i]!, van, tot) ?? kolomData(s, k.waarden[i]!, van, tot));
    batches.push(new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: tot - van, nullCount: 0, children: kinderen })));
    if (k.rijen === 0) break;
  }
  return new Table(schema, batches);
}

/** Columns → Arrow IPC bytes (`file`: the `.arrow` format of a data package). */
export function ipcVanKolommen(k: Kolommen, formaat: 'file' | 'stream' = 'file', opties: IpcOpties = {}): Uint8Array {
  return tableToIPC(tabelVanKolommen(k, opties), formaat);
}

/** The kind of an Arrow column of a DuckDB-WASM result (either copy of apache-arrow: checked by type id). */
function soortVanArrow(type: DataType, naam: string): Kolomsoort {
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || DataType.isDictionary(type)) return 'tekst';
  if (DataType.isDate(type)) return 'datum';
  if (DataType.isInt(type)) return type.bitWidth <= 32 && !(type.bitWidth === 32 && !type.isSigned) ? 'int32' : 'float64';
  if (DataType.isFloat(type) || DataType.isDecimal(type)) return 'float64';
  if (DataType.isBool(type)) return 'bool';
  throw new Error(`Kolom ${naam}: het type ${Type[type.typeId]} kan niet als Arrow-bestand worden geschreven (alleen tekst, datum, getallen en ja/nee).`);
}

/** The columns of an Arrow table DuckDB-WASM returned (from either copy of apache-arrow). */
export function kolommenVanArrow(tabel: Table): Kolommen {
  const velden = tabel.schema.fields;
  const n = tabel.numRows;
  const soorten = velden.map((v) => soortVanArrow(v.type, v.name));
  const waarden = velden.map((veld, k) => {
    const kolom = tabel.getChild(veld.name);
    const uit: Array<string | number | boolean | null> = new Array(n).fill(null);
    if (!kolom) return uit;
    const soort = soorten[k]!;
    let i = 0;
    for (const d of kolom.data) {
      const dagen = soort === 'datum' && (d.type as DateDay).unit === 0 && !DataType.isDictionary(d.type);
      for (let j = 0; j < d.length; j++, i++) {
        if (!d.getValid(j)) continue;
        if (dagen) uit[i] = (d.values as Int32Array)[d.offset + j]!;
        else {
          const v: unknown = kolom.get(i);
          if (soort === 'datum') uit[i] = Math.round((typeof v === 'number' ? v : (v as Date).getTime()) / DAG_MS);
          else if (typeof v === 'bigint') uit[i] = Number(v);
          else if (soort === 'tekst') uit[i] = String(v);
          else uit[i] = v as string | number | boolean;
        }
      }
    }
    return uit;
  });
  return { namen: velden.map((v) => v.name), soorten, waarden, rijen: n };
}
