import { useContext } from 'react';
import { GrafiekInstelling } from './instelling.ts';

/**
 * The findings of a view: a few generated sentences saying what its figures say (from
 * @pw/bevindingen, passed in as text). In a report (print mode) the paragraph is editable, so the
 * griffie can adjust the wording before printing or downloading; the edit stays on that page and
 * is what the print and the Word/HTML export take.
 */
export function Bevindingen({ zinnen }: { zinnen: readonly string[] }) {
  const { druk } = useContext(GrafiekInstelling);
  if (!zinnen.length) return null;
  return (
    <section className="bevindingen" aria-label="Wat de cijfers zeggen">
      <h2 className="bevindingen-kop">Wat de cijfers zeggen</h2>
      {druk ? (
        <>
          <p className="bevindingen-tekst" contentEditable="plaintext-only" suppressContentEditableWarning spellCheck lang="nl" aria-label="Bevindingen (aan te passen voor het afdrukken)">
            {zinnen.join(' ')}
          </p>
          <p className="hint alleen-scherm">U kunt deze tekst aanpassen voordat u het rapport afdrukt of downloadt; de aanpassing wordt niet bewaard.</p>
        </>
      ) : (
        <p className="bevindingen-tekst">{zinnen.join(' ')}</p>
      )}
    </section>
  );
}
