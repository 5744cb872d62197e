import { describe, expect, it } from 'vitest';
import { herkenUitstroomreden, noemtParticipatiewet, zonderStuurtekens } from '../src/index.ts';

describe('reden van beëindiging as a category', () => {
  it('recognises the ways source systems write a reason', () => {
    const gevallen: Record<string, string> = {
      Werk: 'werk',
      'Uitstroom naar betaald werk': 'werk',
      'Werkaanvaarding': 'werk',
      'Inkomsten uit arbeid': 'werk',
      'Inkomen partner': 'inkomen_partner',
      'Samenwonen met partner': 'inkomen_partner',
      Verhuizing: 'verhuizing',
      'Vertrek naar andere gemeente': 'verhuizing',
      Herindeling: 'herindeling',
      'Pensioen/AOW': 'pensioen_aow',
      'AOW-leeftijd bereikt': 'pensioen_aow',
      Overlijden: 'overlijden',
      Overleden: 'overlijden',
      Overig: 'overig',
      // another benefit is no work
      'Werkloos, WW': 'overig',
      Detentie: 'overig',
      '': 'onbekend',
      '  ': 'onbekend',
      Onbekend: 'onbekend',
      // a code of the list is itself (a mapping file may name it)
      inkomen_partner: 'inkomen_partner',
      pensioen_aow: 'pensioen_aow',
    };
    for (const [tekst, code] of Object.entries(gevallen)) expect(herkenUitstroomreden(tekst), tekst).toBe(code);
  });

  it('turns free text that names a person into overig, never into text', () => {
    expect(herkenUitstroomreden('Jansen, 12-03-1970, zie dossier')).toBe('overig');
  });
});

describe('anachronism helpers', () => {
  it('knows which labels name the Participatiewet itself', () => {
    expect(['Participatiewet', 'PW', 'Pw', 'P-wet'].map(noemtParticipatiewet)).toEqual([true, true, true, true]);
    expect(['Algemene bijstand', 'WWB', 'WWB/Pw', 'Bijstand', 'IOAW'].map(noemtParticipatiewet)).toEqual([false, false, false, false, false]);
  });
});

describe('zonderStuurtekens', () => {
  it('removes escape sequences, carriage returns, NUL and direction overrides, and keeps letters', () => {
    expect(zonderStuurtekens('a\u001b[31mrood\u001b[0m\r\u0000b\u202Ec ë €')).toBe('a[31mrood[0mbc ë €');
    expect(zonderStuurtekens('twee\nregels\tmet tab')).toBe('twee\nregels\tmet tab');
    expect(zonderStuurtekens('twee\nregels', { regels: false })).toBe('twee regels');
  });
});
