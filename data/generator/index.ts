import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  alkmaarXlsx,
  almeloCsv,
  beschutWerkCsv,
  budgetXlsx,
  doelgroepenAlkmaarCsv,
  doelgroepenTwenteCsv,
  oldenzaalCsv,
  realisatiePerMaandCsv,
} from './schrijvers.ts';
import { bouwWereld, type Wereld } from './wereld.ts';
import { bouwWsw, wswKengetallenCsv, wswNoaberkrachtCsv, wswOldenzaalCsv, wswWnkCsv } from './wsw.ts';

export { schrijfGrootUitkeringenCsv } from './groot.ts';



/** The extract files, relative to the output folder, in the order they are written. */
export const BESTANDEN = [
  'twente/uitkeringen-almelo-2024-12.csv',
  'twente/uitkeringen-oldenzaal-2024-12.csv',
  'regio-alkmaar/uitkeringen-regio-alkmaar-2024-12.xlsx',
  'doelgroepen/doelgroepen-twente.csv',
  'doelgroepen/doelgroepen-regio-alkmaar.csv',
  'beschut-werk/beschut-werk-taakstelling.csv',
  'budget/budgetten.xlsx',
  'budget/realisatie-per-maand.csv',
  'wsw/wsw-personeel-dinkelland-tubbergen.csv',
  'wsw/wsw-personeel-oldenzaal.csv',
  'wsw/wsw-personeel-wnk.csv',
  'wsw/wsw-kengetallen-regio-alkmaar-2010.csv',
] as const;
type Bestand = (typeof BESTANDEN)[number];

/** The bytes of every extract file. */
async function extractBestanden(wereld: Wereld = bouwWereld()): Promise<Record<Bestand, Uint8Array>> {
  const wsw = bouwWsw();
  return {
    'wsw/wsw-personeel-dinkelland-tubbergen.csv': wswNoaberkrachtCsv(wsw.noaberkracht),
    'wsw/wsw-personeel-oldenzaal.csv': wswOldenzaalCsv(wsw.oldenzaal),
    'wsw/wsw-personeel-wnk.csv': wswWnkCsv(wsw.wnk),
    'wsw/wsw-kengetallen-regio-alkmaar-2010.csv': wswKengetallenCsv(),
    'twente/uitkeringen-almelo-2024-12.csv': almeloCsv(wereld.uitkeringen),
    'twente/uitkeringen-oldenzaal-2024-12.csv': oldenzaalCsv(wereld.uitkeringen),
    'regio-alkmaar/uitkeringen-regio-alkmaar-2024-12.xlsx': await alkmaarXlsx(wereld.uitkeringen),
    'doelgroepen/doelgroepen-twente.csv': doelgroepenTwenteCsv(wereld.inschrijvingen),
    'doelgroepen/doelgroepen-regio-alkmaar.csv': doelgroepenAlkmaarCsv(wereld.inschrijvingen),
    'beschut-werk/beschut-werk-taakstelling.csv': beschutWerkCsv(wereld.beschutWerk),
    'budget/budgetten.xlsx': await budgetXlsx(wereld.budget),
    'budget/realisatie-per-maand.csv': realisatiePerMaandCsv(wereld.budget),
  };
}

/** Generates every extract into `uitvoerMap` (e.g. data/extracts). Returns the paths written. */
export async function genereer(uitvoerMap: string): Promise<string[]> {
  const bestanden = await extractBestanden();
  const geschreven: string[] = [];
  for (const naam of BESTANDEN) {
    const pad = join(uitvoerMap, naam);
    await mkdir(dirname(pad), { recursive: true });
    await writeFile(pad, bestanden[naam]);
    geschreven.push(pad);
  }
  return geschreven;
}
