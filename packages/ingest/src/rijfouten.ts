import { sqlIdent } from '@pw/engine';
import type { Context, Deel } from './context.ts';
import { MAX_PER_CODE, type Melding } from './melding.ts';
import { PERSOONSVELDEN } from './lezen.ts';
import type { Veld } from './kolommen.ts';

export interface Rijcontrole {
  code: string;
  ernst?: Melding['ernst'];
  /** Condition on `c` (the canonical table) and `s` (the staging table). */
  waar: string;
  /** The field the problem is about (its value is shown unless it is personal data). */
  veld?: Veld;
  reden: (waarde: string | undefined) => string;
  oplossing: string;
}

/**
 * Runs a row-level check on one part and reports each offending row with its line, column and
 * value. Only the first rows per check are fetched; the message list summarises the rest.
 */
export async function controleerRijen(ctx: Context, deel: Deel, canoniek: string, controle: Rijcontrole): Promise<number> {
  const s = deel.staging;
  const kolom = controle.veld ? s.kolomVan(controle.veld) : undefined;
  const waardeSql = kolom && !PERSOONSVELDEN.includes(controle.veld!) ? `CAST(s.${sqlIdent(kolom.sql)} AS VARCHAR)` : 'NULL';
  const van = `${sqlIdent(canoniek)} c JOIN ${sqlIdent(s.tabel)} s ON s.rowid = c.rij`;
  const rijen = await ctx.engine.query<{ rij: number; waarde: string | null; n: number }>(
    `SELECT c.rij, ${waardeSql} AS waarde, count(*) OVER () AS n FROM ${van} WHERE c.deel = ${deel.id} AND (${controle.waar}) ORDER BY c.rij LIMIT ${MAX_PER_CODE + 1}`,
  );
  if (rijen.length === 0) return 0;
  for (const r of rijen) {
    const waarde = r.waarde ?? undefined;
    ctx.meldingen.voeg({
      ernst: controle.ernst ?? 'fout',
      code: controle.code,
      bestand: s.onderdeel.bestand,
      blad: s.onderdeel.blad,
      regel: s.bronRegelVanRij(r.rij),
      kolom: controle.veld ? s.kopVan(controle.veld) : undefined,
      waarde,
      reden: controle.reden(waarde),
      oplossing: controle.oplossing,
    });
  }
  const totaal = rijen[0]!.n;
  // Count the rows beyond those fetched, so the summary is right.
  ctx.meldingen.telErbij(s.onderdeel.bestand, controle.code, totaal - rijen.length);
  return totaal;
}
