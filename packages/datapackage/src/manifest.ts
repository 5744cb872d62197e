import { PAKKET_SCHEMA_VERSIE, PAKKET_TABELNAMEN, type IsoDatum, type PakketTabel } from '@pw/model';
import type { Bronverslag, Melding } from '@pw/ingest';

export const MANIFEST_SCHEMA = 'pw-monitor-datapakket';

export interface Tabelbestand {
  naam: string;
  bestand: string;
  sha256: string;
  rijen: number;
  omschrijving?: string;
}

export interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  schemaVersie: number;
  /** Content address: sha256 over the tables' names and hashes (not the creation time). */
  hash: string;
  aangemaakt: string;
  periode: { van: IsoDatum; tot: IsoDatum } | null;
  bronnen: Bronverslag[];
  tabellen: Tabelbestand[];
  /** Files derived from the tables by this version of the code (kerncijfers). */
  afgeleid: Tabelbestand[];
  validatie: { fouten: number; waarschuwingen: number; perCode: Record<string, number>; meldingen: Melding[] };
  /** Municipalities that have data in this package. */
  gemeenten: string[];
  /** Views published with this package (saved views everyone who opens it sees). */
  weergaven?: unknown[];
}

export class PakketFout extends Error {
  constructor(
    bericht: string,
    readonly oplossing: string,
  ) {
    super(`${bericht} Oplossing: ${oplossing}`);
    this.name = 'PakketFout';
  }
}

/** Checks a manifest read from disk or the network; throws a PakketFout saying what to do. */
export function controleerManifest(json: unknown, waar: string): Manifest {
  const m = json as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || m.schema !== MANIFEST_SCHEMA) {
    throw new PakketFout(`${waar} is geen datapakket van pw-monitor (manifest.json ontbreekt of heeft een ander schema).`, 'Kies de map die manifest.json en de .arrow-bestanden bevat, gemaakt met npm run ingest of de pagina Gegevens laden.');
  }
  if (typeof m.schemaVersie !== 'number' || m.schemaVersie > PAKKET_SCHEMA_VERSIE) {
    throw new PakketFout(`${waar} is gemaakt met een nieuwere versie van pw-monitor (schema ${String(m.schemaVersie)}; deze versie leest tot en met ${PAKKET_SCHEMA_VERSIE}).`, 'Werk pw-monitor bij, of maak het pakket opnieuw met deze versie.');
  }
  const ontbreekt = PAKKET_TABELNAMEN.filter((t) => !m.tabellen?.some((x) => x.naam === t));
  if (ontbreekt.length) {
    throw new PakketFout(`${waar} mist de tabellen ${ontbreekt.join(', ')}.`, 'Maak het pakket opnieuw met npm run ingest.');
  }
  return m as Manifest;
}

export function tabelBestand(naam: PakketTabel | 'kerncijfers'): string {
  return `${naam}.arrow`;
}
