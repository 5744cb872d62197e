import { z } from 'zod';
import { EXTRACTSOORTEN, VELDEN, type Extractsoort, type Mapping, type Veld } from './kolommen.ts';
import type { Melding } from './melding.ts';

/** A mapping file is a few hundred bytes; a megabyte is no mapping. */
const MAX_BYTES = 1024 * 1024;
const VELDNAMEN = Object.keys(VELDEN) as [Veld, ...Veld[]];
const SOORTEN = Object.keys(EXTRACTSOORTEN) as [Extractsoort, ...Extractsoort[]];

const kop = z.string().max(200);
const MappingSchema = z.strictObject({
  soort: z.enum(SOORTEN).optional(),
  kolommen: z
    .record(kop, z.enum(VELDNAMEN).nullable())
    .refine((r) => Object.keys(r).length <= 1_000)
    .optional(),
  waarden: z
    .partialRecord(z.enum(VELDNAMEN), z.record(kop, z.string().max(200)).refine((r) => Object.keys(r).length <= 10_000))
    .optional(),
});

/** A mapping file that cannot be used: one message per problem, each naming the file, the line and the field. */
export class Mappingfout extends Error {
  constructor(readonly meldingen: readonly Melding[]) {
    super(meldingen.map((m) => m.reden).join(' '));
    this.name = 'Mappingfout';
  }
}

const OPLOSSING =
  'Een mappingbestand is JSON zoals {"soort": "uitkeringen", "kolommen": {"Klant-id": "persoon"}, "waarden": {"regeling": {"ABW": "Pw"}}}; herstel het genoemde veld (zie packages/ingest/README.md).';

/**
 * Reads a mapping file (JSON) strictly: unknown fields, unknown field names and wrong types are
 * refused, with the file, the line and the field named. A file is never half used.
 */
export function leesMapping(tekst: string, bestand: string): Mapping {
  const fout = (regel: number | null, reden: string): Mappingfout =>
    new Mappingfout([{ ernst: 'fout', code: 'mapping-onleesbaar', bestand, regel, reden, oplossing: OPLOSSING }]);
  if (tekst.length > MAX_BYTES) throw fout(null, `Het mappingbestand is groter dan ${MAX_BYTES / 1024} kB; dat is geen mapping.`);
  let json: unknown;
  try {
    json = JSON.parse(tekst.replace(/^\uFEFF/, ''));
  } catch (e) {
    const regel = jsonFoutRegel(tekst, e);
    throw fout(regel, `Het mappingbestand is geen geldige JSON${regel !== null ? ' (op deze regel of de regel ervoor)' : ''}: controleer komma's, aanhalingstekens en accolades.`);
  }
  const r = MappingSchema.safeParse(json);
  if (r.success) return r.data as Mapping;
  throw new Mappingfout(
    r.error.issues
      .slice(0, 20)
      .map((issue) => ({
      ernst: 'fout' as const,
      code: 'mapping-onleesbaar',
      bestand,
      regel: regelVanSleutel(tekst, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path),
      reden: probleem(issue),
      oplossing: OPLOSSING,
      }))
      .sort((a, b) => (a.regel ?? 0) - (b.regel ?? 0)),
  );
}

/** A field's path as the file writes it: kolommen."Klant-id". */
function pad(p: readonly PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? `[${k}]` : /^[a-z_]+$/.test(String(k)) ? String(k) : JSON.stringify(String(k).slice(0, 60)))).join('.');
}

function probleem(issue: z.core.$ZodIssue): string {
  const waar = issue.path.length ? `Het veld ${pad(issue.path)}` : 'Het mappingbestand';
  const ouder = issue.path[0];
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${waar} heeft een onbekend veld ${issue.keys.map((k) => JSON.stringify(k.slice(0, 60))).join(', ')}; toegestaan zijn soort, kolommen en waarden.`;
    case 'invalid_value':
      if (ouder === 'soort') return `${waar} moet een van ${SOORTEN.join(', ')} zijn.`;
      return `${waar} noemt geen veld van pw-monitor; kies een van ${VELDNAMEN.join(', ')}${ouder === 'kolommen' ? ', of null om de kolom over te slaan' : ''}.`;
    case 'invalid_key':
      return `${waar} noemt geen veld van pw-monitor; kies een van ${VELDNAMEN.join(', ')}.`;
    case 'invalid_type':
      return `${waar} heeft het verkeerde type: verwacht ${TYPE[issue.expected] ?? issue.expected}.`;
    case 'too_big':
      return `${waar} is te lang.`;
    default:
      return `${waar} is ongeldig (te veel kolommen of waarden).`;
  }
}

const TYPE: Record<string, string> = { object: 'een object ({…})', string: 'een tekst ("…")', null: 'null', record: 'een object ({…})' };

/** The line of a JSON syntax error, from the engine's position ("… at position 42", "line 3 column 5"). */
function jsonFoutRegel(tekst: string, e: unknown): number | null {
  const bericht = e instanceof Error ? e.message : '';
  const regel = /line (\d+)/.exec(bericht);
  if (regel) return Number(regel[1]);
  const positie = /position (\d+)/.exec(bericht);
  if (!positie) return null;
  return tekst.slice(0, Number(positie[1])).split('\n').length;
}

/** The line that holds the last key of a path (the first place it appears after its parent), or null. */
function regelVanSleutel(tekst: string, p: readonly PropertyKey[]): number | null {
  let vanaf = 0;
  for (const k of p) {
    if (typeof k !== 'string') continue;
    const i = tekst.indexOf(`${JSON.stringify(k)}`, vanaf);
    if (i < 0) break;
    vanaf = i;
  }
  return vanaf > 0 || tekst.startsWith('"') ? tekst.slice(0, vanaf).split('\n').length : null;
}
