import { gemeente, huidigeGemeente, type GemeenteCode } from './gemeenten.ts';

/**
 * A samenwerking (cooperation) of municipalities. Its figures are always the sum of its members;
 * members are listed with the codes they had at the time, so a series before a herindeling can be
 * shown either as recorded or under today's municipality.
 */
export interface Samenwerking {
  id: string;
  naam: string;
  omschrijving: string;
  leden: GemeenteCode[];
  bron: string;
}

export const SAMENWERKINGEN: readonly Samenwerking[] = [
  {
    id: 'noaberkracht',
    naam: 'Noaberkracht',
    omschrijving: 'Gezamenlijke ambtelijke organisatie van Dinkelland en Tubbergen.',
    leden: ['GM1774', 'GM0183'],
    bron: 'bron 001, bron 002',
  },
  {
    id: 'noord-oost-twente',
    naam: 'Noord-Oost Twente',
    omschrijving: 'Dinkelland, Oldenzaal en Tubbergen; gezamenlijke backoffice Participatiewet bij Oldenzaal vanaf 1-1-2022.',
    leden: ['GM1774', 'GM0173', 'GM0183'],
    bron: 'bron 000',
  },
  {
    id: 'buch',
    naam: 'BUCH',
    omschrijving: 'Werkorganisatie van Bergen (NH.), Uitgeest, Castricum en Heiloo.',
    leden: ['GM0373', 'GM0450', 'GM0383', 'GM0399'],
    bron: 'domeinbeschrijving',
  },
  {
    id: 'halte-werk',
    naam: 'Halte Werk',
    omschrijving: 'Uitvoering werk en inkomen voor Alkmaar, Heerhugowaard en Langedijk (sinds 2022 Dijk en Waard).',
    leden: ['GM0361', 'GM0398', 'GM0416'],
    bron: 'bron 004',
  },
  {
    id: 'regio-alkmaar',
    naam: 'Regio Alkmaar',
    omschrijving: 'De acht gemeenten van de notitie van 2012 (bron 003); Schermer en Graft-De Rijp zijn sinds 2015 deel van Alkmaar, Heerhugowaard en Langedijk sinds 2022 van Dijk en Waard.',
    leden: ['GM0361', 'GM0398', 'GM0373', 'GM0399', 'GM0416', 'GM0458', 'GM0365', 'GM0383'],
    bron: 'bron 003',
  },
];

export function samenwerking(id: string): Samenwerking | undefined {
  return SAMENWERKINGEN.find((s) => s.id === id);
}

/** Members under today's boundaries (merged members collapse into their successor). */
export function huidigeLeden(s: Samenwerking): GemeenteCode[] {
  return [...new Set(s.leden.map(huidigeGemeente))].sort((a, b) =>
    (gemeente(a)?.naam ?? a).localeCompare(gemeente(b)?.naam ?? b, 'nl'),
  );
}
