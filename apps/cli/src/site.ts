// npm run site -- <package folder>... [--weergaven weergaven.json] [--kleine-aantallen afschermen|tonen] --out <folder>
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { datumNL, korteHash } from '@pw/model';
import { publiceerSite, Publicatiefout } from '@pw/site/node';
import { meld, toon, voerUit } from './uitvoeren.ts';

/** The built dashboard (npm run site builds it first). */
const APP = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

const HULP = `Gebruik: npm run site -- <map van een datapakket>... --out <map> [--weergaven weergaven.json] [--kleine-aantallen afschermen|tonen]

Schrijft een statische site naar <map>: het dashboard, de datapakketten (het nieuwste is de standaard,
oudere blijven onder hun hash), de gepubliceerde weergaven en serverconfiguratie voor nginx
(nginx.conf) en IIS (web.config). Elke webserver die bestanden serveert kan de map serveren.
Maandelijks bijwerken: maak het nieuwe pakket met npm run ingest en publiceer het in dezelfde map;
het wordt de standaard, eerdere pakketten blijven.

Kleine aantallen (1 tot en met 4) zijn ook op het scherm afgeschermd, zoals in exports; alleen voor
een besloten publiek publiceert u met --kleine-aantallen tonen.`;

async function main(): Promise<number> {
  let values: { out?: string; weergaven?: string; 'kleine-aantallen'?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, weergaven: { type: 'string' }, 'kleine-aantallen': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    meld(`${e instanceof Error ? e.message : String(e)}\n\n${HULP}`);
    return 2;
  }
  if (values.help || !positionals.length || !values.out) {
    meld(HULP);
    return values.help ? 0 : 2;
  }
  const kleine = values['kleine-aantallen'] ?? 'afschermen';
  if (kleine !== 'afschermen' && kleine !== 'tonen') {
    meld(`--kleine-aantallen ${kleine}: kies afschermen (standaard, voor een publicatie) of tonen (voor een besloten publiek).`);
    return 2;
  }
  try {
    const v = await publiceerSite({ app: APP, pakketten: positionals, weergaven: values.weergaven, kleineAantallen: kleine, uit: resolve(values.out) });
    const m = v.standaard.manifest;
    toon(`Site geschreven naar ${values.out}.`);
    toon(`  Standaard: datapakket ${korteHash(m.hash)}${m.periode ? `, uitkeringen t/m ${datumNL(m.periode.tot)}` : ''}.`);
    if (v.nieuw.length) toon(`  Nieuw gepubliceerd: ${v.nieuw.map(korteHash).join(', ')}.`);
    if (v.behouden.length) toon(`  Behouden (voor bewaarde weergaven): ${v.behouden.map(korteHash).join(', ')}.`);
    toon(kleine === 'afschermen' ? '  Kleine aantallen (1 tot en met 4) zijn ook op het scherm afgeschermd.' : '  Kleine aantallen worden getoond: alleen voor een besloten publiek.');
    for (const o of v.opmerkingen) toon(`  Let op: ${o}`);
    toon('  Serverconfiguratie: nginx.conf en web.config in de map. Proberen: python3 -m http.server --directory ' + values.out);
    return 0;
  } catch (e) {
    if (!(e instanceof Publicatiefout)) throw e;
    for (const m of e.meldingen) meld(m);
    meld(`Er is niets gepubliceerd; ${values.out} is ongewijzigd.`);
    return 1;
  }
}

voerUit(main);
