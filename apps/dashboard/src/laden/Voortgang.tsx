import { useId } from 'react';
import { meervoud } from '@pw/format';
import type { Voortgangsbericht } from './berichten.ts';

const FASEN: Record<string, string> = {
  starten: 'Rekenmachine starten',
  openen: 'Bestand openen',
  lezen: 'Regels lezen',
  controleren: 'Controleren',
  tellen: 'Cijfers berekenen',
  pakket: 'Datapakket maken',
};

/** The progress bar of a load, with the step and the rows read so far. */
export function Voortgang({ stap }: { stap: Voortgangsbericht }) {
  const id = useId();
  const tekst = `${FASEN[stap.fase] ?? stap.fase}${stap.bestand ? `: ${stap.bestand}` : ''}${stap.rijen !== undefined ? `, ${meervoud(stap.rijen, 'rij', 'rijen')} gelezen` : ''}`;
  return (
    <div className="paneel" style={{ marginTop: '1rem' }}>
      <label htmlFor={`${id}-balk`}>Voortgang</label>{' '}
      <progress id={`${id}-balk`} max={1} value={stap.fase === 'lezen' && stap.fractie !== undefined ? stap.fractie : undefined} style={{ width: '20rem' }} />
      <p role="status" className="voortgang-tekst">
        {tekst}
      </p>
    </div>
  );
}
