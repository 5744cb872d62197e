import type { Manifest } from '@pw/datapackage';
import { gebiedCode, type Gebied, type Indeling } from '@pw/metrics';
import { gemeente, gemeenteNaam, huidigeGemeente, huidigeLeden, samenwerking, SAMENWERKINGEN, voorgangers } from '@pw/model';

export interface Gebiedsoptie {
  code: string;
  naam: string;
  gebied: Gebied;
}

/** Every area a user can choose in a package: its municipalities and the cooperations whose members all have data. */
export function alleGebieden(manifest: Manifest, indeling: Indeling): Gebied[] {
  const codes = indeling === 'huidig' ? [...new Set(manifest.gemeenten.map(huidigeGemeente))] : manifest.gemeenten;
  const metData = new Set(manifest.gemeenten.map(huidigeGemeente));
  const samenwerkingen = SAMENWERKINGEN.filter((s) => huidigeLeden(s).every((l) => metData.has(l)));
  return [...codes.map((code) => ({ soort: 'gemeente' as const, code })), ...samenwerkingen.map((s) => ({ soort: 'samenwerking' as const, id: s.id }))];
}

/** The choosable areas as options, municipalities sorted by name. */
export function gebiedsopties(manifest: Manifest, indeling: Indeling): { gemeenten: Gebiedsoptie[]; samenwerkingen: Gebiedsoptie[] } {
  const opties = alleGebieden(manifest, indeling).map((gebied) => ({ code: gebiedCode(gebied), naam: gebiedNaam(gebied), gebied }));
  return {
    gemeenten: opties.filter((o) => o.gebied.soort === 'gemeente').sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    samenwerkingen: opties.filter((o) => o.gebied.soort === 'samenwerking'),
  };
}

/** "Dinkelland, Oldenzaal en Tubbergen" */
export function opsomming(namen: readonly string[]): string {
  return namen.length <= 1 ? namen.join('') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

export function gebiedNaam(g: Gebied): string {
  return g.soort === 'gemeente' ? gemeenteNaam(g.code) : (samenwerking(g.id)?.naam ?? g.id);
}

/** "Dinkelland, Oldenzaal en Tubbergen": the members of a cooperation, or what a merged municipality includes. */
export function samenstelling(g: Gebied, indeling: Indeling): string | null {
  const lijst = opsomming;
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
