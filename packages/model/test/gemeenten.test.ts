import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alleGemeenten, gemeente, HERINDELINGEN, huidigeGemeente, voorgangers, zoekGemeente } from '../src/gemeenten.ts';

const codesUit = (bestand: string) =>
  readFileSync(new URL(`../reference/${bestand}`, import.meta.url), 'utf8').split('\n').slice(1).filter(Boolean).map((r) => r.split(';')[1]!);

describe('gemeenten', () => {
  it('holds the 355 municipalities of 2019 plus every code that existed from 2011 (mergers and renames 2011–2023)', () => {
    const codes = new Set(alleGemeenten().map((g) => g.code));
    for (const c of codesUit('gemeenten-2019.csv')) expect(codes.has(c), c).toBe(true);
    // Every municipality of the CBS export of 2015 (393) is known, and under today's boundaries it is one of the 342 of 2023.
    const van2023 = new Set(codesUit('gemeenten-2023-2026.csv'));
    expect(van2023.size).toBe(342);
    const van2015 = codesUit('gemeenten-2015.csv');
    expect(van2015).toHaveLength(393);
    for (const c of van2015) {
      expect(codes.has(c), c).toBe(true);
      expect(van2023.has(huidigeGemeente(c)), `${c} → ${huidigeGemeente(c)}`).toBe(true);
    }
    expect(gemeente('GM1921')).toMatchObject({ naam: 'De Friese Meren', opvolger: 'GM1940' });
    expect(gemeente('GM0241')).toMatchObject({ naam: 'Groesbeek', geldigTot: '2015-12-31', opvolger: 'GM1945' });
    expect(gemeente('GM1980')).toMatchObject({ naam: 'Dijk en Waard', geldigVan: '2022-01-01', opvolger: null });
    expect(gemeente('GM0458')).toMatchObject({ naam: 'Schermer', geldigTot: '2014-12-31', opvolger: 'GM0361' });
    expect(gemeente('GM0365')).toMatchObject({ naam: 'Graft-De Rijp', geldigTot: '2014-12-31', opvolger: 'GM0361' });
  });

  it('divides a split municipality over its successors, the largest known share as its main successor', () => {
    const haaren = HERINDELINGEN.find((h) => h.opgeheven.includes('GM0788'))!;
    expect(haaren).toMatchObject({ datum: '2021-01-01', opvolger: 'GM0824' });
    expect(haaren.verdeling).toEqual({ GM0757: 0.1502, GM0824: 0.4235, GM0855: 0.0838, GM0865: 0.3425 });
    expect(HERINDELINGEN.find((h) => h.opgeheven.includes('GM1671'))!.verdeling).toEqual({ GM0796: null, GM0828: null });
    expect(huidigeGemeente('GM0053')).toBe('GM1966');
  });

  it('knows that Heerhugowaard and Langedijk became Dijk en Waard on 1-1-2022', () => {
    expect(gemeente('GM0398')).toMatchObject({ naam: 'Heerhugowaard', geldigTot: '2021-12-31', opvolger: 'GM1980' });
    expect(huidigeGemeente('GM0416')).toBe('GM1980');
    expect(voorgangers('GM1980').map((g) => g.naam)).toEqual(['Heerhugowaard', 'Langedijk']);
    expect(voorgangers('GM0361').map((g) => g.naam)).toEqual(['Graft-De Rijp', 'Schermer']);
    expect(huidigeGemeente('GM1774')).toBe('GM1774');
  });

  it('finds a municipality the way extracts write it', () => {
    expect(zoekGemeente('GM1774')).toMatchObject({ soort: 'gevonden', gemeente: { naam: 'Dinkelland' } });
    expect(zoekGemeente('0183')).toMatchObject({ soort: 'gevonden', gemeente: { naam: 'Tubbergen' } });
    expect(zoekGemeente('173')).toMatchObject({ soort: 'gevonden', gemeente: { naam: 'Oldenzaal' } });
    expect(zoekGemeente('gemeente Dinkelland')).toMatchObject({ soort: 'gevonden', gemeente: { code: 'GM1774' } });
    expect(zoekGemeente('Bergen (NH.)')).toMatchObject({ soort: 'gevonden', gemeente: { code: 'GM0373' } });
    expect(zoekGemeente('Bergen').soort).toBe('dubbelzinnig');
    expect(zoekGemeente('GM9999').soort).toBe('onbekend');
    expect(zoekGemeente('Atlantis').soort).toBe('onbekend');
  });
});
