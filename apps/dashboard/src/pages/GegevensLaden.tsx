import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Manifest, Pakket } from '@pw/datapackage';
import { formatAantal, formatDatum, korteHash } from '@pw/format';
import type { Bronverslag, Mapping, Melding, Veld } from '@pw/ingest';
import { biedAan, Gelukt } from '@pw/ui';
import { useGegevens } from '../data/hooks.ts';
import { wisselPakket } from '../data/queries.ts';
import type { Catalogus, NaarWorker, VanWorker, Voorbeeld, Voortgangsbericht } from '../laden/berichten.ts';
import { bewaardeKoppeling, bewaarKoppeling, kopHandtekening, naarMapping, vergeetKoppeling } from '../laden/koppelingen.ts';
import { filterMeldingen, rapportCsv } from '../laden/rapport.ts';
import { useDocumenttitel } from '../titel.ts';

const FASEN: Record<string, string> = {
  starten: 'Rekenmachine starten',
  openen: 'Bestand openen',
  lezen: 'Regels lezen',
  controleren: 'Controleren',
  tellen: 'Cijfers berekenen',
  pakket: 'Datapakket maken',
};

/** Per file: the preview, the fields as the user has them now, and whether a saved mapping applies. */
interface Bestandskeuze {
  voorbeeld: Voorbeeld;
  velden: Array<Veld | null>;
  aangepast: boolean;
  bewaard: boolean;
}

type Toestand =
  | { soort: 'rust' }
  | { soort: 'voorbeeld' }
  | { soort: 'bezig'; stap: Voortgangsbericht; begin: number }
  | { soort: 'klaar'; geslaagd: boolean; meldingen: Melding[]; bronnen: Bronverslag[]; pakket: Pakket | null; duurMs: number }
  | { soort: 'afgebroken' }
  | { soort: 'fout'; tekst: string };

function manifestBytes(m: Manifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(m, null, 2) + '\n');
}

/**
 * Gegevens laden: extracts are read in this browser by the same ingest as the command line, in a
 * Web Worker (the page stays usable), checked, and turned into a data package of aggregates that
 * replaces the demo package until the user removes it. Nothing is sent anywhere.
 */
export function GegevensLaden() {
  const id = useId();
  const queryClient = useQueryClient();
  const gegevens = useGegevens().data!;
  const [bestanden, zetBestanden] = useState<File[]>([]);
  const [keuzes, zetKeuzes] = useState<Bestandskeuze[]>([]);
  const [toestand, zetToestand] = useState<Toestand>({ soort: 'rust' });
  const [geaccepteerd, zetGeaccepteerd] = useState(false);
  const [bericht, zetBericht] = useState('');
  const [sleept, zetSleept] = useState(false);
  const [catalogus, zetCatalogus] = useState<Catalogus | null>(null);
  const worker = useRef<Worker | null>(null);
  const verzoek = useRef(0);
  const annuleerTimer = useRef<number | undefined>(undefined);

  useDocumenttitel('Gegevens laden');
  useEffect(() => {
    return () => {
      worker.current?.terminate();
      worker.current = null;
    };
  }, []);

  function werker(): Worker {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../laden/ingest.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (ev: MessageEvent<VanWorker>) => ontvang(ev.data);
    w.onerror = (ev) => zetToestand({ soort: 'fout', tekst: ev.message || 'De verwerking in de achtergrond is gestopt.' });
    worker.current = w;
    return w;
  }

  function stuur(b: NaarWorker): void {
    werker().postMessage(b);
  }

  function ontvang(b: VanWorker): void {
    if (b.id !== verzoek.current) return;
    if (b.soort === 'voorbeeld') {
      zetCatalogus(b.catalogus);
      zetKeuzes(
        b.voorbeelden.map((v) => {
          const k = v.koppen.length ? bewaardeKoppeling(kopHandtekening(v.koppen)) : undefined;
          const velden = k ? v.koppen.map((kop, i) => (kop in k.kolommen ? k.kolommen[kop]! : (v.velden[i] ?? null))) : v.velden;
          return { voorbeeld: v, velden, aangepast: false, bewaard: !!k };
        }),
      );
      zetToestand({ soort: 'rust' });
    } else if (b.soort === 'voortgang') {
      zetToestand((t) => ({ soort: 'bezig', stap: b.stap, begin: t.soort === 'bezig' ? t.begin : performance.now() }));
    } else if (b.soort === 'klaar') {
      window.clearTimeout(annuleerTimer.current);
      const pakket = b.manifest ? { manifest: b.manifest, bestanden: new Map(b.bestanden) } : null;
      zetGeaccepteerd(false);
      zetToestand({ soort: 'klaar', geslaagd: b.geslaagd, meldingen: b.meldingen, bronnen: b.bronnen, pakket, duurMs: b.duurMs });
    } else if (b.soort === 'afgebroken') {
      window.clearTimeout(annuleerTimer.current);
      zetToestand({ soort: 'afgebroken' });
    } else {
      window.clearTimeout(annuleerTimer.current);
      zetToestand({ soort: 'fout', tekst: b.tekst });
    }
  }

  function kies(lijst: FileList | null): void {
    const nieuw = [...(lijst ?? [])].filter((f) => f.size > 0);
    zetBestanden(nieuw);
    zetKeuzes([]);
    zetBericht('');
    if (!nieuw.length) {
      zetToestand({ soort: 'rust' });
      return;
    }
    const n = ++verzoek.current;
    zetToestand({ soort: 'voorbeeld' });
    stuur({ soort: 'voorbeeld', id: n, bestanden: nieuw });
  }

  function laad(): void {
    const mappings: Record<string, Mapping | undefined> = {};
    for (const k of keuzes) if (k.aangepast || k.bewaard) mappings[k.voorbeeld.naam] = naarMapping(k.voorbeeld.koppen, k.velden);
    const n = ++verzoek.current;
    zetBericht('');
    zetToestand({ soort: 'bezig', stap: { fase: 'starten', bestand: '' }, begin: performance.now() });
    stuur({ soort: 'laden', id: n, bestanden, mappings });
  }

  function annuleer(): void {
    stuur({ soort: 'annuleer', id: verzoek.current });
    // If ingest does not stop between two steps soon, the worker (and its DuckDB) is stopped.
    annuleerTimer.current = window.setTimeout(() => {
      worker.current?.terminate();
      worker.current = null;
      verzoek.current++;
      zetToestand({ soort: 'afgebroken' });
    }, 3000);
  }

  function zetVeld(bestand: number, kolom: number, veld: Veld | null): void {
    zetKeuzes((ks) => ks.map((k, i) => (i === bestand ? { ...k, velden: k.velden.map((v, j) => (j === kolom ? veld : v)), aangepast: true } : k)));
  }

  async function gebruik(pakket: Pakket): Promise<void> {
    const nieuw = await wisselPakket(queryClient, pakket);
    zetBericht(`Het dashboard gebruikt nu ${nieuw.waar}.`);
  }

  async function verwijder(): Promise<void> {
    const nieuw = await wisselPakket(queryClient, null);
    zetBericht('De geladen gegevens zijn verwijderd uit deze browser; het dashboard toont weer het demodatapakket.');
  }

  const bezig = toestand.soort === 'bezig' || toestand.soort === 'voorbeeld';
  const onleesbaar = keuzes.some((k) => k.voorbeeld.vorm === 'anders');

  return (
    <>
      <h1>Gegevens laden</h1>
      <p>
        Kies één of meer extracten (CSV of XLSX) uit het uitkerings- of registratiesysteem. Ze worden in deze browser gelezen en gecontroleerd; er gaat niets naar een
        server. Persoonsgegevens (BSN, namen, geboortedata) blijven in deze stap: het dashboard bewaart alleen de getelde cijfers.
      </p>

      <section className="paneel" aria-labelledby={`${id}-actief`}>
        <h2 id={`${id}-actief`}>Gegevens in het dashboard</h2>
        <p>
          Nu: {gegevens.waar}, datapakket <code>{korteHash(gegevens.pakket.manifest.hash)}</code>.
        </p>
        {!gegevens.demo ? (
          <>
            <PakketDownload pakket={gegevens.pakket} />
            <button type="button" className="knop-klein" onClick={() => void verwijder()}>
              Verwijderen
            </button>
          </>
        ) : null}
        <Gelukt>{bericht}</Gelukt>
      </section>

      <section aria-labelledby={`${id}-kiezen`}>
        <h2 id={`${id}-kiezen`}>1. Extracten kiezen</h2>
        <div
          className="paneel"
          onDragOver={(e: DragEvent) => {
            e.preventDefault();
            zetSleept(true);
          }}
          onDragLeave={() => zetSleept(false)}
          onDrop={(e: DragEvent) => {
            e.preventDefault();
            zetSleept(false);
            if (!bezig) kies(e.dataTransfer.files);
          }}
          style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: sleept ? 'var(--blauw)' : undefined }}
        >
          <div className="veld">
            <label htmlFor={`${id}-bestand`}>Extracten (CSV of XLSX)</label>
            <input id={`${id}-bestand`} type="file" multiple accept=".csv,.txt,.xlsx" disabled={bezig} onChange={(e) => kies(e.target.files)} aria-describedby={`${id}-sleep`} />
          </div>
          <p id={`${id}-sleep`} className="hint">
            Of sleep de bestanden hierheen. Een bewaarde koppeling voor hetzelfde systeem wordt vanzelf toegepast.
          </p>
        </div>
      </section>

      {keuzes.length && catalogus ? (
        <section aria-labelledby={`${id}-koppeling`}>
          <h2 id={`${id}-koppeling`}>2. Kolommen controleren</h2>
          <p className="hint">Per kolom het veld waarin pw-monitor de waarden leest. Wijzig een keuze waar een kolom niet (goed) is herkend.</p>
          {keuzes.map((k, i) => (
            <Koppelingstabel key={k.voorbeeld.naam} catalogus={catalogus!} keuze={k} index={i} zetVeld={zetVeld} bewaar={() => {
              bewaarKoppeling(kopHandtekening(k.voorbeeld.koppen), naarMapping(k.voorbeeld.koppen, k.velden).kolommen!);
              zetKeuzes((ks) => ks.map((x, j) => (j === i ? { ...x, bewaard: true } : x)));
            }} vergeet={() => {
              vergeetKoppeling(kopHandtekening(k.voorbeeld.koppen));
              zetKeuzes((ks) => ks.map((x, j) => (j === i ? { ...x, bewaard: false } : x)));
            }} />
          ))}
        </section>
      ) : null}

      {bestanden.length ? (
        <section aria-labelledby={`${id}-laden`}>
          <h2 id={`${id}-laden`}>3. Laden</h2>
          {onleesbaar ? <p className="signaal">Een of meer bestanden kunnen niet worden gelezen (sla ze op als .xlsx of .csv); het laden meldt dat als fout.</p> : null}
          <button type="button" className="knop" disabled={bezig} onClick={laad}>
            Laden
          </button>{' '}
          {toestand.soort === 'bezig' ? (
            <button type="button" className="knop-klein" onClick={annuleer}>
              Annuleren
            </button>
          ) : null}
          {toestand.soort === 'bezig' ? <Voortgang stap={toestand.stap} /> : null}
          {toestand.soort === 'afgebroken' ? <p role="status">Het laden is afgebroken; er is niets veranderd.</p> : null}
          {toestand.soort === 'fout' ? (
            <p role="alert" className="signaal">
              Het laden is mislukt: {toestand.tekst}
            </p>
          ) : null}
        </section>
      ) : null}

      {toestand.soort === 'klaar' ? (
        <Uitkomst
          catalogus={catalogus}
          toestand={toestand}
          geaccepteerd={geaccepteerd}
          zetGeaccepteerd={zetGeaccepteerd}
          gebruik={(p) => void gebruik(p)}
          actief={gegevens.pakket.manifest.hash}
        />
      ) : null}
    </>
  );
}

function Voortgang({ stap }: { stap: Voortgangsbericht }) {
  const id = useId();
  const tekst = `${FASEN[stap.fase] ?? stap.fase}${stap.bestand ? `: ${stap.bestand}` : ''}${stap.rijen !== undefined ? `, ${formatAantal(stap.rijen)} rijen gelezen` : ''}`;
  return (
    <div className="paneel" style={{ marginTop: '1rem' }}>
      <label htmlFor={`${id}-balk`}>Voortgang</label>{' '}
      <progress id={`${id}-balk`} max={1} value={stap.fase === 'lezen' && stap.fractie !== undefined ? stap.fractie : undefined} style={{ width: '20rem' }} />
      <p role="status" className="voortgang-tekst">
        {tekst}
      </p>
    </div>
  );
}

function Koppelingstabel({ catalogus, keuze, index, zetVeld, bewaar, vergeet }: {
  catalogus: Catalogus;
  keuze: Bestandskeuze;
  index: number;
  zetVeld: (bestand: number, kolom: number, veld: Veld | null) => void;
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
        {v.kopregel ? `; kopregel op regel ${v.kopregel}` : ''}. {formatAantal(v.bytes)} bytes.
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
                  <select id={`${id}-${j}`} value={keuze.velden[j] ?? ''} onChange={(e) => zetVeld(index, j, (e.target.value || null) as Veld | null)}>
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

function PakketDownload({ pakket }: { pakket: Pakket }) {
  const bestanden = useMemo(() => [['manifest.json', manifestBytes(pakket.manifest)] as const, ...pakket.bestanden.entries()], [pakket]);
  const [opgeslagen, zetOpgeslagen] = useState('');
  const kiesMap = (window as unknown as { showDirectoryPicker?: (o: { mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker;
  async function inMap(): Promise<void> {
    try {
      const map = await kiesMap!({ mode: 'readwrite' });
      for (const [naam, bytes] of bestanden) {
        const schrijver = await (await map.getFileHandle(naam, { create: true })).createWritable();
        await schrijver.write(bytes as Uint8Array<ArrayBuffer>);
        await schrijver.close();
      }
      zetOpgeslagen(`${bestanden.length} bestanden opgeslagen in de map ${map.name}.`);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) zetOpgeslagen(`Opslaan is mislukt: ${String(e instanceof Error ? e.message : e)}`);
    }
  }
  return (
    <details className="vergelijk">
      <summary>Download datapakket</summary>
      <p className="hint">
        Een datapakket is een map met manifest.json en de .arrow-bestanden hieronder; <code>npm run figures -- &lt;map&gt;</code> leest die map. Download ze
        allemaal in één map (de browser vraagt mogelijk toestemming voor meerdere downloads){kiesMap ? ', of sla ze in één keer op in een map' : ''}.
      </p>
      {kiesMap ? (
        <button type="button" className="knop-klein" onClick={() => void inMap()}>
          Opslaan in een map…
        </button>
      ) : null}
      {opgeslagen ? <p role="status">{opgeslagen}</p> : null}
      <ul>
        {bestanden.map(([naam, bytes]) => (
          <li key={naam}>
            <button type="button" className="knop-klein" onClick={() => biedAan(bytes as Uint8Array<ArrayBuffer>, naam, naam.endsWith('.json') ? 'application/json' : 'application/vnd.apache.arrow.file')}>
              {naam}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Uitkomst({ catalogus, toestand, geaccepteerd, zetGeaccepteerd, gebruik, actief }: {
  catalogus: Catalogus | null;
  toestand: Extract<Toestand, { soort: 'klaar' }>;
  geaccepteerd: boolean;
  zetGeaccepteerd: (v: boolean) => void;
  gebruik: (p: Pakket) => void;
  actief: string;
}) {
  const id = useId();
  const fouten = toestand.meldingen.filter((m) => m.ernst === 'fout').length;
  const waarschuwingen = toestand.meldingen.length - fouten;
  const [filter, zetFilter] = useState({ bestand: '', ernst: '', tekst: '' });
  const zichtbaar = useMemo(() => filterMeldingen(toestand.meldingen, filter), [toestand.meldingen, filter]);
  const namen = [...new Set(toestand.meldingen.map((m) => m.bestand).filter(Boolean))];
  const vrij = !!toestand.pakket && (waarschuwingen === 0 || geaccepteerd);
  const rijen = toestand.bronnen.reduce((s, b) => s + b.rijen, 0);
  const label = new Map(catalogus?.velden ?? []);
  return (
    <section aria-labelledby={`${id}-uitkomst`}>
      <h2 id={`${id}-uitkomst`}>4. Uitkomst</h2>
      {toestand.geslaagd ? (
        <p role="status" className="signaal signaal-ok">
          Gelezen: {formatAantal(rijen)} regels uit {toestand.bronnen.length} bestand{toestand.bronnen.length === 1 ? '' : 'en'} in {(toestand.duurMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s.
          {waarschuwingen ? ` ${formatAantal(waarschuwingen)} waarschuwing${waarschuwingen === 1 ? '' : 'en'}.` : ' Geen fouten of waarschuwingen.'}
        </p>
      ) : (
        <p role="alert" className="signaal">
          {formatAantal(fouten)} fout{fouten === 1 ? '' : 'en'}: er is niets geladen. Los de fouten op in het extract (of pas de koppeling aan) en laad opnieuw.
        </p>
      )}

      {toestand.bronnen.some((b) => b.onderdelen.length) ? (
        <details className="vergelijk">
          <summary>Herkende kolommen</summary>
          <ul>
            {toestand.bronnen.flatMap((b) =>
              b.onderdelen.map((o, i) => (
                <li key={`${b.naam}-${i}`}>
                  {b.naam}
                  {o.blad ? ` (blad ${o.blad})` : ''}: {o.soort ? (catalogus?.soorten[o.soort] ?? o.soort) : 'onbekend'}, {formatAantal(o.rijen)} regels;{' '}
                  {o.kolommen.map((k) => `${k.kop || '(leeg)'} → ${k.veld ? (label.get(k.veld) ?? k.veld) : 'niet gebruikt'}`).join('; ')}
                </li>
              )),
            )}
          </ul>
        </details>
      ) : null}

      {toestand.meldingen.length ? (
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
              <select id={`${id}-f-ernst`} value={filter.ernst} onChange={(e) => zetFilter({ ...filter, ernst: e.target.value })}>
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
            {formatAantal(zichtbaar.length)} van {formatAantal(toestand.meldingen.length)} meldingen.{' '}
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
                {zichtbaar.slice(0, 1000).map((m, i) => (
                  <tr key={i}>
                    <td>{m.ernst}</td>
                    <td>
                      {m.bestand}
                      {m.blad ? ` (blad ${m.blad})` : ''}
                    </td>
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
          {zichtbaar.length > 1000 ? <p className="hint">De eerste 1.000 meldingen staan hierboven; de download bevat ze allemaal.</p> : null}
        </>
      ) : null}

      {toestand.pakket ? (
        <div className="paneel" style={{ marginTop: '1rem' }}>
          {waarschuwingen ? (
            <label className="vinkje">
              <input type="checkbox" checked={geaccepteerd} onChange={(e) => zetGeaccepteerd(e.target.checked)} />
              Ik heb de {formatAantal(waarschuwingen)} waarschuwing{waarschuwingen === 1 ? '' : 'en'} bekeken en accepteer ze
            </label>
          ) : null}
          <p className="hint">
            Datapakket <code>{korteHash(toestand.pakket.manifest.hash)}</code>
            {toestand.pakket.manifest.periode ? `, uitkeringen van ${formatDatum(toestand.pakket.manifest.periode.van)} t/m ${formatDatum(toestand.pakket.manifest.periode.tot)}` : ''}
            , {toestand.pakket.manifest.gemeenten.length} gemeenten.
          </p>
          <button type="button" className="knop" disabled={!vrij || actief === toestand.pakket.manifest.hash} onClick={() => gebruik(toestand.pakket!)}>
            Gebruiken in het dashboard
          </button>
          {vrij ? <PakketDownload pakket={toestand.pakket} /> : null}
        </div>
      ) : null}
    </section>
  );
}
