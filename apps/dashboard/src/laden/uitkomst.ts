import { formatDatum, formatSeconden, meervoud } from '@pw/format';
import type { Manifest } from '@pw/datapackage';
import type { Onderdeelverslag } from '@pw/ingest';
import type { Catalogus } from './berichten.ts';
import { telErnst } from './rapport.ts';
import type { Uitkomst } from './werker.ts';

/** The first sentence after a load: what was read, or that nothing was loaded and why. */
export function samenvatting(u: Uitkomst): string {
  const { fouten, waarschuwingen } = telErnst(u.meldingen);
  if (!u.geslaagd) {
    return `${meervoud(fouten, 'fout', 'fouten')}: er is niets geladen. Los de fouten op in het extract (of pas de koppeling aan) en laad opnieuw.`;
  }
  const rijen = u.bronnen.reduce((s, b) => s + b.rijen, 0);
  const gelezen = `Gelezen: ${meervoud(rijen, 'regel', 'regels')} uit ${meervoud(u.bronnen.length, 'bestand', 'bestanden')} in ${formatSeconden(u.duurMs)}.`;
  return `${gelezen}${waarschuwingen ? ` ${meervoud(waarschuwingen, 'waarschuwing', 'waarschuwingen')}.` : ' Geen fouten of waarschuwingen.'}`;
}

/** What a new package holds, after its short hash: `, uitkeringen van 1-1-2015 t/m 1-12-2024, 3 gemeenten.` */
export function pakketInhoud(m: Manifest): string {
  const periode = m.periode ? `, uitkeringen van ${formatDatum(m.periode.van)} t/m ${formatDatum(m.periode.tot)}` : '';
  return `${periode}, ${meervoud(m.gemeenten.length, 'gemeente', 'gemeenten')}.`;
}

/** One part as ingest recognised it: `regio.xlsx (blad Uitkeringen): uitkeringen (…), 2 regels; Klantnummer → persoon (…); …` */
export function herkendeKolommen(bestand: string, o: Onderdeelverslag, catalogus: Catalogus | null): string {
  const label = new Map(catalogus?.velden ?? []);
  const soort =
    o.soort === 'cbs' ? 'CBS-open-data (referentie)' : o.soort === 'herindelingen' ? 'herindelingen' : o.soort ? (catalogus?.soorten[o.soort] ?? o.soort) : 'onbekend';
  const kolommen = o.kolommen.map((k) => `${k.kop || '(leeg)'} → ${k.veld ? (label.get(k.veld) ?? k.veld) : 'niet gebruikt'}`).join('; ');
  return `${bestand}${o.blad ? ` (blad ${o.blad})` : ''}: ${soort}, ${meervoud(o.rijen, 'regel', 'regels')}; ${kolommen}`;
}
