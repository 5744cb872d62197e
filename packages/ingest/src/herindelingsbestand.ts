import { sqlIdent, sqlString, type Engine } from '@pw/engine';
import { alleGemeenten, normaliseer } from '@pw/model';
import type { Meldingen } from './melding.ts';
import { naarUtf8 } from './tekst.ts';

/**
 * A user's own mergers file (issue 12): herindelingen the model does not know, so that a CBS table
 * (or an extract) with such codes resolves. One line per old code and successor:
 * `datum;oude_code;nieuwe_code[;aandeel][;oude_naam][;nieuwe_naam]` (`;` or `,`, any order of
 * columns, header names as in `packages/model/reference/herindelingen.csv`). A municipality divided
 * over several successors has one line per successor with its share (the shares of one old code
 * add up to 1; an empty share is unknown). The old code gets the successor with the largest share.
 * All or nothing, with file and line. What it changes: the package's `gemeenten` table (validity,
 * successor, code under today's boundaries) and the status of CBS figures under those codes; the
 * continuation of benefits across a merger follows the model's own list only.
 */

export interface EigenHerindeling {
  datum: string;
  oud: string;
  nieuw: string;
  aandeel: number | null;
  oudNaam: string | null;
  nieuwNaam: string | null;
  regel: number;
}

const KOPPEN = {
  datum: ['datum', 'ingangsdatum', 'datumherindeling'],
  oud: ['oudecode', 'oudegemeentecode', 'oud'],
  nieuw: ['nieuwecode', 'nieuwegemeentecode', 'nieuw', 'opvolger', 'opvolgercode'],
  aandeel: ['aandeel', 'deel', 'fractie'],
  oudNaam: ['oudenaam', 'oudegemeente'],
  nieuwNaam: ['nieuwenaam', 'nieuwegemeente'],
} as const;

/** The columns of a mergers file's header, or null when the first line is not one. */
function kop(regel: string): { scheiding: string; index: Record<keyof typeof KOPPEN, number> } | null {
  for (const scheiding of [';', ',', '\t']) {
    const cellen = regel.split(scheiding).map((c) => normaliseer(c.replace(/^"|"$/g, '')));
    const index = Object.fromEntries(Object.entries(KOPPEN).map(([veld, namen]) => [veld, cellen.findIndex((c) => (namen as readonly string[]).includes(c))])) as Record<keyof typeof KOPPEN, number>;
    if (index.datum >= 0 && index.oud >= 0 && index.nieuw >= 0 && cellen.length >= 3) return { scheiding, index };
  }
  return null;
}

/** Is this file a mergers file (by its header)? */
export function isHerindelingsbestand(bytes: Uint8Array): boolean {
  const begin = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  return kop(begin.split(/\r?\n/, 1)[0] ?? '') !== null;
}

const code = (t: string) => {
  const m = /^(?:GM)?(\d{1,4})$/i.exec(t.trim());
  return m ? `GM${m[1]!.padStart(4, '0')}` : null;
};
const datum = (t: string) => {
  const s = t.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  const [j, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2]!.padStart(2, '0'), nl[1]!.padStart(2, '0')] : [];
  if (!j) return null;
  const x = `${j}-${m}-${d}`;
  return new Date(`${x}T00:00:00Z`).toISOString().slice(0, 10) === x ? x : null;
};

/** Reads a mergers file; problems go to `meldingen` with their line. */
export function leesHerindelingen(meldingen: Meldingen, naam: string, bytes: Uint8Array): EigenHerindeling[] {
  const regels = new TextDecoder().decode(naarUtf8(bytes).bytes).split('\n');
  const k = kop(regels[0] ?? '')!;
  const fout = (regel: number, reden: string) =>
    meldingen.voeg({ ernst: 'fout', code: 'herindelingsbestand', bestand: naam, regel, reden, oplossing: 'Schrijf per regel: datum (jjjj-mm-dd), oude code (GM0000), nieuwe code (GM0000) en bij een splitsing het aandeel (0 tot 1, samen 1).' });
  const uit: EigenHerindeling[] = [];
  regels.slice(1).forEach((r, i) => {
    if (!r.trim()) return;
    const regel = i + 2;
    const cel = (veld: keyof typeof KOPPEN) => (k.index[veld] >= 0 ? (r.split(k.scheiding)[k.index[veld]] ?? '').replace(/^"|"$/g, '').trim() : '');
    const d = datum(cel('datum').replace(/\?$/, ''));
    const oud = code(cel('oud'));
    const nieuw = code(cel('nieuw'));
    const a = cel('aandeel');
    const aandeel = a === '' ? null : Number(a.replace(',', '.'));
    if (!d) return fout(regel, `De datum "${cel('datum').slice(0, 20)}" is geen datum.`);
    if (!oud || !nieuw) return fout(regel, `De code "${(oud ? cel('nieuw') : cel('oud')).slice(0, 20)}" is geen gemeentecode.`);
    if (aandeel !== null && !(aandeel > 0 && aandeel <= 1)) return fout(regel, `Het aandeel "${a.slice(0, 20)}" ligt niet tussen 0 en 1.`);
    uit.push({ datum: d, oud, nieuw, aandeel, oudNaam: cel('oudNaam') || null, nieuwNaam: cel('nieuwNaam') || null, regel });
  });
  const perOud = new Map<string, EigenHerindeling[]>();
  for (const h of uit) if (h.oud !== h.nieuw) perOud.set(h.oud, [...(perOud.get(h.oud) ?? []), h]);
  for (const [oud, lijst] of perOud) {
    const bekend = lijst.filter((h) => h.aandeel !== null);
    const som = bekend.reduce((s, h) => s + h.aandeel!, 0);
    if (lijst.length > 1 && bekend.length === lijst.length && Math.abs(som - 1) > 0.01) fout(lijst[0]!.regel, `De aandelen van ${oud} tellen op tot ${som.toFixed(3)}, niet tot 1.`);
  }
  return uit;
}

/**
 * Adds the user's mergers to the run's list of municipalities (`ingest_gemeenten_alle`): an old
 * code the model does not know gets its successor and last day; a new code the model does not know
 * is added; the code under today's boundaries follows the successors. Codes the model knows keep
 * the model's record (a file cannot rewrite a verified merger).
 */
export async function voegEigenHerindelingenToe(engine: Engine, lijst: readonly EigenHerindeling[]): Promise<void> {
  if (!lijst.length) return;
  const model = new Set(alleGemeenten().map((g) => g.code));
  const opvolger = new Map<string, EigenHerindeling>();
  for (const h of lijst) if (h.oud !== h.nieuw && (!opvolger.has(h.oud) || (h.aandeel ?? -1) > (opvolger.get(h.oud)!.aandeel ?? -1))) opvolger.set(h.oud, h);
  const huidig = (c: string) => {
    let x = c;
    for (let i = 0; i < 20 && opvolger.has(x) && !model.has(x); i++) x = opvolger.get(x)!.nieuw;
    return x;
  };
  const rijenSql: string[] = [];
  const toegevoegd = new Set<string>();
  for (const h of opvolger.values()) {
    if (model.has(h.oud) || toegevoegd.has(h.oud)) continue;
    toegevoegd.add(h.oud);
    const tot = new Date(`${h.datum}T00:00:00Z`);
    tot.setUTCDate(tot.getUTCDate() - 1);
    rijenSql.push(`(${sqlString(h.oud)}, ${sqlString(h.oudNaam ?? h.oud)}, NULL, DATE ${sqlString(tot.toISOString().slice(0, 10))}, ${sqlString(h.nieuw)}, ${sqlString(huidig(h.nieuw))})`);
  }
  for (const h of lijst) {
    if (model.has(h.nieuw) || toegevoegd.has(h.nieuw) || opvolger.has(h.nieuw)) continue;
    toegevoegd.add(h.nieuw);
    rijenSql.push(`(${sqlString(h.nieuw)}, ${sqlString(h.nieuwNaam ?? h.nieuw)}, DATE ${sqlString(h.datum)}, NULL, NULL, ${sqlString(h.nieuw)})`);
  }
  if (rijenSql.length) await engine.exec(`INSERT INTO ${sqlIdent('ingest_gemeenten_alle')} VALUES ${rijenSql.join(', ')}`);
}
