import { describe, expect, it } from 'vitest';
import type { Tabel } from '@pw/charts';
import { drukTabel } from '../src/samenvatting.ts';

// Dinkelland's benefits per month (demo package), 2015-01 to 2024-12: a report prints 13 months, not 120.
const maanden = Array.from({ length: 120 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const stand: Tabel = {
  bijschrift: 'Uitkeringen per regeling, Dinkelland, jan 2015 – dec 2024',
  kolommen: ['Peildatum (1e van de maand)', 'Pw', 'IOAW'],
  rijen: maanden.map((m, i) => [`${KORT[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`, 300 - i, i === 59 ? Number.NaN : 24]),
  eenheid: 'aantal',
  rijSleutels: maanden,
  markeringen: maanden.map((_, i) => [null, i === 59 ? '<5' : null]),
};

describe('the table a report prints under a chart', () => {
  it('keeps the 13 months up to the peildatum of the view, with their markers, and says so', () => {
    const { tabel, maanden: uitleg } = drukTabel(stand, '2019-12-01');
    expect(tabel.rijen.map((r) => r[0])).toEqual(['dec 2018', 'jan 2019', 'feb 2019', 'mrt 2019', 'apr 2019', 'mei 2019', 'jun 2019', 'jul 2019', 'aug 2019', 'sep 2019', 'okt 2019', 'nov 2019', 'dec 2019']);
    expect(tabel.rijSleutels?.[0]).toBe('2018-12-01');
    // December 2019 (row 59 of the whole series) keeps its marker in the cut table.
    expect(tabel.markeringen?.at(-1)).toEqual([null, '<5']);
    expect(uitleg).toBe('december 2018 tot en met december 2019');
    expect(tabel.bijschrift).toBe('Uitkeringen per regeling, Dinkelland, jan 2015 – dec 2024 (december 2018 tot en met december 2019)');
  });

  it('without a peildatum keeps the last 13 months; recognises months by their header when there are no keys', () => {
    const zonderSleutels: Tabel = { ...stand, rijSleutels: undefined };
    const { tabel } = drukTabel(zonderSleutels);
    expect(tabel.rijen[0]![0]).toBe('dec 2023');
    expect(tabel.rijen.at(-1)![0]).toBe('dec 2024');
  });

  it('leaves a table of years, categories or areas, and a short monthly table, as it is', () => {
    const jaren: Tabel = { bijschrift: 'Beschut werk per jaar', kolommen: ['Jaar', 'Taakstelling'], rijen: Array.from({ length: 15 }, (_, i) => [String(2010 + i), i]), eenheid: 'plaatsen' };
    expect(drukTabel(jaren, '2019-12-01')).toEqual({ tabel: jaren, maanden: null });
    const kort: Tabel = { ...stand, rijen: stand.rijen.slice(0, 13), rijSleutels: maanden.slice(0, 13) };
    expect(drukTabel(kort, '2015-06-01').tabel).toBe(kort);
  });
});
