import { describe, expect, it } from 'vitest';
import type { Manifest } from '@pw/datapackage';
import type { Bronverslag, Melding } from '@pw/ingest';
import { herkendeKolommen, pakketInhoud, samenvatting } from '../../src/laden/uitkomst.ts';
import type { Catalogus } from '../../src/laden/berichten.ts';

const almelo: Bronverslag = {
  naam: 'uitkeringen-almelo-2024-12.csv', sha256: 'a'.repeat(64), bytes: 193_259, rijen: 1825,
  onderdelen: [{ soort: 'uitkeringen', codering: 'windows-1252', scheidingsteken: ';', kopregel: 3, rijen: 1825, kolommen: [{ kop: 'BSN', veld: 'persoon' }, { kop: 'Achternaam', veld: 'naam' }, { kop: '', veld: null }] }],
};
const fout = (regel: number): Melding => ({ ernst: 'fout', code: 'onbekende-regeling', bestand: 'fout-extract.csv', regel, reden: 'Onbekende regeling.', oplossing: 'Gebruik Pw.' });
const waarschuwing: Melding = { ...fout(4), ernst: 'waarschuwing', code: 'dubbele-gemeente' };
const catalogus: Catalogus = { velden: [['persoon', 'persoon (BSN of klantnummer)'], ['naam', 'naam (wordt niet ingelezen)']], soorten: { uitkeringen: 'uitkeringen (uitkeringsperioden of stand per peildatum)', doelgroepen: 'doelgroepen', budget: 'budget', beschut_werk: 'beschut werk', wsw_personeel: 'Wsw-personeel', wsw_kengetallen: 'Wsw-kengetallen' } };

describe('the outcome of a load, in words', () => {
  it('says what was read, in Dutch numbers and plurals', () => {
    expect(samenvatting({ geslaagd: true, meldingen: [], bronnen: [almelo], pakket: null, duurMs: 2340 })).toBe('Gelezen: 1.825 regels uit 1 bestand in 2,3 s. Geen fouten of waarschuwingen.');
    expect(samenvatting({ geslaagd: true, meldingen: [waarschuwing], bronnen: [almelo, { ...almelo, naam: 'b.csv', rijen: 1 }], pakket: null, duurMs: 12_000 })).toBe(
      'Gelezen: 1.826 regels uit 2 bestanden in 12 s. 1 waarschuwing.',
    );
  });

  it('says that nothing was loaded, with the number of errors', () => {
    expect(samenvatting({ geslaagd: false, meldingen: [fout(3)], bronnen: [], pakket: null, duurMs: 1 })).toBe(
      '1 fout: er is niets geladen. Los de fouten op in het extract (of pas de koppeling aan) en laad opnieuw.',
    );
    expect(samenvatting({ geslaagd: false, meldingen: [fout(3), fout(5), waarschuwing], bronnen: [], pakket: null, duurMs: 1 })).toMatch(/^2 fouten: er is niets geladen\./);
  });

  it('names the columns as they were recognised', () => {
    expect(herkendeKolommen(almelo.naam, almelo.onderdelen[0]!, catalogus)).toBe(
      'uitkeringen-almelo-2024-12.csv: uitkeringen (uitkeringsperioden of stand per peildatum), 1.825 regels; BSN → persoon (BSN of klantnummer); Achternaam → naam (wordt niet ingelezen); (leeg) → niet gebruikt',
    );
    expect(herkendeKolommen('regio.xlsx', { ...almelo.onderdelen[0]!, blad: 'Uitkeringen', rijen: 1, kolommen: [] }, null)).toBe('regio.xlsx (blad Uitkeringen): uitkeringen, 1 regel; ');
  });

  it('describes a new package by its period and municipalities', () => {
    expect(pakketInhoud({ periode: { van: '2011-01-01', tot: '2024-12-01' }, gemeenten: Array.from({ length: 13 }, (_, i) => `GM${i}`) } as unknown as Manifest)).toBe(
      ', uitkeringen van 1-1-2011 t/m 1-12-2024, 13 gemeenten.',
    );
    expect(pakketInhoud({ periode: null, gemeenten: ['GM1774'] } as unknown as Manifest)).toBe(', 1 gemeente.');
  });
});
