// npm run ingest -- <files or folders> --out <dir> [--mapping mapping.json] [--weergaven weergaven.json] [--periode <jaar>]
import { parseArgs } from 'node:util';
import { neemSchrijfslot, schrijfPakket, SchrijfslotBezet, type Schrijfslot } from '@pw/datapackage/node';
import { openRekenmachine } from './rekenmachine.ts';
import { ingest, meldingTekst } from '@pw/ingest';
import { readFile } from 'node:fs/promises';
import { meervoud } from '@pw/format';
import { datumNL, korteHash } from '@pw/model';
import { bouwPakket } from '@pw/publicatie';
import { leesWeergavebestand, Weergavefout, type Weergave } from '@pw/views';
import { leesBron, mappingVoor, verzamelBestanden } from './bestanden.ts';
import { meld, toon, voerUit, voortgangsregel } from './uitvoeren.ts';

const HULP = `Gebruik: npm run ingest -- <bestanden of mappen> --out <map> [--mapping mapping.json] [--weergaven weergaven.json] [--periode <jaar>]

Leest uitkerings-, doelgroep-, budget- en beschut-werkextracten (CSV of XLSX) en CBS-open-data
(CSV of OData-JSON uit StatLine, als referentie), controleert ze en schrijft een datapakket naar
<map>. --periode <jaar>: het jaar van CBS-bestanden zonder kolom Perioden. Bij een fout wordt niets geschreven en blijft een bestaand
pakket in <map> ongewijzigd. Met --weergaven publiceert u weergaven (geëxporteerd op de pagina
Weergaven) met het pakket: iedereen die het opent, ziet ze; ze tonen de gegevens van dit pakket.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, mapping: { type: 'string' }, periode: { type: 'string' }, weergaven: { type: 'string' }, help: { type: 'boolean', short: 'h' }, stil: { type: 'boolean' } },
  });
  if (values.help || positionals.length === 0 || !values.out) {
    meld(HULP);
    return values.help ? 0 : 2;
  }
  if (values.periode !== undefined && !/^(19|20)\d{2}$/.test(values.periode)) {
    meld(`--periode ${values.periode}: geef een jaar, bijvoorbeeld --periode 2017.`);
    return 2;
  }
  // Before anything else: the lock of --out (a second ingest into it is refused), and the restore
  // of a package an earlier, killed ingest left half swapped.
  let slot: Schrijfslot;
  try {
    slot = await neemSchrijfslot(values.out, (m) => meld(m));
  } catch (e) {
    if (!(e instanceof SchrijfslotBezet)) throw e;
    meld(e.message);
    return 1;
  }
  try {
    return await ingestNaar({ ...values, out: values.out }, positionals, slot);
  } finally {
    await slot.vrijgeven();
  }
}

async function ingestNaar(values: { out: string; mapping?: string; weergaven?: string; stil?: boolean; periode?: string }, positionals: string[], slot: Schrijfslot): Promise<number> {
  // Published views are read first: a bad file stops before any work, and nothing is written.
  let weergaven: Weergave[] = [];
  if (values.weergaven) {
    try {
      weergaven = leesWeergavebestand(await readFile(values.weergaven, 'utf8'), values.weergaven);
    } catch (e) {
      for (const m of e instanceof Weergavefout ? e.meldingen : [`${values.weergaven} kon niet worden gelezen.`]) meld(m);
      meld(`Er is niets geschreven; ${values.out} is ongewijzigd. Oplossing: exporteer de weergaven opnieuw op de pagina Weergaven.`);
      return 2;
    }
  }
  const paden = await verzamelBestanden(positionals);
  const bestanden = await Promise.all(paden.map(leesBron));
  const mapping = await mappingVoor(paden, values.mapping);
  const engine = await openRekenmachine();
  const t0 = performance.now();
  let laatste = '';
  const resultaat = await ingest(engine, bestanden, {
    mapping,
    cbsPeriode: values.periode === undefined ? undefined : Number(values.periode),
    // On the command line one read per file is fastest; the browser reads in chunks for its progress bar.
    stukGrootte: 1 << 30,
    voortgang: (v) => {
      const regel = `${v.fase} ${v.bestand}${v.rijen !== undefined ? ` (${v.rijen.toLocaleString('nl-NL')} rijen)` : ''}`;
      if (!values.stil && regel !== laatste) voortgangsregel(regel);
      laatste = regel;
    },
  });
  if (!values.stil) voortgangsregel(null);
  for (const m of resultaat.meldingen) meld(meldingTekst(m));
  if (!resultaat.geslaagd) {
    const n = resultaat.meldingen.filter((m) => m.ernst === 'fout').length;
    meld(`\n${n} fout${n === 1 ? '' : 'en'}: er is niets geladen; ${values.out} is ongewijzigd.`);
    await engine.close();
    return 1;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const pakket = await bouwPakket(engine, resultaat, { aangemaakt: epoch ? new Date(Number(epoch) * 1000).toISOString() : undefined });
  // A published view shows the package that carries it.
  if (weergaven.length)
    pakket.manifest.weergaven = weergaven.map((w) => ({ ...w, datapakket: { hash: pakket.manifest.hash, peildatum: pakket.manifest.periode?.tot ?? null, naam: 'gepubliceerd met dit datapakket' } }));
  await schrijfPakket(values.out, pakket, { slot });
  await engine.close();
  const m = pakket.manifest;
  const duur = ((performance.now() - t0) / 1000).toFixed(1);
  toon(`Datapakket geschreven naar ${values.out} in ${duur} s (hash ${korteHash(m.hash)}).`);
  for (const b of m.bronnen) toon(`  ${b.naam}: ${b.rijen.toLocaleString('nl-NL')} regels${b.zelfdeAls ? ` (gelijk aan ${b.zelfdeAls}, één keer geteld)` : ''}`);
  if (m.periode) toon(`  Uitkeringen van ${datumNL(m.periode.van)} t/m ${datumNL(m.periode.tot)}; ${m.gemeenten.length} gemeenten.`);
  if (m.validatie.waarschuwingen) toon(`  ${meervoud(m.validatie.waarschuwingen, 'waarschuwing', 'waarschuwingen')}, zie hierboven.`);
  return 0;
}

voerUit(main);
