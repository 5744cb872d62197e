import type { Mapping, Veld, Voorbeeld } from '@pw/ingest';
import { kopHandtekening, naarMapping, type Koppeling } from './koppelingen.ts';

/** Per file: the preview, the fields as the user has them now, and whether a saved mapping applies. */
export interface Bestandskeuze {
  voorbeeld: Voorbeeld;
  velden: Array<Veld | null>;
  /** The user changed a field on this page. */
  aangepast: boolean;
  /** A saved mapping for this header applies. */
  bewaard: boolean;
}

/**
 * The fields per column as the page starts with them: the recognised ones, or those of a mapping
 * saved for the same header (a column the mapping does not name keeps its recognised field).
 */
export function beginKeuzes(voorbeelden: readonly Voorbeeld[], bewaardVoor: (handtekening: string) => Koppeling | undefined): Bestandskeuze[] {
  return voorbeelden.map((v) => {
    const k = v.koppen.length ? bewaardVoor(kopHandtekening(v.koppen)) : undefined;
    const velden = k ? v.koppen.map((kop, i) => (kop in k.kolommen ? k.kolommen[kop]! : (v.velden[i] ?? null))) : v.velden;
    return { voorbeeld: v, velden, aangepast: false, bewaard: !!k };
  });
}

/** The choice with one column of one file set to a field (null: not used). */
export function metVeld(keuzes: readonly Bestandskeuze[], bestand: number, kolom: number, veld: Veld | null): Bestandskeuze[] {
  return keuzes.map((k, i) => (i === bestand ? { ...k, velden: k.velden.map((v, j) => (j === kolom ? veld : v)), aangepast: true } : k));
}

export function metBewaard(keuzes: readonly Bestandskeuze[], bestand: number, bewaard: boolean): Bestandskeuze[] {
  return keuzes.map((k, i) => (i === bestand ? { ...k, bewaard } : k));
}

/**
 * The mappings ingest gets, by file name: only for files whose columns the user changed or a saved
 * mapping set; the others are recognised by ingest itself, as on the command line.
 */
export function mappingsVoorLaden(keuzes: readonly Bestandskeuze[]): Record<string, Mapping | undefined> {
  const mappings: Record<string, Mapping | undefined> = {};
  for (const k of keuzes) if (k.aangepast || k.bewaard) mappings[k.voorbeeld.naam] = naarMapping(k.voorbeeld.koppen, k.velden);
  return mappings;
}
