import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDatum, meervoud } from '@pw/format';
import { biedAan, Foutenlijst, GeenGegevens, Gelukt, Laden } from '@pw/ui';
import { importeerRapporten, leesRapport, RAPPORT_SCHEMA, Weergavefout, type Rapport, type Rapportblok } from '@pw/views';
import { rapporten as rapportenVraag, weergaven as weergavenVraag } from '../data/queries.ts';
import { nietBewaard, opslagfout } from '../laden/opslag.ts';
import { alleRapporten, bewaarRapport, verwijderRapport } from '../weergaven/opslag.ts';
import { useDocumenttitel } from '../titel.ts';

function nieuwRapport(): Rapport {
  return { schema: RAPPORT_SCHEMA, versie: 1, id: crypto.randomUUID(), titel: 'Nieuw rapport', inleiding: '', datum: new Date().toISOString().slice(0, 10), blokken: [] };
}

/** The report file: what `npm run report` reads and a colleague imports. */
const rapportbestand = (r: Rapport) => `${JSON.stringify(r, null, 2)}\n`;

/**
 * Rapporten: a report is an ordered list of saved views and text blocks (title, introduction, an
 * explanation per view), edited here and kept in this browser; "Bekijken" renders it for print
 * (and PDF), the JSON file is what `npm run report` turns into a PDF.
 */
export function Rapporten() {
  const id = useId();
  const queryClient = useQueryClient();
  const rapporten = useQuery(rapportenVraag());
  const weergaven = useQuery(weergavenVraag());
  const [bewerk, setBewerk] = useState<Rapport | null>(null);
  const [fouten, setFouten] = useState<string[]>([]);
  /** Saving or removing that failed (the browser's storage, or a report that does not validate). */
  const [opslagfouten, setOpslagfouten] = useState<string[]>([]);
  const [bericht, setBericht] = useState<string | null>(null);
  const [keuzeWeergave, setKeuzeWeergave] = useState('');
  useDocumenttitel('Rapporten');

  const bewaar = async (r: Rapport) => {
    setOpslagfouten([]);
    setBericht(null);
    try {
      await bewaarRapport(r);
    } catch (e) {
      // The report stays open in the editor: nothing typed is lost, and nothing claims to be saved.
      setOpslagfouten(e instanceof Weergavefout ? e.meldingen : [nietBewaard(e)]);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: rapportenVraag().queryKey });
    setBericht(`Rapport "${r.titel}" bewaard.`);
  };
  const wijzig = (w: Partial<Rapport>) => setBewerk((r) => (r ? { ...r, ...w } : r));
  const wijzigBlok = (i: number, b: Rapportblok) => setBewerk((r) => (r ? { ...r, blokken: r.blokken.map((x, j) => (j === i ? b : x)) } : r));
  const verplaats = (i: number, stap: number) =>
    setBewerk((r) => {
      if (!r) return r;
      const j = i + stap;
      if (j < 0 || j >= r.blokken.length) return r;
      const blokken = [...r.blokken];
      [blokken[i], blokken[j]] = [blokken[j]!, blokken[i]!];
      return { ...r, blokken };
    });

  const importeer = async (bestanden: FileList | null) => {
    setFouten([]);
    setBericht(null);
    const gelezen: Rapport[] = [];
    const problemen: string[] = [];
    for (const f of bestanden ?? []) {
      try {
        if (f.size > 20_000_000) throw new Weergavefout([`${f.name} is groter dan 20 MB; een rapportbestand is kleiner.`]);
        let json: unknown;
        try {
          json = JSON.parse(await f.text());
        } catch {
          throw new Weergavefout([`${f.name} is geen JSON-bestand; kies een rapportbestand dat pw-monitor heeft geëxporteerd.`]);
        }
        gelezen.push(leesRapport(json, f.name));
      } catch (e) {
        problemen.push(...(e instanceof Weergavefout ? e.meldingen : [`${f.name} is geen rapportbestand van pw-monitor.`]));
      }
    }
    if (problemen.length) {
      setFouten(problemen);
      return;
    }
    // Next to the saved reports: an id that exists with other content is kept twice, never replaced.
    try {
      const uitkomst = importeerRapporten((await alleRapporten()).goed, gelezen);
      for (const r of uitkomst.toevoegen) await bewaarRapport(r);
      setBericht(
        [
          ...uitkomst.toevoegen.map((r) => `Rapport "${r.titel}" geïmporteerd.`),
          uitkomst.alAanwezig ? `${uitkomst.alAanwezig} rapport${uitkomst.alAanwezig === 1 ? ' stond' : 'en stonden'} er al (ongewijzigd).` : '',
          ...uitkomst.hernoemd.map((h) => `Er was al een ander rapport "${h.van}"; beide zijn bewaard, het geïmporteerde heet "${h.naar}".`),
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (e) {
      setFouten([nietBewaard(e)]);
    }
    await queryClient.invalidateQueries({ queryKey: rapportenVraag().queryKey });
  };

  return (
    <>
      <h1>Rapporten</h1>
      <p className="uitleg">
        Een rapport bestaat uit bewaarde weergaven en tekstblokken, in de volgorde die u kiest. Het toont de cijfers van elke weergave op haar eigen datapakket, dus ook volgend jaar dezelfde
        cijfers. Bekijk het om af te drukken of als PDF op te slaan. Een beheerder kan de PDF ook op de opdrachtregel maken (zie de pagina Controle).
      </p>
      {rapporten.isPending ? <Laden tekst="Rapporten lezen…" /> : null}
      {rapporten.isError ? <Foutenlijst titel="De bewaarde rapporten konden niet worden gelezen" meldingen={[opslagfout(rapporten.error).message]} /> : null}
      {rapporten.data?.goed.length ? (
        <ul className="lijst-weergaven">
          {rapporten.data.goed.map((r) => (
            <li key={r.id}>
              <h2 className="klein">{r.titel}</h2>
              <p className="hint">
                {formatDatum(r.datum)} · {meervoud(r.blokken.filter((b) => b.soort === 'weergave').length, 'weergave', 'weergaven')}, {meervoud(r.blokken.filter((b) => b.soort === 'tekst').length, 'tekstblok', 'tekstblokken')}
              </p>
              <div className="knoppen">
                <Link className="knop" to={`/rapport?id=${encodeURIComponent(r.id)}`} aria-label={`Bekijken: ${r.titel}`}>
                  Bekijken en afdrukken
                </Link>
                <button type="button" className="knop-klein" onClick={() => setBewerk(r)} aria-label={`Bewerken: ${r.titel}`}>
                  Bewerken
                </button>
                <button type="button" className="knop-klein" onClick={() => biedAan(rapportbestand(r), `rapport-${r.id}.json`, 'application/json')}>
                  Exporteren (JSON)
                </button>
                <button
                  type="button"
                  className="knop-klein"
                  onClick={async () => {
                    setOpslagfouten([]);
                    try {
                      await verwijderRapport(r.id);
                    } catch (e) {
                      setOpslagfouten([`Niet verwijderd. ${opslagfout(e).message}`]);
                      return;
                    }
                    await queryClient.invalidateQueries({ queryKey: rapportenVraag().queryKey });
                  }}
                >
                  Verwijderen
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : rapporten.data ? (
        <GeenGegevens>Nog geen rapporten in deze browser.</GeenGegevens>
      ) : null}
      <div className="knoppen">
        <button type="button" className="knop" onClick={() => setBewerk(nieuwRapport())}>
          Nieuw rapport
        </button>
        <label htmlFor={`${id}-import`}>Rapport importeren (JSON-bestand):</label>
        <input id={`${id}-import`} type="file" accept=".json,application/json" onChange={(e) => void importeer(e.target.files)} />
      </div>
      <Foutenlijst titel="Dit bestand is niet geïmporteerd" meldingen={fouten} />
      <Foutenlijst titel="Niet gelukt" meldingen={opslagfouten} />
      <Gelukt>{bericht}</Gelukt>

      {bewerk ? (
        <form
          className="paneel rapport-bewerken"
          aria-labelledby={`${id}-kop`}
          onSubmit={(e) => {
            e.preventDefault();
            void bewaar(bewerk);
          }}
        >
          <h2 id={`${id}-kop`}>Rapport bewerken</h2>
          <div className="veld">
            <label htmlFor={`${id}-titel`}>Titel</label>
            <input id={`${id}-titel`} value={bewerk.titel} maxLength={200} required onChange={(e) => wijzig({ titel: e.target.value })} />
          </div>
          <div className="veld veld-smal">
            <label htmlFor={`${id}-datum`}>Datum</label>
            <input id={`${id}-datum`} type="date" value={bewerk.datum} required onChange={(e) => wijzig({ datum: e.target.value })} />
          </div>
          <div className="veld">
            <label htmlFor={`${id}-inleiding`}>Inleiding</label>
            <textarea id={`${id}-inleiding`} rows={4} value={bewerk.inleiding} onChange={(e) => wijzig({ inleiding: e.target.value })} />
          </div>
          <h3>Inhoud</h3>
          {bewerk.blokken.length === 0 ? <p className="hint">Nog leeg: voeg weergaven en tekstblokken toe.</p> : null}
          <ol className="rapport-blokken">
            {bewerk.blokken.map((b, i) => (
              <li key={i}>
                {b.soort === 'weergave' ? (
                  <>
                    <p>
                      <strong>Weergave:</strong> {b.weergave.naam}
                    </p>
                    <div className="veld">
                      <label htmlFor={`${id}-b${i}`}>Toelichting bij {b.weergave.naam}</label>
                      <textarea id={`${id}-b${i}`} rows={3} value={b.toelichting} onChange={(e) => wijzigBlok(i, { ...b, toelichting: e.target.value })} />
                    </div>
                  </>
                ) : (
                  <>
                    <div className="veld">
                      <label htmlFor={`${id}-k${i}`}>Kop van tekstblok {i + 1}</label>
                      <input id={`${id}-k${i}`} value={b.kop} maxLength={200} onChange={(e) => wijzigBlok(i, { ...b, kop: e.target.value })} />
                    </div>
                    <div className="veld">
                      <label htmlFor={`${id}-b${i}`}>Tekst van tekstblok {i + 1}</label>
                      <textarea id={`${id}-b${i}`} rows={4} value={b.tekst} onChange={(e) => wijzigBlok(i, { ...b, tekst: e.target.value })} />
                    </div>
                  </>
                )}
                <div className="knoppen">
                  <button type="button" className="knop-klein" onClick={() => verplaats(i, -1)} disabled={i === 0} aria-label={`Blok ${i + 1} omhoog`}>
                    Omhoog
                  </button>
                  <button type="button" className="knop-klein" onClick={() => verplaats(i, 1)} disabled={i === bewerk.blokken.length - 1} aria-label={`Blok ${i + 1} omlaag`}>
                    Omlaag
                  </button>
                  <button type="button" className="knop-klein" onClick={() => setBewerk({ ...bewerk, blokken: bewerk.blokken.filter((_, j) => j !== i) })} aria-label={`Blok ${i + 1} verwijderen`}>
                    Verwijderen
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <div className="knoppen">
            <label htmlFor={`${id}-weergave`}>Weergave</label>
            <select id={`${id}-weergave`} value={keuzeWeergave} onChange={(e) => setKeuzeWeergave(e.target.value)}>
              <option value="">– kies een bewaarde weergave –</option>
              {weergaven.data?.goed.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.naam}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="knop-klein"
              disabled={!keuzeWeergave}
              onClick={() => {
                const w = weergaven.data?.goed.find((x) => x.id === keuzeWeergave);
                if (w) setBewerk({ ...bewerk, blokken: [...bewerk.blokken, { soort: 'weergave', weergave: w, toelichting: '' }] });
                setKeuzeWeergave('');
              }}
            >
              Weergave toevoegen
            </button>
            <button type="button" className="knop-klein" onClick={() => setBewerk({ ...bewerk, blokken: [...bewerk.blokken, { soort: 'tekst', kop: '', tekst: '' }] })}>
              Tekstblok toevoegen
            </button>
          </div>
          <div className="knoppen">
            <button type="submit" className="knop">
              Rapport bewaren
            </button>
            <button type="button" className="knop-klein" onClick={() => setBewerk(null)}>
              Sluiten
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
