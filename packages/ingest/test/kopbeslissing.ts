import { expect } from 'vitest';
import type { Bronbestand } from '../src/bron.ts';
import { onderdeelverslag, type Onderdeelverslag } from '../src/ingest.ts';
import type { Mapping } from '../src/kolommen.ts';
import { Meldingen, type Melding } from '../src/melding.ts';
import { onderdelenVan } from '../src/onderdeel.ts';
import { VOORBEELD_BYTES, voorbeeldVan, type Voorbeeld } from '../src/voorbeeld.ts';

/** What the preview and the load must agree on for one file (a CSV, or a workbook as a whole). */
export interface Kopbeslissing {
  vorm: 'csv' | 'xlsx' | 'anders';
  codering: string | null;
  scheiding: string | null;
  /** Line of the header; null: no header recognised. */
  kopregel: number | null;
  soort: string | null;
  /** `kop → veld` per column. */
  kolommen: string[];
}

const zonderKop = (vorm: Kopbeslissing['vorm']): Kopbeslissing => ({ vorm, codering: null, scheiding: null, kopregel: null, soort: null, kolommen: [] });
const kolommen = (k: ReadonlyArray<{ kop: string; veld: string | null }>) => k.map((c) => `${c.kop} → ${c.veld ?? '-'}`);

/** The preview as the dashboard's worker makes it: from the first VOORBEELD_BYTES of the file. */
export function voorbeeldVanBestand(bron: Bronbestand, mapping?: Mapping): Voorbeeld {
  return voorbeeldVan(bron.bytes.subarray(0, VOORBEELD_BYTES), bron.naam, { grootte: bron.bytes.length, mapping });
}

/** The preview's decision. A workbook's preview only names the file: its decision is "a workbook". */
export function vanVoorbeeld(v: Voorbeeld): Kopbeslissing {
  if (v.vorm !== 'csv' || v.kopregel === null) return zonderKop(v.vorm);
  return { vorm: 'csv', codering: v.codering, scheiding: v.scheiding, kopregel: v.kopregel, soort: v.soort, kolommen: kolommen(v.koppen.map((kop, i) => ({ kop, veld: v.velden[i] ?? null }))) };
}

/** The load's decision, from its report of the file and its messages about it. */
export function vanLaden(naam: string, onderdelen: readonly Onderdeelverslag[], meldingen: readonly Melding[]): Kopbeslissing {
  const over = meldingen.filter((m) => m.bestand === naam);
  if (over.some((m) => m.code === 'bestandstype')) return zonderKop('anders');
  const werkmap = onderdelen.some((o) => o.blad !== undefined) || over.some((m) => m.code === 'xlsx-onleesbaar' || (m.code === 'geen-kopregel' && m.blad !== undefined));
  if (werkmap) return zonderKop('xlsx');
  const o = onderdelen[0];
  if (!o) return zonderKop('csv');
  return { vorm: 'csv', codering: o.codering, scheiding: o.scheidingsteken, kopregel: o.kopregel, soort: o.soort, kolommen: kolommen(o.kolommen) };
}

/**
 * The load's decision from its first step, which takes it (`ingest` reports exactly these parts);
 * cheap enough to run for every extract a test builds.
 */
export async function laadbeslissing(bron: Bronbestand, mapping?: Mapping): Promise<Kopbeslissing> {
  const meldingen = new Meldingen();
  const delen = await onderdelenVan(bron, mapping, meldingen);
  return vanLaden(bron.naam, delen.map(onderdeelverslag), meldingen.lijst);
}

/** Preview and load agree on header row, delimiter, encoding and the recognised columns. */
export async function verwachtZelfdeKop(bron: Bronbestand, mapping?: Mapping): Promise<void> {
  expect(vanVoorbeeld(voorbeeldVanBestand(bron, mapping)), `voorbeeld en laden van ${bron.naam}`).toEqual(await laadbeslissing(bron, mapping));
}
