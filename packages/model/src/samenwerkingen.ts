import type { Budgetsoort } from './budget.ts';
import { gemeente, huidigeGemeente, type GemeenteCode } from './gemeenten.ts';

/**
 * The tasks a cooperation can hold for its members. Membership is per task, because the sources
 * say so: in the BUCH, Uitgeest placed re-integratie and Wsw with IJmond Werkt!, not with the BUCH
 * (source 004); Noord-Oost Twente shares only the Pw back office (source 000).
 * - `pw`: the Participatiewet benefits (uitkeringen), their execution cost, and the inhabitants
 *   they are counted against;
 * - `re-integratie`: re-integration, the Participatiebudget, childcare for people in a trajectory,
 *   and the banenafspraak (doelgroepenregister);
 * - `wsw`: the Wsw and Pw beschut werk (in every source executed by the SW company: SPD, Soweco,
 *   Larcom, WNK, IJmond Werkt!).
 */
export const TAKEN = ['pw', 're-integratie', 'wsw'] as const;
export type Taak = (typeof TAKEN)[number];
export const TAAK_NAAM: Record<Taak, string> = {
  pw: 'uitkeringen (Participatiewet)',
  're-integratie': 're-integratie, Participatiebudget en doelgroepenregister',
  wsw: 'Wsw en beschut werk',
};

/** The task a budget soort belongs to (which members a cooperation's budget figure sums). */
export const TAAK_VAN_BUDGETSOORT: Record<Budgetsoort, Taak> = {
  BUIG: 'pw',
  uitvoeringskosten: 'pw',
  Participatie: 're-integratie',
  're-integratie': 're-integratie',
  kinderopvang: 're-integratie',
};

/** One task of a cooperation: for which members it holds the task, and who executes it. */
interface Taakleden {
  /** Members for which the cooperation holds this task (codes as recorded); [] when it holds it for none. */
  leden: GemeenteCode[];
  /** Who executes the task for them, when that is another organisation (WNK). */
  uitvoerder?: string;
  /** Members that placed the task elsewhere, or why the cooperation does not hold it, in words. */
  toelichting?: string;
  bron: string;
}

/**
 * A samenwerking (cooperation) of municipalities. Its figures are always the sum of its members
 * for the task the figure belongs to (`taken`); `leden` are all members, for any task. Members are
 * listed with the codes they had at the time, so a series before a herindeling can be shown either
 * as recorded or under today's municipality.
 */
export interface Samenwerking {
  id: string;
  naam: string;
  omschrijving: string;
  leden: GemeenteCode[];
  taken: Record<Taak, Taakleden>;
  bron: string;
}

const allen = (leden: GemeenteCode[], bron: string): Record<Taak, Taakleden> => ({ pw: { leden, bron }, 're-integratie': { leden, bron }, wsw: { leden, bron } });

const BUCH: GemeenteCode[] = ['GM0373', 'GM0450', 'GM0383', 'GM0399'];
const BCH: GemeenteCode[] = ['GM0373', 'GM0383', 'GM0399'];
const HAL: GemeenteCode[] = ['GM0361', 'GM0398', 'GM0416'];
const NOT: GemeenteCode[] = ['GM1774', 'GM0173', 'GM0183'];

export const SAMENWERKINGEN: readonly Samenwerking[] = [
  {
    id: 'noaberkracht',
    naam: 'Noaberkracht',
    omschrijving: 'Gezamenlijke ambtelijke organisatie van Dinkelland en Tubbergen.',
    leden: ['GM1774', 'GM0183'],
    taken: allen(['GM1774', 'GM0183'], 'bron 001, bron 002'),
    bron: 'bron 001, bron 002',
  },
  {
    id: 'noord-oost-twente',
    naam: 'Noord-Oost Twente',
    omschrijving: 'Dinkelland, Oldenzaal en Tubbergen; gezamenlijke backoffice Participatiewet bij Oldenzaal vanaf 1-1-2022.',
    leden: NOT,
    taken: {
      pw: { leden: NOT, bron: 'bron 000' },
      're-integratie': {
        leden: [],
        toelichting: 'Noord-Oost Twente deelt alleen de backoffice van de uitkeringen; re-integratie doen Oldenzaal en Noaberkracht elk zelf',
        bron: 'bron 000',
      },
      wsw: {
        leden: [],
        toelichting: 'Wsw en beschut werk lopen per gemeente: Dinkelland via SPD, Tubbergen via Soweco, Oldenzaal zelf en via Larcom',
        bron: 'bron 000',
      },
    },
    bron: 'bron 000',
  },
  {
    id: 'buch',
    naam: 'BUCH',
    omschrijving: 'Werkorganisatie van Bergen (NH.), Uitgeest, Castricum en Heiloo.',
    leden: BUCH,
    taken: {
      pw: { leden: BUCH, bron: 'bron 004' },
      're-integratie': { leden: BCH, uitvoerder: 'WNK', toelichting: 'Uitgeest heeft re-integratie belegd bij IJmond Werkt!', bron: 'bron 004' },
      wsw: { leden: BCH, uitvoerder: 'WNK', toelichting: 'Uitgeest heeft de Wsw belegd bij IJmond Werkt!', bron: 'bron 004' },
    },
    bron: 'bron 004',
  },
  {
    id: 'halte-werk',
    naam: 'Halte Werk',
    omschrijving: 'Uitvoering werk en inkomen voor Alkmaar, Heerhugowaard en Langedijk (sinds 2022 Dijk en Waard).',
    leden: HAL,
    taken: {
      pw: { leden: HAL, bron: 'bron 004' },
      're-integratie': { leden: HAL, uitvoerder: 'WNK', bron: 'bron 004' },
      wsw: { leden: HAL, uitvoerder: 'WNK', bron: 'bron 004' },
    },
    bron: 'bron 004',
  },
  {
    id: 'regio-alkmaar',
    naam: 'Regio Alkmaar',
    omschrijving: 'De acht gemeenten van de notitie van 2012 (bron 003); Schermer en Graft-De Rijp zijn sinds 2015 deel van Alkmaar, Heerhugowaard en Langedijk sinds 2022 van Dijk en Waard.',
    leden: ['GM0361', 'GM0398', 'GM0373', 'GM0399', 'GM0416', 'GM0458', 'GM0365', 'GM0383'],
    taken: allen(['GM0361', 'GM0398', 'GM0373', 'GM0399', 'GM0416', 'GM0458', 'GM0365', 'GM0383'], 'bron 003'),
    bron: 'bron 003',
  },
];

export function samenwerking(id: string): Samenwerking | undefined {
  return SAMENWERKINGEN.find((s) => s.id === id);
}

const opNaam = (a: GemeenteCode, b: GemeenteCode) => (gemeente(a)?.naam ?? a).localeCompare(gemeente(b)?.naam ?? b, 'nl');

/**
 * Members under today's boundaries (merged members collapse into their successor), sorted by name:
 * all members, or those for one task (`huidigeLeden(buch, 're-integratie')`: Bergen, Castricum, Heiloo).
 */
export function huidigeLeden(s: Samenwerking, taak?: Taak): GemeenteCode[] {
  const leden = taak ? s.taken[taak].leden : s.leden;
  return [...new Set(leden.map(huidigeGemeente))].sort(opNaam);
}
