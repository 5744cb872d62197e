import { isXlsx } from './bron.ts';
import { herkenKop, type Extractsoort, type Mapping, type Veld } from './kolommen.ts';
import { leesCsvBegin, ONLEESBAAR_WERKBOEK } from './onderdeel.ts';
import { beginNaarUtf8, KOPZOEK_BYTES, naarUtf8 } from './tekst.ts';

/**
 * How many bytes of a file the preview needs: the window in which the load looks for the
 * delimiter and the header row, so both decide on the same lines.
 */
export const VOORBEELD_BYTES = KOPZOEK_BYTES;

/**
 * The header and the first rows of one extract, as the load will read it: for the mapping table on
 * "Gegevens laden". `rijen` holds values from the file (personal data included): show them to the
 * user who chose the file, never store or send them.
 */
export interface Voorbeeld {
  naam: string;
  /** Size of the whole file. */
  bytes: number;
  /** `anders`: a workbook type that cannot be read. A workbook (`xlsx`) is only recognised while loading. */
  vorm: 'csv' | 'xlsx' | 'anders';
  /** As the load's report names it (`windows-1252`, `utf-8 (met BOM)`); null for workbooks. */
  codering: string | null;
  /** Line of the header (1-based), when found. */
  kopregel: number | null;
  scheiding: string;
  koppen: string[];
  /** The recognised field per column (null: not used). */
  velden: Array<Veld | null>;
  soort: Extractsoort | null;
  /** Required fields of the recognised kind that no column provides. */
  ontbrekend: Veld[];
  /** The first data rows (at most 10), cells per column. */
  rijen: string[][];
}

/**
 * The preview of an extract from its first bytes (`begin`, at least `VOORBEELD_BYTES` of a longer
 * file): the encoding, delimiter, header row and recognised columns come from the very functions
 * the load uses (`naarUtf8`, `leesCsvBegin`). When `begin` is only the start of the file
 * (`grootte` is larger), the cut last line (and a character cut in two) is left out first, so the
 * cut never changes a decision.
 */
export function voorbeeldVan(begin: Uint8Array, naam: string, opties: { grootte?: number; mapping?: Mapping } = {}): Voorbeeld {
  const grootte = opties.grootte ?? begin.length;
  const leeg = { naam, bytes: grootte, codering: null, kopregel: null, scheiding: '', koppen: [], velden: [], soort: null, ontbrekend: [], rijen: [] };
  if (isXlsx({ naam, bytes: begin })) return { ...leeg, vorm: 'xlsx' };
  if (ONLEESBAAR_WERKBOEK.test(naam)) return { ...leeg, vorm: 'anders' };
  const csv = leesCsvBegin(grootte > begin.length ? beginNaarUtf8(begin) : naarUtf8(begin), opties.mapping);
  // Without a recognised header the first line is shown, so columns can be mapped by hand.
  const kopIndex = csv.kop?.index ?? 0;
  const koppen = csv.rijen[kopIndex] ?? [];
  const herkenning = csv.kop?.herkenning ?? herkenKop(koppen, opties.mapping);
  return {
    ...leeg,
    vorm: 'csv',
    codering: csv.codering,
    kopregel: csv.kop ? kopIndex + 1 : null,
    scheiding: csv.scheiding,
    koppen,
    velden: herkenning.kolommen.map((k) => k.veld),
    soort: csv.kop ? herkenning.soort : null,
    ontbrekend: csv.kop ? herkenning.ontbrekend : [],
    rijen: csv.rijen
      .slice(kopIndex + 1)
      .filter((r) => r.some((c) => c !== ''))
      .slice(0, 10),
  };
}
