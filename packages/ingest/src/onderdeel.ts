import ExcelJS from 'exceljs';
import { isXlsx, type Bronbestand } from './bron.ts';
import { kiesScheidingsteken, zoekKopregel, type Kopherkenning, type Mapping } from './kolommen.ts';
import type { Meldingen } from './melding.ts';
import { eersteRegels, naarUtf8, splitsRegel, type Utf8Tekst } from './tekst.ts';
import { controleerWerkmap, WERKMAP_GRENZEN } from './werkmap.ts';

/** At most this many columns in a part (a header row of thousands of cells is no extract). */
const MAX_KOLOMMEN = 1_000;

/**
 * A readable part of an extract: a CSV file, or one sheet of a workbook turned into CSV text. Every
 * part is read by the same DuckDB path; `bronRegel` turns a line of `tekst` back into the line
 * (CSV) or row (XLSX) the user sees.
 */
export interface Onderdeel {
  bestand: string;
  blad?: string;
  /** UTF-8 CSV bytes, without BOM. */
  tekst: Uint8Array;
  scheiding: string;
  /** 0-based index of the header line in `tekst`. */
  kopIndex: number;
  kop: Kopherkenning;
  /** The first lines, split into cells (for format detection). */
  voorbeeld: string[][];
  /** Non-empty lines above the header (titles such as "Stand per 1-12-2019"). */
  titels: string[];
  /** 1-based line in `tekst` → line or row in the source. */
  bronRegel: (tekstRegel: number) => number;
  codering: string;
  /** True when numbers are plain (`1234.5`): XLSX cells; CSV decides from the values. */
  gewoneGetallen: boolean;
}

/** Workbooks ExcelJS cannot read (old Excel, macro workbooks that are not zips, LibreOffice). */
export const ONLEESBAAR_WERKBOEK = /\.(xls|xlsm|ods)$/i;

/** Turns an extract file into its readable parts, reporting files it cannot read. */
export async function onderdelenVan(bron: Bronbestand, mapping: Mapping | undefined, meldingen: Meldingen): Promise<Onderdeel[]> {
  if (isXlsx(bron)) return xlsxOnderdelen(bron, mapping, meldingen);
  if (ONLEESBAAR_WERKBOEK.test(bron.naam)) {
    meldingen.voeg({
      ernst: 'fout', code: 'bestandstype', bestand: bron.naam, regel: null,
      reden: 'Dit bestandstype kan niet worden gelezen.',
      oplossing: 'Sla het bestand in Excel op als "Excel-werkmap (.xlsx)" of als "CSV (gescheiden door lijstscheidingsteken)".',
    });
    return [];
  }
  return csvOnderdeel(bron, mapping, meldingen);
}

/** How a CSV begins, as the load reads it: encoding, lines, delimiter and header row. */
interface CsvBegin {
  utf8: Utf8Tekst;
  /** The encoding as the report names it: `windows-1252`, `utf-8 (met BOM)`. */
  codering: string;
  /** The first lines (UTF-8 text, without line ends). */
  regels: string[];
  scheiding: string;
  /** `regels` split into cells by `scheiding`. */
  rijen: string[][];
  /** The header row (0-based index in `regels`) and what it was recognised as; null: none found. */
  kop: { index: number; herkenning: Kopherkenning } | null;
}

/**
 * Reads the start of a CSV the one way both the load and the preview (`voorbeeldVan`) do: the
 * delimiter that splits a row into the most recognised fields, then the best header row.
 */
export function leesCsvBegin(utf8: Utf8Tekst, mapping: Mapping | undefined): CsvBegin {
  const regels = eersteRegels(utf8.bytes);
  const scheiding = kiesScheidingsteken(regels, splitsRegel, mapping);
  const rijen = regels.map((r) => splitsRegel(r, scheiding));
  return { utf8, codering: utf8.codering + (utf8.bom ? ' (met BOM)' : ''), regels, scheiding, rijen, kop: zoekKopregel(rijen, mapping) };
}

function csvOnderdeel(bron: Bronbestand, mapping: Mapping | undefined, meldingen: Meldingen): Onderdeel[] {
  const { utf8, codering, regels, scheiding, rijen, kop: gevonden } = leesCsvBegin(naarUtf8(bron.bytes), mapping);
  if (utf8.nul) {
    for (const regel of utf8.nul.regels) {
      meldingen.voeg({
        ernst: 'fout', code: 'nul-teken', bestand: bron.naam, regel,
        reden: `Deze regel bevat een NUL-teken (een onzichtbaar teken met code 0); het bestand is beschadigd of in een tekenset opgeslagen die pw-monitor niet herkent${utf8.nul.aantal > utf8.nul.regels.length ? ` (${utf8.nul.aantal} regels in totaal)` : ''}.`,
        oplossing: 'Open het bestand in Excel of een teksteditor en sla het opnieuw op als "CSV UTF-8" of als Excel-werkmap (.xlsx).',
      });
    }
  }
  if (!gevonden || gevonden.herkenning.soort === null) {
    meldingen.voeg(geenKop(bron.naam, undefined, rijen));
    return [];
  }
  if (teVeelKolommen(bron.naam, undefined, rijen[gevonden.index]!.length, gevonden.index + 1, meldingen)) return [];
  return [
    {
      bestand: bron.naam,
      tekst: utf8.bytes,
      scheiding,
      kopIndex: gevonden.index,
      kop: gevonden.herkenning,
      voorbeeld: rijen.slice(gevonden.index + 1),
      titels: regels.slice(0, gevonden.index).filter((r) => r.trim().replaceAll(scheiding, '') !== ''),
      bronRegel: (r) => r,
      codering,
      gewoneGetallen: false,
    },
  ];
}

function teVeelKolommen(bestand: string, blad: string | undefined, aantal: number, regel: number, meldingen: Meldingen): boolean {
  if (aantal <= MAX_KOLOMMEN) return false;
  meldingen.voeg({
    ernst: 'fout', code: 'te-veel-kolommen', bestand, blad, regel,
    reden: `De kopregel heeft ${aantal.toLocaleString('nl-NL')} kolommen; pw-monitor leest er ten hoogste ${MAX_KOLOMMEN.toLocaleString('nl-NL')}.`,
    oplossing: 'Exporteer alleen de kolommen die pw-monitor gebruikt (zoals BSN, gemeente, regeling, ingangs- en einddatum).',
  });
  return true;
}

/**
 * No header found. The message never repeats the file's first line: without a header nobody knows
 * whether it holds a BSN or a name. It says where the text starts and how it was split.
 */
function geenKop(bestand: string, blad: string | undefined, rijen: string[][]) {
  const eerste = rijen.findIndex((r) => r.some((c) => c.trim() !== ''));
  const plaats = eerste < 0 ? 'Het bestand is leeg' : `De eerste regel met tekst (regel ${eerste + 1}) heeft ${rijen[eerste]!.length} ${rijen[eerste]!.length === 1 ? 'kolom' : 'kolommen'}`;
  return {
    ernst: 'fout' as const,
    code: 'geen-kopregel',
    bestand,
    blad,
    regel: null,
    reden: `Geen kopregel gevonden met herkenbare kolommen in de eerste 50 regels. ${plaats}.`,
    oplossing:
      'Zorg voor een kopregel met kolomnamen zoals BSN, Gemeente, Regeling, Ingangsdatum en Einddatum (uitkeringen), of Gemeente, Jaar, Soort, Begroot (budget), of geef een mappingbestand op dat de kolommen benoemt.',
  };
}

export function celTekst(waarde: ExcelJS.CellValue): string {
  if (waarde === null || waarde === undefined) return '';
  if (waarde instanceof Date) return Number.isNaN(waarde.getTime()) ? '' : waarde.toISOString().slice(0, 10);
  if (typeof waarde === 'number') return String(waarde);
  if (typeof waarde === 'string') return waarde;
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'object') {
    if ('richText' in waarde) return waarde.richText.map((t) => t.text).join('');
    if ('result' in waarde) return celTekst((waarde as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in waarde) return String((waarde as { text: unknown }).text);
    if ('error' in waarde) return '';
    return '';
  }
  return String(waarde as string | number);
}

function csvCel(v: string): string {
  return /[;"\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const ONLEESBARE_WERKMAP = {
  ernst: 'fout' as const, code: 'xlsx-onleesbaar', regel: null,
  reden: 'De werkmap kan niet worden geopend: het bestand is beschadigd of geen Excel-werkmap (.xlsx).',
  oplossing: 'Open het bestand in Excel en sla het opnieuw op als "Excel-werkmap (.xlsx)", of als CSV.',
};

async function xlsxOnderdelen(bron: Bronbestand, mapping: Mapping | undefined, meldingen: Meldingen): Promise<Onderdeel[]> {
  const controle = controleerWerkmap(bron.bytes);
  if (controle.soort === 'onleesbaar') {
    meldingen.voeg({ ...ONLEESBARE_WERKMAP, bestand: bron.naam });
    return [];
  }
  if (controle.soort === 'te-groot') {
    const wat = {
      bytes: `uitgepakt meer dan ${WERKMAP_GRENZEN.bytes / (1024 * 1024)} MB`,
      cellen: `meer dan ${WERKMAP_GRENZEN.cellen.toLocaleString('nl-NL')} cellen`,
      onderdelen: `meer dan ${WERKMAP_GRENZEN.onderdelen.toLocaleString('nl-NL')} onderdelen`,
    }[controle.wat];
    meldingen.voeg({
      ernst: 'fout', code: 'xlsx-te-groot', bestand: bron.naam, regel: null,
      reden: `De werkmap is te groot om veilig te lezen: ${wat}.`,
      oplossing: 'Sla een groot extract op als CSV (dat leest pw-monitor zonder grens), of verdeel het over meer werkmappen.',
    });
    return [];
  }
  const werkmap = new ExcelJS.Workbook();
  try {
    await werkmap.xlsx.load(bron.bytes as unknown as ArrayBuffer);
  } catch {
    meldingen.voeg({ ...ONLEESBARE_WERKMAP, bestand: bron.naam });
    return [];
  }
  const uit: Onderdeel[] = [];
  const zonderKop: Array<[string, string[][]]> = [];
  let teBreed = false;
  werkmap.eachSheet((blad) => {
    const rijen: string[][] = [];
    const rijnummers: number[] = [];
    blad.eachRow({ includeEmpty: false }, (rij, nummer) => {
      const cellen: string[] = [];
      const waarden = rij.values as ExcelJS.CellValue[];
      // A cell can hold a NUL character (`_x0000_` in the XML): no SQL literal or CSV reader takes it.
      // Line ends inside a cell become LF, as in a CSV file (DuckDB's reader stops on mixed ones).
      for (let i = 1; i < waarden.length; i++) cellen.push(celTekst(waarden[i] ?? null).replaceAll('\0', '').replace(/\r\n?/g, '\n').trim());
      if (cellen.every((c) => c === '')) return;
      rijen.push(cellen);
      rijnummers.push(nummer);
    });
    const gevonden = zoekKopregel(rijen, mapping);
    if (!gevonden || gevonden.herkenning.soort === null) {
      zonderKop.push([blad.name, rijen]);
      return;
    }
    const breedte = rijen[gevonden.index]!.length;
    if (teVeelKolommen(bron.naam, blad.name, breedte, rijnummers[gevonden.index]!, meldingen)) {
      teBreed = true;
      return;
    }
    const regels = rijen.map((cellen) => {
      const volledig = cellen.slice(0, Math.max(breedte, 1));
      while (volledig.length < breedte) volledig.push('');
      return volledig.map(csvCel).join(';');
    });
    uit.push({
      bestand: bron.naam,
      blad: blad.name,
      tekst: new TextEncoder().encode(regels.join('\n') + '\n'),
      scheiding: ';',
      kopIndex: gevonden.index,
      kop: gevonden.herkenning,
      voorbeeld: rijen.slice(gevonden.index + 1, gevonden.index + 2001),
      titels: rijen.slice(0, gevonden.index).map((r) => r.filter(Boolean).join(' ')),
      bronRegel: (r) => rijnummers[r - 1] ?? r,
      codering: 'xlsx',
      gewoneGetallen: true,
    });
  });
  if (uit.length === 0 && !teBreed) {
    const [blad, rijen] = zonderKop[0] ?? ['', []];
    meldingen.voeg(geenKop(bron.naam, blad || undefined, rijen));
  }
  return uit;
}

