import { describe, expect, it } from 'vitest';
import { html, leesRapport, leesWeergave, leesWeergavebestand, Weergavefout, weergavebestand, type Weergave } from '../src/weergave.ts';

const HASH = 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3';
const dinkelland: Weergave = {
  schema: 'pw-monitor-weergave',
  versie: 2,
  id: 'w-dinkelland-2019',
  naam: 'Uitkeringen Dinkelland 1-12-2019',
  omschrijving: 'Voor de raadsinformatiebrief',
  pagina: '/uitkeringen',
  zoek: 'gebied=GM1774&peildatum=2019-12-01',
  tabel: false,
  datapakket: { hash: HASH, peildatum: '2024-12-01', naam: 'demodatapakket' },
  aangemaakt: '2026-11-23T10:00:00.000Z',
};

const fout = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(Weergavefout);
    return (e as Weergavefout).meldingen;
  }
  throw new Error('geen fout');
};

describe('saved views', () => {
  it('survive an export and an import unchanged', () => {
    expect(leesWeergavebestand(weergavebestand([dinkelland]), 'weergaven.json')).toEqual([dinkelland]);
  });

  it('open a version 1 view (the first prototype: name, URL, package hash) as a version 2 view', () => {
    const v = leesWeergave({ schema: 'pw-monitor-weergave', versie: 1, naam: 'Oud', url: '/uitkeringen?gebied=GM1774&peildatum=2019-12-01', pakket: HASH });
    expect(v).toMatchObject({ versie: 2, naam: 'Oud', pagina: '/uitkeringen', zoek: 'gebied=GM1774&peildatum=2019-12-01', datapakket: { hash: HASH, peildatum: null } });
    expect(v.id).toMatch(/^w-[0-9a-f]{8}$/);
    expect(leesWeergave({ schema: 'pw-monitor-weergave', versie: 1, naam: 'Oud', url: '/uitkeringen?gebied=GM1774&peildatum=2019-12-01', pakket: HASH }).id).toBe(v.id);
  });

  it('refuse unknown fields, pages and versions with a message saying what and where', () => {
    expect(fout(() => leesWeergave({ ...dinkelland, script: 'x' }))).toEqual(['weergave: onbekend veld "script"; een weergavebestand bevat alleen de velden die pw-monitor zelf schrijft.']);
    expect(fout(() => leesWeergave({ ...dinkelland, pagina: '/beheer' }))[0]).toMatch(/^weergave\.pagina: moet een van \/, \/uitkeringen/);
    expect(fout(() => leesWeergave({ ...dinkelland, versie: 7 }))[0]).toContain('versie 7 kent deze versie van pw-monitor niet');
    expect(fout(() => leesWeergave({ ...dinkelland, zoek: 'gebied="><script>' }))[0]).toBe('weergave.zoek: bevat tekens die niet in een keuze horen.');
    expect(fout(() => leesWeergavebestand('{niet json', 'x.json'))).toEqual(['x.json is geen JSON-bestand; kies een bestand dat pw-monitor heeft geëxporteerd.']);
  });

  it('keep a name with markup as plain text, and escape it for HTML', () => {
    const v = leesWeergave({ ...dinkelland, naam: '<img src=x onerror=alert(1)><script>alert(1)</script>' });
    expect(v.naam).toBe('<img src=x onerror=alert(1)><script>alert(1)</script>');
    expect(html(v.naam)).toBe('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('reports', () => {
  it('read with their views validated', () => {
    const r = leesRapport({
      schema: 'pw-monitor-rapport', versie: 1, id: 'r-kwartaal-4', titel: 'Kwartaalrapportage', inleiding: 'Inleiding', datum: '2026-11-23',
      blokken: [{ soort: 'tekst', kop: 'Samenvatting', tekst: '…' }, { soort: 'weergave', weergave: dinkelland, toelichting: 'De stand daalde.' }],
    });
    expect(r.blokken[1]).toEqual({ soort: 'weergave', weergave: dinkelland, toelichting: 'De stand daalde.' });
    expect(fout(() => leesRapport({ schema: 'pw-monitor-rapport', versie: 1, id: 'r-kwartaal-4', titel: 'K', datum: '2026-11-23', blokken: [{ soort: 'weergave', weergave: { ...dinkelland, naam: '' }, toelichting: '' }] }))).toEqual(['rapport, blok 1.naam: ontbreekt.']);
  });
});
