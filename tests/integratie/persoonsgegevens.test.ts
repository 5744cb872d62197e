import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun } from './cli.ts';

// Acceptance (issue 10): after ingesting an extract whose reden column holds a name and a date, no
// package file, manifest, figures output or message contains them; and no control character from
// a file reaches the terminal.
let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-persoon-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Personal data the extract carries, in the reden column and elsewhere: none may come out. */
const GEHEIM = ['Pietersen', '12-03-1961', '1961-03-12', 'Smit-Koster', 'schuldsanering', '123456782', '234567891', 'Dorpsstraat'];

describe('personal data in an extract', () => {
  it('never reaches the package, the manifest, the figures or a message', () => {
    const extracten = join(map, 'extracten');
    mkdirSync(extracten);
    writeFileSync(
      join(extracten, 'uitkeringen.csv'),
      [
        'Uitkeringen Dinkelland, lopend op of na 1-1-2019, aangemaakt 31-12-2019',
        'BSN;Achternaam;Adres;Gemeente;Regeling;Ingangsdatum;Einddatum;Loonwaardegroep;Reden beëindiging;Toelichting',
        '123456782;Pietersen;Dorpsstraat 1;Dinkelland;Algemene bijstand;01-03-2018;30-04-2019;;Pietersen 12-03-1961 verhuisd;schuldsanering loopt',
        '234567891;Smit-Koster;Dorpsstraat 2;Dinkelland;Algemene bijstand;01-03-2018;;;;',
        '345678903;Bakker;Dorpsstraat 3;Dinkelland;IOAW;01-01-2019;31-05-2019;;Werk;',
        // an unknown value in a column that is read is shown in a warning, without the escape sequence it holds
        '456789014;Visser;Dorpsstraat 4;Dinkelland;Algemene bijstand;01-01-2019;;\u001b[2Jhoog;;\u001b[2Jzie dossier',
      ].join('\r\n') + '\r\n',
    );
    const pakket = join(map, 'pakket');
    const ingest = npmRun('ingest', [extracten, '--out', pakket]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toContain('uitkeringen.csv:6: waarschuwing: Onbekende loonwaardegroep "[2Jhoog"');
    const figuren = npmRun('figures', [pakket, '--format', 'json']);
    expect(figuren.code, figuren.stderr).toBe(0);
    expect(JSON.parse(figuren.stdout).some((r: { dimensie: string; categorie: string }) => r.dimensie === 'reden' && r.categorie === 'verhuizing')).toBe(true);
    const csv = npmRun('figures', [pakket, '--format', 'csv', '--dialect', 'nl']);

    const uitvoer: Record<string, string> = {
      'ingest (stdout)': ingest.stdout,
      'ingest (stderr)': ingest.stderr,
      'figures json': figuren.stdout,
      'figures csv': csv.stdout,
      'figures (stderr)': figuren.stderr + csv.stderr,
    };
    for (const bestand of readdirSync(pakket)) uitvoer[bestand] = new TextDecoder('latin1').decode(readFileSync(join(pakket, bestand)));
    expect(Object.keys(uitvoer)).toContain('manifest.json');
    expect(Object.keys(uitvoer)).toContain('uitkeringen_mutaties.arrow');
    for (const [waar, tekst] of Object.entries(uitvoer)) {
      for (const g of GEHEIM) expect(tekst.includes(g), `${g} in ${waar}`).toBe(false);
      // eslint-disable-next-line no-control-regex -- an escape sequence from the file must not reach the terminal
      if (!waar.endsWith('.arrow')) expect(/\u001b/.test(tekst), `escape in ${waar}`).toBe(false);
    }
  });

  it('a broken mapping file is named with its line, and nothing is written', () => {
    const extracten = join(map, 'mapping');
    mkdirSync(extracten);
    writeFileSync(join(extracten, 'x.csv'), 'Klant-id;Gemeente;Regeling;Ingangsdatum\n1;Dinkelland;Pw;01-01-2019\n');
    writeFileSync(join(extracten, 'x.mapping.json'), '{\n  "kolommen": {\n    "Klant-id": "klant"\n  }\n}\n');
    const pakket = join(map, 'pakket-mapping');
    const r = npmRun('ingest', [extracten, '--out', pakket]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.mapping\.json:3: Het veld kolommen\."Klant-id" noemt geen veld van pw-monitor; .* Oplossing: /);
    expect(existsSync(pakket)).toBe(false);
  });
});
