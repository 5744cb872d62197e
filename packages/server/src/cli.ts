// `npm start` serves through this: node --import tsx packages/server/src/cli.ts [--pakket <map>] [--poort <n>]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PakketFout } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { korteHash } from '@pw/model';
import { PoortBezet, serveer } from './index.ts';

/** The built dashboard. */
const APP = fileURLToPath(new URL('../../../apps/dashboard/dist', import.meta.url));

const HULP = `Gebruik: npm start [-- --pakket <map>]

Serveert het dashboard op http://localhost:4173 (PORT kiest een andere poort), met het demodatapakket,
of met --pakket het datapakket in <map> (gemaakt met npm run ingest); dat wordt eerst gecontroleerd.`;

async function main(): Promise<number> {
  let values: { pakket?: string; poort?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { pakket: { type: 'string' }, poort: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch {
    console.error(`${process.argv.slice(2).join(' ')}: die opties kent npm start niet.\n\n${HULP}`);
    return 2;
  }
  if (values.help) {
    console.log(HULP);
    return 0;
  }
  const poort = Number(values.poort ?? process.env.PORT ?? 4173);
  if (!Number.isInteger(poort) || poort < 1 || poort > 65535) {
    console.error(`Poort ${values.poort ?? process.env.PORT} is geen poortnummer. Oplossing: kies een getal van 1 tot 65535, bijvoorbeeld PORT=4180 npm start.`);
    return 2;
  }
  let pakket;
  if (values.pakket) {
    try {
      pakket = await leesPakketMap(resolve(values.pakket));
    } catch (e) {
      console.error(e instanceof PakketFout ? e.message : `${values.pakket}: ${e instanceof Error ? e.message : String(e)}`);
      console.error('Er wordt niets geserveerd.');
      return 1;
    }
  }
  try {
    const server = await serveer({ map: APP, poort, strikt: true, ...(pakket ? { pakket } : {}) });
    const wat = pakket ? `datapakket ${resolve(values.pakket!)}, ${korteHash(pakket.manifest.hash)}` : 'demodatapakket';
    console.log(`\npw-monitor draait op ${server.url}/ (${wat}). Stoppen: Ctrl+C.`);
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => void server.sluit().then(() => process.exit(0)));
    return -1;
  } catch (e) {
    if (e instanceof PoortBezet) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
