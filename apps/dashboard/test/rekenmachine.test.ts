import { describe, expect, it } from 'vitest';
import type { Pakket } from '@pw/datapackage';
import type { Engine } from '@pw/engine';
import { Rekenmachine } from '../src/data/rekenmachine.ts';

/** A stand-in engine that records which package's tables it holds, as far as a load got. */
function nepEngine() {
  const tabellen = new Map<string, string>();
  return { tabellen, engine: { query: async () => [...tabellen.entries()] } as unknown as Engine };
}
const pakket = (hash: string): Pakket => ({ manifest: { hash } as Pakket['manifest'], bestanden: new Map() });
const A = pakket('a'.repeat(64));
const B = pakket('b'.repeat(64));

/** Loads a package's two tables; with `faalBij` the load stops after the first table, as a failed insert would. */
function lader(tabellen: Map<string, string>, faalBij: Set<string>) {
  const geladen: string[] = [];
  const laad = async (_: Engine, p: Pakket) => {
    geladen.push(p.manifest.hash[0]!);
    tabellen.set('uitkeringen_stand', p.manifest.hash);
    if (faalBij.delete(p.manifest.hash)) throw new Error('insertIPC mislukt');
    tabellen.set('inwoners', p.manifest.hash);
  };
  return { laad, geladen };
}

describe('the engine and the package it holds', () => {
  it('loads a package once and runs later work on it without loading again', async () => {
    const { tabellen, engine } = nepEngine();
    const { laad, geladen } = lader(tabellen, new Set());
    const r = new Rekenmachine(async () => engine, laad);
    await r.metPakket(A, async () => null);
    await r.metPakket(A, async () => null);
    expect(geladen).toEqual(['a']);
  });

  it('after a failed load, loads the package again before the next work (no mark is left)', async () => {
    const { tabellen, engine } = nepEngine();
    const { laad, geladen } = lader(tabellen, new Set([A.manifest.hash]));
    const r = new Rekenmachine(async () => engine, laad);
    await expect(r.metPakket(A, async () => 'niet bereikt')).rejects.toThrow('insertIPC mislukt');
    // Half of A is in the engine; the next use must not take that for the whole package.
    const inhoud = await r.metPakket(A, async () => Object.fromEntries(tabellen));
    expect(geladen).toEqual(['a', 'a']);
    expect(inhoud).toEqual({ uitkeringen_stand: A.manifest.hash, inwoners: A.manifest.hash });
  });

  it('after a failed switch to another package, loads the first one again', async () => {
    const { tabellen, engine } = nepEngine();
    const { laad, geladen } = lader(tabellen, new Set([B.manifest.hash]));
    const r = new Rekenmachine(async () => engine, laad);
    await r.metPakket(A, async () => null);
    await expect(r.metPakket(B, async () => null)).rejects.toThrow(/./);
    const inhoud = await r.metPakket(A, async () => Object.fromEntries(tabellen));
    expect(geladen).toEqual(['a', 'b', 'a']);
    expect(inhoud).toEqual({ uitkeringen_stand: A.manifest.hash, inwoners: A.manifest.hash });
  });

  it('runs one piece of work at a time, so tables are never replaced under a running query', async () => {
    const { tabellen, engine } = nepEngine();
    const { laad } = lader(tabellen, new Set());
    const r = new Rekenmachine(async () => engine, laad);
    const gezien: string[] = [];
    let klaar!: () => void;
    const wacht = new Promise<void>((ok) => (klaar = ok));
    const eerste = r.metPakket(A, async () => {
      await wacht;
      gezien.push(`A ziet ${tabellen.get('inwoners')![0]}`);
    });
    const tweede = r.metPakket(B, async () => void gezien.push(`B ziet ${tabellen.get('inwoners')![0]}`));
    await new Promise((ok) => setTimeout(ok, 10));
    klaar();
    await Promise.all([eerste, tweede]);
    expect(gezien).toEqual(['A ziet a', 'B ziet b']);
  });

  it('starts DuckDB once, however many pages ask', async () => {
    let gestart = 0;
    const { engine } = nepEngine();
    const r = new Rekenmachine(async () => (gestart++, engine), async () => {});
    await Promise.all([r.start(), r.metPakket(A, async () => null), r.metPakket(B, async () => null)]);
    expect(gestart).toBe(1);
  });
});
