import { formatWaarde } from '@pw/format';
import { KLEIN_AANTAL_MARKER, moetAfschermen } from '@pw/afscherming';
import { celMarkering, type Tabel as TabelData } from '@pw/charts';
import { useContext, useEffect } from 'react';
import { ExportContext, ExportKnoppen } from './Export.tsx';
import { BijlageContext, GrafiekInstelling } from './instelling.ts';
import { DRUK_MAANDEN, drukTabel } from './samenvatting.ts';
import { VerzamelContext } from './tweeling.ts';

/** The numbers of a chart as a real table: caption, column headers, row headers, Dutch numbers. */
export function Tabel({
  tabel: volledig,
  id,
  className,
  verborgen,
  exporteerbaar = true,
  bijGrafiek = false,
}: {
  tabel: TabelData;
  id?: string;
  className?: string;
  verborgen?: boolean;
  exporteerbaar?: boolean;
  /** The table of a chart: in print its caption would repeat the chart's title, so it says only which months it shows. */
  bijGrafiek?: boolean;
}) {
  // Hidden until asked for: not laid out (a page holds thousands of cells), and reached by keyboard
  // and screen reader through the chart's "Toon als tabel" button. Shown, it scrolls within its
  // region, which is focusable so keyboard users can scroll it.
  const { druk, tot, volledig: heel } = useContext(GrafiekInstelling);
  // A report prints a monthly series as its last 13 months (the export and the appendix keep the whole series).
  const gedrukt = druk && !heel ? drukTabel(volledig, tot) : null;
  const bijlage = useContext(BijlageContext);
  const ingekort = !!gedrukt?.maanden;
  useEffect(() => (bijlage && ingekort ? bijlage.registreer(volledig) : undefined), [bijlage, ingekort, volledig]);
  const tabel = gedrukt?.tabel ?? volledig;
  // In print (reports leave the screen) small counts are masked when the setting says so: a
  // masked value (NaN, from masked figures) shows its marker, and a count of 1 to 4 that is still
  // a number (a table not made from figures) shows <5.
  const omgeving = useContext(ExportContext);
  const maskeer = druk && (omgeving?.afschermen ?? true);
  // In an export twin (tweeling.ts) a table with its own export buttons registers itself instead.
  const verzameling = useContext(VerzamelContext);
  useEffect(() => (exporteerbaar ? verzameling?.registreer({ tabel: volledig }) : undefined), [verzameling, volledig, exporteerbaar]);
  if (verzameling) return null;
  const cel = (w: number | null, i: number, j: number) => {
    if (w === null) return '–';
    const m = celMarkering(tabel, i, j);
    if (m) return m;
    const eenheid = tabel.eenheden?.[j] ?? tabel.eenheid;
    return maskeer && moetAfschermen(w, eenheid) ? KLEIN_AANTAL_MARKER : formatWaarde(w, eenheid);
  };
  // A hidden table holds only its caption (what its chart's button opens): its cells are made when
  // it is shown. Kept up to date while hidden, a page's tables cost about as much on every change of
  // choice as its charts, for nothing anyone could see or hear.
  if (verborgen)
    return (
      <div className={`tabel-container ${className ?? ''}`} id={id} hidden>
        <table>
          <caption>{tabel.bijschrift}</caption>
        </table>
      </div>
    );
  const omhulsel = { className: `tabel-container ${className ?? ''}`, id, tabIndex: 0, role: 'region', 'aria-label': `Tabel: ${tabel.bijschrift}` };
  return (
    <>
    <div {...omhulsel}>
      <table>
        {gedrukt && bijGrafiek ? (
          <caption className="bijschrift-druk">
            <span className="visueel-verborgen">{volledig.bijschrift}</span>
            {gedrukt.maanden ? ` De ${DRUK_MAANDEN} maanden ${gedrukt.maanden}; ${bijlage ? 'de hele reeks staat in de bijlage' : 'de hele reeks staat in de export'}.` : ''}
          </caption>
        ) : (
          <caption>{tabel.bijschrift}</caption>
        )}
        <thead>
          <tr>
            {tabel.kolommen.map((k, i) => (
              <th key={i} scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tabel.rijen.map(([kop, ...waarden], i) => (
            <tr key={i}>
              <th scope="row">{kop}</th>
              {waarden.map((w, j) => (
                <td key={j} className="getal">
                  {cel(w, i, j)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {exporteerbaar && !druk ? <ExportKnoppen tabel={volledig} /> : null}
    </>
  );
}
