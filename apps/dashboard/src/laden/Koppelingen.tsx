import { useId } from 'react';
import { meervoud } from '@pw/format';
import type { Veld } from '@pw/ingest';
import type { Catalogus } from './berichten.ts';
import type { Bestandskeuze } from './kolomkeuze.ts';
import type { Kolomkeuzes } from './useKolomkeuzes.ts';

/** Step 2: per chosen file, its columns with their first values and the field each is read as. */
export function Koppelingen({ catalogus, kolomkeuzes }: { catalogus: Catalogus; kolomkeuzes: Kolomkeuzes }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-koppeling`}>
      <h2 id={`${id}-koppeling`}>2. Kolommen controleren</h2>
      <p className="hint">Per kolom het veld waarin pw-monitor de waarden leest. Wijzig een keuze waar een kolom niet (goed) is herkend.</p>
      {kolomkeuzes.keuzes.map((k, i) => (
        <Koppelingstabel
          key={k.voorbeeld.naam}
          catalogus={catalogus}
          keuze={k}
          zetVeld={(kolom, veld) => kolomkeuzes.zetVeld(i, kolom, veld)}
          bewaar={() => kolomkeuzes.bewaar(i)}
          vergeet={() => kolomkeuzes.vergeet(i)}
        />
      ))}
    </section>
  );
}

function Koppelingstabel({ catalogus, keuze, zetVeld, bewaar, vergeet }: {
  catalogus: Catalogus;
  keuze: Bestandskeuze;
  zetVeld: (kolom: number, veld: Veld | null) => void;
  bewaar: () => void;
  vergeet: () => void;
}) {
  const id = useId();
  const v = keuze.voorbeeld;
  const label = new Map(catalogus.velden);
  if (v.vorm !== 'csv') {
    return (
      <div className="paneel">
        <h3>{v.naam}</h3>
        <p>
          {v.vorm === 'xlsx'
            ? 'Werkmap (XLSX): de bladen en kolommen worden bij het laden herkend; het resultaat staat daarna onder "Herkende kolommen".'
            : 'Dit bestandstype kan niet worden gelezen.'}
        </p>
      </div>
    );
  }
  return (
    <div className="paneel">
      <h3>{v.naam}</h3>
      <p className="hint">
        {v.soort ? `Herkend als ${catalogus.soorten[v.soort]}` : 'Geen kopregel met herkenbare kolommen gevonden'}
        {v.kopregel ? `; kopregel op regel ${v.kopregel}` : ''}. {meervoud(v.bytes, 'byte', 'bytes')}.
        {v.ontbrekend.length && !keuze.aangepast && !keuze.bewaard ? ` Ontbreekt: ${v.ontbrekend.map((f) => label.get(f) ?? f).join(', ')}.` : ''}
        {keuze.bewaard ? ' Een bewaarde koppeling is toegepast.' : ''}
      </p>
      <div className="tabel-container" tabIndex={0} role="region" aria-label={`Kolommen van ${v.naam}`}>
        <table>
          <caption className="alleen-schermlezer">Kolommen van {v.naam} met de eerste waarden</caption>
          <thead>
            <tr>
              <th scope="col">Kolom in het bestand</th>
              <th scope="col">Eerste waarden</th>
              <th scope="col">Veld</th>
            </tr>
          </thead>
          <tbody>
            {v.koppen.map((kop, j) => (
              <tr key={`${j}-${kop}`}>
                <th scope="row">{kop || <em>(zonder kop)</em>}</th>
                <td>{v.rijen.slice(0, 3).map((r) => r[j] ?? '').filter(Boolean).join(' · ')}</td>
                <td>
                  <label className="alleen-schermlezer" htmlFor={`${id}-${j}`}>
                    Veld voor kolom {kop || j + 1}
                  </label>
                  <select id={`${id}-${j}`} value={keuze.velden[j] ?? ''} onChange={(e) => zetVeld(j, (e.target.value || null) as Veld | null)}>
                    <option value="">niet gebruiken</option>
                    {catalogus.velden.map(([f, naam]) => (
                      <option key={f} value={f}>
                        {naam}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="knop-klein" onClick={bewaar}>
        Koppeling bewaren voor volgende extracten
      </button>{' '}
      {keuze.bewaard ? (
        <button type="button" className="knop-klein" onClick={vergeet}>
          Bewaarde koppeling vergeten
        </button>
      ) : null}
    </div>
  );
}
