import { describe, expect, it } from 'vitest';
import type { Manifest } from '@pw/datapackage';
import { gebiedenNaam, gebiedsopties, samenstelling } from '../src/gebieden.ts';
import { PAGINAS, WEERGAVE_COMPONENTEN } from '../src/pages/paginas.ts';

// The municipalities with data in the demo package (manifest.json `gemeenten`).
const demo = { gemeenten: ['GM0173', 'GM0183', 'GM0361', 'GM0365', 'GM0373', 'GM0383', 'GM0398', 'GM0399', 'GM0416', 'GM0450', 'GM0458', 'GM1774', 'GM1980'] } as Manifest;

describe('the areas a user can choose', () => {
  it('lists today’s municipalities by Dutch name, and the cooperations whose members all have data', () => {
    const o = gebiedsopties(demo, 'huidig');
    expect(o.gemeenten.map((x) => x.naam)).toEqual(['Alkmaar', 'Bergen (NH.)', 'Castricum', 'Dijk en Waard', 'Dinkelland', 'Heiloo', 'Oldenzaal', 'Tubbergen', 'Uitgeest']);
    expect(o.samenwerkingen.map((x) => x.naam)).toEqual(['Noaberkracht', 'Noord-Oost Twente', 'BUCH', 'Halte Werk', 'Regio Alkmaar']);
  });

  it('lists dissolved municipalities as recorded', () => {
    expect(gebiedsopties(demo, 'historisch').gemeenten.map((x) => x.naam)).toContain('Heerhugowaard');
  });

  it('names several areas the Dutch way and says what a cooperation or merged municipality consists of', () => {
    expect(gebiedenNaam([{ soort: 'gemeente', code: 'GM1774' }, { soort: 'gemeente', code: 'GM0183' }, { soort: 'gemeente', code: 'GM0173' }])).toBe('Dinkelland, Tubbergen en Oldenzaal');
    expect(samenstelling({ soort: 'samenwerking', id: 'noaberkracht' }, 'huidig')).toBe('Som van Dinkelland en Tubbergen.');
    // Membership per task: Noord-Oost Twente shares only the Pw back office; the BUCH's re-integratie is without Uitgeest.
    expect(samenstelling({ soort: 'samenwerking', id: 'noord-oost-twente' }, 'huidig')).toBe(
      'Som van Dinkelland, Oldenzaal en Tubbergen. Re-integratie, Participatiebudget en doelgroepenregister: geen cijfers voor Noord-Oost Twente (Noord-Oost Twente deelt alleen de backoffice van de uitkeringen; re-integratie doen Oldenzaal en Noaberkracht elk zelf); kies daarvoor de gemeenten. Wsw en beschut werk: geen cijfers voor Noord-Oost Twente (Wsw en beschut werk lopen per gemeente: Dinkelland via SPD, Tubbergen via Soweco, Oldenzaal zelf en via Larcom); kies daarvoor de gemeenten.',
    );
    expect(samenstelling({ soort: 'samenwerking', id: 'buch' }, 'huidig')).toContain('Re-integratie, Participatiebudget en doelgroepenregister: som van Bergen (NH.), Castricum en Heiloo (Uitgeest heeft re-integratie belegd bij IJmond Werkt!).');
    expect(samenstelling({ soort: 'gemeente', code: 'GM1980' }, 'huidig')).toBe('Inclusief Heerhugowaard en Langedijk vóór de herindeling (tot en met 2021), geteld onder Dijk en Waard.');
    expect(samenstelling({ soort: 'gemeente', code: 'GM1980' }, 'historisch')).toBeNull();
  });
});

describe('the pages', () => {
  it('are listed once, in menu order, with every page a view can show first', () => {
    expect(PAGINAS.map((p) => `${p.pad} ${p.naam}`)).toEqual([
      '/ Overzicht',
      '/uitkeringen Uitkeringen',
      '/doelgroepen Doelgroepen',
      '/beschut-werk Beschut werk',
      '/wsw Wsw',
      '/budget Budget',
      '/verdeelsleutel Verdeelsleutel',
      '/weergaven Weergaven',
      '/rapporten Rapporten',
      '/begrippen Begrippen',
      '/controle Controle',
      '/gegevens-laden Gegevens laden',
    ]);
    for (const [pad, Component] of Object.entries(WEERGAVE_COMPONENTEN)) expect(PAGINAS.find((p) => p.pad === pad)?.Component).toBe(Component);
  });
});
