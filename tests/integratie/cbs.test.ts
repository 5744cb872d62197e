import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { npmRun, REPO } from './cli.ts';

// Acceptance of issue 12 on the command line, with a CBS export other than the demo's: table 84066NED
// (2017, no BOM, codes padded to 7, no Perioden), with two cells made "." (unknown) as other exports have them.
let map: string;
let bestand: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-cbs-'));
  bestand = join(map, 'cbs-84066NED.csv');
  const regels = readFileSync(join(REPO, 'packages/ingest/test/cbs/bijstand-gemeenten-2017.csv'), 'utf8').split('\n');
  // Appingedam (GM0003), AOW age and older: its Bijstandsontvangers_2 becomes "." (the 5th field).
  const i = regels.findIndex((r) => r.includes('"90200","GM0003 "'));
  const velden = regels[i]!.split('","');
  velden[4] = '       .';
  regels[i] = velden.join('","');
  writeFileSync(bestand, regels.join('\n'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('a CBS export without Perioden on the command line', () => {
  it('is refused without --periode, with a message that names the option; nothing is written', () => {
    const r = npmRun('ingest', [bestand, '--out', join(map, 'geweigerd'), '--stil']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cbs-84066NED.csv:1: Dit CBS-bestand heeft geen kolom Perioden');
    expect(r.stderr).toContain('--periode <jaar>');
    expect(r.stderr).toContain('er is niets geladen');
  });

  it('loads with --periode; npm run figures prints cbs.Bijstandsontvangers_2 for every municipality, "." absent and 0 present, and NL01', () => {
    const r = npmRun('ingest', [bestand, '--periode', '2017', '--out', join(map, 'pakket'), '--stil']);
    expect(r.code, r.stderr).toBe(0);
    const uit = npmRun('figures', [join(map, 'pakket'), '--format', 'json', '--indicator', 'cbs.Bijstandsontvangers_2']);
    expect(uit.code, uit.stderr).toBe(0);
    const f = JSON.parse(uit.stdout) as Figuur[];
    expect(new Set(f.map((x) => x.indicator))).toEqual(new Set(['cbs.Bijstandsontvangers_2']));
    // Every one of the 388 municipalities of 2017, with the period as the year.
    const totaal = f.filter((x) => x.categorie === '20150');
    expect(new Set(totaal.filter((x) => x.gemeente_code.startsWith('GM')).map((x) => x.gemeente_code)).size).toBe(388);
    expect(new Set(f.map((x) => x.periode))).toEqual(new Set(['2017']));
    const cel = (code: string, leeftijd: string) => f.filter((x) => x.gemeente_code === code && x.dimensie === 'leeftijd' && x.categorie === leeftijd).map((x) => x.waarde);
    expect(cel('GM1774', '20150')).toEqual([260]);
    expect(cel('GM1774', '90100')).toEqual([230]);
    expect(cel('GM0003', '90200')).toEqual([]);
    expect(cel('GM0060', '90200')).toEqual([0]);
    expect(f.find((x) => x.gemeente_code === 'GM1774')!.gemeente_naam).toBe('Dinkelland');
    expect(f.find((x) => x.gemeente_code === 'NL01')!.gemeente_naam).toBe('Nederland');
    // No province, landsdeel, COROP area or labour-market region.
    expect(f.filter((x) => !/^(GM\d{4}|NL01)$/.test(x.gemeente_code))).toEqual([]);
  });
});

describe('the demo package carries the CBS sample data', () => {
  it('prints Dinkelland 2015 as CBS published it, next to its own figures', () => {
    const uit = npmRun('figures', ['data/demo-package', '--format', 'json', '--gemeente', 'GM1774', '--indicator', 'cbs.Bijstandsdichtheid_3,cbs.Bijstandsontvangers_2,uitkeringen', '--van', '2015-01-01', '--tot', '2016-01-01']);
    expect(uit.code, uit.stderr).toBe(0);
    const f = JSON.parse(uit.stdout) as Figuur[];
    const cel = (indicator: string, categorie: string) => f.find((x) => x.indicator === indicator && x.gemeente_code === 'GM1774' && x.categorie === categorie)?.waarde;
    expect(cel('cbs.Bijstandsontvangers_2', '90100')).toBe(210);
    expect(cel('cbs.Bijstandsdichtheid_3', '90100')).toBe(13);
    expect(cel('uitkeringen', 'Pw')).toBeGreaterThan(0);
  });
});
