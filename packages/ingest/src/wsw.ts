import { sqlGetal, sqlIdent, sqlString } from '@pw/engine';
import {
  herkenWerkvorm,
  herkenWswReden,
  isIsoDatum,
  SAMENWERKINGEN,
  ultimoNaarPeildatum,
  WSW_GESLOTEN,
  WSW_LEEFTIJDSKLASSEN,
  zonderStuurtekens,
  type IsoDatum,
} from '@pw/model';
import { datumKolom, herkenGemeente, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE, ruw } from './algemeen.ts';
import { T, type Context, type Deel } from './context.ts';
import { bedragSql, getalstijl, titelDatums } from './formaat.ts';
import type { Mapping, Veld } from './kolommen.ts';
import { leesOnderdeel, ongeldigeDatum, OPLOSSING_DATUM, planKolommen, type Kolomplan } from './lezen.ts';
import type { Onderdeel } from './onderdeel.ts';
import { controleerRijen } from './rijfouten.ts';
import { DATUM_TOT, DATUM_VAN, eersteMaandSql, GEBOORTE_VAN, maandIndexSql } from './sql.ts';
import { codeer, losOp } from './waarden.ts';

/**
 * Wsw extracts (issue 14):
 * - **personnel**: one line per employee and dienstbetrekking, as a Wsw company (SPD, Soweco,
 *   Larcom, WNK) or a municipality exports it. The BSN becomes the run's salted key, the birth date
 *   the month of birth (for age bands), the reason for leaving a category; names and free text are
 *   never read. SE per line as given, or computed as the indication's weighting (matig 1, ernstig
 *   1,25) × the part-time factor (contract hours / 36, or the fte), which ingest says.
 *   Employed on a peildatum: start on or before it, end absent or on or after it (the benefits' rule).
 * - **key figures**: SW (SE), SW (fte) and the waiting list per municipality and date, as source
 *   003 prints them. An "ultimo" date becomes the next peildatum (`ultimoNaarPeildatum`). A line
 *   that names no municipality ("Buitengebied") stays a line of its own of the cooperation whose
 *   Wsw members the extract lists, so a printed total that includes it is explained.
 */

/** Hours of a full working week in the SW-cao: the part-time factor is contract hours / 36. */
const VOLLEDIGE_WERKWEEK = 36;

export interface WswDeel {
  referentie: IsoDatum | null;
  vanaf: IsoDatum | null;
}

const deelTabelWsw = (soort: 'p' | 'k', id: number) => `ingest_wsw${soort}_${id}`;

const getalStijl = (onderdeel: Onderdeel, plan: Kolomplan, velden: Veld[]): 'nl' | 'en' => {
  if (onderdeel.gewoneGetallen) return 'en';
  const waarden = velden.flatMap((v) => {
    const k = plan.kolomVan(v);
    return k ? onderdeel.voorbeeld.map((r) => r[k.index] ?? '') : [];
  });
  return getalstijl(waarden, onderdeel.scheiding);
};

/** A number column: value (NULL when empty, `-` or not a number) and whether it is not a number. */
function getalKolom(plan: Kolomplan, veld: Veld, st: 'nl' | 'en'): { waarde: string; fout: string } {
  const k = ruw(plan, veld);
  if (k === 'NULL') return { waarde: 'NULL::DOUBLE', fout: 'false' };
  const leeg = `(${k} IS NULL OR trim(${k}) IN ('', '-', '–', '—'))`;
  return { waarde: `CASE WHEN ${leeg} THEN NULL ELSE ${bedragSql(k, st)} END`, fout: `(NOT ${leeg} AND ${bedragSql(k, st)} IS NULL)` };
}

/** The weighting of an indication: matig 1, ernstig 1,25 (Wsw art. 7); a number as given. */
function herkenIndicatie(w: string): { waarde?: string } {
  const t = w.trim().toLowerCase();
  if (t.startsWith('matig')) return { waarde: '1' };
  if (t.startsWith('ernstig')) return { waarde: '1.25' };
  const getal = Number(t.replace(',', '.'));
  return Number.isFinite(getal) && getal > 0 && getal <= 2 ? { waarde: String(getal) } : {};
}

const leeftijdsklasseSql = (mSql: string, gebSql: string) =>
  `CASE WHEN ${gebSql} IS NULL THEN 'onbekend' ${WSW_LEEFTIJDSKLASSEN.slice()
    .reverse()
    .map((k) => `WHEN ${mSql} - ${gebSql} >= ${sqlGetal(k.van * 12)} THEN ${sqlString(k.code)}`)
    .join(' ')} ELSE 'onbekend' END`;

export async function leesWswPersoneel(ctx: Context, onderdeel: Onderdeel, id: number, mapping: Mapping | undefined): Promise<{ deel: Deel; info: WswDeel }> {
  const plan = planKolommen(onderdeel);
  const kg = codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping);
  const kv = codeer(plan, onderdeel, 'werkvorm', (w) => ({ waarde: herkenWerkvorm(w) }), mapping);
  const kr = codeer(plan, onderdeel, 'uitstroomreden', (w) => ({ waarde: herkenWswReden(w) }), mapping);
  const ki = codeer(plan, onderdeel, 'indicatie', herkenIndicatie, mapping);
  const st = getalStijl(onderdeel, plan, ['wsw_se', 'wsw_fte', 'contracturen']);
  const se = getalKolom(plan, 'wsw_se', st);
  const fte = getalKolom(plan, 'wsw_fte', st);
  const uren = getalKolom(plan, 'contracturen', st);
  const ingang = datumKolom(plan, 'ingangsdatum');
  const einde = datumKolom(plan, 'einddatum');
  const geboren = datumKolom(plan, 'geboortedatum');
  const persoon = ruw(plan, 'persoon');
  const werkgever = ruw(plan, 'werkgever');
  const deeltijdSql = `coalesce(${fte.waarde}, ${uren.waarde} / ${sqlGetal(VOLLEDIGE_WERKWEEK)})`;
  const select = `hash(ltrim(${persoon}, '0 '), ${ctx.zout}) AS persoon, ${persoon} IS NULL AS persoon_leeg,
    ${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, ${ingang.waarde} AS ingang, ${ingang.fout} AS ingang_fout, ${einde.waarde} AS einde, ${einde.fout} AS einde_fout,
    ${eersteMaandSql(geboren.waarde)} AS m_geb, (${geboren.fout} OR coalesce(${geboren.waarde} NOT BETWEEN ${GEBOORTE_VAN} AND ${DATUM_TOT}, false)) AS geboren_fout,
    ${kv?.sql ?? 'NULL::VARCHAR'} AS werkvorm, ${werkgever === 'NULL' ? 'NULL::VARCHAR' : `nullif(left(trim(${werkgever}), 100), '')`} AS werkgever,
    ${kr?.sql ?? 'NULL::VARCHAR'} AS reden, ${ki?.sql ?? 'NULL::VARCHAR'} AS indicatie,
    ${se.waarde} AS se_gegeven, ${se.fout} AS se_fout, ${fte.waarde} AS fte_gegeven, ${fte.fout} AS fte_fout, ${uren.waarde} AS uren, ${uren.fout} AS uren_fout,
    round(${deeltijdSql}, 4) AS fte, NULL::DOUBLE AS se, false AS se_berekend`;
  const tabel = deelTabelWsw('p', id);
  const t = sqlIdent(tabel);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  await losOp(ctx.engine, tabel, 'werkvorm', kv);
  await losOp(ctx.engine, tabel, 'reden', kr);
  await losOp(ctx.engine, tabel, 'indicatie', ki);
  // SE as given; else the indication's weighting × the part-time factor (said below).
  await ctx.engine.exec(`UPDATE ${t} SET se = round(coalesce(se_gegeven, TRY_CAST(indicatie AS DOUBLE) * fte), 4),
    se_berekend = se_gegeven IS NULL AND TRY_CAST(indicatie AS DOUBLE) IS NOT NULL AND fte IS NOT NULL`);
  // Text of the extract: one line, no control characters (it is shown and kept in the package).
  const werkgevers = await ctx.engine.query<{ w: string }>(`SELECT DISTINCT werkgever AS w FROM ${t} WHERE werkgever IS NOT NULL`);
  for (const { w } of werkgevers) {
    const schoon = zonderStuurtekens(w, { regels: false }).trim();
    if (schoon !== w) await ctx.engine.exec(`UPDATE ${t} SET werkgever = ${schoon ? sqlString(schoon) : 'NULL'} WHERE werkgever = ${sqlString(w)}`);
  }
  const deel: Deel = { id, gelezen, mapping };
  const titel = titelDatums(onderdeel.titels);
  let referentie: IsoDatum | null = titel.per ?? null;
  if (!referentie) {
    const r = await ctx.engine.query<{ d: string | null }>(
      `SELECT max(greatest(ingang, coalesce(einde, ingang))) AS d FROM ${t} WHERE NOT is_totaal AND NOT is_leeg AND ingang BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND coalesce(einde, ingang) BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
    );
    referentie = r[0]?.d ?? null;
  }

  await meldLeeg(ctx, deel, 'persoon', 'c.persoon_leeg', 'Het BSN of personeelsnummer', 'Vul het BSN of personeelsnummer in; zonder persoon kan een dienstbetrekking niet worden geteld.');
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente (woongemeente, die betaalt)', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'ingangsdatum', 'c.ingang IS NULL AND NOT c.ingang_fout', 'De ingangsdatum van de Wsw-dienstbetrekking', 'Vul de ingangsdatum in (dd-mm-jjjj).');
  await meldOnbekend(ctx, deel, 'gemeente_code', kg, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, 'werkvorm', kv, {
    code: 'onbekende-werkvorm', ernst: 'waarschuwing', wat: 'vorm van werk',
    oplossing: 'Gebruik beschut binnen, individuele detachering, groepsdetachering of begeleid werken; een eigen schrijfwijze kan in een mappingbestand onder "waarden": {"werkvorm": {"…": "beschut_binnen"}}.',
  });
  if (kv?.onbekend.size) await ctx.engine.exec(`UPDATE ${t} SET werkvorm = NULL WHERE starts_with(werkvorm, '?')`);
  await meldOnbekend(ctx, deel, 'indicatie', ki, { code: 'onbekende-indicatie', ernst: 'fout', wat: 'indicatie', oplossing: 'Gebruik matig of ernstig (de arbeidshandicap van de indicatie), of het gewicht (1 of 1,25).' });
  await controleerRijen(ctx, deel, { code: 'ongeldige-datum', veld: 'ingangsdatum', waar: 'c.ingang_fout', waarde: 'ruw', reden: (w) => ongeldigeDatum(w, plan.kopVan('ingangsdatum')), oplossing: OPLOSSING_DATUM });
  await controleerRijen(ctx, deel, {
    code: 'ongeldige-datum', veld: 'einddatum', waar: 'c.einde_fout', waarde: 'ruw', reden: (w) => ongeldigeDatum(w, plan.kopVan('einddatum')),
    oplossing: `${OPLOSSING_DATUM} Laat de einddatum leeg als de dienstbetrekking nog loopt.`,
  });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijke-datum', veld: 'ingangsdatum', waar: `c.ingang NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} OR c.einde NOT BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}`,
    reden: () => 'Ingangs- of einddatum ligt vóór 1950 of na 2100.', oplossing: 'Controleer het jaartal van de ingangs- en einddatum.',
  });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijke-datum', veld: 'geboortedatum', waar: 'c.geboren_fout',
    reden: () => 'De geboortedatum is geen datum of ligt vóór 1900 of na 2100.',
    oplossing: 'Controleer het jaartal van de geboortedatum (de waarde wordt niet getoond: het is een persoonsgegeven).',
  });
  await controleerRijen(ctx, deel, {
    code: 'einde-voor-ingang', veld: 'einddatum', waar: 'c.einde < c.ingang', reden: () => 'De einddatum ligt vóór de ingangsdatum.',
    oplossing: 'Corrigeer de ingangs- of de einddatum; een dienstbetrekking eindigt op of na de dag waarop ze ingaat.',
  });
  for (const [veld, kolom] of [['wsw_se', 'se'], ['wsw_fte', 'fte'], ['contracturen', 'uren']] as const) {
    await controleerRijen(ctx, deel, {
      code: 'geen-getal', veld, waar: `c.${kolom}_fout`, waarde: 'ruw',
      reden: (w) => `"${w ?? ''}" in kolom ${plan.kopVan(veld)} is geen getal.`,
      oplossing: st === 'nl' ? 'Schrijf getallen als 0,75 of 1 (komma voor decimalen), zonder tekst.' : 'Schrijf getallen als 0.75 of 1, zonder tekst.',
    });
  }
  await controleerRijen(ctx, deel, {
    code: 'geen-se', veld: plan.kolomVan('wsw_se') ? 'wsw_se' : 'indicatie',
    waar: 'c.se IS NULL AND NOT c.se_fout AND NOT c.fte_fout AND NOT c.uren_fout AND NOT starts_with(coalesce(c.indicatie, \'\'), \'?\')',
    reden: () => 'Voor deze dienstbetrekking is het aantal SE niet bekend en niet te berekenen (SE = indicatiegewicht × deeltijdfactor).',
    oplossing: 'Vul de SE in, of de indicatie (matig of ernstig) en de contracturen of de fte.',
  });
  await controleerRijen(ctx, deel, {
    code: 'onwaarschijnlijk-getal', veld: 'wsw_se', waar: 'c.se <= 0 OR c.se > 1.5 OR c.fte <= 0 OR c.fte > 1.25', waarde: "replace(concat_ws(', ', printf('%.2f SE', c.se), printf('%.2f fte', c.fte)), '.', ',')",
    reden: (w) => `Deze dienstbetrekking heeft ${w ?? 'een onmogelijk aantal SE of fte'}; één dienstbetrekking is ten hoogste 1,25 SE (ernstig, voltijd) en 1 fte.`,
    oplossing: 'Controleer de SE, de fte of de contracturen (per week, een volle week is 36 uur).',
  });
  await controleerRijen(ctx, deel, {
    code: 'wsw-instroom-na-2015', ernst: 'waarschuwing', veld: 'ingangsdatum',
    // A line that continues the person's previous one (another organisation or municipality) is no new entry.
    waar: `c.ingang >= DATE ${sqlString(WSW_GESLOTEN)} AND NOT EXISTS (SELECT 1 FROM ${t} v WHERE v.persoon = c.persoon AND v.ingang < c.ingang AND v.einde >= c.ingang - INTERVAL 1 DAY)`,
    reden: () => 'Deze Wsw-dienstbetrekking begint op of na 1-1-2015, toen de Wsw sloot voor nieuwe instroom; ze telt mee zoals ze er staat.',
    oplossing: 'Controleer de ingangsdatum. Een nieuwe dienstbetrekking na 2015 kan alleen iemand die op 31-12-2014 al in de Wsw werkte (bijvoorbeeld een nieuwe werkvorm); anders hoort de persoon bij beschut werk (Participatiewet).',
  });
  const berekend = (await ctx.engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${t} WHERE se_berekend AND NOT is_totaal AND NOT is_leeg`))[0]!.n;
  if (berekend > 0) {
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'se-berekend', bestand: onderdeel.bestand, blad: onderdeel.blad, regel: null,
      reden: `Bij ${berekend === 1 ? 'één regel' : `${berekend.toLocaleString('nl-NL')} regels`} staat geen SE; berekend als indicatiegewicht (matig 1, ernstig 1,25) × deeltijdfactor (${plan.kolomVan('wsw_fte') ? 'de fte' : `contracturen / ${VOLLEDIGE_WERKWEEK}`}).`,
      oplossing: 'Geen actie nodig als het bronsysteem geen SE geeft; anders: neem de kolom SE op in het extract.',
    });
  }
  return { deel, info: { referentie, vanaf: titel.vanaf ?? null } };
}

const GELDIG_WSW = `NOT persoon_leeg AND gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?') AND ingang IS NOT NULL AND NOT ingang_fout AND NOT einde_fout
  AND (einde IS NULL OR einde >= ingang) AND ingang BETWEEN ${DATUM_VAN} AND ${DATUM_TOT} AND coalesce(einde, ${DATUM_VAN}) BETWEEN ${DATUM_VAN} AND ${DATUM_TOT}
  AND se IS NOT NULL AND se > 0 AND se <= 1.5 AND coalesce(fte, 1) > 0 AND coalesce(fte, 1) <= 1.25 AND NOT coalesce(starts_with(indicatie, '?'), false)`;

/** A date of a key figure: "ultimo december 2010", a last day of a month (31-12-2010) or a peildatum (1-1-2011). */
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
function herkenStanddatum(w: string): { waarde?: string } {
  const t = w.trim().toLowerCase().replace(/\s+/g, ' ');
  const ultimo = /^(?:sw-?)?ultimo ([a-z]+) (\d{4})$/.exec(t);
  if (ultimo) {
    const m = MAANDEN.indexOf(ultimo[1]!);
    return m >= 0 ? { waarde: ultimoNaarPeildatum(Number(ultimo[2]), m + 1) } : {};
  }
  const d = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!d) return {};
  const [jaar, maand, dag] = t.startsWith(d[1]!) && d[1]!.length === 4 ? [Number(d[1]), Number(d[2]), Number(d[3])] : [Number(d[3]), Number(d[2]), Number(d[1])];
  const iso = `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  if (!isIsoDatum(iso) || jaar < 1950 || jaar > 2100) return {};
  if (dag === 1) return { waarde: iso };
  const volgende = new Date(Date.UTC(jaar, maand - 1, dag + 1));
  return volgende.getUTCDate() === 1 ? { waarde: ultimoNaarPeildatum(jaar, maand) } : {};
}

export async function leesWswKengetallen(ctx: Context, onderdeel: Onderdeel, id: number, mapping: Mapping | undefined): Promise<Deel> {
  const plan = planKolommen(onderdeel);
  // The date is read as text here, whatever its format: the ultimo rule decides the peildatum.
  const pk = plan.kolomVan('peildatum');
  if (pk) pk.type = 'VARCHAR';
  const kg = codeer(plan, onderdeel, 'gemeente', herkenGemeente, mapping);
  const kp = codeer(plan, onderdeel, 'peildatum', herkenStanddatum, mapping);
  const st = getalStijl(onderdeel, plan, ['wsw_se', 'wsw_fte', 'wachtlijst']);
  const se = getalKolom(plan, 'wsw_se', st);
  const fte = getalKolom(plan, 'wsw_fte', st);
  const wl = getalKolom(plan, 'wachtlijst', st);
  const bron = plan.kolomVan('bron') ? `coalesce(nullif(left(trim(${ruw(plan, 'bron')}), 200), ''), ${sqlString(onderdeel.bestand)})` : sqlString(onderdeel.bestand);
  const select = `${kg?.sql ?? 'NULL::VARCHAR'} AS gemeente_code, NULL::VARCHAR AS omschrijving, ${kp?.sql ?? 'NULL::VARCHAR'} AS peildatum,
    ${se.waarde} AS se, ${se.fout} AS se_fout, ${fte.waarde} AS fte, ${fte.fout} AS fte_fout, ${wl.waarde} AS wachtlijst, (${wl.fout} OR coalesce(${wl.waarde} <> round(${wl.waarde}) OR ${wl.waarde} < 0, false)) AS wachtlijst_fout,
    ${bron} AS bron`;
  const tabel = deelTabelWsw('k', id);
  const t = sqlIdent(tabel);
  const gelezen = await leesOnderdeel(ctx.engine, onderdeel, plan, tabel, select, ctx.meldingen);
  await losOp(ctx.engine, tabel, 'gemeente_code', kg);
  await losOp(ctx.engine, tabel, 'peildatum', kp);
  const deel: Deel = { id, gelezen, mapping };
  await meldLeeg(ctx, deel, 'gemeente', 'c.gemeente_code IS NULL', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, 'peildatum', 'c.peildatum IS NULL', 'De datum van de stand', 'Vul de datum van de stand in: "ultimo december 2010", 31-12-2010 of 1-1-2011 (dezelfde stand).');
  await meldOnbekend(ctx, deel, 'peildatum', kp, {
    code: 'ongeldige-datum', ernst: 'fout', wat: 'datum van de stand',
    oplossing: 'Schrijf "ultimo <maand> <jaar>", de laatste dag van een maand (31-12-2010) of de eerste (1-1-2011): een stand aan het eind van een maand is de stand op de eerste van de volgende.',
  });
  // A line that names no municipality ("Buitengebied"): kept as a line of its own, never under a municipality.
  const ambigu = kg ? [...kg.onbekend].filter(([, uitleg]) => uitleg).map(([w]) => w) : [];
  await ctx.engine.exec(`UPDATE ${t} SET omschrijving = left(trim(substring(gemeente_code, 2)), 100), gemeente_code = NULL
    WHERE starts_with(gemeente_code, '?') AND trim(substring(gemeente_code, 2)) NOT IN (SELECT unnest(${ambigu.length ? `[${ambigu.map(sqlString).join(', ')}]` : '[]::VARCHAR[]'}))`);
  await meldOnbekend(ctx, deel, 'gemeente_code', kg && { ...kg, onbekend: new Map([...kg.onbekend].filter(([, u]) => u)) }, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  // The cooperation whose Wsw members the part lists: the smallest one that has them all.
  const codes = (await ctx.engine.query<{ c: string }>(`SELECT DISTINCT gemeente_code AS c FROM ${t} WHERE gemeente_code IS NOT NULL AND NOT starts_with(gemeente_code, '?')`)).map((r) => r.c);
  const regio = SAMENWERKINGEN.filter((s) => codes.length > 0 && codes.every((c) => s.taken.wsw.leden.includes(c))).sort((a, b) => a.taken.wsw.leden.length - b.taken.wsw.leden.length)[0];
  await ctx.engine.exec(`ALTER TABLE ${t} ADD COLUMN samenwerking VARCHAR`);
  await ctx.engine.exec(`UPDATE ${t} SET samenwerking = ${regio ? sqlString(regio.id) : 'NULL'} WHERE omschrijving IS NOT NULL`);
  await controleerRijen(ctx, deel, {
    code: 'regel-zonder-gemeente', ernst: regio ? 'waarschuwing' : 'fout', veld: 'gemeente', waar: 'c.omschrijving IS NOT NULL', waarde: 'c.omschrijving',
    reden: (w) =>
      regio
        ? `"${w ?? ''}" is geen gemeente; de regel telt als aparte regel van ${regio.naam} (bij geen enkele gemeente), zodat een totaal dat hem meetelt verklaard is.`
        : `"${w ?? ''}" is geen gemeente, en de gemeenten van dit extract vormen samen geen bekende samenwerking waar de regel bij kan horen.`,
    oplossing: 'Is het een gemeente, schrijf dan de naam of de CBS-code; is het een deel van een regio (zoals "Buitengebied"), dan is geen actie nodig.',
  });
  for (const [veld, kolom] of [['wsw_se', 'se'], ['wsw_fte', 'fte'], ['wachtlijst', 'wachtlijst']] as const) {
    await controleerRijen(ctx, deel, {
      code: 'geen-getal', veld, waar: `c.${kolom}_fout`, waarde: 'ruw',
      reden: (w) => `"${w ?? ''}" in kolom ${plan.kopVan(veld)} is geen ${kolom === 'wachtlijst' ? 'heel, positief aantal' : 'getal'}.`,
      oplossing: 'Vul het getal in (een streepje of een lege cel: niet bekend).',
    });
  }
  return deel;
}

/**
 * All Wsw parts together: lines loaded twice counted once, the coverage per municipality
 * (`ingest_dekking_w`), and the key figures (`ingest_wsw_kengetallen`), with conflicting key
 * figures for one municipality and date refused.
 */
export async function bouwWsw(ctx: Context, delen: Map<number, Deel>, personeel: Map<number, WswDeel>, kengetallen: readonly number[]): Promise<void> {
  const { engine } = ctx;
  const unie = [...personeel.keys()].map((id) => `SELECT ${sqlGetal(id)} AS deel, rowid AS rij, * FROM ${sqlIdent(deelTabelWsw('p', id))} WHERE NOT is_totaal AND NOT is_leeg AND ${GELDIG_WSW}`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.wsw)} AS SELECT * EXCLUDE (nr) FROM (
      SELECT deel, rij, persoon, gemeente_code, ingang, einde, m_geb, coalesce(werkvorm, 'onbekend') AS werkvorm, coalesce(werkgever, 'onbekend') AS werkgever,
        CASE WHEN einde IS NULL THEN NULL ELSE coalesce(reden, 'onbekend') END AS reden, se, coalesce(fte, 0) AS fte,
        row_number() OVER (PARTITION BY persoon, gemeente_code, ingang, coalesce(einde, DATE '9999-12-31'), werkvorm ORDER BY deel, rij) AS nr
      FROM (${unie.length ? unie.join(' UNION ALL BY NAME ') : `SELECT 0 AS deel, 0::BIGINT AS rij, 0::UBIGINT AS persoon, ''::VARCHAR AS gemeente_code, NULL::DATE AS ingang, NULL::DATE AS einde, NULL::SMALLINT AS m_geb, ''::VARCHAR AS werkvorm, ''::VARCHAR AS werkgever, ''::VARCHAR AS reden, 0::DOUBLE AS se, 0::DOUBLE AS fte WHERE false`}))
    WHERE nr = 1`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.dekkingW)} (gemeente_code VARCHAR, van DATE, tot DATE, deel INTEGER)`);
  const datumSql = (d: string | null) => (d ? `DATE ${sqlString(d)}` : 'NULL');
  for (const [id, info] of personeel) {
    // An extract of "all dienstbetrekkingen running on or after X" holds its first ended one shortly after X.
    const grens = (await engine.query<{ van: string | null; tot: string | null }>(
      `SELECT coalesce(${datumSql(info.vanaf)}, date_trunc('month', min(einde))::DATE, min(ingang)) AS van,
              date_trunc('month', coalesce(${datumSql(info.referentie)}, max(greatest(ingang, coalesce(einde, ingang)))))::DATE AS tot
       FROM ${sqlIdent(T.wsw)} WHERE deel = ${sqlGetal(id)}`,
    ))[0];
    if (!grens?.van || !grens.tot) continue;
    const vanSql = `CASE WHEN day(${datumSql(grens.van)}) = 1 THEN ${datumSql(grens.van)} ELSE (date_trunc('month', ${datumSql(grens.van)}) + INTERVAL 1 MONTH)::DATE END`;
    await engine.exec(`INSERT INTO ${sqlIdent(T.dekkingW)} SELECT DISTINCT gemeente_code, ${vanSql}, ${datumSql(grens.tot)}, ${sqlGetal(id)} FROM ${sqlIdent(T.wsw)} WHERE deel = ${sqlGetal(id)}`);
  }

  const kUnie = kengetallen.map((id) => `SELECT ${sqlGetal(id)} AS deel, rowid AS rij, gemeente_code, omschrijving, samenwerking, CAST(peildatum AS DATE) AS peildatum, se, fte, CAST(wachtlijst AS INTEGER) AS wachtlijst, bron
    FROM ${sqlIdent(deelTabelWsw('k', id))} WHERE NOT is_totaal AND NOT is_leeg AND peildatum IS NOT NULL AND NOT starts_with(peildatum, '?')
      AND (gemeente_code IS NULL OR NOT starts_with(gemeente_code, '?')) AND (gemeente_code IS NOT NULL OR samenwerking IS NOT NULL) AND NOT se_fout AND NOT fte_fout AND NOT wachtlijst_fout`);
  await engine.exec(`CREATE OR REPLACE TABLE ingest_wsw_k_alle AS ${kUnie.length ? kUnie.join(' UNION ALL ') : `SELECT 0 AS deel, 0::BIGINT AS rij, ''::VARCHAR AS gemeente_code, ''::VARCHAR AS omschrijving, ''::VARCHAR AS samenwerking, NULL::DATE AS peildatum, 0::DOUBLE AS se, 0::DOUBLE AS fte, 0 AS wachtlijst, '' AS bron WHERE false`}`);
  const sleutelSql = "coalesce(gemeente_code, samenwerking || '|' || omschrijving), peildatum";
  const tegenstrijdig = await engine.query<{ deel: number; rij: number; ander_deel: number; ander_rij: number }>(
    `SELECT deel, rij, ander_deel, ander_rij FROM (SELECT *, count(DISTINCT (se, fte, wachtlijst)) OVER (PARTITION BY ${sleutelSql}) AS varianten,
       first_value(deel) OVER w AS ander_deel, first_value(rij) OVER w AS ander_rij FROM ingest_wsw_k_alle WINDOW w AS (PARTITION BY ${sleutelSql} ORDER BY deel, rij))
     WHERE varianten > 1 AND NOT (deel = ander_deel AND rij = ander_rij) ORDER BY deel, rij`,
  );
  for (const r of tegenstrijdig) {
    const deel = delen.get(r.deel)!.gelezen;
    const ander = delen.get(r.ander_deel)!.gelezen;
    ctx.meldingen.voeg({
      ernst: 'fout', code: 'tegenstrijdige-cijfers', bestand: deel.onderdeel.bestand, blad: deel.onderdeel.blad, regel: deel.bronRegelVanRij(r.rij),
      reden: `Voor deze gemeente en datum staan andere Wsw-kengetallen in ${ander.onderdeel.bestand}${ander.onderdeel.blad ? ` (blad ${ander.onderdeel.blad})` : ''} regel ${ander.bronRegelVanRij(r.ander_rij)}.`,
      oplossing: 'Houd één van beide regels over, zodat elk cijfer één bron heeft.',
    });
  }
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.wswKengetallen)} AS SELECT * EXCLUDE (nr, deel, rij) FROM (
    SELECT *, row_number() OVER (PARTITION BY ${sleutelSql} ORDER BY deel, rij) AS nr FROM ingest_wsw_k_alle) WHERE nr = 1`);
}

/** Month index of a date, for age bands. */
const mSql = (d: string) => maandIndexSql(d);

/** SELECT for the Wsw package tables. */
export function wswPakketSql(): { wsw_stand: string; wsw_leeftijd: string; wsw_mutaties: string; wsw_kengetallen: string } {
  const w = sqlIdent(T.wsw);
  const dekking = sqlIdent(T.dekkingW);
  // One row per person per peildatum for the head count (the line with the most SE), all lines for SE and fte.
  const perPeildatumSql = `WITH pd AS (SELECT DISTINCT gemeente_code, unnest(generate_series(van, tot, INTERVAL 1 MONTH))::DATE AS peildatum FROM ${dekking})
    SELECT pd.gemeente_code, pd.peildatum, w.persoon, w.werkvorm, w.werkgever, w.se, w.fte, w.m_geb,
      row_number() OVER (PARTITION BY pd.gemeente_code, pd.peildatum, w.persoon ORDER BY w.se DESC, w.ingang, w.werkvorm, w.werkgever) AS nr
    FROM pd JOIN ${w} w ON w.gemeente_code = pd.gemeente_code AND w.ingang <= pd.peildatum AND (w.einde IS NULL OR w.einde >= pd.peildatum)`;
  const somSql = (k: string) => `CAST(sum(CAST(${k} AS DECIMAL(38, 6))) AS DOUBLE)`;
  const volledigJaarSql = (jaarSql: string, codeSql: string) =>
    `EXISTS (SELECT 1 FROM ${dekking} k WHERE k.gemeente_code = ${codeSql} AND k.van <= make_date(${jaarSql}, 1, 1) AND k.tot >= make_date(${jaarSql}, 12, 1))`;
  // A line followed (the next day at the latest) by another line of the same person and municipality is a change of work, no flow.
  const vervolgSql = `EXISTS (SELECT 1 FROM ${w} v WHERE v.persoon = x.persoon AND v.gemeente_code = x.gemeente_code AND v.ingang > x.ingang AND v.ingang <= x.einde + INTERVAL 1 DAY)`;
  const voorgangerSql = `EXISTS (SELECT 1 FROM ${w} v WHERE v.persoon = x.persoon AND v.gemeente_code = x.gemeente_code AND v.ingang < x.ingang AND v.einde >= x.ingang - INTERVAL 1 DAY)`;
  return {
    wsw_stand: `SELECT gemeente_code, peildatum, werkvorm, werkgever, count(*) FILTER (WHERE nr = 1) AS aantal, ${somSql('se')} AS se, ${somSql('fte')} AS fte FROM (${perPeildatumSql}) GROUP BY ALL`,
    wsw_leeftijd: `SELECT gemeente_code, peildatum, ${leeftijdsklasseSql(mSql('peildatum'), 'm_geb')} AS leeftijdsklasse, count(*) FILTER (WHERE nr = 1) AS aantal, ${somSql('se')} AS se FROM (${perPeildatumSql}) GROUP BY ALL`,
    wsw_mutaties: `SELECT gemeente_code, jaar, richting, reden, leeftijdsklasse, count(*) AS aantal FROM (
        SELECT x.gemeente_code, year(x.einde) AS jaar, 'uitstroom' AS richting, x.reden, ${leeftijdsklasseSql(mSql('x.einde'), 'x.m_geb')} AS leeftijdsklasse
        FROM ${w} x WHERE x.einde IS NOT NULL AND NOT ${vervolgSql} AND ${volledigJaarSql('year(x.einde)', 'x.gemeente_code')}
        UNION ALL
        SELECT x.gemeente_code, year(x.ingang - INTERVAL 1 DAY), 'instroom', 'nieuw', ${leeftijdsklasseSql(mSql('x.ingang'), 'x.m_geb')}
        FROM ${w} x WHERE NOT ${voorgangerSql} AND ${volledigJaarSql('year(x.ingang - INTERVAL 1 DAY)', 'x.gemeente_code')}) GROUP BY ALL`,
    wsw_kengetallen: `SELECT gemeente_code, omschrijving, samenwerking, peildatum, se, fte, wachtlijst, bron FROM ${sqlIdent(T.wswKengetallen)}`,
  };
}
