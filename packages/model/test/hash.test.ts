import { describe, expect, it } from 'vitest';
import { korteHash, sha256Hex } from '../src/hash.ts';

describe('hashes', () => {
  it('gives the SHA-256 of bytes as hex and shows a package hash by its first 12 characters', async () => {
    const hash = await sha256Hex(new TextEncoder().encode('abc'));
    expect(hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(korteHash(hash)).toBe('ba7816bf8f01');
  });
});
