/**
 * Tabs of this browser tell each other what they changed in the browser's storage, so two tabs never
 * disagree silently: a new default data package (every other tab switches to it and says so), and
 * saved or removed views and reports (every other tab re-reads its lists). One BroadcastChannel
 * per tab, made on first use; a message never reaches the tab that sent it. Where a browser has no
 * BroadcastChannel, tabs still check the default package when they become visible (`queries.ts`).
 */
export type Tabbladbericht = { soort: 'standaardpakket' } | { soort: 'weergaven' } | { soort: 'rapporten' };

const KANAAL = 'pw-monitor';
let kanaal: BroadcastChannel | null | undefined;

function kanaalVanTabblad(): BroadcastChannel | null {
  if (kanaal === undefined) {
    kanaal = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(KANAAL);
    // In Node (the unit tests) an open channel would keep the process alive.
    (kanaal as { unref?: () => void } | null)?.unref?.();
  }
  return kanaal;
}

/** Tells the other tabs what this one changed. */
export function meldAndereTabbladen(bericht: Tabbladbericht): void {
  kanaalVanTabblad()?.postMessage(bericht);
}

const SOORTEN = new Set(['standaardpakket', 'weergaven', 'rapporten']);

/** Calls `verwerk` for every message of another tab; returns the function that stops listening. */
export function luisterNaarAndereTabbladen(verwerk: (bericht: Tabbladbericht) => void): () => void {
  const k = kanaalVanTabblad();
  if (!k) return () => undefined;
  const luister = (e: MessageEvent<unknown>) => {
    const soort = (e.data as { soort?: unknown } | null)?.soort;
    if (typeof soort === 'string' && SOORTEN.has(soort)) verwerk({ soort } as Tabbladbericht);
  };
  k.addEventListener('message', luister);
  return () => k.removeEventListener('message', luister);
}
