import { sqlLijst, sqlString, type Engine } from '@pw/engine';
import { CBS_LEEFTIJD_PW, CBS_LEEFTIJD_TOTAAL, CBS_NEDERLAND, GROOTTEKLASSEN, INWONERS, klasseVan, type CbsStam, type Klasse } from '@pw/model';
import type { Figuur } from './figuren.ts';

/**
 * CBS reference figures (issue 12): the package table `cbs_referentie` in the long format of every
 * output (`cbs.<Key>`, the CBS key exactly as in the file), and what the pages compute from them: a
 * municipality's position among all municipalities on CBS's own published density, the spread of
 * its size class and of the country, the national trend next to the own series, and the own count
 * held against CBS's. All functions below the SQL are pure (figures in, numbers out).
 */

/** One row of `cbs_referentie`. */
export interface CbsRij {
  bronbestand: string;
  tabel: string | null;
  maatstaf: string;
  stam: CbsStam | null;
  gemeente_code: string;
  periode: string;
  dimensie: string;
  categorie: string;
  waarde: number;
  status: string;
}

/** Every row of the package's CBS reference table (a few tens of thousands at most: one table of all municipalities per year). */
export const CBS_REFERENTIE_SQL = `SELECT bronbestand, tabel, maatstaf, stam, gemeente_code, periode, dimensie, categorie, waarde, status FROM cbs_referentie ORDER BY gemeente_code, periode, maatstaf, dimensie, categorie`;

/** The prefix that marks a CBS figure in the long format. */
const CBS_PREFIX = 'cbs.';

export interface CbsFiguurkeuze {
  /** Only these municipality codes (and `NL01`); all when absent. */
  gemeenten?: readonly string[];
  /** Only these indicators (`cbs.<Key>`); all when absent. */
  indicatoren?: readonly string[];
  van?: string;
  tot?: string;
}

/**
 * CBS figures in the long format: indicator `cbs.<Key>`, the code as in the CBS file (`GM…`, `NL01`),
 * the name from the package's municipalities (`Nederland` for NL01, the code for one the model does
 * not know), the period as CBS gives it (`2017`, `2017-Q3`, `2017-05`), dimension and category
 * (`leeftijd`/`90100`, else `totaal`/`totaal`). A period counts when its year overlaps `van`–`tot`.
 */
function cbsFigurenSql(keuze: CbsFiguurkeuze = {}): string {
  const voorwaardenSql: string[] = [];
  if (keuze.gemeenten) voorwaardenSql.push(`c.gemeente_code IN ${sqlLijst([...keuze.gemeenten, CBS_NEDERLAND])}`);
  if (keuze.indicatoren) voorwaardenSql.push(`(${sqlString(CBS_PREFIX)} || c.maatstaf) IN ${sqlLijst(keuze.indicatoren.length ? keuze.indicatoren : [''])}`);
  if (keuze.van) voorwaardenSql.push(`c.periode[1:4] >= ${sqlString(keuze.van.slice(0, 4))}`);
  if (keuze.tot) voorwaardenSql.push(`c.periode[1:4] <= ${sqlString(keuze.tot.slice(0, 4))}`);
  return `SELECT ${sqlString(CBS_PREFIX)} || c.maatstaf AS indicator, c.gemeente_code, coalesce(g.naam, CASE WHEN c.gemeente_code = ${sqlString(CBS_NEDERLAND)} THEN 'Nederland' ELSE c.gemeente_code END) AS gemeente_naam,
      c.periode, c.dimensie, c.categorie, CAST(c.waarde AS DOUBLE) AS waarde
    FROM cbs_referentie c LEFT JOIN (SELECT code, any_value(naam) AS naam FROM gemeenten GROUP BY code) g ON g.code = c.gemeente_code
    ${voorwaardenSql.length ? `WHERE ${voorwaardenSql.join(' AND ')}` : ''}
    ORDER BY indicator, c.gemeente_code, c.periode, c.dimensie, c.categorie`;
}

/** The CBS figures of a choice, sorted by indicator, code, period, dimension and category. */
export async function cbsFiguren(engine: Engine, keuze: CbsFiguurkeuze = {}): Promise<Figuur[]> {
  return engine.query<Figuur>(cbsFigurenSql(keuze));
}

/**
 * The same rows as {@link cbsFiguren} for a list of municipalities (and NL01), from rows already
 * read (the dashboard's figure export appends them exactly as `npm run figures` does); `naam` gives
 * a municipality's name as the package's `gemeenten` table has it.
 */
export function cbsFigurenVan(rijen: readonly CbsRij[], gemeenten: readonly string[], naam: (code: string) => string): Figuur[] {
  const codes = new Set([...gemeenten, CBS_NEDERLAND]);
  const sleutel = (f: Figuur) => [f.indicator, f.gemeente_code, f.periode, f.dimensie, f.categorie];
  return rijen
    .filter((r) => codes.has(r.gemeente_code))
    .map((r) => ({
      indicator: `${CBS_PREFIX}${r.maatstaf}`,
      gemeente_code: r.gemeente_code,
      gemeente_naam: r.gemeente_code === CBS_NEDERLAND ? 'Nederland' : naam(r.gemeente_code),
      periode: r.periode,
      dimensie: r.dimensie,
      categorie: r.categorie,
      waarde: r.waarde,
    }))
    .sort((a, b) => {
      const [x, y] = [sleutel(a), sleutel(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    });
}

/** Is this indicator id a CBS figure (`cbs.<Key>`)? */
export const isCbsIndicator = (id: string) => id.startsWith(CBS_PREFIX) && /^[A-Za-z][A-Za-z0-9_]*$/.test(id.slice(CBS_PREFIX.length));

/** The latest year for which the reference has a figure of this stem (and category), or null. */
function laatsteCbsJaar(rijen: readonly CbsRij[], stam: CbsStam, categorie?: string): string | null {
  let jaar: string | null = null;
  for (const r of rijen) if (r.stam === stam && /^\d{4}$/.test(r.periode) && (categorie === undefined || r.categorie === categorie) && (jaar === null || r.periode > jaar)) jaar = r.periode;
  return jaar;
}

/** Quantile with linear interpolation between order statistics (as a spreadsheet's PERCENTILE). */
export function kwantiel(gesorteerd: readonly number[], p: number): number {
  if (!gesorteerd.length) return Number.NaN;
  const h = (gesorteerd.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return gesorteerd[lo]! + (gesorteerd[hi]! - gesorteerd[lo]!) * (h - lo);
}

interface Spreiding {
  n: number;
  gemiddelde: number;
  p25: number;
  p75: number;
}

function spreiding(waarden: readonly number[]): Spreiding | null {
  if (!waarden.length) return null;
  const s = [...waarden].sort((a, b) => a - b);
  return { n: s.length, gemiddelde: s.reduce((a, b) => a + b, 0) / s.length, p25: kwantiel(s, 0.25), p75: kwantiel(s, 0.75) };
}

interface Rang {
  /** 1 = the highest value. */
  plaats: number;
  n: number;
  /** Share of the others with a lower value, in percent (ties count half): 0 lowest, 100 highest. */
  percentiel: number;
}

function rangIn(waarden: ReadonlyMap<string, number>, code: string): Rang | null {
  const eigen = waarden.get(code);
  if (eigen === undefined) return null;
  let hoger = 0;
  let lager = 0;
  let gelijk = 0;
  for (const [c, w] of waarden) {
    if (c === code) continue;
    if (w > eigen) hoger++;
    else if (w < eigen) lager++;
    else gelijk++;
  }
  const n = waarden.size;
  return { plaats: hoger + 1, n, percentiel: n > 1 ? Math.round(((lager + gelijk / 2) / (n - 1)) * 100) : 50 };
}

export interface CbsPositie {
  /** The CBS measure ranked on, exactly as in the file (`Bijstandsdichtheid_3`). */
  maatstaf: string;
  periode: string;
  categorie: string;
  bronbestand: string;
  /** The municipality's own CBS figure. */
  waarde: number;
  land: Rang;
  landSpreiding: Spreiding;
  /** The country's own published figure (NL01), when the table has it. */
  nederland: number | null;
  klasse: Klasse | null;
  /** Where the size class comes from: model inhabitants (total) or the CBS file's inhabitants base. */
  klasseBasis: 'model' | 'cbs' | null;
  /** How many municipalities of the comparison were classed by the CBS file's base (the model lacks their inhabitants). */
  klasseUitCbs: number;
  klasseRang: Rang | null;
  klasseSpreiding: Spreiding | null;
}

/** Per rows array: the figures of one stem, period and category by code, computed once (a page asks for one municipality, the benchmark for all). */
const INDEX = new WeakMap<readonly CbsRij[], Map<string, Map<string, CbsRij>>>();

function perCode(rijen: readonly CbsRij[], stam: CbsStam, periode: string, categorie: string): Map<string, CbsRij> {
  let index = INDEX.get(rijen);
  if (!index) INDEX.set(rijen, (index = new Map()));
  const sleutel = `${stam}|${periode}|${categorie}`;
  let m = index.get(sleutel);
  if (!m) {
    m = new Map();
    for (const r of rijen) if (r.stam === stam && r.periode === periode && (r.dimensie === 'totaal' || r.categorie === categorie)) m.set(r.gemeente_code, r);
    index.set(sleutel, m);
  }
  return m;
}

/**
 * The position of a municipality among all municipalities of a CBS table: rank and percentile on
 * CBS's own published density (`stam`, default `bijstandsdichtheid`), in the age group `categorie`
 * (default `90100`, 15 jaar tot de AOW-leeftijd: the Participatiewet's population), for one year
 * (default: the latest the reference has), among all of them and within its size class; with the
 * mean and p25–p75 of the class and of the country. Municipalities are those of the table's own
 * boundaries (a code of an older year is compared as it was). The size class uses the model's total
 * inhabitants of that year where it has them, and otherwise the CBS file's inhabitants base
 * (`Inwoners`, 15 jaar of ouder), which the page says. Null when the municipality has no figure.
 */
export function cbsPositie(rijen: readonly CbsRij[], code: string, opties: { stam?: CbsStam; categorie?: string; periode?: string } = {}): CbsPositie | null {
  const stam = opties.stam ?? 'bijstandsdichtheid';
  const categorie = opties.categorie ?? CBS_LEEFTIJD_PW;
  const periode = opties.periode ?? laatsteCbsJaar(rijen.filter((r) => r.gemeente_code === code), stam, categorie);
  if (!periode) return null;
  const dichtheid = perCode(rijen, stam, periode, categorie);
  const eigen = dichtheid.get(code);
  if (!eigen) return null;
  const perGemeente = new Map([...dichtheid].filter(([c]) => c.startsWith('GM')).map(([c, r]) => [c, r.waarde]));
  const land = rangIn(perGemeente, code)!;
  // Size class: model inhabitants (total, 1 January of the year) where it has them, else CBS's own base.
  const jaar = Number(periode.slice(0, 4));
  const cbsInwoners = new Map([...perCode(rijen, 'inwoners', periode, CBS_LEEFTIJD_TOTAAL)].map(([c, r]) => [c, r.waarde]));
  const modelInwoners = new Map(INWONERS.filter((i) => i.jaar === jaar).map((i) => [i.gemeente, i.totaal]));
  const inwonersVan = (c: string) => modelInwoners.get(c) ?? cbsInwoners.get(c);
  const eigenInwoners = inwonersVan(code);
  const klasse = eigenInwoners === undefined ? null : (klasseVan(GROOTTEKLASSEN, eigenInwoners) ?? null);
  const inKlasse = new Map<string, number>();
  let klasseUitCbs = 0;
  if (klasse)
    for (const [c, w] of perGemeente) {
      const n = inwonersVan(c);
      if (n !== undefined && klasseVan(GROOTTEKLASSEN, n)?.code === klasse.code) {
        inKlasse.set(c, w);
        if (!modelInwoners.has(c)) klasseUitCbs++;
      }
    }
  const nl = dichtheid.get(CBS_NEDERLAND);
  return {
    maatstaf: eigen.maatstaf,
    periode,
    categorie,
    bronbestand: eigen.bronbestand,
    waarde: eigen.waarde,
    land,
    landSpreiding: spreiding([...perGemeente.values()])!,
    nederland: nl?.waarde ?? null,
    klasse,
    klasseBasis: eigenInwoners === undefined ? null : modelInwoners.has(code) ? 'model' : 'cbs',
    klasseUitCbs,
    klasseRang: klasse ? rangIn(inKlasse, code) : null,
    klasseSpreiding: klasse ? spreiding([...inKlasse.values()]) : null,
  };
}

interface TrendPunt {
  /** `2017-05`. */
  maand: string;
  /** Own series indexed to the first common month (= 100). */
  eigen: number;
  /** National series indexed to the same month. */
  nederland: number;
}

export interface LandelijkeTrend {
  /** The CBS measure of the national series (`TotaalBijstandsuitkeringen_11`). */
  maatstaf: string;
  bronbestand: string;
  punten: TrendPunt[];
  /** First and last month of the national monthly series (with a figure). */
  nationaalVan: string | null;
  nationaalTot: string | null;
}

/**
 * The national monthly series next to the municipality's own, both indexed to 100 in the first
 * month both cover, only for the months both cover (yearly `JJ00` rows and months without a
 * national figure are left out). `eigen` maps a month (`2017-05`) to the own count. The series is
 * CBS's national total of bijstandsuitkeringen (stam `bijstandsuitkeringen`) unless another stem is
 * asked. Null when the reference has no national monthly series.
 */
export function landelijkeTrend(rijen: readonly CbsRij[], eigen: ReadonlyMap<string, number>, stam: CbsStam = 'bijstandsuitkeringen'): LandelijkeTrend | null {
  const nationaal = rijen.filter((r) => r.stam === stam && r.gemeente_code === CBS_NEDERLAND && /^\d{4}-\d{2}$/.test(r.periode) && r.dimensie === 'totaal');
  if (!nationaal.length) return null;
  const perMaand = new Map(nationaal.map((r) => [r.periode, r.waarde]));
  const maanden = [...perMaand.keys()].sort();
  const gemeenschappelijk = maanden.filter((m) => eigen.has(m) && (eigen.get(m) ?? 0) > 0 && (perMaand.get(m) ?? 0) > 0);
  const basis = gemeenschappelijk[0];
  const punten: TrendPunt[] = basis
    ? gemeenschappelijk.map((m) => ({
        maand: m,
        eigen: Math.round((eigen.get(m)! / eigen.get(basis)!) * 1000) / 10,
        nederland: Math.round((perMaand.get(m)! / perMaand.get(basis)!) * 1000) / 10,
      }))
    : [];
  return { maatstaf: nationaal[0]!.maatstaf, bronbestand: nationaal[0]!.bronbestand, punten, nationaalVan: maanden[0] ?? null, nationaalTot: maanden.at(-1) ?? null };
}

/** Own Pw count per municipality (as recorded) on every 1 January: all, and the CBS way (recipients younger than 65 as the nearest band to the AOW age), with how many have no known age. */
export const EIGEN_PW_JANUARI_SQL = `SELECT gemeente_code, strftime(peildatum, '%Y-%m-%d') AS peildatum, sum(aantal)::INTEGER AS pw,
    (sum(aantal) FILTER (WHERE leeftijdsklasse NOT IN ('65plus', 'onbekend')))::INTEGER AS pw_tot_65,
    coalesce(sum(aantal) FILTER (WHERE leeftijdsklasse = 'onbekend'), 0)::INTEGER AS leeftijd_onbekend
  FROM uitkeringen_leeftijd WHERE regeling = 'Pw' AND month(peildatum) = 1 GROUP BY ALL ORDER BY ALL`;

export interface EigenPwJanuari {
  gemeente_code: string;
  peildatum: string;
  pw: number;
  pw_tot_65: number | null;
  leeftijd_onbekend: number;
}

export interface CbsAansluiting {
  /** The year CBS's figure describes. */
  jaar: string;
  maatstaf: string;
  bronbestand: string;
  /** CBS: persons with algemene bijstand, 15 jaar tot de AOW-leeftijd, at the end of the year (rounded to tens). */
  cbs: number;
  /** CBS, all ages (15 jaar of ouder), when the table has it. */
  cbsAlleLeeftijden: number | null;
  /** Own count: Pw benefits on the peildatum that the CBS figure's date is (1 January of the next year, the ultimo rule). */
  eigen: number | null;
  /**
   * Own count the CBS way: Pw recipients (one Pw benefit per person at a time, ingest refuses
   * overlaps) on that peildatum younger than 65 (the band nearest the AOW age); null when some have
   * no known age.
   */
  eigenCbsWijze: number | null;
  peildatum: string;
  verschil: number | null;
  verschilCbsWijze: number | null;
}

/**
 * Own count against CBS per year where both exist: CBS's bijstandsontvangers (persons, 15 to AOW
 * age, rounded to tens, on the last day of the year) next to the package's Pw benefits on the
 * peildatum of that day (the ultimo rule: 31 December Y → 1 January Y+1), and the own count the
 * CBS way. Only years for which the package has its own count.
 */
export function cbsAansluiting(rijen: readonly CbsRij[], code: string, eigen: readonly EigenPwJanuari[]): CbsAansluiting[] {
  const ontvangers = rijen.filter((r) => r.stam === 'bijstandsontvangers' && r.gemeente_code === code && /^\d{4}$/.test(r.periode));
  const jaren = [...new Set(ontvangers.map((r) => r.periode))].sort();
  return jaren.flatMap((jaar) => {
    const pw = ontvangers.find((r) => r.periode === jaar && (r.dimensie === 'totaal' || r.categorie === CBS_LEEFTIJD_PW));
    const peildatum = `${Number(jaar) + 1}-01-01`;
    const e = eigen.find((x) => x.gemeente_code === code && x.peildatum === peildatum);
    if (!pw || !e) return [];
    const alle = ontvangers.find((r) => r.periode === jaar && r.categorie === CBS_LEEFTIJD_TOTAAL);
    const cbsWijze = e.leeftijd_onbekend > 0 ? null : (e.pw_tot_65 ?? 0);
    return [
      {
        jaar,
        maatstaf: pw.maatstaf,
        bronbestand: pw.bronbestand,
        cbs: pw.waarde,
        cbsAlleLeeftijden: alle?.waarde ?? null,
        eigen: e.pw,
        eigenCbsWijze: cbsWijze,
        peildatum,
        verschil: e.pw - pw.waarde,
        verschilCbsWijze: cbsWijze === null ? null : cbsWijze - pw.waarde,
      },
    ];
  });
}
