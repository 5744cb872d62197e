import { gemeenteNaam, type GemeenteCode } from '@pw/model';
import iconv from 'iconv-lite';
import { dag, ddmmjjjj, delen, iso, leeftijdOp, type Dag } from './dag.ts';
import { achternaam, aowDatum, Identiteiten } from './personen.ts';
import { Rng } from './rng.ts';

/**
 * Demo Wsw data (issue 14): personnel extracts of the SW companies and municipalities as the
 * sources name them, with populations that shrink after the Wsw closed on 1-1-2015, and source
 * 003's key figures ("SW-ultimo december 2010, bron WNK") reproduced exactly.
 * - Dinkelland: Stichting Participatie Dinkelland (SPD); its beschut werk carried out by Soweco
 *   until the Soweco GR ended on 1-1-2021, by SPD after.
 * - Tubbergen: the Soweco GR until 1-1-2021, the municipality itself after.
 * - Oldenzaal: its own municipal department, with parts (beschut werk among them) at Larcom in Ommen.
 * - The Alkmaar region: WNK for all six municipalities (source 004); Uitgeest's Wsw is with IJmond Werkt!.
 */

type Werkvorm = 'beschut binnen' | 'individuele detachering' | 'groepsdetachering' | 'begeleid werken';
type Reden = 'Pensioen' | 'Overlijden' | 'Ontslag' | 'Overig' | 'Overgang uitvoerder' | 'Herindeling';

export interface WswRegel {
  bsn: string;
  naam: string;
  geboren: Dag;
  gemeente: GemeenteCode;
  start: Dag;
  eind: Dag | null;
  ernstig: boolean;
  uren: number;
  werkvorm: Werkvorm;
  uitvoerder: string;
  reden: Reden | null;
}

const SOWECO_EINDE = dag(2020, 12, 31);
const HERINDELING_2022 = dag(2021, 12, 31);
const EIND = dag(2024, 12, 31);
const GESLOTEN = dag(2015, 1, 1);

/** Who carries out the Wsw for a person on a day (the sources' organisations). */
function uitvoerder(gemeente: GemeenteCode, werkvorm: Werkvorm, opDag: Dag, rng: number): string {
  switch (gemeente) {
    case 'GM1774':
      return werkvorm === 'beschut binnen' && opDag <= SOWECO_EINDE ? 'Soweco' : 'SPD';
    case 'GM0183':
      return opDag <= SOWECO_EINDE ? 'Soweco' : 'Gemeente Tubbergen';
    case 'GM0173':
      return werkvorm === 'beschut binnen' || (werkvorm === 'groepsdetachering' && rng < 0.5) ? 'Larcom (Ommen)' : 'Gemeente Oldenzaal';
    default:
      return 'WNK';
  }
}

interface Populatie {
  gemeente: GemeenteCode;
  /** Persons employed on the extract's start date. */
  aantal: number;
  /** Inflow per year from the waiting list until the closure (only for extracts starting before 2015). */
  instroomPerJaar: number;
}

const WERKVORMEN: ReadonlyArray<readonly [Werkvorm, number]> = [
  ['beschut binnen', 0.55],
  ['groepsdetachering', 0.2],
  ['individuele detachering', 0.15],
  ['begeleid werken', 0.1],
];
const UREN: ReadonlyArray<readonly [number, number]> = [
  [36, 0.7],
  [32, 0.15],
  [28, 0.1],
  [24, 0.05],
];

/** Other outflow per year by age: death, dismissal, other. */
function andereUitstroom(leeftijd: number): ReadonlyArray<readonly [Reden, number]> {
  return [
    ['Overlijden', 0.002 + Math.max(0, leeftijd - 45) * 0.0006],
    ['Ontslag', 0.015],
    ['Overig', 0.007],
  ];
}

/** Age on the start date: the Wsw population is older than the labour force (mean about 50). */
function leeftijdBijStart(rng: Rng): number {
  return Math.round(22 + Math.max(rng.float(), rng.float()) * 40);
}

function dagIn(rng: Rng, jaar: number): Dag {
  return dag(jaar, 1, 1) + rng.int(0, 364);
}

/** One person's dienstbetrekking(en) from `start` on, split where the organisation or the municipality changes. */
function loopbaan(rng: Rng, ids: Identiteiten, gemeente: GemeenteCode, geboren: Dag, start: Dag, vanaf: Dag): WswRegel[] {
  const werkvorm = rng.gewogen(WERKVORMEN);
  const uren = rng.gewogen(UREN);
  const ernstig = rng.kans(0.2);
  const r = rng.float();
  const pensioen = aowDatum(geboren) - 1;
  let eind: Dag | null = pensioen <= EIND ? pensioen : null;
  let reden: Reden | null = eind === null ? null : 'Pensioen';
  for (let jaar = delen(Math.max(start, vanaf)).jaar; jaar <= 2024; jaar++) {
    const d = dagIn(rng, jaar);
    if (d < start || d < vanaf) continue;
    if (eind !== null && d >= eind) break;
    const leeftijd = leeftijdOp(geboren, d);
    let gekozen: Reden | null = null;
    for (const [naam, kans] of andereUitstroom(leeftijd)) if (!gekozen && rng.kans(kans)) gekozen = naam;
    if (gekozen) {
      eind = d;
      reden = gekozen;
      break;
    }
  }
  const persoon = { bsn: ids.bsn(), naam: achternaam(rng), geboren, ernstig, uren, werkvorm };
  const regels: WswRegel[] = [];
  // Split points: a change of organisation (Dinkelland's beschut werk, Tubbergen) or of municipality (Dijk en Waard).
  const grenzen: Array<{ dag: Dag; reden: Reden }> = [];
  if ((gemeente === 'GM1774' && werkvorm === 'beschut binnen') || gemeente === 'GM0183') grenzen.push({ dag: SOWECO_EINDE, reden: 'Overgang uitvoerder' });
  if (gemeente === 'GM0398' || gemeente === 'GM0416') grenzen.push({ dag: HERINDELING_2022, reden: 'Herindeling' });
  let van = start;
  let code = gemeente;
  for (const g of grenzen) {
    if (g.dag < van || (eind !== null && eind <= g.dag)) continue;
    regels.push({ ...persoon, gemeente: code, start: van, eind: g.dag, uitvoerder: uitvoerder(code, werkvorm, g.dag, r), reden: g.reden });
    van = g.dag + 1;
    if (g.reden === 'Herindeling') code = 'GM1980';
  }
  regels.push({ ...persoon, gemeente: code, start: van, eind, uitvoerder: uitvoerder(code, werkvorm, van, r), reden });
  return regels.filter((x) => x.eind === null || x.eind >= vanaf);
}

function populatie(p: Populatie, vanaf: Dag, ids: Identiteiten): WswRegel[] {
  const rng = Rng.voor(`wsw:${p.gemeente}`);
  const uit: WswRegel[] = [];
  for (let i = 0; i < p.aantal; i++) {
    const leeftijd = leeftijdBijStart(rng);
    const geboren = vanaf - Math.round((leeftijd + rng.float()) * 365.25);
    // In the Wsw since at least age 18, at the latest the day before the extract starts.
    const vroegst = Math.max(geboren + Math.round(18.5 * 365.25), dag(1975, 1, 1));
    const start = vroegst + Math.floor(rng.float() * Math.max(vanaf - 1 - vroegst, 1));
    uit.push(...loopbaan(rng, ids, p.gemeente, geboren, Math.min(start, vanaf - 1), vanaf));
  }
  // From the waiting list until the Wsw closed (new entrants 20 to 50 years old).
  for (let jaar = delen(vanaf).jaar; jaar < 2015; jaar++) {
    for (let i = 0; i < p.instroomPerJaar; i++) {
      const start = Math.min(dagIn(rng, jaar), GESLOTEN - 1);
      const geboren = start - Math.round((20 + rng.float() * 30) * 365.25);
      uit.push(...loopbaan(rng, ids, p.gemeente, geboren, start, vanaf));
    }
  }
  return uit;
}

const TWENTE_VANAF = dag(2011, 1, 1);
const WNK_VANAF = dag(2015, 1, 1);

export interface WswWereld {
  noaberkracht: WswRegel[];
  oldenzaal: WswRegel[];
  wnk: WswRegel[];
}

export function bouwWsw(): WswWereld {
  const ids = new Identiteiten(Rng.voor('wsw-bsn'));
  return {
    noaberkracht: [
      ...populatie({ gemeente: 'GM1774', aantal: 165, instroomPerJaar: 2 }, TWENTE_VANAF, ids),
      ...populatie({ gemeente: 'GM0183', aantal: 125, instroomPerJaar: 3 }, TWENTE_VANAF, ids),
    ],
    oldenzaal: populatie({ gemeente: 'GM0173', aantal: 235, instroomPerJaar: 4 }, TWENTE_VANAF, ids),
    wnk: [
      // Persons on 1-1-2015, a little below the SE of 2010 (source 003), Schermer and Graft-De Rijp now in Alkmaar.
      ...populatie({ gemeente: 'GM0361', aantal: 405, instroomPerJaar: 0 }, WNK_VANAF, ids),
      ...populatie({ gemeente: 'GM0398', aantal: 158, instroomPerJaar: 0 }, WNK_VANAF, ids),
      ...populatie({ gemeente: 'GM0373', aantal: 60, instroomPerJaar: 0 }, WNK_VANAF, ids),
      ...populatie({ gemeente: 'GM0416', aantal: 57, instroomPerJaar: 0 }, WNK_VANAF, ids),
      ...populatie({ gemeente: 'GM0383', aantal: 36, instroomPerJaar: 0 }, WNK_VANAF, ids),
      ...populatie({ gemeente: 'GM0399', aantal: 44, instroomPerJaar: 0 }, WNK_VANAF, ids),
    ],
  };
}

const volgorde = (a: WswRegel, b: WswRegel) => (a.gemeente < b.gemeente ? -1 : a.gemeente > b.gemeente ? 1 : a.bsn < b.bsn ? -1 : a.bsn > b.bsn ? 1 : a.start - b.start);
const komma = (n: number, decimalen: number) => n.toFixed(decimalen).replace('.', ',');
const se = (r: WswRegel) => (r.ernstig ? 1.25 : 1) * (r.uren / 36);

/**
 * Noaberkracht (Dinkelland and Tubbergen): Windows-1252, `;`, a title, SE and fte per line with
 * decimal commas, dd-mm-jjjj, the reason as free text, and a Totaal row.
 */
export function wswNoaberkrachtCsv(regels: readonly WswRegel[]): Uint8Array {
  const rijen = [
    'Wsw-dienstbetrekkingen Dinkelland en Tubbergen, lopend op of na 1-1-2011, aangemaakt 31-12-2024',
    '',
    'BSN;Naam;Geboortedatum;Woongemeente;Ingangsdatum;Einddatum;SE;Fte;Vorm van werk;Uitvoerende organisatie;Reden uit dienst',
  ];
  const gesorteerd = [...regels].sort(volgorde);
  for (const r of gesorteerd) {
    rijen.push(
      [r.bsn, r.naam, ddmmjjjj(r.geboren), gemeenteNaam(r.gemeente), ddmmjjjj(r.start), r.eind === null ? '' : ddmmjjjj(r.eind), komma(se(r), 4), komma(r.uren / 36, 4), r.werkvorm, r.uitvoerder, r.reden ?? ''].join(';'),
    );
  }
  rijen.push(`Totaal;${gesorteerd.length};;;;;;;;;`);
  const buf = iconv.encode(rijen.join('\r\n') + '\r\n', 'win1252');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Oldenzaal's own department: UTF-8 with BOM, `;`, no SE but the indication (matig/ernstig) and the
 * contract hours, so ingest computes SE and says so; a personnel number instead of a BSN.
 */
export function wswOldenzaalCsv(regels: readonly WswRegel[]): Uint8Array {
  const rijen = ['Wsw Oldenzaal (afdeling Werk en Larcom), dienstbetrekkingen vanaf 1-1-2011 t/m 31-12-2024', 'Personeelsnummer;Geboortedatum;Gemeente;Datum in dienst;Datum uit dienst;Indicatie;Contracturen;Werkvorm;Werkgever;Reden einde;Opmerking'];
  for (const r of [...regels].sort(volgorde)) {
    rijen.push(
      [`P${r.bsn.slice(3)}`, ddmmjjjj(r.geboren), 'Oldenzaal', ddmmjjjj(r.start), r.eind === null ? '' : ddmmjjjj(r.eind), r.ernstig ? 'Ernstig' : 'Matig', String(r.uren), r.werkvorm, r.uitvoerder, r.reden ?? '', ''].join(';'),
    );
  }
  return new TextEncoder().encode('\uFEFF' + rijen.join('\n') + '\n');
}

/** WNK (the Alkmaar region): UTF-8, `;`, ISO dates, SE and fte with decimal commas, municipality codes. */
export function wswWnkCsv(regels: readonly WswRegel[]): Uint8Array {
  const rijen = [
    'WNK Personeelsdiensten - Wsw-medewerkers per woongemeente, lopend op of na 1-1-2015, aangemaakt 31-12-2024',
    'BSN;Gemeentecode;Geboortedatum;Begindatum;Einddatum;SE;FTE;Plaatsing;Werkgever;Reden uitdiensttreding',
  ];
  for (const r of [...regels].sort(volgorde)) {
    rijen.push([r.bsn, r.gemeente, iso(r.geboren), iso(r.start), r.eind === null ? '' : iso(r.eind), komma(se(r), 4), komma(r.uren / 36, 4), r.werkvorm, r.uitvoerder, r.reden ?? ''].join(';'));
  }
  return new TextEncoder().encode(rijen.join('\n') + '\n');
}

/**
 * Source 003's "Kengetallen" table, reproduced exactly (SW ultimo december 2010, bron WNK), with
 * Buitengebied as its own line and the printed "Totaal 2011" row. The other columns of the source
 * (inhabitants, WWB, Wajong, Totaal) are kept as printed; ingest does not read them.
 */
export function wswKengetallenCsv(): Uint8Array {
  const rijen = [
    'Aantal personen met een Wwb- of Wajong uitkering of met een Wsw-indicatie (bron 003, 2.d Kengetallen)',
    '',
    'Gemeente;Aantal inwoners 2011;SW (SE);SW (fte);SW (wachtlijst);WWB (incl.WIJ);Wajong;Totaal;Stand SW;Bron',
    ...[
      ['Alkmaar', '93.861', '425', '478', '168', '1.890', '31', '2.567'],
      ['Heiloo', '22.451', '47', '55', '4', '160', '4', '223'],
      ['Heerhugowaard', '51.178', '170', '191', '40', '540', '9', '780'],
      ['Bergen (NH.)', '30.985', '65', '76', '5', '210', '7', '298'],
      ['Langedijk', '26.955', '61', '72', '7', '190', '4', '273'],
      ['Schermer', '5.360', '9', '9', '7', '40', '1', '57'],
      ['Graft-De Rijp', '6.489', '4', '5', '1', '30', '1', '37'],
      ['Castricum', '34.652', '39', '46', '3', '190', '5', '244'],
      ['Buitengebied', '', '28', '29', '-', '-', '-', '-'],
    ].map((r) => [...r, 'ultimo december 2010', 'bron 003 (WNK)'].join(';')),
    'Totaal 2011;271.931;848;961;235;3.250;62;4.479;;',
  ];
  return new TextEncoder().encode(rijen.join('\n') + '\n');
}
