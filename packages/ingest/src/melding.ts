import { zonderStuurtekens } from '@pw/model';

/** A problem found in an extract: where it is, what is wrong and how to fix it. */
export interface Melding {
  ernst: 'fout' | 'waarschuwing';
  /** Stable code, e.g. `onbekende-gemeente`, for filtering and for tests. */
  code: string;
  bestand: string;
  /** The line a text editor shows (CSV) or the row number (XLSX); null for file-level problems. */
  regel: number | null;
  /** XLSX sheet name. */
  blad?: string;
  kolom?: string;
  waarde?: string;
  reden: string;
  oplossing: string;
}

/**
 * `uitkeringen.csv:17: Onbekende gemeente "Atlantis" in kolom Gemeente. Oplossing: …`; a problem of
 * the whole file (no kopregel, not a workbook) has no line: `uitkeringen.csv: …`.
 */
export function meldingTekst(m: Melding): string {
  const plaats = m.blad
    ? `${m.bestand} (blad ${m.blad}${m.regel !== null ? `, rij ${m.regel}` : ''})`
    : m.regel !== null
      ? `${m.bestand}:${m.regel}`
      : m.bestand;
  const soort = m.ernst === 'waarschuwing' ? 'waarschuwing: ' : '';
  // A problem of no file (none given) has no place to name.
  return `${plaats ? `${plaats}: ` : ''}${soort}${m.reden} Oplossing: ${m.oplossing}`;
}

/** At most this many messages of one kind per file; the rest are summarised in one message. */
export const MAX_PER_CODE = 200;

/** Longest text per field of a message (a value from a file is cut, never shown whole). */
const LENGTE = { bestand: 500, blad: 100, kolom: 100, waarde: 100, reden: 2000, oplossing: 2000 } as const;

/** A text of a message, on one line, without control or direction characters, cut to `max`. */
function schoon(tekst: string, max: number): string {
  const t = zonderStuurtekens(tekst, { regels: false });
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * Collects messages instead of throwing one by one, so a controller sees every problem at once.
 * Every message passes one filter on the way in: texts lose control and direction characters and
 * are cut to a length (a file's value can hold anything), so a message is safe to print, to show
 * and to keep in a manifest.
 */
export class Meldingen {
  readonly lijst: Melding[] = [];
  /** Messages per file and code, including those beyond the cap. */
  private readonly tellers = new Map<string, number>();
  /** The line of the first message per file and code beyond the cap. */
  private readonly eersteVoorbij = new Map<string, number | null>();

  voeg(ruw: Melding): void {
    const m: Melding = {
      ...ruw,
      bestand: schoon(ruw.bestand, LENGTE.bestand),
      blad: ruw.blad === undefined ? undefined : schoon(ruw.blad, LENGTE.blad),
      kolom: ruw.kolom === undefined ? undefined : schoon(ruw.kolom, LENGTE.kolom),
      waarde: ruw.waarde === undefined ? undefined : schoon(ruw.waarde, LENGTE.waarde),
      reden: schoon(ruw.reden, LENGTE.reden),
      oplossing: schoon(ruw.oplossing, LENGTE.oplossing),
    };
    if (m.blad === undefined) delete m.blad;
    if (m.kolom === undefined) delete m.kolom;
    if (m.waarde === undefined) delete m.waarde;
    const sleutel = `${m.bestand}\u0000${m.code}`;
    const n = (this.tellers.get(sleutel) ?? 0) + 1;
    this.tellers.set(sleutel, n);
    if (n <= MAX_PER_CODE) this.lijst.push(m);
    else if (n === MAX_PER_CODE + 1) this.eersteVoorbij.set(sleutel, m.regel);
  }

  /** Counts `aantal` more problems of a kind without storing them (beyond the cap). */
  telErbij(bestand: string, code: string, aantal: number): void {
    if (aantal <= 0) return;
    const sleutel = `${schoon(bestand, LENGTE.bestand)}\u0000${code}`;
    this.tellers.set(sleutel, (this.tellers.get(sleutel) ?? 0) + aantal);
  }

  /** Adds one closing message per file and code that went beyond the cap. */
  sluitAf(): void {
    for (const [sleutel, n] of this.tellers) {
      if (n <= MAX_PER_CODE) continue;
      const [bestand, code] = sleutel.split('\u0000') as [string, string];
      if (this.lijst.some((m) => m.bestand === bestand && m.code === `${code}-meer`)) continue;
      const voorbeeld = this.lijst.find((m) => m.bestand === bestand && m.code === code)!;
      const regel = this.eersteVoorbij.get(sleutel) ?? null;
      this.lijst.push({
        ernst: voorbeeld.ernst,
        bestand: voorbeeld.bestand,
        ...(voorbeeld.blad !== undefined ? { blad: voorbeeld.blad } : {}),
        oplossing: voorbeeld.oplossing,
        regel,
        code: `${code}-meer`,
        reden: `${regel !== null ? 'Vanaf deze regel nog' : 'Nog'} ${n - MAX_PER_CODE} regels met hetzelfde probleem (${n} in totaal); alleen de eerste ${MAX_PER_CODE} staan hierboven.`,
      });
    }
  }

  get fouten(): Melding[] {
    return this.lijst.filter((m) => m.ernst === 'fout');
  }
  get waarschuwingen(): Melding[] {
    return this.lijst.filter((m) => m.ernst === 'waarschuwing');
  }
  /** Number of problems per code over all files, including those beyond the cap. */
  telling(): Record<string, number> {
    const uit: Record<string, number> = {};
    for (const [sleutel, n] of this.tellers) {
      const code = sleutel.split('\u0000')[1]!;
      uit[code] = (uit[code] ?? 0) + n;
    }
    return uit;
  }
}
