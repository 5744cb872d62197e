/** An extract file as handed to ingest: its name (for messages) and its bytes. */
export interface Bronbestand {
  naam: string;
  bytes: Uint8Array;
}

/** SHA-256 of a file, hex; the same in Node and the browser (Web Crypto). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function isXlsx(bron: Bronbestand): boolean {
  // XLSX is a zip: "PK\x03\x04"
  const b = bron.bytes;
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
