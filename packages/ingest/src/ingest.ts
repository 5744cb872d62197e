import { sqlGetal, sqlIdent, sqlString, type Engine } from '@pw/engine';
import { PAKKET_TABELNAMEN, sha256Hex, zonderStuurtekens, type IsoDatum, type PakketTabel } from '@pw/model';
import { exportSql, kiesGemeenten, maakCompact, maakEvents, maakReferentietabellen, pakketSql } from './aggregeren.ts';
import { herkenGemeente } from './algemeen.ts';
import { CBS_TABEL, herkenCbs, leesCbs, maakCbsTabel, meldOnbekendeCbs, ontdubbelCbs, voegBronCbsToe } from './cbs.ts';
import { isHerindelingsbestand, leesHerindelingen, voegEigenHerindelingenToe, type EigenHerindeling } from './herindelingsbestand.ts';
import type { Bronbestand } from './bron.ts';
import { deelTabel, T, type Context, type Deel } from './context.ts';
import { bouwDoelgroepen, leesDoelgroepen, type DoelgroepDeel } from './doelgroepen.ts';
import { leesBeschutWerk, leesBudget, ontdubbelJaarcijfers } from './jaarcijfers.ts';
import { EXTRACTSOORTEN, VELDEN, type Extractsoort, type Mapping, type Veld } from './kolommen.ts';
import { PERSOONSVELDEN, totaalregel, type Voortgang } from './lezen.ts';
import { MAX_PER_CODE, Meldingen, type Melding } from './melding.ts';
import { onderdelenVan, type Onderdeel } from './onderdeel.ts';
import { bouwPerioden, verwerkHerindelingen } from './perioden.ts';
import { GELDIG_UITKERING, leesUitkeringen, type UitkeringenDeel } from './uitkeringen.ts';
import { bouwWsw, leesWswKengetallen, leesWswPersoneel, type WswDeel } from './wsw.ts';

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
  /** The year of CBS files without a `Perioden` column (`--periode` on the command line). */
  cbsPeriode?: number;
}

export interface Onderdeelverslag {
  blad?: string;
  /** The kind of extract, `cbs` for a CBS open-data export (reference figures), `herindelingen` for a mergers file. */
  soort: Extractsoort | 'cbs' | 'herindelingen' | null;
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
    blad: onderdeel.blad === undefined ? undefined : naamVoorVerslag(onderdeel.blad, 100), soort: onderdeel.kop.soort, codering: onderdeel.codering, scheidingsteken: onderdeel.scheiding,
    kopregel: onderdeel.bronRegel(onderdeel.kopIndex + 1), rijen: 0,
    // A header is text from the file: shown and kept in the manifest, so without control characters and cut.
    kolommen: onderdeel.kop.kolommen.map((k) => ({ kop: naamVoorVerslag(k.kop, 200), veld: k.veld })),
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

/** A name or header from a file, as a report and a manifest may hold it: one line, no control characters, at most `max` characters. */
function naamVoorVerslag(tekst: string, max: number): string {
  const t = zonderStuurtekens(tekst, { regels: false });
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
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
export async function ingest(engine: Engine, invoer: readonly Bronbestand[], opties: IngestOpties = {}): Promise<IngestResultaat> {
  // File names come from the user's disk or browser: shown in messages and kept in the manifest.
  const origineel = new Map<Bronbestand, string>();
  const bestanden = invoer.map((b) => {
    const schoon = { naam: naamVoorVerslag(b.naam, 500) || 'bestand', bytes: b.bytes };
    origineel.set(schoon, b.naam);
    return schoon;
  });
  const meldingen = new Meldingen();
  const ctx: Context = { engine, meldingen, zout: randomZout() };
  const bronnen: Bronverslag[] = [];
  const delen = new Map<number, Deel>();
  const uitkeringenInfo = new Map<number, UitkeringenDeel>();
  const doelgroepInfo = new Map<number, DoelgroepDeel>();
  const budgetDelen: number[] = [];
  const beschutDelen: number[] = [];
  const wswPersoneel = new Map<number, WswDeel>();
  const wswKengetallen: number[] = [];
  const mappingVoor = (naam: string) => (typeof opties.mapping === 'function' ? opties.mapping(naam) : opties.mapping);
  /** Where the run is, for a message when something unexpected stops it. */
  let volgnummer = 0;
  let cbsRijen = 0;
  const eigenHerindelingen: EigenHerindeling[] = [];
  let fase: { bestand: string; wat: string } = { bestand: bestanden[0]?.naam ?? '', wat: 'het openen van de bestanden' };
  const stop = () => {
    if (opties.signaal?.aborted) throw new DOMException('Het laden is afgebroken.', 'AbortError');
  };

  try {
    await opruimen(engine);
    await engine.exec(`CREATE TABLE ${sqlIdent(T.bron)} (deel INTEGER, bestand VARCHAR, blad VARCHAR)`);
    await engine.exec(`CREATE TABLE ${sqlIdent(T.totalen)} (bronbestand VARCHAR, regel INTEGER, omschrijving VARCHAR, opgegeven DOUBLE, berekend DOUBLE)`);
    await maakCbsTabel(engine);

    const gezien = new Map<string, string>();
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
      const mapping = mappingVoor(origineel.get(bestand)!);
      fase = { bestand: bestand.naam, wat: 'het lezen van dit bestand' };
      try {
        if (isHerindelingsbestand(bestand.bytes)) {
          const lijst = leesHerindelingen(meldingen, bestand.naam, bestand.bytes);
          eigenHerindelingen.push(...lijst);
          verslag.rijen = lijst.length;
          verslag.onderdelen.push({ soort: 'herindelingen', codering: 'utf-8', scheidingsteken: '', kopregel: 1, rijen: lijst.length, kolommen: [] });
          continue;
        }
        const cbs = herkenCbs(bestand.bytes);
        if (cbs) {
          verslag.rijen = await leesCbs(engine, meldingen, bestand.naam, cbs, ++volgnummer, { periode: opties.cbsPeriode });
          cbsRijen += verslag.rijen;
          verslag.onderdelen.push({ soort: 'cbs', codering: cbs.soort === 'json' ? 'json' : 'utf-8', scheidingsteken: cbs.soort === 'json' ? '' : ',', kopregel: 1, rijen: verslag.rijen,
            kolommen: cbs.kop.kolommen.map((k) => ({ kop: naamVoorVerslag(k, 200), veld: null })) });
          continue;
        }
        await leesBestand(bestand, mapping, verslag);
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') throw e;
        meldingen.voeg(geheugenVol(e) ? teGroot(bestand.naam) : onverwacht(bestand.naam, 'het lezen van dit bestand'));
      }
    }
    stop();
    opties.voortgang?.({ fase: 'controleren', bestand: '' });
    fase = { bestand: bestanden.map((b) => b.naam).join(', '), wat: 'het samenvoegen en controleren van de extracten' };
    await bouwPerioden(ctx, delen, uitkeringenInfo);
    await bouwDoelgroepen(ctx, delen, doelgroepInfo);
    await ontdubbelJaarcijfers(ctx, delen, budgetDelen, beschutDelen);
    await bouwWsw(ctx, delen, wswPersoneel, wswKengetallen);
    await verwerkHerindelingen(ctx, delen, [...uitkeringenInfo.keys()], [...uitkeringenInfo.values()].some((i) => i.stand));
    // Only when a CBS file was read (an ordinary load of extracts pays nothing for it).
    if (cbsRijen > 0) await meldOnbekendeCbs(engine, meldingen, new Set(eigenHerindelingen.flatMap((h) => [h.oud, h.nieuw])));
    await ontdubbelCbs(engine, meldingen, cbsRijen > 0);
    const gelezenRijen = bronnen.reduce((n, b) => n + b.rijen, 0);
    if (bestanden.length === 0) {
      meldingen.voeg({ ernst: 'fout', code: 'geen-bestanden', bestand: '', regel: null, reden: 'Er zijn geen bestanden opgegeven.', oplossing: 'Kies één of meer extracten (CSV of XLSX).' });
    } else if (((delen.size === 0 && cbsRijen === 0) || gelezenRijen === 0) && meldingen.fouten.length === 0) {
      meldingen.voeg({ ernst: 'fout', code: 'geen-gegevens', bestand: bestanden[0]!.naam, regel: null, reden: 'Geen van de bestanden bevat gegevensregels die kunnen worden ingelezen.', oplossing: 'Controleer of u de juiste extracten hebt gekozen, met regels onder de kopregel.' });
    }
    meldingen.sluitAf();
    if (meldingen.fouten.length > 0) return resultaat(false, null, {}, null);

    stop();
    opties.voortgang?.({ fase: 'tellen', bestand: '' });
    fase = { bestand: fase.bestand, wat: 'het tellen van de cijfers' };
    await maakCompact(engine);
    await maakEvents(engine);
    await maakDekking(ctx, uitkeringenInfo, doelgroepInfo);
    const metRegisters = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${sqlIdent(T.dg)}`))[0]!.n > 0;
    await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_per_dg AS SELECT persoon, m_in, m_uit FROM ${sqlIdent(T.per)} ${metRegisters ? `SEMI JOIN ${sqlIdent(T.dg)} USING (persoon)` : 'WHERE false'}`);
    await maakReferentietabellen(engine);
    await voegEigenHerindelingenToe(engine, eigenHerindelingen);
    await kiesGemeenten(engine, ['ingest_compact', T.dg, `${T.budget}_uniek`, `${T.beschut}_uniek`, T.wsw, T.wswKengetallen, 'ingest_samenwerkingen', `${CBS_TABEL}_uniek`]);
    await voegBronCbsToe(engine);
    const selectiesSql = pakketSql();
    const tabellen = {} as Record<PakketTabel, Uint8Array>;
    const rijen: Partial<Record<PakketTabel, number>> = {};
    for (const tabel of PAKKET_TABELNAMEN) {
      stop();
      const uit = `ingest_uit_${tabel}`;
      const selectieSql = selectiesSql[tabel];
      await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(uit)} AS ${selectieSql}`);
      rijen[tabel] = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${sqlIdent(uit)}`))[0]!.n;
      tabellen[tabel] = await engine.queryIPC(exportSql(tabel, uit), 'file');
    }
    const periode = (await engine.query<{ van: string | null; tot: string | null }>(`SELECT min(van) AS van, max(tot) AS tot FROM ${sqlIdent(T.dekkingU)}`))[0];
    return resultaat(true, tabellen, rijen, periode?.van && periode.tot ? { van: periode.van, tot: periode.tot } : null);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    // Never the engine's own message: it is English, names SQL, and may quote a value from the file.
    meldingen.voeg(geheugenVol(e) ? teGroot(fase.bestand) : onverwacht(fase.bestand, fase.wat));
    meldingen.sluitAf();
    return resultaat(false, null, {}, null);
  } finally {
    await opruimen(engine).catch(() => {});
  }

  /** Reads one file: each of its parts into a canonical table, with the part's own checks. */
  async function leesBestand(bestand: Bronbestand, mapping: Mapping | undefined, verslag: Bronverslag): Promise<void> {
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
      } else if (soort === 'wsw_personeel') {
        const r = await leesWswPersoneel(ctx, onderdeel, id, mapping);
        deel = r.deel;
        wswPersoneel.set(id, r.info);
      } else if (soort === 'wsw_kengetallen') {
        deel = await leesWswKengetallen(ctx, onderdeel, id, mapping);
        wswKengetallen.push(id);
      } else {
        deel = await leesBeschutWerk(ctx, onderdeel, id, mapping);
        beschutDelen.push(id);
      }
      delen.set(id, deel);
      await engine.exec(`INSERT INTO ${sqlIdent(T.bron)} VALUES (${sqlGetal(id)}, ${sqlString(onderdeel.bestand)}, ${onderdeel.blad ? sqlString(onderdeel.blad) : 'NULL'})`);
      ov.rijen = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${sqlIdent(deel.gelezen.tabel)} WHERE NOT is_totaal AND NOT is_leeg`))[0]!.n;
      verslag.rijen += ov.rijen;
      opties.voortgang?.({ fase: 'controleren', bestand: bestand.naam, rijen: ov.rijen });
      await nietGelezen(ctx, deel);
      if (ov.rijen === 0 && deel.gelezen.totaalregels.length === 0 && deel.gelezen.afgewezen === 0) {
        meldingen.voeg({
          ernst: 'waarschuwing', code: 'geen-regels', bestand: onderdeel.bestand, blad: onderdeel.blad, regel: kopregel,
          reden: 'Onder deze kopregel staan geen gegevensregels; dit extract telt voor niets mee.',
          oplossing: 'Controleer of het extract volledig is geëxporteerd, of laat het bestand weg.',
        });
      }
      await totalen(ctx, deel, soort);
    }
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

/**
 * Whether an engine error is DuckDB (or its WASM memory) running out of memory: DuckDB-WASM in the
 * browser has about 4 GB, which a national-size extract exceeds. Only this fact is used, never the
 * engine's words.
 */
function geheugenVol(e: unknown): boolean {
  const tekst = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /Out of Memory|could not allocate|failed to allocate|Memory\.grow|Maximum memory size|Aborted\(OOM\)/i.test(tekst);
}

/** The message for an extract too large for the engine's memory: what to do instead. */
function teGroot(bestand: string): Melding {
  return {
    ernst: 'fout', code: 'geheugen-vol', bestand, regel: null,
    reden: 'Het extract is te groot om hier in te lezen: het geheugen van de rekenmachine raakte vol. Er is niets geladen.',
    oplossing: 'Lees het in met de opdrachtregel (npm run ingest), die niet aan het geheugen van de browser (ongeveer 4 GB) gebonden is, en open het datapakket daarna op Gegevens laden; of lees het extract in delen per periode in.',
  };
}

/** The message for anything unexpected: where it happened, in Dutch, never the engine's own words. */
function onverwacht(bestand: string, wat: string): Melding {
  return {
    ernst: 'fout', code: 'interne-fout', bestand, regel: null,
    reden: `Het inlezen is onverwacht gestopt bij ${wat}; er is niets geladen.`,
    oplossing: 'Controleer of het een extract is zoals pw-monitor het leest (CSV of XLSX met een kopregel). Blijft het gebeuren, meld het dan met een beschrijving van het bestand (zonder persoonsgegevens) bij de beheerder van pw-monitor.',
  };
}

/**
 * Rows with text only in columns that are not read (a name, a note, an unknown column): they count
 * for nothing, and are named so that no row disappears unseen.
 */
async function nietGelezen(ctx: Context, deel: Deel): Promise<void> {
  const g = deel.gelezen;
  const rijen = await ctx.engine.query<{ rij: number; n: number }>(
    `SELECT rowid AS rij, count(*) OVER () AS n FROM ${sqlIdent(g.tabel)} WHERE alleen_ongelezen AND NOT is_totaal ORDER BY rowid LIMIT ${MAX_PER_CODE + 1}`,
  );
  const gelezen = g.plan.kolommen.filter((k) => k.veld && !PERSOONSVELDEN.includes(k.veld)).map((k) => k.kop).slice(0, 6);
  for (const r of rijen) {
    ctx.meldingen.voeg({
      ernst: 'waarschuwing', code: 'regel-zonder-gegevens', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: g.bronRegelVanRij(r.rij),
      reden: 'Deze regel heeft alleen tekst in kolommen die niet worden ingelezen (zoals een naam, een toelichting of een onbekende kolom) en telt niet mee.',
      oplossing: `Hoort de regel bij de gegevens, vul dan de kolommen in (${gelezen.join(', ')}); anders: verwijder hem, of accepteer deze waarschuwing.`,
    });
  }
  if (rijen.length) ctx.meldingen.telErbij(g.onderdeel.bestand, 'regel-zonder-gegevens', rijen[0]!.n - rijen.length);
}

const NUMERIEK: readonly Veld[] = ['begroot', 'gerealiseerd', 'taakstelling', 'realisatie', 'lasten_uitkeringen', 'loonkostensubsidie', 'baten', 'verhaal', 'wsw_se', 'wsw_fte', 'wachtlijst'];

/**
 * The total rows of an extract, next to what ingest counted. "Totaal" counts every row of the part;
 * a total that names a municipality ("Totaal Dinkelland", "Subtotaal GM1774") counts that
 * municipality's rows; a subtotal of another group ("Subtotaal Pw") cannot be checked and is
 * only skipped, as every total row is: it is never read as data.
 */
async function totalen(ctx: Context, deel: Deel, soort: Extractsoort): Promise<void> {
  const g = deel.gelezen;
  const regels = [...g.totaalregels];
  // Totaal rows DuckDB read as rows (all their values fit the column types).
  const gelezen = await ctx.engine.query<{ rij: number }>(`SELECT rowid AS rij FROM ${sqlIdent(g.tabel)} WHERE is_totaal`);
  for (const r of gelezen) regels.push(totaalregel(g.bronRegelVanRij(r.rij), g.cellenVanRij(r.rij)));
  const heeftGemeente = !!g.plan.kolomVan('gemeente');
  for (const t of regels) {
    const groep = /^(?:sub|eind)?\s*totaal\b[\s:,-]*(.*)$/i.exec(t.tekst)?.[1]?.trim() ?? '';
    let filterSql = '';
    if (groep) {
      const gemeente = heeftGemeente ? herkenGemeente(groep).waarde : undefined;
      if (!gemeente) continue;
      filterSql = ` AND gemeente_code = ${sqlString(gemeente)}`;
    }
    for (const getal of t.getallen) {
      const veld = g.plan.kolommen.find((k) => k.index === getal.kolom)?.veld;
      const numeriek = veld && NUMERIEK.includes(veld) && soort !== 'uitkeringen';
      // An exact sum (fixed-point): the same on every engine, however many threads add it up.
      const berekend = (await ctx.engine.query<{ v: number | null }>(`SELECT ${numeriek ? `CAST(sum(CAST(${sqlIdent(veld)} AS DECIMAL(38, 6))) AS DOUBLE)` : 'count(*)'} AS v FROM ${sqlIdent(g.tabel)} WHERE NOT is_totaal AND NOT is_leeg${filterSql}`))[0]!.v ?? 0;
      await ctx.engine.exec(`INSERT INTO ${sqlIdent(T.totalen)} VALUES (${sqlString(g.onderdeel.bestand)}, ${sqlGetal(t.regel)}, ${sqlString(t.tekst)}, ${sqlGetal(getal.waarde)}, ${sqlGetal(berekend)})`);
      if (Math.abs(berekend - getal.waarde) > 0.005) {
        ctx.meldingen.voeg({
          ernst: 'waarschuwing', code: 'totaal-wijkt-af', bestand: g.onderdeel.bestand, blad: g.onderdeel.blad, regel: t.regel,
          reden: `De ${groep ? `regel "${t.tekst}"` : 'Totaal-regel'} noemt ${getal.waarde.toLocaleString('nl-NL')}; ingelezen is ${berekend.toLocaleString('nl-NL')}${numeriek ? ` (som van ${g.plan.kopVan(veld!)})` : berekend === 1 ? ' regel' : ' regels'}.`,
          oplossing: 'Controleer of het extract volledig is (ontbrekende of afgewezen regels); is het verschil verklaard, accepteer dan deze waarschuwing.',
        });
      }
    }
  }
}

/** Which municipality and period each subject is complete for. */
async function maakDekking(ctx: Context, uitkeringen: Map<number, UitkeringenDeel>, doelgroepen: Map<number, DoelgroepDeel>): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.dekkingU)} (gemeente_code VARCHAR, van DATE, tot DATE, deel INTEGER)`);
  await engine.exec(`CREATE OR REPLACE TABLE ${sqlIdent(T.dekkingD)} (gemeente_code VARCHAR, van DATE, tot DATE, deel INTEGER)`);
  const datumSql = (d: string | null) => (d ? `DATE ${sqlString(d)}` : 'NULL');
  const eersteSql = (dSql: string) => `CASE WHEN day(${dSql}) = 1 THEN ${dSql} ELSE (date_trunc('month', ${dSql}) + INTERVAL 1 MONTH)::DATE END`;
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ingest_gemeente_per_deel AS SELECT deel, gemeente_code FROM ${sqlIdent(T.per)} GROUP BY ALL`);
  for (const [id, info] of uitkeringen) {
    if (info.stand) {
      await engine.exec(`INSERT INTO ${sqlIdent(T.dekkingU)} SELECT DISTINCT gemeente_code, peildatum, peildatum, deel FROM ${sqlIdent(T.uitk)} WHERE deel = ${sqlGetal(id)} AND ${GELDIG_UITKERING}`);
      continue;
    }
    // An extract of "all benefits running on or after X" holds its first ended benefit shortly after X.
    const grens = (await engine.query<{ van: string | null; tot: string | null }>(
      `SELECT coalesce(${datumSql(info.vanaf)}, date_trunc('month', min(einde))::DATE, min(ingang)) AS van,
              date_trunc('month', coalesce(${datumSql(info.referentie)}, max(greatest(ingang, coalesce(einde, ingang)))))::DATE AS tot
       FROM ${sqlIdent(deelTabel('u', id))} WHERE NOT is_totaal AND NOT is_leeg AND NOT stand`,
    ))[0];
    if (!grens?.van || !grens.tot) continue;
    await engine.exec(`INSERT INTO ${sqlIdent(T.dekkingU)} SELECT gemeente_code, ${eersteSql(datumSql(grens.van))}, ${datumSql(grens.tot)}, ${sqlGetal(id)} FROM ingest_gemeente_per_deel WHERE deel = ${sqlGetal(id)}`);
  }
  for (const [id, info] of doelgroepen) {
    const grens = (await engine.query<{ van: string | null; tot: string | null }>(
      `SELECT coalesce(${datumSql(info.vanaf)}, date_trunc('month', min(einde))::DATE, min(ingang)) AS van,
              date_trunc('month', coalesce(${datumSql(info.referentie)}, max(greatest(ingang, coalesce(einde, ingang)))))::DATE AS tot
       FROM ${sqlIdent(T.dg)} WHERE deel = ${sqlGetal(id)}`,
    ))[0];
    if (!grens?.van || !grens.tot) continue;
    await engine.exec(`INSERT INTO ${sqlIdent(T.dekkingD)} SELECT DISTINCT gemeente_code, ${eersteSql(datumSql(grens.van))}, ${datumSql(grens.tot)}, ${sqlGetal(id)} FROM ${sqlIdent(T.dg)} WHERE deel = ${sqlGetal(id)}`);
  }
  await engine.exec(`CREATE OR REPLACE TABLE ingest_dekking AS
    SELECT 'uitkeringen' AS onderwerp, d.gemeente_code, min(d.van) AS van, max(d.tot) AS tot, b.bestand AS bronbestand FROM ${sqlIdent(T.dekkingU)} d JOIN ${sqlIdent(T.bron)} b USING (deel) GROUP BY ALL
    UNION ALL SELECT 'doelgroepen', d.gemeente_code, min(d.van), max(d.tot), b.bestand FROM ${sqlIdent(T.dekkingD)} d JOIN ${sqlIdent(T.bron)} b USING (deel) GROUP BY ALL
    UNION ALL SELECT 'budget', gemeente_code, make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 1), b.bestand FROM ${sqlIdent(`${T.budget}_uniek`)} JOIN ${sqlIdent(T.bron)} b USING (deel) WHERE maand IS NULL GROUP BY ALL
    UNION ALL SELECT 'budget_maand', gemeente_code, min(make_date(jaar, CAST(maand AS INTEGER), 1)), max(make_date(jaar, CAST(maand AS INTEGER), 1)), b.bestand FROM ${sqlIdent(`${T.budget}_uniek`)} JOIN ${sqlIdent(T.bron)} b USING (deel) WHERE maand IS NOT NULL GROUP BY ALL
    UNION ALL SELECT 'beschut_werk', gemeente_code, make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 1), b.bestand FROM ${sqlIdent(`${T.beschut}_uniek`)} JOIN ${sqlIdent(T.bron)} b USING (deel) GROUP BY ALL
    UNION ALL SELECT 'wsw', d.gemeente_code, min(d.van), max(d.tot), b.bestand FROM ${sqlIdent(T.dekkingW)} d JOIN ${sqlIdent(T.bron)} b USING (deel) GROUP BY ALL`);
}

/** Drops every table this run made (staging holds personal data and must not outlive the run). */
async function opruimen(engine: Engine): Promise<void> {
  const views = await engine.query<{ naam: string }>("SELECT view_name AS naam FROM duckdb_views() WHERE view_name LIKE 'ingest\\_%' ESCAPE '\\'");
  for (const v of views) await engine.exec(`DROP VIEW IF EXISTS ${sqlIdent(v.naam)}`);
  const tabellen = await engine.query<{ naam: string }>(
    "SELECT table_name AS naam FROM duckdb_tables() WHERE table_name LIKE 'ingest\\_%' ESCAPE '\\' OR table_name LIKE 'reject\\_%' ESCAPE '\\'",
  );
  for (const t of tabellen) await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(t.naam)}`);
}
