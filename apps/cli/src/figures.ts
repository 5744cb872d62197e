// npm run figures -- <dir> [--format csv|json] [--dialect rfc4180|nl] [--indeling historisch|huidig]
//   [--gemeente GM1774,...] [--samenwerking noord-oost-twente,...] [--peildatum 2019-12-01 | --van d --tot d] [--indicator a,b]
import { parseArgs } from 'node:util';
import { laadPakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { afschermingVanPakket, schermAf } from '@pw/afscherming';
import { openRekenmachine } from './rekenmachine.ts';
import { figurenCsv, figurenJson } from '@pw/export';
import { cbsFiguren, figuren, INDICATOREN, isCbsIndicator, type Gebied, type Indeling } from '@pw/metrics';
import { isIsoDatum } from '@pw/model';
import { meld, schrijfUitvoer, voerUit } from './uitvoeren.ts';

const HULP = `Gebruik: npm run figures -- <datapakket> [--format csv|json] [opties]

Drukt de standaardcijfers af in lang formaat: indicator, gemeente_code, gemeente_naam, periode,
dimensie, categorie, waarde. Opties:
  --format csv|json          standaard csv
  --dialect rfc4180|nl       CSV-dialect: komma en punt (standaard), of puntkomma, decimale komma en BOM
  --indeling historisch|huidig   gemeenten zoals geregistreerd (standaard) of in de huidige indeling
  --gemeente GM1774,GM0183   alleen deze gemeenten
  --samenwerking noord-oost-twente   een samenwerking (som van de leden)
  --peildatum 2019-12-01     alleen deze peildatum (of het jaar/de maand ervan)
  --van 2019-01-01 --tot 2019-12-31   alleen deze periode
  --indicator uitkeringen,instroom    alleen deze indicatoren (${INDICATOREN.map((i) => i.id).join(', ')},
                             of een CBS-cijfer: cbs.<sleutel zoals in het CBS-bestand>, bijvoorbeeld cbs.Bijstandsontvangers_2)
  --kleine-aantallen tonen|afschermen   aantallen van 1 t/m 4 als <5, en als x wat ze terug zou laten rekenen
                             (standaard: tonen; het dashboard schermt ze standaard af)

Heeft het pakket CBS-referentiecijfers (een CBS-open-data-bestand bij npm run ingest), dan volgen
die als indicator cbs.<sleutel> (Bron: CBS), met de code uit het CBS-bestand (GM… of NL01 voor
Nederland) en de periode van het CBS (2017, 2017-Q3 of 2017-05). Ze zijn al door het CBS op
tientallen afgerond en worden niet afgeschermd.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'csv' },
      dialect: { type: 'string', default: 'rfc4180' },
      indeling: { type: 'string', default: 'historisch' },
      gemeente: { type: 'string' },
      samenwerking: { type: 'string' },
      peildatum: { type: 'string' },
      van: { type: 'string' },
      tot: { type: 'string' },
      indicator: { type: 'string' },
      'kleine-aantallen': { type: 'string', default: 'tonen' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    meld(HULP);
    return values.help ? 0 : 2;
  }
  const fout = (s: string) => {
    meld(s);
    return 2;
  };
  if (!['csv', 'json'].includes(values.format!)) return fout(`--format ${values.format}: kies csv of json.`);
  if (!['rfc4180', 'nl'].includes(values.dialect!)) return fout(`--dialect ${values.dialect}: kies rfc4180 of nl.`);
  if (!['historisch', 'huidig'].includes(values.indeling!)) return fout(`--indeling ${values.indeling}: kies historisch of huidig.`);
  if (!['tonen', 'afschermen'].includes(values['kleine-aantallen']!)) return fout(`--kleine-aantallen ${values['kleine-aantallen']}: kies tonen of afschermen.`);
  for (const d of [values.peildatum, values.van, values.tot]) if (d && !isIsoDatum(d)) return fout(`${d}: schrijf datums als jjjj-mm-dd, bijvoorbeeld 2019-12-01.`);
  const indicatoren = values.indicator?.split(',').map((s) => s.trim());
  const onbekend = indicatoren?.filter((i) => !INDICATOREN.some((x) => x.id === i) && !isCbsIndicator(i));
  if (onbekend?.length) return fout(`Onbekende indicator ${onbekend.join(', ')}; kies uit ${INDICATOREN.map((i) => i.id).join(', ')}.`);
  const gebieden: Gebied[] = [
    ...(values.gemeente?.split(',').map((c) => ({ soort: 'gemeente' as const, code: c.trim().toUpperCase() })) ?? []),
    ...(values.samenwerking?.split(',').map((id) => ({ soort: 'samenwerking' as const, id: id.trim() })) ?? []),
  ];
  const pakket = await leesPakketMap(positionals[0]!);
  const engine = await openRekenmachine();
  await laadPakket(engine, pakket);
  const standaard = indicatoren?.filter((i) => !isCbsIndicator(i));
  const cbs = indicatoren?.filter(isCbsIndicator);
  const rijen =
    standaard && standaard.length === 0
      ? []
      : await figuren(engine, {
          gebieden: gebieden.length ? gebieden : 'alle-gemeenten',
          indeling: values.indeling as Indeling,
          indicatoren: standaard,
          van: values.peildatum ?? values.van,
          tot: values.peildatum ?? values.tot,
        });
  // CBS reference figures (issue 12) after the standard ones: per municipality as CBS publishes it, not per cooperation.
  const cbsRijen =
    (cbs && cbs.length === 0) || (values.samenwerking && !values.gemeente)
      ? []
      : await cbsFiguren(engine, {
          gemeenten: values.gemeente ? gebieden.flatMap((g) => (g.soort === 'gemeente' ? [g.code] : [])) : undefined,
          indicatoren: cbs,
          van: values.peildatum ?? values.van,
          tot: values.peildatum ?? values.tot,
        });
  // Masking is decided once over all figures of the package (both indelingen, every area), so
  // that the outputs of different selections cannot be combined to undo it.
  const afscherming = values['kleine-aantallen'] === 'afschermen' ? await afschermingVanPakket(engine, pakket.manifest.gemeenten) : null;
  await engine.close();
  // CBS counts are published rounded to tens by CBS: they are not masked again (docs/beslissingen.md, issue 12).
  const uit = [...(afscherming ? schermAf(rijen, afscherming, values.indeling as Indeling).rijen : rijen), ...cbsRijen];
  // Wait until stdout has taken everything: process.exit would cut a large output written to a pipe.
  const tekst = values.format === 'json' ? figurenJson(uit) : figurenCsv(uit, values.dialect as 'rfc4180' | 'nl');
  await schrijfUitvoer(tekst);
  return 0;
}

voerUit(main);
