// Hostile manifests, generated: whatever a manifest holds, a package is either read with every
// check passed, or refused with the one Dutch message naming the field, and then nothing but
// manifest.json has been read.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAKKET_TABELNAMEN } from '@pw/model';
import { AFGELEIDE_TABELNAMEN, manifestJson, PakketFout } from '../src/manifest.ts';
import { leesPakket, type Pakket } from '../src/pakket.ts';
import { lezer, voorbeeldPakket } from './voorbeeld.ts';

let pakket: Pakket;
beforeAll(async () => {
  pakket = await voorbeeldPakket();
});

type Pad = Array<string | number>;
/** The manifest as plain JSON, to be changed by a test. */
const json = () => JSON.parse(manifestJson(pakket.manifest)) as Record<string, unknown>;

function zet(doel: unknown, pad: Pad, waarde: unknown): void {
  let w = doel as Record<string | number, unknown>;
  for (const d of pad.slice(0, -1)) w = w[d] as Record<string | number, unknown>;
  w[pad.at(-1)!] = waarde;
}

/** Every place in a JSON value: objects (to add a field to) and leaves (to change the type of). */
function plekken(w: unknown, pad: Pad = [], uit: { objecten: Pad[]; bladeren: Array<{ pad: Pad; waarde: unknown }> } = { objecten: [], bladeren: [] }) {
  if (Array.isArray(w)) w.forEach((x, i) => plekken(x, [...pad, i], uit));
  else if (w !== null && typeof w === 'object') {
    uit.objecten.push(pad);
    for (const [k, x] of Object.entries(w)) plekken(x, [...pad, k], uit);
  } else uit.bladeren.push({ pad, waarde: w });
  return uit;
}

/** `tabellen[3].naam`, as the messages write a field. */
const veld = (pad: Pad) => pad.map((d, i) => (typeof d === 'number' ? `[${d}]` : i ? `.${d}` : d)).join('') || '(het manifest zelf)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the package with `manifest` in place of its own; returns the refusal and what was read. */
async function weiger(manifest: unknown): Promise<{ fout: PakketFout; gelezen: string[] }> {
  const { lees, gelezen } = lezer(pakket, manifest);
  const fout = await leesPakket(lees, 'de testmap').then(
    () => null,
    (e: unknown) => e,
  );
  if (!(fout instanceof PakketFout)) throw new Error(`Verwacht: het pakket wordt geweigerd met een PakketFout; kreeg ${String(fout)}`);
  return { fout, gelezen };
}
const GEWEIGERD = /^Het datapakket in de testmap is geweigerd: manifest\.json klopt niet: .* Oplossing: Kopieer het pakket opnieuw in zijn geheel/s;

describe('a hostile manifest', () => {
  it('is read when it is the one pw-monitor wrote', async () => {
    const { lees, gelezen } = lezer(pakket);
    expect((await leesPakket(lees, 'de testmap')).manifest.hash).toBe(pakket.manifest.hash);
    expect(gelezen).toEqual(['manifest.json', ...PAKKET_TABELNAMEN.map((t) => `${t}.arrow`), 'kerncijfers.arrow']);
  });

  it('is refused with the field named when it has a field pw-monitor does not write, anywhere', async () => {
    const { objecten } = plekken(json());
    // Views are validated where they are shown (@pw/views), field by field; here only their number counts.
    // (`validatie.perCode` is a map from code to count: any code is a key there.)
    const plaatsen = objecten.filter((p) => p[0] !== 'weergaven' && p.join('.') !== 'validatie.perCode');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...plaatsen), fc.string({ minLength: 1, maxLength: 30 }), async (pad, sleutel) => {
        const m = json();
        const doel = pad.reduce<Record<string | number, unknown>>((w, d) => w[d] as Record<string | number, unknown>, m);
        fc.pre(!Object.hasOwn(doel, sleutel));
        Object.defineProperty(doel, sleutel, { value: 1, enumerable: true, configurable: true, writable: true });
        const { fout, gelezen } = await weiger(m);
        expect(fout.message).toMatch(GEWEIGERD);
        expect(fout.message).toContain(`${veld(pad)}: onbekend veld`);
        expect(gelezen).toEqual(['manifest.json']);
      }),
      { numRuns: 150 },
    );
  });

  it('is refused with the field named when a value has the wrong type', async () => {
    const { bladeren } = plekken(json());
    const soort = (w: unknown) => (w === null ? 'null' : Array.isArray(w) ? 'array' : typeof w);
    // `schema` decides whether this is a package at all; `weergaven` are checked where they are shown.
    // A null (a column not recognised, no sheet) may become a value; every other leaf has one type.
    const te = bladeren.filter((b) => b.pad[0] !== 'schema' && b.pad[0] !== 'weergaven' && b.waarde !== null);
    // No NaN or ±Infinity: JSON writes them as null, which a nullable field rightly accepts.
    const anders = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...te), anders, async ({ pad, waarde }, nieuw) => {
        fc.pre(soort(nieuw) !== soort(waarde));
        const m = json();
        zet(m, pad, nieuw);
        const { fout, gelezen } = await weiger(m);
        expect(fout.message).toMatch(GEWEIGERD);
        expect(fout.message).toMatch(new RegExp(`${escape(veld(pad))}: (moet |is geen |heeft een ongeldige )`));
        expect(gelezen).toEqual(['manifest.json']);
      }),
      { numRuns: 200 },
    );
  });

  it('is refused when a field is missing, naming it', async () => {
    for (const pad of [['hash'], ['tabellen', 0, 'sha256'], ['bronnen', 0, 'onderdelen', 0, 'kolommen'], ['validatie', 'meldingen', 0, 'reden']] as Pad[]) {
      const m = json();
      const ouder = pad.slice(0, -1).reduce<Record<string | number, unknown>>((w, d) => w[d] as Record<string | number, unknown>, m);
      delete ouder[pad.at(-1)!];
      const { fout } = await weiger(m);
      expect(fout.message).toContain(`${veld(pad)}: ontbreekt`);
    }
  });

  it('is refused when a list is longer than a package ever has, without reading further', async () => {
    const lijsten: Array<{ pad: Pad; grens: number; element: (i: number) => unknown }> = [
      { pad: ['tabellen'], grens: PAKKET_TABELNAMEN.length, element: (i) => pakket.manifest.tabellen[i % PAKKET_TABELNAMEN.length] },
      { pad: ['afgeleid'], grens: AFGELEIDE_TABELNAMEN.length, element: () => pakket.manifest.afgeleid[0] },
      { pad: ['gemeenten'], grens: 1_000, element: () => 'GM1774' },
      { pad: ['weergaven'], grens: 500, element: () => ({ naam: 'w' }) },
      { pad: ['bronnen', 0, 'onderdelen'], grens: 1_000, element: () => pakket.manifest.bronnen[0]!.onderdelen[0] },
      { pad: ['bronnen', 0, 'onderdelen', 0, 'kolommen'], grens: 5_000, element: () => ({ kop: 'Kop', veld: null }) },
      { pad: ['validatie', 'meldingen'], grens: 50_000, element: () => pakket.manifest.validatie.meldingen[0] },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lijsten), fc.integer({ min: 1, max: 3_000 }), async ({ pad, grens, element }, teveel) => {
        const m = json();
        zet(m, pad, Array.from({ length: grens + teveel }, (_, i) => element(i)));
        const { fout, gelezen } = await weiger(m);
        expect(fout.message).toMatch(new RegExp(`${escape(veld(pad))}: (noemt|heeft) meer dan`));
        expect(gelezen).toEqual(['manifest.json']);
      }),
      { numRuns: 25 },
    );
  });

  it('is refused when it is nested deeper or has more fields than a manifest ever has', async () => {
    const diep = json();
    zet(diep, ['weergaven'], [{ nest: 'NEST' }]);
    const tekst = JSON.stringify(diep).replace('"NEST"', `${'['.repeat(100_000)}1${']'.repeat(100_000)}`);
    expect((await weiger(tekst)).fout.message).toMatch(/weergaven\[0\]\.nest(\[0\])+: is dieper genest dan een manifest ooit is/);
    const breed = json();
    zet(breed, ['validatie', 'perCode'], Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`code-${i}`, 1])));
    expect((await weiger(breed)).fout.message).toContain('validatie.perCode: heeft meer dan 1000 velden');
  });

  it('is refused when larger than 16 MB, before it is parsed', async () => {
    const m = json();
    zet(m, ['omschrijving'], 'x'.repeat(16 * 1024 * 1024));
    const { fout, gelezen } = await weiger(JSON.stringify(m));
    expect(fout.message).toMatch(/^Het datapakket in de testmap is geweigerd: manifest\.json is groter dan 16 MB\./);
    expect(gelezen).toEqual(['manifest.json']);
  });

  it('cannot name a table of its own: a table name with SQL in it, or any other name, is refused', async () => {
    const namen = fc.oneof(fc.constant('x"; DROP TABLE y; --'), fc.constant("kerncijfers'); COPY (SELECT 1) TO '/tmp/x"), fc.string({ maxLength: 80 }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: PAKKET_TABELNAMEN.length - 1 }), namen, async (i, naam) => {
        fc.pre(!(PAKKET_TABELNAMEN as readonly string[]).includes(naam));
        const m = json();
        zet(m, ['tabellen', i, 'naam'], naam);
        const { fout, gelezen } = await weiger(m);
        expect(fout.message).toContain(`tabellen[${i}].naam: is geen tabel van een datapakket (wel: uitkeringen_stand,`);
        expect(fout.message).not.toContain('DROP');
        expect(gelezen).toEqual(['manifest.json']);
      }),
      { numRuns: 150 },
    );
    const m = json();
    zet(m, ['afgeleid', 0, 'naam'], 'x"; DROP TABLE y; --');
    expect((await weiger(m)).fout.message).toContain('afgeleid[0].naam: is geen afgeleide tabel van een datapakket (wel: kerncijfers, figuren_huidig, figuren_historisch)');
    // As one table more, beside all of the model's: one more than a package has.
    const meer = json();
    (meer.tabellen as unknown[]).push({ ...pakket.manifest.tabellen[0], naam: 'x"; DROP TABLE y; --' });
    expect((await weiger(meer)).fout.message).toContain(`tabellen: noemt meer dan ${PAKKET_TABELNAMEN.length} tabellen`);
  });

  it('is refused when a table is listed twice or missing', async () => {
    const dubbel = json();
    const t = dubbel.tabellen as unknown[];
    t[1] = t[0];
    const { fout } = await weiger(dubbel);
    expect(fout.message).toContain('tabellen[1].naam: noemt een tabel die al eerder in de lijst staat');
    expect(fout.message).toContain(`tabellen: mist de tabellen ${PAKKET_TABELNAMEN[1]}`);
  });

  it('can only point at its own files: paths, parent folders, absolute names and any other name are refused', async () => {
    const vast = ['../../etc/passwd', '/abs', 'a/b.arrow', '..', '.', 'C:\\pakket\\budget.arrow', '..\\budget.arrow', 'budget.arrow\u0000.txt', 'budget.arrow\n', 'uitkeringen_stand.arrow '];
    const namen = fc.oneof(fc.constantFrom(...vast), fc.string({ maxLength: 60 }), fc.stringMatching(/^(\.\.\/)+[a-z_]{1,12}\.arrow$/));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: PAKKET_TABELNAMEN.length - 1 }), namen, async (i, bestand) => {
        fc.pre(bestand !== `${PAKKET_TABELNAMEN[i]}.arrow`);
        const m = json();
        zet(m, ['tabellen', i, 'bestand'], bestand);
        const { fout, gelezen } = await weiger(m);
        expect(fout.message).toMatch(new RegExp(`tabellen\\[${i}\\]\\.bestand: (is een absoluut pad|bevat een map|wijst naar een map|bevat stuurtekens|is langer dan|moet ${PAKKET_TABELNAMEN[i]}\\.arrow heten)`));
        expect(gelezen).toEqual(['manifest.json']);
      }),
      { numRuns: 200 },
    );
    for (const [bestand, reden] of [
      ['../../etc/passwd', 'bevat een map'],
      ['/abs', 'is een absoluut pad'],
      ['a/b.arrow', 'bevat een map'],
    ]) {
      const m = json();
      zet(m, ['tabellen', 0, 'bestand'], bestand);
      expect((await weiger(m)).fout.message).toContain(`tabellen[0].bestand: ${reden}`);
    }
  });

  it('is refused when its hash does not match the tables, or a file does not match its checksum', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{64}$/), async (hash) => {
        fc.pre(hash !== pakket.manifest.hash);
        const m = json();
        m.hash = hash;
        const { fout } = await weiger(m);
        expect(fout.message).toBe(
          'Het datapakket in de testmap is geweigerd: de hash in manifest.json past niet bij de tabellen. Het pakket is beschadigd of na het maken gewijzigd; er is niets uit gebruikt. Oplossing: Kopieer het pakket opnieuw in zijn geheel, of maak het opnieuw met npm run ingest of de pagina Gegevens laden.',
        );
      }),
      { numRuns: 20 },
    );
    // A table replaced, its checksum updated in the manifest to match: the package hash gives it away.
    const m = json();
    const ander = pakket.bestanden.get('budget.arrow')!;
    const budget = (m.tabellen as Array<{ naam: string; sha256: string }>).find((t) => t.naam === 'budget')!;
    (m.tabellen as Array<{ naam: string; sha256: string }>).find((t) => t.naam === 'inwoners')!.sha256 = budget.sha256;
    await expect(leesPakket(lezer(pakket, m, { 'inwoners.arrow': ander }).lees, 'de testmap')).rejects.toThrow(/de hash in manifest\.json past niet bij de tabellen/);
    // A table replaced, the manifest left alone: its checksum gives it away.
    await expect(leesPakket(lezer(pakket, json(), { 'inwoners.arrow': ander }).lees, 'de testmap')).rejects.toThrow(/geweigerd: het bestand inwoners\.arrow heeft niet de controlesom die manifest\.json ervoor noemt\./);
  });

  it('shows an unknown field by a cleaned name: no control or direction characters reach a terminal', async () => {
    const m = json();
    m['\u001b[31mrood\u202Eevil'] = 1;
    const { fout } = await weiger(m);
    expect(fout.message).toContain('onbekend veld "[31mroodevil"');
    expect(Array.from(fout.message, (c) => c.codePointAt(0)!).some((c) => c < 0x20 || c === 0x202e)).toBe(false);
  });

  it('refuses text that is no JSON, or no UTF-8, or no package', async () => {
    expect((await weiger('{"schema": ')).fout.message).toMatch(/^In de testmap staat geen leesbaar manifest\.json\./);
    const { lees } = lezer(pakket);
    await expect(leesPakket(async (b) => (b === 'manifest.json' ? new Uint8Array([0x7b, 0xff, 0x7d]) : lees(b)), 'de testmap')).rejects.toThrow(/geen leesbaar manifest\.json/);
    expect((await weiger([1, 2])).fout.message).toMatch(/^de testmap is geen datapakket van pw-monitor/);
    expect((await weiger({ ...json(), schema: 'iets-anders' })).fout.message).toMatch(/^de testmap is geen datapakket van pw-monitor/);
  });
});
