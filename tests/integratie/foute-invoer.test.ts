import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun, REPO } from './cli.ts';

// Acceptance: an extract with a bad row is rejected with the file, the line and the reason; nothing of the earlier package is lost.
let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-fout-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('an extract with a bad row', () => {
  it('is rejected with file, line and reason, and leaves the existing package untouched', () => {
    const extracten = join(map, 'extracten');
    cpSync(join(REPO, 'data/extracts/twente'), extracten, { recursive: true });
    const pakket = join(map, 'pakket');
    expect(npmRun('ingest', [extracten, '--out', pakket]).code).toBe(0);
    const voor = readFileSync(join(pakket, 'manifest.json'), 'utf8');

    // Line 8 of Oldenzaal's extract gets an end date before its start date; line 9 an unknown municipality code.
    const bestand = join(extracten, 'uitkeringen-oldenzaal-2024-12.csv');
    const regels = readFileSync(bestand, 'utf8').split('\n');
    const cellen8 = regels[7]!.split(';');
    cellen8[4] = '1-1-1990';
    regels[7] = cellen8.join(';');
    const cellen9 = regels[8]!.split(';');
    cellen9[1] = '9999';
    regels[8] = cellen9.join(';');
    writeFileSync(bestand, regels.join('\n'));

    const r = npmRun('ingest', [extracten, '--out', pakket]);
    expect(r.code).toBe(1);
    const fouten = r.stderr.split('\n').filter((l) => l.includes('uitkeringen-oldenzaal-2024-12.csv:'));
    expect(fouten).toEqual([
      expect.stringMatching(/uitkeringen-oldenzaal-2024-12\.csv:8: De einddatum 1-1-1990 ligt vóór de ingangsdatum\. Oplossing: Corrigeer de ingangs- of de einddatum/),
      expect.stringMatching(/uitkeringen-oldenzaal-2024-12\.csv:9: Onbekende gemeente "9999"\. Oplossing: Gebruik de CBS-gemeentecode/),
    ]);
    expect(r.stderr).toContain('er is niets geladen');
    expect(readFileSync(join(pakket, 'manifest.json'), 'utf8')).toBe(voor);
  });
});
