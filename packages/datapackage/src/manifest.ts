import { z } from 'zod';
import { PAKKET_SCHEMA_VERSIE, PAKKET_TABELNAMEN, type PakketTabel } from '@pw/model';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod must not compile schemas
// to code at run time (its JIT probes with `Function('')`, which the browser reports as a violation).
z.config({ jitless: true });

/**
 * The manifest of a data package: its own types and one strict schema. A package is untrusted input
 * (controllers mail them to colleagues): `manifest.json` is checked against this schema before
 * anything else happens, so unknown fields, wrong types, unknown tables and file names that point
 * anywhere else are refused with a message naming the field. Table names and file names never come
 * from the manifest: they come from the fixed list of tables (`PAKKET_TABELLEN` in @pw/model and
 * `AFGELEIDE_TABELNAMEN` here), and the manifest must name exactly those.
 */
export const MANIFEST_SCHEMA = 'pw-monitor-datapakket';

/**
 * Tables derived from the package tables by the code that built the package: the standard figures
 * of every area per indeling with the masking decision (`figuren_huidig`, `figuren_historisch`,
 * issue 15), and in packages made before that the headline figures (`kerncijfers`). They are
 * listed under `afgeleid`, each optional, and are not part of the package hash: the hash identifies
 * the data, not what a version of pw-monitor computed from it.
 */
export const AFGELEIDE_TABELNAMEN = ['kerncijfers', 'figuren_huidig', 'figuren_historisch'] as const;
export type AfgeleideTabel = (typeof AFGELEIDE_TABELNAMEN)[number];

/** Limits on a manifest, checked before its fields: bytes of the file, nesting, list lengths, fields per object. */
export const MANIFEST_GRENZEN = {
  bytes: 16 * 1024 * 1024,
  diepte: 12,
  lijst: 50_000,
  velden: 1_000,
} as const;

/** The file of a table in the package folder: `<tabel>.arrow`, the only name a manifest may give it. */
export function tabelBestand(naam: PakketTabel | AfgeleideTabel): string {
  return `${naam}.arrow`;
}

// Control characters (C0 and C1, DEL) and the invisible direction marks and overrides that can
// make a name read differently from what it is.
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused here
const STUURTEKEN = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above, but tab and line breaks are allowed in a text
const STUURTEKEN_IN_TEKST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const HASH = z.string().regex(/^[0-9a-f]{64}$/, 'is geen SHA-256 (64 hexadecimale tekens)');
const DATUM = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is geen datum (jjjj-mm-dd)');
const aantal = z.number().int('is geen geheel getal').min(0, 'is negatief').max(Number.MAX_SAFE_INTEGER, 'is te groot');
/** A name shown on one line (a file name, a sheet): no control characters at all. */
const naam = (max: number) => z.string().max(max, `is langer dan ${max} tekens`).refine((s) => !STUURTEKEN.test(s), 'bevat stuurtekens');
/** A text (a reason, a header as written in the extract): tab and line breaks allowed. */
const tekst = (max: number) => z.string().max(max, `is langer dan ${max} tekens`).refine((s) => !STUURTEKEN_IN_TEKST.test(s), 'bevat stuurtekens');
/** A code of pw-monitor's own vocabulary (`uitkeringen`, `ingangsdatum`, `gemeente-opgeheven`). */
const code = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'is geen code van pw-monitor');

/** Why `s` is not a plain file name in the package folder (a path, a parent folder, control characters), or null. */
function geenGewoneNaam(s: string): string | null {
  if (STUURTEKEN.test(s)) return 'bevat stuurtekens';
  if (s.startsWith('/') || s.startsWith('\\') || /^[A-Za-z]:/.test(s)) return 'is een absoluut pad; alleen een bestandsnaam in de map van het pakket is toegestaan';
  if (s.includes('/') || s.includes('\\')) return 'bevat een map (/ of \\); alleen een bestandsnaam in de map van het pakket is toegestaan';
  if (s === '.' || s === '..') return 'wijst naar een map, niet naar een bestand';
  return null;
}

/** A file name in the package folder: a plain name, never a path. */
const bestandsnaam = z
  .string()
  .max(255, 'is langer dan 255 tekens')
  .superRefine((s, ctx) => {
    const reden = geenGewoneNaam(s);
    if (reden) ctx.addIssue({ code: 'custom', message: reden });
  });

/** A plain name must also be the table's own: `<tabel>.arrow`. */
function bestandVanTabel(t: { naam: PakketTabel | AfgeleideTabel; bestand: string }, ctx: z.RefinementCtx): void {
  const bekend = (PAKKET_TABELNAMEN as readonly string[]).includes(t.naam) || (AFGELEIDE_TABELNAMEN as readonly string[]).includes(t.naam);
  if (bekend && typeof t.bestand === 'string' && t.bestand !== tabelBestand(t.naam) && t.bestand.length <= 255 && !geenGewoneNaam(t.bestand)) {
    ctx.addIssue({ code: 'custom', path: ['bestand'], message: `moet ${tabelBestand(t.naam)} heten (de naam van de tabel met .arrow)` });
  }
}

const Tabelbestand = z
  .strictObject({
    naam: z.enum(PAKKET_TABELNAMEN as [PakketTabel, ...PakketTabel[]], { message: `is geen tabel van een datapakket (wel: ${PAKKET_TABELNAMEN.join(', ')})` }),
    bestand: bestandsnaam,
    sha256: HASH,
    rijen: aantal,
    omschrijving: tekst(2000).optional(),
  })
  .superRefine(bestandVanTabel);

const AfgeleidBestand = z
  .strictObject({
    naam: z.enum(AFGELEIDE_TABELNAMEN, { message: `is geen afgeleide tabel van een datapakket (wel: ${AFGELEIDE_TABELNAMEN.join(', ')})` }),
    bestand: bestandsnaam,
    sha256: HASH,
    rijen: aantal,
    omschrijving: tekst(2000).optional(),
  })
  .superRefine(bestandVanTabel);

/** Each table at most once; `verplicht`: the tables every package has. */
function eenmaal(verplicht: readonly string[]) {
  return (lijst: ReadonlyArray<{ naam: string }>, ctx: z.RefinementCtx) => {
    const gezien = new Set<string>();
    for (const [i, t] of lijst.entries()) {
      if (gezien.has(t.naam)) ctx.addIssue({ code: 'custom', path: [i, 'naam'], message: 'noemt een tabel die al eerder in de lijst staat' });
      gezien.add(t.naam);
    }
    const ontbreekt = verplicht.filter((t) => !gezien.has(t));
    if (ontbreekt.length) ctx.addIssue({ code: 'custom', message: `mist de tabellen ${ontbreekt.join(', ')}` });
  };
}

const Brononderdeel = z.strictObject({
  /** XLSX sheet name. */
  blad: tekst(200).optional(),
  /** The kind of extract recognised (`uitkeringen`, `budget`, …), null when not recognised. */
  soort: code.nullable(),
  /** How the file was read: `utf-8`, `utf-8 (met BOM)`, `windows-1252`, `xlsx`. */
  codering: naam(60),
  scheidingsteken: z.string().regex(/^[^\n\r]{0,4}$/, 'is geen scheidingsteken').refine((s) => !STUURTEKEN_IN_TEKST.test(s), 'bevat stuurtekens'),
  /** Line (CSV) or row (XLSX) of the header. */
  kopregel: aantal,
  rijen: aantal,
  kolommen: z.array(z.strictObject({ kop: tekst(500), veld: code.nullable() })).max(5_000, 'heeft meer dan 5000 kolommen'),
});

/** What ingest said about one source file (no personal data: names, hashes, counts, how columns were read). */
const Bron = z.strictObject({
  naam: naam(1_000),
  sha256: HASH,
  bytes: aantal,
  onderdelen: z.array(Brononderdeel).max(1_000, 'heeft meer dan 1000 onderdelen'),
  /** Data rows read (without title, header, empty and Totaal rows). */
  rijen: aantal,
  /** Set when this file has the same content as one listed earlier: it was counted once. */
  zelfdeAls: naam(1_000).optional(),
});

/** A warning from the validation of the extracts (a written package has no errors). */
const Validatiemelding = z.strictObject({
  ernst: z.enum(['fout', 'waarschuwing'], { message: 'moet fout of waarschuwing zijn' }),
  code,
  bestand: naam(1_000),
  regel: aantal.nullable(),
  blad: tekst(200).optional(),
  kolom: tekst(500).optional(),
  waarde: tekst(500).optional(),
  reden: tekst(4_000),
  oplossing: tekst(4_000),
});

const ManifestSchema = z.strictObject({
  schema: z.literal(MANIFEST_SCHEMA, { message: `moet "${MANIFEST_SCHEMA}" zijn` }),
  schemaVersie: z.number().int('is geen geheel getal').min(1, 'is geen schemaversie').max(PAKKET_SCHEMA_VERSIE, `is nieuwer dan ${PAKKET_SCHEMA_VERSIE}`),
  /** Content address: sha256 over the tables' names and hashes (not the creation time, not the derived tables). */
  hash: HASH,
  aangemaakt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'is geen tijdstip (jjjj-mm-ddTuu:mm:ss.sssZ)'),
  /** First and last peildatum with benefit data. */
  periode: z.strictObject({ van: DATUM, tot: DATUM }).nullable(),
  bronnen: z.array(Bron).max(10_000, 'noemt meer dan 10000 bronbestanden'),
  tabellen: z.array(Tabelbestand).max(PAKKET_TABELNAMEN.length, `noemt meer dan ${PAKKET_TABELNAMEN.length} tabellen`).superRefine(eenmaal(PAKKET_TABELNAMEN)),
  /** Files derived from the tables by this version of the code (the standard figures; kerncijfers in older packages). */
  afgeleid: z.array(AfgeleidBestand).max(AFGELEIDE_TABELNAMEN.length, `noemt meer dan ${AFGELEIDE_TABELNAMEN.length} afgeleide tabellen`).superRefine(eenmaal([])),
  validatie: z.strictObject({
    fouten: aantal,
    waarschuwingen: aantal,
    perCode: z.record(code, aantal),
    meldingen: z.array(Validatiemelding).max(MANIFEST_GRENZEN.lijst, `heeft meer dan ${MANIFEST_GRENZEN.lijst} meldingen`),
  }),
  /** Municipalities that have data in this package. */
  gemeenten: z.array(z.string().regex(/^GM\d{4}$/, 'is geen gemeentecode (GM en vier cijfers)')).max(1_000, 'noemt meer dan 1000 gemeenten'),
  /**
   * Views published with this package (saved views everyone who opens it sees). Each is validated
   * strictly by @pw/views (`leesWeergave`) where it is shown; here only their number is bounded.
   */
  weergaven: z.array(z.record(z.string().max(100), z.unknown(), { message: 'is geen weergave (een object)' })).max(500, 'noemt meer dan 500 weergaven').optional(),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type Tabelbestand = z.infer<typeof Tabelbestand>;
export type PakketBron = z.infer<typeof Bron>;
type Validatiemelding = z.infer<typeof Validatiemelding>;
export type Validatie = Manifest['validatie'];

/** A problem with a data package the user can act on: what is wrong and what to do. */
export class PakketFout extends Error {
  constructor(
    bericht: string,
    readonly oplossing: string,
  ) {
    super(`${bericht} Oplossing: ${oplossing}`);
    this.name = 'PakketFout';
  }
}

/**
 * The one message for a package that fails its checks (a manifest that breaks the schema, a file
 * whose checksum differs, a hash that does not match its tables): `npm run figures`, `npm run
 * report --pakket` and the dashboard all show it. `reden` says which field or file.
 */
export function geweigerdPakket(waar: string, reden: string): PakketFout {
  return new PakketFout(
    `Het datapakket in ${waar} is geweigerd: ${reden} Het pakket is beschadigd of na het maken gewijzigd; er is niets uit gebruikt.`,
    'Kopieer het pakket opnieuw in zijn geheel, of maak het opnieuw met npm run ingest of de pagina Gegevens laden.',
  );
}

/** A value from the file, made safe to show: no control or direction characters, at most 40 characters, quoted. */
function getoond(s: string): string {
  const schoon = s.replace(new RegExp(STUURTEKEN.source, 'g'), '');
  return JSON.stringify(schoon.length > 40 ? `${schoon.slice(0, 40)}…` : schoon);
}

/** `tabellen[3].naam`; a key that is not a plain word is shown quoted and cleaned. */
function veldpad(pad: ReadonlyArray<PropertyKey>): string {
  let uit = '';
  for (const d of pad) {
    if (typeof d === 'number') uit += `[${d}]`;
    else if (typeof d === 'string' && /^[A-Za-z_][A-Za-z0-9_-]{0,40}$/.test(d)) uit += uit ? `.${d}` : d;
    else uit += `[${getoond(String(d))}]`;
  }
  return uit || '(het manifest zelf)';
}

const SOORT: Record<string, string> = { string: 'tekst', number: 'getal', int: 'geheel getal', boolean: 'ja/nee (true of false)', object: 'object', array: 'lijst', null: 'null' };

function waardeOp(json: unknown, pad: ReadonlyArray<PropertyKey>): unknown {
  let w = json;
  for (const d of pad) {
    if (w === null || typeof w !== 'object' || !Object.hasOwn(w, d)) return undefined;
    w = (w as Record<PropertyKey, unknown>)[d];
  }
  return w;
}

/** One issue in Dutch, naming the field; never a value from the file other than an unknown field's (cleaned) name. */
function probleemTekst(i: z.core.$ZodIssue, json: unknown): string {
  const pad = veldpad(i.path);
  switch (i.code) {
    case 'unrecognized_keys': {
      const n = i.keys.length;
      return `${pad}: onbekend veld ${i.keys.slice(0, 3).map(getoond).join(', ')}${n > 3 ? ` en nog ${n - 3}` : ''} (een manifest bevat alleen de velden die pw-monitor zelf schrijft)`;
    }
    case 'invalid_type':
      return waardeOp(json, i.path) === undefined ? `${pad}: ontbreekt` : `${pad}: moet ${SOORT[i.expected] ?? i.expected} zijn`;
    case 'too_big':
      return `${pad}: ${i.message.startsWith('Too big') ? 'is te groot' : i.message}`;
    case 'too_small':
      return `${pad}: ${i.message.startsWith('Too small') ? 'is te klein' : i.message}`;
    case 'invalid_key':
      return `${pad}: is geen geldige sleutel`;
    case 'invalid_union':
      return `${pad}: heeft een ongeldige vorm`;
    default:
      // Every other check in this schema carries its own Dutch message.
      return /^[A-Z]/.test(i.message) ? `${pad}: heeft een ongeldige waarde` : `${pad}: ${i.message}`;
  }
}

/**
 * Refuses a parsed manifest that is too large in shape before the schema looks at it: deeper than
 * `diepte`, a list longer than `lijst`, an object with more than `velden` fields. Returns the
 * problem, or null.
 */
function vormProbleem(json: unknown): string | null {
  const stapel: Array<[unknown, PropertyKey[]]> = [[json, []]];
  while (stapel.length) {
    const [w, pad] = stapel.pop()!;
    if (w === null || typeof w !== 'object') continue;
    if (pad.length >= MANIFEST_GRENZEN.diepte) return `${veldpad(pad)}: is dieper genest dan een manifest ooit is`;
    const kinderen: Array<[PropertyKey, unknown]> = Array.isArray(w) ? w.map((x, i) => [i, x]) : Object.entries(w);
    if (Array.isArray(w) && w.length > MANIFEST_GRENZEN.lijst) return `${veldpad(pad)}: heeft meer dan ${MANIFEST_GRENZEN.lijst} elementen`;
    if (!Array.isArray(w) && kinderen.length > MANIFEST_GRENZEN.velden) return `${veldpad(pad)}: heeft meer dan ${MANIFEST_GRENZEN.velden} velden`;
    for (const [k, x] of kinderen) if (x !== null && typeof x === 'object') stapel.push([x, [...pad, k]]);
  }
  return null;
}

/** A manifest (parsed JSON) against the schema: the manifest, or its problems in Dutch with the field named. */
function toets(json: unknown): { manifest: Manifest; problemen: [] } | { manifest: null; problemen: string[] } {
  const vorm = vormProbleem(json);
  if (vorm) return { manifest: null, problemen: [vorm] };
  const r = ManifestSchema.safeParse(json);
  return r.success ? { manifest: r.data, problemen: [] } : { manifest: null, problemen: r.error.issues.map((i) => probleemTekst(i, json)) };
}

/** The problems of a manifest against the schema (empty when it is valid); for a package being built. */
export function manifestProblemen(json: unknown): string[] {
  return toets(json).problemen;
}

/**
 * Checks a manifest read from disk, the network or the browser's storage, strictly: throws a
 * PakketFout saying what to do. A package from a newer or an older version of pw-monitor gets its own message.
 */
export function controleerManifest(json: unknown, waar: string): Manifest {
  const m = json as { schema?: unknown; schemaVersie?: unknown } | null;
  if (!m || typeof m !== 'object' || Array.isArray(m) || m.schema !== MANIFEST_SCHEMA) {
    throw new PakketFout(`${waar} is geen datapakket van pw-monitor (manifest.json ontbreekt of heeft een ander schema).`, 'Kies de map die manifest.json en de .arrow-bestanden bevat, gemaakt met npm run ingest of de pagina Gegevens laden.');
  }
  if (typeof m.schemaVersie === 'number' && m.schemaVersie > PAKKET_SCHEMA_VERSIE) {
    throw new PakketFout(`${waar} is gemaakt met een nieuwere versie van pw-monitor (schema ${String(m.schemaVersie)}; deze versie leest tot en met ${PAKKET_SCHEMA_VERSIE}).`, 'Werk pw-monitor bij, of maak het pakket opnieuw met deze versie.');
  }
  if (typeof m.schemaVersie === 'number' && Number.isInteger(m.schemaVersie) && m.schemaVersie >= 1 && m.schemaVersie < PAKKET_SCHEMA_VERSIE) {
    // Its tables have other columns than this version reads: reading it would give wrong or no figures.
    throw new PakketFout(
      `${waar} is gemaakt met een oudere versie van pw-monitor (schema ${String(m.schemaVersie)}; deze versie leest schema ${PAKKET_SCHEMA_VERSIE}, met onder meer budgetversies, CBS-referentiecijfers en de Wsw).`,
      'Maak het pakket opnieuw van dezelfde extracten, met npm run ingest of de pagina Gegevens laden.',
    );
  }
  const { manifest, problemen } = toets(json);
  if (!manifest) {
    const getoonde = problemen.slice(0, 5).join('; ');
    throw geweigerdPakket(waar, `manifest.json klopt niet: ${getoonde}${problemen.length > 6 ? `; en nog ${problemen.length - 5} andere problemen` : problemen.length === 6 ? '; en nog 1 ander probleem' : ''}.`);
  }
  return manifest;
}

/** The text of `manifest.json`, the one way a manifest is written (command line, browser download, storage). */
export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
