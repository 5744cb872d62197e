import { z } from 'zod';

// Runs in the browser under a CSP without 'unsafe-eval' (see @pw/datapackage).
z.config({ jitless: true });

/**
 * The package list of a published site, `data/pakketten.json`: which package is the default (the
 * newest), which older ones the site keeps by hash (saved views open on their own data), whether
 * small numbers are masked on screen, and the published views. Served `no-cache`: it is the one
 * file that changes when the controller publishes a new month (the packages themselves live under
 * their hash and never change). The plain build (npm start) has one too, with `standaard: null`:
 * no publication, the package under `data/demo/`.
 */
export const SITE_SCHEMA = 'pw-monitor-site';

/** Where a package of the site lives, relative to the app: `data/pakketten/<hash>/`. */
export const pakketMap = (hash: string) => `data/pakketten/${hash}/`;

/** The file of the list, relative to the app (in a module of its own: see adres.ts). */
export { SITELIJST } from './adres.ts';

const HASH = z.string().regex(/^[0-9a-f]{64}$/);
const DATUM = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Sitelijst = z.strictObject({
  schema: z.literal(SITE_SCHEMA),
  versie: z.literal(1),
  /** The default package's hash; null: not a published site (the package under data/demo/). */
  standaard: HASH.nullable(),
  /** When this list was written (null in the plain build). */
  gepubliceerd: z.string().max(40).nullable(),
  /** `afschermen`: counts of 1 to 4 are not shown on screen (a publication); `tonen`: a closed audience. Null: not a publication. */
  kleineAantallen: z.enum(['afschermen', 'tonen']).nullable(),
  pakketten: z
    .array(z.strictObject({ hash: HASH, aangemaakt: z.string().max(40), periode: z.strictObject({ van: DATUM, tot: DATUM }).nullable() }))
    .max(1_000),
  /** Views published with the site (each validated by @pw/views where it is shown); they show the default package. */
  weergaven: z.array(z.record(z.string().max(100), z.unknown())).max(500),
});

export type Sitelijst = z.infer<typeof Sitelijst>;

/** The list of the plain build: no publication. */
export const GEEN_PUBLICATIE: Sitelijst = { schema: SITE_SCHEMA, versie: 1, standaard: null, gepubliceerd: null, kleineAantallen: null, pakketten: [], weergaven: [] };

/**
 * Reads a package list (hostile until checked): the list, or null when it is not one (then the app
 * behaves as the plain build, and the packages it names are never trusted).
 */
export function leesSitelijst(json: unknown): Sitelijst | null {
  const r = Sitelijst.safeParse(json);
  if (!r.success) return null;
  if (r.data.standaard && !r.data.pakketten.some((p) => p.hash === r.data.standaard)) return null;
  return r.data;
}
