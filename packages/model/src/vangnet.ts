/**
 * The vangnetregeling (and before 2015 the IAU) per tekortjaar: when a municipality whose BUIG
 * (before 2015: I-deel WWB) does not cover its netto lasten gets part of the tekort back from the
 * Rijk. One row per regime and period, with its legal basis and how far each part was verified
 * (research note of issue 11, docs/beslissingen.md "One truth per figure: budget (issue 11)"):
 *
 * - `wettekst`: read in the legal text (Besluit WWB 2007, Besluit Participatiewet as published);
 * - `secundair`: stated by the Toetsingscommissie vangnet Participatiewet (TCVP, the body that
 *   applies the rules) or a Kamerbrief, not read in the Besluit itself;
 * - `niet`: not verified (announced, recalled or assumed by analogy); a page shows such a rule as
 *   "regel niet geverifieerd".
 *
 * All percentages are fractions of the municipality's **definitief** BUIG budget of the year (the
 * Rijk judges against it), "tekort" = netto lasten − budget. Procedural conditions (a request by the
 * college before a deadline, measures taken, from 2017 also before the request and external ones
 * for repeat requests) are not data and are named in `toelichting`.
 */
export type Verificatie = 'wettekst' | 'secundair' | 'niet';

/** Part of the tekort between `van` and `tot` (fractions of the budget) that is compensated. */
interface Vangnetband {
  van: number;
  /** null: no upper bound. */
  tot: number | null;
  vergoeding: number;
}

type MeerjarigeVoorwaarde =
  /** The tekorten of year t and the `jaren − 1` years before it together exceed `drempel` × the budget of year t. */
  | { soort: 'gecumuleerd'; jaren: number; drempel: number }
  /** In at least `minimaal` of the `jaren` years before year t the tekort was at least `drempel` of that year's budget. */
  | { soort: 'jaren-met-tekort'; minimaal: number; jaren: number; drempel: number }
  /**
   * IAU (until 2014): refused (a MAU is the route) when the tekort exceeded the MAU percentage
   * (`drempel`, 2,5%, plus a percentage set by ministeriële regeling that this table does not
   * hold) in each of the `jaren` years before year t.
   */
  | { soort: 'iau-weigering'; jaren: number; drempel: number };

export interface Vangnetregel {
  id: string;
  /** First and last tekortjaar the rule applies to (null: open-ended). */
  van: number | null;
  tot: number | null;
  regime: 'IAU' | 'vangnet' | 'uitgebreid vangnet';
  naam: string;
  /** The entry threshold: a tekort above this fraction of the budget. */
  drempel: number;
  /** True when a tekort of exactly the threshold qualifies ("minimaal tien procent"); false for "meer dan". */
  drempelInclusief: boolean;
  meerjarig: MeerjarigeVoorwaarde | null;
  /** The compensation bands; null when the rule's compensation is not known. */
  banden: readonly Vangnetband[] | null;
  /** Legal basis as found. */
  wettelijkeBasis: string;
  /** The status of the row as a whole: the weakest of its parts. */
  geverifieerd: Verificatie;
  /** Per part: the entry threshold, the multi-year condition, the compensation. */
  verificatie: { drempel: Verificatie; meerjarig: Verificatie; vergoeding: Verificatie };
  /** What was verified where, and what was not (Dutch, shown on the page). */
  toelichting: string;
  bronnen: readonly string[];
}

const TCVP = 'https://www.toetsingscommissievp.nl';
const REGULIER_2019: readonly Vangnetband[] = [
  { van: 0.075, tot: 0.125, vergoeding: 0.5 },
  { van: 0.125, tot: null, vergoeding: 1 },
];
/** Recollected, never read in a source: 50% of 5–10%, 75% of 10–15%, 100% above 15%. */
const GLIJDEND_2016: readonly Vangnetband[] = [
  { van: 0.05, tot: 0.1, vergoeding: 0.5 },
  { van: 0.1, tot: 0.15, vergoeding: 0.75 },
  { van: 0.15, tot: null, vergoeding: 1 },
];

export const VANGNETREGELS: readonly Vangnetregel[] = [
  {
    id: 'iau-2007',
    van: 2007,
    tot: 2014,
    regime: 'IAU',
    naam: 'Incidentele aanvullende uitkering (IAU)',
    drempel: 0.1,
    drempelInclusief: true,
    meerjarig: { soort: 'iau-weigering', jaren: 3, drempel: 0.025 },
    banden: [{ van: 0.1, tot: null, vergoeding: 1 }],
    wettelijkeBasis: 'Besluit WWB 2007, art. 10 (IAU), art. 10a–10c (MAU)',
    geverifieerd: 'wettekst',
    verificatie: { drempel: 'wettekst', meerjarig: 'wettekst', vergoeding: 'wettekst' },
    toelichting:
      'Wettekst gelezen: een IAU als de netto lasten de verstrekte uitkering met minimaal 10% overstijgen; vergoed wordt het verschil tussen de netto lasten en 110% van de uitkering. Geweigerd als het tekort in elk van de drie jaren ervoor boven het MAU-percentage lag (2,5% plus een percentage uit een ministeriële regeling dat deze tabel niet heeft): dan is de meerjarige aanvullende uitkering (MAU, bij een verdeelstoornis) de weg, die uit deze cijfers niet te beoordelen is.',
    bronnen: ['Besluit WWB 2007 (BWBR0020183) §3, art. 9–10e'],
  },
  {
    id: 'vangnet-2015',
    van: 2015,
    tot: 2015,
    regime: 'vangnet',
    naam: 'Aanvullende uitkering over 2015 (eerste vangnet)',
    drempel: 0.075,
    drempelInclusief: false,
    meerjarig: null,
    banden: null,
    wettelijkeBasis: 'Besluit Participatiewet art. 10, 10a (Stb. 2014, 537), gewijzigd bij Stb. 2015, 453',
    geverifieerd: 'niet',
    verificatie: { drempel: 'secundair', meerjarig: 'wettekst', vergoeding: 'niet' },
    toelichting:
      'De oorspronkelijke wettekst (Stb. 2014, 537) is gelezen: tekort meer dan 10%, vergoeding netto lasten min 110% van het budget, geen meerjarige voorwaarde. In februari 2015 kondigde de minister een eigen risico van 7,5% met een glijdende schaal aan (Kamerbrief 30545-151, nieuwsbericht TCVP); dat is vastgelegd in Stb. 2015, 453, waarvan de banden niet zijn gelezen. Daarom: drempel 7,5% (secundair), vergoeding onbekend.',
    bronnen: ['Besluit Participatiewet art. 10–10b (Stb. 2014, 537)', 'Kamerbrief kst-30545-151 (24-2-2015)', `${TCVP}/actueel/nieuws/2015/02/26/verandering-eigen-risico-voor-vangnetuitkering-2015`, 'Stb. 2015, 453'],
  },
  {
    id: 'vangnet-2016',
    van: 2016,
    tot: 2016,
    regime: 'vangnet',
    naam: 'Vangnetuitkering 2016',
    drempel: 0.05,
    drempelInclusief: false,
    meerjarig: null,
    banden: GLIJDEND_2016,
    wettelijkeBasis: 'Besluit Participatiewet, gewijzigd bij Stb. 2016, 355 ("vaststelling van een nieuw vangnet")',
    geverifieerd: 'niet',
    verificatie: { drempel: 'secundair', meerjarig: 'secundair', vergoeding: 'niet' },
    toelichting:
      'Drempel van 5% volgens de TCVP; voor 2016 noemt de TCVP geen meerjarige voorwaarde. De vergoedingsbanden (50% van het tekort tussen 5 en 10%, 75% tussen 10 en 15%, 100% daarboven) zijn niet in een bron gelezen: de geschatte vergoeding is niet geverifieerd.',
    bronnen: ['Stb. 2016, 355', `${TCVP}/vangnetuitkering/2016/beoordeling-en-advisering`],
  },
  {
    id: 'vangnet-2017',
    van: 2017,
    tot: 2017,
    regime: 'vangnet',
    naam: 'Vangnetuitkering 2017',
    drempel: 0.05,
    drempelInclusief: false,
    meerjarig: { soort: 'gecumuleerd', jaren: 3, drempel: 0.05 },
    banden: GLIJDEND_2016,
    wettelijkeBasis: 'Besluit Participatiewet (Stb. 2016, 355)',
    geverifieerd: 'niet',
    verificatie: { drempel: 'secundair', meerjarig: 'niet', vergoeding: 'niet' },
    toelichting:
      'Drempel van 5% volgens de TCVP. De meerjarige voorwaarde (gecumuleerd tekort 2015–2017 meer dan 5% van het budget 2017) is afgeleid van die voor 2018, niet gelezen; de TCVP noemt voor 2017 "nieuwe vereisten" (maatregelen vóór de aanvraag, ook externe). Vergoedingsbanden als 2016, niet geverifieerd.',
    bronnen: ['Stb. 2016, 355', `${TCVP}/actueel/nieuws/2018/05/25/aandachtspunten-aanvraag-vangnetuitkering-2017`],
  },
  {
    id: 'vangnet-2018',
    van: 2018,
    tot: 2018,
    regime: 'vangnet',
    naam: 'Vangnetuitkering 2018',
    drempel: 0.05,
    drempelInclusief: false,
    meerjarig: { soort: 'gecumuleerd', jaren: 3, drempel: 0.05 },
    banden: GLIJDEND_2016,
    wettelijkeBasis: 'Besluit Participatiewet (Stb. 2016, 355)',
    geverifieerd: 'niet',
    verificatie: { drempel: 'secundair', meerjarig: 'secundair', vergoeding: 'niet' },
    toelichting:
      'Drempel (meer dan 5% van het definitief toegekende budget 2018) en meerjarige voorwaarde (gecumuleerd tekort 2016, 2017 en 2018 meer dan 5% van het budget 2018) volgens vraag en antwoord van de TCVP. Vergoedingsbanden als 2016, niet geverifieerd.',
    bronnen: [
      `${TCVP}/vangnetuitkering-2018/vraag-en-antwoord/welke-financiele-eisen-worden-gesteld-aan-het-tekort-om-in-aanmerking-te-komen-voor-de-vangnetuitkering-over-2018-wat-wordt-verstaan-onder-een-gecumuleerd-tekort`,
    ],
  },
  {
    id: 'vangnet-2019',
    van: 2019,
    tot: 2024,
    regime: 'vangnet',
    naam: 'Vangnetuitkering',
    drempel: 0.075,
    drempelInclusief: false,
    meerjarig: { soort: 'gecumuleerd', jaren: 3, drempel: 0.075 },
    banden: REGULIER_2019,
    wettelijkeBasis: 'Besluit Participatiewet (art. 7 e.v. zoals gewijzigd voor 2019; het wijzigingsbesluit is niet gevonden)',
    geverifieerd: 'secundair',
    verificatie: { drempel: 'secundair', meerjarig: 'secundair', vergoeding: 'secundair' },
    toelichting:
      'Volgens de TCVP (vraag en antwoord over 2021, nieuws 15-3-2022): tekort meer dan 7,5% van het budget, én een gecumuleerd tekort over het jaar en de twee jaren ervoor van meer dan 7,5% van het budget van het jaar. Vergoed wordt de helft van het tekort tussen 7,5% en 12,5% en het hele tekort boven 12,5%. Niet in de tekst van het Besluit gelezen.',
    bronnen: [
      `${TCVP}/documenten/vragen-en-antwoorden/wat-is-het-eigen-risico-voor-een-vangnetuitkering-over-2021`,
      `${TCVP}/actueel/nieuws/2022/03/15/welke-gemeenten-komen-mogelijk-in-aanmerking-voor-een-vangnetuitkering-over-2021`,
    ],
  },
  {
    id: 'vangnet-2025',
    van: 2025,
    tot: 2025,
    regime: 'vangnet',
    naam: 'Vangnetuitkering (regulier)',
    drempel: 0.075,
    drempelInclusief: false,
    meerjarig: { soort: 'gecumuleerd', jaren: 3, drempel: 0.075 },
    banden: REGULIER_2019,
    wettelijkeBasis: 'Besluit Participatiewet',
    geverifieerd: 'niet',
    verificatie: { drempel: 'secundair', meerjarig: 'secundair', vergoeding: 'niet' },
    toelichting:
      'Drempel en meerjarige voorwaarde (gecumuleerd 2023–2025 meer dan 7,5% van het budget 2025) volgens de TCVP ("Voorwaarden 2025"). De vergoeding is aangenomen gelijk aan 2019–2024; de TCVP herhaalt haar niet.',
    bronnen: [`${TCVP}/vangnetuitkering-2025/voorwaarden-2025`],
  },
  {
    id: 'uitgebreid-2025',
    van: 2025,
    tot: 2025,
    regime: 'uitgebreid vangnet',
    naam: 'Uitgebreid vangnet 2025',
    drempel: 0.05,
    drempelInclusief: false,
    meerjarig: { soort: 'jaren-met-tekort', minimaal: 2, jaren: 3, drempel: 0.05 },
    banden: null,
    wettelijkeBasis: 'Besluit van 3 september 2025 (Stb. 2025, 222), uitbreiding van de vangnetuitkering',
    geverifieerd: 'niet',
    verificatie: { drempel: 'secundair', meerjarig: 'secundair', vergoeding: 'niet' },
    toelichting:
      'Volgens de TCVP: naast het reguliere vangnet een uitgebreid vangnet bij een tekort van meer dan 5,0%, als in minstens twee van de jaren 2022, 2023 en 2024 een tekort van minstens 5,0% was. De vergoeding is niet gevonden; een verlaagd eigen risico van 2,5% is aangekondigd voor latere jaren.',
    bronnen: ['Stb. 2025, 222', `${TCVP}/vangnetuitkering-2025/voorwaarden-2025`],
  },
];

/** The rules for a tekortjaar (2025 has two); empty when the table has none for that year. */
export function vangnetregels(jaar: number): Vangnetregel[] {
  return VANGNETREGELS.filter((r) => (r.van === null || r.van <= jaar) && (r.tot === null || jaar <= r.tot));
}

/** The compensation as a fraction of the budget for a tekort of `fractie` of the budget (0 below the bands); null when the bands are not known. */
export function vergoedingsfractie(regel: Vangnetregel, fractie: number): number | null {
  if (!regel.banden) return null;
  return regel.banden.reduce((som, b) => som + b.vergoeding * Math.max(0, Math.min(fractie, b.tot ?? Infinity) - b.van), 0);
}
