import type { Workbook, Worksheet } from 'exceljs';
import type { Celwaarde } from './csv.ts';
import { neutraliseer } from './neutraliseren.ts';

/**
 * A real XLSX workbook from a table: numbers as numbers with Dutch number formats (Excel shows
 * them with the reader's separators: `1.234`, `€ 3.274.086`, `12,5%`), ISO dates as dates, a bold
 * header row with frozen panes and a filter, and a second sheet "Toelichting" with the choice, the
 * source files and the peildatum, so a sheet pasted into a begroting still says where it came from.
 */
export type Kolomsoort = 'tekst' | 'aantal' | 'euro' | 'procent' | 'decimaal' | 'datum';

export interface Werkbladtabel {
  titel: string;
  kolommen: ReadonlyArray<{ naam: string; soort: Kolomsoort }>;
  rijen: ReadonlyArray<readonly Celwaarde[]>;
}

export interface Toelichting {
  /** Label and value pairs: "Gebied", "Dinkelland"; "Peildatum", "1-12-2019"; … */
  keuze: ReadonlyArray<readonly [string, string]>;
  bronnen: ReadonlyArray<{ naam: string; sha256: string; rijen?: number }>;
  datapakket: string;
  opmerkingen?: readonly string[];
}

const FORMAAT: Record<Kolomsoort, string | undefined> = {
  tekst: undefined,
  aantal: '#,##0',
  euro: '"€" #,##0',
  procent: '0.0%',
  decimaal: '#,##0.0',
  datum: 'd-m-yyyy',
};

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

function celwaarde(w: Celwaarde, soort: Kolomsoort): string | number | Date | null {
  if (w === null || w === undefined) return null;
  if (soort === 'datum' && typeof w === 'string' && ISO_DATUM.test(w)) return new Date(`${w}T00:00:00Z`);
  return typeof w === 'string' ? neutraliseer(w) : w;
}

function vulBlad(blad: Worksheet, t: Werkbladtabel): void {
  blad.columns = t.kolommen.map((k, i) => ({
    header: neutraliseer(k.naam),
    key: `k${i}`,
    width: Math.min(60, Math.max(12, k.naam.length + 2, ...t.rijen.slice(0, 200).map((r) => String(r[i] ?? '').length + 2))),
    style: FORMAAT[k.soort] ? { numFmt: FORMAAT[k.soort] } : {},
  }));
  for (const r of t.rijen) blad.addRow(t.kolommen.map((k, i) => celwaarde(r[i], k.soort)));
  blad.getRow(1).font = { bold: true };
  blad.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  blad.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.kolommen.length } };
}

/** Sheet names: at most 31 characters, none of `\ / ? * [ ] :`. */
function bladnaam(titel: string): string {
  return titel.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Cijfers';
}

export async function maakWerkboek(t: Werkbladtabel, toelichting: Toelichting): Promise<Uint8Array<ArrayBuffer>> {
  const mod = await import('exceljs');
  const ExcelJS = ((mod as { default?: unknown }).default ?? mod) as { Workbook: new () => Workbook };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'pw-monitor';
  // A fixed date: the same table gives the same workbook (no clock in the file).
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  vulBlad(wb.addWorksheet(bladnaam(t.titel)), t);
  const info = wb.addWorksheet('Toelichting');
  info.columns = [
    { header: 'Onderdeel', key: 'a', width: 28 },
    { header: 'Waarde', key: 'b', width: 90 },
  ];
  // Every text of the sheet goes through the same filter (a source file may be called `=…csv`).
  const rij = (...tekst: string[]) => info.addRow(tekst.map(neutraliseer));
  rij('Tabel', t.titel);
  for (const [k, v] of toelichting.keuze) rij(k, v);
  rij('Datapakket (manifest-hash)', toelichting.datapakket);
  for (const o of toelichting.opmerkingen ?? []) rij('Opmerking', o);
  info.addRow([]);
  rij('Bronbestand', 'sha256 (regels)');
  for (const b of toelichting.bronnen) rij(b.naam, `${b.sha256}${b.rijen !== undefined ? ` (${b.rijen} regels)` : ''}`);
  info.getRow(1).font = { bold: true };
  info.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
