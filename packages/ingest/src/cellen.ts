import ExcelJS from 'exceljs';
import { isXlsx, type Bronbestand } from './bron.ts';
import { celTekst, ONLEESBAAR_WERKBOEK } from './onderdeel.ts';
import { naarUtf8, splitsRegel } from './tekst.ts';
import { controleerWerkmap } from './werkmap.ts';

/** A small table file read as text cells: a CSV, or the first sheet of a workbook. */
export interface Celtabel {
  bestand: string;
  /** The sheet read, for a workbook. */
  blad?: string;
  /** Non-empty rows with the line (CSV) or row (XLSX) the user sees. */
  rijen: Array<{ regel: number; cellen: string[] }>;
}

/** Limits for a table a user hands the page (a budget of some lines): a larger file is not such a table. */
const MAX_BYTES = 1 << 20;
const MAX_RIJEN = 2000;
const MAX_KOLOMMEN = 40;

/**
 * Reads a small table (a budget of direct and keyed lines, for the Verdeelsleutel page) as text
 * cells, the way the load reads extracts: the encoding (UTF-8 with or without BOM, Windows-1252)
 * by `naarUtf8`, cells split by `splitsRegel` on the delimiter (`;`, tab or `,`) that splits most
 * rows, a workbook's cells by `celTekst`. Empty rows are left out; nothing is interpreted here
 * (the caller validates the cells). A file too large, or a workbook type that cannot be read,
 * gives a message `file: reason. Oplossing: …` instead.
 */
export async function leesCellen(bron: Bronbestand): Promise<Celtabel | { fout: string }> {
  const fout = (reden: string, oplossing: string) => ({ fout: `${bron.naam}: ${reden} Oplossing: ${oplossing}` });
  if (bron.bytes.length > MAX_BYTES) return fout(`Het bestand is groter dan ${MAX_BYTES / 1024} kB; een begroting van enkele regels is veel kleiner.`, 'Kies het juiste bestand, of bewaar alleen de tabel als CSV of XLSX.');
  if (isXlsx(bron)) return werkbladCellen(bron, fout);
  if (ONLEESBAAR_WERKBOEK.test(bron.naam)) return fout('Dit bestandstype kan niet worden gelezen.', 'Sla het bestand in Excel op als "Excel-werkmap (.xlsx)" of als CSV.');
  const tekst = new TextDecoder('utf-8').decode(naarUtf8(bron.bytes).bytes);
  const regels = tekst.split('\n').map((r) => (r.endsWith('\r') ? r.slice(0, -1) : r));
  if (regels.length > MAX_RIJEN) return fout(`Het bestand heeft meer dan ${MAX_RIJEN} regels.`, 'Bewaar alleen de tabel van de begroting.');
  const kandidaten = [';', '\t', ','];
  const gesplitst = kandidaten.map((k) => regels.map((r) => splitsRegel(r, k)));
  const score = gesplitst.map((rijen) => rijen.filter((c) => c.length >= 3).length);
  const beste = gesplitst[score.indexOf(Math.max(...score))]!;
  const rijen = beste.flatMap((cellen, i) => (cellen.some((c) => c.trim() !== '') ? [{ regel: i + 1, cellen: cellen.slice(0, MAX_KOLOMMEN) }] : []));
  return { bestand: bron.naam, rijen };
}

async function werkbladCellen(bron: Bronbestand, fout: (reden: string, oplossing: string) => { fout: string }): Promise<Celtabel | { fout: string }> {
  // Measured before ExcelJS reads it (a zip bomb is small on disk), and never ExcelJS's own text in a message.
  const controle = controleerWerkmap(bron.bytes, { bytes: 16 * 1024 * 1024, cellen: MAX_RIJEN * MAX_KOLOMMEN, onderdelen: 1000 });
  if (controle.soort === 'te-groot') return fout('De werkmap is uitgepakt te groot voor een begroting van enkele regels.', 'Zet alleen de tabel van de begroting op het eerste blad, of bewaar haar als CSV.');
  if (controle.soort === 'onleesbaar') return fout('De werkmap kan niet worden geopend.', 'Open het bestand in Excel en sla het opnieuw op als .xlsx.');
  const werkmap = new ExcelJS.Workbook();
  try {
    await werkmap.xlsx.load(bron.bytes as unknown as ArrayBuffer);
  } catch {
    return fout('De werkmap kan niet worden geopend.', 'Open het bestand in Excel en sla het opnieuw op als .xlsx.');
  }
  const blad = werkmap.worksheets[0];
  if (!blad) return fout('De werkmap heeft geen blad.', 'Zet de tabel op het eerste blad.');
  if (blad.rowCount > MAX_RIJEN) return fout(`Het eerste blad heeft meer dan ${MAX_RIJEN} rijen.`, 'Zet alleen de tabel van de begroting op het eerste blad.');
  const rijen: Celtabel['rijen'] = [];
  blad.eachRow({ includeEmpty: false }, (rij, nummer) => {
    const waarden = rij.values as ExcelJS.CellValue[];
    const cellen: string[] = [];
    for (let i = 1; i < Math.min(waarden.length, MAX_KOLOMMEN + 1); i++) cellen.push(celTekst(waarden[i] ?? null).trim());
    if (cellen.some((c) => c !== '')) rijen.push({ regel: nummer, cellen });
  });
  return { bestand: bron.naam, blad: blad.name, rijen };
}
