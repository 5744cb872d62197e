import { leesRapport, leesWeergave, Weergavefout, type Rapport, type Weergave } from '@pw/views';
import { meldAndereTabbladen } from '../data/tabbladen.ts';
import { alles, RAPPORTEN, WEERGAVEN, wis, zet } from '../laden/opslag.ts';

/**
 * Saved views and reports in the browser. Read back through the same validation (and migration)
 * as an imported file: what is stored by an older version of the app still opens; what no longer
 * validates is reported, never rendered.
 */
export interface Gelezen<T> {
  goed: T[];
  fout: string[];
}

/** Every stored value of a store, each read through `lees`; what no longer validates is reported. */
async function leesAlles<T>(store: string, lees: (json: unknown, waar: string) => T, waar: string): Promise<Gelezen<T>> {
  const goed: T[] = [];
  const fout: string[] = [];
  for (const x of await alles<unknown>(store)) {
    try {
      goed.push(lees(x, waar));
    } catch (e) {
      fout.push(...(e instanceof Weergavefout ? e.meldingen : [String(e)]));
    }
  }
  return { goed, fout };
}

export async function alleWeergaven(): Promise<Gelezen<Weergave>> {
  const r = await leesAlles(WEERGAVEN, leesWeergave, 'opgeslagen weergave');
  return { ...r, goed: r.goed.sort((a, b) => (a.aangemaakt < b.aangemaakt ? 1 : -1)) };
}

/**
 * Saves a view (validated first, so what is stored is what a file would give) and tells the other
 * tabs. Throws a Weergavefout, or an Opslagfout when the browser could not store it: then nothing
 * is saved.
 */
export async function bewaarWeergave(w: Weergave): Promise<void> {
  const gelezen = leesWeergave(w, 'de weergave');
  await zet(WEERGAVEN, gelezen.id, gelezen);
  meldAndereTabbladen({ soort: 'weergaven' });
}

export async function verwijderWeergave(id: string): Promise<void> {
  await wis(WEERGAVEN, id);
  meldAndereTabbladen({ soort: 'weergaven' });
}

export const alleRapporten = (): Promise<Gelezen<Rapport>> => leesAlles(RAPPORTEN, leesRapport, 'opgeslagen rapport');

/** Saves a report (validated first) and tells the other tabs; throws as `bewaarWeergave`. */
export async function bewaarRapport(r: Rapport): Promise<void> {
  const gelezen = leesRapport(r, 'het rapport');
  await zet(RAPPORTEN, gelezen.id, gelezen);
  meldAndereTabbladen({ soort: 'rapporten' });
}

declare global {
  interface Window {
    /** A report handed in by `npm run report` (the CLI), instead of one stored in this browser. */
    __PW_RAPPORT__?: unknown;
  }
}

/**
 * The report a print page shows: the one `npm run report` handed in, else the stored report whose
 * id the address names (`zoek`: `?id=…`). Throws a Weergavefout saying what to do when there is none.
 */
export async function leesGevraagdRapport(zoek: string): Promise<Rapport> {
  if (typeof window !== 'undefined' && window.__PW_RAPPORT__ !== undefined) return leesRapport(window.__PW_RAPPORT__, 'het rapportbestand');
  const id = new URLSearchParams(zoek).get('id');
  const { goed } = await alleRapporten();
  const r = goed.find((x) => x.id === id);
  if (!r) throw new Weergavefout([`Er is geen rapport ${id ? `met id ${id} ` : ''}in deze browser. Kies een rapport op de pagina Rapporten.`]);
  return r;
}
export async function verwijderRapport(id: string): Promise<void> {
  await wis(RAPPORTEN, id);
  meldAndereTabbladen({ soort: 'rapporten' });
}

/** The address that opens a view: its page, its choice, its data package, chart or table. */
export function weergaveUrl(w: Weergave): string {
  const p = new URLSearchParams(w.zoek);
  p.set('pakket', w.datapakket.hash);
  if (w.tabel) p.set('tabel', '1');
  else p.delete('tabel');
  return `${w.pagina}?${p.toString()}`;
}
