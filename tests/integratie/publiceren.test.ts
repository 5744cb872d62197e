import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmRun } from './cli.ts';

const map = mkdtempSync(join(tmpdir(), 'pw-publiceren-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

const weergave = {
  schema: 'pw-monitor-weergave',
  versie: 2,
  id: 'w-publiek-0001',
  naam: 'Uitkeringen Noord-Oost Twente',
  omschrijving: 'Voor iedereen die dit pakket opent',
  pagina: '/uitkeringen',
  zoek: 'gebied=SV-noord-oost-twente',
  tabel: false,
  datapakket: { hash: 'a'.repeat(64), peildatum: null, naam: 'ergens gemaakt' },
  aangemaakt: '2026-11-23T10:00:00.000Z',
};

describe('publishing views with a data package', () => {
  it('puts validated views in the manifest, pointing at the package that carries them', () => {
    const bestand = join(map, 'weergaven.json');
    writeFileSync(bestand, JSON.stringify({ schema: 'pw-monitor-weergaven', weergaven: [weergave] }));
    const r = npmRun('ingest', ['data/extracts/twente', '--out', join(map, 'pakket'), '--weergaven', bestand, '--stil']);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(map, 'pakket', 'manifest.json'), 'utf8'));
    expect(manifest.weergaven).toHaveLength(1);
    expect(manifest.weergaven[0]).toMatchObject({ naam: 'Uitkeringen Noord-Oost Twente', zoek: 'gebied=SV-noord-oost-twente', datapakket: { hash: manifest.hash } });
  });

  it('refuses a view file with an unknown field and writes nothing', () => {
    const bestand = join(map, 'fout.json');
    writeFileSync(bestand, JSON.stringify({ ...weergave, script: '<script>' }));
    const r = npmRun('ingest', ['data/extracts/twente', '--out', join(map, 'niets'), '--weergaven', bestand, '--stil']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('onbekend veld "script"');
    expect(existsSync(join(map, 'niets'))).toBe(false);
  });
});
