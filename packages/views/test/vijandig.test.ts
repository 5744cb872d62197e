// Hostile view and report files, generated (fast-check): whatever a file holds, reading it gives
// valid views with visible names, or a Weergavefout with visible messages; never another error,
// never a direction override, control or zero-width character in anything shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importeerWeergaven } from '../src/importeren.ts';
import { leesRapport, leesWeergave, leesWeergavebestand, Weergavefout, weergavebestand, zichtbareTekst, type Weergave } from '../src/weergave.ts';

const HASH = 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3';
const GELDIG = {
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

/** Characters that must never reach the screen from a file: controls, format characters (bidi!), separators, lone surrogates. */
const ONZICHTBAAR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const ONZICHTBAAR_BEHALVE_REGELS = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** The characters an attacker or a word processor puts in a name. */
const GEVAARLIJK = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200D', '\u00AD', '\uFEFF', '\u2028', '\u2029', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\r', '\n', '\t', '\uD800', '\uDFFF', '\u{E0041}'];
const vijandigeTekst = fc
  .array(fc.oneof(fc.constantFrom(...GEVAARLIJK), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('Dinkelland', ' ', '2019', 'ا', '<script>')), { maxLength: 30 })
  .map((delen) => delen.join(''));

/** Reads or refuses; any other error fails the property. */
function leesOfWeiger<T>(lees: () => T): T | Weergavefout {
  try {
    return lees();
  } catch (e) {
    if (e instanceof Weergavefout) return e;
    throw e;
  }
}

function zichtbareMeldingen(f: Weergavefout): void {
  for (const m of f.meldingen) expect(m).not.toMatch(ONZICHTBAAR);
}

describe('names and texts in a view file', () => {
  it('come out visible: no direction override, control or zero-width character, or the view is refused with a visible message', () => {
    fc.assert(
      fc.property(vijandigeTekst, vijandigeTekst, vijandigeTekst, (naam, omschrijving, pakketnaam) => {
        const r = leesOfWeiger(() => leesWeergave({ ...GELDIG, naam, omschrijving, datapakket: { ...GELDIG.datapakket, naam: pakketnaam } }));
        if (r instanceof Weergavefout) return zichtbareMeldingen(r);
        expect(r.naam).not.toMatch(ONZICHTBAAR);
        expect(r.datapakket.naam).not.toMatch(ONZICHTBAAR);
        expect(r.omschrijving).not.toMatch(ONZICHTBAAR_BEHALVE_REGELS);
        expect(r.naam.trim()).not.toBe('');
        // Read again (stored, exported and imported), it stays exactly the same.
        expect(leesWeergave(r)).toEqual(r);
        expect(leesWeergavebestand(weergavebestand([r]), 'w.json')).toEqual([r]);
      }),
      { numRuns: 300 },
    );
  });

  it('"Uitkeringen\\u202E9102" shows as written, not reversed', () => {
    expect(leesWeergave({ ...GELDIG, naam: 'Uitkeringen \u202E9102\u202C Dinkelland' }).naam).toBe('Uitkeringen 9102 Dinkelland');
    expect(leesWeergave({ ...GELDIG, naam: '\u2067Dinkelland\u2069\u200B' }).naam).toBe('Dinkelland');
    expect(() => leesWeergave({ ...GELDIG, naam: '\u202E\u200B\u2066' })).toThrow('weergave.naam: ontbreekt.');
    expect(zichtbareTekst('regel 1\r\nregel 2\u2028regel 3\u202E', true)).toBe('regel 1\nregel 2\nregel 3');
  });
});

describe('any file as a view file', () => {
  it('gives valid views or a Weergavefout with visible messages; never another error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((j) => JSON.stringify(j)), fc.string({ unit: 'binary' })), (tekst) => {
        const r = leesOfWeiger(() => leesWeergavebestand(tekst, 'bestand\u202Enosj.json'));
        if (r instanceof Weergavefout) zichtbareMeldingen(r);
        else for (const w of r) expect(w.naam).not.toMatch(ONZICHTBAAR);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid view with one field replaced by anything, or one field added, is read validly or refused with a visible message', () => {
    const velden = Object.keys(GELDIG);
    fc.assert(
      fc.property(fc.constantFrom(...velden, 'extra\u202Eveld', '__proto__', 'constructor'), fc.jsonValue(), fc.boolean(), (veld, waarde, alsBestand) => {
        const json = { ...GELDIG, [veld]: waarde };
        const r = leesOfWeiger(() => (alsBestand ? leesWeergavebestand(JSON.stringify({ schema: 'pw-monitor-weergaven', weergaven: [json] }), 'w.json') : [leesWeergave(json)]));
        if (r instanceof Weergavefout) return zichtbareMeldingen(r);
        for (const w of r) {
          expect(Object.keys(w).sort()).toEqual(velden.sort());
          expect(w.naam).not.toMatch(ONZICHTBAAR);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('any file as a report file', () => {
  it('gives a report whose texts are visible, or a Weergavefout with visible messages', () => {
    const blok = fc.oneof(
      fc.record({ soort: fc.constant('tekst'), kop: vijandigeTekst, tekst: vijandigeTekst }),
      fc.record({ soort: fc.constant('weergave'), weergave: fc.oneof(fc.constant(GELDIG), fc.jsonValue(), vijandigeTekst.map((naam) => ({ ...GELDIG, naam }))), toelichting: vijandigeTekst }),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(vijandigeTekst, vijandigeTekst, fc.array(blok, { maxLength: 4 }), (titel, inleiding, blokken) => {
        const r = leesOfWeiger(() => leesRapport({ schema: 'pw-monitor-rapport', versie: 1, id: 'r-kwartaal-4', titel, inleiding, datum: '2026-11-23', blokken }));
        if (r instanceof Weergavefout) return zichtbareMeldingen(r);
        expect(r.titel).not.toMatch(ONZICHTBAAR);
        expect(r.inleiding).not.toMatch(ONZICHTBAAR_BEHALVE_REGELS);
        for (const b of r.blokken) {
          if (b.soort === 'tekst') {
            expect(b.kop).not.toMatch(ONZICHTBAAR);
            expect(b.tekst).not.toMatch(ONZICHTBAAR_BEHALVE_REGELS);
          } else {
            expect(b.weergave.naam).not.toMatch(ONZICHTBAAR);
            expect(b.toelichting).not.toMatch(ONZICHTBAAR_BEHALVE_REGELS);
          }
        }
        expect(leesRapport(JSON.parse(JSON.stringify(r)))).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});

describe('importing generated files next to saved views', () => {
  it('never replaces a saved view: every saved view stays, every imported one is there (as it was, or renamed with a new id)', () => {
    const naam = fc.constantFrom('Dinkelland', 'Dinkelland (2)', 'Almelo', 'x'.repeat(120));
    const id = fc.constantFrom('w-aaaaaa', 'w-bbbbbb', 'w-cccccc');
    const weergave = fc.record({ id, naam, zoek: fc.constantFrom('gebied=GM1774', 'gebied=GM0141') }).map(({ id: i, naam: n, zoek }): Weergave => leesWeergave({ ...GELDIG, id: i, naam: n, zoek }));
    let teller = 0;
    fc.assert(
      fc.property(fc.uniqueArray(weergave, { selector: (w) => w.id }), fc.array(weergave, { maxLength: 6 }), (bewaard, binnen) => {
        const r = importeerWeergaven(bewaard, binnen, () => `w-nieuw-${++teller}`);
        const na = [...bewaard, ...r.toevoegen];
        // No id twice: saving them all replaces nothing.
        expect(new Set(na.map((w) => w.id)).size).toBe(na.length);
        // Every imported view is there, with its content (apart from id and name when renamed).
        const zonderIdNaam = (w: Weergave) => JSON.stringify({ ...w, id: '', naam: '' });
        for (const w of binnen) expect(na.some((x) => zonderIdNaam(x) === zonderIdNaam(w))).toBe(true);
        // A renamed copy has a name no other view has.
        for (const h of r.hernoemd) expect(na.filter((x) => x.naam === h.naar)).toHaveLength(1);
        for (const w of r.toevoegen) expect(() => leesWeergave(w)).not.toThrow();
        expect(r.toevoegen.length + r.alAanwezig).toBe(binnen.length);
      }),
      { numRuns: 300 },
    );
  });
});
