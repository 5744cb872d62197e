import { describe, expect, it } from 'vitest';
import { alleGemeenten, gemeente, huidigeGemeente, voorgangers, zoekGemeente } from '../src/gemeenten.ts';

describe('gemeenten', () => {
  it('holds the 355 municipalities of 2019 plus Dijk en Waard and the two absorbed into Alkmaar in 2015', () => {
    expect(alleGemeenten()).toHaveLength(355 + 3);
    expect(gemeente('GM1980')).toMatchObject({ naam: 'Dijk en Waard', geldigVan: '2022-01-01', opvolger: null });
    expect(gemeente('GM0458')).toMatchObject({ naam: 'Schermer', geldigTot: '2014-12-31', opvolger: 'GM0361' });
    expect(gemeente('GM0365')).toMatchObject({ naam: 'Graft-De Rijp', geldigTot: '2014-12-31', opvolger: 'GM0361' });
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
