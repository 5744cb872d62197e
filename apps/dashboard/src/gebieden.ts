import type { Manifest } from '@pw/datapackage';
import { opsomming } from '@pw/format';
import { alleGebieden, gebiedCode, type Gebied, type Indeling } from '@pw/metrics';
import { gemeente, gemeenteNaam, huidigeLeden, samenwerking, voorgangers } from '@pw/model';

export interface Gebiedsoptie {
  code: string;
  naam: string;
  gebied: Gebied;
}

/** The choosable areas of a package (`alleGebieden` of @pw/metrics) as options, municipalities sorted by name. */
export function gebiedsopties(manifest: Manifest, indeling: Indeling): { gemeenten: Gebiedsoptie[]; samenwerkingen: Gebiedsoptie[] } {
  const opties = alleGebieden(manifest.gemeenten, indeling).map((gebied) => ({ code: gebiedCode(gebied), naam: gebiedNaam(gebied), gebied }));
  return {
    gemeenten: opties.filter((o) => o.gebied.soort === 'gemeente').sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    samenwerkingen: opties.filter((o) => o.gebied.soort === 'samenwerking'),
  };
}

export function gebiedNaam(g: Gebied): string {
  return g.soort === 'gemeente' ? gemeenteNaam(g.code) : (samenwerking(g.id)?.naam ?? g.id);
}

/** "Dinkelland, Oldenzaal en Tubbergen": the chosen areas by name, as a page heading names them. */
export function gebiedenNaam(gebieden: readonly Gebied[]): string {
  return opsomming(gebieden.map(gebiedNaam));
}

/** "Som van Dinkelland, Oldenzaal en Tubbergen.": the members of a cooperation, or what a merged municipality includes. */
export function samenstelling(g: Gebied, indeling: Indeling): string | null {
  if (g.soort === 'samenwerking') {
    const s = samenwerking(g.id);
    if (!s) return null;
    const leden = indeling === 'huidig' ? huidigeLeden(s) : s.leden;
    return `Som van ${opsomming(leden.map(gemeenteNaam))}.`;
  }
  if (indeling === 'huidig') {
    const v = voorgangers(g.code);
    if (v.length) {
      const datum = (gemeente(v[0]!.code)?.geldigTot ?? '').slice(0, 4);
      return `Inclusief ${opsomming(v.map((x) => x.naam))} vóór de herindeling (tot en met ${datum}), geteld onder ${gemeenteNaam(g.code)}.`;
    }
  }
  return null;
}
