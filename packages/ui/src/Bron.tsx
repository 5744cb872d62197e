import { bronInWoorden } from '@pw/format';

/** The source and peildatum under every figure; source documents by name, not number. */
export function Bron({ bron, periode }: { bron: string; periode?: string }) {
  return (
    <p className="bron">
      Bron: {bronInWoorden(bron)}
      {periode ? <> · {periode}</> : null}
    </p>
  );
}
