import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dictionary, Int8, Table, Utf8, makeData, makeVector, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { indexeerFiguren, selecteerFiguren, type Figuur } from '@pw/metrics';
import { Figurenbestandfout, leesGeleverdeFiguren } from '../src/index.ts';

const DEMO = fileURLToPath(new URL('../../../data/demo-package/figuren_huidig.arrow', import.meta.url));
const bytes = new Uint8Array(readFileSync(DEMO));

/** Every row of a figures file as the plain Arrow reader gives it (the reference). */
function alleRijenVan(b: Uint8Array): { rijen: Figuur[]; markering: Array<string | null> } {
  const rijen: Figuur[] = [];
  const markering: Array<string | null> = [];
  for (const r of tableFromIPC(b).toArray()) {
    const { markering: m, ...f } = r.toJSON() as Figuur & { markering: string | null };
    rijen.push({ ...f, waarde: f.waarde === null ? (null as unknown as number) : Number(f.waarde) });
    markering.push(m ?? null);
  }
  return { rijen, markering };
}

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
  await engine.insertIPC('figuren', bytes);
});
afterAll(() => engine?.close());

describe('reading the shipped figures by area', () => {
  const geleverd = leesGeleverdeFiguren(bytes, 'figuren_huidig.arrow');

  it('gives Dinkelland 275 benefits on 1-12-2019 (245 Pw, 24 IOAW, 2 IOAZ, 4 Bbz) from the demo package, as written with dictionaries', () => {
    expect(String(tableFromIPC(bytes).schema.fields.find((f) => f.name === 'gemeente_code')!.type)).toMatch(/^Dictionary</);
    const rijen = selecteerFiguren(geleverd, { gebieden: [{ soort: 'gemeente', code: 'GM1774' }], indicatoren: ['uitkeringen'], van: '2019-12-01', tot: '2019-12-01', indeling: 'huidig' });
    expect(rijen.find((r) => r.dimensie === 'totaal')?.waarde).toBe(275);
    expect(rijen.filter((r) => r.dimensie === 'regeling').map((r) => [r.categorie, r.waarde])).toEqual([
      ['Pw', 245],
      ['IOAW', 24],
      ['IOAZ', 2],
      ['Bbz', 4],
    ]);
  });

  it('holds exactly the rows, order and masking of the file: the same index indexeerFiguren makes of every row', () => {
    const { rijen, markering } = alleRijenVan(bytes);
    const verwacht = indexeerFiguren(rijen);
    expect([...geleverd.keys()]).toEqual([...verwacht.keys()]);
    for (const [code, r] of verwacht) expect(geleverd.get(code), code).toEqual(r);
    expect(geleverd.alleRijen()).toEqual(rijen);
    // The marker of each row of an area, in the same order as its rows.
    const posities = rijen.map((r, i) => [r, i] as const).filter(([r]) => r.gemeente_code === 'GM1774');
    expect(geleverd.markeringenVan('GM1774')).toEqual(posities.map(([, i]) => markering[i] ?? null));
    expect(geleverd.markeringenVan('GM1774').filter((m) => m !== null).length).toBeGreaterThan(0);
    expect(geleverd.get('GM9999')).toBeUndefined();
  });

  it('reads a package made before the figures were written with dictionaries (plain text columns) the same', async () => {
    const plat = await engine.queryIPC('SELECT * FROM figuren');
    expect(String(tableFromIPC(plat).schema.fields.find((f) => f.name === 'gemeente_code')!.type)).toBe('Utf8');
    const oud = leesGeleverdeFiguren(plat, 'figuren_huidig.arrow');
    expect(oud.alleRijen()).toEqual(geleverd.alleRijen());
    expect(oud.markeringenVan('GM1774')).toEqual(geleverd.markeringenVan('GM1774'));
    // Text that is not ASCII (Súdwest-Fryslân) is read value by value, exactly.
    const fries = leesGeleverdeFiguren(await engine.queryIPC("SELECT * REPLACE ('Súdwest-Fryslân' AS gemeente_naam) FROM figuren WHERE gemeente_code = 'GM1774'"), 'figuren_huidig.arrow');
    expect(new Set(fries.get('GM1774')!.map((r) => r.gemeente_naam))).toEqual(new Set(['Súdwest-Fryslân']));
    expect(fries.get('GM1774')!.length).toBe(geleverd.get('GM1774')!.length);
  });

  it('refuses a file that is not a figures table with the file name and what is wrong', async () => {
    expect(() => leesGeleverdeFiguren(new Uint8Array([1, 2, 3]), 'figuren_huidig.arrow')).toThrow(Figurenbestandfout);
    const kaal = await engine.queryIPC('SELECT * EXCLUDE (periode) FROM figuren', 'file', { woordenboek: true });
    expect(() => leesGeleverdeFiguren(kaal, 'figuren_historisch.arrow')).toThrow('figuren_historisch.arrow: de kolom periode ontbreekt.');
  });

  it('refuses a mailed file whose dictionary numbers point outside its dictionary, naming the file and column', () => {
    const woordenboek = (woorden: string[], nummers: number[]) =>
      makeVector(makeData({ type: new Dictionary(new Utf8(), new Int8()), length: nummers.length, nullCount: 0, data: Int8Array.from(nummers), dictionary: vectorFromArray(woorden, new Utf8()) }));
    const tabel = (code: number) =>
      new Table({
        indicator: woordenboek(['uitkeringen'], [0]),
        gemeente_code: woordenboek(['GM1774'], [code]),
        gemeente_naam: woordenboek(['Dinkelland'], [0]),
        periode: woordenboek(['2019-12-01'], [0]),
        dimensie: woordenboek(['totaal'], [0]),
        categorie: woordenboek(['totaal'], [0]),
        waarde: makeVector(Float64Array.from([275])),
        markering: woordenboek([''], [0]),
      });
    expect(leesGeleverdeFiguren(tableToIPC(tabel(0)), 'figuren_huidig.arrow').get('GM1774')![0]!.waarde).toBe(275);
    expect(() => leesGeleverdeFiguren(tableToIPC(tabel(7)), 'figuren_huidig.arrow')).toThrow('figuren_huidig.arrow: kolom gemeente_code: een waarde verwijst buiten het woordenboek.');
    expect(() => leesGeleverdeFiguren(tableToIPC(tabel(-1)), 'figuren_huidig.arrow')).toThrow('buiten het woordenboek');
    // One past the end: the place the reader keeps for null rows, still outside the dictionary.
    expect(() => leesGeleverdeFiguren(tableToIPC(tabel(1)), 'figuren_huidig.arrow')).toThrow('buiten het woordenboek');
  });
});
