/** An extract file as handed to ingest: its name (for messages) and its bytes. */
export interface Bronbestand {
  naam: string;
  bytes: Uint8Array;
}


export function isXlsx(bron: Bronbestand): boolean {
  // XLSX is a zip: "PK\x03\x04"
  const b = bron.bytes;
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
