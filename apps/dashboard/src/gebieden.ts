import type { Manifest } from '@pw/datapackage';
import { opsomming } from '@pw/format';
import { alleGebieden, gebiedCode, type Gebied, type Indeling } from '@pw/metrics';
import { alleGemeenten, gemeente, gemeenteNaam, huidigeLeden, samenwerking, TAAK_NAAM, TAKEN, voorgangers, type Taak } from '@pw/model';

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

/**
 * A package with CBS reference figures (issue 12) also offers every municipality that exists today
 * without data of its own: its pages show its CBS figures and its place among all municipalities.
 */
export function cbsGebiedsopties(manifest: Manifest): Gebiedsoptie[] {
  if (!manifest.bronnen.some((b) => b.onderdelen.some((o) => o.soort === 'cbs'))) return [];
  const eigen = new Set(manifest.gemeenten);
  return alleGemeenten()
    .filter((g) => g.geldigTot === null && !eigen.has(g.code))
    .map((g) => ({ code: g.code, naam: g.naam, gebied: { soort: 'gemeente' as const, code: g.code } }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export function gebiedNaam(g: Gebied): string {
  return g.soort === 'gemeente' ? gemeenteNaam(g.code) : (samenwerking(g.id)?.naam ?? g.id);
}

/** "Dinkelland, Oldenzaal en Tubbergen": the chosen areas by name, as a page heading names them. */
export function gebiedenNaam(gebieden: readonly Gebied[]): string {
  return opsomming(gebieden.map(gebiedNaam));
}

/**
 * "Som van Dinkelland, Oldenzaal en Tubbergen.": the members of a cooperation, or what a merged
 * municipality includes. Membership is per task: where a task has other members (the BUCH's
 * re-integratie without Uitgeest) or none (Noord-Oost Twente shares only the Pw back office), the
 * sentence says so, because those figures sum other members or are absent.
 */
export function samenstelling(g: Gebied, indeling: Indeling): string | null {
  if (g.soort === 'samenwerking') {
    const s = samenwerking(g.id);
    if (!s) return null;
    const leden = (taak?: Taak) => (indeling === 'huidig' ? huidigeLeden(s, taak) : taak ? s.taken[taak].leden : s.leden);
    const namen = (taak?: Taak) => opsomming(leden(taak).map(gemeenteNaam));
    const alle = namen();
    const afwijkend = TAKEN.filter((t) => namen(t) !== alle);
    const zinnen = afwijkend.map((t) => {
      const uitleg = s.taken[t].toelichting ? ` (${s.taken[t].toelichting})` : '';
      return leden(t).length
        ? `${TAAK_NAAM[t]}: som van ${namen(t)}${uitleg}.`
        : `${TAAK_NAAM[t]}: geen cijfers voor ${s.naam}${uitleg}; kies daarvoor de gemeenten.`;
    });
    return [`Som van ${alle}.`, ...zinnen.map((z) => z.charAt(0).toUpperCase() + z.slice(1))].join(' ');
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
