import type { IsoDatum } from './datum.ts';
import { GEMEENTEN_2019 } from './reference/gemeenten-2019.ts';
import { HERINDELINGEN_2011_2023, PROVINCIE_VAN } from './reference/herindelingen.ts';
import { normaliseer } from './text.ts';

/** A CBS municipality code, written `GM0000`. */
export type GemeenteCode = string;

export interface Gemeente {
  code: GemeenteCode;
  naam: string;
  provincie: string;
  /** First day the municipality existed (null: before any data we hold). */
  geldigVan: IsoDatum | null;
  /** Last day the municipality existed (null: it still exists). */
  geldigTot: IsoDatum | null;
  /** The municipality it merged into (herindeling), if it no longer exists. */
  opvolger: GemeenteCode | null;
}

/**
 * Herindelingen (municipal mergers) the product knows about. The CBS list of 2019 already reflects
 * mergers before 2019 except those listed here; add later mergers to this list (one entry each).
 */
export interface Herindeling {
  datum: IsoDatum;
  opgeheven: GemeenteCode[];
  opvolger: GemeenteCode;
  /** A municipality created by the merger, absent from the 2019 list. */
  nieuw?: { code: GemeenteCode; naam: string; provincie: string };
  opgehevenNamen?: Record<GemeenteCode, string>;
  /**
   * A municipality divided over several successors: every successor with its share (of inhabitants
   * or, as a proxy, of addresses; null where no source gives it). `opvolger` is then the successor
   * with the largest known share (the first listed when none is known).
   */
  verdeling?: Record<GemeenteCode, number | null>;
}

/** The mergers checked by hand against the sources of the demo (source 003, issue 11). */
const HERINDELINGEN_BRONNEN: readonly Herindeling[] = [
  {
    datum: '2015-01-01',
    opgeheven: ['GM0458', 'GM0365'],
    opvolger: 'GM0361',
    opgehevenNamen: { GM0458: 'Schermer', GM0365: 'Graft-De Rijp' },
  },
  {
    datum: '2022-01-01',
    opgeheven: ['GM0398', 'GM0416'],
    opvolger: 'GM1980',
    nieuw: { code: 'GM1980', naam: 'Dijk en Waard', provincie: 'Noord-Holland' },
  },
  { datum: '2022-03-24', opgeheven: ['GM0457'], opvolger: 'GM0363' },
];

/**
 * Every other herindeling and code change 2011–2023 (issue 12: so that CBS files of older
 * boundaries resolve), one entry per dissolved code, from the researched list in
 * `reference/herindelingen.csv` (verified against CBS code sets, see reference/README.md).
 */
function uitOnderzoek(): Herindeling[] {
  const bekend = new Set(GEMEENTEN_2019.map(([code]) => code));
  const hand = new Set(HERINDELINGEN_BRONNEN.flatMap((h) => h.opgeheven));
  const perOud = new Map<string, Array<(typeof HERINDELINGEN_2011_2023)[number]>>();
  for (const r of HERINDELINGEN_2011_2023) if (!hand.has(r[1])) perOud.set(`${r[0]}|${r[1]}`, [...(perOud.get(`${r[0]}|${r[1]}`) ?? []), r]);
  const nieuw = new Set<string>();
  return [...perOud.values()].map((rijen) => {
    const [datum, oud, oudNaam] = rijen[0]!;
    const hoofd = rijen.reduce((a, b) => ((b[5] ?? -1) > (a[5] ?? -1) ? b : a));
    const h: Herindeling = { datum, opgeheven: [oud], opvolger: hoofd[3], opgehevenNamen: { [oud]: oudNaam } };
    if (!bekend.has(hoofd[3]) && !nieuw.has(hoofd[3])) {
      nieuw.add(hoofd[3]);
      h.nieuw = { code: hoofd[3], naam: hoofd[4], provincie: PROVINCIE_VAN[hoofd[3]] ?? '' };
    }
    if (rijen.length > 1) h.verdeling = Object.fromEntries(rijen.map((r) => [r[3], r[5]]));
    return h;
  });
}

/** Every herindeling the product knows, oldest first. */
export const HERINDELINGEN: readonly Herindeling[] = [...HERINDELINGEN_BRONNEN, ...uitOnderzoek()].sort((a, b) => a.datum.localeCompare(b.datum));

function dagVoor(datum: IsoDatum): IsoDatum {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function bouwLijst(): Map<GemeenteCode, Gemeente> {
  const lijst = new Map<GemeenteCode, Gemeente>();
  for (const [code, naam, provincie] of GEMEENTEN_2019) {
    lijst.set(code, { code, naam, provincie, geldigVan: null, geldigTot: null, opvolger: null });
  }
  for (const h of HERINDELINGEN) {
    if (h.nieuw) lijst.set(h.nieuw.code, { ...h.nieuw, geldigVan: h.datum, geldigTot: null, opvolger: null });
    const opvolger = lijst.get(h.opvolger);
    for (const code of h.opgeheven) {
      const bestaand = lijst.get(code);
      const naam = bestaand?.naam ?? h.opgehevenNamen?.[code] ?? code;
      const provincie = bestaand?.provincie || PROVINCIE_VAN[code] || opvolger?.provincie || '';
      lijst.set(code, { code, naam, provincie, geldigVan: bestaand?.geldigVan ?? null, geldigTot: dagVoor(h.datum), opvolger: h.opvolger });
    }
  }
  return lijst;
}

const GEMEENTEN = bouwLijst();

export function alleGemeenten(): Gemeente[] {
  return [...GEMEENTEN.values()];
}

export function gemeente(code: GemeenteCode): Gemeente | undefined {
  return GEMEENTEN.get(code);
}

export function gemeenteNaam(code: GemeenteCode): string {
  return GEMEENTEN.get(code)?.naam ?? code;
}

/** The municipality a code belongs to under today's boundaries (follows successive mergers). */
export function huidigeGemeente(code: GemeenteCode): GemeenteCode {
  let huidig = code;
  for (let i = 0; i < 10; i++) {
    const g = GEMEENTEN.get(huidig);
    if (!g?.opvolger) return huidig;
    huidig = g.opvolger;
  }
  return huidig;
}

/** All municipalities that merged (directly or in steps) into `code`, oldest last. */
export function voorgangers(code: GemeenteCode): Gemeente[] {
  const uit: Gemeente[] = [];
  for (const g of GEMEENTEN.values()) {
    if (g.code !== code && g.opvolger && huidigeGemeente(g.code) === code) uit.push(g);
  }
  return uit.sort((a, b) => (b.geldigTot ?? '').localeCompare(a.geldigTot ?? '') || a.naam.localeCompare(b.naam));
}

export type GemeenteZoekresultaat =
  | { soort: 'gevonden'; gemeente: Gemeente }
  | { soort: 'dubbelzinnig'; kandidaten: Gemeente[] }
  | { soort: 'onbekend' };

const OP_NAAM = new Map<string, Gemeente[]>();
for (const g of GEMEENTEN.values()) {
  const sleutels = new Set([normaliseer(g.naam), normaliseer(g.naam.replace(/\s*\(.*\)\s*$/, ''))]);
  for (const s of sleutels) OP_NAAM.set(s, [...(OP_NAAM.get(s) ?? []), g]);
}

/**
 * Finds a municipality from what an extract writes in its "Gemeente" column: `GM1774`, `1774`,
 * `0361`, `361`, or a name ("Dinkelland", "gemeente Tubbergen", "Bergen (NH.)").
 */
export function zoekGemeente(tekst: string): GemeenteZoekresultaat {
  const t = tekst.trim();
  const code = /^(?:gm)?\s*(\d{1,4})$/i.exec(t);
  if (code) {
    const g = GEMEENTEN.get(`GM${code[1]!.padStart(4, '0')}`);
    return g ? { soort: 'gevonden', gemeente: g } : { soort: 'onbekend' };
  }
  const sleutel = normaliseer(t.replace(/^gemeente\s+/i, ''));
  const kandidaten = OP_NAAM.get(sleutel) ?? [];
  if (kandidaten.length === 1) return { soort: 'gevonden', gemeente: kandidaten[0]! };
  if (kandidaten.length > 1) return { soort: 'dubbelzinnig', kandidaten };
  return { soort: 'onbekend' };
}
