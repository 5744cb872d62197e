import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun, REPO } from './cli.ts';
import { PAKKET_TABELNAMEN } from '@pw/model';

// Acceptance (issue 10): a copy of the demo package with SQL in a table name, or a file name pointing
// outside the folder, is refused by `npm run figures` with a Dutch message and executes nothing.
// `npm run report --pakket` refuses it with the same message.

interface Tabel {
  naam: string;
  bestand: string;
  sha256: string;
}
let map: string;
const DEMO = join(REPO, 'data/demo-package');
const GEWEIGERD = /is geweigerd: .*Het pakket is beschadigd of na het maken gewijzigd; er is niets uit gebruikt\. Oplossing: Kopieer het pakket opnieuw in zijn geheel/;

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-geweigerd-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** A copy of the demo package whose manifest `wijzig` changes. */
function kopie(naam: string, wijzig: (m: { hash: string; tabellen: Tabel[] }) => void): string {
  const doel = join(map, naam);
  cpSync(DEMO, doel, { recursive: true });
  const m = JSON.parse(readFileSync(join(doel, 'manifest.json'), 'utf8'));
  wijzig(m);
  writeFileSync(join(doel, 'manifest.json'), JSON.stringify(m, null, 2));
  return doel;
}

const figures = (pakket: string) => npmRun('figures', [pakket, '--gemeente', 'GM1774', '--indicator', 'uitkeringen', '--peildatum', '2019-12-01']);

describe('a tampered data package', () => {
  it('is read as it is: the unchanged copy gives the figures (the checks below are not refusing everything)', () => {
    const r = figures(kopie('ongewijzigd', () => {}));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('uitkeringen,GM1774,Dinkelland,2019-12-01,totaal,totaal,275');
  });

  it('with SQL in a table name is refused, and the SQL does not run', () => {
    // The SQL would write a file next to the package. An earlier version ran it: table names came
    // from the manifest. An extra table beside those of the model, with valid file and checksum:
    const bewijs = join(map, 'bewijs.csv');
    // eslint-disable-next-line pw/sql-citeren -- the attack itself: SQL a tampered manifest would smuggle in
    const sql = `x"; COPY (SELECT 42 AS bewijs) TO '${bewijs}'; --`;
    const extra = kopie('sql-extra', (m) => m.tabellen.push({ ...m.tabellen[0]!, naam: sql }));
    const r = figures(extra);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(GEWEIGERD);
    expect(r.stderr).toContain(`manifest.json klopt niet: tabellen: noemt meer dan ${PAKKET_TABELNAMEN.length} tabellen`);
    expect(r.stdout).toBe('');
    // …and in place of a table of the model: the field is named.
    const inPlaats = kopie('sql-in-plaats', (m) => (m.tabellen[0]!.naam = sql));
    const s = figures(inPlaats);
    expect(s.code).not.toBe(0);
    expect(s.stderr).toMatch(GEWEIGERD);
    expect(s.stderr).toContain('tabellen[0].naam: is geen tabel van een datapakket');
    expect(s.stderr).not.toContain('COPY');
    expect(existsSync(bewijs)).toBe(false);
  });

  it('with a file name outside its folder is refused, and that file is not read', () => {
    // The only copy of uitkeringen_stand.arrow is moved out of the package, next to it: its bytes
    // are exactly right, so had it been read, every checksum would pass and figures would print.
    const pakket = kopie('buiten', (m) => (m.tabellen[0]!.bestand = '../elders/uitkeringen_stand.arrow'));
    mkdirSync(join(map, 'elders'));
    renameSync(join(pakket, 'uitkeringen_stand.arrow'), join(map, 'elders', 'uitkeringen_stand.arrow'));
    const r = figures(pakket);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(GEWEIGERD);
    expect(r.stderr).toContain('tabellen[0].bestand: bevat een map (/ of \\); alleen een bestandsnaam in de map van het pakket is toegestaan');
    expect(r.stdout).toBe('');

    const absoluut = kopie('absoluut', (m) => (m.tabellen[0]!.bestand = join(map, 'elders', 'uitkeringen_stand.arrow')));
    rmSync(join(absoluut, 'uitkeringen_stand.arrow'));
    const s = figures(absoluut);
    expect(s.code).not.toBe(0);
    expect(s.stderr).toContain('tabellen[0].bestand: is een absoluut pad');
    expect(s.stdout).toBe('');
  });

  it('whose hash does not match its tables is refused by figures and by report --pakket with the same message', () => {
    const pakket = kopie('hash', (m) => (m.hash = 'f'.repeat(64)));
    const bericht = `Het datapakket in ${pakket} is geweigerd: de hash in manifest.json past niet bij de tabellen. Het pakket is beschadigd of na het maken gewijzigd; er is niets uit gebruikt. Oplossing: Kopieer het pakket opnieuw in zijn geheel, of maak het opnieuw met npm run ingest of de pagina Gegevens laden.`;
    const r = figures(pakket);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe(bericht);

    const rapport = join(map, 'rapport.json');
    writeFileSync(rapport, JSON.stringify({ schema: 'pw-monitor-rapport', versie: 1, id: 'rapport-geweigerd', titel: 'Geweigerd pakket', inleiding: '', datum: '2026-03-01', blokken: [] }));
    const s = npmRun('report', [rapport, '--out', join(map, 'r.pdf'), '--pakket', pakket]);
    expect(s.code).toBe(2);
    expect(s.stderr.trim()).toBe(`--pakket ${pakket}: ${bericht}`);
    expect(existsSync(join(map, 'r.pdf'))).toBe(false);
  });
});
