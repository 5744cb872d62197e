import { leesRapport, leesWeergave, Weergavefout, type Rapport, type Weergave } from '@pw/views';
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

export async function alleWeergaven(): Promise<Gelezen<Weergave>> {
  const goed: Weergave[] = [];
  const fout: string[] = [];
  for (const w of await alles<unknown>(WEERGAVEN)) {
    try {
      goed.push(leesWeergave(w, 'opgeslagen weergave'));
    } catch (e) {
      fout.push(...(e instanceof Weergavefout ? e.meldingen : [String(e)]));
    }
  }
  return { goed: goed.sort((a, b) => (a.aangemaakt < b.aangemaakt ? 1 : -1)), fout };
}

export const bewaarWeergave = (w: Weergave) => zet(WEERGAVEN, w.id, w);
export const verwijderWeergave = (id: string) => wis(WEERGAVEN, id);

export async function alleRapporten(): Promise<Gelezen<Rapport>> {
  const goed: Rapport[] = [];
  const fout: string[] = [];
  for (const r of await alles<unknown>(RAPPORTEN)) {
    try {
      goed.push(leesRapport(r, 'opgeslagen rapport'));
    } catch (e) {
      fout.push(...(e instanceof Weergavefout ? e.meldingen : [String(e)]));
    }
  }
  return { goed, fout };
}

export const bewaarRapport = (r: Rapport) => zet(RAPPORTEN, r.id, r);
export const verwijderRapport = (id: string) => wis(RAPPORTEN, id);

/** The address that opens a view: its page, its choice, its data package, chart or table. */
export function weergaveUrl(w: Weergave): string {
  const p = new URLSearchParams(w.zoek);
  p.set('pakket', w.datapakket.hash);
  if (w.tabel) p.set('tabel', '1');
  else p.delete('tabel');
  return `${w.pagina}?${p.toString()}`;
}
