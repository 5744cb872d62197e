/**
 * The contract between ingest (which writes a data package) and metrics (which reads it): the
 * aggregate tables of a data package, their columns and DuckDB types. A data package holds
 * aggregates only: no person-level rows, no BSN, names or birth dates. Categorical columns hold the
 * codes of this package (`Pw`, `kort`, `2`, `ja`/`nee`/`onbekend`); `aantal` is a count of benefits or persons.
 */
/**
 * The version of this table list. Raise it whenever a table or a column is added, removed or
 * changes meaning: a package of an older version is then refused with "gemaakt met een oudere
 * versie; maak het opnieuw" instead of being read with the wrong columns. 2: budget versions,
 * the CBS reference table and the Wsw tables (issues 11, 12, 14).
 */
export const PAKKET_SCHEMA_VERSIE = 2;

type Kolomtype = 'VARCHAR' | 'DATE' | 'INTEGER' | 'DOUBLE';

export interface Tabeldefinitie {
  omschrijving: string;
  kolommen: ReadonlyArray<readonly [naam: string, type: Kolomtype]>;
}

export const PAKKET_TABELLEN = {
  uitkeringen_stand: {
    omschrijving: 'Lopende uitkeringen op elke peildatum (de 1e van de maand), naar regeling en kenmerken.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['regeling', 'VARCHAR'],
      ['afstand', 'VARCHAR'],
      ['loonwaardegroep', 'VARCHAR'],
      ['doelgroepenregister', 'VARCHAR'],
      ['beschut_werk', 'VARCHAR'],
      ['aantal', 'INTEGER'],
    ],
  },
  uitkeringen_leeftijd: {
    omschrijving: 'Lopende uitkeringen op elke peildatum naar leeftijdsklasse van de ontvanger op die datum.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['regeling', 'VARCHAR'],
      ['leeftijdsklasse', 'VARCHAR'],
      ['aantal', 'INTEGER'],
    ],
  },
  uitkeringen_duur: {
    omschrijving: 'Lopende uitkeringen op elke peildatum naar duur sinds de ingangsdatum.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['regeling', 'VARCHAR'],
      ['duurklasse', 'VARCHAR'],
      ['aantal', 'INTEGER'],
    ],
  },
  uitkeringen_mutaties: {
    omschrijving:
      'Instroom en uitstroom tussen twee peildata; `maand` is de eerste peildatum. Instroom: ingangsdatum na die peildatum en uiterlijk op de volgende; uitstroom: einddatum in de maand. Zo geldt stand(volgende) = stand(maand) + instroom − uitstroom. Reden bij instroom: `nieuw` of `herindeling`; bij uitstroom een categorie (`werk`, `inkomen_partner`, `verhuizing`, `herindeling`, `pensioen_aow`, `overlijden`, `overig`, `onbekend`), nooit de tekst uit het extract. `herindeling`: overgang naar de opvolger bij een herindeling.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['maand', 'DATE'],
      ['regeling', 'VARCHAR'],
      ['richting', 'VARCHAR'],
      ['reden', 'VARCHAR'],
      ['aantal', 'INTEGER'],
    ],
  },
  doelgroepen_stand: {
    omschrijving: 'Personen in een doelgroepregister (doelgroepenregister, beschut werk) op elke peildatum, met of zonder uitkering.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['register', 'VARCHAR'],
      ['met_uitkering', 'VARCHAR'],
      ['aantal', 'INTEGER'],
    ],
  },
  beschut_werk: {
    omschrijving: 'Taakstelling en realisatie beschut werk per jaar, cumulatief in plaatsen.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['jaar', 'INTEGER'],
      ['taakstelling', 'INTEGER'],
      ['realisatie', 'INTEGER'],
      ['bron', 'VARCHAR'],
    ],
  },
  budget: {
    omschrijving:
      'Begroot en gerealiseerd per jaar en soort, in euro. `versie`: welke versie van het budget `begroot` is (definitief, nader voorlopig, voorlopig, of een circulaire zoals "meicirculaire 2019"; leeg: niet opgegeven). Alleen bij BUIG, waar het extract ze geeft: de delen van de netto lasten (`gerealiseerd` = uitkeringen + loonkostensubsidie − baten uit terugvordering en verhaal).',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['jaar', 'INTEGER'],
      ['soort', 'VARCHAR'],
      ['begroot', 'DOUBLE'],
      ['gerealiseerd', 'DOUBLE'],
      ['bron', 'VARCHAR'],
      ['versie', 'VARCHAR'],
      ['buig_uitkeringen', 'DOUBLE'],
      ['buig_loonkostensubsidie', 'DOUBLE'],
      ['buig_baten', 'DOUBLE'],
    ],
  },
  budget_maand: {
    omschrijving: 'Gerealiseerde uitgaven per maand en soort, in euro (voor uitputting en prognose).',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['jaar', 'INTEGER'],
      ['maand', 'INTEGER'],
      ['soort', 'VARCHAR'],
      ['gerealiseerd', 'DOUBLE'],
    ],
  },
  inwoners: {
    omschrijving: 'Inwoners op 1 januari per bevolkingsbasis.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['jaar', 'INTEGER'],
      ['basis', 'VARCHAR'],
      ['aantal', 'INTEGER'],
      ['bron', 'VARCHAR'],
    ],
  },
  dekking: {
    omschrijving: 'Voor welk onderwerp, welke gemeente en welke periode het pakket volledige gegevens heeft.',
    kolommen: [
      ['onderwerp', 'VARCHAR'],
      ['gemeente_code', 'VARCHAR'],
      ['van', 'DATE'],
      ['tot', 'DATE'],
      ['bronbestand', 'VARCHAR'],
    ],
  },
  extract_totalen: {
    omschrijving: 'Totalen die een extract zelf opgeeft (zijn "Totaal"-regel), naast wat ingest telde.',
    kolommen: [
      ['bronbestand', 'VARCHAR'],
      ['regel', 'INTEGER'],
      ['omschrijving', 'VARCHAR'],
      ['opgegeven', 'DOUBLE'],
      ['berekend', 'DOUBLE'],
    ],
  },
  gemeenten: {
    omschrijving: 'De gemeenten in dit pakket, met geldigheid en opvolger (herindelingen).',
    kolommen: [
      ['code', 'VARCHAR'],
      ['naam', 'VARCHAR'],
      ['geldig_van', 'DATE'],
      ['geldig_tot', 'DATE'],
      ['opvolger', 'VARCHAR'],
      ['huidige_code', 'VARCHAR'],
    ],
  },
  cbs_referentie: {
    omschrijving:
      'Referentiecijfers van het CBS (open data, StatLine), één rij per cijfer. `maatstaf`: de CBS-sleutel precies zoals in het bestand (`Bijstandsontvangers_2`); `stam`: wat het product ervan weet (`bijstandsontvangers`, `bijstandsdichtheid`, `inwoners`, …) of leeg; `gemeente_code`: `GM…` of `NL01` (Nederland), zoals in het bestand (een code die het model niet kent staat er onder eigen code, met die status); `periode`: `2017`, `2017-Q3` of `2017-05`; `dimensie`/`categorie`: een andere CBS-dimensie (`leeftijd`/`90100`), anders `totaal`/`totaal`. Een cel `.` of leeg is geen cijfer en staat er niet in; 0 wel.',
    kolommen: [
      ['bronbestand', 'VARCHAR'],
      ['tabel', 'VARCHAR'],
      ['maatstaf', 'VARCHAR'],
      ['stam', 'VARCHAR'],
      ['gemeente_code', 'VARCHAR'],
      ['periode', 'VARCHAR'],
      ['dimensie', 'VARCHAR'],
      ['categorie', 'VARCHAR'],
      ['waarde', 'DOUBLE'],
      ['status', 'VARCHAR'],
    ],
  },
  samenwerkingen: {
    omschrijving: 'Samenwerkingsverbanden en hun leden (codes zoals geregistreerd).',
    kolommen: [
      ['id', 'VARCHAR'],
      ['naam', 'VARCHAR'],
      ['gemeente_code', 'VARCHAR'],
    ],
  },
  wsw_stand: {
    omschrijving:
      'Wsw-werknemers op elke peildatum (de 1e van de maand) naar vorm van werk en werkgever: personen (`aantal`; iemand met twee dienstbetrekkingen tegelijk telt één keer, bij die met de meeste SE), SE (standaardeenheden: indicatiegewicht × deeltijdfactor) en fte. In dienst op de peildatum: ingangsdatum op of vóór die datum, einddatum leeg of op of na die datum.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['werkvorm', 'VARCHAR'],
      ['werkgever', 'VARCHAR'],
      ['aantal', 'INTEGER'],
      ['se', 'DOUBLE'],
      ['fte', 'DOUBLE'],
    ],
  },
  wsw_leeftijd: {
    omschrijving: 'Wsw-werknemers (personen en SE) op elke peildatum naar leeftijdsklasse op die datum (`onbekend`: geen geboortedatum).',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['leeftijdsklasse', 'VARCHAR'],
      ['aantal', 'INTEGER'],
      ['se', 'DOUBLE'],
    ],
  },
  wsw_mutaties: {
    omschrijving:
      'Instroom en uitstroom van Wsw-dienstbetrekkingen per kalenderjaar dat het extract volledig dekt, met de leeftijdsklasse op het moment van de mutatie. Uitstroom in jaar J: einddatum in J (reden `pensioen`, `overlijden`, `ontslag`, `overig`, `onbekend`); instroom in J: ingangsdatum na 1 januari J en uiterlijk 1 januari J+1 (reden `nieuw`). Een nieuwe dienstbetrekking van dezelfde persoon op de dag na de vorige (een andere vorm van werk) is geen mutatie.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['jaar', 'INTEGER'],
      ['richting', 'VARCHAR'],
      ['reden', 'VARCHAR'],
      ['leeftijdsklasse', 'VARCHAR'],
      ['aantal', 'INTEGER'],
    ],
  },
  wsw_kengetallen: {
    omschrijving:
      'Wsw-kengetallen zoals een bron ze drukt: SW in SE, SW in fte en de wachtlijst per gemeente op een peildatum (een stand "ultimo december 2010" is de stand op 1-1-2011). Een regel die geen gemeente is (bron 003: "Buitengebied") heeft geen `gemeente_code` maar een `omschrijving` en de `samenwerking` waar hij bij hoort.',
    kolommen: [
      ['gemeente_code', 'VARCHAR'],
      ['omschrijving', 'VARCHAR'],
      ['samenwerking', 'VARCHAR'],
      ['peildatum', 'DATE'],
      ['se', 'DOUBLE'],
      ['fte', 'DOUBLE'],
      ['wachtlijst', 'INTEGER'],
      ['bron', 'VARCHAR'],
    ],
  },
} as const satisfies Record<string, Tabeldefinitie>;

export type PakketTabel = keyof typeof PAKKET_TABELLEN;
export const PAKKET_TABELNAMEN = Object.keys(PAKKET_TABELLEN) as PakketTabel[];

/** `CREATE TABLE` for a package table (names and types from this fixed list, never from data). */
export function createTableSql(tabel: PakketTabel, naam: string = tabel): string {
  const kolommenSql = PAKKET_TABELLEN[tabel].kolommen.map(([k, t]) => `"${k}" ${t}`).join(', ');
  // eslint-disable-next-line pw/sql-citeren -- the model imports nothing (so not @pw/engine's sqlIdent); callers pass a name of PAKKET_TABELNAMEN or a fixed staging name, never data
  return `CREATE TABLE "${naam}" (${kolommenSql})`;
}
