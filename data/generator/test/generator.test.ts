/**
 * Checks the committed extracts under data/extracts by parsing them the way a reader would (bytes,
 * encodings, headers), independently of the generator's own data structures: the hard figures of
 * the sources, stock/flow consistency, no overlapping periods, the herindeling rows, the budget
 * months, and that the generator reproduces the committed bytes exactly.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BESTANDEN, genereer, schrijfGrootUitkeringenCsv } from '../index.ts';

const EXTRACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'extracts');
const lees = (naam: string) => readFile(join(EXTRACTS, naam)).then((b) => new Uint8Array(b));

type Regeling = 'Pw' | 'IOAW' | 'IOAZ' | 'Bbz';
interface Periode {
  bron: string;
  persoon: string;
  gemeente: string;
  regeling: Regeling;
  start: string;
  eind: string | null;
  afstand: string;
  lwg: string;
  dgr: boolean;
  beschut: boolean;
  reden: string;
  /** The regeling as the file writes it (XLSX only). */
  label?: string;
}
interface Registratie {
  bron: string;
  persoon: string;
  gemeente: string;
  register: 'dgr' | 'beschut';
  start: string;
  eind: string | null;
}

const NAAR_CODE: Record<string, string> = { Dinkelland: 'GM1774', Tubbergen: 'GM0183', Oldenzaal: 'GM0173' };
/** The Participatiewet, the doelgroepenregister and beschut werk all started on this day. */
const PW_INGANG = '2015-01-01';
const EXTRACT_EINDE = '2024-12-31';

/** Coverage (first and last peildatum) per municipality. */
const DEKKING: Record<string, [string, string]> = {
  GM1774: ['2015-01-01', '2024-12-01'],
  GM0183: ['2015-01-01', '2024-12-01'],
  GM0173: ['2015-01-01', '2024-12-01'],
  GM0361: ['2011-01-01', '2024-12-01'],
  GM0373: ['2011-01-01', '2024-12-01'],
  GM0383: ['2011-01-01', '2024-12-01'],
  GM0399: ['2011-01-01', '2024-12-01'],
  GM0450: ['2011-01-01', '2024-12-01'],
  GM0398: ['2011-01-01', '2021-12-01'],
  GM0416: ['2011-01-01', '2021-12-01'],
  GM1980: ['2022-01-01', '2024-12-01'],
  GM0458: ['2011-01-01', '2014-12-01'],
  GM0365: ['2011-01-01', '2014-12-01'],
};
const HERINDELINGEN: Record<string, { datum: string; opvolger: string }> = {
  GM0458: { datum: '2015-01-01', opvolger: 'GM0361' },
  GM0365: { datum: '2015-01-01', opvolger: 'GM0361' },
  GM0398: { datum: '2022-01-01', opvolger: 'GM1980' },
  GM0416: { datum: '2022-01-01', opvolger: 'GM1980' },
};

function peildata(van: string, tot: string): string[] {
  const uit: string[] = [];
  let j = Number(van.slice(0, 4));
  let m = Number(van.slice(5, 7));
  for (;;) {
    const p = `${j}-${String(m).padStart(2, '0')}-01`;
    if (p > tot) return uit;
    uit.push(p);
    m++;
    if (m === 13) {
      m = 1;
      j++;
    }
  }
}
const dagErvoor = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const telt = (p: { start: string; eind: string | null }, peildatum: string) => p.start <= peildatum && (p.eind === null || p.eind >= peildatum);

function ddmmjjjj(t: string): string {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(t);
  if (!m) throw new Error(`geen dd-mm-jjjj: ${t}`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}
function dmjjjj(t: string): string {
  const m = /^([1-9]\d?)-([1-9]\d?)-(\d{4})$/.exec(t);
  if (!m) throw new Error(`geen d-m-jjjj: ${t}`);
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
const isoDatum = (t: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) throw new Error(`geen jjjj-mm-dd: ${t}`);
  return t;
};
function celDatum(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (!(v instanceof Date)) throw new Error(`geen datumcel: ${JSON.stringify(v)}`);
  return v.toISOString().slice(0, 10);
}
const celTekst = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const heeftBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/**
 * Windows-1252 with TextDecoder. Node 20's decoder treats 0x80–0x9F as Latin-1 control
 * characters (U+0080–U+009F) instead of Windows-1252 (0x80 is €), so those are mapped here.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function decodeer1252(b: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(b).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

// ------------------------------------------------------------------------------------------------

interface Gelezen {
  almelo: { bytes: Uint8Array; regels: string[]; perioden: Periode[]; lege: number; totaal: number };
  oldenzaal: { bytes: Uint8Array; perioden: Periode[]; leeftijden: number[] };
  alkmaar: Periode[];
  registraties: Registratie[];
  beschut: Array<{ gemeente: string; jaar: number; taakstelling: number; realisatie: number | null; bron: string }>;
  budget: Array<{ gemeente: string; jaar: number; soort: string; begroot: number; gerealiseerd: number | null; delen: number[] | null; versie: string; bron: string; formaat: string }>;
  maanden: Array<{ gemeente: string; jaar: number; maand: number; soort: string; cent: number }>;
  maandBytes: Uint8Array;
}

async function leesAlles(): Promise<Gelezen> {
  // 1. Almelo: Windows-1252, CRLF, title + empty line + header, empty line(s) between blocks, Totaal
  const almeloBytes = await lees('twente/uitkeringen-almelo-2024-12.csv');
  const almeloTekst = decodeer1252(almeloBytes);
  const almeloRegels = almeloTekst.split('\r\n');
  expect(almeloRegels.pop()).toBe('');
  const almelo: Periode[] = [];
  let lege = 0;
  let totaal = -1;
  const REG: Record<string, Regeling> = { 'Algemene bijstand': 'Pw', IOAW: 'IOAW', IOAZ: 'IOAZ', 'BBZ 2004': 'Bbz' };
  for (const regel of almeloRegels.slice(3)) {
    if (regel === '') {
      lege++;
      continue;
    }
    const v = regel.split(';');
    expect(v).toHaveLength(12);
    if (v[0] === 'Totaal') {
      totaal = Number(v[1]);
      continue;
    }
    expect(v[0]).toMatch(/^\d{9}$/);
    expect(v[1]!.length).toBeGreaterThan(0);
    expect(['', 'Korte afstand', 'Lange afstand']).toContain(v[7]);
    expect(['', '1', '2', '3', '4']).toContain(v[8]);
    expect(['Ja', 'Nee']).toContain(v[9]);
    expect(['Ja', 'Nee']).toContain(v[10]);
    ddmmjjjj(v[2]!);
    almelo.push({
      bron: 'twente',
      persoon: v[0]!,
      gemeente: NAAR_CODE[v[3]!]!,
      regeling: REG[v[4]!]!,
      start: ddmmjjjj(v[5]!),
      eind: v[6] ? ddmmjjjj(v[6]) : null,
      afstand: v[7] === 'Korte afstand' ? 'kort' : v[7] === 'Lange afstand' ? 'lang' : '',
      lwg: v[8]!,
      dgr: v[9] === 'Ja',
      beschut: v[10] === 'Ja',
      reden: v[11]!,
    });
  }

  // 2. Oldenzaal: UTF-8 with BOM, LF, d-m-jjjj, Leeftijd instead of a birth date
  const oldBytes = await lees('twente/uitkeringen-oldenzaal-2024-12.csv');
  const oldTekst = new TextDecoder('utf-8', { ignoreBOM: false }).decode(oldBytes);
  const oldRegels = oldTekst.split('\n');
  expect(oldRegels.pop()).toBe('');
  expect(oldRegels[0]).toBe('Burgerservicenummer;Gemeentecode;Wet;Begindatum;Beëindigingsdatum;Afstand;Loonwaarde;DGR;Beschut;Leeftijd;Uitstroomreden');
  const WET: Record<string, Regeling> = { PW: 'Pw', IOAW: 'IOAW', IOAZ: 'IOAZ', BBZ: 'Bbz' };
  const oldenzaal: Periode[] = [];
  const leeftijden: number[] = [];
  for (const regel of oldRegels.slice(1)) {
    expect(regel).not.toContain('\r');
    const v = regel.split(';');
    expect(v).toHaveLength(11);
    expect(v[1]).toBe('0173');
    expect(v[6]).toMatch(/^(|zorg|\d{1,3}%)$/);
    const procent = /^(\d+)%$/.exec(v[6]!);
    const lwg = v[6] === 'zorg' ? '4' : procent ? (Number(procent[1]) > 80 ? '1' : Number(procent[1]) >= 20 ? '2' : '3') : '';
    leeftijden.push(Number(v[9]));
    oldenzaal.push({
      bron: 'twente',
      persoon: v[0]!,
      gemeente: 'GM0173',
      regeling: WET[v[2]!]!,
      start: dmjjjj(v[3]!),
      eind: v[4] ? dmjjjj(v[4]) : null,
      afstand: v[5] === 'K' ? 'kort' : v[5] === 'L' ? 'lang' : '',
      lwg,
      dgr: v[7] === 'J',
      beschut: v[8] === 'J',
      reden: v[10]!,
    });
  }

  // 3. Regio Alkmaar: XLSX, title row 1, header row 3, real date cells
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await lees('regio-alkmaar/uitkeringen-regio-alkmaar-2024-12.xlsx')).buffer as ArrayBuffer);
  const ws = wb.getWorksheet('Uitkeringen')!;
  expect(celTekst(ws.getRow(1).getCell(1).value)).toBe('Klantenbestand regio Alkmaar (lopend op of na 1-1-2011)');
  expect(ws.getRow(2).cellCount).toBe(0);
  const kop = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(celTekst);
  expect(kop).toEqual([
    'Klantnummer',
    'Woongemeente',
    'Uitkeringssoort',
    'Startdatum',
    'Einddatum',
    'Afstand arbeidsmarkt',
    'Loonwaardegroep',
    'Doelgroepenregister',
    'Beschut werk',
    'Geboortedatum',
    'Reden einde',
  ]);
  // Bijstand that ended before 1-1-2015 is WWB in the system; Participatiewet from then on.
  const SOORT: Record<string, Regeling> = { Participatiewet: 'Pw', WWB: 'Pw', IOAW: 'IOAW', IOAZ: 'IOAZ', Bbz: 'Bbz' };
  const LWG: Record<string, string> = { '(bijna) volledige loonwaarde': '1', 'beperkte loonwaarde': '2', beschut: '3', zorg: '4', '': '' };
  const alkmaar: Periode[] = [];
  for (let r = 4; r <= ws.rowCount; r++) {
    const rij = ws.getRow(r);
    const c = (i: number) => rij.getCell(i).value;
    expect(celTekst(c(1))).toMatch(/^K\d{7}$/);
    expect(['ja', 'nee']).toContain(celTekst(c(8)));
    expect(['', 'kort', 'lang']).toContain(celTekst(c(6)));
    expect(celTekst(c(7)) in LWG).toBe(true);
    celDatum(c(10));
    alkmaar.push({
      bron: 'alkmaar',
      persoon: celTekst(c(1)),
      gemeente: celTekst(c(2)),
      regeling: SOORT[celTekst(c(3))]!,
      label: celTekst(c(3)),
      start: celDatum(c(4))!,
      eind: celDatum(c(5)),
      afstand: celTekst(c(6)),
      lwg: LWG[celTekst(c(7))]!,
      dgr: celTekst(c(8)) === 'ja',
      beschut: celTekst(c(9)) === 'ja',
      reden: celTekst(c(11)),
    });
  }

  // 4./5. Doelgroepen
  const registraties: Registratie[] = [];
  const dgT = await lees('doelgroepen/doelgroepen-twente.csv');
  expect(heeftBom(dgT)).toBe(true);
  const dgTRegels = new TextDecoder().decode(dgT).split('\n');
  expect(dgTRegels.pop()).toBe('');
  expect(dgTRegels[0]).toBe('BSN;Gemeente;Register;Begindatum;Einddatum');
  for (const regel of dgTRegels.slice(1)) {
    const v = regel.split(';');
    expect(['Doelgroepenregister', 'Beschut werk']).toContain(v[2]);
    registraties.push({
      bron: 'twente',
      persoon: v[0]!,
      gemeente: NAAR_CODE[v[1]!]!,
      register: v[2] === 'Doelgroepenregister' ? 'dgr' : 'beschut',
      start: ddmmjjjj(v[3]!),
      eind: v[4] ? ddmmjjjj(v[4]) : null,
    });
  }
  const dgA = await lees('doelgroepen/doelgroepen-regio-alkmaar.csv');
  const dgARegels = new TextDecoder().decode(dgA).split('\n');
  expect(dgARegels.pop()).toBe('');
  expect(dgARegels[0]).toBe('Klantnummer;Gemeentecode;Doelgroep;Startdatum;Einddatum');
  for (const regel of dgARegels.slice(1)) {
    const v = regel.split(';');
    expect(['banenafspraak', 'beschut werk']).toContain(v[2]);
    expect(v[1]).toMatch(/^GM\d{4}$/);
    registraties.push({
      bron: 'alkmaar',
      persoon: v[0]!,
      gemeente: v[1]!,
      register: v[2] === 'banenafspraak' ? 'dgr' : 'beschut',
      start: isoDatum(v[3]!),
      eind: v[4] ? isoDatum(v[4]) : null,
    });
  }

  // 6. Beschut werk
  const bwRegels = new TextDecoder().decode(await lees('beschut-werk/beschut-werk-taakstelling.csv')).split('\n');
  expect(bwRegels.pop()).toBe('');
  expect(bwRegels[0]).toBe('Gemeente;Jaar;Taakstelling;Realisatie;Bron');
  const NAMEN: Record<string, string> = {
    ...NAAR_CODE,
    Alkmaar: 'GM0361',
    'Bergen (NH.)': 'GM0373',
    Castricum: 'GM0383',
    Heiloo: 'GM0399',
    Uitgeest: 'GM0450',
    Heerhugowaard: 'GM0398',
    Langedijk: 'GM0416',
    'Dijk en Waard': 'GM1980',
  };
  const beschut = bwRegels.slice(1).map((regel) => {
    const v = regel.split(';');
    expect(v).toHaveLength(5);
    expect(NAMEN[v[0]!]).toBeDefined();
    return { gemeente: NAMEN[v[0]!]!, jaar: Number(v[1]), taakstelling: Number(v[2]), realisatie: v[3] === '' ? null : Number(v[3]), bron: v[4]! };
  });

  // 7. Budget
  const bwb = new ExcelJS.Workbook();
  await bwb.xlsx.load((await lees('budget/budgetten.xlsx')).buffer as ArrayBuffer);
  const bws = bwb.getWorksheet('Budget')!;
  expect((bws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(celTekst)).toEqual(['Gemeente', 'Jaar', 'Soort', 'Begroot', 'Gerealiseerd', 'Uitkeringen', 'Loonkostensubsidie', 'Baten', 'Versie', 'Bron']);
  const budget: Gelezen['budget'] = [];
  for (let r = 2; r <= bws.rowCount; r++) {
    const rij = bws.getRow(r);
    const g = rij.getCell(5).value;
    expect(typeof rij.getCell(4).value).toBe('number');
    budget.push({
      gemeente: celTekst(rij.getCell(1).value),
      jaar: Number(rij.getCell(2).value),
      soort: celTekst(rij.getCell(3).value),
      begroot: rij.getCell(4).value as number,
      gerealiseerd: g === null || g === undefined ? null : (g as number),
      delen: rij.getCell(6).value === null ? null : [6, 7, 8].map((c) => rij.getCell(c).value as number),
      versie: celTekst(rij.getCell(9).value),
      bron: celTekst(rij.getCell(10).value),
      formaat: rij.getCell(4).numFmt,
    });
  }

  // 8. Realisatie per maand: Windows-1252, "€ 272.840,17"
  const maandBytes = await lees('budget/realisatie-per-maand.csv');
  const maandRegels = decodeer1252(maandBytes).split('\r\n');
  expect(maandRegels.pop()).toBe('');
  expect(maandRegels[0]).toBe('Gemeente;Jaar;Maand;Soort;Gerealiseerd');
  const maanden = maandRegels.slice(1).map((regel) => {
    const v = regel.split(';');
    const m = /^€ (\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(v[4]!);
    if (!m) throw new Error(`bedrag ${v[4]}`);
    expect(v[0]).toMatch(/^\d{4}$/);
    return { gemeente: `GM${v[0]}`, jaar: Number(v[1]), maand: Number(v[2]), soort: v[3]!, cent: Number(m[1]!.replaceAll('.', '')) * 100 + Number(m[2]) };
  });

  return {
    almelo: { bytes: almeloBytes, regels: almeloRegels, perioden: almelo, lege, totaal },
    oldenzaal: { bytes: oldBytes, perioden: oldenzaal, leeftijden },
    alkmaar,
    registraties,
    beschut,
    budget,
    maanden,
    maandBytes,
  };
}

let d: Gelezen;
let alle: Periode[];
beforeAll(async () => {
  d = await leesAlles();
  alle = [...d.almelo.perioden, ...d.oldenzaal.perioden, ...d.alkmaar];
}, 60_000);

const stand = (gemeente: string, peildatum: string, filter: (p: Periode) => boolean = () => true) =>
  alle.filter((p) => p.gemeente === gemeente && telt(p, peildatum) && filter(p)).length;

describe('file shapes', () => {
  it('Almelo: Windows-1252 with ë as 0xEB, CRLF, title, blocks, Totaal', () => {
    const b = d.almelo.bytes;
    expect(heeftBom(b)).toBe(false);
    expect(b.includes(0xeb)).toBe(true);
    expect(d.almelo.regels[0]).toBe('Uitkeringen Dinkelland en Tubbergen, lopend op of na 1-1-2015, aangemaakt 31-12-2024');
    expect(d.almelo.regels[1]).toBe('');
    expect(d.almelo.regels[2]).toBe(
      'BSN;Achternaam;Geboortedatum;Gemeente;Regeling;Ingangsdatum;Einddatum;Afstand tot arbeidsmarkt;Loonwaardegroep;Doelgroepenregister;Beschut werk;Reden beëindiging',
    );
    // no bare LF anywhere
    expect(d.almelo.regels.every((r) => !r.includes('\n'))).toBe(true);
    expect(d.almelo.lege).toBeGreaterThanOrEqual(1);
    expect(d.almelo.lege).toBeLessThanOrEqual(2);
    expect(d.almelo.totaal).toBe(d.almelo.perioden.length);
    expect(d.almelo.regels[d.almelo.regels.length - 1]).toBe(`Totaal;${d.almelo.perioden.length};;;;;;;;;;`);
    // Dinkelland block, then Tubbergen block
    const eersteTubbergen = d.almelo.perioden.findIndex((p) => p.gemeente === 'GM0183');
    expect(d.almelo.perioden.slice(0, eersteTubbergen).every((p) => p.gemeente === 'GM1774')).toBe(true);
    expect(d.almelo.perioden.slice(eersteTubbergen).every((p) => p.gemeente === 'GM0183')).toBe(true);
  });

  it('Oldenzaal: UTF-8 with BOM, ages on the extract date', () => {
    expect(heeftBom(d.oldenzaal.bytes)).toBe(true);
    expect(Math.min(...d.oldenzaal.leeftijden)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...d.oldenzaal.leeftijden)).toBeLessThanOrEqual(110);
  });

  it('monthly realisations: Windows-1252 with € as 0x80', () => {
    expect(d.maandBytes.includes(0x80)).toBe(true);
    expect(heeftBom(d.maandBytes)).toBe(false);
  });

  it('budget amounts are numbers formatted #,##0', () => {
    expect(d.budget.every((b) => b.formaat === '#,##0')).toBe(true);
  });
});

describe('hard figures', () => {
  it('Dinkelland on 1-12-2019: Pw 245 (85 kort, 160 lang), IOAW 24, IOAZ 2, Bbz 4, total 275', () => {
    const p = '2019-12-01';
    expect(stand('GM1774', p, (u) => u.regeling === 'Pw')).toBe(245);
    expect(stand('GM1774', p, (u) => u.regeling === 'Pw' && u.afstand === 'kort')).toBe(85);
    expect(stand('GM1774', p, (u) => u.regeling === 'Pw' && u.afstand === 'lang')).toBe(160);
    expect(stand('GM1774', p, (u) => u.regeling === 'Pw' && u.afstand === '')).toBe(0);
    expect(stand('GM1774', p, (u) => u.regeling === 'IOAW')).toBe(24);
    expect(stand('GM1774', p, (u) => u.regeling === 'IOAZ')).toBe(2);
    expect(stand('GM1774', p, (u) => u.regeling === 'Bbz')).toBe(4);
    expect(stand('GM1774', p)).toBe(275);
  });

  it('regio Alkmaar Pw on 1-11-2011 (bron 003)', () => {
    const verwacht: Record<string, number> = {
      GM0361: 1890,
      GM0399: 160,
      GM0398: 540,
      GM0373: 210,
      GM0416: 190,
      GM0458: 40,
      GM0365: 30,
      GM0383: 190,
    };
    for (const [g, n] of Object.entries(verwacht)) expect(stand(g, '2011-11-01', (u) => u.regeling === 'Pw'), g).toBe(n);
  });

  it('doelgroepenregister Dinkelland on 1-12-2019: 38 persons', () => {
    const n = d.registraties.filter((r) => r.gemeente === 'GM1774' && r.register === 'dgr' && telt(r, '2019-12-01')).length;
    expect(n).toBe(38);
  });

  it('beschut werk Dinkelland: taakstelling and realisatie, and the register follows realisatie', () => {
    const rijen = d.beschut.filter((r) => r.gemeente === 'GM1774').sort((a, b) => a.jaar - b.jaar);
    expect(rijen.map((r) => r.jaar)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(rijen.map((r) => r.taakstelling)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rijen.map((r) => r.realisatie)).toEqual([1, 3, 4, 5, 5, 6, 7, null]);
    expect(rijen.find((r) => r.jaar === 2019)!.bron).toBe('bron 002');
    for (const r of rijen.filter((x) => x.jaar <= 2023)) expect(r.bron).toContain(r.jaar >= 2019 ? 'bron 002' : 'demo');
    for (const r of rijen.filter((x) => x.jaar === 2017 || x.jaar === 2018 || x.jaar === 2024)) expect(r.bron).toBe('demo');
    for (let jaar = 2017; jaar <= 2023; jaar++) {
      const n = d.registraties.filter((x) => x.gemeente === 'GM1774' && x.register === 'beschut' && telt(x, `${jaar + 1}-01-01`)).length;
      expect(n, String(jaar)).toBe(rijen.find((r) => r.jaar === jaar)!.realisatie);
    }
  });

  it('budget rows of the sources, exactly', () => {
    const rij = (g: string, jaar: number, soort: string) => {
      const r = d.budget.filter((b) => b.gemeente === g && b.jaar === jaar && b.soort === soort);
      expect(r, `${g} ${jaar} ${soort}`).toHaveLength(1);
      return r[0]!;
    };
    const buig = [3274086, 3376733, 3451906, 3505956, 3505956];
    const participatie = [2203601, 2137807, 2039510, 1916142, 1813381];
    for (let i = 0; i < 5; i++) {
      const jaar = 2020 + i;
      expect(rij('GM1774', jaar, 'BUIG')).toMatchObject({ begroot: buig[i], bron: 'meicirculaire 2019' });
      expect(rij('GM1774', jaar, 'Participatiebudget')).toMatchObject({ begroot: participatie[i], bron: 'meicirculaire 2019' });
      const b002 = 'meerjarenbegroting Dinkelland (bron 002)';
      expect(rij('GM1774', jaar, 'Uitvoeringskosten')).toMatchObject({ begroot: 567357, bron: b002 });
      expect(rij('GM1774', jaar, 'Re-integratie trajecten')).toMatchObject({ begroot: 289225, bron: b002 });
      expect(rij('GM1774', jaar, 'Kinderopvang')).toMatchObject({ begroot: 4770, bron: b002 });
      // 567.357 is Dinkelland's 56%; Tubbergen's 43% on the same key is derived from it: 567.357 × 43 / 56.
      expect(rij('GM0183', jaar, 'Uitvoeringskosten')).toMatchObject({ begroot: 435649, bron: 'demo, afgeleid uit bron 002 (43% op de sleutel van Noaberkracht)' });
    }
    const bron003: Record<string, number[]> = {
      GM0361: [6688656, 2658097, 2383121, 1758970, 1540736],
      GM0373: [801444, 318391, 285454, 210692, 184552],
      GM0383: [317155, 95597, 85708, 63260, 55412],
      GM0365: [54339, 33987, 30471, 22491, 19700],
      GM0398: [1710826, 519014, 465323, 343452, 300840],
      GM0399: [359478, 136493, 122373, 90323, 79117],
      GM0416: [501308, 171992, 154200, 113814, 99693],
      GM0458: [61959, 23670, 21222, 15664, 13720],
    };
    for (const [g, bedragen] of Object.entries(bron003)) {
      bedragen.forEach((bedrag, i) => expect(rij(g, 2011 + i, 'Re-integratie trajecten')).toMatchObject({ begroot: bedrag, bron: 'bron 003' }));
    }
  });

  it('never the same money twice before 2015: no participatiebudget next to the re-integratie (Wpb) rows', () => {
    expect(d.budget.filter((b) => b.soort === 'Participatiebudget' && b.jaar < 2015)).toEqual([]);
    expect(d.budget.some((b) => b.soort === 'Re-integratie trajecten' && b.jaar < 2015)).toBe(true);
  });

  it('versions: Dinkelland 2020–2024 names the meicirculaire 2019 in its bron only, other BUIG rows are definitief but Tubbergen 2024', () => {
    const buig = d.budget.filter((b) => b.soort === 'BUIG');
    for (const b of buig) {
      const verwacht = b.bron === 'meicirculaire 2019' ? '' : b.gemeente === 'GM0183' && b.jaar === 2024 ? 'nader voorlopig' : 'definitief';
      expect(b.versie, `${b.gemeente} ${b.jaar}`).toBe(verwacht);
    }
    expect(d.budget.filter((b) => b.soort !== 'BUIG').every((b) => b.versie === '')).toBe(true);
  });

  it('BUIG lasten split into uitkeringen + loonkostensubsidie − baten for Twente from 2020, to the cent', () => {
    const metDelen = d.budget.filter((b) => b.delen);
    expect(new Set(metDelen.map((b) => `${b.gemeente}`))).toEqual(new Set(['GM1774', 'GM0183', 'GM0173']));
    for (const b of metDelen) {
      expect(b.soort).toBe('BUIG');
      expect(b.jaar).toBeGreaterThanOrEqual(2020);
      const [u, lks, baten] = b.delen!.map((x) => Math.round(x * 100));
      expect(u! + lks! - baten!, `${b.gemeente} ${b.jaar}`).toBe(Math.round(b.gerealiseerd! * 100));
      expect(lks! / Math.round(b.gerealiseerd! * 100)).toBeGreaterThan(0.019);
    }
  });
});

describe('consistency', () => {
  it('coverage: every period active on or after the coverage start, none ending after 31-12-2024', () => {
    const fout = alle.filter((p) => {
      const [van] = DEKKING[p.gemeente]!;
      if (p.start > EXTRACT_EINDE) return true;
      if (p.eind === null) return p.reden !== '';
      return p.eind < p.start || p.eind > EXTRACT_EINDE || p.eind < van || p.reden === '';
    });
    expect(fout).toEqual([]);
    // some periods started years before the coverage
    expect(alle.some((p) => p.start < '2007-01-01')).toBe(true);
  });

  it('stock(next) = stock(this) + started in (this, next] − ended in [this, next), every municipality', () => {
    for (const [g, [van, tot]] of Object.entries(DEKKING)) {
      const eigen = alle.filter((p) => p.gemeente === g);
      const pd = peildata(van, tot);
      const stock = pd.map((p) => eigen.filter((u) => telt(u, p)).length);
      for (let i = 0; i + 1 < pd.length; i++) {
        const [a, b] = [pd[i]!, pd[i + 1]!];
        const instroom = eigen.filter((u) => u.start > a && u.start <= b).length;
        const uitstroom = eigen.filter((u) => u.eind !== null && u.eind >= a && u.eind < b).length;
        expect(stock[i + 1], `${g} ${b}`).toBe(stock[i]! + instroom - uitstroom);
      }
      expect(Math.min(...stock), g).toBeGreaterThan(0);
    }
  });

  it('no overlapping periods of one person and regeling', () => {
    const groepen = new Map<string, Periode[]>();
    for (const p of alle) {
      const k = `${p.bron}|${p.persoon}|${p.regeling}`;
      groepen.set(k, [...(groepen.get(k) ?? []), p]);
    }
    for (const [k, lijst] of groepen) {
      lijst.sort((a, b) => (a.start < b.start ? -1 : 1));
      for (let i = 1; i < lijst.length; i++) {
        const vorige = lijst[i - 1]!;
        expect(vorige.eind, k).not.toBeNull();
        expect(lijst[i]!.start > vorige.eind!, k).toBe(true);
      }
    }
  });

  it('a person stays in one municipality, or moves to its successor at the herindeling', () => {
    const perPersoon = new Map<string, Periode[]>();
    for (const p of alle) perPersoon.set(`${p.bron}|${p.persoon}`, [...(perPersoon.get(`${p.bron}|${p.persoon}`) ?? []), p]);
    const fout: string[] = [];
    for (const [k, lijst] of perPersoon) {
      const gemeenten = new Set(lijst.map((p) => p.gemeente));
      if (gemeenten.size === 1) continue;
      const oud = [...gemeenten].find((g) => HERINDELINGEN[g]);
      const h = oud ? HERINDELINGEN[oud]! : undefined;
      const ok =
        gemeenten.size === 2 &&
        h !== undefined &&
        gemeenten.has(h.opvolger) &&
        lijst.every((p) => (p.gemeente === oud ? p.start < h.datum : p.start >= h.datum));
      if (!ok) fout.push(k);
    }
    expect(fout).toEqual([]);
  });

  it('herindeling: old period ends the day before, same person continues under the successor', () => {
    for (const [oud, { datum, opvolger }] of Object.entries(HERINDELINGEN)) {
      const laatsteDag = dagErvoor(datum);
      const perioden = alle.filter((p) => p.gemeente === oud);
      expect(perioden.every((p) => p.eind !== null && p.eind <= laatsteDag)).toBe(true);
      const overgangen = perioden.filter((p) => p.reden === 'Herindeling');
      expect(overgangen.length, oud).toBeGreaterThan(5);
      for (const p of overgangen) {
        expect(p.eind).toBe(laatsteDag);
        const vervolg = alle.filter(
          (q) => q.bron === p.bron && q.persoon === p.persoon && q.regeling === p.regeling && q.gemeente === opvolger && q.start === datum,
        );
        expect(vervolg).toHaveLength(1);
        expect(vervolg[0]).toMatchObject({ afstand: p.afstand, lwg: p.lwg, beschut: p.beschut });
        // A flag says whether the person is in the register; before 2015 there was none.
        if (datum > PW_INGANG) expect(vervolg[0]!.dgr).toBe(p.dgr);
        else expect(p.dgr).toBe(false);
      }
      // a benefit that ended on the last day for another reason (work, AOW) does not continue
      for (const p of perioden.filter((x) => x.eind === laatsteDag && x.reden !== 'Herindeling')) {
        expect(alle.some((q) => q.bron === p.bron && q.persoon === p.persoon && q.regeling === p.regeling && q.start === datum)).toBe(false);
      }
    }
  });

  it('flags match the registers: a person flagged on a benefit is in that register throughout it (from 1-1-2015, when the registers began)', () => {
    const reg = new Map<string, Registratie[]>();
    for (const r of d.registraties) {
      const k = `${r.bron}|${r.persoon}|${r.register}`;
      reg.set(k, [...(reg.get(k) ?? []), r]);
    }
    const gedekt = (lijst: Registratie[], start: string, eind: string | null) => {
      // the entry holding the start, followed by contiguous ones (split at a herindeling)
      const s = [...lijst].sort((x, y) => (x.start < y.start ? -1 : 1));
      const i = s.findIndex((r) => telt(r, start));
      if (i < 0) return false;
      let tot = s[i]!.eind;
      for (let j = i + 1; j < s.length && tot !== null && dagErvoor(s[j]!.start) === tot; j++) tot = s[j]!.eind;
      return tot === null || (eind !== null && tot >= eind);
    };
    let dgr = 0;
    let beschut = 0;
    for (const p of alle) {
      if (p.dgr) {
        dgr++;
        expect(p.regeling).toBe('Pw');
        expect(gedekt(reg.get(`${p.bron}|${p.persoon}|dgr`) ?? [], p.start > PW_INGANG ? p.start : PW_INGANG, p.eind), `${p.persoon} dgr`).toBe(true);
      }
      if (p.beschut) {
        beschut++;
        expect(gedekt(reg.get(`${p.bron}|${p.persoon}|beschut`) ?? [], p.start > PW_INGANG ? p.start : PW_INGANG, p.eind), `${p.persoon} beschut`).toBe(true);
      }
    }
    const pw = alle.filter((p) => p.regeling === 'Pw').length;
    expect(dgr / pw).toBeGreaterThan(0.05);
    expect(dgr / pw).toBeLessThan(0.11);
    expect(beschut).toBeGreaterThan(0);
    expect(beschut / pw).toBeLessThan(0.005);
  });

  it('no anachronisms: no register entry before 1-1-2015, no flag or Participatiewet label on a benefit that ended before it', () => {
    expect(d.registraties.filter((r) => r.start < PW_INGANG)).toEqual([]);
    const voor = alle.filter((p) => p.eind !== null && p.eind < PW_INGANG);
    expect(voor.length).toBeGreaterThan(1000);
    expect(voor.filter((p) => p.dgr || p.beschut)).toEqual([]);
    expect(voor.filter((p) => p.label === 'Participatiewet')).toEqual([]);
    expect(voor.filter((p) => p.regeling === 'Pw').every((p) => p.label === 'WWB')).toBe(true);
    // a benefit converted from the WWB and running on is Participatiewet
    expect(alle.some((p) => p.bron === 'alkmaar' && p.start < PW_INGANG && (p.eind === null || p.eind >= PW_INGANG) && p.label === 'Participatiewet')).toBe(true);
  });

  it('beschut werk register holds realisatie(Y) on 1 January Y+1 in every municipality', () => {
    for (const r of d.beschut) {
      if (r.realisatie === null) continue;
      const peildatum = `${r.jaar + 1}-01-01`;
      if (peildatum > DEKKING[r.gemeente]![1]) continue;
      const n = d.registraties.filter((x) => x.gemeente === r.gemeente && x.register === 'beschut' && telt(x, peildatum)).length;
      expect(n, `${r.gemeente} ${r.jaar}`).toBe(r.realisatie);
      expect(r.realisatie).toBeLessThanOrEqual(r.taakstelling);
    }
  });

  it('monthly realisations add up to the yearly gerealiseerd, to the cent', () => {
    const perJaar = new Map<string, { som: number; n: number }>();
    for (const m of d.maanden) {
      const k = `${m.gemeente}|${m.jaar}|${m.soort}`;
      const x = perJaar.get(k) ?? { som: 0, n: 0 };
      x.som += m.cent;
      x.n++;
      perJaar.set(k, x);
    }
    let gecontroleerd = 0;
    for (const b of d.budget) {
      const k = `${b.gemeente}|${b.jaar}|${b.soort}`;
      if (b.gerealiseerd === null) {
        expect(perJaar.has(k), k).toBe(false);
        continue;
      }
      const x = perJaar.get(k);
      expect(x, k).toBeDefined();
      expect(x!.n).toBe(12);
      expect(x!.som, k).toBe(Math.round(b.gerealiseerd * 100));
      gecontroleerd++;
    }
    expect(perJaar.size).toBe(gecontroleerd);
  });

  it('plausible mix: regelingen, afstand, registers, budget', () => {
    const p = '2019-12-01';
    const lopend = alle.filter((u) => telt(u, p));
    const aandeel = (f: (u: Periode) => boolean, lijst = lopend) => lijst.filter(f).length / lijst.length;
    expect(aandeel((u) => u.regeling === 'Pw')).toBeGreaterThan(0.85);
    expect(aandeel((u) => u.regeling === 'Pw')).toBeLessThan(0.93);
    const pw = lopend.filter((u) => u.regeling === 'Pw' && u.afstand !== '');
    expect(aandeel((u) => u.afstand === 'kort', pw)).toBeGreaterThan(0.3);
    expect(aandeel((u) => u.afstand === 'kort', pw)).toBeLessThan(0.4);
    expect(lopend.filter((u) => u.regeling !== 'Pw').every((u) => u.afstand === '' && u.lwg === '' && !u.dgr)).toBe(true);
    // BUIG realisation within 10% of the budget
    for (const b of d.budget.filter((x) => x.soort === 'BUIG')) {
      expect(Math.abs(b.gerealiseerd! / b.begroot - 1), `${b.gemeente} ${b.jaar}`).toBeLessThan(0.1);
    }
  });
});

describe('determinism and the large file', () => {
  it('generates the committed bytes, twice', async () => {
    const a = await mkdtemp(join(tmpdir(), 'demo-data-a-'));
    const b = await mkdtemp(join(tmpdir(), 'demo-data-b-'));
    try {
      await genereer(a);
      await genereer(b);
      for (const naam of BESTANDEN) {
        const x = await readFile(join(a, naam));
        const y = await readFile(join(b, naam));
        expect(Buffer.compare(x, y), naam).toBe(0);
        expect(Buffer.compare(x, await readFile(join(EXTRACTS, naam))), `${naam} (committed)`).toBe(0);
      }
    } finally {
      await rm(a, { recursive: true, force: true });
      await rm(b, { recursive: true, force: true });
    }
  }, 120_000);

  it('schrijfGrootUitkeringenCsv: the Almelo shape, valid periods, deterministic', () => {
    const n = 50_000;
    const bytes = schrijfGrootUitkeringenCsv(n, 7);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(schrijfGrootUitkeringenCsv(n, 7)))).toBe(0);
    const regels = new TextDecoder().decode(bytes).split('\r\n');
    expect(regels.pop()).toBe('');
    expect(regels[1]).toBe('');
    expect(regels[2]).toBe(d.almelo.regels[2]);
    expect(regels[regels.length - 1]).toBe(`Totaal;${n};;;;;;;;;;`);
    const data = regels.slice(3, -1).filter((r) => r !== '');
    expect(data).toHaveLength(n);
    const laatste = new Map<string, string | null>();
    const gemeenten = new Set<string>();
    const fouten: string[] = [];
    for (const r of data) {
      const v = r.split(';');
      if (v.length !== 12) fouten.push(r);
      gemeenten.add(v[3]!);
      const start = ddmmjjjj(v[5]!);
      const eind = v[6] ? ddmmjjjj(v[6]) : null;
      if (eind !== null && eind < start) fouten.push(r);
      if (eind !== null && eind < '2015-01-01') fouten.push(r);
      const k = `${v[0]}|${v[4]}`;
      if (laatste.has(k)) {
        const vorige = laatste.get(k)!;
        if (vorige === null || start <= vorige) fouten.push(r);
      }
      laatste.set(k, eind);
    }
    expect(fouten).toEqual([]);
    expect([...gemeenten].sort()).toEqual(['Dinkelland', 'Oldenzaal', 'Tubbergen']);
  });
});
