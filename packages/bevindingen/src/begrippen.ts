/**
 * The terms of the Participatiewet a page uses, each explained once in plain Dutch: the glossary
 * page "Begrippen" lists them, and a page explains a term on first use from here. One or two
 * sentences each, what the term means, never an opinion.
 */
export interface Begrip {
  /** The term as the pages write it ("IOAW"). */
  term: string;
  /** The full name, for an abbreviation. */
  voluit?: string;
  uitleg: string;
}

export const BEGRIPPEN: readonly Begrip[] = [
  { term: 'Pw', voluit: 'Participatiewet', uitleg: 'De wet sinds 2015 voor bijstand en hulp bij het vinden van werk. Zij verving de Wet werk en bijstand (WWB), de Wsw voor nieuwe mensen en het grootste deel van de Wajong.' },
  { term: 'Bijstand', uitleg: 'Een uitkering op grond van de Participatiewet voor wie niet genoeg inkomen of vermogen heeft om van te leven.' },
  { term: 'IOAW', voluit: 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers', uitleg: 'Een uitkering voor oudere werkloze werknemers na hun WW, zonder toets op het eigen vermogen.' },
  { term: 'IOAZ', voluit: 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen', uitleg: 'Een uitkering voor oudere zelfstandigen die met hun bedrijf stoppen omdat het te weinig oplevert.' },
  { term: 'Bbz', voluit: 'Besluit bijstandverlening zelfstandigen 2004', uitleg: 'Bijstand voor zelfstandigen: levensonderhoud of een lening voor het bedrijf. Gemeenten laten het vaak uitvoeren door een gespecialiseerde organisatie.' },
  { term: 'Regeling', uitleg: 'De wet waaronder een uitkering valt: Pw, IOAW, IOAZ of Bbz.' },
  { term: 'Peildatum', uitleg: 'De dag waarop een stand is geteld, bijvoorbeeld "stand 1-12-2019": het aantal lopende uitkeringen op die dag.' },
  { term: 'Instroom en uitstroom', uitleg: 'Uitkeringen die in een maand beginnen (instroom) en die in een maand eindigen (uitstroom).' },
  { term: 'Afstand tot de arbeidsmarkt', uitleg: 'Hoe ver iemand met een uitkering van betaald werk af staat: kort (werk is binnen een jaar haalbaar) of lang.' },
  { term: 'Loonwaarde', uitleg: 'Wat iemand kan verdienen, als deel van het minimumloon. De regio Alkmaar deelde de bijstand in vier groepen in: (bijna) volledig, beperkt, beschut en zorg.' },
  { term: 'Doelgroepenregister', uitleg: 'Het register van mensen met een arbeidsbeperking die onder de banenafspraak vallen; werkgevers hebben afgesproken voor hen extra banen (garantiebanen) te maken.' },
  { term: 'Beschut werk', uitleg: 'Werk in een beschutte omgeving onder de Participatiewet, voor wie alleen zo kan werken. Het Rijk geeft elke gemeente een taakstelling: het aantal plaatsen dat er aan het eind van het jaar moet zijn; de realisatie is het aantal dat er is.' },
  { term: 'Wsw', voluit: 'Wet sociale werkvoorziening', uitleg: 'De oude wet voor beschut werk in een SW-bedrijf; sinds 2015 gesloten voor nieuwe mensen. Wsw-werknemers worden geteld in personen, in fte of in SE.' },
  { term: 'SE', voluit: 'standaardeenheid', uitleg: 'De rekeneenheid van de Wsw: een werknemer telt voor één SE of minder, naar de zwaarte van zijn beperking en zijn werktijd.' },
  { term: 'BUIG', voluit: 'Bundeling van Uitkeringen Inkomensvoorziening aan Gemeenten', uitleg: 'Het budget dat het Rijk elke gemeente geeft voor de uitkeringen (Pw, IOAW, IOAZ en het levensonderhoud in het Bbz). Budget min de uitkeringslasten is een overschot of een tekort.' },
  { term: 'Vangnetuitkering', uitleg: 'Een aanvulling van het Rijk voor een gemeente met een groot tekort op de BUIG, onder voorwaarden die per jaar zijn vastgelegd.' },
  { term: 'Participatiebudget', uitleg: 'Het geld van het Rijk voor re-integratie (hulp bij het vinden van werk), de Wsw en beschut werk.' },
  { term: 'Vergelijkbare gemeenten', uitleg: 'De andere gemeenten in de gegevens met even veel inwoners, in de grootteklassen van het CBS (bijvoorbeeld 20.000 tot 50.000 inwoners). Hun gemiddelde telt elke gemeente even zwaar.' },
  { term: 'Kleine aantallen', uitleg: 'Aantallen van 1 tot en met 4 worden niet getoond buiten het scherm van de controller (<5), en ook een ander aantal niet als het kleine aantal daaruit terug te rekenen is (x).' },
];

/** The status a figure can have, in words: where it comes from and how firm it is. */
export const STATUSSEN = {
  bron: 'Geteld uit de bestanden van de gemeente (de extracten in het datapakket).',
  cbs: 'Overgenomen van het CBS (StatLine).',
  schatting: 'Een schatting, waar een telling ontbreekt; de bron van de schatting staat erbij.',
  demo: 'Verzonnen gegevens om te laten zien hoe pw-monitor werkt; geen echte cijfers van de gemeente.',
  voorlopig: 'Het jaar of de maand is nog niet afgesloten: het cijfer kan nog veranderen.',
} as const;
export type Status = keyof typeof STATUSSEN;
