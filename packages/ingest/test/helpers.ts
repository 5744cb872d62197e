import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import type { PakketTabel } from '@pw/model';
import ExcelJS from 'exceljs';
import { afterEach } from 'vitest';
import type { Bronbestand } from '../src/bron.ts';
import { verwachtZelfdeKop } from './kopbeslissing.ts';

/**
 * Every extract a test builds with `csv` or `xlsx` is also previewed after that test: the preview on
 * "Gegevens laden" must show the header, delimiter, encoding and columns the load uses.
 */
const gebouwd: Bronbestand[] = [];
afterEach(async () => {
  for (const bron of gebouwd.splice(0)) await verwachtZelfdeKop(bron);
});

/** A CSV file from lines, in UTF-8 (optionally with BOM) or Windows-1252 (Dutch letters and € only). */
export function csv(naam: string, regels: string[], opties: { codering?: 'utf-8' | 'utf-8-bom' | 'windows-1252'; eol?: string } = {}): Bronbestand {
  const tekst = regels.join(opties.eol ?? '\n') + (opties.eol ?? '\n');
  if (opties.codering === 'windows-1252') {
    const bytes = new Uint8Array(tekst.length);
    for (let i = 0; i < tekst.length; i++) {
      const c = tekst[i]!;
      bytes[i] = c === '€' ? 0x80 : c.charCodeAt(0);
      if (c.charCodeAt(0) > 0xff && c !== '€') throw new Error(`not in 1252: ${c}`);
    }
    return gebouwdBestand({ naam, bytes });
  }
  const utf8 = new TextEncoder().encode(tekst);
  if (opties.codering !== 'utf-8-bom') return gebouwdBestand({ naam, bytes: utf8 });
  const met = new Uint8Array(utf8.length + 3);
  met.set([0xef, 0xbb, 0xbf]);
  met.set(utf8, 3);
  return gebouwdBestand({ naam, bytes: met });
}

function gebouwdBestand(bron: Bronbestand): Bronbestand {
  gebouwd.push(bron);
  return bron;
}

export async function xlsx(naam: string, bladen: Record<string, unknown[][]>): Promise<Bronbestand> {
  const wb = new ExcelJS.Workbook();
  for (const [blad, rijen] of Object.entries(bladen)) {
    const ws = wb.addWorksheet(blad);
    for (const r of rijen) ws.addRow(r);
  }
  return gebouwdBestand({ naam, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
}

/** Loads the package tables of an ingest result into the engine as `p_<tabel>`. */
export async function laad(engine: Engine, tabellen: Record<PakketTabel, Uint8Array> | null): Promise<void> {
  if (!tabellen) throw new Error('ingest gaf geen tabellen');
  for (const [naam, bytes] of Object.entries(tabellen)) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(`p_${naam}`)}`);
    await engine.insertIPC(`p_${naam}`, bytes);
  }
}

/** Benefit stock of a municipality on a peildatum from the loaded package, per regeling. */
export async function stand(engine: Engine, gemeente: string, peildatum: string): Promise<Record<string, number>> {
  const rijen = await engine.query<{ regeling: string; n: number }>(
    `SELECT regeling, sum(aantal) AS n FROM p_uitkeringen_stand WHERE gemeente_code = ${sqlString(gemeente)} AND peildatum = DATE ${sqlString(peildatum)} GROUP BY regeling`,
  );
  return Object.fromEntries(rijen.map((r) => [r.regeling, r.n]));
}

export const KOP_ALMELO = 'BSN;Achternaam;Geboortedatum;Gemeente;Regeling;Ingangsdatum;Einddatum;Afstand tot arbeidsmarkt;Loonwaardegroep;Doelgroepenregister;Beschut werk;Reden beëindiging';
