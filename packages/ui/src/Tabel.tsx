import { formatWaarde } from '@pw/format';
import type { Tabel as TabelData } from '@pw/charts';

/** The numbers of a chart as a real table: caption, column headers, row headers, Dutch numbers. */
export function Tabel({ tabel, id, className, verborgen }: { tabel: TabelData; id?: string; className?: string; verborgen?: boolean }) {
  // A visually hidden table stays readable for screen readers; it is no scroll region and takes no focus.
  // Shown, it scrolls within its region, which is focusable so keyboard users can scroll it.
  const omhulsel = verborgen
    ? { className: `alleen-schermlezer ${className ?? ''}`, id }
    : { className: `tabel-container ${className ?? ''}`, id, tabIndex: 0, role: 'region', 'aria-label': `Tabel: ${tabel.bijschrift}` };
  return (
    <div {...omhulsel}>
      <table>
        <caption>{tabel.bijschrift}</caption>
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
                  {w === null ? '–' : formatWaarde(w, tabel.eenheden?.[j] ?? tabel.eenheid)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
