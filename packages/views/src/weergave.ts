import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod must not compile schemas
// to code at run time (its JIT probes with `Function('')`, which the browser reports as a violation).
z.config({ jitless: true });

/**
 * Saved views ("weergaven") and reports ("rapporten"): what a wethouder looked at, recorded so that
 * it shows the same figures when opened next year. A view records the page, the choice (as the
 * URL's search string, re-validated by the app's own parsers on opening), chart or table, and the
 * data package it was made on (manifest hash and last peildatum). Files are untrusted input: they
 * are validated strictly (unknown fields are refused with a message saying which), names and texts
 * are plain text (rendered as text, escaped in HTML exports), and older versions are migrated.
 */
export const WEERGAVE_SCHEMA = 'pw-monitor-weergave';
const WEERGAVE_VERSIE = 2;
export const RAPPORT_SCHEMA = 'pw-monitor-rapport';
const RAPPORT_VERSIE = 1;

/** Pages a view can show, with their Dutch names. */
export const WEERGAVE_PAGINAS = {
  '/': 'Overzicht',
  '/uitkeringen': 'Uitkeringen',
  '/doelgroepen': 'Doelgroepen',
  '/beschut-werk': 'Beschut werk',
  '/wsw': 'Wsw',
  '/budget': 'Budget',
  '/verdeelsleutel': 'Verdeelsleutel',
} as const;
export type WeergavePagina = keyof typeof WEERGAVE_PAGINAS;
const PADEN = Object.keys(WEERGAVE_PAGINAS) as [WeergavePagina, ...WeergavePagina[]];

const HASH = /^[0-9a-f]{64}$/;
const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Characters that change how a text looks without being seen: control characters, format
 * characters (Unicode Cf: the bidirectional embeddings, overrides and isolates U+202A–U+202E and
 * U+2066–U+2069, the direction marks, zero-width characters, soft hyphens, the BOM, tag
 * characters), line and paragraph separators, and lone surrogates. A name such as
 * "Uitkeringen\u202E5102" would show reversed ("Uitkeringen2015"); one with an escape sequence
 * would repaint a terminal.
 */
const ONZICHTBAAR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * A text as it may be shown: invisible characters removed (see `ONZICHTBAAR`), never refused, so a
 * name pasted from a word processor still saves. In a one-line text (`regels` false) line breaks
 * and tabs become spaces; in a long text tab and newline stay (a line separator becomes a newline).
 */
export function zichtbareTekst(tekst: string, regels: boolean): string {
  const s = tekst.replace(/\r\n?/g, '\n');
  if (!regels) return s.replace(/[\t\n\u2028\u2029]/g, ' ').replace(ONZICHTBAAR, '');
  return s.replace(ONZICHTBAAR, (c) => (c === '\n' || c === '\t' ? c : c === '\u2028' || c === '\u2029' ? '\n' : ''));
}

const teLang = (max: number) => `mag hoogstens ${max} tekens lang zijn`;
/** A one-line text of a file (a name, a title), made visible (`zichtbareTekst`). */
const regel = (max: number) => z.string().max(max, teLang(max)).transform((s) => zichtbareTekst(s, false));
/** A name that must not be empty once made visible. */
const naamVeld = (max: number) => regel(max).pipe(z.string().trim().min(1, 'ontbreekt'));
/** A long text of a file (a description, a block of a report), made visible; tab and newline stay. */
const tekst = (max: number) => z.string().max(max, teLang(max)).transform((s) => zichtbareTekst(s, true));

const WeergaveV2 = z
  .object({
    schema: z.literal(WEERGAVE_SCHEMA),
    versie: z.literal(WEERGAVE_VERSIE),
    id: z.string().regex(/^[A-Za-z0-9-]{6,64}$/, 'is geen geldige id'),
    naam: naamVeld(120),
    omschrijving: tekst(2000).default(''),
    pagina: z.enum(PADEN, { message: `moet een van ${PADEN.join(', ')} zijn` }),
    /** The choice as URL search parameters: `gebied=GM1774&peildatum=2019-12-01`. */
    zoek: z.string().max(2000).regex(/^[A-Za-z0-9_.,=&%+-]*$/, 'bevat tekens die niet in een keuze horen'),
    tabel: z.boolean().default(false),
    datapakket: z
      .object({
        hash: z.string().regex(HASH, 'is geen manifest-hash (64 hexadecimale tekens)'),
        peildatum: z.string().regex(ISO_DATUM, 'is geen datum (jjjj-mm-dd)').nullable(),
        naam: regel(200),
      })
      .strict(),
    aangemaakt: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'is geen tijdstip'),
  })
  .strict();
export type Weergave = z.infer<typeof WeergaveV2>;

/** Version 1 (the first prototype): a name and the page's URL, with the package hash. */
const WeergaveV1 = z
  .object({
    schema: z.literal(WEERGAVE_SCHEMA),
    versie: z.literal(1),
    naam: naamVeld(120),
    url: z.string().max(2100).regex(/^\/[a-z-]*(\?[A-Za-z0-9_.,=&%+-]*)?$/, 'is geen adres van een pagina'),
    pakket: z.string().regex(HASH, 'is geen manifest-hash (64 hexadecimale tekens)'),
    peildatum: z.string().regex(ISO_DATUM).optional(),
  })
  .strict();

/** A short stable id from a text (FNV-1a), for views migrated without one. */
function kortId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return `w-${h.toString(16).padStart(8, '0')}`;
}

function migreerV1(v: z.infer<typeof WeergaveV1>): unknown {
  const [pad, zoek = ''] = v.url.split('?') as [string, string?];
  return {
    schema: WEERGAVE_SCHEMA,
    versie: WEERGAVE_VERSIE,
    id: kortId(`${v.naam}|${v.url}|${v.pakket}`),
    naam: v.naam,
    omschrijving: '',
    pagina: pad,
    zoek,
    tabel: false,
    datapakket: { hash: v.pakket, peildatum: v.peildatum ?? null, naam: '' },
    aangemaakt: '2026-01-01T00:00:00.000Z',
  };
}

/** What a file is wrong about, in Dutch; every message is visible text (`zichtbareTekst`), whatever the file held. */
export class Weergavefout extends Error {
  readonly meldingen: string[];
  constructor(meldingen: string[]) {
    const zichtbaar = meldingen.map((m) => zichtbareTekst(m, false));
    super(zichtbaar.join(' '));
    this.meldingen = zichtbaar;
    this.name = 'Weergavefout';
  }
}

/** A field name from a file, quoted and at most 40 characters. */
const veldnaam = (k: string) => JSON.stringify(Array.from(k).slice(0, 40).join(''));

function meldingen(fout: z.ZodError, waar: string, json?: unknown): string[] {
  return fout.issues.slice(0, 8).map((i) => {
    const pad = i.path.length ? `${waar}.${i.path.join('.')}` : waar;
    if (i.code === 'unrecognized_keys') return `${pad}: onbekend veld ${i.keys.slice(0, 5).map(veldnaam).join(', ')}; een weergavebestand bevat alleen de velden die pw-monitor zelf schrijft.`;
    if (i.code === 'invalid_value' && i.path.at(-1) === 'versie') return `${pad}: versie ${JSON.stringify((json as { versie?: unknown } | null)?.versie)} kent deze versie van pw-monitor niet (wel 1 en 2); werk pw-monitor bij.`;
    return `${pad}: ${i.message}.`;
  });
}

/** Reads one view from untrusted JSON (any version), or throws a Weergavefout saying what is wrong. */
export function leesWeergave(json: unknown, waar = 'weergave'): Weergave {
  const o = json as { schema?: unknown; versie?: unknown } | null;
  if (!o || typeof o !== 'object' || o.schema !== WEERGAVE_SCHEMA) throw new Weergavefout([`${waar}: dit is geen weergave van pw-monitor (het veld "schema" moet "${WEERGAVE_SCHEMA}" zijn).`]);
  if (o.versie === 1) {
    const v1 = WeergaveV1.safeParse(json);
    if (!v1.success) throw new Weergavefout(meldingen(v1.error, waar));
    return leesWeergave(migreerV1(v1.data), waar);
  }
  const v = WeergaveV2.safeParse(json);
  if (!v.success) throw new Weergavefout(meldingen(v.error, waar, json));
  return v.data;
}

/** The file a user exports and a colleague imports: one or more views. */
interface Weergavebestand {
  schema: 'pw-monitor-weergaven';
  weergaven: Weergave[];
}

export function weergavebestand(weergaven: readonly Weergave[]): string {
  return `${JSON.stringify({ schema: 'pw-monitor-weergaven', weergaven: [...weergaven] } satisfies Weergavebestand, null, 2)}\n`;
}

/** Reads an exported file (a collection or a single view) from its text; throws a Weergavefout. */
export function leesWeergavebestand(tekst: string, bestandsnaam = 'het bestand'): Weergave[] {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    throw new Weergavefout([`${bestandsnaam} is geen JSON-bestand; kies een bestand dat pw-monitor heeft geëxporteerd.`]);
  }
  const o = json as { schema?: unknown; weergaven?: unknown } | null;
  if (o && typeof o === 'object' && o.schema === 'pw-monitor-weergaven') {
    const extra = Object.keys(o).filter((k) => k !== 'schema' && k !== 'weergaven');
    if (extra.length) throw new Weergavefout([`${bestandsnaam}: onbekend veld ${extra.slice(0, 5).map(veldnaam).join(', ')}.`]);
    if (!Array.isArray(o.weergaven) || o.weergaven.length > 500) throw new Weergavefout([`${bestandsnaam}: "weergaven" moet een lijst van hoogstens 500 weergaven zijn.`]);
    return o.weergaven.map((w, i) => leesWeergave(w, `${bestandsnaam}, weergave ${i + 1}`));
  }
  return [leesWeergave(json, bestandsnaam)];
}

const TekstBlok = z.object({ soort: z.literal('tekst'), kop: regel(200).default(''), tekst: tekst(20000) }).strict();
const WeergaveBlok = z.object({ soort: z.literal('weergave'), weergave: z.unknown(), toelichting: tekst(20000).default('') }).strict();

const RapportV1 = z
  .object({
    schema: z.literal(RAPPORT_SCHEMA),
    versie: z.literal(RAPPORT_VERSIE),
    id: z.string().regex(/^[A-Za-z0-9-]{6,64}$/, 'is geen geldige id'),
    titel: naamVeld(200),
    inleiding: tekst(20000).default(''),
    datum: z.string().regex(ISO_DATUM, 'is geen datum (jjjj-mm-dd)'),
    blokken: z.array(z.discriminatedUnion('soort', [TekstBlok, WeergaveBlok])).max(100),
  })
  .strict();

export type Rapportblok = { soort: 'tekst'; kop: string; tekst: string } | { soort: 'weergave'; weergave: Weergave; toelichting: string };
export interface Rapport {
  schema: typeof RAPPORT_SCHEMA;
  versie: typeof RAPPORT_VERSIE;
  id: string;
  titel: string;
  inleiding: string;
  datum: string;
  blokken: Rapportblok[];
}

/** Reads a report (with its views, each validated and migrated) from untrusted JSON. */
export function leesRapport(json: unknown, waar = 'rapport'): Rapport {
  const o = json as { schema?: unknown } | null;
  if (!o || typeof o !== 'object' || o.schema !== RAPPORT_SCHEMA) throw new Weergavefout([`${waar}: dit is geen rapport van pw-monitor (het veld "schema" moet "${RAPPORT_SCHEMA}" zijn).`]);
  const r = RapportV1.safeParse(json);
  if (!r.success) throw new Weergavefout(meldingen(r.error, waar));
  return {
    ...r.data,
    blokken: r.data.blokken.map((b, i) => (b.soort === 'tekst' ? b : { soort: 'weergave', weergave: leesWeergave(b.weergave, `${waar}, blok ${i + 1}`), toelichting: b.toelichting })),
  };
}

/** Escapes text for HTML (the Word/HTML export): a name never becomes markup. */
export function html(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
