import { afterEach, describe, expect, it, vi } from 'vitest';
import { binnenStarttijd, controleerBereikbaar, RekenmachineStartNiet, STARTTIJD_MS } from '../src/start.ts';

const WASM = '/assets/duckdb-eh-Bx12.wasm';

describe('the WASM module check before DuckDB starts', () => {
  it('fails with the file name when the request gets no answer (blocked, or no server)', async () => {
    const haal = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const fout = await controleerBereikbaar(WASM, haal).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(RekenmachineStartNiet);
    // A page prints a failed query as String(fout): the Dutch sentence, without the class name.
    expect(String(fout)).toBe(
      'De rekenmachine (DuckDB) kon niet starten: duckdb-eh-Bx12.wasm kon niet worden opgehaald (geen antwoord: geen verbinding met de server, of het verzoek werd geblokkeerd).',
    );
  });

  it('fails with the status when the server does not have the file', async () => {
    const haal = (async () => new Response('niet gevonden', { status: 404 })) as typeof fetch;
    await expect(controleerBereikbaar(WASM, haal)).rejects.toThrow(/duckdb-eh-Bx12\.wasm kon niet worden opgehaald \(status 404\)/);
  });

  it('asks only for the status of a file that is there (HEAD): the module is downloaded once, by the worker', async () => {
    const gevraagd: Array<string | undefined> = [];
    const haal = (async (_url: string, init?: RequestInit) => {
      gevraagd.push(init?.method);
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    await controleerBereikbaar(WASM, haal);
    expect(gevraagd).toEqual(['HEAD']);
  });
});

describe('a DuckDB start within its time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives what the start gives, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    expect(await binnenStarttijd(Promise.resolve('gestart'), new Promise<never>(() => {}))).toBe('gestart');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails after two minutes when the start never ends (what DuckDB-WASM does without its module)', async () => {
    vi.useFakeTimers();
    const start = binnenStarttijd(new Promise<never>(() => {}), new Promise<never>(() => {}));
    const fout = start.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(STARTTIJD_MS - 1);
    let klaar = false;
    void fout.then(() => (klaar = true));
    await Promise.resolve();
    expect(klaar).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(((await fout) as Error).message).toBe('De rekenmachine (DuckDB) kon niet starten: DuckDB is na 120 seconden nog niet gestart.');
  });

  it('fails at once with the reason when the worker reports a failure first', async () => {
    const mislukt = Promise.reject(new RekenmachineStartNiet('de worker van DuckDB kon niet worden geladen'));
    await expect(binnenStarttijd(new Promise<never>(() => {}), mislukt)).rejects.toThrow('De rekenmachine (DuckDB) kon niet starten: de worker van DuckDB kon niet worden geladen.');
  });
});
