import { useId, type ReactNode } from 'react';
import { Bron } from './Bron.tsx';

/** A headline figure: what it is, the value, a line of context, and where it comes from. */
export function Tegel(props: { titel: string; waarde: string | null; toelichting?: ReactNode; bron: string; periode?: string; voorlopig?: boolean; leeg?: string }) {
  const id = useId();
  return (
    <section className="tegel" aria-labelledby={id} aria-busy={props.voorlopig || undefined}>
      <h3 id={id}>{props.titel}</h3>
      {props.waarde === null ? <p className="tegel-leeg">{props.leeg ?? 'Geen gegevens'}</p> : <p className="tegel-waarde">{props.waarde}</p>}
      {props.toelichting ? <p className="tegel-toelichting">{props.toelichting}</p> : null}
      <Bron bron={props.bron} periode={props.periode} />
    </section>
  );
}
