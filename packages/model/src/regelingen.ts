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
