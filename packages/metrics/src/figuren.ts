import { sqlString, type Engine } from '@pw/engine';
import type { IsoDatum } from '@pw/model';
import { gebiedCtes, gedektCte, type Gebiedskeuze } from './gebied.ts';
import { INDICATOREN, indicator, type Indicator } from './indicatoren.ts';

/** One figure in the long format every output shares. */
export interface Figuur {
  indicator: string;
  gemeente_code: string;
  gemeente_naam: string;
  /** ISO date for a stock (`2019-12-01`), `2019-11` for a month's flow, `2020` for a yearly figure. */
  periode: string;
  dimensie: string;
  categorie: string;
  waarde: number;
}

export const FIGUUR_KOLOMMEN = ['indicator', 'gemeente_code', 'gemeente_naam', 'periode', 'dimensie', 'categorie', 'waarde'] as const;

export interface Figuurkeuze extends Gebiedskeuze {
  /** Indicator ids; all standard indicators when absent. */
  indicatoren?: readonly string[];
  /** Only periods from and to these dates (a year or month counts when it overlaps). */
  van?: IsoDatum;
  tot?: IsoDatum;
}

function periodeFilterSql(ind: Indicator, van?: IsoDatum, tot?: IsoDatum): string {
  const voorwaardenSql: string[] = [];
  const grens = (d: IsoDatum) => (ind.periode === 'peildatum' ? d : ind.periode === 'maand' ? d.slice(0, 7) : d.slice(0, 4));
  if (van) voorwaardenSql.push(`periode >= ${sqlString(grens(van))}`);
  if (tot) voorwaardenSql.push(`periode <= ${sqlString(grens(tot))}`);
  return voorwaardenSql.length ? `WHERE ${voorwaardenSql.join(' AND ')}` : '';
}

/** The SQL that yields the figures of a choice, in the long format (unsorted). */
export function figurenSql(keuze: Figuurkeuze): string {
  const gekozen = (keuze.indicatoren ?? INDICATOREN.map((i) => i.id)).map(indicator);
  const ctx = { indeling: keuze.indeling };
  const delen = gekozen.map(
    (ind) => `SELECT ${sqlString(ind.id)} AS indicator, gebied_code, periode, dimensie, categorie, waarde FROM (${ind.sql(ctx)}) ${periodeFilterSql(ind, keuze.van, keuze.tot)}`,
  );
  return `WITH ${gebiedCtes(keuze)}, ${gedektCte('gedekt_u', 'uitkeringen', 'pw')}, ${gedektCte('gedekt_d', 'doelgroepen', 're-integratie')}, ${gedektCte('gedekt_b', 'doelgroepen', 'wsw')}, ${gedektCte('gedekt_w', 'wsw', 'wsw')},
    namen AS (SELECT gebied_code, any_value(gebied_naam) AS gebied_naam FROM leden GROUP BY gebied_code)
    SELECT f.indicator, f.gebied_code AS gemeente_code, n.gebied_naam AS gemeente_naam, f.periode, f.dimensie, f.categorie, CAST(f.waarde AS DOUBLE) AS waarde
    FROM (${delen.join('\nUNION ALL\n')}) f JOIN namen n USING (gebied_code)`;
}

/** Sort order shared by every output: indicator, area, period, total first, then categories as defined. */
export function sorteerFiguren(rijen: Figuur[]): Figuur[] {
  const indVolg = new Map(INDICATOREN.map((i, n) => [i.id, n]));
  const catVolg = (f: Figuur) => {
    if (f.dimensie === 'totaal') return [0, 0] as const;
    const ind = INDICATOREN.find((i) => i.id === f.indicator);
    const d = ind?.dimensies.findIndex((x) => x.id === f.dimensie) ?? -1;
    const c = d >= 0 ? ind!.dimensies[d]!.categorieen.indexOf(f.categorie) : -1;
    return [d + 1, c < 0 ? 1000 : c] as const;
  };
  return rijen.sort((a, b) => {
    const ia = indVolg.get(a.indicator)! - indVolg.get(b.indicator)!;
    if (ia) return ia;
    if (a.gemeente_code !== b.gemeente_code) return a.gemeente_code < b.gemeente_code ? -1 : 1;
    if (a.periode !== b.periode) return a.periode < b.periode ? -1 : 1;
    const [da, ca] = catVolg(a);
    const [db, cb] = catVolg(b);
    if (da !== db) return da - db;
    if (ca !== cb) return ca - cb;
    return a.categorie < b.categorie ? -1 : a.categorie > b.categorie ? 1 : 0;
  });
}

/** The standard figures for a choice, sorted: what `npm run figures` prints and every export holds. */
export async function figuren(engine: Engine, keuze: Figuurkeuze): Promise<Figuur[]> {
  return sorteerFiguren(await engine.query<Figuur>(figurenSql(keuze)));
}
