import { sqlIdent, sqlString } from '@pw/engine';
import { gemeente, gemeenteNaam, herkenBudgetsoort, normaliseer } from '@pw/model';
import { dataRijSql, herkenGemeente, kolomSql, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE } from './algemeen.ts';
import { T, type Context, type Deel } from './context.ts';
import { bedragSql, getalstijl } from './formaat.ts';
import { controleerRijen } from './rijfouten.ts';
import { maakWaardekaart } from './waarden.ts';

/**
 * Yearly municipal figures: budget extracts (begroot and gerealiseerd per soort, optionally per
 * month) and beschut-werk extracts (cumulative taakstelling and realisatie). Amounts are read the
 * Dutch way (`€ 3.274.086`, `1.234,56`) unless the file clearly writes `1234.56`.
 */
export async function maakJaartabellen(ctx: Context): Promise<void> {
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${T.budget} (deel INTEGER, rij BIGINT, gemeente_code VARCHAR, jaar INTEGER, maand INTEGER,
    soort VARCHAR, begroot DOUBLE, gerealiseerd DOUBLE, bron VARCHAR, begroot_fout BOOLEAN, gerealiseerd_fout BOOLEAN, jaar_fout BOOLEAN, maand_fout BOOLEAN)`);
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${T.beschut} (deel INTEGER, rij BIGINT, gemeente_code VARCHAR, jaar INTEGER,
    taakstelling INTEGER, realisatie INTEGER, bron VARCHAR, taakstelling_fout BOOLEAN, realisatie_fout BOOLEAN, jaar_fout BOOLEAN)`);
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
function herkenMaand(w: string): { waarde?: string } {
  const t = normaliseer(w);
  const n = Number(t);
  if (/^\d{1,2}$/.test(t) && n >= 1 && n <= 12) return { waarde: String(n) };
  const i = MAANDEN.findIndex((m) => m === t || m.slice(0, 3) === t);
  return i >= 0 ? { waarde: String(i + 1) } : {};
}

const jaarSql = (k: string) => `TRY_CAST(trim(CAST(${k} AS VARCHAR)) AS INTEGER)`;
const jaarFout = (k: string) => `(${k} IS NOT NULL AND trim(${k}) <> '' AND (${jaarSql(k)} IS NULL OR ${jaarSql(k)} NOT BETWEEN 1990 AND 2100))`;

function stijl(deel: Deel, velden: Array<'begroot' | 'gerealiseerd' | 'taakstelling' | 'realisatie'>): 'nl' | 'en' {
  if (deel.staging.onderdeel.gewoneGetallen) return 'en';
  const waarden = velden.flatMap((v) => {
    const k = deel.staging.kolomVan(v);
    return k ? deel.staging.onderdeel.voorbeeld.map((r) => r[k.index] ?? '') : [];
  });
  return getalstijl(waarden, deel.staging.onderdeel.scheiding);
}

export async function leesBudget(ctx: Context, deel: Deel): Promise<void> {
  const s = deel.staging;
  const pre = `ingest_k${deel.id}`;
  const kg = await maakWaardekaart(ctx.engine, s, 'gemeente', herkenGemeente, deel.mapping, `${pre}_gemeente`);
  const ks = await maakWaardekaart(ctx.engine, s, 'soort', (w) => ({ waarde: herkenBudgetsoort(w) }), deel.mapping, `${pre}_soort`);
  const km = await maakWaardekaart(ctx.engine, s, 'maand', herkenMaand, deel.mapping, `${pre}_maand`);
  const st = stijl(deel, ['begroot', 'gerealiseerd']);
  const bedrag = (veld: 'begroot' | 'gerealiseerd') => {
    const k = kolomSql(s, veld);
    return { waarde: k === 'NULL' ? 'NULL::DOUBLE' : bedragSql(k, st), fout: k === 'NULL' ? 'false' : `(${k} IS NOT NULL AND trim(${k}) <> '' AND ${bedragSql(k, st)} IS NULL)` };
  };
  const b = bedrag('begroot');
  const g = bedrag('gerealiseerd');
  const jaar = kolomSql(s, 'jaar');
  const bron = s.kolomVan('bron') ? `coalesce(nullif(trim(${kolomSql(s, 'bron')}), ''), ${sqlString(s.onderdeel.bestand)})` : sqlString(s.onderdeel.bestand);
  await ctx.engine.exec(`INSERT INTO ${T.budget}
    SELECT ${deel.id}, s.rowid, kg.waarde, ${jaarSql(jaar)}, ${km ? 'TRY_CAST(km.waarde AS INTEGER)' : 'NULL'}, ks.waarde,
      ${b.waarde}, ${g.waarde}, ${bron}, ${b.fout}, ${g.fout}, ${jaarFout(jaar)},
      ${km ? `(${kolomSql(s, 'maand')} IS NOT NULL AND trim(${kolomSql(s, 'maand')}) <> '' AND km.waarde IS NULL)` : 'false'}
    FROM ${sqlIdent(s.tabel)} s
    LEFT JOIN ${sqlIdent(kg!.tabel)} kg ON kg.raw = trim(${kolomSql(s, 'gemeente')})
    LEFT JOIN ${sqlIdent(ks!.tabel)} ks ON ks.raw = trim(${kolomSql(s, 'soort')})
    ${km ? `LEFT JOIN ${sqlIdent(km.tabel)} km ON km.raw = trim(${kolomSql(s, 'maand')})` : ''}
    WHERE ${dataRijSql(s)}`);
  const c = T.budget;
  await meldLeeg(ctx, deel, c, 'gemeente', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, c, 'jaar', 'Het jaar', 'Vul het jaar in (bijvoorbeeld 2020).');
  await meldLeeg(ctx, deel, c, 'soort', 'De budgetsoort', 'Vul de soort in: BUIG, Participatie, uitvoeringskosten, re-integratie of kinderopvang.');
  await meldOnbekend(ctx, deel, c, 'gemeente', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, c, 'soort', ks, {
    code: 'onbekende-soort', ernst: 'fout', wat: 'budgetsoort',
    oplossing: 'Gebruik BUIG, Participatie(budget), Uitvoeringskosten, Re-integratie (trajecten) of Kinderopvang; een eigen omschrijving kan in een mappingbestand onder "waarden": {"soort": {"…": "BUIG"}}.',
  });
  await meldOnbekend(ctx, deel, c, 'maand', km, { code: 'onbekende-maand', ernst: 'fout', wat: 'maand', oplossing: 'Gebruik het maandnummer 1 t/m 12 of de naam van de maand.' });
  await controleerRijen(ctx, deel, c, { code: 'ongeldig-jaar', veld: 'jaar', waar: 'c.jaar_fout', reden: (w) => `Ongeldig jaar "${w ?? ''}".`, oplossing: 'Schrijf het jaar als vier cijfers, bijvoorbeeld 2020.' });
  for (const veld of ['begroot', 'gerealiseerd'] as const) {
    await controleerRijen(ctx, deel, c, {
      code: 'geen-getal', veld, waar: `c.${veld}_fout`,
      reden: (w) => `Het bedrag "${w ?? ''}" in kolom ${s.kopVan(veld)} is geen getal.`,
      oplossing: st === 'nl' ? 'Schrijf bedragen als 1.234.567 of 1.234,56 (punt voor duizendtallen, komma voor decimalen), zonder tekst.' : 'Schrijf bedragen als 1234567.89, zonder tekst.',
    });
  }
}

export async function leesBeschutWerk(ctx: Context, deel: Deel): Promise<void> {
  const s = deel.staging;
  const pre = `ingest_k${deel.id}`;
  const kg = await maakWaardekaart(ctx.engine, s, 'gemeente', herkenGemeente, deel.mapping, `${pre}_gemeente`);
  const st = stijl(deel, ['taakstelling', 'realisatie']);
  const aantal = (veld: 'taakstelling' | 'realisatie') => {
    const k = kolomSql(s, veld);
    if (k === 'NULL') return { waarde: 'NULL::INTEGER', fout: 'false' };
    const getal = bedragSql(k, st);
    return { waarde: `CAST(${getal} AS INTEGER)`, fout: `(${k} IS NOT NULL AND trim(${k}) <> '' AND (${getal} IS NULL OR ${getal} < 0 OR ${getal} <> round(${getal})))` };
  };
  const t = aantal('taakstelling');
  const r = aantal('realisatie');
  const jaar = kolomSql(s, 'jaar');
  const bron = s.kolomVan('bron') ? `coalesce(nullif(trim(${kolomSql(s, 'bron')}), ''), ${sqlString(s.onderdeel.bestand)})` : sqlString(s.onderdeel.bestand);
  await ctx.engine.exec(`INSERT INTO ${T.beschut}
    SELECT ${deel.id}, s.rowid, kg.waarde, ${jaarSql(jaar)}, ${t.waarde}, ${r.waarde}, ${bron}, ${t.fout}, ${r.fout}, ${jaarFout(jaar)}
    FROM ${sqlIdent(s.tabel)} s LEFT JOIN ${sqlIdent(kg!.tabel)} kg ON kg.raw = trim(${kolomSql(s, 'gemeente')})
    WHERE ${dataRijSql(s)}`);
  const c = T.beschut;
  await meldLeeg(ctx, deel, c, 'gemeente', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, c, 'jaar', 'Het jaar', 'Vul het jaar in (bijvoorbeeld 2020).');
  await meldOnbekend(ctx, deel, c, 'gemeente', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await controleerRijen(ctx, deel, c, { code: 'ongeldig-jaar', veld: 'jaar', waar: 'c.jaar_fout', reden: (w) => `Ongeldig jaar "${w ?? ''}".`, oplossing: 'Schrijf het jaar als vier cijfers, bijvoorbeeld 2020.' });
  for (const veld of ['taakstelling', 'realisatie'] as const) {
    await controleerRijen(ctx, deel, c, {
      code: 'geen-getal', veld, waar: `c.${veld}_fout`,
      reden: (w) => `"${w ?? ''}" in kolom ${s.kopVan(veld)} is geen heel, positief aantal plaatsen.`,
      oplossing: 'Vul het cumulatieve aantal plaatsen in als heel getal (bijvoorbeeld 4), of laat het leeg.',
    });
  }
}

/**
 * Removes rows loaded twice and reports the same key with different values (two files saying
 * different things about one municipality, year and soort): a controller must choose.
 */
export async function ontdubbelJaarcijfers(ctx: Context, delen: Map<number, Deel>): Promise<void> {
  const sets = [
    { tabel: T.budget, sleutel: 'gemeente_code, jaar, coalesce(maand, 0), soort', waarden: 'begroot, gerealiseerd', geldig: 'gemeente_code IS NOT NULL AND jaar IS NOT NULL AND NOT jaar_fout AND soort IS NOT NULL AND NOT begroot_fout AND NOT gerealiseerd_fout AND NOT maand_fout', wat: (r: Rij) => `${gemeenteNaam(r.gemeente_code)} ${r.jaar}${r.maand ? ` maand ${r.maand}` : ''} ${r.soort}` },
    { tabel: T.beschut, sleutel: 'gemeente_code, jaar', waarden: 'taakstelling, realisatie', geldig: 'gemeente_code IS NOT NULL AND jaar IS NOT NULL AND NOT jaar_fout AND NOT taakstelling_fout AND NOT realisatie_fout', wat: (r: Rij) => `beschut werk ${gemeenteNaam(r.gemeente_code)} ${r.jaar}` },
  ];
  for (const set of sets) {
    const tegenstrijdig = await ctx.engine.query<Rij>(
      `SELECT * FROM (SELECT *, count(DISTINCT (${set.waarden})) OVER (PARTITION BY ${set.sleutel}) AS varianten,
         first_value(deel) OVER w AS ander_deel, first_value(rij) OVER w AS ander_rij
       FROM ${set.tabel} WHERE ${set.geldig} WINDOW w AS (PARTITION BY ${set.sleutel} ORDER BY deel, rij))
       WHERE varianten > 1 AND NOT (deel = ander_deel AND rij = ander_rij) ORDER BY deel, rij`,
    );
    for (const r of tegenstrijdig) {
      const deel = delen.get(r.deel)!;
      const ander = delen.get(r.ander_deel)!;
      ctx.meldingen.voeg({
        ernst: 'fout', code: 'tegenstrijdige-cijfers', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad,
        regel: deel.staging.bronRegelVanRij(r.rij),
        reden: `Voor ${set.wat(r)} staat een ander bedrag of aantal in ${ander.staging.onderdeel.bestand}${ander.staging.onderdeel.blad ? ` (blad ${ander.staging.onderdeel.blad})` : ''} regel ${ander.staging.bronRegelVanRij(r.ander_rij)}.`,
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
    const deel = delen.get(r.deel)!;
    const g = gemeente(r.gemeente_code);
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'gemeente-opgeheven', bestand: deel.staging.onderdeel.bestand, blad: deel.staging.onderdeel.blad, regel: null,
      reden: `${r.n} regels gaan over ${gemeenteNaam(r.gemeente_code)} in ${r.jaar} of later, toen die gemeente al was opgeheven; in de huidige indeling tellen ze bij ${g?.opvolger ? gemeenteNaam(g.opvolger) : 'de opvolger'}.`,
      oplossing: 'Dit klopt als de cijfers van vóór de herindeling dateren (zoals een meerjarenraming); anders: zet ze onder de nieuwe gemeente.',
    });
  }
}

type Rij = { deel: number; rij: number; gemeente_code: string; jaar: number; maand?: number | null; soort?: string; ander_deel: number; ander_rij: number };
