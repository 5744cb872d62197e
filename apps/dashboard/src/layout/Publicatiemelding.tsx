import { KLEIN_AANTAL_UITLEG } from '@pw/afscherming';
import { useSite } from '../data/hooks.ts';

/** On a published site (npm run site): whether small numbers are masked on screen, said on every page. */
export function Publicatiemelding() {
  const site = useSite().data;
  if (!site?.kleineAantallen) return null;
  return (
    <p className="publicatiemelding" role="note">
      {site.kleineAantallen === 'afschermen'
        ? `Gepubliceerde gegevens: kleine aantallen worden afgeschermd, op het scherm en in exports, zoals bij elke publicatie. ${KLEIN_AANTAL_UITLEG}`
        : 'Gepubliceerd voor een besloten publiek: ook aantallen van 1 tot en met 4 worden getoond. Geef deze gegevens niet verder.'}
    </p>
  );
}
