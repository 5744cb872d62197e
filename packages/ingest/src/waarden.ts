import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import type { Mapping, Veld } from './kolommen.ts';
import type { Staging } from './lezen.ts';

/**
 * Categorical values are recognised once per distinct value (in JS, with the recognisers of
 * @pw/model), not once per row: a 1,000,000-row extract has a handful of distinct regelingen.
 * The result is a small lookup table `raw → waarde` that the canonical SQL joins.
 */
export interface Waardekaart {
  tabel: string;
  /** Distinct values that were not recognised, with an explanation per value when there is one. */
  onbekend: Map<string, string | undefined>;
}

export async function maakWaardekaart(
  engine: Engine,
  staging: Staging,
  veld: Veld,
  herken: (waarde: string) => { waarde?: string; uitleg?: string },
  mapping: Mapping | undefined,
  naam: string,
): Promise<Waardekaart | null> {
  const kolom = staging.kolomVan(veld);
  if (!kolom) return null;
  const rijen = await engine.query<{ raw: string }>(
    `SELECT DISTINCT trim(${sqlIdent(kolom.sql)}) AS raw FROM ${sqlIdent(staging.tabel)} WHERE ${sqlIdent(kolom.sql)} IS NOT NULL AND trim(${sqlIdent(kolom.sql)}) <> ''`,
  );
  const expliciet = mapping?.waarden?.[veld] ?? {};
  const paren: Array<[string, string]> = [];
  const onbekend = new Map<string, string | undefined>();
  for (const { raw } of rijen) {
    const gemapt = expliciet[raw];
    const r = gemapt !== undefined ? herken(gemapt) : herken(raw);
    if (r.waarde !== undefined) paren.push([raw, r.waarde]);
    else onbekend.set(raw, r.uitleg);
  }
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(naam)} (raw VARCHAR, waarde VARCHAR)`);
  for (let i = 0; i < paren.length; i += 500) {
    const stuk = paren.slice(i, i + 500);
    await engine.exec(`INSERT INTO ${sqlIdent(naam)} VALUES ${stuk.map(([r, w]) => `(${sqlString(r)}, ${sqlString(w)})`).join(', ')}`);
  }
  return { tabel: naam, onbekend };
}
