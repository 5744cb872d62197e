import { FIGUUR_KOLOMMEN, type Figuur } from '@pw/metrics';
import type { UitgaandFiguur } from '@pw/afscherming';
import { naarCsv, type CsvDialect } from './csv.ts';

/** The figures in long format as CSV: `indicator,gemeente_code,gemeente_naam,periode,dimensie,categorie,waarde`. */
export function figurenCsv(rijen: ReadonlyArray<Figuur | UitgaandFiguur>, dialect: CsvDialect = 'rfc4180'): string {
  return naarCsv(FIGUUR_KOLOMMEN, rijen.map((r) => FIGUUR_KOLOMMEN.map((k) => r[k])), dialect);
}

/** The figures as a JSON array of objects with the same columns, one object per line. */
export function figurenJson(rijen: ReadonlyArray<Figuur | UitgaandFiguur>): string {
  if (rijen.length === 0) return '[]\n';
  const regels = rijen.map((r) => JSON.stringify(Object.fromEntries(FIGUUR_KOLOMMEN.map((k) => [k, r[k]]))));
  return `[\n${regels.join(',\n')}\n]\n`;
}
