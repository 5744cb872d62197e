import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun, REPO } from './cli.ts';

// Acceptance of issue 14 on the command line: source 003's Wsw key figures from the demo package, and a Wsw personnel extract with a bad line.
let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-wsw-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('Wsw on the command line', () => {
  it.each([
    ['GM0361', 'Alkmaar', 425, 478, 168],
    ['GM0398', 'Heerhugowaard', 170, 191, 40],
  ])('npm run figures prints source 003 for %s on 1-1-2011 (SW ultimo december 2010)', (code, naam, se, fte, wachtlijst) => {
    const r = npmRun('figures', ['data/demo-package', '--indicator', 'wsw_se,wsw_fte,wsw_wachtlijst', '--gemeente', code]);
    expect(r.code, r.stderr).toBe(0);
    const regels = r.stdout.split(/\r?\n/).filter((l) => l.includes(',totaal,totaal,') && l.includes(',2011-01-01,'));
    expect(regels).toEqual([`wsw_se,${code},${naam},2011-01-01,totaal,totaal,${se}`, `wsw_fte,${code},${naam},2011-01-01,totaal,totaal,${fte}`, `wsw_wachtlijst,${code},${naam},2011-01-01,totaal,totaal,${wachtlijst}`]);
  });

  it('loads a Wsw personnel extract, and refuses a bad line with file:line while the package stays as it was', () => {
    const extracten = join(map, 'wsw');
    cpSync(join(REPO, 'data/extracts/wsw'), extracten, { recursive: true });
    const pakket = join(map, 'pakket');
    const goed = npmRun('ingest', [extracten, '--out', pakket]);
    expect(goed.code, goed.stderr).toBe(0);
    const voor = readFileSync(join(pakket, 'manifest.json'), 'utf8');
    expect(JSON.parse(voor).bronnen.map((b: { onderdelen: Array<{ soort: string }> }) => b.onderdelen[0]!.soort).sort()).toEqual(['wsw_kengetallen', 'wsw_personeel', 'wsw_personeel', 'wsw_personeel']);

    // Line 5 of WNK's extract gets a start date that does not exist.
    const bestand = join(extracten, 'wsw-personeel-wnk.csv');
    const regels = readFileSync(bestand, 'utf8').split('\n');
    const cellen = regels[4]!.split(';');
    cellen[3] = '2001-02-30';
    regels[4] = cellen.join(';');
    writeFileSync(bestand, regels.join('\n'));
    const r = npmRun('ingest', [extracten, '--out', pakket]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/wsw-personeel-wnk\.csv:5: Ongeldige datum "2001-02-30" in kolom Begindatum\. Oplossing:/);
    expect(r.stderr).toContain('er is niets geladen');
    expect(readFileSync(join(pakket, 'manifest.json'), 'utf8')).toBe(voor);
  });
});
