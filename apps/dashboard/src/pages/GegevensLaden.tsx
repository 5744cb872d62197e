import { korteHash } from '@pw/model';
import { useId, useState, type DragEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Pakket } from '@pw/datapackage';
import { Gelukt } from '@pw/ui';
import { useGegevens } from '../data/hooks.ts';
import { wisselPakket } from '../data/queries.ts';
import { nietBewaard, opslagfout } from '../laden/opslag.ts';
import { mappingsVoorLaden } from '../laden/kolomkeuze.ts';
import { Koppelingen } from '../laden/Koppelingen.tsx';
import { Laaduitkomst } from '../laden/Laaduitkomst.tsx';
import { PakketOpslaan } from '../laden/PakketOpslaan.tsx';
import { useIngestWorker } from '../laden/useIngestWorker.ts';
import { useKolomkeuzes } from '../laden/useKolomkeuzes.ts';
import { Voortgang } from '../laden/Voortgang.tsx';
import { isBezig } from '../laden/werker.ts';
import { useDocumenttitel } from '../titel.ts';

/**
 * Gegevens laden: extracts are read in this browser by the same ingest as the command line, in a
 * Web Worker (the page stays usable), checked, and turned into a data package of aggregates that
 * replaces the demo package until the user removes it. Nothing is sent anywhere. The pieces live
 * in `src/laden/`; this page puts them in order.
 */
export function GegevensLaden() {
  const id = useId();
  const queryClient = useQueryClient();
  const gegevens = useGegevens().data!;
  const werker = useIngestWorker();
  const { fase, voorbeelden, catalogus } = werker.toestand;
  const kolomkeuzes = useKolomkeuzes(voorbeelden);
  const [bestanden, zetBestanden] = useState<File[]>([]);
  const [bericht, zetBericht] = useState('');
  /** Why "Gebruiken in het dashboard" or "Verwijderen" did not happen (shown next to that button). */
  const [fout, zetFout] = useState<{ bij: 'gebruik' | 'verwijder'; tekst: string } | null>(null);
  const [sleept, zetSleept] = useState(false);
  /** The year of CBS files without a Perioden column (issue 12); empty: none given. */
  const [cbsJaar, zetCbsJaar] = useState('');

  useDocumenttitel('Gegevens laden');

  function kies(lijst: FileList | null): void {
    const nieuw = [...(lijst ?? [])].filter((f) => f.size > 0);
    zetBestanden(nieuw);
    zetBericht('');
    if (nieuw.length) werker.bekijk(nieuw);
    else werker.leeg();
  }

  function laad(): void {
    zetBericht('');
    werker.laad(bestanden, mappingsVoorLaden(kolomkeuzes.keuzes), /^(19|20)\d{2}$/.test(cbsJaar) ? Number(cbsJaar) : undefined);
  }

  async function gebruik(pakket: Pakket): Promise<void> {
    zetBericht('');
    zetFout(null);
    try {
      const nieuw = await wisselPakket(queryClient, pakket);
      zetBericht(`Het dashboard gebruikt nu ${nieuw.waar}.`);
    } catch (e) {
      // Nothing changed: the dashboard still shows what it showed; the package can still be downloaded.
      zetFout({ bij: 'gebruik', tekst: `${nietBewaard(e)} Het dashboard toont nog ${gegevens.waar}.` });
    }
  }

  async function verwijder(): Promise<void> {
    zetBericht('');
    zetFout(null);
    try {
      const nieuw = await wisselPakket(queryClient, null);
      zetBericht(`De geladen gegevens zijn verwijderd uit deze browser; het dashboard toont ${nieuw.demo ? 'weer het demodatapakket' : nieuw.waar}.`);
    } catch (e) {
      zetFout({ bij: 'verwijder', tekst: `Niet verwijderd. ${opslagfout(e).message}` });
    }
  }

  const bezig = isBezig(werker.toestand);
  const onleesbaar = kolomkeuzes.keuzes.some((k) => k.voorbeeld.vorm === 'anders');

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
        {gegevens.bewaard ? (
          <>
            <PakketOpslaan pakket={gegevens.pakket} />
            <button type="button" className="knop-klein" onClick={() => void verwijder()}>
              Verwijderen
            </button>
          </>
        ) : null}
        <Gelukt>{bericht}</Gelukt>
        {fout?.bij === 'verwijder' ? (
          <p role="alert" className="signaal">
            {fout.tekst}
          </p>
        ) : null}
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
            <input id={`${id}-bestand`} type="file" multiple accept=".csv,.txt,.xlsx,.json" disabled={bezig} onChange={(e) => kies(e.target.files)} aria-describedby={`${id}-sleep`} />
          </div>
          <div className="veld">
            <label htmlFor={`${id}-cbsjaar`}>Jaar van CBS-bestanden zonder Perioden</label>
            <input
              id={`${id}-cbsjaar`}
              type="text"
              inputMode="numeric"
              pattern="(19|20)[0-9]{2}"
              size={6}
              value={cbsJaar}
              disabled={bezig}
              onChange={(e) => zetCbsJaar(e.target.value.trim())}
              aria-describedby={`${id}-cbsjaar-uitleg`}
            />
          </div>
          <p id={`${id}-cbsjaar-uitleg`} className="hint">
            Alleen voor CBS-open-data (StatLine, CSV of JSON) als landelijke referentie: een tabel van één jaar heeft geen kolom Perioden; vul dan het jaar in, bijvoorbeeld 2017.
          </p>
          <p id={`${id}-sleep`} className="hint">
            Of sleep de bestanden hierheen. Een bewaarde koppeling voor hetzelfde systeem wordt vanzelf toegepast.
          </p>
        </div>
      </section>

      {kolomkeuzes.keuzes.length && catalogus ? <Koppelingen catalogus={catalogus} kolomkeuzes={kolomkeuzes} /> : null}

      {bestanden.length ? (
        <section aria-labelledby={`${id}-laden`}>
          <h2 id={`${id}-laden`}>3. Laden</h2>
          {onleesbaar ? <p className="signaal">Een of meer bestanden kunnen niet worden gelezen (sla ze op als .xlsx of .csv); het laden meldt dat als fout.</p> : null}
          <button type="button" className="knop" disabled={bezig} onClick={laad}>
            Laden
          </button>{' '}
          {fase.soort === 'bezig' ? (
            <>
              <button type="button" className="knop-klein" onClick={werker.annuleer}>
                Annuleren
              </button>
              <Voortgang stap={fase.stap} />
            </>
          ) : null}
          {fase.soort === 'afgebroken' ? <p role="status">Het laden is afgebroken; er is niets veranderd.</p> : null}
          {fase.soort === 'fout' ? (
            <p role="alert" className="signaal">
              Het laden is mislukt: {fase.tekst}
            </p>
          ) : null}
        </section>
      ) : null}

      {fase.soort === 'klaar' ? <Laaduitkomst uitkomst={fase.uitkomst} catalogus={catalogus} actief={gegevens.pakket.manifest.hash} gebruik={(p) => void gebruik(p)} /> : null}
      {fout?.bij === 'gebruik' ? (
        <p role="alert" className="signaal">
          {fout.tekst}
        </p>
      ) : null}
    </>
  );
}
