import { WEERGAVE_PAGINAS } from '@pw/views';

/**
 * The page routes of the dashboard besides those a view can show (@pw/views). A published site
 * writes an `index.html` for each route, so a deep link (`/uitkeringen?gebied=…`) works on a
 * server that rewrites nothing (python3 -m http.server, a file share behind IIS). The dashboard's
 * test checks this list against its page list: a new page belongs here too.
 */
const OVERIGE_ROUTES = ['/weergaven', '/rapporten', '/begrippen', '/controle', '/gegevens-laden', '/rapport'] as const;

/** Every page route of the dashboard. */
export const PAGINAROUTES: readonly string[] = [...Object.keys(WEERGAVE_PAGINAS), ...OVERIGE_ROUTES];
