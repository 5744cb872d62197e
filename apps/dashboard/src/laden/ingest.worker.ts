/// <reference lib="webworker" />
// The ingest of the command line, in a Web Worker: the page stays responsive while DuckDB-WASM
// (its own nested worker) reads the extracts. Only aggregates leave this worker, plus the
// validation report (which never holds values of personal fields) and the preview rows.
import type { Engine } from '@pw/engine';
import { openBrowserEngine } from '@pw/engine/browser';
import { EXTRACTSOORTEN, ingest, VELDEN, VOORBEELD_BYTES, voorbeeldVan, type Extractsoort, type Mapping, type Veld, type Voorbeeld } from '@pw/ingest';
import { bouwPakket } from '@pw/publicatie';
import type { Catalogus, NaarWorker, VanWorker } from './berichten.ts';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<Engine> | null = null;
const catalogus: Catalogus = {
  velden: (Object.keys(VELDEN) as Veld[]).map((v) => [v, VELDEN[v].label]),
  soorten: Object.fromEntries(Object.entries(EXTRACTSOORTEN).map(([k, v]) => [k, v.label])) as Record<Extractsoort, string>,
};
const lopend = new Map<number, AbortController>();

/** The preview of a file from its first bytes, read the way the load will read it. */
async function voorbeeld(bestand: File): Promise<Voorbeeld> {
  const begin = new Uint8Array(await bestand.slice(0, VOORBEELD_BYTES).arrayBuffer());
  return voorbeeldVan(begin, bestand.name, { grootte: bestand.size });
}

function stuur(b: VanWorker, transfer: Transferable[] = []): void {
  self.postMessage(b, transfer);
}

async function laden(id: number, bestanden: File[], mappings: Record<string, Mapping | undefined>, cbsPeriode?: number): Promise<void> {
  const t0 = performance.now();
  const stop = new AbortController();
  lopend.set(id, stop);
  let laatst = 0;
  try {
    stuur({ soort: 'voortgang', id, stap: { fase: 'starten', bestand: '' } });
    const e = await (engine ??= openBrowserEngine());
    const bronnen = [];
    for (const b of bestanden) {
      stuur({ soort: 'voortgang', id, stap: { fase: 'openen', bestand: b.name } });
      bronnen.push({ naam: b.name, bytes: new Uint8Array(await b.arrayBuffer()) });
    }
    const resultaat = await ingest(e, bronnen, {
      mapping: (naam) => mappings[naam],
      cbsPeriode,
      signaal: stop.signal,
      stukGrootte: 8 << 20,
      voortgang: (v) => {
        const nu = performance.now();
        // At most ten messages a second, but every change of phase.
        if (v.fase === 'lezen' && nu - laatst < 100 && v.fractie !== 1) return;
        laatst = nu;
        stuur({ soort: 'voortgang', id, stap: { fase: v.fase, bestand: v.bestand, rijen: v.rijen, fractie: v.fractie } });
      },
    });
    if (stop.signal.aborted) throw new DOMException('afgebroken', 'AbortError');
    if (!resultaat.geslaagd) {
      stuur({ soort: 'klaar', id, geslaagd: false, meldingen: resultaat.meldingen, bronnen: resultaat.bronnen, manifest: null, bestanden: [], duurMs: performance.now() - t0 });
      return;
    }
    stuur({ soort: 'voortgang', id, stap: { fase: 'pakket', bestand: '' } });
    const pakket = await bouwPakket(e, resultaat);
    const bestandenUit = [...pakket.bestanden.entries()];
    stuur(
      { soort: 'klaar', id, geslaagd: true, meldingen: resultaat.meldingen, bronnen: resultaat.bronnen, manifest: pakket.manifest, bestanden: bestandenUit, duurMs: performance.now() - t0 },
      [...new Set(bestandenUit.map(([, b]) => b.buffer as ArrayBuffer))],
    );
  } catch (fout) {
    if (fout instanceof DOMException && fout.name === 'AbortError') stuur({ soort: 'afgebroken', id });
    else stuur({ soort: 'fout', id, tekst: String(fout instanceof Error ? fout.message : fout).slice(0, 500) });
  } finally {
    lopend.delete(id);
  }
}

self.onmessage = (ev: MessageEvent<NaarWorker>) => {
  const b = ev.data;
  if (b.soort === 'annuleer') {
    lopend.get(b.id)?.abort();
  } else if (b.soort === 'voorbeeld') {
    Promise.all(b.bestanden.map(voorbeeld)).then(
      (voorbeelden) => stuur({ soort: 'voorbeeld', id: b.id, voorbeelden, catalogus }),
      (fout) => stuur({ soort: 'fout', id: b.id, tekst: String(fout instanceof Error ? fout.message : fout) }),
    );
  } else {
    void laden(b.id, b.bestanden, b.mappings, b.cbsPeriode);
  }
};
