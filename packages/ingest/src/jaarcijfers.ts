import { sqlString } from '@pw/engine';
import { gemeente, gemeenteNaam, herkenBudgetsoort, normaliseer } from '@pw/model';
import { herkenGemeente, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE, ruw } from './algemeen.ts';
import { deelTabel, T, type Context, type Deel } from './context.ts';
import { bedragSql, getalstijl } from './formaat.ts';
import type { Mapping } from './kolommen.ts';
import { leesOnderdeel, planKolommen, type Kolomplan } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';
import { controleerRijen } from './rijfouten.ts';
import { codeer, losOp } from './waarden.ts';

/**
 * Yearly municipal figures: budget extracts (begroot and gerealiseerd per soort, optionally per
 * month) and beschut-werk extracts (cumulative taakstelling and realisatie). Amounts are read the
 * Dutch way (`€ 3.274.086`, `1.234,56`) unless the file clearly writes `1234.56`.
 */
const jaarSql = (k: string) => `TRY_CAST(trim(CAST(${k} AS VARCHAR)) AS INTEGER)`;
const jaarFout = (k: string) => `(${k} IS NOT NULL AND trim(${k}) <> '' AND (${jaarSql(k)} IS NULL OR ${jaarSql(k)} NOT BETWEEN 1990 AND 2100))`;

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
function herkenMaand(w: string): { waarde?: string } {
  const t = normaliseer(w);
  const n = Number(t);
  if (/^\d{1,2}$/.test(t) && n >= 1 && n <= 12) return { waarde: String(n) };
  const i = MAANDEN.findIndex((m) => m === t || m.slice(0, 3) === t);
  return i >= 0 ? { waarde: String(i + 1) } : {};
}

function stijl(onderdeel: Onderdeel, plan: Kolomplan, velden: Array<'begroot' | 'gerealiseerd' | 'taakstelling' | 'realisatie'>): 'nl' | 'en' {
  if (onderdeel.gewoneGetallen) return 'en';
  const waarden = velden.flatMap((v) => {
    const k = plan.kolomVan(v);
    return k ? onderdeel.voorbeeld.map((r) => r[k.index] ?? '') : [];
  });
  return getalstijl(waarden, onderdeel.scheiding);
}

function bronSql(plan: Kolomplan, onderdeel: Onderdeel): string {
  return plan.kolomVan('bron') ? `coalesce(nullif(trim(${ruw(plan, 'bron')}), ''), ${sqlString(onderdeel.bestand)})` : sqlString(onderdeel.bestand);
}

export async function leesBudget(ctx: Context, onderdeel: Onderdeel, id: number, mapping: Mapping | undefined): Promise<Deel> {
  const plan = planKolommen(onderdeel);
  const kg = codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping);
  const ks = codeer(plan, onderdeel, 'soort', (w) => ({ waarde: herkenBudgetsoort(w) }), mapping);
  const km = codeer(plan, onderdeel, 'maand', herkenMaand, mapping);
  const st = stijl(onderdeel, plan, ['begroot', 'gerealiseerd']);
  const bedrag = (veld: 'begroot' | 'gerealiseerd') => {
    const k = ruw(plan, veld);
    return { waarde: k === 'NULL' ? 'NULL::DOUBLE' : bedragSql(k, st), fout: k === 'NULL' ? 'false' : `(${k} IS NOT NULL AND trim(${k}) <> '' AND ${bedragSql(k, st)} IS NULL)` };
  };
  const b = bedrag('begroot');
  const g = bedrag('gerealiseerd');
  const jaar = ruw(plan, 'jaar');
  const select = `${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, ${jaarSql(jaar)} AS jaar, ${km?.sql ?? 'NULL::VARCHAR'} AS maand, ${ks?.sql ?? 'NULL::VARCHAR'} AS soort,
    ${b.waarde} AS begroot, ${g.waarde} AS gerealiseerd, ${bronSql(plan, onderdeel)} AS bron,
    ${b.fout} AS begroot_fout, ${g.fout} AS gerealiseerd_fout, ${jaarFout(jaar)} AS jaar_fout`;
  const tabel = deelTabel('b', id);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  await losOp(ctx.engine, tabel, 'soort', ks);
  await losOp(ctx.engine, tabel, 'maand', km);
  const deel: Deel = { id, gelezen, mapping };
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'jaar', 'c.jaar IS NULL AND NOT c.jaar_fout', 'Het jaar', 'Vul het jaar in (bijvoorbeeld 2020).');
  await meldLeeg(ctx, deel, 'soort', 'c.soort IS NULL', 'De budgetsoort', 'Vul de soort in: BUIG, Participatie, uitvoeringskosten, re-integratie of kinderopvang.');
  await meldOnbekend(ctx, deel, 'gemeente_code', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, 'soort', ks, {
    code: 'onbekende-soort', ernst: 'fout', wat: 'budgetsoort',
    oplossing: 'Gebruik BUIG, Participatie(budget), Uitvoeringskosten, Re-integratie (trajecten) of Kinderopvang; een eigen omschrijving kan in een mappingbestand onder "waarden": {"soort": {"…": "BUIG"}}.',
  });
  await meldOnbekend(ctx, deel, 'maand', km, { code: 'onbekende-maand', ernst: 'fout', wat: 'maand', oplossing: 'Gebruik het maandnummer 1 t/m 12 of de naam van de maand.' });
  await controleerRijen(ctx, deel, { code: 'ongeldig-jaar', veld: 'jaar', waar: 'c.jaar_fout', waarde: 'ruw', reden: (w) => `Ongeldig jaar "${w ?? ''}".`, oplossing: 'Schrijf het jaar als vier cijfers, bijvoorbeeld 2020.' });
  for (const veld of ['begroot', 'gerealiseerd'] as const) {
    await controleerRijen(ctx, deel, {
      code: 'geen-getal', veld, waar: `c.${veld}_fout`, waarde: 'ruw',
      reden: (w) => `Het bedrag "${w ?? ''}" in kolom ${plan.kopVan(veld)} is geen getal.`,
      oplossing: st === 'nl' ? 'Schrijf bedragen als 1.234.567 of 1.234,56 (punt voor duizendtallen, komma voor decimalen), zonder tekst.' : 'Schrijf bedragen als 1234567.89, zonder tekst.',
    });
  }
  return deel;
}

export async function leesBeschutWerk(ctx: Context, onderdeel: Onderdeel, id: number, mapping: Mapping | undefined): Promise<Deel> {
  const plan = planKolommen(onderdeel);
  const kg = codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping);
  const st = stijl(onderdeel, plan, ['taakstelling', 'realisatie']);
  const aantal = (veld: 'taakstelling' | 'realisatie') => {
    const k = ruw(plan, veld);
    if (k === 'NULL') return { waarde: 'NULL::INTEGER', fout: 'false' };
    const getal = bedragSql(k, st);
    return { waarde: `CAST(${getal} AS INTEGER)`, fout: `(${k} IS NOT NULL AND trim(${k}) <> '' AND (${getal} IS NULL OR ${getal} < 0 OR ${getal} <> round(${getal})))` };
  };
  const t = aantal('taakstelling');
  const r = aantal('realisatie');
  const jaar = ruw(plan, 'jaar');
  const select = `${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, ${jaarSql(jaar)} AS jaar, CASE WHEN ${t.fout} THEN NULL ELSE ${t.waarde} END AS taakstelling,
    CASE WHEN ${r.fout} THEN NULL ELSE ${r.waarde} END AS realisatie, ${bronSql(plan, onderdeel)} AS bron,
    ${t.fout} AS taakstelling_fout, ${r.fout} AS realisatie_fout, ${jaarFout(jaar)} AS jaar_fout`;
  const tabel = deelTabel('w', id);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  const deel: Deel = { id, gelezen, mapping };
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'jaar', 'c.jaar IS NULL AND NOT c.jaar_fout', 'Het jaar', 'Vul het jaar in (bijvoorbeeld 2020).');
  await meldOnbekend(ctx, deel, 'gemeente_code', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await controleerRijen(ctx, deel, { code: 'ongeldig-jaar', veld: 'jaar', waar: 'c.jaar_fout', waarde: 'ruw', reden: (w) => `Ongeldig jaar "${w ?? ''}".`, oplossing: 'Schrijf het jaar als vier cijfers, bijvoorbeeld 2020.' });
  for (const veld of ['taakstelling', 'realisatie'] as const) {
    await controleerRijen(ctx, deel, {
      code: 'geen-getal', veld, waar: `c.${veld}_fout`, waarde: 'ruw',
      reden: (w) => `"${w ?? ''}" in kolom ${plan.kopVan(veld)} is geen heel, positief aantal plaatsen.`,
      oplossing: 'Vul het cumulatieve aantal plaatsen in als heel getal (bijvoorbeeld 4), of laat het leeg.',
    });
  }
  return deel;
}

/**
 * Removes rows loaded twice and reports the same key with different values (two files saying
 * different things about one municipality, year and soort): a controller must choose.
 */
export async function ontdubbelJaarcijfers(ctx: Context, delen: Map<number, Deel>, budgetDelen: readonly number[], beschutDelen: readonly number[]): Promise<void> {
  const unie = (soort: 'b' | 'w', ids: readonly number[], leeg: string) =>
    ids.length ? ids.map((id) => `SELECT ${id} AS deel, rowid AS rij, * FROM ${deelTabel(soort, id)} WHERE NOT is_totaal AND NOT is_leeg`).join(' UNION ALL ') : leeg;
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${T.budget} AS ${unie('b', budgetDelen, `SELECT 0 AS deel, 0::BIGINT AS rij, ''::VARCHAR AS gemeente_code, 0 AS jaar, ''::VARCHAR AS maand, ''::VARCHAR AS soort, 0::DOUBLE AS begroot, 0::DOUBLE AS gerealiseerd, '' AS bron, false AS begroot_fout, false AS gerealiseerd_fout, false AS jaar_fout WHERE false`)}`);
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${T.beschut} AS ${unie('w', beschutDelen, `SELECT 0 AS deel, 0::BIGINT AS rij, ''::VARCHAR AS gemeente_code, 0 AS jaar, 0 AS taakstelling, 0 AS realisatie, '' AS bron, false AS taakstelling_fout, false AS realisatie_fout, false AS jaar_fout WHERE false`)}`);
  const sets = [
    { tabel: T.budget, sleutel: "gemeente_code, jaar, coalesce(maand, ''), soort", waarden: 'begroot, gerealiseerd', geldig: "gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?') AND jaar IS NOT NULL AND NOT jaar_fout AND soort IS NOT NULL AND NOT starts_with(soort, '?') AND NOT begroot_fout AND NOT gerealiseerd_fout AND NOT coalesce(starts_with(maand, '?'), false)", wat: (r: Rij) => `${gemeenteNaam(r.gemeente_code)} ${r.jaar}${r.maand ? ` maand ${r.maand}` : ''} ${r.soort}` },
    { tabel: T.beschut, sleutel: 'gemeente_code, jaar', waarden: 'taakstelling, realisatie', geldig: "gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?') AND jaar IS NOT NULL AND NOT jaar_fout AND NOT taakstelling_fout AND NOT realisatie_fout", wat: (r: Rij) => `beschut werk ${gemeenteNaam(r.gemeente_code)} ${r.jaar}` },
  ];
  for (const set of sets) {
    const tegenstrijdig = await ctx.engine.query<Rij>(
      `SELECT * FROM (SELECT *, count(DISTINCT (${set.waarden})) OVER (PARTITION BY ${set.sleutel}) AS varianten,
         first_value(deel) OVER w AS ander_deel, first_value(rij) OVER w AS ander_rij
       FROM ${set.tabel} WHERE ${set.geldig} WINDOW w AS (PARTITION BY ${set.sleutel} ORDER BY deel, rij))
       WHERE varianten > 1 AND NOT (deel = ander_deel AND rij = ander_rij) ORDER BY deel, rij`,
    );
    for (const r of tegenstrijdig) {
      const deel = delen.get(r.deel)!.gelezen;
      const ander = delen.get(r.ander_deel)!.gelezen;
      ctx.meldingen.voeg({
        ernst: 'fout', code: 'tegenstrijdige-cijfers', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad,
        regel: deel.bronRegelVanRij(r.rij),
        reden: `Voor ${set.wat(r)} staat een ander bedrag of aantal in ${ander.onderdeel.bestand}${ander.onderdeel.blad ? ` (blad ${ander.onderdeel.blad})` : ''} regel ${ander.bronRegelVanRij(r.ander_rij)}.`,
        oplossing: 'Houd één van beide regels over (bijvoorbeeld alleen de nieuwste circulaire), zodat elk cijfer één bron heeft.',
      });
    }
    await ctx.engine.exec(`CREATE OR REPLACE TABLE ${set.tabel}_uniek AS SELECT * EXCLUDE (nr) FROM (
      SELECT *, row_number() OVER (PARTITION BY ${set.sleutel} ORDER BY deel, rij) AS nr FROM ${set.tabel} WHERE ${set.geldig}) WHERE nr = 1`);
  }
  // Figures for a municipality after it was dissolved: allowed (a plan made before the merger), but said.
  const na = await ctx.engine.query<{ deel: number; gemeente_code: string; jaar: number; n: number }>(
    `SELECT deel, gemeente_code, min(jaar) AS jaar, count(*) AS n FROM (SELECT deel, gemeente_code, jaar FROM ${T.budget}_uniek UNION ALL SELECT deel, gemeente_code, jaar FROM ${T.beschut}_uniek)
     JOIN ${T.herindeling} h ON h.oud = gemeente_code WHERE jaar >= year(h.datum) GROUP BY ALL ORDER BY ALL`,
  );
  for (const r of na) {
    const deel = delen.get(r.deel)!.gelezen;
    const g = gemeente(r.gemeente_code);
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-opgeheven', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad, regel: null,
      reden: `${r.n} regels gaan over ${gemeenteNaam(r.gemeente_code)} in ${r.jaar} of later, toen die gemeente al was opgeheven; in de huidige indeling tellen ze bij ${g?.opvolger ? gemeenteNaam(g.opvolger) : 'de opvolger'}.`,
      oplossing: 'Dit klopt als de cijfers van vóór de herindeling dateren (zoals een meerjarenraming); anders: zet ze onder de nieuwe gemeente.',
    });
  }
}

type Rij = { deel: number; rij: number; gemeente_code: string; jaar: number; maand?: string | null; soort?: string; ander_deel: number; ander_rij: number };
