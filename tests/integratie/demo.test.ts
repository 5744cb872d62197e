import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figuur } from '@pw/metrics';
import { npmRun } from './cli.ts';

// Acceptance: `npm run ingest` on the demo extracts, then `npm run figures -- <dir> --format json`, gives every figure of domain.md.
let map: string;
let figuren: Figuur[];
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-demo-'));
  const ingest = npmRun('ingest', ['data/extracts', '--out', join(map, 'pakket')]);
  expect(ingest.stderr.split('\n').filter((r) => r.includes(': ') && !r.includes('waarschuwing:'))).toEqual([]);
  expect(ingest.code).toBe(0);
  const uit = npmRun('figures', [join(map, 'pakket'), '--format', 'json']);
  expect(uit.code).toBe(0);
  figuren = JSON.parse(uit.stdout);
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

const waarde = (indicator: string, code: string, periode: string, dimensie = 'totaal', categorie = 'totaal') =>
  figuren.filter((f) => f.indicator === indicator && f.gemeente_code === code && f.periode === periode && f.dimensie === dimensie && f.categorie === categorie).map((f) => f.waarde);

describe('the figures of the source documents, from the demo extracts', () => {
  it('Dinkelland on 1-12-2019: 245 Pw (85 korte, 160 lange afstand), 26 IOAW/IOAZ, 4 Bbz, 275 in total (source 002)', () => {
    expect(waarde('uitkeringen', 'GM1774', '2019-12-01')).toEqual([275]);
    expect(waarde('uitkeringen', 'GM1774', '2019-12-01', 'regeling', 'Pw')).toEqual([245]);
    expect(waarde('uitkeringen', 'GM1774', '2019-12-01', 'afstand', 'kort')).toEqual([85]);
    expect(waarde('uitkeringen', 'GM1774', '2019-12-01', 'afstand', 'lang')).toEqual([160]);
    expect(waarde('uitkeringen', 'GM1774', '2019-12-01', 'regeling', 'IOAW')[0]! + waarde('uitkeringen', 'GM1774', '2019-12-01', 'regeling', 'IOAZ')[0]!).toBe(26);
    expect(waarde('uitkeringen', 'GM1774', '2019-12-01', 'regeling', 'Bbz')).toEqual([4]);
  });

  it('Dinkelland: 38 in the doelgroepenregister; beschut werk taakstelling 4…8 for 2019–2023 and realisatie 4 in 2019', () => {
    expect(waarde('doelgroepenregister', 'GM1774', '2019-12-01')).toEqual([38]);
    expect(['2019', '2020', '2021', '2022', '2023'].map((j) => waarde('beschut_werk_taakstelling', 'GM1774', j)[0])).toEqual([4, 5, 6, 7, 8]);
    expect(waarde('beschut_werk_realisatie', 'GM1774', '2019')).toEqual([4]);
    // Counted in the beschut-werk register: the people in a dienstbetrekking on 1-1-2020 (ultimo december 2019).
    expect(waarde('beschut_werk_realisatie', 'GM1774', '2019', 'herkomst', 'register')).toEqual([4]);
    // The inhabitants of 2020 are those printed in source 000; their split by age is an estimate.
    expect(waarde('inwoners', 'GM1774', '2020', 'bron', 'bron 000')).toEqual([26470]);
    expect(waarde('inwoners', 'GM1774', '2020', 'bron-18plus', 'schatting')).toHaveLength(1);
  });

  it('Dinkelland: the BUIG and Participatie budgets 2020–2024 of the meicirculaire 2019', () => {
    const jaren = ['2020', '2021', '2022', '2023', '2024'];
    expect(jaren.map((j) => waarde('budget_begroot', 'GM1774', j, 'soort', 'BUIG')[0])).toEqual([3274086, 3376733, 3451906, 3505956, 3505956]);
    expect(jaren.map((j) => waarde('budget_begroot', 'GM1774', j, 'soort', 'Participatie')[0])).toEqual([2203601, 2137807, 2039510, 1916142, 1813381]);
    expect(jaren.map((j) => waarde('budget_begroot', 'GM1774', j, 'soort', 'uitvoeringskosten')[0])).toEqual([567357, 567357, 567357, 567357, 567357]);
  });

  it('Alkmaar region, November 2011: the WWB persons that source 003 cites from CBS, as a CBS reference figure, and the re-integration budgets 2011–2015', () => {
    // Source 003: "in personen per november 2011, bron CBS": persons, counted by CBS, for the month, not benefits on 1-11-2011.
    const per = { GM0361: 1890, GM0399: 160, GM0398: 540, GM0373: 210, GM0416: 190, GM0458: 40, GM0365: 30, GM0383: 190 };
    for (const [code, n] of Object.entries(per)) expect(waarde('cbs.WWBInclWIJPersonen', code, '2011-11'), code).toEqual([n]);
    // The demo's synthetic benefits were made to reproduce them on 1-11-2011 (a property of the demo data, not of the source figure).
    for (const [code, n] of Object.entries(per)) expect(waarde('uitkeringen', code, '2011-11-01', 'regeling', 'Pw'), code).toEqual([n]);
    expect(waarde('budget_begroot', 'GM0361', '2011', 'soort', 're-integratie')).toEqual([6688656]);
    expect(waarde('budget_begroot', 'GM0361', '2015', 'soort', 're-integratie')).toEqual([1540736]);
  });

  it('has plausible benefit counts per 1,000 inhabitants and inflow/outflow that add up to the change in stock', () => {
    const per1000 = figuren.filter((f) => f.indicator === 'uitkeringen_per_1000_inwoners' && f.dimensie === 'totaal').map((f) => f.waarde);
    expect(Math.min(...per1000)).toBeGreaterThan(3);
    expect(Math.max(...per1000)).toBeLessThan(40);
    for (const code of ['GM1774', 'GM0173', 'GM0361']) {
      const stand = new Map(figuren.filter((f) => f.indicator === 'uitkeringen' && f.gemeente_code === code && f.dimensie === 'totaal').map((f) => [f.periode.slice(0, 7), f.waarde]));
      const mut = (ind: string) => new Map(figuren.filter((f) => f.indicator === ind && f.gemeente_code === code && f.dimensie === 'totaal').map((f) => [f.periode, f.waarde]));
      const inn = mut('instroom');
      const uit = mut('uitstroom');
      let maanden = 0;
      for (const [maand, n] of inn) {
        const [j, m] = maand.split('-').map(Number) as [number, number];
        const volgende = `${m === 12 ? j + 1 : j}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}`;
        if (!stand.has(volgende)) continue;
        expect(stand.get(volgende), `${code} ${maand}`).toBe(stand.get(maand)! + n - uit.get(maand)!);
        maanden++;
      }
      expect(maanden).toBeGreaterThan(100);
    }
  });

  it('keeps BSN, names and birth dates out of the figures', () => {
    const tekst = JSON.stringify(figuren);
    expect(tekst).not.toMatch(/\b\d{9}\b/);
    expect(tekst).not.toMatch(/K\d{7}/);
  });
});
