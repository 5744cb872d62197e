import { gemeenteNaam, type Regeling } from '@pw/model';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import iconv from 'iconv-lite';
import type { BeschutRij } from './beschut.ts';
import type { BudgetRij } from './budget.ts';
import { EXTRACT_DATUM, GEMEENTEN } from './config.ts';
import { alsDate, ddmmjjjj, dmjjjj, iso, leeftijdOp } from './dag.ts';
import { START_REGISTERS, type Inschrijving } from './registers.ts';
import type { Lwg, Uitkering } from './uitkeringen.ts';

/** Fixed dates for the workbook properties and the zip entries (determinism). */
const WERKBOEK_DATUM = new Date(Date.UTC(2024, 11, 31, 12, 0, 0));
/** fflate writes zip times in local time: built from local parts, it is the same in every time zone. */
const ZIP_DATUM = new Date(2024, 11, 31, 12, 0, 0);

const BOM = '\uFEFF';

function utf8(tekst: string, bom = false): Uint8Array {
  return new TextEncoder().encode((bom ? BOM : '') + tekst);
}

function windows1252(tekst: string): Uint8Array {
  const buf = iconv.encode(tekst, 'win1252');
  // iconv-lite writes "?" for characters outside the code page: refuse instead
  const terug = iconv.decode(buf, 'win1252');
  if (terug !== tekst) throw new Error('tekst past niet in Windows-1252');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

const volgordeGemeente = new Map(GEMEENTEN.map((g, i) => [g.code, i]));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The flags say whether the person is in the register. Before 1-1-2015 there was no register: a
 * benefit that ended earlier says "nee" (as a source system that records the status at the end).
 */
const naStart = (u: Uitkering) => u.eind === null || u.eind >= START_REGISTERS;
const isDgr = (u: Uitkering) => u.regeling === 'Pw' && u.persoon.dgr === true && naStart(u);
const isBeschut = (u: Uitkering) => u.beschut && naStart(u);

// ---------------------------------------------------------------------------------------------
// 1. Almelo: Dinkelland and Tubbergen

const ALMELO_REGELING: Record<Regeling, string> = { Pw: 'Algemene bijstand', IOAW: 'IOAW', IOAZ: 'IOAZ', Bbz: 'BBZ 2004' };
const ALMELO_AFSTAND = { kort: 'Korte afstand', lang: 'Lange afstand', '': '' } as const;
const ALMELO_TITEL = 'Uitkeringen Dinkelland en Tubbergen, lopend op of na 1-1-2015, aangemaakt 31-12-2024';
export const ALMELO_KOP =
  'BSN;Achternaam;Geboortedatum;Gemeente;Regeling;Ingangsdatum;Einddatum;Afstand tot arbeidsmarkt;Loonwaardegroep;Doelgroepenregister;Beschut werk;Reden beëindiging';

export function almeloCsv(uitkeringen: readonly Uitkering[]): Uint8Array {
  const regels: string[] = [ALMELO_TITEL, '', ALMELO_KOP];
  let aantal = 0;
  const blokken = ['GM1774', 'GM0183'].map((code) =>
    uitkeringen
      .filter((u) => u.gemeente === code)
      .sort((a, b) => cmp(a.persoon.id, b.persoon.id) || a.start - b.start || a.cel - b.cel),
  );
  blokken.forEach((blok, i) => {
    if (i > 0) regels.push('', '');
    for (const u of blok) {
      regels.push(
        [
          u.persoon.id,
          u.persoon.achternaam,
          ddmmjjjj(u.persoon.geboren),
          gemeenteNaam(u.gemeente),
          ALMELO_REGELING[u.regeling],
          ddmmjjjj(u.start),
          u.eind === null ? '' : ddmmjjjj(u.eind),
          ALMELO_AFSTAND[u.afstand],
          u.loonwaardegroep,
          isDgr(u) ? 'Ja' : 'Nee',
          isBeschut(u) ? 'Ja' : 'Nee',
          u.reden,
        ].join(';'),
      );
      aantal++;
    }
  });
  regels.push(`Totaal;${aantal};;;;;;;;;;`);
  return windows1252(regels.join('\r\n') + '\r\n');
}

// ---------------------------------------------------------------------------------------------
// 2. Oldenzaal

const OLDENZAAL_WET: Record<Regeling, string> = { Pw: 'PW', IOAW: 'IOAW', IOAZ: 'IOAZ', Bbz: 'BBZ' };
const OLDENZAAL_KOP = 'Burgerservicenummer;Gemeentecode;Wet;Begindatum;Beëindigingsdatum;Afstand;Loonwaarde;DGR;Beschut;Leeftijd;Uitstroomreden';

function loonwaardeTekst(lwg: Lwg, procent: number): string {
  if (lwg === '') return '';
  if (lwg === '4') return 'zorg';
  return `${procent}%`;
}

export function oldenzaalCsv(uitkeringen: readonly Uitkering[]): Uint8Array {
  const regels: string[] = [OLDENZAAL_KOP];
  const lijst = uitkeringen.filter((u) => u.gemeente === 'GM0173').sort((a, b) => a.start - b.start || cmp(a.persoon.id, b.persoon.id) || a.cel - b.cel);
  for (const u of lijst) {
    regels.push(
      [
        u.persoon.id,
        '0173',
        OLDENZAAL_WET[u.regeling],
        dmjjjj(u.start),
        u.eind === null ? '' : dmjjjj(u.eind),
        u.afstand === 'kort' ? 'K' : u.afstand === 'lang' ? 'L' : '',
        loonwaardeTekst(u.loonwaardegroep, u.loonwaardeProcent),
        isDgr(u) ? 'J' : 'N',
        isBeschut(u) ? 'J' : 'N',
        String(leeftijdOp(u.persoon.geboren, EXTRACT_DATUM)),
        u.reden,
      ].join(';'),
    );
  }
  return utf8(regels.join('\n') + '\n', true);
}

// ---------------------------------------------------------------------------------------------
// XLSX, deterministic

/** Writes a workbook and rewrites its zip with fixed entry times, so the bytes never vary. */
async function werkboekBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.creator = 'demo-data';
  wb.lastModifiedBy = 'demo-data';
  wb.created = WERKBOEK_DATUM;
  wb.modified = WERKBOEK_DATUM;
  wb.lastPrinted = WERKBOEK_DATUM;
  const ruw = new Uint8Array(await wb.xlsx.writeBuffer());
  const bestanden = unzipSync(ruw);
  const zip: Zippable = {};
  for (const naam of Object.keys(bestanden)) zip[naam] = [bestanden[naam]!, { mtime: ZIP_DATUM }];
  return zipSync(zip, { level: 6, mtime: ZIP_DATUM });
}

// 3. Regio Alkmaar

const ALKMAAR_SOORT: Record<Regeling, string> = { Pw: 'Participatiewet', IOAW: 'IOAW', IOAZ: 'IOAZ', Bbz: 'Bbz' };
/**
 * The label of a benefit as the system keeps it: bijstand that ended before the Participatiewet
 * (1-1-2015) is WWB; one that ran on was converted and is Participatiewet.
 */
const alkmaarSoort = (u: Uitkering) => (u.regeling === 'Pw' && u.eind !== null && u.eind < START_REGISTERS ? 'WWB' : ALKMAAR_SOORT[u.regeling]);
const ALKMAAR_LWG: Record<Lwg, string> = {
  '1': '(bijna) volledige loonwaarde',
  '2': 'beperkte loonwaarde',
  '3': 'beschut',
  '4': 'zorg',
  '': '',
};
const ALKMAAR_TITEL = 'Klantenbestand regio Alkmaar (lopend op of na 1-1-2011)';
const ALKMAAR_KOP = [
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
];

export async function alkmaarXlsx(uitkeringen: readonly Uitkering[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uitkeringen');
  ws.getRow(1).getCell(1).value = ALKMAAR_TITEL;
  ws.getRow(1).getCell(1).font = { bold: true, size: 12 };
  const kop = ws.getRow(3);
  ALKMAAR_KOP.forEach((k, i) => {
    kop.getCell(i + 1).value = k;
    kop.getCell(i + 1).font = { bold: true };
  });
  const lijst = uitkeringen
    .filter((u) => volgordeGemeente.has(u.gemeente) && !['GM1774', 'GM0183', 'GM0173'].includes(u.gemeente))
    .sort((a, b) => cmp(a.persoon.id, b.persoon.id) || a.start - b.start || a.cel - b.cel);
  const datumFormaat = 'dd-mm-yyyy';
  let r = 4;
  for (const u of lijst) {
    const rij = ws.getRow(r++);
    // empty values stay empty cells
    rij.values = [
      u.persoon.id,
      u.gemeente,
      alkmaarSoort(u),
      alsDate(u.start),
      u.eind === null ? null : alsDate(u.eind),
      u.afstand || null,
      ALKMAAR_LWG[u.loonwaardegroep] || null,
      isDgr(u) ? 'ja' : 'nee',
      isBeschut(u) ? 'ja' : 'nee',
      alsDate(u.persoon.geboren),
      u.reden || null,
    ];
    for (const c of [4, 5, 10]) rij.getCell(c).numFmt = datumFormaat;
  }
  ws.columns.forEach((kol, i) => (kol.width = [11, 13, 16, 12, 12, 10, 28, 10, 10, 13, 16][i]));
  return werkboekBytes(wb);
}

// 7. Budget

const BUDGET_KOP = ['Gemeente', 'Jaar', 'Soort', 'Begroot', 'Gerealiseerd', 'Uitkeringen', 'Loonkostensubsidie', 'Baten', 'Versie', 'Bron'];

export async function budgetXlsx(rijen: readonly BudgetRij[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  const kop = ws.getRow(1);
  BUDGET_KOP.forEach((k, i) => {
    kop.getCell(i + 1).value = k;
    kop.getCell(i + 1).font = { bold: true };
  });
  let r = 2;
  for (const b of rijen) {
    const rij = ws.getRow(r++);
    const euro = (cent: number | undefined | null) => (cent === null || cent === undefined ? null : cent / 100);
    rij.values = [
      b.gemeente, b.jaar, b.soort, b.begroot, euro(b.gerealiseerdCent),
      euro(b.delen?.uitkeringenCent), euro(b.delen?.loonkostensubsidieCent), euro(b.delen?.batenCent),
      b.versie || null, b.bron,
    ];
    for (const c of [4, 5, 6, 7, 8]) rij.getCell(c).numFmt = '#,##0';
  }
  ws.columns.forEach((kol, i) => (kol.width = [10, 7, 24, 14, 14, 14, 14, 14, 16, 40][i]));
  return werkboekBytes(wb);
}

// ---------------------------------------------------------------------------------------------
// 4./5. Doelgroepen

const volgordeInschrijving = (a: Inschrijving, b: Inschrijving) =>
  volgordeGemeente.get(a.gemeente)! - volgordeGemeente.get(b.gemeente)! ||
  cmp(a.register, b.register) ||
  a.start - b.start ||
  cmp(a.persoon.id, b.persoon.id);

const DOELGROEPEN_TWENTE_KOP = 'BSN;Gemeente;Register;Begindatum;Einddatum';
const DOELGROEPEN_ALKMAAR_KOP = 'Klantnummer;Gemeentecode;Doelgroep;Startdatum;Einddatum';

export function doelgroepenTwenteCsv(inschrijvingen: readonly Inschrijving[]): Uint8Array {
  const regels = [DOELGROEPEN_TWENTE_KOP];
  const lijst = inschrijvingen.filter((i) => ['GM1774', 'GM0183', 'GM0173'].includes(i.gemeente)).sort(volgordeInschrijving);
  for (const i of lijst) {
    regels.push(
      [
        i.persoon.id,
        gemeenteNaam(i.gemeente),
        i.register === 'doelgroepenregister' ? 'Doelgroepenregister' : 'Beschut werk',
        ddmmjjjj(i.start),
        i.eind === null ? '' : ddmmjjjj(i.eind),
      ].join(';'),
    );
  }
  return utf8(regels.join('\n') + '\n', true);
}

export function doelgroepenAlkmaarCsv(inschrijvingen: readonly Inschrijving[]): Uint8Array {
  const regels = [DOELGROEPEN_ALKMAAR_KOP];
  const lijst = inschrijvingen.filter((i) => !['GM1774', 'GM0183', 'GM0173'].includes(i.gemeente)).sort(volgordeInschrijving);
  for (const i of lijst) {
    regels.push(
      [i.persoon.id, i.gemeente, i.register === 'doelgroepenregister' ? 'banenafspraak' : 'beschut werk', iso(i.start), i.eind === null ? '' : iso(i.eind)].join(';'),
    );
  }
  return utf8(regels.join('\n') + '\n', true);
}

// ---------------------------------------------------------------------------------------------
// 6. Beschut werk

const BESCHUT_KOP = 'Gemeente;Jaar;Taakstelling;Realisatie;Bron';

export function beschutWerkCsv(rijen: readonly BeschutRij[]): Uint8Array {
  const regels = [BESCHUT_KOP];
  const lijst = [...rijen].sort((a, b) => volgordeGemeente.get(a.gemeente)! - volgordeGemeente.get(b.gemeente)! || a.jaar - b.jaar);
  for (const r of lijst) {
    regels.push([gemeenteNaam(r.gemeente), r.jaar, r.taakstelling, r.realisatie ?? '', r.bron].join(';'));
  }
  return utf8(regels.join('\n') + '\n');
}

// ---------------------------------------------------------------------------------------------
// 8. Realisatie per maand

const MAAND_KOP = 'Gemeente;Jaar;Maand;Soort;Gerealiseerd';

/** `€ 272.840,17` */
function euroTekst(cent: number): string {
  const teken = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euro = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const c = String(abs % 100).padStart(2, '0');
  return `€ ${teken}${euro},${c}`;
}

export function realisatiePerMaandCsv(rijen: readonly BudgetRij[]): Uint8Array {
  const regels = [MAAND_KOP];
  for (const b of rijen) {
    if (!b.maanden) continue;
    b.maanden.forEach((cent, m) => regels.push([b.gemeente.slice(2), b.jaar, m + 1, b.soort, euroTekst(cent)].join(';')));
  }
  return windows1252(regels.join('\r\n') + '\r\n');
}
