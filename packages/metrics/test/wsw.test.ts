import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijenVanIPC, type Engine } from '@pw/engine';
import { openNodeEngine } from '@pw/engine/node';
import { aowLeeftijdMaanden } from '@pw/model';
import { figuren } from '../src/figuren.ts';
import { indicator } from '../src/indicatoren.ts';
import { CBS_REFERENTIE_SQL, type CbsRij } from '../src/cbs.ts';
import { cbsWswWerknemers, overigeUitstroomPerKlasse, wswJaarstanden, wswKengetallen, wswPrognose, wswPrognoseVan, type WswKengetal } from '../src/wsw.ts';
import { csv, laadExtracten } from './helpers.ts';

// The Wsw page reads its key-figure lines and CBS's WSW-werknemers from the package's files without
// DuckDB (wswKengetallen, cbsWswWerknemers: the one definition). These queries, which the engine
// ran before, are kept here only as an independent check that the functions give the same rows.
const WSW_KENGETALLEN_SQL = 'SELECT gemeente_code, omschrijving, samenwerking, CAST(peildatum AS VARCHAR) AS peildatum, se, fte, wachtlijst, bron FROM wsw_kengetallen ORDER BY peildatum, gemeente_code NULLS LAST, omschrijving';
const CBS_WSW_WERKNEMERS_SQL = `SELECT gemeente_code, periode, arg_min(waarde, CASE WHEN dimensie = 'totaal' THEN 0 ELSE 1 END) AS waarde
  FROM cbs_referentie WHERE stam = 'wsw_werknemers' AND length(periode) = 4 GROUP BY gemeente_code, periode ORDER BY gemeente_code, periode`;

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
  await laadExtracten(engine, [
    // Source 003's key figures for two municipalities and Buitengebied (SW ultimo december 2010).
    csv('kengetallen.csv', [
      'Gemeente;SW (SE);SW (fte);SW (wachtlijst);Stand SW',
      'Alkmaar;425;478;168;ultimo december 2010',
      'Heerhugowaard;170;191;40;ultimo december 2010',
      'Langedijk;61;72;7;ultimo december 2010',
      'Buitengebied;28;29;-;ultimo december 2010',
    ]),
    csv('wsw.csv', [
      'Wsw Dinkelland, lopend op of na 1-1-2014, aangemaakt 31-12-2016',
      'BSN;Geboortedatum;Gemeente;Ingangsdatum;Einddatum;SE;Fte;Vorm van werk;Werkgever;Reden uit dienst',
      '1;01-06-1951;Dinkelland;01-01-1990;31-05-2016;1;1;beschut binnen;SPD;pensioen',
      '2;01-06-1970;Dinkelland;01-01-1995;;1,25;1;groepsdetachering;Soweco;',
      '3;01-06-1980;Dinkelland;01-01-2000;15-03-2015;0,5;0,5;begeleid werken;SPD;overleden',
    ]),
  ]);
}, 60_000);
afterAll(() => engine.close());

describe('Wsw indicators', () => {
  it('give source 003 exactly for a municipality: 425 SE, 478 fte and 168 on the waiting list on 1-1-2011 (ultimo december 2010)', async () => {
    const rijen = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM0361' }], indeling: 'historisch', indicatoren: ['wsw_se', 'wsw_fte', 'wsw_wachtlijst'] });
    expect(rijen.filter((r) => r.dimensie === 'totaal').map((r) => [r.indicator, r.periode, r.waarde])).toEqual([
      ['wsw_se', '2011-01-01', 425],
      ['wsw_fte', '2011-01-01', 478],
      ['wsw_wachtlijst', '2011-01-01', 168],
    ]);
  });

  it('sum a cooperation over its Wsw members only, never the Buitengebied line (Halte Werk: 656 SE)', async () => {
    const rijen = await figuren(engine, { gebieden: [{ soort: 'samenwerking', id: 'halte-werk' }], indeling: 'historisch', indicatoren: ['wsw_se', 'wsw_wachtlijst'] });
    expect(rijen.filter((r) => r.dimensie === 'totaal').map((r) => [r.indicator, r.waarde])).toEqual([
      ['wsw_se', 656],
      ['wsw_wachtlijst', 215],
    ]);
  });

  it('count persons, SE and outflow by reason from a personnel extract on the peildata it covers', async () => {
    const rijen = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM1774' }], indeling: 'historisch', indicatoren: ['wsw_werknemers', 'wsw_se', 'wsw_fte', 'wsw_uitstroom'] });
    expect(wswJaarstanden(rijen, 'GM1774')).toEqual([
      { peildatum: '2014-01-01', personen: 3, se: 2.75, fte: 2.5 },
      { peildatum: '2015-01-01', personen: 3, se: 2.75, fte: 2.5 },
      { peildatum: '2016-01-01', personen: 2, se: 2.25, fte: 2 },
    ]);
    const uit = rijen.filter((r) => r.indicator === 'wsw_uitstroom' && r.dimensie !== 'reden_leeftijd').map((r) => [r.periode, r.dimensie, r.categorie, r.waarde]);
    expect(uit).toEqual([
      ['2014', 'totaal', 'totaal', 0],
      ['2015', 'totaal', 'totaal', 1],
      ['2015', 'reden', 'overlijden', 1],
      ['2015', 'leeftijd', 'tot35', 1],
      ['2016', 'totaal', 'totaal', 1],
      ['2016', 'reden', 'pensioen', 1],
      ['2016', 'leeftijd', '60-65', 1],
    ]);
    expect(indicator('wsw_se').definitie).toContain('478 + 168 + 1.890 + 31 = 2.567');
  });
});

describe('Wsw forecast', () => {
  it('moves people up through the bands, lets the oldest band leave at the AOW age and applies the other outflow as a band', () => {
    const reeks = wswPrognose({
      startjaar: 2024,
      start: [
        { klasse: '60-65', personen: 50, se: 50 },
        { klasse: '65plus', personen: 10, se: 12.5 },
      ],
      overigeUitstroom: new Map([
        ['60-65', [0, 0.1]],
        ['65plus', [0, 0.1]],
      ]),
      aowMaanden: () => 67 * 12,
      totJaar: 2026,
    });
    // Highest outflow (10%): 60-65 keeps 45, 9 move on; 65plus keeps 9 × ½ + 9 = 13,5 → 58 in 2025.
    expect(reeks[0]).toEqual({ jaar: 2024, laag: 60, midden: 60, hoog: 60, seLaag: 62.5, seMidden: 62.5, seHoog: 62.5 });
    expect(reeks[1]).toMatchObject({ jaar: 2025, laag: 50, hoog: 55 });
    expect(reeks[1]!.laag).toBeLessThan(reeks[1]!.midden);
    expect(reeks[1]!.midden).toBeLessThan(reeks[1]!.hoog);
    expect(reeks.map((r) => r.jaar)).toEqual([2024, 2025, 2026]);
  });

  it('reads the other outflow rates by band from the figures, without pension', () => {
    const rates = overigeUitstroomPerKlasse(
      [
        { periode: '2023', categorie: 'pensioen|65plus', waarde: 4 },
        { periode: '2023', categorie: 'ontslag|45-55', waarde: 2 },
        { periode: '2023', categorie: 'overlijden|45-55', waarde: 1 },
      ],
      [
        { periode: '2023-01-01', categorie: '45-55', waarde: 30 },
        { periode: '2023-01-01', categorie: '65plus', waarde: 8 },
      ],
      [2023],
    );
    expect(rates.get('45-55')).toEqual([0.1]);
    expect(rates.get('65plus')).toEqual([0]);
  });

  it('forecasts from an area figures to 2030', async () => {
    const rijen = await figuren(engine, { gebieden: [{ soort: 'gemeente', code: 'GM1774' }], indeling: 'historisch', indicatoren: ['wsw_werknemers', 'wsw_se', 'wsw_uitstroom'] });
    const p = wswPrognoseVan(rijen, 'GM1774', aowLeeftijdMaanden, 2030)!;
    expect(p.startjaar).toBe(2016);
    expect(p.reeks.at(-1)!.jaar).toBe(2030);
    expect(p.reeks[0]!.midden).toBe(2);
  });
});

describe('CBS WSW-werknemers', () => {
  it('are read by their stam from the CBS reference table (every package has one; empty without a CBS file), the same in SQL and from the rows', async () => {
    expect(await engine.query(CBS_WSW_WERKNEMERS_SQL)).toEqual([]);
    expect(cbsWswWerknemers(await engine.query<CbsRij>(CBS_REFERENTIE_SQL))).toEqual([]);
    await engine.exec(`INSERT INTO cbs_referentie (bronbestand, tabel, maatstaf, stam, gemeente_code, periode, dimensie, categorie, waarde, status) VALUES
      ('gemeente_2015.csv', '83450NED', 'WSWWerknemers_16', 'wsw_werknemers', 'GM1774', '2015', 'leeftijd', '20150', 140, NULL),
      ('gemeente_2015.csv', '83450NED', 'WSWWerknemers_16', 'wsw_werknemers', 'GM1774', '2015', 'leeftijd', '90100', 140, NULL),
      ('gemeente_2015.csv', '83450NED', 'Bijstandsontvangers_2', 'bijstandsontvangers', 'GM1774', '2015', 'leeftijd', '20150', 240, NULL),
      ('gemeente_2015.csv', '83450NED', 'WSWWerknemers_16', 'wsw_werknemers', 'GM0363', '2015', 'leeftijd', '90100', 3010, NULL),
      ('gemeente_2015.csv', '83450NED', 'WSWWerknemers_16', 'wsw_werknemers', 'GM0363', '2015', 'totaal', 'totaal', 3020, NULL),
      ('maand.csv', '37789ksz', 'WSWWerknemers_16', 'wsw_werknemers', 'GM0363', '2015MM01', 'totaal', 'totaal', 1, NULL)`);
    try {
      // Dinkelland 2015 in CBS table 83450NED: 140 Wsw employees, once, whatever the age split;
      // Amsterdam: the total wins over a split; a month is no year.
      const verwacht = [
        { gemeente_code: 'GM0363', periode: '2015', waarde: 3020 },
        { gemeente_code: 'GM1774', periode: '2015', waarde: 140 },
      ];
      expect(await engine.query(CBS_WSW_WERKNEMERS_SQL)).toEqual(verwacht);
      expect(cbsWswWerknemers(await engine.query<CbsRij>(CBS_REFERENTIE_SQL))).toEqual(verwacht);
    } finally {
      await engine.exec(`DELETE FROM cbs_referentie WHERE gemeente_code IN ('GM1774', 'GM0363')`);
    }
  });
});

describe("the Wsw page's sources read from the demo package's files, without an engine", () => {
  const bestand = (naam: string) => new Uint8Array(readFileSync(new URL(`../../../data/demo-package/${naam}.arrow`, import.meta.url)));
  let demo: Engine;
  beforeAll(async () => {
    demo = await openNodeEngine();
    for (const naam of ['wsw_kengetallen', 'cbs_referentie']) await demo.insertIPC(naam, bestand(naam));
  }, 60_000);
  afterAll(() => demo?.close());

  it('give the key-figure lines the SQL gives, Regio Alkmaar on 1-1-2011 with Buitengebied after its municipalities', async () => {
    const rijen = wswKengetallen(rijenVanIPC<WswKengetal>(bestand('wsw_kengetallen')));
    expect(rijen).toEqual(await demo.query(WSW_KENGETALLEN_SQL));
    const op2011 = rijen.filter((r) => r.peildatum === '2011-01-01');
    expect(op2011.find((r) => r.gemeente_code === 'GM0361')).toMatchObject({ se: 425, fte: 478, wachtlijst: 168 });
    expect(op2011.at(-1)).toMatchObject({ gemeente_code: null, omschrijving: 'Buitengebied', se: 28, fte: 29, wachtlijst: null });
  });

  it("give CBS's WSW-werknemers the SQL gives, Dinkelland 140 in 2015", async () => {
    const cbs = cbsWswWerknemers(await demo.query<CbsRij>(CBS_REFERENTIE_SQL));
    expect(cbs).toEqual(await demo.query(CBS_WSW_WERKNEMERS_SQL));
    expect(cbs.find((r) => r.gemeente_code === 'GM1774' && r.periode === '2015')?.waarde).toBe(140);
    expect(cbs.length).toBeGreaterThan(300);
  });
});
