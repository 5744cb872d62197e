import { DataType, tableFromIPC, tableToIPC } from 'apache-arrow';

/**
 * Arrow IPC with stable bytes: the value slots under NULLs are zeroed (DuckDB leaves them
 * uninitialised), so the same data always gives the same file and the same package hash.
 */
export function stabieleArrow(bytes: Uint8Array): Uint8Array {
  const tabel = tableFromIPC(bytes);
  for (const veld of tabel.schema.fields) {
    const kolom = tabel.getChild(veld.name);
    if (!kolom) continue;
    for (const d of kolom.data) {
      if (d.nullCount === 0 || !d.nullBitmap) continue;
      if (!(DataType.isInt(d.type) || DataType.isFloat(d.type) || DataType.isDate(d.type) || DataType.isTimestamp(d.type))) continue;
      const waarden = d.values as unknown as { [i: number]: number | bigint };
      const stride = d.stride;
      const nul = typeof waarden[0] === 'bigint' ? 0n : 0;
      for (let i = 0; i < d.length; i++) {
        if (d.getValid(i)) continue;
        for (let k = 0; k < stride; k++) waarden[i * stride + k] = nul;
      }
    }
  }
  return tableToIPC(tabel, 'file');
}
