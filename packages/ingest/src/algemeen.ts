import { sqlIdent } from '@pw/engine';
import { datumNL, gemeenteNaam, zoekGemeente } from '@pw/model';
import { T, type Context, type Deel } from './context.ts';
import { datumSql } from './formaat.ts';
import { OPEN } from './sql.ts';
import type { Veld } from './kolommen.ts';
import type { Kolomplan } from './lezen.ts';
import { controleerRijen } from './rijfouten.ts';
import type { Codering } from './waarden.ts';

/** Recognises a municipality as an extract writes it (code or name) with @pw/model. */
export function herkenGemeente(waarde: string): { waarde?: string; uitleg?: string } {
  const r = zoekGemeente(waarde);
  if (r.soort === 'gevonden') return { waarde: r.gemeente.code };
  if (r.soort === 'dubbelzinnig') return { uitleg: `"${waarde}" kan ${r.kandidaten.map((g) => `${g.naam} (${g.code})`).join(' of ')} zijn` };
  return {};
}

/** SQL for a raw column in the read (`"col"`), or NULL when the extract lacks it. */
export function ruw(plan: Kolomplan, veld: Veld): string {
  const k = plan.kolomVan(veld);
  return k ? sqlIdent(k.sql) : 'NULL';
}

/** SQL for a date field in the read: DuckDB parsed typed columns; text columns are parsed here. */
export function datumKolom(plan: Kolomplan, veld: Veld): { waarde: string; fout: string } {
  const k = plan.kolomVan(veld);
  if (!k) return { waarde: 'NULL::DATE', fout: 'false' };
  const c = sqlIdent(k.sql);
  if (k.type === 'DATE') return { waarde: c, fout: 'false' };
  return { waarde: datumSql(c), fout: `(${c} IS NOT NULL AND trim(${c}) <> '' AND ${datumSql(c)} IS NULL)` };
}

/** Reports rows where a required value is empty (`waar` says when it counts as empty). */
export async function meldLeeg(ctx: Context, deel: Deel, veld: Veld, waar: string, wat: string, oplossing: string): Promise<void> {
  if (!deel.gelezen.plan.kolomVan(veld)) return;
  await controleerRijen(ctx, deel, { code: `leeg-${veld}`, veld, waar, reden: () => `${wat} ontbreekt.`, oplossing });
}

/** Reports rows whose categorical value was not recognised (it stays `?value` in the canonical column). */
export async function meldOnbekend(
  ctx: Context,
  deel: Deel,
  kolom: string,
  codering: Codering | null,
  opties: { code: string; ernst: 'fout' | 'waarschuwing'; wat: string; oplossing: string },
): Promise<void> {
  if (!codering || codering.onbekend.size === 0) return;
  const k = `c.${sqlIdent(kolom)}`;
  await controleerRijen(ctx, deel, {
    code: opties.code,
    ernst: opties.ernst,
    veld: codering.veld,
    waar: `starts_with(${k}, '?')`,
    waarde: `substring(${k}, 2)`,
    reden: (w) => {
      const uitleg = w !== undefined ? codering.onbekend.get(w) : undefined;
      return `Onbekende ${opties.wat}${w !== undefined ? ` "${w}"` : ''}${uitleg ? `: ${uitleg}` : ''}.` + (opties.ernst === 'waarschuwing' ? ' De regel telt mee met "onbekend".' : '');
    },
    oplossing: opties.oplossing,
  });
}

export const OPLOSSING_GEMEENTE =
  'Gebruik de CBS-gemeentecode (GM0000, of de vier cijfers) of de officiële gemeentenaam; bij een naam die vaker voorkomt (Bergen) de code of "Bergen (NH.)". Een eigen schrijfwijze kan in een mappingbestand onder "waarden".';

/**
 * Periods of a dissolved municipality that run on after its herindeling (in `tabel`, read from
 * `delen`): one warning per part, municipality and herindeling, saying that from that day they count
 * under the successor. True when there are any; the caller then splits them at the herindeling.
 * Used for benefits and for register entries alike (`wat`: "uitkeringen", "registraties").
 */
export async function meldDoorlopendNaHerindeling(ctx: Context, delen: ReadonlyMap<number, Deel>, tabel: string, wat: string): Promise<boolean> {
  const doorlopend = await ctx.engine.query<{ deel: number; gemeente_code: string; nieuw: string; datum: string; n: number }>(
    `SELECT p.deel, p.gemeente_code, h.nieuw, h.datum, count(*) AS n FROM ${sqlIdent(tabel)} p JOIN ${sqlIdent(T.herindeling)} h ON p.gemeente_code = h.oud
     WHERE coalesce(p.einde, ${OPEN}) >= h.datum GROUP BY ALL ORDER BY ALL`,
  );
  for (const d of doorlopend) {
    const g = delen.get(d.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'herindeling-doorlopend', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: null,
      reden: `${d.n} ${wat} van ${gemeenteNaam(d.gemeente_code)} lopen door na de herindeling van ${datumNL(d.datum)}; vanaf die datum tellen ze bij ${gemeenteNaam(d.nieuw)}.`,
      oplossing: `Registreer lopende ${wat} vanaf ${datumNL(d.datum)} onder ${d.nieuw} (${gemeenteNaam(d.nieuw)}), of accepteer deze waarschuwing.`,
    });
  }
  return doorlopend.length > 0;
}
