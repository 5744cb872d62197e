import { KLEIN_AANTAL_MARKER, moetAfschermen } from '@pw/afscherming';
import { celMarkering, type Tabel } from '@pw/charts';
import { naarCsv, type Celwaarde, type CsvDialect, type Kolomsoort, type Werkbladtabel } from '@pw/export';
import type { Eenheid } from '@pw/format';

/** What a chart's or page's table becomes when it leaves the screen. Pure: tested without a browser. */
const SOORT: Record<Eenheid, Kolomsoort> = { aantal: 'aantal', plaatsen: 'aantal', inwoners: 'aantal', euro: 'euro', procent: 'procent', per1000: 'decimaal', eenheden: 'decimaal' };

/**
 * A table as a worksheet. A masked value (NaN: the table was made from masked figures) becomes its
 * marker; with `afschermen`, a count of 1 to 4 that is still a number becomes `<5` as well (a
 * table not made from figures, such as a validation report).
 */
export function tabelNaarWerkblad(tabel: Tabel, afschermen: boolean): { blad: Werkbladtabel; afgeschermd: number } {
  const eenheden = tabel.rijen[0]?.slice(1).map((_, j) => tabel.eenheden?.[j] ?? tabel.eenheid) ?? [];
  let afgeschermd = 0;
  const rijen = tabel.rijen.map(([kop, ...waarden], i) => [
    tabel.rijSleutels?.[i] ?? kop,
    ...waarden.map((w, j): Celwaarde => {
      const m = celMarkering(tabel, i, j) ?? (afschermen && moetAfschermen(w, eenheden[j]!) ? KLEIN_AANTAL_MARKER : null);
      if (m) {
        afgeschermd++;
        return m;
      }
      return w;
    }),
  ]);
  const eersteIsDatum = !!tabel.rijSleutels?.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s));
  return {
    blad: {
      titel: tabel.bijschrift,
      kolommen: tabel.kolommen.map((naam, k) => ({ naam, soort: k === 0 ? (eersteIsDatum ? 'datum' : 'tekst') : SOORT[eenheden[k - 1] ?? tabel.eenheid] })),
      rijen,
    },
    afgeschermd,
  };
}

/**
 * CSV from a sheet. A share is written as a percentage, as the screen shows it: −2,3 in a column
 * "Verschil in %", not the fraction −0,023077 (rounded to one decimal, like the screen; the XLSX
 * keeps the fraction with a percentage format, which Excel shows the same way). A share column
 * whose name does not say "%" gets " (%)".
 */
export function werkbladCsv(blad: Werkbladtabel, dialect: CsvDialect): string {
  const procent = blad.kolommen.map((k) => k.soort === 'procent');
  return naarCsv(
    blad.kolommen.map((k, i) => (procent[i] && !k.naam.includes('%') ? `${k.naam} (%)` : k.naam)),
    blad.rijen.map((r) => r.map((w, i) => (procent[i] && typeof w === 'number' ? Math.round(w * 1000) / 10 : w))),
    dialect,
  );
}

/** A file name from a title: `uitkeringen-per-regeling-dinkelland`. */
export function bestandsnaam(titel: string): string {
  return (
    titel
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'cijfers'
  );
}

/** Offers bytes as a download (a blob URL: nothing leaves the browser). */
export function biedAan(inhoud: BlobPart, naam: string, type: string): void {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
