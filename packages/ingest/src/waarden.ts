import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import type { Mapping, Veld } from './kolommen.ts';
import type { Kolomplan } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';

export type Herkenner = (waarde: string) => { waarde?: string; uitleg?: string };

/**
 * A categorical column coded while reading: the distinct values of the sample are recognised in JS
 * (with the recognisers of @pw/model) and become a CASE; a value the sample did not have is kept
 * as `?value` and recognised once after reading (`losOp`), so a million rows cost one CASE.
 */
export interface Codering {
  veld: Veld;
  /** The CASE expression on the raw column. */
  sql: string;
  herken: Herkenner;
  expliciet: Record<string, string>;
  /** Values that stay unknown, with an explanation when there is one. */
  onbekend: Map<string, string | undefined>;
}

export function codeer(plan: Kolomplan, onderdeel: Onderdeel, veld: Veld, herken: Herkenner, mapping: Mapping | undefined): Codering | null {
  const kolom = plan.kolomVan(veld);
  if (!kolom) return null;
  const expliciet = mapping?.waarden?.[veld] ?? {};
  const bekend = new Map<string, string>();
  for (const rij of onderdeel.voorbeeld) {
    const raw = (rij[kolom.index] ?? '').trim();
    if (!raw || bekend.has(raw)) continue;
    const r = herken(expliciet[raw] ?? raw);
    if (r.waarde !== undefined) bekend.set(raw, r.waarde);
  }
  // No trim() per row: a value with stray spaces misses the CASE and is recognised (trimmed) in losOp.
  const c = sqlIdent(kolom.sql);
  const takken = [...bekend].map(([raw, code]) => `WHEN ${sqlString(raw)} THEN ${sqlString(code)}`).join(' ');
  // Without a recognised sample value (an empty column, or only unknown values) every value is resolved in losOp.
  const sql = takken ? `(CASE ${c} ${takken} ELSE '?' || ${c} END)` : `('?' || ${c})`;
  return { veld, sql, herken, expliciet, onbekend: new Map() };
}

/**
 * Recognises the values the sample did not have (each once, in JS) and writes them back in one
 * UPDATE; what stays unknown keeps its `?value` (trimmed) and is reported by the caller.
 */
export async function losOp(engine: Engine, tabel: string, kolom: string, codering: Codering | null): Promise<void> {
  if (!codering) return;
  const t = sqlIdent(tabel);
  const k = sqlIdent(kolom);
  const open = await engine.query<{ w: string }>(`SELECT DISTINCT ${k} AS w FROM ${t} WHERE starts_with(${k}, '?')`);
  if (open.length === 0) return;
  const paren: Array<[string, string | null]> = [];
  for (const { w } of open) {
    const raw = w.slice(1).trim();
    if (raw === '') {
      paren.push([w, null]);
      continue;
    }
    const r = codering.herken(codering.expliciet[raw] ?? raw);
    if (r.waarde !== undefined) paren.push([w, r.waarde]);
    else {
      codering.onbekend.set(raw, r.uitleg);
      if (w !== `?${raw}`) paren.push([w, `?${raw}`]);
    }
  }
  if (paren.length === 0) return;
  const kaart = sqlIdent(`ingest_kaart_${kolom}`);
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ${kaart} (raw VARCHAR, waarde VARCHAR)`);
  for (let i = 0; i < paren.length; i += 500) {
    await engine.exec(`INSERT INTO ${kaart} VALUES ${paren.slice(i, i + 500).map(([r, w]) => `(${sqlString(r)}, ${w === null ? 'NULL' : sqlString(w)})`).join(', ')}`);
  }
  await engine.exec(`UPDATE ${t} SET ${k} = m.waarde FROM ${kaart} m WHERE ${t}.${k} = m.raw`);
}
