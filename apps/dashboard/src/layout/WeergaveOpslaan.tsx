import { korteHash } from '@pw/model';
import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';

import { WEERGAVE_PAGINAS, WEERGAVE_SCHEMA, type Weergave, type WeergavePagina } from '@pw/views';
import { useGegevens } from '../data/hooks.ts';
import { weergaven } from '../data/queries.ts';
import { nietBewaard } from '../laden/opslag.ts';
import { bewaarWeergave } from '../weergaven/opslag.ts';

/** URL parameters that are not part of a view's choice (the package is recorded apart). */
const NIET_IN_KEUZE = ['pakket', 'tabel'];

/**
 * "Weergave bewaren": saves the page with its choice, chart or table, under a name and a
 * description, with the data package it was made on. Only on pages a view can show.
 */
export function WeergaveOpslaan() {
  const id = useId();
  const { pathname, search } = useLocation();
  const gegevens = useGegevens();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [naam, setNaam] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [bericht, setBericht] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  if (!(pathname in WEERGAVE_PAGINAS) || !gegevens.data) return null;
  const params = new URLSearchParams(search);
  const alsTabel = params.get('tabel') === '1';

  const bewaar = async () => {
    const m = gegevens.data!.pakket.manifest;
    for (const k of NIET_IN_KEUZE) params.delete(k);
    const w: Weergave = {
      schema: WEERGAVE_SCHEMA,
      versie: 2,
      id: crypto.randomUUID(),
      naam: naam.trim(),
      omschrijving: omschrijving.trim(),
      pagina: pathname as WeergavePagina,
      zoek: params.toString(),
      tabel: alsTabel,
      datapakket: { hash: m.hash, peildatum: m.periode?.tot ?? null, naam: gegevens.data!.waar },
      aangemaakt: new Date().toISOString(),
    };
    setFout(null);
    try {
      await bewaarWeergave(w);
    } catch (e) {
      // The form stays open with what was typed: nothing is lost, and nothing claims to be saved.
      setFout(nietBewaard(e));
      return;
    }
    await queryClient.invalidateQueries({ queryKey: weergaven().queryKey });
    setBericht(`Weergave "${w.naam}" bewaard. U vindt haar onder Weergaven.`);
    setOpen(false);
    setNaam('');
    setOmschrijving('');
  };

  return (
    <div className="weergave-opslaan">
      {open ? (
        <form
          className="paneel"
          aria-labelledby={`${id}-kop`}
          onSubmit={(e) => {
            e.preventDefault();
            if (naam.trim()) void bewaar();
          }}
        >
          <h2 id={`${id}-kop`} className="klein">
            Weergave bewaren
          </h2>
          <div className="veld">
            <label htmlFor={`${id}-naam`}>Naam</label>
            <input id={`${id}-naam`} value={naam} maxLength={120} required onChange={(e) => setNaam(e.target.value)} />
          </div>
          <div className="veld">
            <label htmlFor={`${id}-omschrijving`}>Omschrijving</label>
            <textarea id={`${id}-omschrijving`} value={omschrijving} maxLength={2000} rows={2} onChange={(e) => setOmschrijving(e.target.value)} />
          </div>
          <p className="hint">
            De weergave onthoudt deze pagina, de keuze{alsTabel ? ', de tabellen' : ''} en datapakket <code>{korteHash(gegevens.data.pakket.manifest.hash)}</code>: wie haar later opent, ziet dezelfde
            cijfers.
          </p>
          {fout ? (
            <p role="alert" className="signaal">
              {fout}
            </p>
          ) : null}
          <button type="submit" className="knop">
            Bewaren
          </button>{' '}
          <button type="button" className="knop-klein" onClick={() => setOpen(false)}>
            Annuleren
          </button>
        </form>
      ) : (
        <button type="button" className="knop-klein" onClick={() => { setOpen(true); setBericht(null); }}>
          Weergave bewaren…
        </button>
      )}
      {bericht ? (
        <p role="status" className="hint">
          {bericht}
        </p>
      ) : null}
    </div>
  );
}
