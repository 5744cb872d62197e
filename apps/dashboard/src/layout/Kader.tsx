import { korteHash } from '@pw/model';
import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { formatDatum } from '@pw/format';
import { Fout, GrafiekInstelling, Laden } from '@pw/ui';
import { useEngine, useGegevens } from '../data/hooks.ts';
import { Exportkader } from './Cijferexport.tsx';
import { Keuzebalk } from './Keuzebalk.tsx';
import { Dashboardmelding } from './Dashboardmelding.tsx';
import { Pakketmelding } from './Pakketmelding.tsx';
import { Publicatiemelding } from './Publicatiemelding.tsx';
import { WeergaveOpslaan } from './WeergaveOpslaan.tsx';
import { PakketNietBeschikbaar } from '../data/bron.ts';
import { PAGINAS } from '../pages/paginas.ts';
/** Page frame: skip link, header with navigation (showing where you are), the choice bar, footer with the data source. */
export function Kader({ children }: { children: ReactNode }) {
  const { search } = useLocation();
  const gegevens = useGegevens();
  const engine = useEngine();
  const m = gegevens.data?.pakket.manifest;
  return (
    <>
      <a className="overslaan" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="kop">
        <div className="merk">
          <span className="merk-naam">pw-monitor</span>
          <span className="merk-sub">Participatiewet in cijfers</span>
        </div>
        <nav aria-label="Hoofdmenu">
          <ul>
            {PAGINAS.map((p) => (
              <li key={p.pad}>
                <NavLink to={{ pathname: p.pad, search }} end>
                  {p.naam}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {m ? <Keuzebalk manifest={m} /> : null}
      <main id="inhoud" tabIndex={-1}>
        <Dashboardmelding />
        <Publicatiemelding />
        <Pakketmelding />
        {gegevens.isPending ? <Laden tekst="Het datapakket wordt geladen…" /> : null}
        {gegevens.isError && !(gegevens.error instanceof PakketNietBeschikbaar) ? (
          <Fout titel="Het datapakket kon niet worden geladen">
            <p>{String(gegevens.error instanceof Error ? gegevens.error.message : gegevens.error)}</p>
          </Fout>
        ) : null}
        {engine.isError ? (
          <Fout titel="De rekenmachine kon niet starten">
            <p>
              DuckDB kon niet worden gestart ({String(engine.error instanceof Error ? engine.error.message : engine.error)}). De kerncijfers blijven zichtbaar; voor de
              andere cijfers: herlaad de pagina of gebruik een recente versie van Chrome, Edge of Firefox.
            </p>
          </Fout>
        ) : null}
        {gegevens.data ? (
          <GrafiekInstelling.Provider value={{ tabellen: new URLSearchParams(search).get('tabel') === '1', druk: false }}>
            <WeergaveOpslaan />
            <Exportkader>{children}</Exportkader>
          </GrafiekInstelling.Provider>
        ) : null}
      </main>
      <footer className="voet">
        {m ? (
          <p>
            Gegevens: {gegevens.data!.waar}
            {m.periode ? `, uitkeringen van ${formatDatum(m.periode.van)} t/m ${formatDatum(m.periode.tot)}` : ''}; datapakket <code>{korteHash(m.hash)}</code>, gemaakt{' '}
            {formatDatum(m.aangemaakt.slice(0, 10))}.{' '}
            <Link to={{ pathname: '/controle', search }}>Herkomst en controle</Link> ({m.bronnen.filter((b) => !b.zelfdeAls).length} bronbestanden met hun sha256). {engine.fetchStatus === 'fetching' ? <span role="status">Rekenmachine start…</span> : null}
          </p>
        ) : null}
        <p>
          Alle berekeningen gebeuren in deze browser; er gaan geen gegevens naar een server. De rekenmachine kan geen bestanden of internetadressen lezen buiten de geladen
          gegevens{engine.isSuccess ? ' (gecontroleerd bij het starten)' : ''}.
        </p>
      </footer>
    </>
  );
}
