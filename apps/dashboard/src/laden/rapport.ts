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

/** Messages that match a filter on file, severity and free text (in reason, fix, column, value, code). */
export function filterMeldingen(meldingen: readonly Melding[], f: { bestand: string; ernst: string; tekst: string }): Melding[] {
  const t = f.tekst.trim().toLowerCase();
  return meldingen.filter(
    (m) =>
      (!f.bestand || m.bestand === f.bestand) &&
      (!f.ernst || m.ernst === f.ernst) &&
      (!t || [m.reden, m.oplossing, m.kolom, m.waarde, m.code, String(m.regel ?? '')].some((v) => v?.toLowerCase().includes(t))),
  );
}
