import { BEGRIPPEN, STATUSSEN, type Status } from '@pw/bevindingen';
import { INDICATOREN } from '@pw/metrics';
import { useDocumenttitel } from '../titel.ts';

const STATUSNAAM: Record<Status, string> = { bron: 'Bron', cbs: 'CBS', schatting: 'Schatting', demo: 'Demo', voorlopig: 'Voorlopig' };

/**
 * Begrippen: the glossary. Every term of the Participatiewet the pages use, in plain Dutch; every
 * figure with its definition (from the one definition in @pw/metrics) and where it comes from; and
 * what the status of a figure (bron, CBS, schatting, demo, voorlopig) means.
 */
export function Begrippen() {
  useDocumenttitel('Begrippen');
  return (
    <>
      <h1>Begrippen</h1>
      <p className="uitleg">Wat de woorden en cijfers in pw-monitor betekenen. Elk cijfer heeft één definitie; het dashboard, de exports en de rapporten gebruiken dezelfde.</p>
      <h2>Woorden</h2>
      <dl className="begrippen">
        {BEGRIPPEN.map((b) => (
          <div key={b.term} id={`begrip-${b.term.toLowerCase().replace(/[^a-z]+/g, '-')}`}>
            <dt>
              {b.term}
              {b.voluit ? <span className="begrip-voluit"> ({b.voluit})</span> : null}
            </dt>
            <dd>{b.uitleg}</dd>
          </div>
        ))}
      </dl>
      <h2>Cijfers</h2>
      <dl className="begrippen">
        {INDICATOREN.map((i) => (
          <div key={i.id}>
            <dt>{i.titel}</dt>
            <dd>
              {i.definitie} <span className="hint">Bron: {i.bron}.</span>
            </dd>
          </div>
        ))}
      </dl>
      <h2>Status van een cijfer</h2>
      <dl className="begrippen">
        {(Object.keys(STATUSSEN) as Status[]).map((s) => (
          <div key={s}>
            <dt>{STATUSNAAM[s]}</dt>
            <dd>{STATUSSEN[s]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
