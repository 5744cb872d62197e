import { KLEIN_AANTAL_UITLEG } from '@pw/export';
import { useSite } from '../data/hooks.ts';

/** On a published site (npm run site): whether small numbers are masked on screen, said on every page. */
export function Publicatiemelding() {
  const site = useSite().data;
  if (!site?.kleineAantallen) return null;
  return (
    <p className="publicatiemelding" role="note">
      {site.kleineAantallen === 'afschermen'
        ? `Gepubliceerde gegevens: aantallen van 1 tot en met 4 worden niet getoond, ook niet in exports, zoals bij elke publicatie (${KLEIN_AANTAL_UITLEG.replace(/\.$/, '').toLowerCase()}).`
        : 'Gepubliceerd voor een besloten publiek: ook aantallen van 1 tot en met 4 worden getoond. Geef deze gegevens niet verder.'}
    </p>
  );
}
