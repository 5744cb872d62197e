/** SHA-256 of bytes as hex, the same in Node and the browser (Web Crypto). Used for file and package hashes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A package hash as people see it in messages, footers and file names: its first 12 hex
 * characters (48 bits; two different packages share them with a chance of about one in 10^14).
 */
export function korteHash(hash: string): string {
  return hash.slice(0, 12);
}
