import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Manifest } from '@pw/datapackage';
import type { Melding, Voorbeeld } from '@pw/ingest';
import type { Catalogus, NaarWorker, VanWorker } from '../../src/laden/berichten.ts';
import { ingestVerbinding, STOPTIJD_MS, type IngestWerker } from '../../src/laden/verbinding.ts';
import { BEGINTOESTAND, isBezig, werkerStap, type Gebeurtenis, type Werkertoestand } from '../../src/laden/werker.ts';

const catalogus: Catalogus = { velden: [['persoon', 'persoon (BSN of klantnummer)']], soorten: { uitkeringen: 'uitkeringen', doelgroepen: 'doelgroepen', budget: 'budget', beschut_werk: 'beschut werk', wsw_personeel: 'Wsw-personeel', wsw_kengetallen: 'Wsw-kengetallen' } };
const voorbeeld = (naam: string): Voorbeeld => ({ naam, bytes: 193_259, vorm: 'csv', codering: 'windows-1252', kopregel: 3, scheiding: ';', koppen: ['BSN'], velden: ['persoon'], soort: 'uitkeringen', ontbrekend: [], rijen: [] });
const waarschuwing: Melding = { ernst: 'waarschuwing', code: 'zelfde-bestand', bestand: 'b.csv', regel: null, reden: 'Dit bestand is gelijk aan a.csv en telt één keer.', oplossing: 'Geen actie nodig.' };
const antwoord = (bericht: VanWorker): Gebeurtenis => ({ soort: 'antwoord', bericht });
const na = (...gebeurtenissen: Gebeurtenis[]): Werkertoestand => gebeurtenissen.reduce(werkerStap, BEGINTOESTAND);

describe('the protocol with the ingest worker', () => {
  it('shows the previews of the files chosen last, not of an earlier choice that answers late', () => {
    const t = na(
      { soort: 'voorbeeld-gevraagd', id: 1 },
      { soort: 'voorbeeld-gevraagd', id: 2 },
      antwoord({ soort: 'voorbeeld', id: 1, voorbeelden: [voorbeeld('oud.csv')], catalogus }),
    );
    expect(t).toMatchObject({ fase: { soort: 'voorbeeld' }, voorbeelden: null });
    expect(isBezig(t)).toBe(true);
    const klaar = werkerStap(t, antwoord({ soort: 'voorbeeld', id: 2, voorbeelden: [voorbeeld('uitkeringen-almelo-2024-12.csv')], catalogus }));
    expect(klaar.fase).toEqual({ soort: 'rust' });
    expect(klaar.voorbeelden!.map((v) => v.naam)).toEqual(['uitkeringen-almelo-2024-12.csv']);
    expect(klaar.catalogus).toBe(catalogus);
    expect(isBezig(klaar)).toBe(false);
  });

  it('follows a load from its start through its progress to the package', () => {
    let t = na({ soort: 'voorbeeld-gevraagd', id: 1 }, antwoord({ soort: 'voorbeeld', id: 1, voorbeelden: [voorbeeld('a.csv')], catalogus }), { soort: 'laden-gevraagd', id: 2 });
    expect(t.fase).toEqual({ soort: 'bezig', stap: { fase: 'starten', bestand: '' } });
    t = werkerStap(t, antwoord({ soort: 'voortgang', id: 2, stap: { fase: 'lezen', bestand: 'a.csv', rijen: 1825, fractie: 1 } }));
    expect(t.fase).toEqual({ soort: 'bezig', stap: { fase: 'lezen', bestand: 'a.csv', rijen: 1825, fractie: 1 } });
    const manifest = { hash: 'bf25fb03e6c1' } as Manifest;
    const tabel = Uint8Array.of(1, 2, 3);
    t = werkerStap(t, antwoord({ soort: 'klaar', id: 2, geslaagd: true, meldingen: [waarschuwing], bronnen: [], manifest, bestanden: [['uitkeringen_stand.arrow', tabel]], duurMs: 2300 }));
    expect(t.fase.soort).toBe('klaar');
    if (t.fase.soort !== 'klaar') return;
    expect(t.fase.uitkomst).toMatchObject({ geslaagd: true, meldingen: [waarschuwing], duurMs: 2300 });
    expect(t.fase.uitkomst.pakket!.manifest).toBe(manifest);
    expect(t.fase.uitkomst.pakket!.bestanden.get('uitkeringen_stand.arrow')).toBe(tabel);
    // The previews stay, so the mapping table is still there for another try.
    expect(t.voorbeelden!.map((v) => v.naam)).toEqual(['a.csv']);
  });

  it('gives no package for a load with errors, and shows the error of a worker that fails', () => {
    const mislukt = na({ soort: 'laden-gevraagd', id: 1 }, antwoord({ soort: 'klaar', id: 1, geslaagd: false, meldingen: [], bronnen: [], manifest: null, bestanden: [], duurMs: 10 }));
    expect(mislukt.fase).toMatchObject({ soort: 'klaar', uitkomst: { geslaagd: false, pakket: null } });
    expect(na({ soort: 'laden-gevraagd', id: 1 }, antwoord({ soort: 'fout', id: 1, tekst: 'Out of memory' })).fase).toEqual({ soort: 'fout', tekst: 'Out of memory' });
    expect(na({ soort: 'laden-gevraagd', id: 1 }, { soort: 'werker-fout', tekst: 'De verwerking in de achtergrond is gestopt.' }).fase).toMatchObject({ soort: 'fout' });
  });

  it('ignores what a stopped worker would still say', () => {
    const t = na({ soort: 'laden-gevraagd', id: 4 }, { soort: 'gestopt' }, antwoord({ soort: 'klaar', id: 4, geslaagd: true, meldingen: [], bronnen: [], manifest: null, bestanden: [], duurMs: 1 }));
    expect(t.fase).toEqual({ soort: 'afgebroken' });
  });
});

/** A stand-in for the worker: records what it is sent and whether it was terminated. */
function nepWerker() {
  const w = {
    verzonden: [] as NaarWorker[],
    beeindigd: false,
    onmessage: null as IngestWerker['onmessage'],
    onerror: null as IngestWerker['onerror'],
    postMessage(b: NaarWorker) {
      w.verzonden.push(b);
    },
    terminate() {
      w.beeindigd = true;
    },
    antwoord(b: VanWorker) {
      w.onmessage!({ data: b } as MessageEvent<VanWorker>);
    },
  };
  return w;
}

describe('cancelling a load', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function opzet() {
    const werkers: Array<ReturnType<typeof nepWerker>> = [];
    const gebeurtenissen: Gebeurtenis[] = [];
    const v = ingestVerbinding(() => {
      const w = nepWerker();
      werkers.push(w);
      return w;
    }, (g) => gebeurtenissen.push(g));
    return { v, werkers, gebeurtenissen, toestand: () => gebeurtenissen.reduce(werkerStap, BEGINTOESTAND) };
  }

  it('asks the worker to stop, and terminates it when it has not stopped in time', () => {
    const { v, werkers, toestand } = opzet();
    v.laad([], {});
    v.annuleer();
    expect(werkers[0]!.verzonden.map((b) => [b.soort, b.id])).toEqual([['laden', 1], ['annuleer', 1]]);
    vi.advanceTimersByTime(STOPTIJD_MS - 1);
    expect(werkers[0]!.beeindigd).toBe(false);
    vi.advanceTimersByTime(1);
    expect(werkers[0]!.beeindigd).toBe(true);
    expect(toestand().fase).toEqual({ soort: 'afgebroken' });
    // The next load starts a new worker (and DuckDB).
    v.laad([], {});
    expect(werkers).toHaveLength(2);
    expect(werkers[1]!.verzonden).toEqual([{ soort: 'laden', id: 2, bestanden: [], mappings: {} }]);
  });

  it('keeps the worker when the load stops between two steps, as asked', () => {
    const { v, werkers, toestand } = opzet();
    v.laad([], {});
    v.annuleer();
    werkers[0]!.antwoord({ soort: 'afgebroken', id: 1 });
    vi.advanceTimersByTime(STOPTIJD_MS * 2);
    expect(werkers[0]!.beeindigd).toBe(false);
    expect(toestand().fase).toEqual({ soort: 'afgebroken' });
  });

  it('keeps the timer running while the worker only reports progress', () => {
    const { v, werkers } = opzet();
    v.laad([], {});
    v.annuleer();
    werkers[0]!.antwoord({ soort: 'voortgang', id: 1, stap: { fase: 'lezen', bestand: 'a.csv', rijen: 100 } });
    vi.advanceTimersByTime(STOPTIJD_MS);
    expect(werkers[0]!.beeindigd).toBe(true);
  });
});
