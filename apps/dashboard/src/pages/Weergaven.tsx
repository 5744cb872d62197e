import { korteHash } from '@pw/model';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDatum } from '@pw/format';
import { importeerWeergaven, leesWeergave, leesWeergavebestand, Weergavefout, WEERGAVE_PAGINAS, weergavebestand, type Weergave } from '@pw/views';
import { biedAan, Foutenlijst, GeenGegevens, Gelukt, Laden } from '@pw/ui';
import { useGegevens } from '../data/hooks.ts';
import { weergaven as weergavenVraag } from '../data/queries.ts';
import { nietBewaard, opslagfout } from '../laden/opslag.ts';
import { alleWeergaven, bewaarWeergave, verwijderWeergave, weergaveUrl } from '../weergaven/opslag.ts';
import { useDocumenttitel } from '../titel.ts';

/**
 * Weergaven: the views saved in this browser and those published with the data package; open,
 * share (a URL), export and import (a small JSON file: how colleagues share views), remove.
 * Names and descriptions are shown as text, whatever a file contains.
 */
export function Weergaven() {
  const id = useId();
  const queryClient = useQueryClient();
  const gegevens = useGegevens();
  const weergaven = useQuery(weergavenVraag());
  const [fouten, setFouten] = useState<string[]>([]);
  const [bericht, setBericht] = useState<string | null>(null);
  useDocumenttitel('Weergaven');

  const gepubliceerd: Weergave[] = [];
  const publicatiefouten: string[] = [];
  for (const [i, w] of (gegevens.data?.pakket.manifest.weergaven ?? []).entries()) {
    try {
      gepubliceerd.push(leesWeergave(w, `gepubliceerde weergave ${i + 1}`));
    } catch (e) {
      publicatiefouten.push(...(e instanceof Weergavefout ? e.meldingen : [String(e)]));
    }
  }

  const importeer = async (bestanden: FileList | null) => {
    setFouten([]);
    setBericht(null);
    const nieuw: Weergave[] = [];
    const problemen: string[] = [];
    for (const f of bestanden ?? []) {
      try {
        if (f.size > 2_000_000) throw new Weergavefout([`${f.name} is groter dan 2 MB; een weergavebestand is klein.`]);
        nieuw.push(...leesWeergavebestand(await f.text(), f.name));
      } catch (e) {
        problemen.push(...(e instanceof Weergavefout ? e.meldingen : [`${f.name}: ${String(e)}`]));
      }
    }
    if (problemen.length) {
      setFouten(problemen);
      return;
    }
    // Next to the saved views: an id that exists with other content is kept twice, never replaced.
    let uitkomst;
    let bewaard = 0;
    try {
      uitkomst = importeerWeergaven((await alleWeergaven()).goed, nieuw);
      for (const w of uitkomst.toevoegen) {
        await bewaarWeergave(w);
        bewaard++;
      }
    } catch (e) {
      setFouten([`${nietBewaard(e)}${bewaard ? ` (${bewaard} weergave${bewaard === 1 ? ' is' : 'n zijn'} wel bewaard.)` : ''}`]);
      await queryClient.invalidateQueries({ queryKey: weergavenVraag().queryKey });
      return;
    }
    await queryClient.invalidateQueries({ queryKey: weergavenVraag().queryKey });
    const n = uitkomst.toevoegen.length;
    setBericht(
      [
        `${n} weergave${n === 1 ? '' : 'n'} geïmporteerd.`,
        uitkomst.alAanwezig ? `${uitkomst.alAanwezig} stond${uitkomst.alAanwezig === 1 ? '' : 'en'} er al (ongewijzigd).` : '',
        ...uitkomst.hernoemd.map((h) => `Er was al een andere weergave "${h.van}"; beide zijn bewaard, de geïmporteerde heet "${h.naar}".`),
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const lijst = (ws: Weergave[], eigen: boolean) => (
    <ul className="lijst-weergaven">
      {ws.map((w) => (
        <WeergaveRegel key={w.id} w={w} eigen={eigen} huidig={gegevens.data?.pakket.manifest.hash} />
      ))}
    </ul>
  );

  return (
    <>
      <h1>Weergaven</h1>
      <p className="uitleg">
        Een weergave is een pagina met een keuze (gebied, peildatum, tabel of grafiek) en het datapakket waarop ze is gemaakt. Wie haar opent, ziet dezelfde cijfers, ook als er later nieuwe
        gegevens zijn. Bewaar een weergave met de knop <q>Weergave bewaren…</q> boven een pagina; deel haar met een collega als bestand of als adres.
      </p>

      <h2>In deze browser</h2>
      {weergaven.isPending ? <Laden tekst="Weergaven lezen…" /> : null}
      {weergaven.isError ? <Foutenlijst titel="De bewaarde weergaven konden niet worden gelezen" meldingen={[opslagfout(weergaven.error).message]} /> : null}
      <Foutenlijst titel="Sommige opgeslagen weergaven konden niet worden gelezen" meldingen={weergaven.data?.fout ?? []} />
      {weergaven.data ? (weergaven.data.goed.length ? lijst(weergaven.data.goed, true) : <GeenGegevens>Nog geen weergaven bewaard in deze browser.</GeenGegevens>) : null}
      <div className="knoppen">
        <button type="button" className="knop-klein" disabled={!weergaven.data?.goed.length} onClick={() => biedAan(weergavebestand(weergaven.data!.goed), 'pw-monitor-weergaven.json', 'application/json')}>
          Alle weergaven exporteren
        </button>
        <label htmlFor={`${id}-import`}>Weergaven importeren (JSON-bestand):</label>
        <input id={`${id}-import`} type="file" accept=".json,application/json" multiple onChange={(e) => void importeer(e.target.files)} />
      </div>
      <Foutenlijst titel="Dit bestand is niet geïmporteerd" meldingen={fouten} />
      <Gelukt>{bericht}</Gelukt>

      <h2>Gepubliceerd in het datapakket</h2>
      <Foutenlijst titel="Sommige gepubliceerde weergaven zijn ongeldig" meldingen={publicatiefouten} />
      {gepubliceerd.length ? lijst(gepubliceerd, false) : <GeenGegevens>Dit datapakket bevat geen gepubliceerde weergaven.</GeenGegevens>}
    </>
  );
}

function WeergaveRegel({ w, eigen, huidig }: { w: Weergave; eigen: boolean; huidig: string | undefined }) {
  const queryClient = useQueryClient();
  const [deel, setDeel] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const url = weergaveUrl(w);
  const volledig = `${location.origin}${url}`;
  return (
    <li>
      <h3>{w.naam}</h3>
      {w.omschrijving ? <p>{w.omschrijving}</p> : null}
      <p className="hint">
        {WEERGAVE_PAGINAS[w.pagina]}
        {w.tabel ? ' (als tabel)' : ''} · datapakket <code>{korteHash(w.datapakket.hash)}</code>
        {w.datapakket.peildatum ? ` (gegevens t/m ${formatDatum(w.datapakket.peildatum)})` : ''}
        {huidig && huidig !== w.datapakket.hash ? ' · gemaakt op andere gegevens dan de huidige' : ''} · bewaard {formatDatum(w.aangemaakt.slice(0, 10))}
      </p>
      <div className="knoppen">
        <Link className="knop" to={url} aria-label={`Openen: ${w.naam}`}>
          Openen
        </Link>
        <button type="button" className="knop-klein" aria-expanded={deel} onClick={() => setDeel((d) => !d)}>
          Adres om te delen
        </button>
        <button type="button" className="knop-klein" onClick={() => biedAan(weergavebestand([w]), `weergave-${w.id}.json`, 'application/json')}>
          Exporteren
        </button>
        {eigen ? (
          <button
            type="button"
            className="knop-klein"
            onClick={async () => {
              setFout(null);
              try {
                await verwijderWeergave(w.id);
              } catch (e) {
                setFout(`Niet verwijderd. ${opslagfout(e).message}`);
                return;
              }
              await queryClient.invalidateQueries({ queryKey: weergavenVraag().queryKey });
            }}
          >
            Verwijderen
          </button>
        ) : null}
      </div>
      {fout ? (
        <p role="alert" className="signaal">
          {fout}
        </p>
      ) : null}
      {deel ? (
        <p>
          <label>
            Adres van deze weergave{' '}
            <input readOnly value={volledig} size={60} onFocus={(e) => e.target.select()} />
          </label>
        </p>
      ) : null}
    </li>
  );
}
