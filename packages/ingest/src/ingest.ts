import { sqlString, type Engine } from '@pw/engine';
import { PAKKET_TABELNAMEN, sha256Hex, type IsoDatum, type PakketTabel } from '@pw/model';
import { exportSql, kiesGemeenten, maakCompact, maakEvents, maakReferentietabellen, pakketSql } from './aggregeren.ts';
import type { Bronbestand } from './bron.ts';
import { deelTabel, T, type Context, type Deel } from './context.ts';
import { bouwDoelgroepen, leesDoelgroepen, type DoelgroepDeel } from './doelgroepen.ts';
import { leesBeschutWerk, leesBudget, ontdubbelJaarcijfers } from './jaarcijfers.ts';
import { EXTRACTSOORTEN, VELDEN, type Extractsoort, type Mapping, type Veld } from './kolommen.ts';
import { totaalregel, type Voortgang } from './lezen.ts';
import { Meldingen, type Melding } from './melding.ts';
import { onderdelenVan, type Onderdeel } from './onderdeel.ts';
import { bouwPerioden, verwerkHerindelingen } from './perioden.ts';
import { GELDIG_UITKERING, leesUitkeringen, type UitkeringenDeel } from './uitkeringen.ts';

export interface IngestOpties {
  /** An explicit header/value mapping, for all files or per file name. */
  mapping?: Mapping | ((bestand: string) => Mapping | undefined);
  voortgang?: Voortgang;
  signaal?: AbortSignal;
  /**
   * Bytes per read_csv call. Smaller chunks make the progress bar move and cancelling quicker; one
   * chunk is fastest (the command line uses that). Default 32 MB.
   */
  stukGrootte?: number;
}

export interface Onderdeelverslag {
  blad?: string;
  soort: Extractsoort | null;
  codering: string;
  scheidingsteken: string;
  /** Line (CSV) or row (XLSX) of the header. */
  kopregel: number;
  rijen: number;
  kolommen: Array<{ kop: string; veld: Veld | null }>;
}

/** The report of a part: how its start was read (the preview on "Gegevens laden" shows the same). */
export function onderdeelverslag(onderdeel: Onderdeel): Onderdeelverslag {
  return {
    blad: onderdeel.blad, soort: onderdeel.kop.soort, codering: onderdeel.codering, scheidingsteken: onderdeel.scheiding,
    kopregel: onderdeel.bronRegel(onderdeel.kopIndex + 1), rijen: 0,
    kolommen: onderdeel.kop.kolommen.map((k) => ({ kop: k.kop, veld: k.veld })),
  };
}

/** What ingest says about each source file; it goes into the manifest (no personal data). */
export interface Bronverslag {
  naam: string;
  sha256: string;
  bytes: number;
  onderdelen: Onderdeelverslag[];
  /** Data rows read (without title, header, empty and Totaal rows). */
  rijen: number;
  /** Set when this file has the same content as one listed earlier: it was counted once. */
  zelfdeAls?: string;
}

export interface IngestResultaat {
  geslaagd: boolean;
  meldingen: Melding[];
  /** Problems per code, including those beyond the per-file cap. */
  telling: Record<string, number>;
  bronnen: Bronverslag[];
  /** The period of benefit stocks covered (first and last peildatum), if any. */
  periode: { van: IsoDatum; tot: IsoDatum } | null;
  /** Arrow IPC (file format) per package table; null when the load failed. */
  tabellen: Record<PakketTabel, Uint8Array> | null;
  rijenPerTabel: Partial<Record<PakketTabel, number>>;
}

function randomZout(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  return sqlString([...b].map((x) => x.toString(16).padStart(2, '0')).join(''));
}

/**
 * Reads extract files into the aggregate tables of a data package: all or nothing. Every problem
 * is collected with its file and line; when there is any error, no tables are returned (the caller
 * keeps its previous package). The same file listed twice, or the same benefit in two extracts,
 * is counted once.
 */
export async function ingest(engine: Engine, bestanden: readonly Bronbestand[], opties: IngestOpties = {}): Promise<IngestResultaat> {
  const meldingen = new Meldingen();
  const ctx: Context = { engine, meldingen, zout: randomZout() };
  const bronnen: Bronverslag[] = [];
  const delen = new Map<number, Deel>();
  const uitkeringenInfo = new Map<number, UitkeringenDeel>();
  const doelgroepInfo = new Map<number, DoelgroepDeel>();
  const budgetDelen: number[] = [];
  const beschutDelen: number[] = [];
  const mappingVoor = (naam: string) => (typeof opties.mapping === 'function' ? opties.mapping(naam) : opties.mapping);
  const stop = () => {
    if (opties.signaal?.aborted) throw new DOMException('Het laden is afgebroken.', 'AbortError');
  };

  try {
    await opruimen(engine);
    await engine.exec(`CREATE TABLE ${T.bron} (deel INTEGER, bestand VARCHAR, blad VARCHAR)`);
    await engine.exec(`CREATE TABLE ${T.totalen} (bronbestand VARCHAR, regel INTEGER, omschrijving VARCHAR, opgegeven DOUBLE, berekend DOUBLE)`);

    const gezien = new Map<string, string>();
    let volgnummer = 0;
    for (const bestand of bestanden) {
      stop();
      opties.voortgang?.({ fase: 'openen', bestand: bestand.naam });
      const sha256 = await sha256Hex(bestand.bytes);
      const verslag: Bronverslag = { naam: bestand.naam, sha256, bytes: bestand.bytes.length, onderdelen: [], rijen: 0 };
      bronnen.push(verslag);
      const eerder = gezien.get(sha256);
      if (eerder) {
        verslag.zelfdeAls = eerder;
        meldingen.voeg({
          ernst: 'waarschuwing', code: 'zelfde-bestand', bestand: bestand.naam, regel: null,
          reden: `Dit bestand is gelijk aan ${eerder} en telt één keer.`,
          oplossing: 'Geen actie nodig; laat het dubbele bestand weg om deze melding te voorkomen.',
        });
        continue;
      }
      gezien.set(sha256, bestand.naam);
      const mapping = mappingVoor(bestand.naam);
      for (const onderdeel of await onderdelenVan(bestand, mapping, meldingen)) {
        const id = ++volgnummer;
        const soort = onderdeel.kop.soort!;
        const kopregel = onderdeel.bronRegel(onderdeel.kopIndex + 1);
        const ov = onderdeelverslag(onderdeel);
        verslag.onderdelen.push(ov);
        if (onderdeel.kop.ontbrekend.length) {
          for (const veld of onderdeel.kop.ontbrekend) meldingen.voeg(ontbrekendeKolom(onderdeel.bestand, onderdeel.blad, kopregel, soort, veld, onderdeel.kop.kolommen.map((k) => k.kop)));
          continue;
        }
        let deel: Deel;
        if (soort === 'uitkeringen') {
          const r = await leesUitkeringen(ctx, onderdeel, id, mapping, opties.voortgang, opties.signaal, opties.stukGrootte);
          deel = r.deel;
          uitkeringenInfo.set(id, r.info);
        } else if (soort === 'doelgroepen') {
          const r = await leesDoelgroepen(ctx, onderdeel, id, mapping, opties.voortgang, opties.signaal, opties.stukGrootte);
          deel = r.deel;
          doelgroepInfo.set(id, r.info);
        } else if (soort === 'budget') {
          deel = await leesBudget(ctx, onderdeel, id, mapping);
          budgetDelen.push(id);
        } else {
          deel = await leesBeschutWerk(ctx, onderdeel, id, mapping);
          beschutDelen.push(id);
        }
        delen.set(id, deel);
        await engine.exec(`INSERT INTO ${T.bron} VALUES (${id}, ${sqlString(onderdeel.bestand)}, ${onderdeel.blad ? sqlString(onderdeel.blad) : 'NULL'})`);
        ov.rijen = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM "${deel.gelezen.tabel}" WHERE NOT is_totaal AND NOT is_leeg`))[0]!.n;
        verslag.rijen += ov.rijen;
        opties.voortgang?.({ fase: 'controleren', bestand: bestand.naam, rijen: ov.rijen });
        await totalen(ctx, deel, soort);
      }
    }
    stop();
    opties.voortgang?.({ fase: 'controleren', bestand: '' });
    await bouwPerioden(ctx, delen, uitkeringenInfo);
    await bouwDoelgroepen(ctx, delen, doelgroepInfo);
    await ontdubbelJaarcijfers(ctx, delen, budgetDelen, beschutDelen);
    await verwerkHerindelingen(ctx, delen, [...uitkeringenInfo.keys()], [...uitkeringenInfo.values()].some((i) => i.stand));
    if (bestanden.length === 0) {
      meldingen.voeg({ ernst: 'fout', code: 'geen-bestanden', bestand: '', regel: null, reden: 'Er zijn geen bestanden opgegeven.', oplossing: 'Kies één of meer extracten (CSV of XLSX).' });
    } else if (delen.size === 0 && meldingen.fouten.length === 0) {
      meldingen.voeg({ ernst: 'fout', code: 'geen-gegevens', bestand: bestanden[0]!.naam, regel: null, reden: 'Geen van de bestanden bevat gegevens die kunnen worden ingelezen.', oplossing: 'Controleer of u de juiste extracten hebt gekozen.' });
    }
    meldingen.sluitAf();
    if (meldingen.fouten.length > 0) return resultaat(false, null, {}, null);

    stop();
    opties.voortgang?.({ fase: 'tellen', bestand: '' });
    await maakCompact(engine);
    await maakEvents(engine);
    await maakDekking(ctx, uitkeringenInfo, doelgroepInfo);
    const metRegisters = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${T.dg}`))[0]!.n > 0;
    await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_per_dg AS SELECT persoon, m_in, m_uit FROM ${T.per} ${metRegisters ? `SEMI JOIN ${T.dg} USING (persoon)` : 'WHERE false'}`);
    await maakReferentietabellen(engine);
    await kiesGemeenten(engine, ['ingest_compact', T.dg, `${T.budget}_uniek`, `${T.beschut}_uniek`, 'ingest_samenwerkingen']);
    const selecties = pakketSql();
    const tabellen = {} as Record<PakketTabel, Uint8Array>;
    const rijen: Partial<Record<PakketTabel, number>> = {};
    for (const tabel of PAKKET_TABELNAMEN) {
      stop();
      await engine.exec(`CREATE OR REPLACE TABLE ingest_uit_${tabel} AS ${selecties[tabel]}`);
      rijen[tabel] = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ingest_uit_${tabel}`))[0]!.n;
      tabellen[tabel] = await engine.queryIPC(exportSql(tabel, `ingest_uit_${tabel}`), 'file');
    }
    const periode = (await engine.query<{ van: string | null; tot: string | null }>(`SELECT min(van) AS van, max(tot) AS tot FROM ${T.dekkingU}`))[0];
    return resultaat(true, tabellen, rijen, periode?.van && periode.tot ? { van: periode.van, tot: periode.tot } : null);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    meldingen.voeg({
      ernst: 'fout', code: 'interne-fout', bestand: '', regel: null,
      reden: `Het inlezen is onverwacht gestopt: ${String(e instanceof Error ? e.message : e).slice(0, 300)}`,
      oplossing: 'Meld dit met het extract (zonder persoonsgegevens) bij de beheerder van pw-monitor.',
    });
    return resultaat(false, null, {}, null);
  } finally {
    await opruimen(engine).catch(() => {});
  }

  function resultaat(geslaagd: boolean, tabellen: Record<PakketTabel, Uint8Array> | null, rijenPerTabel: Partial<Record<PakketTabel, number>>, periode: IngestResultaat['periode']): IngestResultaat {
    // In the order a controller works through them: by file (as given), then by line.
    const volgorde = new Map(bestanden.map((b, i) => [b.naam, i]));
    const gesorteerd = meldingen.lijst
      .map((m, i) => ({ m, i }))
      .sort((a, b) => (volgorde.get(a.m.bestand) ?? -1) - (volgorde.get(b.m.bestand) ?? -1) || (a.m.blad ?? '').localeCompare(b.m.blad ?? '') || (a.m.regel ?? 0) - (b.m.regel ?? 0) || a.i - b.i)
      .map((x) => x.m);
    return { geslaagd, meldingen: gesorteerd, telling: meldingen.telling(), bronnen, periode, tabellen, rijenPerTabel };
  }
}

function ontbrekendeKolom(bestand: string, blad: string | undefined, regel: number, soort: Extractsoort, veld: Veld, koppen: string[]): Melding {
  const voorbeelden = VELDEN[veld].koppen.slice(0, 3).join(', ');
  return {
    ernst: 'fout', code: 'ontbrekende-kolom', bestand, blad, regel, kolom: undefined,
    reden: `De kolom ${VELDEN[veld].label} ontbreekt in dit extract (${EXTRACTSOORTEN[soort].label}); gevonden kolommen: ${koppen.filter(Boolean).join(', ')}.`,
    oplossing: `Voeg een kolom toe met een kop als ${voorbeelden}, of wijs in een mappingbestand een bestaande kolom aan: {"kolommen": {"<kop in het bestand>": "${veld}"}}.`,
  };
}

const NUMERIEK: readonly Veld[] = ['begroot', 'gerealiseerd', 'taakstelling', 'realisatie'];

/** The "Totaal" rows of an extract, next to what ingest counted. */
async function totalen(ctx: Context, deel: Deel, soort: Extractsoort): Promise<void> {
  const g = deel.gelezen;
  const regels = [...g.totaalregels];
  // Totaal rows DuckDB read as rows (all their values fit the column types).
  const gelezen = await ctx.engine.query<{ rij: number }>(`SELECT rowid AS rij FROM "${g.tabel}" WHERE is_totaal`);
  for (const r of gelezen) regels.push(totaalregel(g.bronRegelVanRij(r.rij), g.cellenVanRij(r.rij)));
  for (const t of regels) {
    for (const getal of t.getallen) {
      const veld = g.plan.kolommen.find((k) => k.index === getal.kolom)?.veld;
      const numeriek = veld && NUMERIEK.includes(veld) && soort !== 'uitkeringen';
      // An exact sum (fixed-point): the same on every engine, however many threads add it up.
      const berekend = (await ctx.engine.query<{ v: number | null }>(`SELECT ${numeriek ? `CAST(sum(CAST(${veld} AS DECIMAL(38, 6))) AS DOUBLE)` : 'count(*)'} AS v FROM "${g.tabel}" WHERE NOT is_totaal AND NOT is_leeg`))[0]!.v ?? 0;
      await ctx.engine.exec(`INSERT INTO ${T.totalen} VALUES (${sqlString(g.onderdeel.bestand)}, ${t.regel}, ${sqlString(t.tekst)}, ${getal.waarde}, ${berekend})`);
      if (Math.abs(berekend - getal.waarde) > 0.005) {
        ctx.meldingen.voeg({
          ernst: 'waarschuwing', code: 'totaal-wijkt-af', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: t.regel,
          reden: `De Totaal-regel noemt ${getal.waarde.toLocaleString('nl-NL')}; ingelezen is ${berekend.toLocaleString('nl-NL')}${numeriek ? ` (som van ${g.plan.kopVan(veld!)})` : ' regels'}.`,
          oplossing: 'Controleer of het extract volledig is (ontbrekende of afgewezen regels); is het verschil verklaard, accepteer dan deze waarschuwing.',
        });
      }
    }
  }
}

/** Which municipality and period each subject is complete for. */
async function maakDekking(ctx: Context, uitkeringen: Map<number, UitkeringenDeel>, doelgroepen: Map<number, DoelgroepDeel>): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`CREATE OR REPLACE TABLE ${T.dekkingU} (gemeente_code VARCHAR, van DATE, tot DATE, deel INTEGER)`);
  await engine.exec(`CREATE OR REPLACE TABLE ${T.dekkingD} (gemeente_code VARCHAR, van DATE, tot DATE, deel INTEGER)`);
  const datum = (d: string | null) => (d ? `DATE ${sqlString(d)}` : 'NULL');
  const eerste = (d: string) => `CASE WHEN day(${d}) = 1 THEN ${d} ELSE (date_trunc('month', ${d}) + INTERVAL 1 MONTH)::DATE END`;
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_gemeente_per_deel AS SELECT deel, gemeente_code FROM ${T.per} GROUP BY ALL`);
  for (const [id, info] of uitkeringen) {
    if (info.stand) {
      await engine.exec(`INSERT INTO ${T.dekkingU} SELECT DISTINCT gemeente_code, peildatum, peildatum, deel FROM ${T.uitk} WHERE deel = ${id} AND ${GELDIG_UITKERING}`);
      continue;
    }
    // An extract of "all benefits running on or after X" holds its first ended benefit shortly after X.
    const grens = (await engine.query<{ van: string | null; tot: string | null }>(
      `SELECT coalesce(${datum(info.vanaf)}, date_trunc('month', min(einde))::DATE, min(ingang)) AS van,
              date_trunc('month', coalesce(${datum(info.referentie)}, max(greatest(ingang, coalesce(einde, ingang)))))::DATE AS tot
       FROM ${deelTabel('u', id)} WHERE NOT is_totaal AND NOT is_leeg AND NOT stand`,
    ))[0];
    if (!grens?.van || !grens.tot) continue;
    await engine.exec(`INSERT INTO ${T.dekkingU} SELECT gemeente_code, ${eerste(datum(grens.van))}, ${datum(grens.tot)}, ${id} FROM ingest_gemeente_per_deel WHERE deel = ${id}`);
  }
  for (const [id, info] of doelgroepen) {
    const grens = (await engine.query<{ van: string | null; tot: string | null }>(
      `SELECT coalesce(${datum(info.vanaf)}, date_trunc('month', min(einde))::DATE, min(ingang)) AS van,
              date_trunc('month', coalesce(${datum(info.referentie)}, max(greatest(ingang, coalesce(einde, ingang)))))::DATE AS tot
       FROM ${T.dg} WHERE deel = ${id}`,
    ))[0];
    if (!grens?.van || !grens.tot) continue;
    await engine.exec(`INSERT INTO ${T.dekkingD} SELECT DISTINCT gemeente_code, ${eerste(datum(grens.van))}, ${datum(grens.tot)}, ${id} FROM ${T.dg} WHERE deel = ${id}`);
  }
  await engine.exec(`CREATE OR REPLACE TABLE ingest_dekking AS
    SELECT 'uitkeringen' AS onderwerp, d.gemeente_code, min(d.van) AS van, max(d.tot) AS tot, b.bestand AS bronbestand FROM ${T.dekkingU} d JOIN ${T.bron} b USING (deel) GROUP BY ALL
    UNION ALL SELECT 'doelgroepen', d.gemeente_code, min(d.van), max(d.tot), b.bestand FROM ${T.dekkingD} d JOIN ${T.bron} b USING (deel) GROUP BY ALL
    UNION ALL SELECT 'budget', gemeente_code, make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 1), b.bestand FROM ${T.budget}_uniek JOIN ${T.bron} b USING (deel) WHERE maand IS NULL GROUP BY ALL
    UNION ALL SELECT 'budget_maand', gemeente_code, min(make_date(jaar, CAST(maand AS INTEGER), 1)), max(make_date(jaar, CAST(maand AS INTEGER), 1)), b.bestand FROM ${T.budget}_uniek JOIN ${T.bron} b USING (deel) WHERE maand IS NOT NULL GROUP BY ALL
    UNION ALL SELECT 'beschut_werk', gemeente_code, make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 1), b.bestand FROM ${T.beschut}_uniek JOIN ${T.bron} b USING (deel) GROUP BY ALL`);
}

/** Drops every table this run made (staging holds personal data and must not outlive the run). */
async function opruimen(engine: Engine): Promise<void> {
  const views = await engine.query<{ naam: string }>("SELECT view_name AS naam FROM duckdb_views() WHERE view_name LIKE 'ingest\\_%' ESCAPE '\\'");
  for (const v of views) await engine.exec(`DROP VIEW IF EXISTS "${v.naam}"`);
  const tabellen = await engine.query<{ naam: string }>(
    "SELECT table_name AS naam FROM duckdb_tables() WHERE table_name LIKE 'ingest\\_%' ESCAPE '\\' OR table_name LIKE 'reject\\_%' ESCAPE '\\'",
  );
  for (const t of tabellen) await engine.exec(`DROP TABLE IF EXISTS "${t.naam}"`);
}
