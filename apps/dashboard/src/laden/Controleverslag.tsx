import { useId, useMemo, useState } from 'react';
import { formatAantal, meervoud } from '@pw/format';
import type { Melding } from '@pw/ingest';
import { biedAan } from '@pw/ui';
import { ALLE_MELDINGEN, bestandenIn, filterMeldingen, rapportCsv, type Meldingfilter } from './rapport.ts';

/** Rows shown at once; the CSV download holds every message. */
const ZICHTBAAR = 1000;

/** The validation report: every message with file, line, reason and fix, filtered, and as CSV. */
export function Controleverslag({ meldingen }: { meldingen: Melding[] }) {
  const id = useId();
  const [filter, zetFilter] = useState<Meldingfilter>(ALLE_MELDINGEN);
  const zichtbaar = useMemo(() => filterMeldingen(meldingen, filter), [meldingen, filter]);
  const namen = bestandenIn(meldingen);
  return (
    <>
      <h3 id={`${id}-rapport`}>Controleverslag</h3>
      <form className="keuzebalk" style={{ padding: '0.5rem 0' }} onSubmit={(e) => e.preventDefault()} aria-label="Meldingen filteren">
        <div className="veld">
          <label htmlFor={`${id}-f-bestand`}>Bestand</label>
          <select id={`${id}-f-bestand`} value={filter.bestand} onChange={(e) => zetFilter({ ...filter, bestand: e.target.value })}>
            <option value="">alle bestanden</option>
            {namen.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor={`${id}-f-ernst`}>Ernst</label>
          <select id={`${id}-f-ernst`} value={filter.ernst} onChange={(e) => zetFilter({ ...filter, ernst: e.target.value as Meldingfilter['ernst'] })}>
            <option value="">fouten en waarschuwingen</option>
            <option value="fout">fouten</option>
            <option value="waarschuwing">waarschuwingen</option>
          </select>
        </div>
        <div className="veld">
          <label htmlFor={`${id}-f-tekst`}>Zoeken</label>
          <input id={`${id}-f-tekst`} type="search" value={filter.tekst} onChange={(e) => zetFilter({ ...filter, tekst: e.target.value })} />
        </div>
      </form>
      <p className="hint" aria-live="polite">
        {formatAantal(zichtbaar.length)} van {meervoud(meldingen.length, 'melding', 'meldingen')}.{' '}
        <button type="button" className="knop-klein" onClick={() => biedAan(rapportCsv(zichtbaar), 'controleverslag.csv', 'text/csv;charset=utf-8')}>
          Download als CSV
        </button>
      </p>
      <div className="tabel-container" tabIndex={0} role="region" aria-labelledby={`${id}-rapport`}>
        <table className="meldingen">
          <thead>
            <tr>
              <th scope="col">Ernst</th>
              <th scope="col">Bestand</th>
              <th scope="col">Regel</th>
              <th scope="col">Kolom</th>
              <th scope="col">Waarde</th>
              <th scope="col">Reden</th>
              <th scope="col">Oplossing</th>
            </tr>
          </thead>
          <tbody>
            {zichtbaar.slice(0, ZICHTBAAR).map((m, i) => (
              <tr key={i}>
                <td>{m.ernst}</td>
                <td>
                  {m.bestand}
                  {m.blad ? ` (blad ${m.blad})` : ''}
                </td>
                {/* A line number as the editor and the messages (`bestand:regel`) write it, without a thousands dot. */}
                <td className="getal">{m.regel ?? ''}</td>
                <td>{m.kolom ?? ''}</td>
                <td>{m.waarde ?? ''}</td>
                <td>{m.reden}</td>
                <td>{m.oplossing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {zichtbaar.length > ZICHTBAAR ? <p className="hint">De eerste {formatAantal(ZICHTBAAR)} meldingen staan hierboven; de download bevat ze allemaal.</p> : null}
    </>
  );
}
