import { sqlIdent } from '@pw/engine';
import type { Context, Deel } from './context.ts';
import { MAX_PER_CODE, type Melding } from './melding.ts';
import type { Veld } from './kolommen.ts';
import { kanPersoonlijkZijn, naAfgebrokenRegel } from './lezen.ts';

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
  // The condition and the value are SQL fragments of ingest's own checks (expressions on the columns).
  const waarSql = controle.waar;
  const waardeSql = controle.waarde && controle.waarde !== 'ruw' ? `CAST(${controle.waarde} AS VARCHAR)` : 'NULL';
  const rijen = await ctx.engine.query<{ rij: number; waarde: string | null; n: number }>(
    `SELECT rowid AS rij, ${waardeSql} AS waarde, count(*) OVER () AS n FROM ${sqlIdent(g.tabel)} c
     WHERE NOT c.is_totaal AND NOT c.is_leeg AND (${waarSql}) ORDER BY rowid LIMIT ${MAX_PER_CODE + 1}`,
  );
  if (rijen.length === 0) return 0;
  // A row with more or fewer cells than the header (a delimiter inside an unquoted name) has its
  // values in the wrong columns: a name could show up as a municipality. Its values are not shown.
  const breedte = g.plan.kolommen.length;
  // Nor from the rest of a line cut by a line break in an unquoted cell.
  const afgebroken = (rij: number) => naAfgebrokenRegel(g.cellenVanVorigeRegel(rij), breedte);
  const verschoven = (rij: number): 'breedte' | 'afgebroken' | null =>
    controle.waarde === undefined || !kanPersoonlijkZijn(g.plan) ? null : g.cellenVanRij(rij).length !== breedte ? 'breedte' : afgebroken(rij) ? 'afgebroken' : null;
  for (const r of rijen) {
    const anders = verschoven(r.rij);
    const waarde = anders ? undefined : controle.waarde === 'ruw' && controle.veld ? g.ruweCel(r.rij, controle.veld)?.trim() : (r.waarde ?? undefined);
    ctx.meldingen.voeg({
      ernst: controle.ernst ?? 'fout',
      code: controle.code,
      bestand: g.onderdeel.bestand,
      blad: g.onderdeel.blad,
      regel: g.bronRegelVanRij(r.rij),
      kolom: controle.veld ? g.plan.kopVan(controle.veld) : undefined,
      waarde,
      reden:
        controle.reden(waarde) +
        (anders === 'breedte'
          ? ` De waarde wordt niet getoond: deze regel heeft ${g.cellenVanRij(r.rij).length} kolommen en de kopregel ${breedte}, dus ze kan uit een andere kolom komen (staat er een scheidingsteken in een cel zonder aanhalingstekens?).`
          : anders === 'afgebroken'
            ? ' De waarde wordt niet getoond: de regel ervoor is korter dan de kopregel, dus deze regel kan het vervolg ervan zijn en de waarde uit een andere kolom komen (staat er een regeleinde in een cel zonder aanhalingstekens?).'
            : ''),
      oplossing: controle.oplossing,
    });
  }
  const totaal = rijen[0]!.n;
  ctx.meldingen.telErbij(g.onderdeel.bestand, controle.code, totaal - rijen.length);
  return totaal;
}
