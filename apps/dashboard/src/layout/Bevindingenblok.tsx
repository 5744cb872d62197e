import { beschutWerkBevindingen, doelgroepenBevindingen, uitkeringenBevindingen } from '@pw/bevindingen';
import { gebiedCode } from '@pw/metrics';
import { Bevindingen, Laden } from '@pw/ui';
import { useEffectieveKeuze, useFiguren } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';

/** Which findings a page shows, and the figures their rules read (the same standard figures the page draws). */
const SOORTEN = {
  uitkeringen: { eigen: ['uitkeringen', 'instroom', 'uitstroom', 'inwoners'], alle: ['uitkeringen', 'inwoners'] },
  doelgroepen: { eigen: ['uitkeringen', 'doelgroepenregister', 'inwoners'], alle: ['uitkeringen', 'inwoners'] },
  'beschut-werk': { eigen: ['beschut_werk_taakstelling', 'beschut_werk_realisatie'], alle: null },
} as const;

/**
 * "Wat de cijfers zeggen": the findings of a page for the current choice, from the page's own
 * figures (masked in a report, as its charts are). Nothing until the figures are final (never
 * from placeholder figures).
 */
export function Bevindingenblok({ soort, alleenEerste = false }: { soort: keyof typeof SOORTEN; /** Overzicht shows one area: the first chosen. */ alleenEerste?: boolean }) {
  const [keuze] = useKeuze();
  const gekozen = alleenEerste ? keuze.gebieden.slice(0, 1) : keuze.gebieden;
  const { peildatum, jaar } = useEffectieveKeuze();
  const s = SOORTEN[soort];
  const eigen = useFiguren({ gebieden: gekozen, indeling: keuze.indeling, indicatoren: [...s.eigen] });
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: [...(s.alle ?? ['inwoners'])] });
  if (eigen.isError || alle.isError) return null;
  if (!eigen.data || eigen.isPlaceholderData || (s.alle && (!alle.data || alle.isPlaceholderData))) return <Laden tekst="Bevindingen opstellen…" />;
  const gebieden = gekozen.map((g) => ({ code: gebiedCode(g), naam: gebiedNaam(g) }));
  const invoer = { rijen: eigen.data, alle: s.alle ? alle.data : undefined, gebieden, peildatum };
  const zinnen = soort === 'uitkeringen' ? uitkeringenBevindingen(invoer) : soort === 'doelgroepen' ? doelgroepenBevindingen(invoer) : beschutWerkBevindingen({ rijen: eigen.data, gebieden, jaar });
  return <Bevindingen zinnen={zinnen} />;
}
