import type { Manifest } from '@pw/datapackage';
import { gebiedCode, SAMENWERKING_PREFIX, type Gebied, type Indeling } from '@pw/metrics';
import { gemeente, gemeenteNaam, huidigeGemeente, huidigeLeden, samenwerking, SAMENWERKINGEN, voorgangers } from '@pw/model';

export interface Gebiedsoptie {
  code: string;
  naam: string;
  gebied: Gebied;
}

/** The areas a user can choose in a package: municipalities with data, and cooperations whose members all have data. */
export function gebiedsopties(manifest: Manifest, indeling: Indeling): { gemeenten: Gebiedsoptie[]; samenwerkingen: Gebiedsoptie[] } {
  const codes = indeling === 'huidig' ? [...new Set(manifest.gemeenten.map(huidigeGemeente))] : manifest.gemeenten;
  const gemeenten = codes
    .map((code) => ({ code, naam: gemeenteNaam(code), gebied: { soort: 'gemeente' as const, code } }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const metData = new Set(manifest.gemeenten.map(huidigeGemeente));
  const samenwerkingen = SAMENWERKINGEN.filter((s) => huidigeLeden(s).every((l) => metData.has(l))).map((s) => ({
    code: `${SAMENWERKING_PREFIX}${s.id}`,
    naam: s.naam,
    gebied: { soort: 'samenwerking' as const, id: s.id },
  }));
  return { gemeenten, samenwerkingen };
}

export function gebiedNaam(g: Gebied): string {
  return g.soort === 'gemeente' ? gemeenteNaam(g.code) : (samenwerking(g.id)?.naam ?? g.id);
}

/** "Dinkelland, Oldenzaal en Tubbergen": the members of a cooperation, or what a merged municipality includes. */
export function samenstelling(g: Gebied, indeling: Indeling): string | null {
  const lijst = (namen: string[]) => (namen.length <= 1 ? namen.join('') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`);
  if (g.soort === 'samenwerking') {
    const s = samenwerking(g.id);
    if (!s) return null;
    const leden = indeling === 'huidig' ? huidigeLeden(s) : s.leden;
    return `Som van ${lijst(leden.map(gemeenteNaam))}.`;
  }
  if (indeling === 'huidig') {
    const v = voorgangers(g.code);
    if (v.length) {
      const datum = (gemeente(v[0]!.code)?.geldigTot ?? '').slice(0, 4);
      return `Inclusief ${lijst(v.map((x) => x.naam))} vóór de herindeling (tot en met ${datum}), geteld onder ${gemeenteNaam(g.code)}.`;
    }
  }
  return null;
}

export { gebiedCode, huidigeGemeente };
