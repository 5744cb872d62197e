import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { ingest } from '@pw/ingest';
import { sqlIdent } from '@pw/engine';
import { gemeenteNaam } from '@pw/model';
import { CBS_REFERENTIE_SQL, cbsAansluiting, cbsFiguren, cbsFigurenVan, cbsPositie, kwantiel, landelijkeTrend, type CbsRij } from '../src/cbs.ts';

/** The real CBS exports of the demo (Bron: CBS): table 83450NED (2015) and the national monthly series 37789ksz. */
const bron = (naam: string) => ({ naam, bytes: new Uint8Array(readFileSync(new URL(`../../../data/cbs/${naam}`, import.meta.url))) });

let engine: Engine;
let rijen: CbsRij[];
beforeAll(async () => {
  engine = await openNodeEngine();
  const r = await ingest(engine, [bron('bijstand-gemeenten-2015.csv'), bron('uitkeringen-nederland-per-maand.csv')], { cbsPeriode: 2015 });
  if (!r.tabellen) throw new Error(r.meldingen.map((m) => m.reden).join('\n'));
  for (const [naam, bytes] of Object.entries(r.tabellen)) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(naam)}`);
    await engine.insertIPC(naam, bytes);
  }
  rijen = await engine.query<CbsRij>(CBS_REFERENTIE_SQL);
});
afterAll(() => engine.close());

describe('CBS reference figures', () => {
  it('are printed as cbs.<Key> with the code, name and period as CBS gives them', async () => {
    const f = await cbsFiguren(engine, { gemeenten: ['GM1774'], indicatoren: ['cbs.Bijstandsontvangers_2'] });
    expect(f).toEqual([
      { indicator: 'cbs.Bijstandsontvangers_2', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2015', dimensie: 'leeftijd', categorie: '20150', waarde: 240 },
      { indicator: 'cbs.Bijstandsontvangers_2', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2015', dimensie: 'leeftijd', categorie: '90100', waarde: 210 },
      { indicator: 'cbs.Bijstandsontvangers_2', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2015', dimensie: 'leeftijd', categorie: '90200', waarde: 20 },
      { indicator: 'cbs.Bijstandsontvangers_2', gemeente_code: 'NL01', gemeente_naam: 'Nederland', periode: '2015', dimensie: 'leeftijd', categorie: '20150', waarde: expect.any(Number) },
      { indicator: 'cbs.Bijstandsontvangers_2', gemeente_code: 'NL01', gemeente_naam: 'Nederland', periode: '2015', dimensie: 'leeftijd', categorie: '90100', waarde: expect.any(Number) },
      { indicator: 'cbs.Bijstandsontvangers_2', gemeente_code: 'NL01', gemeente_naam: 'Nederland', periode: '2015', dimensie: 'leeftijd', categorie: '90200', waarde: expect.any(Number) },
    ]);
  });

  it('are the same rows whether computed in SQL (npm run figures) or from the rows a page read (the dashboard export)', async () => {
    expect(cbsFigurenVan(rijen, ['GM1774', 'GM0363'], gemeenteNaam)).toEqual(await cbsFiguren(engine, { gemeenten: ['GM1774', 'GM0363'] }));
  });

  it("rank Dinkelland among all municipalities on CBS's own density (15 to AOW age, 2015), with the spread of the country and of its size class", () => {
    const p = cbsPositie(rijen, 'GM1774')!;
    expect(p).toMatchObject({ maatstaf: 'Bijstandsdichtheid_3', periode: '2015', categorie: '90100', waarde: 13, nederland: 40 });
    // 392 municipalities have a density for 15 to AOW age; 353 have a higher one.
    expect(p.land).toEqual({ plaats: 354, n: 392, percentiel: 9 });
    expect(p.landSpreiding.gemiddelde).toBeCloseTo(27.737, 3);
    expect([p.landSpreiding.p25, p.landSpreiding.p75]).toEqual([16.5, 35]);
    // Size class from the model's inhabitants of Dinkelland (2015: 26.150), the others from CBS's own base.
    expect(p.klasse?.code).toBe('20000-50000');
    expect(p.klasseBasis).toBe('model');
    expect(p.klasseRang!.n).toBeGreaterThan(100);
    expect(p.klasseRang!.plaats).toBeLessThanOrEqual(p.klasseRang!.n);
    expect(p.klasseSpreiding!.p25).toBeLessThanOrEqual(p.klasseSpreiding!.p75);
  });

  it('quantiles interpolate between order statistics', () => {
    expect(kwantiel([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(kwantiel([10], 0.75)).toBe(10);
  });

  it('index the national series and the own series to the same first month, only where both have a figure', () => {
    const eigen = new Map([
      ['2018-09', 250],
      ['2018-10', 240],
      ['2018-11', 230],
      ['2018-12', 220],
    ]);
    const t = landelijkeTrend(rijen, eigen, 'bijstandsuitkeringen_tot_aow')!;
    expect(t.maatstaf).toBe('BijstandsuitkeringenTotDeAOWLeeftijd_12');
    expect(t.nationaalVan).toBe('1998-01');
    // The series has no figure for the last months ('.'): the overlap stops where CBS stops.
    expect(t.punten.map((p) => p.maand)).toEqual(t.punten.map((p) => p.maand).filter((m) => m <= t.nationaalTot!));
    expect(t.punten[0]).toEqual({ maand: '2018-09', eigen: 100, nederland: 100 });
    expect(t.punten.every((p) => p.maand !== '2018-12')).toBe(true);
    expect(landelijkeTrend(rijen, new Map([['2030-01', 5]]))!.punten).toEqual([]);
  });

  it('hold the own count against CBS for the years both have, on the peildatum of the ultimo rule', () => {
    const a = cbsAansluiting(rijen, 'GM1774', [
      { gemeente_code: 'GM1774', peildatum: '2016-01-01', pw: 215, pw_tot_65: 207, leeftijd_onbekend: 0 },
      { gemeente_code: 'GM1774', peildatum: '2017-01-01', pw: 230, pw_tot_65: 220, leeftijd_onbekend: 0 },
    ]);
    expect(a).toEqual([
      { jaar: '2015', maatstaf: 'Bijstandsontvangers_2', bronbestand: 'bijstand-gemeenten-2015.csv', cbs: 210, cbsAlleLeeftijden: 240, eigen: 215, eigenCbsWijze: 207, peildatum: '2016-01-01', verschil: 5, verschilCbsWijze: -3 },
    ]);
    expect(cbsAansluiting(rijen, 'GM1774', [{ gemeente_code: 'GM1774', peildatum: '2016-01-01', pw: 215, pw_tot_65: 200, leeftijd_onbekend: 3 }])[0]!.eigenCbsWijze).toBeNull();
  });
});
