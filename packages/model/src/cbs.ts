/**
 * CBS open data as reference (issue 12): what the product knows about CBS StatLine exports. A
 * measure column is `<Key>_<n>`; the suffix is only the column's position in that year's table and
 * the key itself changes between years ("Instromers" 2015, "Instroom" 2016). The product therefore
 * knows a measure by its key *stem* (the key without `_<n>`), through a list of synonyms per
 * meaning. A measure it does not know is kept (stam null) and shown in tables, never dropped.
 */

/** The meanings the product uses, by stem. */
export type CbsStam =
  | 'inwoners'
  | 'bijstandsontvangers'
  | 'bijstandsdichtheid'
  | 'instroom'
  | 'instroom_procent'
  | 'uitstroom'
  | 'uitstroom_procent'
  | 'uitstroom_werk'
  | 'uitstroom_werk_procent'
  | 'wsw_werknemers'
  | 'wsw_dichtheid'
  | 'bijstandsuitkeringen'
  | 'bijstandsuitkeringen_tot_aow'
  | 'ioaw_uitkeringen'
  | 'ioaz_uitkeringen';

/** Key stems (without `_<n>`, case-insensitive) per meaning, as CBS spelled them over the years. */
const STAMMEN: Record<CbsStam, readonly string[]> = {
  inwoners: ['Inwoners', 'TotaleBevolking', 'Bevolking'],
  bijstandsontvangers: ['Bijstandsontvangers', 'PersonenMetBijstand', 'PersonenMetAlgemeneBijstand'],
  bijstandsdichtheid: ['Bijstandsdichtheid'],
  instroom: ['Instromers', 'Instroom', 'InstroomBijstand'],
  instroom_procent: [],
  uitstroom: ['Uitstromers', 'Uitstroom', 'UitstroomBijstand'],
  uitstroom_procent: [],
  uitstroom_werk: ['UitstromersNaarWerk', 'UitstroomNaarWerk'],
  uitstroom_werk_procent: [],
  wsw_werknemers: ['WSWWerknemers', 'WswWerknemers', 'Wswers'],
  wsw_dichtheid: ['WSWDichtheid', 'WswDichtheid'],
  bijstandsuitkeringen: ['TotaalBijstandsuitkeringen', 'Bijstandsuitkeringen'],
  bijstandsuitkeringen_tot_aow: ['BijstandsuitkeringenTotDeAOWLeeftijd'],
  ioaw_uitkeringen: ['IOAWUitkeringen'],
  ioaz_uitkeringen: ['IOAZUitkeringen'],
};

const OP_STAM = new Map<string, CbsStam>();
for (const [stam, keys] of Object.entries(STAMMEN) as Array<[CbsStam, readonly string[]]>) for (const k of keys) OP_STAM.set(k.toLowerCase(), stam);

/** A measure column of a CBS export: `Bijstandsontvangers_2` → key `Bijstandsontvangers`, position 2. */
export function cbsMaatstaf(kolom: string): { stam: string; positie: number } | null {
  const m = /^([A-Za-z][A-Za-z0-9]*)_(\d+)$/.exec(kolom);
  return m ? { stam: m[1]!, positie: Number(m[2]) } : null;
}

/**
 * The meaning of a measure column, or null when the product does not know it. In- and outflow come
 * in pairs (a count, then a percentage): the second of a pair with the same stem is the percentage,
 * so `kolommen` (all measure columns of the file, in order) decides which is which.
 */
export function cbsStam(kolom: string, kolommen: readonly string[] = [kolom]): CbsStam | null {
  const m = cbsMaatstaf(kolom);
  if (!m) return null;
  const stam = OP_STAM.get(m.stam.toLowerCase());
  if (!stam) return null;
  if (stam === 'instroom' || stam === 'uitstroom' || stam === 'uitstroom_werk') {
    const zelfde = kolommen.filter((k) => cbsMaatstaf(k)?.stam.toLowerCase() === m.stam.toLowerCase()).sort((a, b) => cbsMaatstaf(a)!.positie - cbsMaatstaf(b)!.positie);
    if (zelfde.length > 1 && zelfde.indexOf(kolom) > 0) return `${stam}_procent` as CbsStam;
  }
  return stam;
}

/** The code under which the country's figure is kept. */
export const CBS_NEDERLAND = 'NL01';

/**
 * CBS age categories of the municipal bijstand tables (`Leeftijd`): `20150` 15 jaar of ouder,
 * `90100` 15 jaar tot de AOW-leeftijd (the Participatiewet's own population: bijstand from the
 * AOW age on is the AIO, paid by the SVB), `90200` AOW-leeftijd en ouder.
 */
export const CBS_LEEFTIJD: Record<string, string> = {
  '20150': '15 jaar of ouder',
  '90100': '15 jaar tot de AOW-leeftijd',
  '90200': 'AOW-leeftijd en ouder',
};
export const CBS_LEEFTIJD_PW = '90100';
export const CBS_LEEFTIJD_TOTAAL = '20150';

/**
 * Source 003 (Alkmaar 2012) prints WWB figures "in personen per november 2011, bron CBS": persons,
 * counted by CBS, for the month November 2011 (issue 11). They are a CBS reference figure, kept in
 * every package that holds these municipalities as `cbs.WWBInclWIJPersonen` for `2011-11`; never
 * benefits on 1-11-2011 (the demo's benefit data happen to reproduce them on that date).
 */
export const BRON003_WWB_PERSONEN = {
  bronbestand: 'CBS, via bron 003 (Alkmaar 2012)',
  maatstaf: 'WWBInclWIJPersonen',
  stam: 'bijstandsontvangers' as CbsStam,
  periode: '2011-11',
  aantallen: { GM0361: 1890, GM0399: 160, GM0398: 540, GM0373: 210, GM0416: 190, GM0458: 40, GM0365: 30, GM0383: 190 } as Readonly<Record<string, number>>,
};

/** The line every output that shows CBS figures carries. */
export const CBS_BRON = 'Bron: CBS';
