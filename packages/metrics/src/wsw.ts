import { sqlIdent } from '@pw/engine';
import { KENGETALLEN_TOTAAL_UITLEG, WERKVORMEN, WSW_LEEFTIJDSKLASSEN, WSW_REDENEN } from '@pw/model';
import type { Indicator } from './indicatoren.ts';
import type { CbsRij } from './cbs.ts';

/**
 * The Wsw indicators (issue 14). Stocks come from Wsw personnel extracts (`wsw_stand`,
 * `wsw_leeftijd`) on the peildata they cover (`gedekt_w`); SE, fte and the waiting list also from
 * key-figure extracts (`wsw_kengetallen`, e.g. source 003) where no personnel extract covers the
 * peildatum. A cooperation sums its Wsw members (WNK executes the Wsw for the whole Alkmaar region).
 */

const WERKVORM = { id: 'werkvorm', naam: 'Vorm van werk', categorieen: WERKVORMEN };
const WERKGEVER = { id: 'werkgever', naam: 'Werkgever of uitvoerende organisatie', categorieen: [] };
const LEEFTIJD = { id: 'leeftijd', naam: 'Leeftijdsklasse', categorieen: [...WSW_LEEFTIJDSKLASSEN.map((k) => k.code), 'onbekend'] };
const HERKOMST = { id: 'herkomst', naam: 'Herkomst van het cijfer', categorieen: ['personeel', 'kengetallen'] };
const REDEN = { id: 'reden', naam: 'Reden van uitdiensttreding', categorieen: WSW_REDENEN };
/** `pensioen|60-65`: reason and age band together, for the forecast's outflow rates by age. */
const REDEN_LEEFTIJD = { id: 'reden_leeftijd', naam: 'Reden en leeftijdsklasse', categorieen: [] };

/** Rows of a Wsw stock table per area and covered peildatum, summed exactly (DECIMAL). */
const standSql = (tabel: 'wsw_stand' | 'wsw_leeftijd', kolommenSql: string, waarde: string) => `SELECT d.gebied_code, s.peildatum, ${kolommenSql}, sum(CAST(s.${sqlIdent(waarde)} AS DECIMAL(38, 6))) AS n
  FROM ${sqlIdent(tabel)} s JOIN delen d ON d.code = s.gemeente_code AND d.taak = 'wsw' AND s.peildatum BETWEEN d.van AND d.tot
  SEMI JOIN gedekt_w c ON c.gebied_code = d.gebied_code AND c.peildatum = s.peildatum
  GROUP BY ALL`;

/** Key figures summed over an area's Wsw members, only when every member has the value on that peildatum. */
const kengetallenSql = (kolom: 'se' | 'fte' | 'wachtlijst') => `SELECT d.gebied_code, k.peildatum, sum(CAST(k.${sqlIdent(kolom)} AS DECIMAL(38, 6))) AS n
  FROM wsw_kengetallen k JOIN delen d ON d.code = k.gemeente_code AND d.taak = 'wsw' AND k.peildatum BETWEEN d.van AND d.tot
  JOIN aantal_leden a ON a.gebied_code = d.gebied_code AND a.taak = 'wsw'
  WHERE k.${sqlIdent(kolom)} IS NOT NULL
  GROUP BY d.gebied_code, k.peildatum HAVING count(DISTINCT d.lid_code) = any_value(a.n)`;

function wswStandSql(waarde: 'aantal' | 'se' | 'fte'): string {
  const metLeeftijd = waarde !== 'fte';
  // Sums stay exact (fixed point) until this one rounding, so an area's figure never depends on the order of addition.
  const afrondenSql = (x: string) => (waarde === 'aantal' ? `CAST(${x} AS DOUBLE)` : `CAST(round(${x}, 2) AS DOUBLE)`);
  const ken = waarde === 'aantal' ? null : waarde;
  return `WITH s AS (${standSql('wsw_stand', 's.werkvorm, s.werkgever', waarde)}),
    ${metLeeftijd ? `l AS (${standSql('wsw_leeftijd', 's.leeftijdsklasse', waarde)}),` : ''}
    t AS (SELECT c.gebied_code, c.peildatum, coalesce(sum(s.n), 0) AS n FROM gedekt_w c LEFT JOIN s ON s.gebied_code = c.gebied_code AND s.peildatum = c.peildatum GROUP BY ALL)
    ${ken ? `, k AS (SELECT * FROM (${kengetallenSql(ken)}) x ANTI JOIN gedekt_w c ON c.gebied_code = x.gebied_code AND c.peildatum = x.peildatum)` : ''}
  SELECT gebied_code, CAST(peildatum AS VARCHAR) AS periode, 'totaal' AS dimensie, 'totaal' AS categorie, ${afrondenSql('n')} AS waarde FROM t
  UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'werkvorm', werkvorm, ${afrondenSql('sum(n)')} FROM s GROUP BY ALL
  UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'werkgever', werkgever, ${afrondenSql('sum(n)')} FROM s GROUP BY ALL
  ${metLeeftijd ? `UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'leeftijd', leeftijdsklasse, ${afrondenSql('sum(n)')} FROM l GROUP BY ALL` : ''}
  ${
    ken
      ? `UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'herkomst', 'personeel', ${afrondenSql('n')} FROM t
  UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'totaal', 'totaal', ${afrondenSql('n')} FROM k
  UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'herkomst', 'kengetallen', ${afrondenSql('n')} FROM k`
      : ''
  }`;
}

/** Years an area's personnel extracts cover completely (every member from 1 January to 1 December). */
const volledigeJarenSql = `SELECT gebied_code, year(peildatum) AS jaar FROM gedekt_w GROUP BY ALL
  HAVING bool_or(month(peildatum) = 1) AND bool_or(month(peildatum) = 12) AND count(*) = 12`;

const uitstroomSql = () => `WITH j AS (${volledigeJarenSql}),
    m AS (SELECT d.gebied_code, x.jaar, x.reden, x.leeftijdsklasse, sum(x.aantal) AS n
          FROM wsw_mutaties x JOIN delen d ON d.code = x.gemeente_code AND d.taak = 'wsw' AND make_date(x.jaar, 1, 1) BETWEEN d.van AND d.tot
          SEMI JOIN j ON j.gebied_code = d.gebied_code AND j.jaar = x.jaar
          WHERE x.richting = 'uitstroom' GROUP BY ALL)
  SELECT j.gebied_code, CAST(j.jaar AS VARCHAR) AS periode, 'totaal' AS dimensie, 'totaal' AS categorie, coalesce(sum(m.n), 0) AS waarde
  FROM j LEFT JOIN m ON m.gebied_code = j.gebied_code AND m.jaar = j.jaar GROUP BY ALL
  UNION ALL SELECT gebied_code, CAST(jaar AS VARCHAR), 'reden', reden, sum(n) FROM m GROUP BY ALL
  UNION ALL SELECT gebied_code, CAST(jaar AS VARCHAR), 'leeftijd', leeftijdsklasse, sum(n) FROM m GROUP BY ALL
  UNION ALL SELECT gebied_code, CAST(jaar AS VARCHAR), 'reden_leeftijd', reden || '|' || leeftijdsklasse, sum(n) FROM m GROUP BY ALL`;

const STAND_DEFINITIE =
  'In dienst op de peildatum (de eerste dag van de maand): de Wsw-dienstbetrekking begon op of vóór die datum en heeft geen einddatum of een einddatum op of na die datum (de regel van de uitkeringen). Een stand "ultimo december" is de stand op 1 januari erna (de ultimoregel).';

export const WSW_INDICATOREN: readonly Indicator[] = [
  {
    id: 'wsw_werknemers',
    taak: 'wsw',
    titel: 'Wsw-werknemers (personen)',
    eenheid: 'aantal',
    periode: 'peildatum',
    definitie: `Personen met een Wsw-dienstbetrekking, naar woongemeente (die betaalt). ${STAND_DEFINITIE} Iemand met twee dienstbetrekkingen tegelijk telt één keer (bij die met de meeste SE). Naar vorm van werk, werkgever of uitvoerende organisatie, en leeftijd op de peildatum. De Wsw is sinds 1-1-2015 gesloten voor nieuwe instroom.`,
    bron: 'Wsw-personeelsextracten',
    totaal: true,
    dimensies: [WERKVORM, WERKGEVER, LEEFTIJD],
    sql: () => wswStandSql('aantal'),
  },
  {
    id: 'wsw_se',
    taak: 'wsw',
    titel: 'Wsw in standaardeenheden (SE)',
    eenheid: 'eenheden',
    periode: 'peildatum',
    definitie: `Standaardeenheden (SE) van de Wsw-dienstbetrekkingen: per dienstbetrekking het indicatiegewicht (arbeidshandicap matig 1, ernstig 1,25) × de deeltijdfactor (contracturen / 36). ${STAND_DEFINITIE} Uit Wsw-personeelsextracten; waar die de peildatum niet dekken uit Wsw-kengetallen zoals een bron ze drukt (dimensie herkomst). ${KENGETALLEN_TOTAAL_UITLEG}`,
    bron: 'Wsw-personeelsextracten of Wsw-kengetallen',
    totaal: true,
    dimensies: [WERKVORM, WERKGEVER, LEEFTIJD, HERKOMST],
    sql: () => wswStandSql('se'),
  },
  {
    id: 'wsw_fte',
    taak: 'wsw',
    titel: 'Wsw in fte',
    eenheid: 'eenheden',
    periode: 'peildatum',
    definitie: `Fte van de Wsw-dienstbetrekkingen: de deeltijdfactor (contracturen / 36), zonder indicatiegewicht. ${STAND_DEFINITIE} Uit Wsw-personeelsextracten; waar die de peildatum niet dekken uit Wsw-kengetallen (dimensie herkomst).`,
    bron: 'Wsw-personeelsextracten of Wsw-kengetallen',
    totaal: true,
    dimensies: [WERKVORM, WERKGEVER, HERKOMST],
    sql: () => wswStandSql('fte'),
  },
  {
    id: 'wsw_wachtlijst',
    taak: 'wsw',
    titel: 'Wachtlijst Wsw',
    eenheid: 'aantal',
    periode: 'peildatum',
    definitie: `Personen met een Wsw-indicatie die op de peildatum op de wachtlijst staan, uit Wsw-kengetallen (bron 003: "SW (wachtlijst)", ultimo december 2010 → 1-1-2011). Sinds 1-1-2015 is er geen wachtlijst meer: wie er toen op stond, kwam niet meer in de Wsw. ${KENGETALLEN_TOTAAL_UITLEG}`,
    bron: 'Wsw-kengetallen',
    totaal: true,
    dimensies: [],
    sql: () => `SELECT gebied_code, CAST(peildatum AS VARCHAR) AS periode, 'totaal' AS dimensie, 'totaal' AS categorie, CAST(n AS DOUBLE) AS waarde FROM (${kengetallenSql('wachtlijst')})`,
  },
  {
    id: 'wsw_uitstroom',
    taak: 'wsw',
    titel: 'Uitstroom uit de Wsw',
    eenheid: 'aantal',
    periode: 'jaar',
    definitie:
      'Wsw-dienstbetrekkingen met een einddatum in het jaar, alleen voor jaren die het personeelsextract volledig dekt, naar reden (pensioen bij de AOW-leeftijd, overlijden, ontslag, overig) en leeftijdsklasse op de einddatum. Een nieuwe dienstbetrekking van dezelfde persoon op de dag erna (een andere vorm van werk) is geen uitstroom.',
    bron: 'Wsw-personeelsextracten',
    totaal: true,
    dimensies: [REDEN, LEEFTIJD, REDEN_LEEFTIJD],
    sql: uitstroomSql,
  },
];

/** The band after `code` (the next older one), or null for the last. */
function volgendeKlasse(code: string): string | null {
  const i = WSW_LEEFTIJDSKLASSEN.findIndex((k) => k.code === code);
  return i >= 0 && i + 1 < WSW_LEEFTIJDSKLASSEN.length ? WSW_LEEFTIJDSKLASSEN[i + 1]!.code : null;
}

export interface WswPrognosejaar {
  /** Peildatum 1 January of the year. */
  jaar: number;
  laag: number;
  midden: number;
  hoog: number;
  /** SE, from SE per person per band at the start. */
  seLaag: number;
  seMidden: number;
  seHoog: number;
}

interface WswPrognoseInvoer {
  /** Year of the starting stock (its 1 January). */
  startjaar: number;
  /** Persons and SE per age band on 1 January of the start year. */
  start: ReadonlyArray<{ klasse: string; personen: number; se: number }>;
  /**
   * Observed yearly outflow other than pension per band, as a fraction of the band's stock on 1 January,
   * one value per observed year (the lowest and highest make the band, the mean the middle).
   */
  overigeUitstroom: ReadonlyMap<string, readonly number[]>;
  /** The AOW age in months per year (`aowLeeftijdMaanden` of @pw/model). */
  aowMaanden: (jaar: number) => number;
  totJaar: number;
}

/**
 * The Wsw forecast (issue 14), in plain words: each year, everyone grows a year older; the people
 * of a five- or ten-year band move to the next band at 1/width per year; of the oldest band (65
 * and older) everyone who reaches the AOW age leaves (with the AOW age of that year, a person of
 * 65 reaches 67 after two years: 1/(AOW age − 65) of the band per year); every band also loses
 * its observed other outflow (death, dismissal, other) at the lowest, mean and highest yearly rate
 * seen. Nobody comes in (the Wsw is closed since 2015). The band runs from the highest outflow
 * (laag) to the lowest (hoog). SE follow persons at each band's SE per person at the start.
 */
export function wswPrognose(invoer: WswPrognoseInvoer): WswPrognosejaar[] {
  const klassen = WSW_LEEFTIJDSKLASSEN.map((k) => k.code);
  const sePerPersoon = new Map(invoer.start.map((s) => [s.klasse, s.personen > 0 ? s.se / s.personen : 0]));
  const scenario = (kies: (rates: readonly number[]) => number) => {
    let stand = new Map(klassen.map((k) => [k, invoer.start.find((s) => s.klasse === k)?.personen ?? 0]));
    // Unknown ages: kept apart, losing the mean other outflow of all bands.
    let onbekend = invoer.start.find((s) => s.klasse === 'onbekend')?.personen ?? 0;
    const alle = [...invoer.overigeUitstroom.values()].flat();
    const gemiddeld = alle.length ? kies(alle) : 0;
    const uit: Array<{ jaar: number; personen: number; se: number }> = [];
    const meet = (jaar: number) => {
      let personen = onbekend;
      let se = onbekend * (sePerPersoon.get('onbekend') ?? 0);
      for (const [k, n] of stand) {
        personen += n;
        se += n * (sePerPersoon.get(k) ?? 0);
      }
      uit.push({ jaar, personen, se });
    };
    meet(invoer.startjaar);
    for (let jaar = invoer.startjaar; jaar < invoer.totJaar; jaar++) {
      const volgende = new Map(klassen.map((k) => [k, 0]));
      for (const def of WSW_LEEFTIJDSKLASSEN) {
        const n = stand.get(def.code) ?? 0;
        const rates = invoer.overigeUitstroom.get(def.code) ?? [];
        const blijft = n * (1 - (rates.length ? kies(rates) : gemiddeld));
        if (def.tot === null) {
          const jarenTotAow = Math.max(invoer.aowMaanden(jaar) / 12 - def.van, 1);
          volgende.set(def.code, volgende.get(def.code)! + blijft * (1 - 1 / jarenTotAow));
        } else {
          const door = blijft / (def.tot - def.van);
          volgende.set(def.code, volgende.get(def.code)! + blijft - door);
          const v = volgendeKlasse(def.code)!;
          volgende.set(v, volgende.get(v)! + door);
        }
      }
      stand = volgende;
      onbekend *= 1 - gemiddeld;
      meet(jaar + 1);
    }
    return uit;
  };
  const max = (r: readonly number[]) => Math.max(...r);
  const min = (r: readonly number[]) => Math.min(...r);
  const gem = (r: readonly number[]) => r.reduce((a, b) => a + b, 0) / r.length;
  const laag = scenario(max);
  const midden = scenario(gem);
  const hoog = scenario(min);
  return midden.map((m, i) => ({
    jaar: m.jaar,
    laag: Math.round(laag[i]!.personen),
    midden: Math.round(m.personen),
    hoog: Math.round(hoog[i]!.personen),
    seLaag: Math.round(laag[i]!.se * 10) / 10,
    seMidden: Math.round(m.se * 10) / 10,
    seHoog: Math.round(hoog[i]!.se * 10) / 10,
  }));
}

/** Plain-words method of {@link wswPrognose}, as the page and a report print it. */
export const WSW_PROGNOSE_METHODE =
  'De verwachting gaat uit van de leeftijdsopbouw op 1 januari van het laatste volledige jaar. Elk jaar wordt iedereen een jaar ouder; wie de AOW-leeftijd bereikt (67 jaar vanaf 2024, 67 jaar en 3 maanden vanaf 2028) gaat uit dienst. Daarnaast gaat per leeftijdsklasse elk jaar een deel uit dienst om een andere reden (overlijden, ontslag, overig), zoals in de afgelopen jaren waargenomen. Er komt niemand bij: de Wsw is sinds 1-1-2015 gesloten. De band loopt van het hoogste naar het laagste waargenomen jaarpercentage van die andere uitstroom; de lijn in het midden gebruikt het gemiddelde. SE volgen de personen met de SE per persoon van elke leeftijdsklasse aan het begin.';

/** SQL-free helper: the observed other-outflow rate per band and year from figures (uitstroom reden_leeftijd and werknemers leeftijd). */
export function overigeUitstroomPerKlasse(
  uitstroom: ReadonlyArray<{ periode: string; categorie: string; waarde: number }>,
  standJanuari: ReadonlyArray<{ periode: string; categorie: string; waarde: number }>,
  jaren: readonly number[],
): Map<string, number[]> {
  const uit = new Map<string, number[]>();
  for (const k of WSW_LEEFTIJDSKLASSEN) {
    const rates: number[] = [];
    for (const jaar of jaren) {
      const stand = standJanuari.find((s) => s.periode === `${jaar}-01-01` && s.categorie === k.code)?.waarde ?? 0;
      if (stand <= 0) continue;
      const overig = uitstroom.filter((u) => u.periode === String(jaar) && u.categorie.endsWith(`|${k.code}`) && !u.categorie.startsWith('pensioen|')).reduce((a, u) => a + u.waarde, 0);
      rates.push(Math.min(overig / stand, 1));
    }
    uit.set(k.code, rates);
  }
  return uit;
}

type Rij = { indicator: string; gemeente_code: string; periode: string; dimensie: string; categorie: string; waarde: number };

const waarden = (rijen: readonly Rij[], code: string, indicator: string, dimensie = 'totaal', categorie?: string) =>
  rijen.filter((r) => r.indicator === indicator && r.gemeente_code === code && r.dimensie === dimensie && (categorie === undefined || r.categorie === categorie));

/** The stock on 1 January of each year (persons, SE, fte) of an area, from the figures. */
export function wswJaarstanden(rijen: readonly Rij[], code: string): Array<{ peildatum: string; personen: number | null; se: number | null; fte: number | null }> {
  const perioden = new Set(
    rijen.filter((r) => r.gemeente_code === code && ['wsw_werknemers', 'wsw_se', 'wsw_fte'].includes(r.indicator) && r.dimensie === 'totaal' && r.periode.endsWith('-01-01')).map((r) => r.periode),
  );
  const w = (ind: string, p: string) => waarden(rijen, code, ind).find((r) => r.periode === p)?.waarde ?? null;
  return [...perioden].sort().map((p) => ({ peildatum: p, personen: w('wsw_werknemers', p), se: w('wsw_se', p), fte: w('wsw_fte', p) }));
}

/**
 * The forecast of an area from its figures: the age profile on 1 January of the latest year with
 * one, and the other outflow by age band in up to three full years before it. Null without an age
 * profile.
 */
export function wswPrognoseVan(rijen: readonly Rij[], code: string, aowMaanden: (jaar: number) => number, totJaar = 2030): { startjaar: number; jaren: number[]; reeks: WswPrognosejaar[] } | null {
  const leeftijd = waarden(rijen, code, 'wsw_werknemers', 'leeftijd').filter((r) => r.periode.endsWith('-01-01'));
  const start = leeftijd.map((r) => r.periode).sort((a, b) => a.localeCompare(b)).at(-1);
  if (!start) return null;
  const startjaar = Number(start.slice(0, 4));
  const se = waarden(rijen, code, 'wsw_se', 'leeftijd').filter((r) => r.periode === start);
  const startRijen = leeftijd.filter((r) => r.periode === start).map((r) => ({ klasse: r.categorie, personen: r.waarde, se: se.find((s) => s.categorie === r.categorie)?.waarde ?? r.waarde }));
  const uitstroom = waarden(rijen, code, 'wsw_uitstroom', 'reden_leeftijd');
  const jaren = [...new Set(uitstroom.map((u) => Number(u.periode)))].filter((j) => j < startjaar).sort((a, b) => a - b).slice(-3);
  // Without observed years, the totals' years still count (no outflow in a year is a rate of 0).
  const alleJaren = jaren.length ? jaren : waarden(rijen, code, 'wsw_uitstroom').map((u) => Number(u.periode)).filter((j) => j < startjaar).sort((a, b) => a - b).slice(-3);
  const rates = overigeUitstroomPerKlasse(uitstroom, leeftijd, alleJaren);
  return { startjaar, jaren: alleJaren, reeks: wswPrognose({ startjaar, start: startRijen, overigeUitstroom: rates, aowMaanden, totJaar }) };
}

/** The key-figure lines of a package (issue 14): per municipality and the lines of a region (Buitengebied). */
export interface WswKengetal {
  gemeente_code: string | null;
  omschrijving: string | null;
  samenwerking: string | null;
  peildatum: string;
  se: number | null;
  fte: number | null;
  wachtlijst: number | null;
  bron: string;
}

/** Text order as DuckDB sorts VARCHAR (by code unit, not by locale), with null after every text. */
function tekstvolgorde(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The key-figure lines of a package as the Wsw page shows them, from the rows of its
 * `wsw_kengetallen` table (read without an engine): by peildatum, then municipality (a line that is
 * no municipality, such as Buitengebied, after the municipalities of its date), then description.
 */
export function wswKengetallen(rijen: readonly WswKengetal[]): WswKengetal[] {
  return [...rijen].sort((a, b) => tekstvolgorde(a.peildatum, b.peildatum) || tekstvolgorde(a.gemeente_code, b.gemeente_code) || tekstvolgorde(a.omschrijving, b.omschrijving));
}

/** CBS's number of Wsw employees of a municipality in a year. */
export interface CbsWswWerknemers {
  gemeente_code: string;
  periode: string;
  waarde: number;
}

/**
 * CBS's WSW-werknemers per municipality and year from the rows of the package's CBS reference
 * table (`cbs_referentie`, stam `wsw_werknemers`, yearly periods only), by municipality and year;
 * empty when the package holds no CBS file. One figure per municipality and year: the total, or
 * else the one other split CBS gives (age "15 jaar of ouder"), the first in the table's order.
 */
export function cbsWswWerknemers(rijen: readonly CbsRij[]): CbsWswWerknemers[] {
  const gekozen = new Map<string, { rij: CbsRij; totaal: boolean }>();
  for (const r of rijen) {
    if (r.stam !== 'wsw_werknemers' || r.periode.length !== 4) continue;
    const sleutel = `${r.gemeente_code}\u0000${r.periode}`;
    const totaal = r.dimensie === 'totaal';
    const eerder = gekozen.get(sleutel);
    if (!eerder || (totaal && !eerder.totaal)) gekozen.set(sleutel, { rij: r, totaal });
  }
  return [...gekozen.values()]
    .map(({ rij }) => ({ gemeente_code: rij.gemeente_code, periode: rij.periode, waarde: rij.waarde }))
    .sort((a, b) => tekstvolgorde(a.gemeente_code, b.gemeente_code) || tekstvolgorde(a.periode, b.periode));
}
