import { sqlIdent, sqlLijst } from '@pw/engine';
import { zoekGemeente } from '@pw/model';
import type { Context, Deel } from './context.ts';
import type { Veld } from './kolommen.ts';
import { controleerRijen } from './rijfouten.ts';
import type { Waardekaart } from './waarden.ts';
import type { Staging } from './lezen.ts';
import { datumSql } from './formaat.ts';

/** Recognises a municipality as an extract writes it (code or name) with @pw/model. */
export function herkenGemeente(waarde: string): { waarde?: string; uitleg?: string } {
  const r = zoekGemeente(waarde);
  if (r.soort === 'gevonden') return { waarde: r.gemeente.code };
  if (r.soort === 'dubbelzinnig')
    return { uitleg: `"${waarde}" kan ${r.kandidaten.map((g) => `${g.naam} (${g.code})`).join(' of ')} zijn` };
  return {};
}

/** SQL for a column's value as text in staging (`s.<col>`), or NULL when the extract lacks it. */
export function kolomSql(staging: Staging, veld: Veld): string {
  const k = staging.kolomVan(veld);
  return k ? `s.${sqlIdent(k.sql)}` : 'NULL';
}

/** SQL for a date field: DuckDB already parsed typed columns; text columns are parsed here. */
export function datumKolomSql(staging: Staging, veld: Veld): { waarde: string; fout: string } {
  const k = staging.kolomVan(veld);
  if (!k) return { waarde: 'NULL::DATE', fout: 'false' };
  const c = `s.${sqlIdent(k.sql)}`;
  if (k.type === 'DATE') return { waarde: c, fout: 'false' };
  return { waarde: datumSql(c), fout: `(${c} IS NOT NULL AND trim(${c}) <> '' AND ${datumSql(c)} IS NULL)` };
}

/** Reports rows whose value of a categorical field was not recognised. */
export async function meldOnbekend(
  ctx: Context,
  deel: Deel,
  canoniek: string,
  veld: Veld,
  kaart: Waardekaart | null,
  opties: { code: string; ernst: 'fout' | 'waarschuwing'; wat: string; oplossing: string },
): Promise<void> {
  if (!kaart || kaart.onbekend.size === 0) return;
  const k = deel.staging.kolomVan(veld)!;
  const waarden = [...kaart.onbekend.keys()];
  await controleerRijen(ctx, deel, canoniek, {
    code: opties.code,
    ernst: opties.ernst,
    veld,
    waar: `trim(s.${sqlIdent(k.sql)}) IN ${sqlLijst(waarden)}`,
    reden: (w) => {
      const uitleg = w !== undefined ? kaart.onbekend.get(w.trim()) : undefined;
      return `Onbekende ${opties.wat} "${w ?? ''}"${uitleg ? `: ${uitleg}` : ''}.` + (opties.ernst === 'waarschuwing' ? ' De regel telt mee met "onbekend".' : '');
    },
    oplossing: opties.oplossing,
  });
}

/** Reports rows where a required field is empty. */
export async function meldLeeg(ctx: Context, deel: Deel, canoniek: string, veld: Veld, wat: string, oplossing: string): Promise<void> {
  const k = deel.staging.kolomVan(veld);
  if (!k) return;
  await controleerRijen(ctx, deel, canoniek, {
    code: `leeg-${veld}`,
    veld,
    waar: `s.${sqlIdent(k.sql)} IS NULL OR trim(CAST(s.${sqlIdent(k.sql)} AS VARCHAR)) = ''`,
    reden: () => `${wat} ontbreekt.`,
    oplossing,
  });
}

/** WHERE condition that keeps real data rows: not the "Totaal" row and not an empty row. */
export function dataRijSql(staging: Staging): string {
  const kolommen = staging.kolommen;
  const eerste = `s.${sqlIdent(kolommen[0]!.sql)}`;
  const alle = kolommen.filter((k) => k.veld && k.veld !== 'naam').map((k) => `nullif(trim(CAST(s.${sqlIdent(k.sql)} AS VARCHAR)), '')`);
  return `NOT coalesce(lower(trim(CAST(${eerste} AS VARCHAR))) LIKE 'totaal%', false) AND coalesce(${alle.join(', ')}) IS NOT NULL`;
}

export const OPLOSSING_GEMEENTE =
  'Gebruik de CBS-gemeentecode (GM0000, of de vier cijfers) of de officiële gemeentenaam; bij een naam die vaker voorkomt (Bergen) de code of "Bergen (NH.)". Een eigen schrijfwijze kan in een mappingbestand onder "waarden".';
