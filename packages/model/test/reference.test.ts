import { describe, expect, it } from 'vitest';
import { INWONERS } from '../src/inwoners.ts';
import { huidigeLeden, samenwerking } from '../src/samenwerkingen.ts';
import { herkenAfstand, herkenJaNee, herkenLoonwaardegroep, herkenRegister } from '../src/doelgroepen.ts';
import { herkenRegeling } from '../src/regelingen.ts';
import { herkenBudgetsoort } from '../src/budget.ts';
import { eerstePeildatumVanaf, peildata, plusMaanden, isIsoDatum, datumNL } from '../src/datum.ts';
import { klasseVan, LEEFTIJDSKLASSEN } from '../src/klassen.ts';

const inwoners = (g: string, j: number) => INWONERS.find((r) => r.gemeente === g && r.jaar === j);

describe('reference data', () => {
  it('has the inhabitants 2020 of source 000, which split 60/40 between Noaberkracht and Oldenzaal', () => {
    expect(inwoners('GM1774', 2020)).toMatchObject({ totaal: 26470, bron: 'bron 000' });
    expect(inwoners('GM0183', 2020)?.totaal).toBe(21279);
    expect(inwoners('GM0173', 2020)?.totaal).toBe(31832);
    expect(inwoners('GM0361', 2011)).toMatchObject({ totaal: 93861, bron: 'bron 003' });
  });

  it('lists cooperation members under today’s boundaries', () => {
    expect(huidigeLeden(samenwerking('halte-werk')!)).toEqual(['GM0361', 'GM1980']);
    expect(huidigeLeden(samenwerking('regio-alkmaar')!)).toEqual(['GM0361', 'GM0373', 'GM0383', 'GM1980', 'GM0399']);
    expect(huidigeLeden(samenwerking('noord-oost-twente')!)).toEqual(['GM1774', 'GM0173', 'GM0183']);
  });
});

describe('vocabulary', () => {
  it('recognises how source systems write categories', () => {
    expect(herkenRegeling('Algemene bijstand')).toBe('Pw');
    expect(herkenRegeling('BBZ 2004')).toBe('Bbz');
    expect(herkenRegeling('WWB')).toBe('Pw');
    expect(herkenRegeling('WW')).toBeUndefined();
    expect(herkenAfstand('Lange afstand')).toBe('lang');
    expect(herkenAfstand('K')).toBe('kort');
    expect(herkenLoonwaardegroep('beperkte loonwaarde')).toBe('2');
    expect(herkenLoonwaardegroep('85%')).toBe('1');
    expect(herkenLoonwaardegroep('15 %')).toBe('3');
    expect(herkenLoonwaardegroep('5')).toBeUndefined();
    expect(herkenRegister('Banenafspraak')).toBe('doelgroepenregister');
    expect(herkenJaNee('Ja')).toBe(true);
    expect(herkenJaNee('')).toBe(false);
    expect(herkenJaNee('misschien')).toBeUndefined();
    expect(herkenBudgetsoort('Re-integratie trajecten')).toBe('re-integratie');
    expect(herkenBudgetsoort('Kosten Almelo')).toBe('uitvoeringskosten');
  });

  it('counts peildata as first days of the month', () => {
    expect(plusMaanden('2019-12-01', 1)).toBe('2020-01-01');
    expect(plusMaanden('2020-01-01', -13)).toBe('2018-12-01');
    expect(peildata('2019-11-01', '2020-02-01')).toEqual(['2019-11-01', '2019-12-01', '2020-01-01', '2020-02-01']);
    expect(eerstePeildatumVanaf('2019-12-01')).toBe('2019-12-01');
    expect(eerstePeildatumVanaf('2019-11-15')).toBe('2019-12-01');
    expect(isIsoDatum('2019-02-29')).toBe(false);
    expect(datumNL('2019-12-01')).toBe('1-12-2019');
    expect(klasseVan(LEEFTIJDSKLASSEN, 27)?.code).toBe('27-45');
  });
});
