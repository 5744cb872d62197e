import { datumNL, type IsoDatum } from '@pw/model';

const aantal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimaal1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const maand = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const maandKort = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A masked value (NaN: a small count in print or an export, or anything computed from one) shows
 * as `x`, the marker @pw/afscherming uses for a value that is not shown, never as "NaN".
 */
const AFGESCHERMD = 'x';

/** `1.234` */
export function formatAantal(n: number): string {
  return Number.isNaN(n) ? AFGESCHERMD : aantal.format(n);
}

const getalvorm = new Intl.PluralRules('nl-NL');

/** `1 regel`, `2 regels`, `1.834 regels`: a count with its noun in singular or plural. */
export function meervoud(n: number, enkelvoud: string, meervoudsvorm: string): string {
  return `${formatAantal(n)} ${getalvorm.select(n) === 'one' ? enkelvoud : meervoudsvorm}`;
}

/** `de andere gemeente` / `de 5 andere gemeenten`: a definite count, never "de 1 gemeenten". */
export function deAantal(n: number, enkelvoud: string, meervoudsvorm: string): string {
  return getalvorm.select(n) === 'one' ? `de ${enkelvoud}` : `de ${formatAantal(n)} ${meervoudsvorm}`;
}

/**
 * Dutch text on a page that reads wrong: a count of 1 with a plural noun ("1 regels"), "de 1 …",
 * an abbreviation in lower case ("Geen buig"), "NaN" or "undefined", a space before a comma or
 * full stop, a doubled word. Returns each offending fragment (empty when the text is right); the
 * browser test renders every page and runs this over its text.
 */
export function taalfouten(tekst: string): string[] {
  const patronen = [
    /(?<![\d.,])\b1 (regels|gemeenten|cellen|uitkeringen|plaatsen|meldingen|fouten|waarschuwingen|jaren|maanden|weergaven|rapporten|bestanden|extracten|combinaties|personen|leden|tekstblokken|inwoners)\b/g,
    /\bde 1 [a-z]/g,
    /(?<![\w./-])(buig|bbz|ioaw|ioaz|wsw|cbs|uwv|aow)(?![\w./-])/g,
    /\b(NaN|undefined|null|\[object Object\])\b/g,
    /[^\s] [,.](?=\s|$)/g,
    /\b(de|het|een|van|en|in|op|met) \1\b/gi,
  ];
  return patronen.flatMap((p) => [...tekst.matchAll(p)].map((m) => tekst.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)));
}

const seconden = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** `2,4 s` from milliseconds (at most one decimal): how long a step took. */
export function formatSeconden(ms: number): string {
  return `${seconden.format(ms / 1000)} s`;
}

/** `+12` / `−3` / `0`: a change, with its sign. */
export function formatVerschil(n: number, opmaak: (x: number) => string = formatAantal): string {
  if (Number.isNaN(n)) return AFGESCHERMD;
  if (n === 0) return opmaak(0);
  return `${n > 0 ? '+' : '−'}${opmaak(Math.abs(n))}`;
}

/** `10,4` (one decimal, for ratios such as per 1.000 inwoners) */
export function formatDecimaal(n: number): string {
  return Number.isNaN(n) ? AFGESCHERMD : decimaal1.format(n);
}

/** `€ 3.274.086` (whole euros) */
export function formatEuro(n: number): string {
  return Number.isNaN(n) ? AFGESCHERMD : euro.format(n);
}

/** `12,5%` from a fraction (0.125) */
export function formatProcent(fractie: number): string {
  return Number.isNaN(fractie) ? AFGESCHERMD : procent.format(fractie);
}

/** `1-12-2019` */
export function formatDatum(d: IsoDatum): string {
  return datumNL(d);
}

/** `november 2019` from `2019-11` or `2019-11-01` */
export function formatMaand(m: string): string {
  return maand.format(new Date(`${m.slice(0, 7)}-01T00:00:00Z`));
}

/** `nov 2019` for axis labels */
export function formatMaandKort(m: string): string {
  return maandKort.format(new Date(`${m.slice(0, 7)}-01T00:00:00Z`));
}

/** `eenheden`: Wsw standaardeenheden (SE) and fte, with one decimal. */
export type Eenheid = 'aantal' | 'euro' | 'per1000' | 'plaatsen' | 'inwoners' | 'procent' | 'eenheden';

/** Formats a value by its unit, as a tile or table shows it. */
export function formatWaarde(n: number, eenheid: Eenheid): string {
  switch (eenheid) {
    case 'euro':
      return formatEuro(n);
    case 'per1000':
    case 'eenheden':
      return formatDecimaal(n);
    case 'procent':
      return formatProcent(n);
    default:
      return formatAantal(n);
  }
}

/** A period label: `1-12-2019` for a peildatum, `november 2019` for a month, `2020` for a year. */
export function formatPeriode(periode: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(periode)) return formatDatum(periode);
  if (/^\d{4}-\d{2}$/.test(periode)) return formatMaand(periode);
  return periode;
}

/**
 * "Dinkelland, Oldenzaal en Tubbergen": a Dutch enumeration (no comma before "en"); one item as
 * itself, none as the empty string.
 */
export function opsomming(delen: readonly string[]): string {
  return delen.length <= 1 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;
}


/**
 * The source documents of the demo by the name a reader knows them by, not their number: "bron 002"
 * is "Businesscase Dinkelland 2020". The package and the code keep the number (it is the file's
 * name); pages say the name.
 */
const BRONDOCUMENTEN: Readonly<Record<string, string>> = {
  '000': 'Projectopdracht Noord-Oost Twente 2021',
  '001': 'Opdracht Noaberkracht 2020',
  '002': 'Businesscase Dinkelland 2020',
  '003': 'Hoofdlijnennotitie regio Alkmaar 2012',
  '004': 'Raadsvoorstel Heerhugowaard 2020',
};

/** "bron 000" → "Projectopdracht Noord-Oost Twente 2021", in any text (also "Bron 002", "bron 002 en 003"). */
export function bronInWoorden(tekst: string): string {
  return tekst
    .replace(/\b[Bb]ron (00\d) en (00\d)\b/g, (m, a: string, b: string) => (BRONDOCUMENTEN[a] && BRONDOCUMENTEN[b] ? `${BRONDOCUMENTEN[a]} en ${BRONDOCUMENTEN[b]}` : m))
    .replace(/\b[Bb]ron (00\d)\b/g, (m, n: string) => BRONDOCUMENTEN[n] ?? m);
}
