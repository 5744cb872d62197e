import { korteHash } from '@pw/model';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Tabel as TabelData } from '@pw/charts';
import { useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { formatDatum, opsomming } from '@pw/format';
import { gebiedCode, indicator } from '@pw/metrics';
import { biedAan, BijlageContext, ExportContext, Fout, Foutenlijst, GrafiekInstelling, Laden, Tabel } from '@pw/ui';
import { keuzeUitUrl, Weergavefout, WEERGAVE_PAGINAS, type Rapport as RapportData, type Weergave, type WeergavePagina } from '@pw/views';
import { KLEIN_AANTAL_UITLEG } from '@pw/afscherming';
import { PakketNietBeschikbaar } from '../data/bron.ts';
import { gegevens as gegevensVan, rapport as rapportVan } from '../data/queries.ts';
import { gebiedenNaam, gebiedNaam, samenstelling } from '../gebieden.ts';
import '../rapport.css';
import { KeuzeOverride } from '../keuze.ts';
import { WEERGAVE_COMPONENTEN } from './paginas.ts';
import { useDocumenttitel } from '../titel.ts';

/**
 * CSS rules made at run time (the print page's @page rule, whose footer names the report's
 * peildata): a constructed stylesheet, which the app's Content-Security-Policy allows, not a
 * `<style>` element, which it blocks.
 */
function Paginaregels({ css }: { css: string }) {
  useEffect(() => {
    const blad = new CSSStyleSheet();
    blad.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((b) => b !== blad);
    };
  }, [css]);
  return null;
}

/** Paragraphs from plain text (blank line between); text only, never markup. */
function Alineas({ tekst }: { tekst: string }) {
  return (
    <>
      {tekst
        .split(/\n\s*\n/)
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a, i) => (
          <p key={i}>{a}</p>
        ))}
    </>
  );
}

/** One saved view inside the report: its page, with the view's choice and data package, in print mode. */
function Weergavesectie({ w, toelichting, nummer }: { w: Weergave; toelichting: string; nummer: number }) {
  const keuze = useMemo(() => ({ ...keuzeUitUrl(new URLSearchParams(w.zoek)), pakket: w.datapakket.hash }), [w]);
  const gegevens = useQuery(gegevensVan(w.datapakket.hash));
  const Pagina = WEERGAVE_COMPONENTEN[w.pagina];
  return (
    <section className="rapport-sectie" data-klaar={gegevens.data ? 'ja' : undefined} aria-labelledby={`sectie-${nummer}`}>
      <h2 id={`sectie-${nummer}`}>
        {nummer}. {w.naam}
      </h2>
      <p className="rapport-sectie-onderwerp">
        {WEERGAVE_PAGINAS[w.pagina]} · {gebiedenNaam(keuze.gebieden)} · {periodeVan(w)}
      </p>
      {w.omschrijving ? <p className="hint">{w.omschrijving}</p> : null}
      {toelichting ? <Alineas tekst={toelichting} /> : null}
      {gegevens.error ? (
        <Fout titel="Het datapakket van deze weergave ontbreekt">
          <p>
            {gegevens.error instanceof PakketNietBeschikbaar
              ? `Datapakket ${korteHash(w.datapakket.hash)} is niet beschikbaar. Laad het op de pagina Gegevens laden, of geef het met --pakket aan npm run report.`
              : String(gegevens.error)}
          </p>
        </Fout>
      ) : !gegevens.data ? (
        <Laden tekst="Datapakket laden…" />
      ) : (
        <KeuzeOverride.Provider value={keuze}>
          <GrafiekInstelling.Provider value={{ tabellen: true, druk: true, tot: keuze.peildatum ?? w.datapakket.peildatum ?? undefined }}>
            <div className="rapport-pagina">
              <Pagina />
            </div>
          </GrafiekInstelling.Provider>
        </KeuzeOverride.Provider>
      )}
    </section>
  );
}

/** Waits until every view has its data, nothing is loading and every chart has drawn; then marks the page for print. */
function useKlaarsignaal(aantalWeergaven: number, fout: boolean): void {
  useEffect(() => {
    const html = document.documentElement;
    if (fout) {
      html.dataset.rapport = 'fout';
      return;
    }
    let stabiel = 0;
    const t = setInterval(() => {
      const r = document.querySelector('.rapport');
      if (!r) return;
      if (r.querySelector('.status-fout')) {
        html.dataset.rapport = 'fout';
        clearInterval(t);
        return;
      }
      const klaar =
        r.querySelectorAll('.rapport-sectie[data-klaar]').length === aantalWeergaven &&
        !r.querySelector('.status-laden') &&
        [...r.querySelectorAll('[data-chart="echarts"]')].every((g) => g.querySelector('svg path'));
      stabiel = klaar ? stabiel + 1 : 0;
      if (stabiel >= 3) {
        html.dataset.rapport = 'klaar';
        clearInterval(t);
      }
    }, 200);
    return () => clearInterval(t);
  }, [aantalWeergaven, fout]);
}

/** "peildatum 1-12-2019", "jaar 2022": the period a view shows, as its page heading says it. */
function periodeVan(w: Weergave): string {
  const k = keuzeUitUrl(new URLSearchParams(w.zoek));
  const peildatum = k.peildatum ?? w.datapakket.peildatum;
  if (w.pagina === '/beschut-werk' || w.pagina === '/budget' || w.pagina === '/verdeelsleutel') {
    const jaar = k.jaar ?? (peildatum ? Number(peildatum.slice(0, 4)) : null);
    return jaar ? `jaar ${jaar}` : 'het laatste jaar in de gegevens';
  }
  return peildatum ? `peildatum ${formatDatum(peildatum)}` : 'de laatste peildatum in de gegevens';
}

/** The indicators whose sources a page shows, for naming the data source in words on the cover. */
const BRONINDICATOREN: Record<WeergavePagina, readonly string[]> = {
  '/': ['uitkeringen', 'doelgroepenregister', 'beschut_werk_realisatie', 'budget_begroot', 'inwoners'],
  '/uitkeringen': ['uitkeringen', 'inwoners'],
  '/doelgroepen': ['uitkeringen', 'doelgroepenregister'],
  '/beschut-werk': ['beschut_werk_taakstelling', 'beschut_werk_realisatie'],
  '/budget': ['budget_begroot'],
  '/verdeelsleutel': ['budget_begroot'],
  '/wsw': ['wsw_werknemers', 'wsw_se', 'wsw_wachtlijst'],
};

/** CSS string literal for the @page footer (text from the report, so quotes and backslashes escaped). */
const cssTekst = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;

/** The standalone HTML of the rendered report, for Word: headings, paragraphs and real tables; no scripts, no charts. */
function alsHtml(titel: string): string {
  const kopie = document.querySelector('.rapport')!.cloneNode(true) as HTMLElement;
  kopie.querySelectorAll('button, .rapport-knoppen, [data-chart], .export, .tabel-container[hidden], .alleen-scherm').forEach((e) => e.remove());
  // Without its chart, a chart's table needs its full caption.
  kopie.querySelectorAll('.visueel-verborgen').forEach((e) => e.replaceWith(document.createTextNode(e.textContent ?? '')));
  // The findings as edited on the page, as plain text.
  kopie.querySelectorAll('[contenteditable]').forEach((e) => {
    e.removeAttribute('contenteditable');
    e.removeAttribute('aria-label');
  });
  kopie.querySelectorAll('[hidden]').forEach((e) => e.removeAttribute('hidden'));
  const stijl = `body{font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000}table{border-collapse:collapse;margin:0.5em 0}th,td{border:1px solid #999;padding:2px 6px;text-align:left}td.getal{text-align:right}caption{font-weight:bold;text-align:left}`;
  const t = document.createElement('title');
  t.textContent = titel;
  return `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">${t.outerHTML}<style>${stijl}</style></head><body>${kopie.innerHTML}</body></html>\n`;
}

/**
 * Rapport: a report rendered for print (A4 portrait): a cover with title, date, the areas by name
 * and kind, each view's period, the data source in words and a colophon with the package hash; the
 * introduction; every block in order, each view with its generated findings (editable here before
 * printing) and its charts beside their tables (a monthly table as its last 13 months); page
 * numbers, the title and the peildata in the footer. Small numbers are masked. Print it from the
 * browser, or let `npm run report` make the PDF. Print CSS: ../rapport.css.
 */
export function Rapport() {
  const { search } = useLocation();
  const rapport = useQuery(rapportVan(search));
  const r = rapport.data;
  // The appendix: the whole monthly tables, at the end (?bijlage=1, npm run report --bijlage, or the checkbox).
  const [metBijlage, setMetBijlage] = useState(() => new URLSearchParams(search).get('bijlage') === '1');
  const [bijlageTabellen, setBijlageTabellen] = useState<ReadonlyMap<string, TabelData>>(new Map());
  const registreer = useCallback((t: TabelData) => {
    setBijlageTabellen((m) => new Map(m).set(t.bijschrift, t));
    return () =>
      setBijlageTabellen((m) => {
        const n = new Map(m);
        n.delete(t.bijschrift);
        return n;
      });
  }, []);
  const bijlage = useMemo(() => (metBijlage ? { registreer } : null), [metBijlage, registreer]);
  const weergaven = (r?.blokken ?? []).filter((b): b is Extract<RapportData['blokken'][number], { soort: 'weergave' }> => b.soort === 'weergave');
  useKlaarsignaal(weergaven.length, rapport.isError);
  useDocumenttitel(r ? `${r.titel} – rapport` : 'Rapport');
  useEffect(() => {
    document.documentElement.classList.add('rapportmodus');
    return () => document.documentElement.classList.remove('rapportmodus');
  }, [r]);

  if (rapport.isError)
    return (
      <main className="rapport">
        <Foutenlijst titel="Dit rapport kan niet worden getoond" meldingen={rapport.error instanceof Weergavefout ? rapport.error.meldingen : [String(rapport.error)]} />
      </main>
    );
  if (!r)
    return (
      <main className="rapport">
        <Laden tekst="Rapport lezen…" />
      </main>
    );

  const keuzes = weergaven.map((b) => keuzeUitUrl(new URLSearchParams(b.weergave.zoek)));
  // Every area by name and kind: municipalities, and cooperations with what they consist of.
  const alleGebieden = [...new Map(keuzes.flatMap((k) => k.gebieden.map((g) => [gebiedCode(g), { g, indeling: k.indeling }] as const))).values()];
  const gemeenten = alleGebieden.filter((x) => x.g.soort === 'gemeente').map((x) => gebiedNaam(x.g));
  const samenwerkingen = alleGebieden.filter((x) => x.g.soort === 'samenwerking').map((x) => ({ naam: gebiedNaam(x.g), uit: samenstelling(x.g, x.indeling) }));
  const pakketten = [...new Map(weergaven.map((b) => [b.weergave.datapakket.hash, b.weergave.datapakket])).values()];
  const peildata = [...new Set(weergaven.map((b, i) => keuzes[i]!.peildatum ?? b.weergave.datapakket.peildatum).filter((d): d is string => !!d))].sort();
  const bronnen = [...new Set(weergaven.flatMap((b) => BRONINDICATOREN[b.weergave.pagina].map((i) => indicator(i).bron)))];
  const voet = `${r.titel.length > 60 ? `${r.titel.slice(0, 57)}…` : r.titel} · ${peildata.length === 1 ? 'peildatum' : 'peildata'} ${peildata.map(formatDatum).join(', ') || '–'}`;
  // Views are numbered 1, 2, … in order; text blocks take no number.
  const nummers = r.blokken.map((_, i) => r.blokken.slice(0, i + 1).filter((b) => b.soort !== 'tekst').length);
  const blokken: ReactNode[] = r.blokken.map((b, i) =>
    b.soort === 'tekst' ? (
      <section key={i} className="rapport-tekst">
        {b.kop ? <h2>{b.kop}</h2> : null}
        <Alineas tekst={b.tekst} />
      </section>
    ) : (
      <Weergavesectie key={i} w={b.weergave} toelichting={b.toelichting} nummer={nummers[i]!} />
    ),
  );

  return (
    <ExportContext.Provider value={{ toelichting: { keuze: [], bronnen: [], datapakket: pakketten.map((p) => p.hash).join(', ') }, afschermen: true }}>
      <GrafiekInstelling.Provider value={{ tabellen: true, druk: true }}>
        <Paginaregels css={`@page { size: A4 portrait; margin: 16mm 14mm 20mm; @bottom-left { content: ${cssTekst(voet)}; font-size: 8pt; color: #333; } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-size: 8pt; } }`} />
        <div className="rapport-knoppen">
          <button type="button" className="knop" onClick={() => window.print()}>
            Afdrukken of opslaan als PDF
          </button>
          <label className="rapport-bijlagekeuze">
            <input type="checkbox" checked={metBijlage} onChange={(e) => setMetBijlage(e.target.checked)} /> Met bijlage: de hele maandreeksen als tabel
          </label>
          <button type="button" className="knop-klein" onClick={() => biedAan(alsHtml(r.titel), `${r.titel.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.html`, 'text/html;charset=utf-8')}>
            Download als HTML (voor Word)
          </button>
        </div>
        <main className="rapport">
          <section className="rapport-omslag">
            <h1>{r.titel}</h1>
            <p className="omslag-datum">{formatDatum(r.datum)}</p>
            <dl>
              {gemeenten.length ? (
                <>
                  <dt>{gemeenten.length === 1 ? 'Gemeente' : 'Gemeenten'}</dt>
                  <dd>{opsomming(gemeenten)}</dd>
                </>
              ) : null}
              {samenwerkingen.length ? (
                <>
                  <dt>{samenwerkingen.length === 1 ? 'Samenwerkingsverband' : 'Samenwerkingsverbanden'}</dt>
                  <dd>
                    {samenwerkingen.map((x) => (
                      <span key={x.naam} className="omslag-regel">
                        {x.naam}
                        {x.uit ? `: ${x.uit}` : ''}
                      </span>
                    ))}
                  </dd>
                </>
              ) : null}
              <dt>Perioden</dt>
              <dd>
                {weergaven.map((b, i) => (
                  <span key={i} className="omslag-regel">
                    {b.weergave.naam}: {periodeVan(b.weergave)}
                  </span>
                ))}
              </dd>
              <dt>Gegevensbron</dt>
              <dd>
                {pakketten.map((p) => `${p.naam || 'Datapakket'}${p.peildatum ? `, met gegevens tot en met ${formatDatum(p.peildatum)}` : ''}. `).join('')}
                {bronnen.length ? `Daarin: ${opsomming(bronnen)}.` : ''}
              </dd>
            </dl>
            {r.inleiding ? (
              <div className="rapport-inleiding">
                <h2>Inleiding</h2>
                <Alineas tekst={r.inleiding} />
              </div>
            ) : null}
            <section className="rapport-colofon" aria-label="Colofon">
              <h2>Colofon</h2>
              <p>
                Gemaakt met pw-monitor op {formatDatum(r.datum)}. Elk cijfer komt uit één datapakket, vastgelegd met zijn kenmerk (hash):{' '}
                {pakketten.map((p) => (
                  <span key={p.hash}>
                    {p.naam || 'datapakket'} <code>{p.hash}</code>.{' '}
                  </span>
                ))}
              </p>
              <p>Kleine aantallen: {KLEIN_AANTAL_UITLEG}</p>
            </section>
          </section>
          <BijlageContext.Provider value={bijlage}>{blokken}</BijlageContext.Provider>
          {metBijlage && bijlageTabellen.size ? (
            <section className="rapport-bijlage" aria-labelledby="bijlage-kop">
              <h2 id="bijlage-kop">Bijlage: de hele maandreeksen</h2>
              <GrafiekInstelling.Provider value={{ tabellen: true, druk: true, volledig: true }}>
                {[...bijlageTabellen.values()].map((t) => (
                  <Tabel key={t.bijschrift} tabel={t} exporteerbaar={false} />
                ))}
              </GrafiekInstelling.Provider>
            </section>
          ) : null}
        </main>
      </GrafiekInstelling.Provider>
    </ExportContext.Provider>
  );
}
