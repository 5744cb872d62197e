import { useContext } from 'react';
import { bronInWoorden } from '@pw/format';
import { GrafiekInstelling } from './instelling.ts';

/** The source and peildatum under every figure. In a report the data package is named once, in the colophon, not under every figure;
 * source documents by name, not number. */
export function Bron({ bron, periode }: { bron: string; periode?: string }) {
  const { druk } = useContext(GrafiekInstelling);
  return (
    <p className="bron">
      Bron: {bronInWoorden(druk ? bron.replace(/,? ?datapakket [0-9a-f]{8,64}/g, '') : bron)}
      {periode ? <> · {periode}</> : null}
    </p>
  );
}
