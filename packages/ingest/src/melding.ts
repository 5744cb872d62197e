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

/** `uitkeringen.csv:17: Onbekende gemeente "Atlantis" in kolom Gemeente. Oplossing: …` */
export function meldingTekst(m: Melding): string {
  const plaats = m.blad
    ? `${m.bestand} (blad ${m.blad}${m.regel !== null ? `, rij ${m.regel}` : ''})`
    : m.regel !== null
      ? `${m.bestand}:${m.regel}`
      : m.bestand;
  const soort = m.ernst === 'waarschuwing' ? 'waarschuwing: ' : '';
  return `${plaats}: ${soort}${m.reden} Oplossing: ${m.oplossing}`;
}

/** At most this many messages of one kind per file; the rest are summarised in one message. */
export const MAX_PER_CODE = 200;

/** Collects messages instead of throwing one by one, so a controller sees every problem at once. */
export class Meldingen {
  readonly lijst: Melding[] = [];
  /** Messages per file and code, including those beyond the cap. */
  private readonly tellers = new Map<string, number>();

  voeg(m: Melding): void {
    const sleutel = `${m.bestand}\u0000${m.code}`;
    const n = (this.tellers.get(sleutel) ?? 0) + 1;
    this.tellers.set(sleutel, n);
    if (n <= MAX_PER_CODE) this.lijst.push(m);
  }

  /** Counts `aantal` more problems of a kind without storing them (beyond the cap). */
  telErbij(bestand: string, code: string, aantal: number): void {
    if (aantal <= 0) return;
    const sleutel = `${bestand}\u0000${code}`;
    this.tellers.set(sleutel, (this.tellers.get(sleutel) ?? 0) + aantal);
  }

  /** Adds one closing message per file and code that went beyond the cap. */
  sluitAf(): void {
    for (const [sleutel, n] of this.tellers) {
      if (n <= MAX_PER_CODE) continue;
      const [bestand, code] = sleutel.split('\u0000') as [string, string];
      if (this.lijst.some((m) => m.bestand === bestand && m.code === `${code}-meer`)) continue;
      const voorbeeld = this.lijst.find((m) => m.bestand === bestand && m.code === code)!;
      this.lijst.push({
        ...voorbeeld,
        regel: null,
        kolom: undefined,
        waarde: undefined,
        code: `${code}-meer`,
        reden: `Nog ${n - MAX_PER_CODE} regels met hetzelfde probleem (${n} in totaal); alleen de eerste ${MAX_PER_CODE} staan hierboven.`,
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
