import { formatAantal, formatDatum, formatProcent, opsomming } from '@pw/format';
import { gemiddeldeVerdeling, vergelijkingsgroepVoor, verdeling, waardeVan, type Figuur } from '@pw/metrics';
import { jaarVan, type IsoDatum } from '@pw/model';
import { bekend, geenGegevens, type Gebied } from './zinnen.ts';

export interface Doelgroepeninvoer {
  /** The figures of the chosen areas (uitkeringen by afstand, doelgroepenregister), masked where the output is masked. */
  rijen: readonly Figuur[];
  /** Every municipality's uitkeringen by afstand and inwoners, for the comparison group. */
  alle?: readonly Figuur[];
  gebieden: readonly Gebied[];
  peildatum: IsoDatum;
}

const AFSTAND = ['kort', 'lang', 'onbekend'];

/**
 * What the Doelgroepen page says, in a few sentences: per area the Pw benefits by distance to the
 * labour market (counts and shares; a masked part is named as masked, and then no share is given,
 * since the total would give it away), for one area the average share of a long distance in the
 * comparable municipalities, and the people in the doelgroepenregister.
 */
export function doelgroepenBevindingen({ rijen, alle, gebieden, peildatum }: Doelgroepeninvoer): string[] {
  const zinnen: string[] = [];
  const datum = formatDatum(peildatum);
  for (const g of gebieden) {
    const delen = verdeling(rijen, { indicator: 'uitkeringen', gemeente_code: g.code, periode: peildatum, dimensie: 'afstand' }, AFSTAND);
    if (!delen) {
      zinnen.push(geenGegevens(rijen, 'uitkeringen', g, 'de afstand tot de arbeidsmarkt', peildatum));
    } else {
      const deel = (c: string) => delen.find((d) => d.categorie === c);
      const totaal = delen.reduce((s, d) => s + d.aantal, 0);
      const bekende = (['kort', 'lang'] as const).flatMap((c) => {
        const d = deel(c);
        return d && bekend(d.aantal) ? [`${formatAantal(d.aantal)}${bekend(d.aandeel) ? ` (${formatProcent(d.aandeel)})` : ''} een ${c === 'kort' ? 'korte' : 'lange'}`] : [];
      });
      const verborgen = (['kort', 'lang', 'onbekend'] as const).filter((c) => deel(c) && !bekend(deel(c)!.aantal));
      const onbekend = deel('onbekend');
      const van = bekend(totaal) ? `Van de ${formatAantal(totaal)} Pw-uitkeringen van ${g.naam} op ${datum}` : `Van de Pw-uitkeringen van ${g.naam} op ${datum}`;
      let zin = bekende.length ? `${van} hadden er ${opsomming(bekende)} afstand tot de arbeidsmarkt` : `${van} is de verdeling naar afstand tot de arbeidsmarkt afgeschermd`;
      if (onbekend && bekend(onbekend.aantal) && onbekend.aantal > 0) zin += `; bij ${formatAantal(onbekend.aantal)} is de afstand niet vastgelegd`;
      if (bekende.length && verborgen.length) zin += `; het aantal ${opsomming(verborgen.map((c) => (c === 'kort' ? 'met een korte afstand' : c === 'lang' ? 'met een lange afstand' : 'zonder vastgelegde afstand')))} is afgeschermd`;
      zinnen.push(`${zin}.`);
      if (gebieden.length === 1 && alle && bekend(deel('lang')?.aandeel)) {
        const { groep } = vergelijkingsgroepVoor(alle, rijen, g.code, jaarVan(peildatum), g.naam);
        // Only a group in which every municipality's distribution is known in full: an average over part of the group is no comparison.
        const volledig = groep?.codes.every((code) => verdeling(alle, { indicator: 'uitkeringen', gemeente_code: code, periode: peildatum, dimensie: 'afstand' })?.every((d) => bekend(d.aantal)));
        const gemiddeld = groep && volledig ? gemiddeldeVerdeling(alle, groep.codes, { indicator: 'uitkeringen', periode: peildatum, dimensie: 'afstand' }, AFSTAND)?.get('lang') : undefined;
        if (groep && bekend(gemiddeld))
          zinnen.push(`In de ${formatAantal(groep.codes.length)} vergelijkbare gemeenten (${groep.klasse.naam}) had gemiddeld ${formatProcent(gemiddeld)} van de Pw-uitkeringen een lange afstand tot de arbeidsmarkt.`);
      }
    }
    const register = waardeVan(rijen, { indicator: 'doelgroepenregister', gemeente_code: g.code, periode: peildatum });
    if (bekend(register)) {
      const met = waardeVan(rijen, { indicator: 'doelgroepenregister', gemeente_code: g.code, periode: peildatum, dimensie: 'met_uitkering', categorie: 'ja' });
      zinnen.push(
        `In het doelgroepenregister (banenafspraak) stonden op ${datum} ${formatAantal(register)} ${register === 1 ? 'inwoner' : 'inwoners'} van ${g.naam}${bekend(met) ? `, van wie ${formatAantal(met)} met een uitkering` : ''}.`,
      );
    }
  }
  return zinnen;
}
