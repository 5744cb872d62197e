import { describe, expect, it } from 'vitest';
import { INWONERS, inwonersPerBasis, inwonersstatus } from '../src/inwoners.ts';
import { huidigeLeden, samenwerking, SAMENWERKINGEN, TAAK_VAN_BUDGETSOORT, TAKEN } from '../src/samenwerkingen.ts';
import { herkenAfstand, herkenJaNee, herkenLoonwaardegroep, herkenRegister } from '../src/doelgroepen.ts';
import { herkenRegeling } from '../src/regelingen.ts';
import { BUDGETSOORTEN, herkenBudgetsoort } from '../src/budget.ts';
import { eerstePeildatumVanaf, peildata, plusMaanden, isIsoDatum, datumNL, ultimoNaarPeildatum, ultimoVanPeildatum } from '../src/datum.ts';
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

  it('knows membership per task (source 004): Uitgeest’s re-integratie and Wsw are with IJmond Werkt!, not with the BUCH', () => {
    const buch = samenwerking('buch')!;
    expect(huidigeLeden(buch, 'pw')).toEqual(['GM0373', 'GM0383', 'GM0399', 'GM0450']);
    expect(huidigeLeden(buch, 're-integratie')).toEqual(['GM0373', 'GM0383', 'GM0399']);
    expect(huidigeLeden(buch, 'wsw')).toEqual(['GM0373', 'GM0383', 'GM0399']);
    expect(buch.taken.wsw.toelichting).toContain('IJmond Werkt!');
    // WNK executes the Wsw for all six municipalities of the Alkmaar region (Uitgeest is not one of them).
    const wnk = SAMENWERKINGEN.flatMap((s) => (s.taken.wsw.uitvoerder === 'WNK' ? s.taken.wsw.leden : []));
    expect(wnk.sort()).toEqual(['GM0361', 'GM0373', 'GM0383', 'GM0398', 'GM0399', 'GM0416']);
    // Noord-Oost Twente shares only the Pw back office (source 000).
    const not = samenwerking('noord-oost-twente')!;
    expect(huidigeLeden(not, 'pw')).toEqual(['GM1774', 'GM0173', 'GM0183']);
    expect(huidigeLeden(not, 're-integratie')).toEqual([]);
    // Every task's members are members of the cooperation.
    for (const s of SAMENWERKINGEN) for (const t of TAKEN) for (const l of s.taken[t].leden) expect(s.leden, `${s.id} ${t}`).toContain(l);
  });

  it('gives every budget soort a task: benefits and their execution are Pw, the Participatiebudget and trajecten re-integratie', () => {
    expect(Object.keys(TAAK_VAN_BUDGETSOORT).sort()).toEqual([...BUDGETSOORTEN].sort());
    expect(TAAK_VAN_BUDGETSOORT.BUIG).toBe('pw');
    expect(TAAK_VAN_BUDGETSOORT['re-integratie']).toBe('re-integratie');
  });

  it('says whether an inhabitants figure is from a source, CBS or an estimate, and never calls an estimate CBS', () => {
    expect(inwonersstatus('bron 000')).toBe('bron');
    expect(inwonersstatus('CBS 03759')).toBe('cbs');
    expect(inwonersstatus('schatting')).toBe('schatting');
    expect(inwonersstatus('Waar staat je gemeente')).toBe('onbekend');
    // The printed total of 2020 is from source 000; its split by age is not printed anywhere.
    expect(inwonersPerBasis(inwoners('GM1774', 2020)!)).toEqual([
      { basis: 'totaal', aantal: 26470, bron: 'bron 000' },
      { basis: '18plus', aantal: 20779, bron: 'schatting' },
      { basis: '15-aow', aantal: 16676, bron: 'schatting' },
    ]);
    expect(INWONERS.filter((r) => inwonersstatus(r.bron) === 'bron')).toHaveLength(3 + 8);
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

  it('reads a stock "ultimo" a month as the stock on the next first of the month, and back', () => {
    // Source 003: "SW-ultimo december 2010" counts on 1-1-2011; a beschut-werk realisatie "per 31 december 2019" on 1-1-2020.
    expect(ultimoNaarPeildatum(2010, 12)).toBe('2011-01-01');
    expect(ultimoNaarPeildatum(2019)).toBe('2020-01-01');
    expect(ultimoNaarPeildatum(2011, 10)).toBe('2011-11-01');
    expect(ultimoVanPeildatum('2011-01-01')).toEqual({ jaar: 2010, maand: 12 });
    expect(ultimoVanPeildatum(ultimoNaarPeildatum(2023, 6))).toEqual({ jaar: 2023, maand: 6 });
    expect(() => ultimoNaarPeildatum(2010, 13)).toThrow(RangeError);
  });
});
