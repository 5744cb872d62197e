import { markeringVan, type Markering } from '@pw/afscherming';
import { formatMaandKort } from '@pw/format';
import type { Figuur } from '@pw/metrics';
import { REGELINGEN } from '@pw/model';
import { maakGrafiek, type Grafiek, type Grafiekopties } from './basis.ts';

/** Monthly benefit stock by regeling for one area: a stacked area chart (the total is its top edge). */
export function uitkeringenPerRegeling(rijen: readonly Figuur[], gebiedNaam: string, opties?: Grafiekopties): Grafiek {
  const eigen = rijen.filter((r) => r.indicator === 'uitkeringen' && r.dimensie === 'regeling');
  const perioden = [...new Set(eigen.map((r) => r.periode))].sort();
  const waarde = new Map(eigen.map((r) => [`${r.periode}|${r.categorie}`, r.waarde]));
  const markering = new Map(eigen.flatMap((r): Array<[string, Markering]> => (markeringVan(r) ? [[`${r.periode}|${r.categorie}`, markeringVan(r)!]] : [])));
  const eerste = perioden[0];
  const laatste = perioden.at(-1);
  return maakGrafiek(
    {
      titel: `Uitkeringen per regeling, ${gebiedNaam}${eerste && laatste ? `, ${formatMaandKort(eerste)} – ${formatMaandKort(laatste)}` : ''}`,
      categorieen: perioden.map(formatMaandKort),
      sleutels: perioden,
      xNaam: 'Peildatum (1e van de maand)',
      yNaam: 'Aantal uitkeringen',
      eenheid: 'aantal',
      reeksen: REGELINGEN.map((r) => ({
        naam: r,
        soort: 'vlak' as const,
        stapel: 'regeling',
        waarden: perioden.map((p) => waarde.get(`${p}|${r}`) ?? null),
        ...(markering.size ? { markeringen: perioden.map((p) => markering.get(`${p}|${r}`) ?? null) } : {}),
      })),
    },
    opties,
  );
}
