/** The source and peildatum under every figure. */
export function Bron({ bron, periode }: { bron: string; periode?: string }) {
  return (
    <p className="bron">
      Bron: {bron}
      {periode ? <> · {periode}</> : null}
    </p>
  );
}
