import { describe, expect, it } from 'vitest';
import { leesMapping, Mappingfout } from '../src/mapping.ts';
import { meldingTekst } from '../src/melding.ts';

const fouten = (tekst: string): string[] => {
  try {
    leesMapping(tekst, 'systeem.mapping.json');
  } catch (e) {
    if (e instanceof Mappingfout) return e.meldingen.map(meldingTekst);
    throw e;
  }
  throw new Error('geen fout');
};

describe('a mapping file', () => {
  it('is read when it is valid, with columns to ignore and values to translate', () => {
    expect(leesMapping('\uFEFF{"soort": "uitkeringen", "kolommen": {"Klant-id": "persoon", "Notitie": null}, "waarden": {"regeling": {"ABW": "Pw"}}}', 'm.json')).toEqual({
      soort: 'uitkeringen',
      kolommen: { 'Klant-id': 'persoon', Notitie: null },
      waarden: { regeling: { ABW: 'Pw' } },
    });
  });

  it('that is no JSON names the file and the line, never the parser’s own words', () => {
    const [m] = fouten('{\n  "kolommen": {\n    "BSN": "persoon"\n    "Wet": "regeling"\n  }\n}');
    expect(m).toMatch(/^systeem\.mapping\.json:(4|5): Het mappingbestand is geen geldige JSON .* Oplossing: /);
    expect(m).not.toMatch(/Unexpected|Expected|position/);
  });

  it('names an unknown field, an unknown target and a wrong type, each with its line', () => {
    const m = fouten('{\n  "soort": "uitkering",\n  "kolommen": {\n    "BSN": "bsn"\n  },\n  "extra": 1,\n  "waarden": {"regeling": "Pw"}\n}');
    expect(m).toEqual([
      expect.stringMatching(/^systeem\.mapping\.json:2: Het veld soort moet een van uitkeringen, doelgroepen, budget, beschut_werk, wsw_personeel, wsw_kengetallen zijn\. Oplossing: /),
      expect.stringMatching(/^systeem\.mapping\.json:4: Het veld kolommen\."BSN" noemt geen veld van pw-monitor; kies een van persoon, .*, of null om de kolom over te slaan\. Oplossing: /),
      expect.stringMatching(/^systeem\.mapping\.json:6: Het mappingbestand heeft een onbekend veld "extra"; toegestaan zijn soort, kolommen en waarden\. Oplossing: /),
      expect.stringMatching(/^systeem\.mapping\.json:7: Het veld waarden\.regeling heeft het verkeerde type: verwacht een object/),
    ]);
  });
});
