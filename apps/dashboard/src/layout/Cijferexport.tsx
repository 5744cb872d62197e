import { useEffect, useId, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { KLEIN_AANTAL_UITLEG, schermAf } from '@pw/afscherming';
import { figurenCsv, type Toelichting } from '@pw/export';
import { formatDatum } from '@pw/format';
import { cbsFigurenVan, gebiedCode, INDELING_NAAM, selecteerFiguren, sorteerFiguren } from '@pw/metrics';
import { gemeenteNaam } from '@pw/model';
import { biedAan, ExportContext, EXPORTLABELS, GrafiekInstelling, useTweeling, VerzamelContext } from '@pw/ui';
import { useAlleFiguren, useEffectieveKeuze, useGegevens } from '../data/hooks.ts';
import { afscherming, cbsReferentie } from '../data/queries.ts';
import { WEERGAVE_COMPONENTEN } from '../pages/paginas.ts';
import { gebiedenNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { PaginaactiesContext } from './Paginaacties.tsx';
import { WeergaveOpslaan } from './WeergaveOpslaan.tsx';

const SLEUTEL = 'pw-monitor:kleine-aantallen-afschermen';

/** The small-numbers setting: on unless the user switched it off on this machine. */
function useAfschermen(): [boolean, (aan: boolean) => void] {
  const [aan, zet] = useState(() => {
    try {
      return localStorage.getItem(SLEUTEL) !== 'nee';
    } catch {
      return true;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(SLEUTEL, aan ? 'ja' : 'nee');
    } catch {
      /* private mode: the setting lasts for this page only */
    }
  }, [aan]);
  return [aan, zet];
}

/** Pages whose tables and charts are made of figures: their exports come from a masked twin of the page. */
const FIGURENPAGINAS = new Set<string>([...Object.keys(WEERGAVE_COMPONENTEN), '/controle']);

/**
 * Provides what every export needs (the choice, the source files, the package hash, the
 * small-numbers setting) and offers the "figures" export: all standard indicators for the current
 * choice in the long format (one row per figure, as the command line's `figures` prints it), byte for byte the same file. With small numbers
 * masked, the figures export applies the masking decided for the whole package, and an export of a
 * chart or table takes it from the page's twin: the page rendered again, hidden, in print mode
 * with masked figures (see @pw/ui tweeling.ts), rendered from the first such export on. These
 * actions (and "Weergave bewaren") reach the page through `PaginaactiesContext`: the page shows
 * them under its title.
 */
export function Exportkader({ children }: { children: ReactNode }) {
  const id = useId();
  const [keuze] = useKeuze();
  const gegevens = useGegevens();
  const client = useQueryClient();
  const { pathname } = useLocation();
  const [afschermen, zetAfschermen] = useAfschermen();
  const tweeling = useTweeling();
  const [fout, zetFout] = useState<string | null>(null);
  const metTweeling = afschermen && FIGURENPAGINAS.has(pathname);
  const m = gegevens.data?.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  // The all-areas figures every page already computes: the export adds no query of its own.
  const alle = useAlleFiguren(keuze.indeling);
  const toelichting: Toelichting = {
    keuze: [
      ['Gebied', gebiedenNaam(keuze.gebieden)],
      ['Gebiedscode', keuze.gebieden.map(gebiedCode).join(', ')],
      ['Peildatum', formatDatum(peildatum)],
      ['Jaar', String(jaar)],
      ['Herindelingen', INDELING_NAAM[keuze.indeling]],
      ['Gegevens', gegevens.data?.waar ?? ''],
    ],
    bronnen: (m?.bronnen ?? []).filter((b) => !b.zelfdeAls).map((b) => ({ naam: b.naam, sha256: b.sha256, rijen: b.rijen })),
    datapakket: m?.hash ?? '',
  };
  const download = async (dialect: 'nl' | 'rfc4180') => {
    if (!alle.data) return;
    zetFout(null);
    try {
      const rijen = sorteerFiguren(selecteerFiguren(alle.data, { gebieden: keuze.gebieden, indeling: keuze.indeling }));
      const gemaskeerd = afschermen ? schermAf(rijen, await client.fetchQuery(afscherming(m?.hash)), keuze.indeling).rijen : rijen;
      // CBS reference figures of the chosen municipalities (and NL01) follow, unmasked, as in npm run figures (issue 12).
      const gemeenten = keuze.gebieden.flatMap((g) => (g.soort === 'gemeente' ? [g.code] : []));
      const cbs = m && gemeenten.length ? cbsFigurenVan(await client.fetchQuery(cbsReferentie(m.hash)), gemeenten, gemeenteNaam) : [];
      const uit = [...gemaskeerd, ...cbs];
      biedAan(figurenCsv(uit, dialect), `pw-monitor-cijfers-${keuze.gebieden.map(gebiedCode).join('-')}-${keuze.indeling}${dialect === 'nl' ? '' : '-rfc4180'}.csv`, 'text/csv;charset=utf-8');
    } catch (e) {
      zetFout(`De cijfers konden niet worden afgeschermd: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const klaar = !!alle.data;
  const balk = (
    <details className="export exportbalk">
      <summary className="knop-klein">Alle cijfers exporteren</summary>
      <div className="export-keuzes" role="group" aria-labelledby={`${id}-kop`}>
        <span id={`${id}-kop`} className="export-label">
          Alle cijfers van deze keuze, één regel per cijfer:
        </span>
        <button type="button" className="knop-klein" disabled={!klaar} onClick={() => void download('nl')}>
          {EXPORTLABELS.nl}
        </button>
        <button type="button" className="knop-klein" disabled={!klaar} onClick={() => void download('rfc4180')}>
          {EXPORTLABELS.internationaal}
        </button>
        <label className="vinkje">
          <input type="checkbox" checked={afschermen} onChange={(e) => zetAfschermen(e.target.checked)} aria-describedby={`${id}-uitleg`} /> Kleine aantallen afschermen
        </label>
        <span id={`${id}-uitleg`} className="export-label">
          {afschermen ? `In exports: ${KLEIN_AANTAL_UITLEG}` : 'Exports bevatten alle aantallen, ook van 1 tot en met 4.'}
        </span>
        {fout ? (
          <span className="export-melding" role="alert">
            {fout}
          </span>
        ) : null}
      </div>
    </details>
  );
  const acties = (
    <>
      <WeergaveOpslaan />
      {FIGURENPAGINAS.has(pathname) ? balk : null}
    </>
  );
  return (
    <ExportContext.Provider value={{ toelichting, afschermen, ...(metTweeling ? { afgeschermd: tweeling.vraag } : {}) }}>
      <PaginaactiesContext.Provider value={acties}>
      {children}
      {metTweeling && tweeling.actief ? (
        <div hidden>
          <VerzamelContext.Provider value={tweeling.verzameling}>
            <GrafiekInstelling.Provider value={{ tabellen: true, druk: true }}>{children}</GrafiekInstelling.Provider>
          </VerzamelContext.Provider>
        </div>
      ) : null}
      </PaginaactiesContext.Provider>
    </ExportContext.Provider>
  );
}
