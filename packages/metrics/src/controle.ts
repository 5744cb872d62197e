import { REGELINGEN } from '@pw/model';
import type { Figuur } from './figuren.ts';

/**
 * Reconciliation a controller does before anyone looks at a dashboard ("Controle"): does the stock
 * at the end equal the stock at the start plus inflow minus outflow, per area and regeling; and do
 * the totals an extract claims (its "Totaal" row) equal what was counted.
 */
export interface Aansluiting {
  regeling: string;
  van: string;
  tot: string;
  beginstand: number;
  instroom: number;
  uitstroom: number;
  eindstand: number;
  /** eindstand − (beginstand + instroom − uitstroom): 0 when the figures reconcile. */
  verschil: number;
}

/**
 * stand(tot) = stand(van) + Σ instroom − Σ uitstroom over the months from `van` up to `tot`, per
 * regeling and in total, for one area over the longest run of consecutive covered peildata that
 * ends at the last one (a gap in coverage would break the sum). Null when the area has no stock.
 */
export function standAansluiting(rijen: readonly Figuur[], code: string): Aansluiting[] | null {
  const stand = new Map<string, number>();
  const stroom = new Map<string, number>();
  for (const r of rijen) {
    if (r.gemeente_code !== code) continue;
    if (r.indicator === 'uitkeringen' && (r.dimensie === 'regeling' || r.dimensie === 'totaal')) stand.set(`${r.periode}|${r.categorie}`, r.waarde);
    if ((r.indicator === 'instroom' || r.indicator === 'uitstroom') && (r.dimensie === 'regeling' || r.dimensie === 'totaal')) stroom.set(`${r.indicator}|${r.periode}|${r.categorie}`, r.waarde);
  }
  const data = [...new Set([...stand.keys()].map((k) => k.split('|')[0]!))].sort();
  if (!data.length) return null;
  // Walk back from the last peildatum while the previous month is there too.
  let begin = data.length - 1;
  const vorige = (d: string) => {
    const [j, m] = d.split('-').map(Number) as [number, number];
    return m === 1 ? `${j - 1}-12-01` : `${j}-${String(m - 1).padStart(2, '0')}-01`;
  };
  while (begin > 0 && data[begin - 1] === vorige(data[begin]!)) begin--;
  const van = data[begin]!;
  const tot = data.at(-1)!;
  const maanden = data.slice(begin, -1).map((d) => d.slice(0, 7));
  return ['totaal', ...REGELINGEN].map((regeling) => {
    const som = (ind: string) => maanden.reduce((s, m) => s + (stroom.get(`${ind}|${m}|${regeling}`) ?? 0), 0);
    const beginstand = stand.get(`${van}|${regeling}`) ?? 0;
    const eindstand = stand.get(`${tot}|${regeling}`) ?? 0;
    const instroom = som('instroom');
    const uitstroom = som('uitstroom');
    return { regeling, van, tot, beginstand, instroom, uitstroom, eindstand, verschil: eindstand - (beginstand + instroom - uitstroom) };
  });
}

/** The totals extracts claim next to what ingest counted (table `extract_totalen` of the package). */
export const EXTRACT_TOTALEN_SQL = `SELECT bronbestand, regel, omschrijving, opgegeven, berekend, berekend - opgegeven AS verschil FROM extract_totalen ORDER BY bronbestand, regel`;
export interface Extracttotaal {
  bronbestand: string;
  regel: number;
  omschrijving: string;
  opgegeven: number;
  berekend: number;
  verschil: number;
}
