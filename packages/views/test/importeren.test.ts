import { describe, expect, it } from 'vitest';
import { importeerRapporten, importeerWeergaven } from '../src/importeren.ts';
import { leesWeergave, RAPPORT_SCHEMA, type Rapport, type Weergave } from '../src/weergave.ts';

const HASH = 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3';
const weergave = (id: string, naam: string, zoek = 'gebied=GM1774&peildatum=2019-12-01'): Weergave =>
  leesWeergave({ schema: 'pw-monitor-weergave', versie: 2, id, naam, omschrijving: '', pagina: '/uitkeringen', zoek, tabel: false, datapakket: { hash: HASH, peildatum: '2024-12-01', naam: 'demodatapakket' }, aangemaakt: '2026-11-23T10:00:00.000Z' });
let teller = 0;
const ids = () => `w-nieuw-${++teller}`;

describe('importing views next to the saved ones', () => {
  it('adds a view with a new id as it is', () => {
    const r = importeerWeergaven([weergave('w-dinkelland', 'Dinkelland')], [weergave('w-almelo-01', 'Almelo')], ids);
    expect(r).toEqual({ toevoegen: [weergave('w-almelo-01', 'Almelo')], alAanwezig: 0, hernoemd: [] });
  });

  it('leaves the same view (same id, same content) as it is: importing a file twice adds nothing', () => {
    const w = weergave('w-dinkelland', 'Dinkelland');
    expect(importeerWeergaven([w], [w, w], ids)).toEqual({ toevoegen: [], alAanwezig: 2, hernoemd: [] });
  });

  it('keeps both when the id exists with other content: the imported one gets a new id and "(2)", never replacing the saved one', () => {
    const bewaard = weergave('w-dinkelland', 'Uitkeringen Dinkelland');
    const anders = weergave('w-dinkelland', 'Uitkeringen Dinkelland', 'gebied=GM1774&peildatum=2020-12-01');
    const r = importeerWeergaven([bewaard], [anders, anders], () => 'w-kopie-0001');
    expect(r.toevoegen).toHaveLength(1);
    expect(r.toevoegen[0]).toEqual({ ...anders, id: 'w-kopie-0001', naam: 'Uitkeringen Dinkelland (2)' });
    expect(r.hernoemd).toEqual([{ van: 'Uitkeringen Dinkelland', naar: 'Uitkeringen Dinkelland (2)' }]);
    // The file holds it twice: imported once.
    expect(r.alAanwezig).toBe(1);
  });

  it('takes the first free number and stays within the name length', () => {
    const bewaard = [weergave('w-dinkelland', 'Dinkelland'), weergave('w-dinkelland-2', 'Dinkelland (2)')];
    const r = importeerWeergaven(bewaard, [weergave('w-dinkelland', 'Dinkelland', 'gebied=GM1774')], ids);
    expect(r.toevoegen[0]!.naam).toBe('Dinkelland (3)');
    const lang = 'x'.repeat(120);
    const r2 = importeerWeergaven([weergave('w-lang-0001', lang)], [weergave('w-lang-0001', lang, 'gebied=GM1774')], ids);
    expect(r2.toevoegen[0]!.naam).toBe(`${'x'.repeat(116)} (2)`);
    expect(() => leesWeergave(r2.toevoegen[0])).not.toThrow();
  });
});

describe('importing reports next to the saved ones', () => {
  const rapport = (id: string, titel: string, inleiding = ''): Rapport => ({ schema: RAPPORT_SCHEMA, versie: 1, id, titel, inleiding, datum: '2026-11-23', blokken: [] });

  it('keeps both when the id exists with other content, and leaves an identical one alone', () => {
    const bewaard = rapport('r-raad-2026', 'Raadsinformatiebrief');
    const r = importeerRapporten([bewaard], [bewaard, rapport('r-raad-2026', 'Raadsinformatiebrief', 'Nieuwe inleiding')], () => 'r-kopie-0001');
    expect(r.alAanwezig).toBe(1);
    expect(r.toevoegen).toEqual([rapport('r-kopie-0001', 'Raadsinformatiebrief (2)', 'Nieuwe inleiding')]);
    expect(r.hernoemd).toEqual([{ van: 'Raadsinformatiebrief', naar: 'Raadsinformatiebrief (2)' }]);
  });
});
