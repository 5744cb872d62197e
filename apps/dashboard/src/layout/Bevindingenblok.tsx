import { Link } from 'react-router';
import { BEGRIPPEN, beschutWerkBevindingen, doelgroepenBevindingen, STATUSSEN, uitkeringenBevindingen } from '@pw/bevindingen';
import { bronInWoorden } from '@pw/format';
import { gebiedCode, indicator } from '@pw/metrics';
import { Bevindingen, GrafiekInstelling, Laden } from '@pw/ui';
import { useContext } from 'react';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import '../rapport.css';

/** Which findings a page shows, the figures their rules read (the same standard figures the page draws), and the figures and terms it explains. */
const SOORTEN = {
  uitkeringen: {
    eigen: ['uitkeringen', 'instroom', 'uitstroom', 'inwoners'],
    alle: ['uitkeringen', 'inwoners'],
    cijfers: ['uitkeringen', 'instroom', 'uitstroom', 'uitkeringen_per_1000_inwoners'],
    begrippen: ['Pw', 'IOAW', 'IOAZ', 'Bbz', 'Peildatum', 'Instroom en uitstroom', 'Vergelijkbare gemeenten', 'Kleine aantallen'],
  },
  doelgroepen: {
    eigen: ['uitkeringen', 'doelgroepenregister', 'inwoners'],
    alle: ['uitkeringen', 'inwoners'],
    cijfers: ['uitkeringen', 'doelgroepenregister'],
    begrippen: ['Pw', 'Afstand tot de arbeidsmarkt', 'Loonwaarde', 'Doelgroepenregister', 'Vergelijkbare gemeenten', 'Kleine aantallen'],
  },
  'beschut-werk': {
    eigen: ['beschut_werk_taakstelling', 'beschut_werk_realisatie'],
    alle: null,
    cijfers: ['beschut_werk_taakstelling', 'beschut_werk_realisatie'],
    begrippen: ['Beschut werk', 'Wsw', 'Loonwaarde'],
  },
} as const;

/**
 * "Wat de cijfers zeggen": the findings of a page for the current choice, from the page's own
 * figures (masked in a report, as its charts are), and on screen, on demand, what each figure of
 * the page means (its definition from @pw/metrics, its source and status) and the terms it uses.
 * No findings until the figures are final (never from placeholder figures).
 */
export function Bevindingenblok({ soort, alleenEerste = false }: { soort: keyof typeof SOORTEN; /** Overzicht shows one area: the first chosen. */ alleenEerste?: boolean }) {
  const [keuze] = useKeuze();
  const gekozen = alleenEerste ? keuze.gebieden.slice(0, 1) : keuze.gebieden;
  const { peildatum, jaar } = useEffectieveKeuze();
  const { druk } = useContext(GrafiekInstelling);
  const demo = useGegevens().data?.demo ?? false;
  const s = SOORTEN[soort];
  const eigen = useFiguren({ gebieden: gekozen, indeling: keuze.indeling, indicatoren: [...s.eigen] });
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: [...(s.alle ?? ['inwoners'])] });
  if (eigen.isError || alle.isError) return null;
  if (!eigen.data || eigen.isPlaceholderData || (s.alle && (!alle.data || alle.isPlaceholderData))) return <Laden tekst="Bevindingen opstellen…" />;
  const gebieden = gekozen.map((g) => ({ code: gebiedCode(g), naam: gebiedNaam(g) }));
  const invoer = { rijen: eigen.data, alle: s.alle ? alle.data : undefined, gebieden, peildatum };
  const zinnen = soort === 'uitkeringen' ? uitkeringenBevindingen(invoer) : soort === 'doelgroepen' ? doelgroepenBevindingen(invoer) : beschutWerkBevindingen({ rijen: eigen.data, gebieden, jaar });
  const afkortingen = BEGRIPPEN.flatMap((b) => (b.voluit ? [{ term: b.term, voluit: b.voluit }] : []));
  return (
    <>
      <Bevindingen zinnen={zinnen} afkortingen={afkortingen} />
      {druk ? null : (
        <details className="definities">
          <summary>Wat betekenen deze cijfers?</summary>
          <dl>
            {s.cijfers.map((id) => {
              const i = indicator(id);
              return (
                <div key={id}>
                  <dt>{i.titel}</dt>
                  <dd>
                    {bronInWoorden(i.definitie)} Bron: {bronInWoorden(i.bron)}. Status: {demo ? `demo. ${STATUSSEN.demo}` : id === 'uitkeringen_per_1000_inwoners' ? 'bron; het aantal inwoners is van het CBS of een schatting (zie bij de grafiek).' : `bron. ${STATUSSEN.bron}`}
                  </dd>
                </div>
              );
            })}
            {BEGRIPPEN.filter((b) => (s.begrippen as readonly string[]).includes(b.term)).map((b) => (
              <div key={b.term}>
                <dt>
                  {b.term}
                  {b.voluit ? ` (${b.voluit})` : ''}
                </dt>
                <dd>{b.uitleg}</dd>
              </div>
            ))}
          </dl>
          <p>
            Alle woorden en cijfers staan op de pagina <Link to="/begrippen">Begrippen</Link>.
          </p>
        </details>
      )}
    </>
  );
}
