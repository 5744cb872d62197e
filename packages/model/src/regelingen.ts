import { normaliseer } from './text.ts';

/**
 * Regelingen: the benefit schemes counted as "uitkeringen". Bijstand before 2015 (WWB) is counted
 * as Pw: the Participatiewet replaced the WWB on 1-1-2015 and a series must run across that date.
 */
export const REGELINGEN = ['Pw', 'IOAW', 'IOAZ', 'Bbz'] as const;
export type Regeling = (typeof REGELINGEN)[number];

const SYNONIEMEN: Record<string, Regeling> = {};
const voeg = (r: Regeling, ...namen: string[]) => namen.forEach((n) => (SYNONIEMEN[normaliseer(n)] = r));
voeg('Pw', 'Pw', 'P-wet', 'Participatiewet', 'Bijstand', 'Algemene bijstand', 'Bijstand levensonderhoud', 'WWB', 'Wet werk en bijstand', 'WWB/Pw', 'Pw levensonderhoud', 'PW algemene bijstand', 'WIJ', 'ABW');
voeg('IOAW', 'IOAW', 'Inkomensvoorziening oudere werklozen');
voeg('IOAZ', 'IOAZ', 'Inkomensvoorziening oudere zelfstandigen');
voeg('Bbz', 'Bbz', 'BBZ 2004', 'Bbz levensonderhoud', 'Besluit bijstandverlening zelfstandigen', 'Bbz 2004 levensonderhoud');

/** Recognises the way a source system writes a regeling ("Algemene bijstand", "BBZ 2004", "IOAW"). */
export function herkenRegeling(tekst: string): Regeling | undefined {
  return SYNONIEMEN[normaliseer(tekst)];
}

/**
 * The day the Participatiewet took effect. The doelgroepenregister (Wet banenafspraak en quotum
 * arbeidsbeperkten) and beschut werk (Pw art. 10b) started on the same day. A value that says
 * otherwise for an earlier time is an anachronism (ingest warns about it).
 */
export const PARTICIPATIEWET_INGANG = '2015-01-01';

/** Labels that name the Participatiewet itself (not bijstand in general, not the WWB). */
const PW_LABELS = new Set(['pw', 'pwet', 'participatiewet', 'pwlevensonderhoud', 'pwalgemenebijstand', 'participatiewetalgemenebijstand', 'participatiewetlevensonderhoud']);

/**
 * True when a source system's regeling label names the Participatiewet ("Participatiewet", "PW");
 * "Algemene bijstand", "WWB" and "WWB/Pw" do not: they fit a benefit of any year.
 */
export function noemtParticipatiewet(tekst: string): boolean {
  return PW_LABELS.has(normaliseer(tekst));
}
