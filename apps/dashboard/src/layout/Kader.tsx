import { RekenmachineStartNiet } from '@pw/engine';
import { korteHash } from '@pw/model';
import { useId, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { formatDatum } from '@pw/format';
import { Fout, GrafiekInstelling, Laden } from '@pw/ui';
import { useEngine, useGegevens } from '../data/hooks.ts';
import { Exportkader } from './Cijferexport.tsx';
import { Keuzebalk } from './Keuzebalk.tsx';
import { Dashboardmelding } from './Dashboardmelding.tsx';
import { Pakketmelding } from './Pakketmelding.tsx';
import { Publicatiemelding } from './Publicatiemelding.tsx';
import { PakketNietBeschikbaar } from '../data/bron.ts';
import { PAGINAS, WEERGAVE_COMPONENTEN } from '../pages/paginas.ts';

/** The pages the choice bar has an effect on: those showing figures of the chosen area, and Controle. */
const MET_KEUZE = new Set<string>([...Object.keys(WEERGAVE_COMPONENTEN), '/controle']);

/**
 * Page frame: skip link, header with navigation (showing where you are), the choice bar (only on
 * pages it affects), footer with the data source. On a tablet or phone the menu collapses behind
 * a "Menu" button and the choice bar folds into a one-line summary (styles.css decides the width).
 */
export function Kader({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const navId = useId();
  const [menuOpen, zetMenuOpen] = useState(false);
  const gegevens = useGegevens();
  const engine = useEngine();
  const m = gegevens.data?.pakket.manifest;
  return (
    <>
      <a className="overslaan" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="kop">
        <div className="kop-balk">
          <div className="merk">
            <span className="merk-naam">pw-monitor</span>
            <span className="merk-sub">Participatiewet in cijfers</span>
          </div>
          <button type="button" className="menuknop" aria-expanded={menuOpen} aria-controls={navId} onClick={() => zetMenuOpen((o) => !o)}>
            Menu
          </button>
        </div>
        <nav id={navId} aria-label="Hoofdmenu" className={menuOpen ? 'open' : undefined}>
          <ul>
            {PAGINAS.map((p) => (
              <li key={p.pad}>
                <NavLink to={{ pathname: p.pad, search }} end onClick={() => zetMenuOpen(false)}>
                  {p.naam}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {m && MET_KEUZE.has(pathname) ? <Keuzebalk manifest={m} /> : null}
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
              DuckDB kon niet worden gestart ({engine.error instanceof RekenmachineStartNiet ? engine.error.reden : String(engine.error instanceof Error ? engine.error.message : engine.error)}). De kerncijfers blijven zichtbaar; voor de
              andere cijfers: herlaad de pagina of gebruik een recente versie van Chrome, Edge of Firefox.
            </p>
          </Fout>
        ) : null}
        {gegevens.data ? (
          <GrafiekInstelling.Provider value={{ tabellen: new URLSearchParams(search).get('tabel') === '1', druk: false }}>
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
