import { formatAantal, formatDatum, formatProcent } from '@pw/format';
import { vergelijkingsgroepVoor, waardeVan, type Figuur } from '@pw/metrics';
import { jaarVan, plusMaanden, type IsoDatum } from '@pw/model';
import { afgeschermd, afgeschermdTekst, bekend, geenGegevens, richtingTekst, verschilTekst, type Gebied } from './zinnen.ts';

export interface Uitkeringeninvoer {
  /** The figures of the chosen areas (uitkeringen, instroom, uitstroom), masked where the output is masked. */
  rijen: readonly Figuur[];
  /** Every municipality's uitkeringen and inwoners, for the comparison group; without it no comparison. */
  alle?: readonly Figuur[];
  gebieden: readonly Gebied[];
  peildatum: IsoDatum;
}

/**
 * What the figures of the Uitkeringen page say, in a few sentences: per area the stock on the
 * peildatum and its change against a year earlier; for one area also the share of the
 * Participatiewet, the flows of the twelve months before, and the change in the comparable
 * municipalities (the page's comparison group, as a group: their sum, which changes by the same
 * percentage as their average). Only what the figures state, never why; a masked figure is said
 * to be masked, a missing one to be missing ("geen gegevens vóór …").
 */
export function uitkeringenBevindingen({ rijen, alle, gebieden, peildatum }: Uitkeringeninvoer): string[] {
  const zinnen: string[] = [];
  const een = gebieden.length === 1;
  const eerder = plusMaanden(peildatum, -12);
  for (const g of gebieden) {
    const w = (indicator: string, periode: string, dimensie?: string, categorie?: string) => waardeVan(rijen, { indicator, gemeente_code: g.code, periode, dimensie, categorie });
    const nu = w('uitkeringen', peildatum);
    if (nu === undefined) {
      zinnen.push(geenGegevens(rijen, 'uitkeringen', g, 'uitkeringen', peildatum));
      continue;
    }
    if (!bekend(nu)) {
      zinnen.push(afgeschermdTekst('uitkeringen', g, `op ${formatDatum(peildatum)}`));
      continue;
    }
    const stand = `Op ${formatDatum(peildatum)} had ${g.naam} ${formatAantal(nu)} ${nu === 1 ? 'uitkering' : 'uitkeringen'}`;
    const toen = w('uitkeringen', eerder);
    const heeftVerandering = bekend(toen);
    if (heeftVerandering) zinnen.push(`${stand}, ${verschilTekst(nu - toen, toen === 0 ? null : (nu - toen) / toen, 'een jaar eerder')}.`);
    else if (toen === undefined) zinnen.push(`${stand}. ${geenGegevens(rijen, 'uitkeringen', g, 'uitkeringen', eerder).replace(/\.$/, '')}, dus er is geen vergelijking met een jaar eerder.`);
    else zinnen.push(`${stand}; het aantal een jaar eerder is afgeschermd.`);
    if (!een) continue;

    const pw = w('uitkeringen', peildatum, 'regeling', 'Pw');
    if (bekend(pw) && nu > 0 && pw !== nu) zinnen.push(`Daarvan vielen er ${formatAantal(pw)} (${formatProcent(pw / nu)}) onder de Participatiewet (Pw); de andere onder de IOAW, de IOAZ of het Bbz.`);

    const maanden = Array.from({ length: 12 }, (_, i) => plusMaanden(peildatum, i - 12).slice(0, 7));
    const som = (indicator: string) => maanden.reduce<number | undefined>((s, m) => (s === undefined ? undefined : ((x) => (x === undefined ? undefined : s + x))(w(indicator, m))), 0);
    const instroom = som('instroom');
    const uitstroom = som('uitstroom');
    if (bekend(instroom) && bekend(uitstroom))
      zinnen.push(`In de twaalf maanden tot ${formatDatum(peildatum)} begonnen ${formatAantal(instroom)} uitkeringen en eindigden er ${formatAantal(uitstroom)}.`);
    else if (afgeschermd(instroom) || afgeschermd(uitstroom)) zinnen.push(`De instroom en uitstroom van de twaalf maanden tot ${formatDatum(peildatum)} zijn niet opgeteld: een deel van de maanden is afgeschermd.`);

    if (alle && heeftVerandering) {
      const { groep } = vergelijkingsgroepVoor(alle, rijen, g.code, jaarVan(peildatum), g.naam);
      if (groep) {
        const totaal = (periode: string) => groep.codes.reduce<number>((s, c) => s + (waardeVan(alle, { indicator: 'uitkeringen', gemeente_code: c, periode }) ?? Number.NaN), 0);
        const a = totaal(eerder);
        const b = totaal(peildatum);
        if (bekend(a) && bekend(b) && a > 0)
          zinnen.push(`In de ${formatAantal(groep.codes.length)} vergelijkbare gemeenten (${groep.klasse.naam}) ${richtingTekst((b - a) / a, 'het aantal')} in dezelfde periode.`);
      }
    }
  }
  return zinnen;
}
