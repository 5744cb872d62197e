import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neemSchrijfslot } from '@pw/datapackage/node';
import { npmRun, REPO } from './cli.ts';

// npm run ingest --out: a second ingest into the same folder is refused while the first holds it,
// and a folder an ingest left half swapped (killed between its two renames) is restored first.
let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-slot-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

const beschutWerk = () => join(REPO, 'data/extracts/beschut-werk');

describe('npm run ingest into a folder another ingest is writing', () => {
  it('refuses with a Dutch message, reads and writes nothing, and runs once the other has finished', async () => {
    const pakket = join(map, 'bezet');
    const ander = await neemSchrijfslot(pakket);
    try {
      const r = npmRun('ingest', [beschutWerk(), '--out', pakket]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/bezet wordt al beschreven door een andere ingest \(proces \d+, sinds .* UTC\); er is niets gelezen of geschreven\. Oplossing: wacht tot die klaar is en probeer het opnieuw\./);
      expect(existsSync(pakket)).toBe(false);
    } finally {
      await ander.vrijgeven();
    }
    expect(npmRun('ingest', [beschutWerk(), '--out', pakket]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(pakket, 'manifest.json'), 'utf8')).schema).toBe('pw-monitor-datapakket');
  });
});

describe('npm run ingest after an ingest was killed between its two renames', () => {
  it('first puts the complete new package back in place, says so, and leaves nothing behind', () => {
    const pakket = join(map, 'onderbroken');
    // What a kill between "old folder aside" and "new folder in place" leaves: no folder, both packages beside it.
    cpSync(join(REPO, 'data/demo-package'), join(map, '.onderbroken.klaar-4242-abc'), { recursive: true });
    cpSync(join(REPO, 'data/demo-package'), join(map, '.onderbroken.oud-4242-abc'), { recursive: true });
    // This run fails on its input (a mapping file that does not exist), after the restore.
    const r = npmRun('ingest', [beschutWerk(), '--out', pakket, '--mapping', join(map, 'bestaat-niet.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${pakket}: een eerder onderbroken schrijfbeurt is hersteld; de map bevat weer het nieuwe datapakket.`);
    expect(readFileSync(join(pakket, 'manifest.json'), 'utf8')).toBe(readFileSync(join(REPO, 'data/demo-package/manifest.json'), 'utf8'));
    expect(readdirSync(map).filter((n) => n.startsWith('.onderbroken'))).toEqual([]);
  });
});
