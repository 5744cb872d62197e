import { describe, expect, it } from 'vitest';
import type { Voorbeeld } from '@pw/ingest';
import { beginKeuzes, mappingsVoorLaden, metBewaard, metVeld } from '../../src/laden/kolomkeuze.ts';
import { kopHandtekening, type Koppeling } from '../../src/laden/koppelingen.ts';

const eigenSysteem: Voorbeeld = {
  naam: 'eigen-systeem-2024-12.csv', bytes: 120, vorm: 'csv', codering: 'utf-8', kopregel: 1, scheiding: ';',
  koppen: ['BSN', 'Gemeente', 'Productcode', 'Ingangsdatum', 'Einddatum'], velden: ['persoon', 'gemeente', null, 'ingangsdatum', 'einddatum'],
  soort: 'uitkeringen', ontbrekend: ['regeling'], rijen: [['123456782', 'Dinkelland', 'Pw', '01-03-2019', '']],
};
const almelo: Voorbeeld = { ...eigenSysteem, naam: 'uitkeringen-almelo-2024-12.csv', koppen: ['BSN', 'Regeling'], velden: ['persoon', 'regeling'], ontbrekend: [] };
const werkmap: Voorbeeld = { ...eigenSysteem, naam: 'budgetten.xlsx', vorm: 'xlsx', koppen: [], velden: [] };

describe('the column mapping on "Gegevens laden"', () => {
  it('starts from the recognised fields, or from a mapping saved for the same header', () => {
    const bewaard: Record<string, Koppeling> = { [kopHandtekening(eigenSysteem.koppen)]: { kolommen: { Productcode: 'regeling' }, bewaard: '2024-12-02T09:00:00.000Z' } };
    const keuzes = beginKeuzes([eigenSysteem, almelo, werkmap], (h) => bewaard[h]);
    expect(keuzes.map((k) => [k.voorbeeld.naam, k.bewaard, k.aangepast])).toEqual([
      ['eigen-systeem-2024-12.csv', true, false],
      ['uitkeringen-almelo-2024-12.csv', false, false],
      ['budgetten.xlsx', false, false],
    ]);
    // The saved mapping names Productcode; the other columns keep what was recognised.
    expect(keuzes[0]!.velden).toEqual(['persoon', 'gemeente', 'regeling', 'ingangsdatum', 'einddatum']);
    expect(keuzes[1]!.velden).toEqual(['persoon', 'regeling']);
  });

  it('gives ingest a mapping only for files the user changed or a saved mapping set, naming every column', () => {
    let keuzes = beginKeuzes([eigenSysteem, almelo], () => undefined);
    expect(mappingsVoorLaden(keuzes)).toEqual({});
    keuzes = metVeld(keuzes, 0, 2, 'regeling');
    expect(keuzes[0]).toMatchObject({ aangepast: true, velden: ['persoon', 'gemeente', 'regeling', 'ingangsdatum', 'einddatum'] });
    expect(mappingsVoorLaden(keuzes)).toEqual({
      'eigen-systeem-2024-12.csv': { kolommen: { BSN: 'persoon', Gemeente: 'gemeente', Productcode: 'regeling', Ingangsdatum: 'ingangsdatum', Einddatum: 'einddatum' } },
    });
    keuzes = metBewaard(keuzes, 1, true);
    expect(Object.keys(mappingsVoorLaden(keuzes))).toEqual(['eigen-systeem-2024-12.csv', 'uitkeringen-almelo-2024-12.csv']);
    // A column set to "niet gebruiken" is named as such, so ingest does not guess it.
    expect(mappingsVoorLaden(metVeld(keuzes, 1, 1, null))['uitkeringen-almelo-2024-12.csv']).toEqual({ kolommen: { BSN: 'persoon', Regeling: null } });
  });
});
