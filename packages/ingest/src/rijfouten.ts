import { sqlIdent } from '@pw/engine';
import type { Context, Deel } from './context.ts';
import { MAX_PER_CODE, type Melding } from './melding.ts';
import type { Veld } from './kolommen.ts';

export interface Rijcontrole {
  code: string;
  ernst?: Melding['ernst'];
  /** Condition on the canonical table (alias `c`). */
  waar: string;
  /** The field the problem is about (named in the message). */
  veld?: Veld;
  /**
   * Which value to show: `ruw` takes the cell from the source line (never for personal data), a
   * string is a SQL expression on `c`; absent: none.
   */
  waarde?: string;
  reden: (waarde: string | undefined) => string;
  oplossing: string;
}

/**
 * Runs a row-level check on one part and reports each offending row with its line, column and
 * value. Only the first rows per check are fetched (and only they cost a look at the file); the
 * rest are counted.
 */
export async function controleerRijen(ctx: Context, deel: Deel, controle: Rijcontrole): Promise<number> {
  const g = deel.gelezen;
  const waardeSql = controle.waarde && controle.waarde !== 'ruw' ? `CAST(${controle.waarde} AS VARCHAR)` : 'NULL';
  const rijen = await ctx.engine.query<{ rij: number; waarde: string | null; n: number }>(
    `SELECT rowid AS rij, ${waardeSql} AS waarde, count(*) OVER () AS n FROM ${sqlIdent(g.tabel)} c
     WHERE NOT c.is_totaal AND NOT c.is_leeg AND (${controle.waar}) ORDER BY rowid LIMIT ${MAX_PER_CODE + 1}`,
  );
  if (rijen.length === 0) return 0;
  for (const r of rijen) {
    const waarde = controle.waarde === 'ruw' && controle.veld ? g.ruweCel(r.rij, controle.veld)?.trim() : (r.waarde ?? undefined);
    ctx.meldingen.voeg({
      ernst: controle.ernst ?? 'fout',
      code: controle.code,
      bestand: g.onderdeel.bestand,
      blad: g.onderdeel.blad,
      regel: g.bronRegelVanRij(r.rij),
      kolom: controle.veld ? g.plan.kopVan(controle.veld) : undefined,
      waarde,
      reden: controle.reden(waarde),
      oplossing: controle.oplossing,
    });
  }
  const totaal = rijen[0]!.n;
  ctx.meldingen.telErbij(g.onderdeel.bestand, controle.code, totaal - rijen.length);
  return totaal;
}
