// A small but complete package for the tests, made without ingest: every table of the model as an
// Arrow file, sources with sheets and columns, warnings and a published view, so that generated
// hostile manifests can reach every kind of field.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { PAKKET_TABELNAMEN, type PakketTabel } from '@pw/model';
import { manifestJson } from '../src/manifest.ts';
import { maakPakket, type Pakket, type Pakketlezer } from '../src/pakket.ts';

const arrow = (kolommen: Record<string, Int32Array | string[]>) => tableToIPC(tableFromArrays(kolommen), 'file');

/** Every table of the model with two rows; `plus` changes the counts (another package, another hash). */
export function voorbeeldTabellen(plus = 0): Record<PakketTabel, Uint8Array> {
  return Object.fromEntries(PAKKET_TABELNAMEN.map((t, i) => [t, arrow({ gemeente_code: ['GM1774', 'GM0183'], aantal: Int32Array.from([i + plus, 2 * i]) })])) as Record<PakketTabel, Uint8Array>;
}

export function voorbeeldPakket(tabellen = voorbeeldTabellen()): Promise<Pakket> {
  return maakPakket({
    tabellen,
    rijen: Object.fromEntries(PAKKET_TABELNAMEN.map((t) => [t, 2])),
    afgeleid: [{ naam: 'kerncijfers', bytes: arrow({ indicator: ['uitkeringen'], waarde: Int32Array.from([275]) }), rijen: 1, omschrijving: 'Kerncijfers voor de test.' }],
    aangemaakt: '2024-12-31T00:00:00.000Z',
    periode: { van: '2019-01-01', tot: '2019-12-01' },
    bronnen: [
      {
        naam: 'extracten/uitkeringen.xlsx',
        sha256: 'a'.repeat(64),
        bytes: 29328,
        onderdelen: [
          {
            blad: 'Uitkeringen',
            soort: 'uitkeringen',
            codering: 'xlsx',
            scheidingsteken: ';',
            kopregel: 2,
            rijen: 2,
            kolommen: [
              { kop: 'BSN', veld: 'persoon' },
              { kop: 'Gemeente', veld: 'gemeente' },
              { kop: 'Notitie', veld: null },
            ],
          },
        ],
        rijen: 2,
      },
      { naam: 'extracten/kopie.csv', sha256: 'b'.repeat(64), bytes: 120, onderdelen: [], rijen: 0, zelfdeAls: 'extracten/uitkeringen.xlsx' },
    ],
    validatie: {
      fouten: 0,
      waarschuwingen: 1,
      perCode: { 'gemeente-opgeheven': 1 },
      meldingen: [{ ernst: 'waarschuwing', code: 'gemeente-opgeheven', bestand: 'extracten/uitkeringen.xlsx', blad: 'Uitkeringen', regel: 3, kolom: 'Gemeente', reden: '1 regel gaat over Schermer.', oplossing: 'Zet ze onder de nieuwe gemeente.' }],
    },
    gemeenten: ['GM0183', 'GM1774'],
  }).then((p) => {
    p.manifest.weergaven = [{ schema: 'pw-monitor-weergave', versie: 2, naam: 'Uitkeringen' }];
    return p;
  });
}

/**
 * A package reader over memory, with `manifest` (any JSON value, or raw text) in place of the
 * package's own manifest; it records every name asked for, so a test can show nothing else was read.
 */
export function lezer(pakket: Pakket, manifest: unknown = pakket.manifest, extra: Record<string, Uint8Array> = {}): { lees: Pakketlezer; gelezen: string[] } {
  const gelezen: string[] = [];
  const tekst = typeof manifest === 'string' ? manifest : manifest === pakket.manifest ? manifestJson(pakket.manifest) : JSON.stringify(manifest);
  const lees: Pakketlezer = async (bestand) => {
    gelezen.push(bestand);
    if (bestand === 'manifest.json') return new TextEncoder().encode(tekst);
    const bytes = extra[bestand] ?? pakket.bestanden.get(bestand);
    if (!bytes) throw new Error(`${bestand} bestaat niet`);
    return bytes;
  };
  return { lees, gelezen };
}
