import { sqlIdent, sqlString } from '@pw/engine';
import type { Eenheid } from '@pw/format';
import { BUDGETSOORTEN, DUURKLASSEN, LEEFTIJDSKLASSEN, LOONWAARDEGROEPEN, REGELINGEN, UITSTROOMREDENEN, type Inwonersbasis, type Taak } from '@pw/model';
import { taakVanSoortSql, type Indeling } from './gebied.ts';
import { WSW_INDICATOREN } from './wsw.ts';

type Periodesoort = 'peildatum' | 'maand' | 'jaar';

interface Dimensie {
  id: string;
  naam: string;
  /** Categories in display order; a category not listed sorts after these. */
  categorieen: readonly string[];
}

interface SqlContext {
  indeling: Indeling;
}

/**
 * An indicator: data, not a component. Its SQL runs inside a query that defines the CTEs `leden`,
 * `delen`, `aantal_leden` (see gebied.ts; each indicator joins them on its task: `pw`,
 * `re-integratie` or `wsw`), `gedekt_u`, `gedekt_d` and `gedekt_b` (peildata with complete benefit
 * data for the Pw members, complete target-group data for the re-integratie members and for the
 * Wsw members), `gedekt_w` (peildata a Wsw personnel extract covers for the Wsw members), and must return `gebied_code, periode VARCHAR, dimensie, categorie, waarde DOUBLE`.
 */
export interface Indicator {
  id: string;
  titel: string;
  eenheid: Eenheid;
  periode: Periodesoort;
  definitie: string;
  bron: string;
  /** Whether there is a total (`dimensie` and `categorie` both `totaal`). */
  totaal: boolean;
  dimensies: readonly Dimensie[];
  /**
   * The task (Pw, re-integratie, Wsw) whose members a cooperation's figure sums, when it is one
   * task for the whole indicator (budget figures take the task of each row's soort instead).
   * `@pw/afscherming` uses it: a cooperation is the sum of that task's members.
   */
  taak?: Taak;
  sql: (ctx: SqlContext) => string;
}

const REGELING: Dimensie = { id: 'regeling', naam: 'Regeling', categorieen: REGELINGEN };
const AFSTAND: Dimensie = { id: 'afstand', naam: 'Afstand tot de arbeidsmarkt (Pw)', categorieen: ['kort', 'lang', 'onbekend'] };
const LOONWAARDE: Dimensie = { id: 'loonwaardegroep', naam: 'Loonwaardegroep (Pw)', categorieen: [...LOONWAARDEGROEPEN, 'onbekend'] };
const DGR: Dimensie = { id: 'doelgroepenregister', naam: 'In het doelgroepenregister', categorieen: ['ja', 'nee', 'onbekend'] };
const LEEFTIJD: Dimensie = { id: 'leeftijd', naam: 'Leeftijdsklasse', categorieen: [...LEEFTIJDSKLASSEN.map((k) => k.code), 'onbekend'] };
const DUUR: Dimensie = { id: 'duur', naam: 'Duur van de uitkering', categorieen: DUURKLASSEN.map((k) => k.code) };
const SOORT: Dimensie = { id: 'soort', naam: 'Soort', categorieen: BUDGETSOORTEN };
/** `BUIG|meicirculaire 2019`: the soort and the version of its budget (`onbekend`: not given). */
const VERSIE: Dimensie = { id: 'versie', naam: 'Soort en versie van het budget', categorieen: [] };
const BUIG_ONDERDEEL: Dimensie = { id: 'onderdeel', naam: 'Deel van de BUIG-lasten', categorieen: ['uitkeringen', 'loonkostensubsidie', 'baten'] };
const BASIS: Dimensie = { id: 'basis', naam: 'Bevolkingsbasis', categorieen: ['18plus', '15-aow'] };
const MET_UITKERING: Dimensie = { id: 'met_uitkering', naam: 'Met of zonder uitkering', categorieen: ['ja', 'nee', 'onbekend'] };
const REDEN: Dimensie = { id: 'reden', naam: 'Reden van beëindiging', categorieen: UITSTROOMREDENEN };
const HERKOMST: Dimensie = { id: 'herkomst', naam: 'Herkomst van de realisatie', categorieen: ['register', 'opgave'] };
/** Where each inhabitants figure comes from, per population base: the `bron` of the package (`bron 000`, `CBS 03759`, `schatting`). */
const INWONERSBRON: Dimensie[] = [
  { id: 'bron', naam: 'Herkomst van het aantal inwoners', categorieen: [] },
  { id: 'bron-18plus', naam: 'Herkomst van het aantal inwoners van 18 jaar en ouder', categorieen: [] },
  { id: 'bron-15-aow', naam: 'Herkomst van het aantal inwoners van 15 jaar tot de AOW-leeftijd', categorieen: [] },
];

/** Pw beschut werk exists since 1-1-2015 (Participatiewet); a register count is a realisatie from that year on. */
export const BESCHUT_WERK_SINDS = 2015;

/**
 * The beschut-werk register's stock at the ultimo of December of year Y, as the realisatie of Y:
 * by the ultimo rule (\`ultimoNaarPeildatum\` in @pw/model) the stock on 1 January Y+1, so a January
 * peildatum P belongs to year \`year(P) - 1\`. Per area (Wsw members), only where every part that
 * exists on P has a beschut-werk register in the package and target-group data covering P.
 */
const beschutWerkRegisterSql = () => `WITH geladen AS (SELECT DISTINCT gemeente_code FROM doelgroepen_stand WHERE register = 'beschut_werk'),
    p AS (SELECT c.gebied_code, c.peildatum FROM gedekt_b c
          WHERE month(c.peildatum) = 1 AND year(c.peildatum) - 1 >= ${BESCHUT_WERK_SINDS}
            AND NOT EXISTS (SELECT 1 FROM delen x WHERE x.gebied_code = c.gebied_code AND x.taak = 'wsw' AND c.peildatum BETWEEN x.van AND x.tot
                            AND x.code NOT IN (SELECT gemeente_code FROM geladen))),
    r AS (SELECT p.gebied_code, p.peildatum, coalesce(sum(s.aantal), 0) AS n
          FROM p JOIN delen d ON d.gebied_code = p.gebied_code AND d.taak = 'wsw' AND p.peildatum BETWEEN d.van AND d.tot
          LEFT JOIN doelgroepen_stand s ON s.gemeente_code = d.code AND s.peildatum = p.peildatum AND s.register = 'beschut_werk'
          GROUP BY ALL)
  SELECT gebied_code, CAST(year(peildatum) - 1 AS VARCHAR) AS periode, n AS waarde FROM r`;

/** Fixed categories that are zero when a covered period has none (everything else: only when present). */
function categorieenSql(rijen: Array<[string, string]>): string {
  return `(VALUES ${rijen.map(([d, c]) => `(${sqlString(d)}, ${sqlString(c)})`).join(', ')}) k(dimensie, categorie)`;
}

/** Benefits per area and peildatum from one stock table, for the covered peildata. */
const standPerGebiedSql = (tabel: string, kolommenSql: string) => `SELECT d.gebied_code, s.peildatum, ${kolommenSql}, sum(s.aantal) AS n
  FROM ${sqlIdent(tabel)} s JOIN delen d ON d.code = s.gemeente_code AND d.taak = 'pw' AND s.peildatum BETWEEN d.van AND d.tot
  SEMI JOIN gedekt_u c ON c.gebied_code = d.gebied_code AND c.peildatum = s.peildatum
  GROUP BY ALL`;
const STAND_PER_GEBIED = standPerGebiedSql('uitkeringen_stand', 's.regeling, s.afstand, s.loonwaardegroep, s.doelgroepenregister');

const uitkeringenSql = () => `WITH u AS (${STAND_PER_GEBIED}),
  l AS (${standPerGebiedSql('uitkeringen_leeftijd', 's.leeftijdsklasse')}),
  du AS (${standPerGebiedSql('uitkeringen_duur', 's.duurklasse')}),
  w AS (SELECT gebied_code, peildatum, 'totaal' AS dimensie, 'totaal' AS categorie, sum(n) AS waarde FROM u GROUP BY ALL
        UNION ALL SELECT gebied_code, peildatum, 'regeling', regeling, sum(n) FROM u GROUP BY ALL
        UNION ALL SELECT gebied_code, peildatum, 'afstand', afstand, sum(n) FROM u WHERE regeling = 'Pw' GROUP BY ALL
        UNION ALL SELECT gebied_code, peildatum, 'loonwaardegroep', loonwaardegroep, sum(n) FROM u WHERE regeling = 'Pw' GROUP BY ALL
        UNION ALL SELECT gebied_code, peildatum, 'doelgroepenregister', doelgroepenregister, sum(n) FROM u GROUP BY ALL
        UNION ALL SELECT gebied_code, peildatum, 'leeftijd', leeftijdsklasse, sum(n) FROM l GROUP BY ALL
        UNION ALL SELECT gebied_code, peildatum, 'duur', duurklasse, sum(n) FROM du GROUP BY ALL),
  vast AS (SELECT * FROM ${categorieenSql([
    ['totaal', 'totaal'],
    ...REGELINGEN.map((r): [string, string] => ['regeling', r]),
    ['afstand', 'kort'],
    ['afstand', 'lang'],
    ...LOONWAARDEGROEPEN.map((g): [string, string] => ['loonwaardegroep', g]),
    ['doelgroepenregister', 'ja'],
    ['doelgroepenregister', 'nee'],
    ...LEEFTIJDSKLASSEN.map((k): [string, string] => ['leeftijd', k.code]),
    ...DUURKLASSEN.map((k): [string, string] => ['duur', k.code]),
  ])})
  SELECT c.gebied_code, CAST(c.peildatum AS VARCHAR) AS periode, k.dimensie, k.categorie, coalesce(w.waarde, 0) AS waarde
  FROM gedekt_u c CROSS JOIN vast k LEFT JOIN w ON w.gebied_code = c.gebied_code AND w.peildatum = c.peildatum AND w.dimensie = k.dimensie AND w.categorie = k.categorie
  UNION ALL
  SELECT gebied_code, CAST(peildatum AS VARCHAR), dimensie, categorie, waarde FROM w WHERE (dimensie, categorie) NOT IN (SELECT (dimensie, categorie) FROM vast)`;

/** Flows between consecutive peildata that are both covered; a herindeling is no flow under today's boundaries. */
const mutatieSql = (richting: 'instroom' | 'uitstroom', ctx: SqlContext) => `WITH gm AS (
    SELECT a.gebied_code, a.peildatum AS maand FROM gedekt_u a JOIN gedekt_u b ON b.gebied_code = a.gebied_code AND b.peildatum = (a.peildatum + INTERVAL 1 MONTH)::DATE),
  m AS (SELECT d.gebied_code, x.maand, x.regeling, x.reden, sum(x.aantal) AS n
        FROM uitkeringen_mutaties x JOIN delen d ON d.code = x.gemeente_code AND d.taak = 'pw' AND x.maand BETWEEN (d.van - INTERVAL 1 MONTH)::DATE AND d.tot
        SEMI JOIN gm ON gm.gebied_code = d.gebied_code AND gm.maand = x.maand
        WHERE x.richting = ${sqlString(richting)} ${ctx.indeling === 'huidig' ? "AND x.reden <> 'herindeling'" : ''}
        GROUP BY ALL),
  w AS (SELECT gebied_code, maand, 'totaal' AS dimensie, 'totaal' AS categorie, sum(n) AS waarde FROM m GROUP BY ALL
        UNION ALL SELECT gebied_code, maand, 'regeling', regeling, sum(n) FROM m GROUP BY ALL
        ${richting === 'uitstroom' ? "UNION ALL SELECT gebied_code, maand, 'reden', reden, sum(n) FROM m GROUP BY ALL" : ''}),
  vast AS (SELECT * FROM ${categorieenSql([['totaal', 'totaal'], ...REGELINGEN.map((r): [string, string] => ['regeling', r])])})
  SELECT g.gebied_code, strftime(g.maand, '%Y-%m') AS periode, k.dimensie, k.categorie, coalesce(w.waarde, 0) AS waarde
  FROM gm g CROSS JOIN vast k LEFT JOIN w ON w.gebied_code = g.gebied_code AND w.maand = g.maand AND w.dimensie = k.dimensie AND w.categorie = k.categorie
  UNION ALL
  SELECT gebied_code, strftime(maand, '%Y-%m'), dimensie, categorie, waarde FROM w WHERE (dimensie, categorie) NOT IN (SELECT (dimensie, categorie) FROM vast)`;

/**
 * An exact sum of amounts (euro with cents) or counts: fixed-point (DECIMAL with 6 places), then one
 * rounding to DOUBLE. A sum of DOUBLEs depends on the order of addition, which differs between
 * threads (native DuckDB on the command line) and DuckDB-WASM; this one does not, so every engine
 * gives the same figure and the same package bytes.
 */
const exacteSomSql = (expr: string) => `CAST(sum(CAST(${expr} AS DECIMAL(38, 6))) AS DOUBLE)`;

/**
 * Yearly figures summed over an area, only when every member that holds the task (`taak`: a SQL
 * expression, `'wsw'` or the task of the row's budget soort) has a value.
 */
const jaarSql = (tabel: string, kolom: string, dimensie: string | null, taakSql: string, waarSql = 'TRUE') => `
  SELECT d.gebied_code, CAST(t.jaar AS VARCHAR) AS periode, ${dimensie ? `${sqlString(dimensie)} AS dimensie, t.${sqlIdent(dimensie)} AS categorie` : "'totaal' AS dimensie, 'totaal' AS categorie"}, ${exacteSomSql(`t.${sqlIdent(kolom)}`)} AS waarde
  FROM ${sqlIdent(tabel)} t JOIN delen d ON d.code = t.gemeente_code AND d.taak = ${taakSql} JOIN aantal_leden a ON a.gebied_code = d.gebied_code AND a.taak = d.taak
  WHERE t.${sqlIdent(kolom)} IS NOT NULL AND ${waarSql}
  GROUP BY d.gebied_code, t.jaar${dimensie ? `, t.${sqlIdent(dimensie)}` : ''}
  HAVING count(DISTINCT d.lid_code) = any_value(a.n)`;

export const INDICATOREN: readonly Indicator[] = [
  {
    id: 'uitkeringen',
    taak: 'pw',
    titel: 'Aantal uitkeringen',
    eenheid: 'aantal',
    periode: 'peildatum',
    definitie:
      'Lopende uitkeringen op de peildatum (de eerste dag van de maand): begonnen op of vóór die datum en zonder einddatum of met een einddatum op of na die datum. De afstand tot de arbeidsmarkt en de loonwaardegroep worden geteld over de Pw-uitkeringen, zoals in bron 002 en 003; doelgroepenregister, leeftijd (op de peildatum) en duur (sinds de ingangsdatum) over alle uitkeringen.',
    bron: 'uitkeringsextracten',
    totaal: true,
    dimensies: [REGELING, AFSTAND, LOONWAARDE, DGR, LEEFTIJD, DUUR],
    sql: uitkeringenSql,
  },
  {
    id: 'instroom',
    taak: 'pw',
    titel: 'Instroom',
    eenheid: 'aantal',
    periode: 'maand',
    definitie:
      'Uitkeringen die ingaan tussen twee peildata: na de eerste dag van de maand en uiterlijk op de eerste dag van de volgende maand. Zo is de stand op de volgende peildatum precies de stand plus instroom min uitstroom.',
    bron: 'uitkeringsextracten',
    totaal: true,
    dimensies: [REGELING],
    sql: (ctx) => mutatieSql('instroom', ctx),
  },
  {
    id: 'uitstroom',
    taak: 'pw',
    titel: 'Uitstroom',
    eenheid: 'aantal',
    periode: 'maand',
    definitie: 'Uitkeringen met een einddatum in de maand (de laatste uitkeringsdag ligt in die maand), naar reden van beëindiging.',
    bron: 'uitkeringsextracten',
    totaal: true,
    dimensies: [REGELING, REDEN],
    sql: (ctx) => mutatieSql('uitstroom', ctx),
  },
  {
    id: 'doelgroepenregister',
    taak: 're-integratie',
    titel: 'Personen in het doelgroepenregister',
    eenheid: 'aantal',
    periode: 'peildatum',
    definitie: 'Inwoners die op de peildatum in het doelgroepenregister (banenafspraak) staan, met of zonder uitkering.',
    bron: 'doelgroepextracten',
    totaal: true,
    dimensies: [MET_UITKERING],
    sql: () => `WITH w AS (
        SELECT d.gebied_code, s.peildatum, s.met_uitkering, sum(s.aantal) AS n
        FROM doelgroepen_stand s JOIN delen d ON d.code = s.gemeente_code AND d.taak = 're-integratie' AND s.peildatum BETWEEN d.van AND d.tot
        SEMI JOIN gedekt_d c ON c.gebied_code = d.gebied_code AND c.peildatum = s.peildatum
        WHERE s.register = 'doelgroepenregister' GROUP BY ALL)
      SELECT c.gebied_code, CAST(c.peildatum AS VARCHAR) AS periode, 'totaal' AS dimensie, 'totaal' AS categorie, coalesce(sum(w.n), 0) AS waarde
      FROM gedekt_d c LEFT JOIN w ON w.gebied_code = c.gebied_code AND w.peildatum = c.peildatum GROUP BY ALL
      UNION ALL SELECT gebied_code, CAST(peildatum AS VARCHAR), 'met_uitkering', met_uitkering, n FROM w`,
  },
  {
    id: 'beschut_werk_taakstelling',
    taak: 'wsw',
    titel: 'Taakstelling beschut werk (cumulatief)',
    eenheid: 'plaatsen',
    periode: 'jaar',
    definitie: 'Het cumulatieve aantal plaatsen beschut werk dat het Rijk de gemeente voor het jaar oplegt.',
    bron: 'beschut-werkextracten',
    totaal: true,
    dimensies: [],
    sql: () => jaarSql('beschut_werk', 'taakstelling', null, "'wsw'"),
  },
  {
    id: 'beschut_werk_realisatie',
    taak: 'wsw',
    titel: 'Realisatie beschut werk (cumulatief)',
    eenheid: 'plaatsen',
    periode: 'jaar',
    definitie:
      'Het aantal mensen met een dienstbetrekking beschut werk (Participatiewet) op 31 december van het jaar. Waar een beschut-werkregister geladen is, is dat de stand van het register op 1 januari van het jaar erna (de ultimoregel: een stand per 31 december is de stand op de eerste dag van de volgende maand), vanaf 2015; anders de opgegeven realisatie uit het beschut-werkextract. De dimensie herkomst zegt welke van de twee. Loonwaardegroep 3 ("beschut", minder dan 20%) van bron 003 is iets anders: een indeling van de bijstandsdoelgroep uit 2012, geen plaats beschut werk.',
    bron: 'beschut-werkregister (doelgroepextracten) of beschut-werkextracten',
    totaal: true,
    dimensies: [HERKOMST],
    sql: () => `WITH reg AS (${beschutWerkRegisterSql()}),
        opg AS (${jaarSql('beschut_werk', 'realisatie', null, "'wsw'")}),
        alleen_opg AS (SELECT o.* FROM opg o ANTI JOIN reg r ON r.gebied_code = o.gebied_code AND r.periode = o.periode)
      SELECT gebied_code, periode, 'totaal' AS dimensie, 'totaal' AS categorie, waarde FROM reg
      UNION ALL SELECT gebied_code, periode, 'herkomst', 'register', waarde FROM reg
      UNION ALL SELECT gebied_code, periode, 'totaal', 'totaal', waarde FROM alleen_opg
      UNION ALL SELECT gebied_code, periode, 'herkomst', 'opgave', waarde FROM alleen_opg`,
  },
  {
    id: 'budget_begroot',
    titel: 'Budget begroot',
    eenheid: 'euro',
    periode: 'jaar',
    definitie:
      'Het begrote bedrag per soort (BUIG en Participatiebudget: het budget van het Rijk; uitvoeringskosten, re-integratie en kinderopvang: de gemeentelijke begroting). Een totaal over soorten heeft geen betekenis en ontbreekt daarom. Een samenwerking telt de leden die de taak van die soort met haar delen. Een totaal van meer gemeenten is altijd de som van hun regels; bron 003 drukt de totalen van de re-integratiebudgetten 2012, 2014 en 2015 € 1 tot € 2 hoger dan die som (afronding in de bron): die gedrukte totalen staan ernaast, zoals gedrukt. Naar versie (dimensie versie, categorie "soort|versie"): welk deel van het bedrag uit welke versie van het budget komt (definitief, nader voorlopig, voorlopig, een circulaire, of onbekend).',
    bron: 'budgetextracten',
    totaal: false,
    dimensies: [SOORT, VERSIE],
    sql: () => `WITH begroot_soort AS (${jaarSql('budget', 'begroot', 'soort', taakVanSoortSql('t.soort'))})
      SELECT * FROM begroot_soort
      UNION ALL
      SELECT d.gebied_code, CAST(t.jaar AS VARCHAR), 'versie', t.soort || '|' || coalesce(t.versie, 'onbekend'), round(sum(t.begroot), 2)
      FROM budget t JOIN delen d ON d.code = t.gemeente_code AND d.taak = ${taakVanSoortSql('t.soort')}
      SEMI JOIN begroot_soort s ON s.gebied_code = d.gebied_code AND s.periode = CAST(t.jaar AS VARCHAR) AND s.categorie = t.soort
      WHERE t.begroot IS NOT NULL
      GROUP BY d.gebied_code, t.jaar, t.soort, t.versie`,
  },
  {
    id: 'budget_gerealiseerd',
    titel: 'Budget gerealiseerd',
    eenheid: 'euro',
    periode: 'jaar',
    definitie: 'Het gerealiseerde bedrag per soort (bij BUIG: de uitkeringslasten). Ontbreekt het jaarbedrag, dan telt de som van twaalf maanden realisatie.',
    bron: 'budgetextracten',
    totaal: false,
    dimensies: [SOORT],
    sql: () => `WITH r AS (
        SELECT gemeente_code, jaar, soort, gerealiseerd FROM budget WHERE gerealiseerd IS NOT NULL
        UNION ALL
        SELECT m.gemeente_code, m.jaar, m.soort, ${exacteSomSql('m.gerealiseerd')} FROM budget_maand m
        WHERE NOT EXISTS (SELECT 1 FROM budget b WHERE b.gemeente_code = m.gemeente_code AND b.jaar = m.jaar AND b.soort = m.soort AND b.gerealiseerd IS NOT NULL)
        GROUP BY ALL HAVING count(DISTINCT m.maand) = 12)
      ${jaarSql('r', 'gerealiseerd', 'soort', taakVanSoortSql('t.soort'))}`,
  },
  {
    id: 'budget_gerealiseerd_maand',
    titel: 'Uitgaven per maand',
    eenheid: 'euro',
    periode: 'maand',
    definitie: 'De gerealiseerde uitgaven in de maand per soort (bij BUIG: de uitkeringslasten), voor de uitputting in de loop van het jaar.',
    bron: 'budgetextracten',
    totaal: false,
    dimensies: [SOORT],
    sql: () => `SELECT d.gebied_code, printf('%04d-%02d', m.jaar, m.maand) AS periode, 'soort' AS dimensie, m.soort AS categorie, ${exacteSomSql('m.gerealiseerd')} AS waarde
      FROM budget_maand m JOIN delen d ON d.code = m.gemeente_code AND d.taak = ${taakVanSoortSql('m.soort')} JOIN aantal_leden a ON a.gebied_code = d.gebied_code AND a.taak = d.taak
      WHERE m.gerealiseerd IS NOT NULL
      GROUP BY d.gebied_code, m.jaar, m.maand, m.soort
      HAVING count(DISTINCT d.lid_code) = any_value(a.n)`,
  },
  {
    id: 'budget_gerealiseerd_cumulatief',
    titel: 'Uitgaven van januari tot en met de maand',
    eenheid: 'euro',
    periode: 'maand',
    definitie:
      'De gerealiseerde uitgaven per soort van januari tot en met de maand (periode 2024-11: januari tot en met november 2024), alleen als elke maand vanaf januari bekend is, in hele centen. Dit is "besteed tot nu" in de loop van een jaar.',
    bron: 'budgetextracten',
    totaal: false,
    dimensies: [SOORT],
    sql: () => `WITH cum_maand AS (
        SELECT d.gebied_code, m.jaar, m.maand, m.soort, sum(m.gerealiseerd) AS w
        FROM budget_maand m JOIN delen d ON d.code = m.gemeente_code AND d.taak = ${taakVanSoortSql('m.soort')} JOIN aantal_leden a ON a.gebied_code = d.gebied_code AND a.taak = d.taak
        WHERE m.gerealiseerd IS NOT NULL
        GROUP BY d.gebied_code, m.jaar, m.maand, m.soort
        HAVING count(DISTINCT d.lid_code) = any_value(a.n)),
      cum AS (SELECT *, round(sum(w) OVER v, 2) AS cumulatief, count(*) OVER v AS n FROM cum_maand WINDOW v AS (PARTITION BY gebied_code, jaar, soort ORDER BY maand))
      SELECT gebied_code, printf('%04d-%02d', jaar, maand) AS periode, 'soort' AS dimensie, soort AS categorie, cumulatief AS waarde FROM cum WHERE n = maand`,
  },
  {
    id: 'buig_lasten',
    taak: 'pw',
    titel: 'BUIG-lasten naar deel',
    eenheid: 'euro',
    periode: 'jaar',
    definitie:
      'De delen van de BUIG-lasten waar het extract ze geeft: uitkeringen, loonkostensubsidie en baten (terugvordering en verhaal). De netto lasten (budget gerealiseerd, soort BUIG) zijn uitkeringen + loonkostensubsidie − baten. Een deel dat het extract niet geeft ontbreekt (nooit 0).',
    bron: 'budgetextracten',
    totaal: false,
    dimensies: [BUIG_ONDERDEEL],
    // One scan with a CROSS JOIN, not a UNION ALL of three scans in a CTE: inside the query of
    // every indicator at once, that UNION ALL made DuckDB's optimizer run for minutes.
    sql: () => {
      const bedrag = "CASE k.onderdeel WHEN 'uitkeringen' THEN t.buig_uitkeringen WHEN 'loonkostensubsidie' THEN t.buig_loonkostensubsidie ELSE t.buig_baten END";
      return `SELECT d.gebied_code, CAST(t.jaar AS VARCHAR) AS periode, 'onderdeel' AS dimensie, k.onderdeel AS categorie, round(sum(${bedrag}), 2) AS waarde
        FROM budget t CROSS JOIN (VALUES ('uitkeringen'), ('loonkostensubsidie'), ('baten')) k(onderdeel)
        JOIN delen d ON d.code = t.gemeente_code AND d.taak = 'pw' JOIN aantal_leden a ON a.gebied_code = d.gebied_code AND a.taak = d.taak
        WHERE t.soort = 'BUIG' AND ${bedrag} IS NOT NULL
        GROUP BY d.gebied_code, t.jaar, k.onderdeel
        HAVING count(DISTINCT d.lid_code) = any_value(a.n)`;
    },
  },
  {
    id: 'inwoners',
    taak: 'pw',
    titel: 'Inwoners',
    eenheid: 'inwoners',
    periode: 'jaar',
    definitie:
      'Inwoners op 1 januari; naast alle inwoners ook die van 18 jaar en ouder en die van 15 jaar tot de AOW-leeftijd. Elk inwonertal zegt waar het vandaan komt (dimensies bron, bron-18plus en bron-15-aow): gedrukt in een brondocument (bron 000, bron 003), van het CBS, of een schatting.',
    bron: 'referentiegegevens: brondocumenten, CBS of schatting',
    totaal: true,
    dimensies: [BASIS, ...INWONERSBRON],
    sql: () => `WITH w AS (
        SELECT d.gebied_code, d.lid_code, CAST(i.jaar AS VARCHAR) AS periode, i.basis, i.bron, i.aantal
        FROM inwoners i JOIN delen d ON d.code = i.gemeente_code AND d.taak = 'pw'),
      t AS (SELECT w.gebied_code, w.periode, w.basis, sum(w.aantal) AS waarde FROM w JOIN aantal_leden a ON a.gebied_code = w.gebied_code AND a.taak = 'pw'
            GROUP BY w.gebied_code, w.periode, w.basis HAVING count(DISTINCT w.lid_code) = any_value(a.n))
      SELECT gebied_code, periode, CASE basis WHEN 'totaal' THEN 'totaal' ELSE 'basis' END AS dimensie, basis AS categorie, waarde FROM t
      UNION ALL
      SELECT w.gebied_code, w.periode, CASE w.basis WHEN 'totaal' THEN 'bron' ELSE 'bron-' || w.basis END, w.bron, sum(w.aantal)
      FROM w SEMI JOIN t ON t.gebied_code = w.gebied_code AND t.periode = w.periode AND t.basis = w.basis GROUP BY ALL`,
  },
  {
    id: 'uitkeringen_per_1000_inwoners',
    taak: 'pw',
    titel: 'Uitkeringen per 1.000 inwoners',
    eenheid: 'per1000',
    periode: 'peildatum',
    definitie:
      'Het aantal uitkeringen op de peildatum per 1.000 inwoners op 1 januari van dat jaar, afgerond op twee decimalen. Totaal: per 1.000 inwoners; basis 18plus: per 1.000 inwoners van 18 jaar en ouder; basis 15-aow: per 1.000 inwoners van 15 jaar tot de AOW-leeftijd.',
    bron: 'uitkeringsextracten en referentiegegevens',
    totaal: true,
    dimensies: [BASIS],
    sql: () => `WITH u AS (${STAND_PER_GEBIED}),
      t AS (SELECT c.gebied_code, c.peildatum, coalesce(sum(u.n), 0) AS n FROM gedekt_u c LEFT JOIN u ON u.gebied_code = c.gebied_code AND u.peildatum = c.peildatum GROUP BY ALL),
      i AS (SELECT d.gebied_code, i.jaar, i.basis, sum(i.aantal) AS n FROM inwoners i JOIN delen d ON d.code = i.gemeente_code AND d.taak = 'pw' JOIN aantal_leden a ON a.gebied_code = d.gebied_code AND a.taak = d.taak
            GROUP BY d.gebied_code, i.jaar, i.basis HAVING count(DISTINCT d.lid_code) = any_value(a.n))
      SELECT t.gebied_code, CAST(t.peildatum AS VARCHAR) AS periode, CASE i.basis WHEN 'totaal' THEN 'totaal' ELSE 'basis' END AS dimensie, i.basis AS categorie,
        round(t.n * 1000.0 / i.n, 2) AS waarde
      FROM t JOIN i ON i.gebied_code = t.gebied_code AND i.jaar = year(t.peildatum) WHERE i.n > 0`,
  },
  ...WSW_INDICATOREN,
];

/** The cell of `uitkeringen_per_1000_inwoners` for a population base: the total, or the category of dimension `basis`. */
export function per1000Cel(basis: Inwonersbasis): { indicator: string; dimensie: string; categorie: string } {
  return { indicator: 'uitkeringen_per_1000_inwoners', dimensie: basis === 'totaal' ? 'totaal' : 'basis', categorie: basis === 'totaal' ? 'totaal' : basis };
}

export function indicator(id: string): Indicator {
  const i = INDICATOREN.find((x) => x.id === id);
  if (!i) throw new Error(`Onbekende indicator: ${id}`);
  return i;
}
