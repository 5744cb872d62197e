import { useContext, type ReactNode } from 'react';
import { GrafiekInstelling } from './instelling.ts';

/** A term a sentence may use, with its full name (IOAW → Wet inkomensvoorziening …). */
export interface Afkorting {
  term: string;
  voluit: string;
}

/** The text with the first use of each abbreviation marked as `<abbr>` with its full name. */
function metAfkortingen(tekst: string, afkortingen: readonly Afkorting[]): ReactNode[] {
  const eerste = afkortingen
    .map((a) => ({ a, plaats: new RegExp(`(?<![\\p{L}])${a.term}(?![\\p{L}])`, 'u').exec(tekst)?.index ?? -1 }))
    .filter((x) => x.plaats >= 0)
    .sort((x, y) => x.plaats - y.plaats);
  const delen: ReactNode[] = [];
  let vanaf = 0;
  for (const { a, plaats } of eerste) {
    if (plaats < vanaf) continue;
    delen.push(tekst.slice(vanaf, plaats), <abbr key={a.term} title={a.voluit}>{a.term}</abbr>);
    vanaf = plaats + a.term.length;
  }
  delen.push(tekst.slice(vanaf));
  return delen;
}

/**
 * The findings of a view: a few generated sentences saying what its figures say (from
 * @pw/bevindingen, passed in as text), with each abbreviation explained on first use. In a report
 * (print mode) the paragraph is plain, editable text, so the griffie can adjust the wording
 * before printing or downloading; the edit stays on that page and is what the print and the
 * Word/HTML export take.
 */
export function Bevindingen({ zinnen, afkortingen = [] }: { zinnen: readonly string[]; afkortingen?: readonly Afkorting[] }) {
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
        <p className="bevindingen-tekst">{metAfkortingen(zinnen.join(' '), afkortingen)}</p>
      )}
    </section>
  );
}
