import { naarCsv } from '@pw/export';
import type { Melding } from '@pw/ingest';

/** The validation report as a CSV Dutch Excel opens with a double click (`;`, UTF-8 with BOM). */
export function rapportCsv(meldingen: readonly Melding[]): string {
  return naarCsv(
    ['Ernst', 'Bestand', 'Blad', 'Regel', 'Kolom', 'Waarde', 'Reden', 'Oplossing', 'Code'],
    meldingen.map((m) => [m.ernst, m.bestand, m.blad ?? '', m.regel ?? '', m.kolom ?? '', m.waarde ?? '', m.reden, m.oplossing, m.code]),
    'nl',
  );
}

/** A filter on the report: file and severity ('' for all) and free text. */
export interface Meldingfilter {
  bestand: string;
  ernst: '' | Melding['ernst'];
  tekst: string;
}

export const ALLE_MELDINGEN: Meldingfilter = { bestand: '', ernst: '', tekst: '' };

/** Messages that match a filter on file, severity and free text (in reason, fix, column, value, code, line). */
export function filterMeldingen(meldingen: readonly Melding[], f: Meldingfilter): Melding[] {
  const t = f.tekst.trim().toLowerCase();
  return meldingen.filter(
    (m) =>
      (!f.bestand || m.bestand === f.bestand) &&
      (!f.ernst || m.ernst === f.ernst) &&
      (!t || [m.reden, m.oplossing, m.kolom, m.waarde, m.code, String(m.regel ?? '')].some((v) => v?.toLowerCase().includes(t))),
  );
}

/** The files the report names, in order of their first message (for the filter). */
export function bestandenIn(meldingen: readonly Melding[]): string[] {
  return [...new Set(meldingen.map((m) => m.bestand).filter(Boolean))];
}

export function telErnst(meldingen: readonly Melding[]): { fouten: number; waarschuwingen: number } {
  const fouten = meldingen.filter((m) => m.ernst === 'fout').length;
  return { fouten, waarschuwingen: meldingen.length - fouten };
}
