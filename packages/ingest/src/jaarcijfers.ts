import { sqlGetal, sqlIdent, sqlString } from '@pw/engine';
import { budgetversieRang, budgetversieTekst, gemeente, gemeenteNaam, herkenBudgetsoort, leesBudgetversie, normaliseer, zelfdeGeldVoor2015 } from '@pw/model';
import { herkenGemeente, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE, ruw } from './algemeen.ts';
import { deelTabel, T, type Context, type Deel } from './context.ts';
import { bedragSql, datumSql, getalstijl } from './formaat.ts';
import type { Mapping, Veld } from './kolommen.ts';
import { leesOnderdeel, planKolommen, type Kolomplan } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';
import { controleerRijen } from './rijfouten.ts';
import { codeer, losOp } from './waarden.ts';

/**
 * Yearly municipal figures: budget extracts (begroot and gerealiseerd per soort, optionally per
 * month, with the budget's version and, for BUIG, the parts of its lasten) and beschut-werk
 * extracts (cumulative taakstelling and realisatie). They take the quirks of hand-made extracts as
 * the caseload extracts do: title rows, "Totaal" rows (checked against the sum), subtotal rows
 * ("Subtotaal", "Totaal BUIG", "Totaal 2020": not data), empty lines, Dutch amounts (`€ 3.274.086`,
 * `1.234,56`, unless the file clearly writes `1234.56`), a year written as a date, months as names,
 * numbers or dates, and municipalities that merged (a figure after a municipality was dissolved or
 * before it existed is a warning).
 */

/**
 * The year of a budget row: `2020`, or a date in it (`31-12-2020`, `1-1-2020`, an Excel date).
 */
const jaarSql = (k: string) => `coalesce(TRY_CAST(trim(CAST(${k} AS VARCHAR)) AS INTEGER), year(${datumSql(`CAST(${k} AS VARCHAR)`)}))`;

/**
 * The year of a beschut-werk row: `2020`, or the date of the stock. Places are counted at the end
 * of the year: "per 31 december 2020" is the year 2020, and so is a stock on 1-1-2021 (the ultimo
 * rule: ultimo december Y is the stock on the first of January Y+1). Any other date is no yearly
 * figure and gives no year.
 */
const beschutJaarSql = (k: string) => {
  const d = datumSql(`CAST(${k} AS VARCHAR)`);
  return `coalesce(TRY_CAST(trim(CAST(${k} AS VARCHAR)) AS INTEGER), CASE WHEN month(${d}) = 12 AND day(${d}) = 31 THEN year(${d}) WHEN month(${d}) = 1 AND day(${d}) = 1 THEN year(${d}) - 1 END)`;
};
const jaarFout = (k: string, jaar: string) => `(${k} IS NOT NULL AND trim(${k}) <> '' AND (${jaar} IS NULL OR ${jaar} NOT BETWEEN 1990 AND 2100))`;

const TOTAALWOORD = '(sub|eind|generaal ?)?totaa?l';

/**
 * A subtotal row: "Subtotaal", "Totaal Dinkelland", "Totaal BUIG", "Totaal 2020" in one of the
 * descriptive columns. Not the grand total: "Totaal" (or "Eindtotaal") in the first column with the
 * other descriptive columns empty, which ingest checks against the sum of the rows.
 */
function subtotaalSql(plan: Kolomplan, velden: Veld[]): string {
  const kolommen = velden.map((v) => ruw(plan, v)).filter((k) => k !== 'NULL');
  const tekst = (k: string) => `lower(trim(CAST(${k} AS VARCHAR)))`;
  const eerste = sqlIdent(plan.kolommen[0]!.sql);
  const overig = kolommen.filter((k) => k !== eerste);
  const eindtotaal = `(regexp_full_match(coalesce(${tekst(eerste)}, ''), '(eind|generaal ?)?totaal( generaal)?')${overig.map((k) => ` AND coalesce(${tekst(k)}, '') = ''`).join('')})`;
  const ergens = `regexp_matches(concat_ws(' ', ${kolommen.map(tekst).join(', ')}), '(^|[^a-z])${TOTAALWOORD}($|[^a-z])')`;
  return `coalesce(${ergens} AND NOT ${eindtotaal}, false)`;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A month as extracts write it: `3`, `maart`, `mrt`, `2020-03`, `03-2020`, `maart 2020`, or a date
 * in the month (`31-03-2020`, `2020-03-31`). A month with a year is coded `3@2020`, so the read can
 * check it against the row's year.
 */
function herkenMaand(w: string): { waarde?: string } {
  const t = w.trim().toLowerCase();
  const code = (m: number, j?: number) => (m >= 1 && m <= 12 ? { waarde: j ? `${m}@${j}` : String(m) } : {});
  let r: RegExpExecArray | null;
  if ((r = /^(\d{1,2})$/.exec(t))) return code(Number(r[1]));
  if ((r = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(t))) return code(Number(r[2]), Number(r[1]));
  if ((r = /^(?:\d{1,2}[-/.])?(\d{1,2})[-/.](\d{4})$/.exec(t))) return code(Number(r[1]), Number(r[2]));
  const naam = normaliseer(t.replace(/\d{4}/, ''));
  const jaar = /(\d{4})/.exec(t)?.[1];
  const i = MAANDEN.findIndex((m) => m === naam || m.slice(0, 3) === naam || (naam === 'mrt' && m === 'maart'));
  return i >= 0 ? code(i + 1, jaar ? Number(jaar) : undefined) : {};
}

type Bedragveld = 'begroot' | 'gerealiseerd' | 'lasten_uitkeringen' | 'loonkostensubsidie' | 'baten' | 'verhaal' | 'taakstelling' | 'realisatie';

function stijl(onderdeel: Onderdeel, plan: Kolomplan, velden: Bedragveld[]): 'nl' | 'en' {
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

/** An amount column: its value (NULL when empty or not a number) and whether it is not a number. */
function bedragKolom(plan: Kolomplan, veld: Bedragveld, st: 'nl' | 'en'): { waarde: string; fout: string } {
  const k = ruw(plan, veld);
  return { waarde: k === 'NULL' ? 'NULL::DOUBLE' : bedragSql(k, st), fout: k === 'NULL' ? 'false' : `(${k} IS NOT NULL AND trim(${k}) <> '' AND ${bedragSql(k, st)} IS NULL)` };
}

const BUDGETBEDRAGEN = ['begroot', 'gerealiseerd', 'lasten_uitkeringen', 'loonkostensubsidie', 'baten', 'verhaal'] as const;
/** Canonical column of each amount field in the budget table. */
const KOLOM: Record<(typeof BUDGETBEDRAGEN)[number], string> = {
  begroot: 'begroot',
  gerealiseerd: 'gerealiseerd',
  lasten_uitkeringen: 'buig_uitkeringen',
  loonkostensubsidie: 'buig_loonkostensubsidie',
  baten: 'buig_terugvordering',
  verhaal: 'buig_verhaal',
};

const OPLOSSING_VERSIE = 'Gebruik voorlopig, nader voorlopig, definitief, of de circulaire waaruit het bedrag komt (bijvoorbeeld "meicirculaire 2020"); of laat de cel leeg.';

export async function leesBudget(ctx: Context, onderdeel: Onderdeel, id: number, mapping: Mapping | undefined): Promise<Deel> {
  const plan = planKolommen(onderdeel);
  const kg = codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping);
  const ks = codeer(plan, onderdeel, 'soort', (w) => ({ waarde: herkenBudgetsoort(w) }), mapping);
  const km = codeer(plan, onderdeel, 'maand', herkenMaand, mapping);
  const kv = codeer(
    plan,
    onderdeel,
    'versie',
    (w) => {
      const v = leesBudgetversie(w);
      return v ? { waarde: budgetversieTekst(v) } : {};
    },
    mapping,
  );
  const st = stijl(onderdeel, plan, [...BUDGETBEDRAGEN]);
  const bedragen = BUDGETBEDRAGEN.map((veld) => ({ veld, kolom: KOLOM[veld], ...bedragKolom(plan, veld, st) }));
  const jaar = ruw(plan, 'jaar');
  const select = `${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, ${jaarSql(jaar)} AS jaar, ${km?.sql ?? 'NULL::VARCHAR'} AS maand, ${ks?.sql ?? 'NULL::VARCHAR'} AS soort,
    ${bedragen.map((b) => `${b.waarde} AS ${b.kolom}`).join(', ')}, ${bronSql(plan, onderdeel)} AS bron, ${kv?.sql ?? 'NULL::VARCHAR'} AS versie,
    ${bedragen.map((b) => `${b.fout} AS ${b.kolom}_fout`).join(', ')}, ${jaarFout(jaar, jaarSql(jaar))} AS jaar_fout, false AS maand_jaar_fout,
    ${subtotaalSql(plan, ['gemeente', 'jaar', 'soort', 'maand'])} AS is_subtotaal`;
  const tabel = deelTabel('b', id);
  const t = sqlIdent(tabel);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen);
  // A subtotal row is no data (as an empty line); the grand "Totaal" row is checked against the sum.
  await ctx.engine.exec(`UPDATE ${t} SET is_leeg = true, is_totaal = false WHERE is_subtotaal`);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  await losOp(ctx.engine, tabel, 'soort', ks);
  await losOp(ctx.engine, tabel, 'maand', km);
  await losOp(ctx.engine, tabel, 'versie', kv);
  // A month written with its year (`maart 2020`, `31-03-2020`): fills an empty year and must match a given one.
  await ctx.engine.exec(`UPDATE ${t} SET jaar = coalesce(jaar, CAST(split_part(maand, '@', 2) AS INTEGER)),
      maand_jaar_fout = jaar IS NOT NULL AND jaar <> CAST(split_part(maand, '@', 2) AS INTEGER), maand = split_part(maand, '@', 1)
    WHERE contains(maand, '@') AND NOT starts_with(maand, '?')`);
  await versieUitBron(ctx, tabel);
  const deel: Deel = { id, gelezen, mapping };
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'jaar', 'c.jaar IS NULL AND NOT c.jaar_fout', 'Het jaar', 'Vul het jaar in (bijvoorbeeld 2020).');
  await meldLeeg(ctx, deel, 'soort', 'c.soort IS NULL', 'De budgetsoort', 'Vul de soort in: BUIG, Participatie, uitvoeringskosten, re-integratie of kinderopvang.');
  await meldOnbekend(ctx, deel, 'gemeente_code', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, 'soort', ks, {
    code: 'onbekende-soort', ernst: 'fout', wat: 'budgetsoort',
    oplossing: 'Gebruik BUIG, Participatie(budget), Uitvoeringskosten, Re-integratie (trajecten) of Kinderopvang; een eigen omschrijving kan in een mappingbestand onder "waarden": {"soort": {"…": "BUIG"}}.',
  });
  await meldOnbekend(ctx, deel, 'maand', km, { code: 'onbekende-maand', ernst: 'fout', wat: 'maand', oplossing: 'Gebruik het maandnummer 1 t/m 12, de naam van de maand, of een datum in de maand.' });
  await meldOnbekend(ctx, deel, 'versie', kv, { code: 'onbekende-versie', ernst: 'fout', wat: 'versie van het budget', oplossing: OPLOSSING_VERSIE });
  await controleerRijen(ctx, deel, { code: 'ongeldig-jaar', veld: 'jaar', waar: 'c.jaar_fout', waarde: 'ruw', reden: (w) => `Ongeldig jaar "${w ?? ''}".`, oplossing: 'Schrijf het jaar als vier cijfers, bijvoorbeeld 2020 (of een datum in dat jaar).' });
  await controleerRijen(ctx, deel, {
    code: 'maand-buiten-jaar', veld: 'maand', waar: 'c.maand_jaar_fout', waarde: 'ruw',
    reden: (w) => `De maand "${w ?? ''}" valt niet in het jaar van de regel.`,
    oplossing: 'Zet de maand en het jaar van dezelfde periode in de regel.',
  });
  for (const b of bedragen) {
    await controleerRijen(ctx, deel, {
      code: 'geen-getal', veld: b.veld, waar: `c.${b.kolom}_fout`, waarde: 'ruw',
      reden: (w) => `Het bedrag "${w ?? ''}" in kolom ${plan.kopVan(b.veld)} is geen getal.`,
      oplossing: st === 'nl' ? 'Schrijf bedragen als 1.234.567 of 1.234,56 (punt voor duizendtallen, komma voor decimalen), zonder tekst.' : 'Schrijf bedragen als 1234567.89, zonder tekst.',
    });
    await controleerRijen(ctx, deel, {
      code: 'negatief-bedrag', ernst: 'waarschuwing', veld: b.veld, waar: `c.${b.kolom} < 0`, waarde: 'ruw',
      reden: (w) => `Het bedrag "${w ?? ''}" in kolom ${plan.kopVan(b.veld)} is negatief; het telt mee zoals het er staat.`,
      oplossing:
        b.veld === 'baten' || b.veld === 'verhaal'
          ? 'Baten staan als positief bedrag in de kolom; ze worden van de lasten afgetrokken. Controleer het teken.'
          : 'Controleer het teken: een budget of uitgave is gewoonlijk positief. Een correctie mag negatief zijn; accepteer dan deze waarschuwing.',
    });
  }
  await buigLasten(ctx, deel, plan);
  return deel;
}

/** Where the version column is absent or empty, the bron may name it ("meicirculaire 2019", "definitief budget"). */
async function versieUitBron(ctx: Context, tabel: string): Promise<void> {
  const t = sqlIdent(tabel);
  const bronnen = await ctx.engine.query<{ bron: string }>(`SELECT DISTINCT bron FROM ${t} WHERE versie IS NULL AND bron IS NOT NULL`);
  for (const { bron } of bronnen) {
    const v = leesBudgetversie(bron);
    if (v) await ctx.engine.exec(`UPDATE ${t} SET versie = ${sqlString(budgetversieTekst(v))} WHERE versie IS NULL AND bron = ${sqlString(bron)}`);
  }
}

/**
 * BUIG lasten from their parts, where the extract gives them: uitkeringen + loonkostensubsidie −
 * baten (terugvordering and verhaal). An empty Gerealiseerd is filled from the parts when the
 * uitkeringen are there; a Gerealiseerd that differs from its parts is a warning (the extract's own
 * figure counts). Parts on another soort than BUIG mean nothing and are left out, with a warning.
 */
async function buigLasten(ctx: Context, deel: Deel, plan: Kolomplan): Promise<void> {
  const velden: Veld[] = ['lasten_uitkeringen', 'loonkostensubsidie', 'baten', 'verhaal'];
  const aanwezig = velden.filter((v) => plan.kolomVan(v));
  if (!aanwezig.length) return;
  const t = sqlIdent(deel.gelezen.tabel);
  const delen = 'coalesce(c.buig_uitkeringen, c.buig_loonkostensubsidie, c.buig_terugvordering, c.buig_verhaal) IS NOT NULL';
  await controleerRijen(ctx, deel, {
    code: 'delen-niet-bij-buig', ernst: 'waarschuwing', veld: aanwezig[0], waar: `c.soort <> 'BUIG' AND NOT starts_with(c.soort, '?') AND ${delen}`, waarde: 'c.soort',
    reden: (w) => `Uitkeringen, loonkostensubsidie en baten horen alleen bij BUIG; bij ${w ?? 'deze soort'} tellen ze niet mee.`,
    oplossing: 'Zet de delen van de BUIG-lasten op de BUIG-regel, of laat ze leeg.',
  });
  await ctx.engine.exec(`UPDATE ${t} SET buig_uitkeringen = NULL, buig_loonkostensubsidie = NULL, buig_terugvordering = NULL, buig_verhaal = NULL WHERE soort IS DISTINCT FROM 'BUIG'`);
  const somVanSql = (c: 'c.' | '') => `${c}buig_uitkeringen + coalesce(${c}buig_loonkostensubsidie, 0) - coalesce(${c}buig_terugvordering, 0) - coalesce(${c}buig_verhaal, 0)`;
  const somSql = somVanSql('c.');
  await controleerRijen(ctx, deel, {
    code: 'buig-lasten-wijken-af', ernst: 'waarschuwing', veld: 'gerealiseerd',
    waar: `c.buig_uitkeringen IS NOT NULL AND c.gerealiseerd IS NOT NULL AND abs(c.gerealiseerd - (${somSql})) > 0.5`,
    waarde: `printf('%.2f', ${somSql})`,
    reden: (w) => `Gerealiseerd wijkt af van uitkeringen + loonkostensubsidie − baten (${w ?? '?'}); het bedrag in kolom ${plan.kopVan('gerealiseerd')} telt.`,
    oplossing: 'Controleer de delen en het totaal van de BUIG-lasten in het bronsysteem.',
  });
  await ctx.engine.exec(`UPDATE ${t} SET gerealiseerd = ${somVanSql('')} WHERE gerealiseerd IS NULL AND buig_uitkeringen IS NOT NULL`);
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
  const select = `${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, ${beschutJaarSql(jaar)} AS jaar, CASE WHEN ${t.fout} THEN NULL ELSE ${t.waarde} END AS taakstelling,
    CASE WHEN ${r.fout} THEN NULL ELSE ${r.waarde} END AS realisatie, ${bronSql(plan, onderdeel)} AS bron,
    ${t.fout} AS taakstelling_fout, ${r.fout} AS realisatie_fout, ${jaarFout(jaar, beschutJaarSql(jaar))} AS jaar_fout,
    ${subtotaalSql(plan, ['gemeente', 'jaar'])} AS is_subtotaal`;
  const tabel = deelTabel('w', id);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen);
  await ctx.engine.exec(`UPDATE ${sqlIdent(tabel)} SET is_leeg = true, is_totaal = false WHERE is_subtotaal`);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  const deel: Deel = { id, gelezen, mapping };
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'jaar', 'c.jaar IS NULL AND NOT c.jaar_fout', 'Het jaar', 'Vul het jaar in (bijvoorbeeld 2020).');
  await meldOnbekend(ctx, deel, 'gemeente_code', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await controleerRijen(ctx, deel, {
    code: 'ongeldig-jaar', veld: 'jaar', waar: 'c.jaar_fout', waarde: 'ruw', reden: (w) => `Ongeldig jaar "${w ?? ''}" (beschut werk telt per jaar, de stand op 31 december).`,
    oplossing: 'Schrijf het jaar als vier cijfers (2020), of de datum van de stand: 31-12-2020 (of 1-1-2021, dezelfde stand).',
  });
  for (const veld of ['taakstelling', 'realisatie'] as const) {
    await controleerRijen(ctx, deel, {
      code: 'geen-getal', veld, waar: `c.${veld}_fout`, waarde: 'ruw',
      reden: (w) => `"${w ?? ''}" in kolom ${plan.kopVan(veld)} is geen heel, positief aantal plaatsen.`,
      oplossing: 'Vul het cumulatieve aantal plaatsen in als heel getal (bijvoorbeeld 4), of laat het leeg.',
    });
  }
  return deel;
}

const BUDGET_GELDIG = `gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?') AND jaar IS NOT NULL AND NOT jaar_fout AND soort IS NOT NULL AND NOT starts_with(soort, '?')
  AND NOT begroot_fout AND NOT gerealiseerd_fout AND NOT buig_uitkeringen_fout AND NOT buig_loonkostensubsidie_fout AND NOT buig_terugvordering_fout AND NOT buig_verhaal_fout
  AND NOT maand_jaar_fout AND NOT coalesce(starts_with(maand, '?'), false) AND NOT coalesce(starts_with(versie, '?'), false)`;
const BESCHUT_GELDIG = "gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?') AND jaar IS NOT NULL AND NOT jaar_fout AND NOT taakstelling_fout AND NOT realisatie_fout";

/**
 * Removes rows loaded twice and reports the same key with different values (two files saying
 * different things about one municipality, year and soort): a controller must choose. Two
 * *versions* of one budget (a meicirculaire and the definitief budget) are no conflict: the most
 * final version's begroot counts (definitief, nader voorlopig, voorlopig, then the newest
 * circulaire), the other is reported; a realisation may come from either row but not differ.
 */
export async function ontdubbelJaarcijfers(ctx: Context, delen: Map<number, Deel>, budgetDelen: readonly number[], beschutDelen: readonly number[]): Promise<void> {
  const { engine } = ctx;
  const unieSql = (soort: 'b' | 'w', ids: readonly number[], leegSql: string) =>
    ids.length ? ids.map((id) => `SELECT ${sqlGetal(id)} AS deel, rowid AS rij, * EXCLUDE (is_totaal, is_leeg, is_subtotaal) FROM ${sqlIdent(deelTabel(soort, id))} WHERE NOT is_totaal AND NOT is_leeg`).join(' UNION ALL ') : leegSql;
  const leegBudgetSql = `SELECT 0 AS deel, 0::BIGINT AS rij, ''::VARCHAR AS gemeente_code, 0 AS jaar, ''::VARCHAR AS maand, ''::VARCHAR AS soort,
    ${Object.values(KOLOM).map((k) => `0::DOUBLE AS ${sqlIdent(k)}`).join(', ')}, '' AS bron, ''::VARCHAR AS versie,
    ${Object.values(KOLOM).map((k) => `false AS ${sqlIdent(`${k}_fout`)}`).join(', ')}, false AS jaar_fout, false AS maand_jaar_fout WHERE false`;
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.budget)} AS ${unieSql('b', budgetDelen, leegBudgetSql)}`);
  await engine.exec(
    `CREATE OR REPLACE TABLE ${sqlIdent(T.beschut)} AS ${unieSql('w', beschutDelen, `SELECT 0 AS deel, 0::BIGINT AS rij, ''::VARCHAR AS gemeente_code, 0 AS jaar, 0 AS taakstelling, 0 AS realisatie, '' AS bron, false AS taakstelling_fout, false AS realisatie_fout, false AS jaar_fout WHERE false`)}`,
  );

  // The rank of each version (computed once per distinct value, with @pw/model).
  const versies = await engine.query<{ versie: string }>(`SELECT DISTINCT versie FROM ${sqlIdent(T.budget)} WHERE versie IS NOT NULL AND NOT starts_with(versie, '?')`);
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_versierang AS SELECT * FROM (VALUES ('', 0)${versies.map((v) => `, (${sqlString(v.versie)}, ${sqlGetal(budgetversieRang(leesBudgetversie(v.versie)))})`).join('')}) t(versie, rang)`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(`${T.budget}_geldig`)} AS SELECT b.*, coalesce(v.rang, 0) AS rang FROM (SELECT * FROM ${sqlIdent(T.budget)} WHERE ${BUDGET_GELDIG}) b LEFT JOIN ingest_versierang v ON v.versie = b.versie`);

  const budgetSleutelSql = "gemeente_code, jaar, coalesce(maand, ''), soort";
  const wat = (r: Rij) => `${gemeenteNaam(r.gemeente_code)} ${r.jaar}${r.maand ? ` maand ${r.maand}` : ''} ${r.soort}`;
  const BUIG_DELEN = 'buig_uitkeringen, buig_loonkostensubsidie, buig_terugvordering, buig_verhaal';
  const controles = [
    // The same version (or none) with different amounts; the same realisation given differently in two versions.
    { tabelSql: sqlIdent(`${T.budget}_geldig`), sleutelSql: `${budgetSleutelSql}, coalesce(versie, '')`, waardenSql: `begroot, gerealiseerd, ${BUIG_DELEN}`, wat },
    { tabelSql: `(SELECT * FROM ${sqlIdent(`${T.budget}_geldig`)} WHERE gerealiseerd IS NOT NULL)`, sleutelSql: budgetSleutelSql, waardenSql: `gerealiseerd, ${BUIG_DELEN}`, wat },
    { tabelSql: `(SELECT * FROM ${sqlIdent(T.beschut)} WHERE ${BESCHUT_GELDIG})`, sleutelSql: 'gemeente_code, jaar', waardenSql: 'taakstelling, realisatie', wat: (r: Rij) => `beschut werk ${gemeenteNaam(r.gemeente_code)} ${r.jaar}` },
  ];
  const gemeld = new Set<string>();
  for (const set of controles) {
    const tegenstrijdig = await engine.query<Rij>(
      `SELECT * FROM (SELECT *, count(DISTINCT (${set.waardenSql})) OVER (PARTITION BY ${set.sleutelSql}) AS varianten,
         first_value(deel) OVER w AS ander_deel, first_value(rij) OVER w AS ander_rij
       FROM ${set.tabelSql} WINDOW w AS (PARTITION BY ${set.sleutelSql} ORDER BY deel, rij))
       WHERE varianten > 1 AND NOT (deel = ander_deel AND rij = ander_rij) ORDER BY deel, rij`,
    );
    for (const r of tegenstrijdig) {
      if (gemeld.has(`${r.deel}|${r.rij}`)) continue;
      gemeld.add(`${r.deel}|${r.rij}`);
      const deel = delen.get(r.deel)!.gelezen;
      const ander = delen.get(r.ander_deel)!.gelezen;
      ctx.meldingen.voeg({
        ernst: 'fout', code: 'tegenstrijdige-cijfers', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad,
        regel: deel.bronRegelVanRij(r.rij),
        reden: `Voor ${set.wat(r)} staat een ander bedrag of aantal in ${ander.onderdeel.bestand}${ander.onderdeel.blad ? ` (blad ${ander.onderdeel.blad})` : ''} regel ${ander.bronRegelVanRij(r.ander_rij)}.`,
        oplossing: 'Houd één van beide regels over (bijvoorbeeld alleen de nieuwste circulaire), of geef elke regel zijn versie (kolom Versie), zodat elk cijfer één bron heeft.',
      });
    }
  }

  // An older version of a budget that a more final one replaces.
  const ouder = await engine.query<Rij & { versie: string | null; beste_versie: string | null }>(
    `SELECT * FROM (SELECT *, first_value(deel) OVER w AS ander_deel, first_value(rij) OVER w AS ander_rij, first_value(versie) OVER w AS beste_versie, first_value(rang) OVER w AS beste_rang
       FROM ${sqlIdent(`${T.budget}_geldig`)} WHERE begroot IS NOT NULL WINDOW w AS (PARTITION BY ${budgetSleutelSql} ORDER BY rang DESC, deel, rij))
     WHERE rang < beste_rang ORDER BY deel, rij`,
  );
  for (const r of ouder) {
    const deel = delen.get(r.deel)!.gelezen;
    const ander = delen.get(r.ander_deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'oudere-versie', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad, regel: deel.bronRegelVanRij(r.rij),
      reden: `Voor ${wat(r)} staat ook de versie "${r.beste_versie}" (${ander.onderdeel.bestand}${ander.onderdeel.blad ? `, blad ${ander.onderdeel.blad}` : ''} regel ${ander.bronRegelVanRij(r.ander_rij)}); het pakket vergelijkt met die versie, niet met ${r.versie ? `"${r.versie}"` : 'deze regel (versie niet opgegeven)'}.`,
      oplossing: 'Geen actie nodig als dat de bedoeling is; laat anders de oudere versie weg.',
    });
  }

  // One row per budget line: begroot, versie and bron of the most final version, the realisation and BUIG parts of any row that has them.
  const eersteSql = (k: string) => `first(${sqlIdent(k)} ORDER BY deel, rij) FILTER (WHERE ${sqlIdent(k)} IS NOT NULL) AS ${sqlIdent(k)}`;
  // The row whose begroot counts: one with a begroot, of the most final version, then the first given.
  const besteSql = 'begroot IS NULL, rang DESC, deel, rij';
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(`${T.budget}_uniek`)} AS
    SELECT first(deel ORDER BY ${besteSql}) AS deel, first(rij ORDER BY ${besteSql}) AS rij, gemeente_code, jaar, maand, soort,
      first(begroot ORDER BY ${besteSql}) AS begroot, first(versie ORDER BY ${besteSql}) AS versie, first(bron ORDER BY ${besteSql}) AS bron,
      ${eersteSql('gerealiseerd')}, ${eersteSql('buig_uitkeringen')}, ${eersteSql('buig_loonkostensubsidie')},
      CASE WHEN count(buig_terugvordering) + count(buig_verhaal) > 0 THEN coalesce(first(buig_terugvordering ORDER BY deel, rij) FILTER (WHERE buig_terugvordering IS NOT NULL), 0)
        + coalesce(first(buig_verhaal ORDER BY deel, rij) FILTER (WHERE buig_verhaal IS NOT NULL), 0) END AS buig_baten
    FROM ${sqlIdent(`${T.budget}_geldig`)} GROUP BY gemeente_code, jaar, maand, soort`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(`${T.beschut}_uniek`)} AS SELECT * EXCLUDE (nr) FROM (
      SELECT *, row_number() OVER (PARTITION BY gemeente_code, jaar ORDER BY deel, rij) AS nr FROM ${sqlIdent(T.beschut)} WHERE ${BESCHUT_GELDIG}) WHERE nr = 1`);

  // Before 2015 the Rijk's re-integration money was the participatiebudget (Wpb) or the W-deel: both for one year may be the same money.
  const dubbel = await engine.query<{ deel: number; rij: number; gemeente_code: string; jaar: number }>(
    `SELECT r.deel, r.rij, r.gemeente_code, r.jaar FROM ${sqlIdent(`${T.budget}_uniek`)} r JOIN ${sqlIdent(`${T.budget}_uniek`)} p USING (gemeente_code, jaar)
     WHERE r.maand IS NULL AND p.maand IS NULL AND r.soort = 're-integratie' AND p.soort = 'Participatie' ORDER BY r.deel, r.rij`,
  );
  for (const r of dubbel.filter((x) => zelfdeGeldVoor2015(x.jaar))) {
    const deel = delen.get(r.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'zelfde-geld-voor-2015', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad, regel: deel.bronRegelVanRij(r.rij),
      reden: `Voor ${gemeenteNaam(r.gemeente_code)} ${r.jaar} staan zowel een participatiebudget als een re-integratiebudget. Vóór 2015 was het re-integratiegeld van het Rijk het participatiebudget (Wet participatiebudget, vóór 2009 het W-deel): dit kan hetzelfde geld twee keer zijn.`,
      oplossing: 'Houd voor jaren vóór 2015 één van beide over; de pagina Budget telt ze nooit bij elkaar op.',
    });
  }

  // Figures for a municipality after it was dissolved: allowed (a plan made before the merger), but said.
  const na = await engine.query<{ deel: number; gemeente_code: string; jaar: number; n: number }>(
    `SELECT deel, gemeente_code, min(jaar) AS jaar, count(*) AS n FROM (SELECT deel, gemeente_code, jaar FROM ${sqlIdent(`${T.budget}_uniek`)} UNION ALL SELECT deel, gemeente_code, jaar FROM ${sqlIdent(`${T.beschut}_uniek`)})
     JOIN ${sqlIdent(T.herindeling)} h ON h.oud = gemeente_code WHERE jaar >= year(h.datum) GROUP BY ALL ORDER BY ALL`,
  );
  for (const r of na) {
    const deel = delen.get(r.deel)!.gelezen;
    const g = gemeente(r.gemeente_code);
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-opgeheven', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad, regel: null,
      reden: `${r.n === 1 ? 'Eén regel gaat' : `${r.n} regels gaan`} over ${gemeenteNaam(r.gemeente_code)} in ${r.jaar} of later, toen die gemeente al was opgeheven; in de huidige indeling ${r.n === 1 ? 'telt hij' : 'tellen ze'} bij ${g?.opvolger ? gemeenteNaam(g.opvolger) : 'de opvolger'}.`,
      oplossing: 'Dit klopt als de cijfers van vóór de herindeling dateren (zoals een meerjarenraming); anders: zet ze onder de nieuwe gemeente.',
    });
  }
  // Figures for a municipality before it existed (Dijk en Waard in 2021): the predecessors held them.
  const voor = await engine.query<{ deel: number; gemeente_code: string; jaar: number; n: number }>(
    `SELECT deel, gemeente_code, min(jaar) AS jaar, count(*) AS n FROM (SELECT deel, gemeente_code, jaar FROM ${sqlIdent(`${T.budget}_uniek`)} UNION ALL SELECT deel, gemeente_code, jaar FROM ${sqlIdent(`${T.beschut}_uniek`)})
     GROUP BY ALL ORDER BY ALL`,
  );
  for (const r of voor) {
    const van = gemeente(r.gemeente_code)?.geldigVan;
    if (!van || r.jaar >= Number(van.slice(0, 4))) continue;
    const deel = delen.get(r.deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-bestond-nog-niet', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad, regel: null,
      reden: `Regels gaan over ${gemeenteNaam(r.gemeente_code)} in ${r.jaar}, vóór die gemeente bestond (vanaf ${Number(van.slice(0, 4))}); ze tellen zoals ze er staan.`,
      oplossing: 'Zet cijfers van vóór de herindeling onder de gemeenten van toen, of accepteer dit als het een raming voor de nieuwe gemeente is.',
    });
  }
}

type Rij = { deel: number; rij: number; gemeente_code: string; jaar: number; maand?: string | null; soort?: string; ander_deel: number; ander_rij: number };
