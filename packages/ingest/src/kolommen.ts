import { normaliseer } from '@pw/model';

/**
 * The fields an extract can hold, and the header variants source systems use for them. A header is
 * matched after normalising (lower case, no accents, letters and digits only), so "Beëindigings-
 * datum" and "beeindigingsdatum" are the same. Anything else can be mapped in a mapping file.
 */
export const VELDEN = {
  persoon: { label: 'persoon (BSN of klantnummer)', koppen: ['bsn', 'burgerservicenummer', 'sofinummer', 'clientnummer', 'klantnummer', 'klantid', 'client', 'relatienummer', 'persoonsnummer', 'personeelsnummer', 'medewerkernummer', 'persoonid', 'registratienummer', 'anummer', 'bsnclient', 'bsnaanvrager'] },
  naam: { label: 'naam of adres (wordt niet ingelezen)', koppen: ['naam', 'achternaam', 'voornaam', 'voornamen', 'voorletters', 'tussenvoegsel', 'volledigenaam', 'geslachtsnaam', 'roepnaam', 'naamclient', 'naampartner', 'contactpersoon', 'klantmanager', 'consulent', 'behandelaar', 'adres', 'woonadres', 'straat', 'straatnaam', 'huisnummer', 'postcode', 'woonplaats', 'telefoon', 'telefoonnummer', 'mobiel', 'email', 'emailadres', 'iban', 'rekeningnummer'] },
  vrije_tekst: { label: 'vrije tekst: toelichting, notities (wordt niet ingelezen)', koppen: ['toelichting', 'notitie', 'notities', 'opmerking', 'opmerkingen', 'memo', 'commentaar', 'aantekening', 'aantekeningen', 'bijzonderheden', 'vrijetekst', 'toelichtingreden', 'redentoelichting', 'toelichtingbeeindiging', 'notes', 'note', 'comment', 'comments', 'remarks'] },
  gemeente: { label: 'gemeente', koppen: ['gemeente', 'gemeentecode', 'gemeentenaam', 'cbscode', 'cbsgemeentecode', 'woongemeente', 'gemeentecodecbs', 'gemeentenummer', 'gem', 'gemcode'] },
  regeling: { label: 'regeling', koppen: ['regeling', 'wet', 'uitkeringssoort', 'soortuitkering', 'wetgeving', 'regelingcode', 'uitkering', 'soortregeling', 'product', 'wetcode'] },
  ingangsdatum: { label: 'ingangsdatum', koppen: ['ingangsdatum', 'begindatum', 'startdatum', 'datumingang', 'datumbegin', 'aanvangsdatum', 'ingangsdatumuitkering', 'datumstart', 'begindatumuitkering', 'startdatumuitkering', 'ingang', 'datumindienst', 'indienst', 'ingangsdatumdienstbetrekking'] },
  einddatum: { label: 'einddatum', koppen: ['einddatum', 'beeindigingsdatum', 'datumeinde', 'datumbeeindiging', 'stopdatum', 'einddatumuitkering', 'eindedatum', 'datumeind', 'einde', 'datumuitdienst', 'uitdienst', 'einddatumdienstbetrekking'] },
  afstand: { label: 'afstand tot de arbeidsmarkt', koppen: ['afstand', 'afstandtotdearbeidsmarkt', 'afstandtotarbeidsmarkt', 'afstandarbeidsmarkt', 'arbeidsmarktafstand', 'afstandam'] },
  loonwaardegroep: { label: 'loonwaardegroep', koppen: ['loonwaardegroep', 'loonwaarde', 'lwgroep', 'loonwaardecategorie', 'groeploonwaarde'] },
  doelgroepenregister: { label: 'doelgroepenregister (ja/nee)', koppen: ['doelgroepenregister', 'dgr', 'banenafspraak', 'indoelgroepenregister', 'garantiebaan'] },
  beschut_werk: { label: 'beschut werk (ja/nee)', koppen: ['beschutwerk', 'beschut', 'indicatiebeschutwerk'] },
  geboortedatum: { label: 'geboortedatum', koppen: ['geboortedatum', 'gebdatum', 'geboortedat', 'datumgeboorte', 'gebdat'] },
  leeftijd: { label: 'leeftijd', koppen: ['leeftijd', 'leeftijdinjaren', 'lft'] },
  uitstroomreden: { label: 'reden van beëindiging', koppen: ['uitstroomreden', 'redenbeeindiging', 'redeneinde', 'reden', 'redenuitstroom', 'beeindigingsreden', 'redenuitdienst', 'redenuitdiensttreding', 'redeneindedienstverband'] },
  peildatum: { label: 'peildatum (stand per)', koppen: ['peildatum', 'standper', 'stand', 'standdatum', 'datumstand', 'standsw', 'standwsw'] },
  register: { label: 'register (doelgroepenregister of beschut werk)', koppen: ['register', 'doelgroep', 'registratie', 'soortregister', 'doelgroepregister', 'soortdoelgroep'] },
  jaar: { label: 'jaar', koppen: ['jaar', 'boekjaar', 'begrotingsjaar', 'jaartal', 'peiljaar', 'peildatum'] },
  maand: { label: 'maand', koppen: ['maand', 'periode', 'boekperiode', 'maandnummer'] },
  soort: { label: 'budgetsoort', koppen: ['soort', 'budget', 'budgetsoort', 'post', 'onderdeel', 'categorie', 'omschrijving'] },
  begroot: { label: 'begroot bedrag', koppen: ['begroot', 'begroting', 'budgetbedrag', 'raming', 'begrootbedrag', 'primairebegroting', 'bedragbegroot', 'budgetrijk'] },
  gerealiseerd: { label: 'gerealiseerd bedrag', koppen: ['gerealiseerd', 'werkelijk', 'uitgaven', 'besteed', 'realisatiebedrag', 'lasten', 'werkelijkeuitgaven', 'gerealiseerdbedrag'] },
  bron: { label: 'bron', koppen: ['bron', 'bronvermelding', 'circulaire', 'bronbudget'] },
  versie: { label: 'versie van het budget', koppen: ['versie', 'budgetversie', 'versiebudget', 'budgetstatus', 'statusbudget'] },
  lasten_uitkeringen: { label: 'BUIG-lasten: uitkeringen', koppen: ['uitkeringen', 'lastenuitkeringen', 'brutouitkeringen', 'uitkeringenbruto', 'uitgavenuitkeringen'] },
  loonkostensubsidie: { label: 'BUIG-lasten: loonkostensubsidie', koppen: ['loonkostensubsidie', 'loonkostensubsidies', 'lks', 'lastenloonkostensubsidie'] },
  baten: { label: 'BUIG-baten (terugvordering en verhaal)', koppen: ['baten', 'batenbuig', 'terugvordering', 'terugvorderingen', 'terugvorderingenverhaal', 'terugvorderingverhaal', 'batenterugvorderingverhaal'] },
  verhaal: { label: 'BUIG-baten: verhaal (als aparte kolom)', koppen: ['verhaal', 'batenverhaal', 'verhaalsbaten'] },
  taakstelling: { label: 'taakstelling (cumulatief)', koppen: ['taakstelling', 'taakstellingcumulatief', 'taakstellingbeschutwerk', 'doelstelling'] },
  realisatie: { label: 'realisatie (cumulatief)', koppen: ['realisatie', 'realisatiecumulatief', 'gerealiseerdeplaatsen', 'plaatsen', 'gerealiseerd'] },
  werkvorm: { label: 'vorm van werk (Wsw: beschut binnen, individuele detachering, groepsdetachering, begeleid werken)', koppen: ['werkvorm', 'vormvanwerk', 'soortwerk', 'plaatsing', 'soortplaatsing', 'werksoort', 'plaatsingsvorm', 'vormplaatsing', 'arbeidsvorm'] },
  werkgever: { label: 'werkgever of uitvoerende organisatie (Wsw)', koppen: ['werkgever', 'uitvoerder', 'uitvoeringsorganisatie', 'uitvoerendeorganisatie', 'swbedrijf', 'werkgeverwsw', 'organisatie', 'sworganisatie'] },
  wsw_se: { label: 'SE (standaardeenheden)', koppen: ['se', 'standaardeenheden', 'standaardeenheid', 'aantalse', 'swse', 'wswse', 'seaantal'] },
  wsw_fte: { label: 'fte (deeltijdfactor)', koppen: ['fte', 'swfte', 'wswfte', 'aantalfte', 'deeltijdfactor', 'formatie'] },
  contracturen: { label: 'contracturen per week', koppen: ['contracturen', 'uren', 'urenperweek', 'arbeidsduur', 'contracturenperweek', 'arbeidsduururen', 'weekuren'] },
  indicatie: { label: 'indicatie (arbeidshandicap: matig of ernstig, of het gewicht)', koppen: ['indicatie', 'arbeidshandicap', 'arbeidshandicapcategorie', 'indicatiegewicht', 'handicapcategorie', 'zwaarte', 'gewicht', 'wegingsfactor'] },
  wachtlijst: { label: 'wachtlijst (Wsw)', koppen: ['wachtlijst', 'swwachtlijst', 'swwachlijst', 'wachtlijstsw', 'wachtlijstwsw', 'aantalwachtlijst', 'opwachtlijst'] },
} as const;

export type Veld = keyof typeof VELDEN;
const ALLE_VELDEN = Object.keys(VELDEN) as Veld[];

/**
 * Columns recognised so that they are never read: names, addresses and free text (toelichting,
 * notities). Any number of columns may be one of these; they count for nothing when a header row
 * is recognised, and no value of theirs reaches a table or a message.
 */
export const NIET_INGELEZEN: ReadonlySet<Veld> = new Set<Veld>(['naam', 'vrije_tekst']);

/** Kinds of extract, with the fields each needs and may have. */
export const EXTRACTSOORTEN = {
  uitkeringen: {
    label: 'uitkeringen (uitkeringsperioden of stand per peildatum)',
    verplicht: ['persoon', 'gemeente', 'regeling', 'ingangsdatum'],
    velden: ['persoon', 'naam', 'vrije_tekst', 'gemeente', 'regeling', 'ingangsdatum', 'einddatum', 'afstand', 'loonwaardegroep', 'doelgroepenregister', 'beschut_werk', 'geboortedatum', 'leeftijd', 'uitstroomreden', 'peildatum'],
  },
  doelgroepen: {
    label: 'doelgroepen (doelgroepenregister, beschut werk)',
    verplicht: ['persoon', 'gemeente', 'register', 'ingangsdatum'],
    velden: ['persoon', 'naam', 'vrije_tekst', 'gemeente', 'register', 'ingangsdatum', 'einddatum', 'geboortedatum'],
  },
  budget: {
    label: 'budget (begroot en gerealiseerd)',
    verplicht: ['gemeente', 'jaar', 'soort'],
    velden: ['gemeente', 'jaar', 'maand', 'soort', 'begroot', 'gerealiseerd', 'bron', 'versie', 'lasten_uitkeringen', 'loonkostensubsidie', 'baten', 'verhaal', 'vrije_tekst'],
  },
  beschut_werk: {
    label: 'beschut werk (taakstelling en realisatie)',
    verplicht: ['gemeente', 'jaar'],
    velden: ['gemeente', 'jaar', 'taakstelling', 'realisatie', 'bron', 'vrije_tekst'],
  },
  wsw_personeel: {
    label: 'Wsw-personeel (dienstbetrekkingen Wsw)',
    verplicht: ['persoon', 'gemeente', 'ingangsdatum', 'werkvorm'],
    velden: ['persoon', 'naam', 'vrije_tekst', 'gemeente', 'ingangsdatum', 'einddatum', 'geboortedatum', 'leeftijd', 'wsw_se', 'wsw_fte', 'contracturen', 'indicatie', 'werkvorm', 'werkgever', 'uitstroomreden'],
  },
  wsw_kengetallen: {
    label: 'Wsw-kengetallen (SE, fte en wachtlijst per gemeente)',
    verplicht: ['gemeente', 'peildatum'],
    velden: ['gemeente', 'peildatum', 'wsw_se', 'wsw_fte', 'wachtlijst', 'bron', 'vrije_tekst'],
  },
} as const satisfies Record<string, { label: string; verplicht: readonly Veld[]; velden: readonly Veld[] }>;

export type Extractsoort = keyof typeof EXTRACTSOORTEN;

/** An explicit mapping for headers (and values) a source system writes in its own way. */
export interface Mapping {
  soort?: Extractsoort;
  /** Header as in the file → field, or null to ignore the column. */
  kolommen?: Record<string, Veld | null>;
  /** Per field: value as in the file → value as the product knows it (e.g. `{"regeling": {"ABW": "Pw"}}`). */
  waarden?: Partial<Record<Veld, Record<string, string>>>;
}

interface Kolom {
  index: number;
  kop: string;
  veld: Veld | null;
}

export interface Kopherkenning {
  soort: Extractsoort | null;
  kolommen: Kolom[];
  /** Required fields of the chosen kind that no column provides. */
  ontbrekend: Veld[];
  /** Number of columns recognised. */
  score: number;
}

const KOP_NAAR_VELDEN = new Map<string, Veld[]>();
for (const veld of ALLE_VELDEN) {
  for (const kop of VELDEN[veld].koppen) KOP_NAAR_VELDEN.set(kop, [...(KOP_NAAR_VELDEN.get(kop) ?? []), veld]);
}

function kandidaten(kop: string, mapping?: Mapping): Veld[] | null {
  if (mapping?.kolommen) {
    for (const [k, v] of Object.entries(mapping.kolommen)) {
      if (normaliseer(k) === normaliseer(kop)) return v === null ? null : [v];
    }
  }
  return KOP_NAAR_VELDEN.get(normaliseer(kop)) ?? [];
}

/**
 * Recognises a header row: which kind of extract it is and which column holds which field. When
 * a header could mean two fields ("Gerealiseerd" is an amount in a budget and a number of places
 * for beschut werk), the kind of extract decides.
 */
export function herkenKop(cellen: readonly string[], mapping?: Mapping): Kopherkenning {
  const perKolom = cellen.map((kop) => kandidaten(kop, mapping));
  let beste: Kopherkenning = { soort: null, kolommen: [], ontbrekend: [], score: 0 };
  const soorten = mapping?.soort ? [mapping.soort] : (Object.keys(EXTRACTSOORTEN) as Extractsoort[]);
  for (const soort of soorten) {
    const def = EXTRACTSOORTEN[soort];
    const gebruikt = new Set<Veld>();
    const kolommen: Kolom[] = cellen.map((kop, index) => {
      const opties = perKolom[index];
      const veld = opties?.find((v) => (def.velden as readonly Veld[]).includes(v) && (NIET_INGELEZEN.has(v) || !gebruikt.has(v))) ?? null;
      if (veld) gebruikt.add(veld);
      return { index, kop, veld };
    });
    const ontbrekend = def.verplicht.filter((v) => !gebruikt.has(v));
    // A kind whose figures may sit in one of several columns needs at least one of them.
    const eenVan: Partial<Record<Extractsoort, Veld[]>> = {
      budget: ['begroot', 'gerealiseerd'],
      beschut_werk: ['taakstelling', 'realisatie'],
      wsw_personeel: ['wsw_se', 'indicatie'],
      wsw_kengetallen: ['wsw_se', 'wsw_fte', 'wachtlijst'],
    };
    const nodig = eenVan[soort];
    const extra = nodig && !nodig.some((v) => gebruikt.has(v)) ? nodig[0]! : null;
    const score = [...gebruikt].filter((v) => !NIET_INGELEZEN.has(v)).length;
    const kandidaat: Kopherkenning = { soort, kolommen, ontbrekend: extra ? [...ontbrekend, extra] : ontbrekend, score };
    const beter =
      beste.soort === null ||
      kandidaat.ontbrekend.length < beste.ontbrekend.length ||
      (kandidaat.ontbrekend.length === beste.ontbrekend.length && kandidaat.score > beste.score);
    if (beter) beste = kandidaat;
  }
  return beste;
}

/** Finds the header row among the first rows of a file: the row with the most recognised fields. */
export function zoekKopregel(rijen: readonly (readonly string[])[], mapping?: Mapping): { index: number; herkenning: Kopherkenning } | null {
  let beste: { index: number; herkenning: Kopherkenning } | null = null;
  rijen.slice(0, 50).forEach((cellen, index) => {
    if (cellen.filter((c) => c.trim() !== '').length < 2) return;
    const herkenning = herkenKop(cellen, mapping);
    if (herkenning.score < 2) return;
    const beter =
      !beste ||
      herkenning.ontbrekend.length < beste.herkenning.ontbrekend.length ||
      (herkenning.ontbrekend.length === beste.herkenning.ontbrekend.length && herkenning.score > beste.herkenning.score);
    if (beter) beste = { index, herkenning };
  });
  return beste;
}

/** Picks the delimiter that splits the header into the most recognised fields. */
export function kiesScheidingsteken(regels: readonly string[], splits: (regel: string, s: string) => string[], mapping?: Mapping): string {
  let beste = ';';
  let besteScore = -1;
  for (const s of [';', ',', '\t', '|']) {
    const rijen = regels.slice(0, 50).map((r) => splits(r, s));
    const gevonden = zoekKopregel(rijen, mapping);
    const score = gevonden ? gevonden.herkenning.score * 10 - gevonden.herkenning.ontbrekend.length : -1;
    if (score > besteScore) {
      besteScore = score;
      beste = s;
    }
  }
  return beste;
}
