import { SITELIJST } from '@pw/site/adres';

/**
 * The package list (`data/pakketten.json`), asked for before the rest of the app's code runs: this
 * module is main.tsx's first import and imports nothing that runs code. The first view waits for
 * the list (it says which package to show and whether small numbers are masked), and asked for
 * after the code had run it came back 120–170 ms later on a cold load, although the server answers
 * in a few milliseconds. `no-cache`, as `leesSite` asks: a monthly update is seen at once.
 */
let vroeg: Promise<Response | null> | null =
  typeof document === 'undefined' ? null : fetch(`${import.meta.env.BASE_URL}${SITELIJST}`, { cache: 'no-cache' }).catch(() => null);

/** The early answer, once (a response is read once); null after that, or when there was none. */
export function neemVroegeSitelijst(): Promise<Response | null> | null {
  const uit = vroeg;
  vroeg = null;
  return uit;
}
