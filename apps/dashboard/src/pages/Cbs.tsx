import { useQuery } from '@tanstack/react-query';
import { tijdgrafiek, type Tabel as TabelData } from '@pw/charts';
import { formatAantal, formatDecimaal, formatMaandKort, formatVerschil } from '@pw/format';
import { cbsAansluiting, cbsPositie, landelijkeTrend, type CbsPositie, type CbsRij, type Figuur } from '@pw/metrics';
import { CBS_BRON, CBS_LEEFTIJD, gemeenteNaam } from '@pw/model';
import { Fout, GeenGegevens, Grafiek, Laden, Tabel } from '@pw/ui';
import { useGegevens } from '../data/hooks.ts';
import { cbsEigenPw, cbsReferentie } from '../data/queries.ts';

/**
 * CBS as national context (issue 12). The pages only show what @pw/metrics computes: a
 * municipality's position among all municipalities on CBS's own published density, the spread of
 * its size class and of the country, the national trend next to its own series, and (Controle) its
 * own count against CBS's. Every figure here says "Bron: CBS" with the table's period.
 */

/** "Bron: CBS, bijstand-gemeenten-2015.csv (tabel 83450NED), 2015". */
function cbsBron(rij: { bronbestand: string; tabel?: string | null }, periode: string): string {
  return `${CBS_BRON}, ${rij.bronbestand}${rij.tabel ? ` (tabel ${rij.tabel})` : ''}, ${periode}`;
}

function useCbs() {
  const { manifest } = useGegevens().data!.pakket;
  return useQuery(cbsReferentie(manifest.hash));
}

const GEEN_CBS = 'Dit datapakket heeft geen CBS-referentiecijfers. Laad een CBS-open-data-bestand (StatLine, bijvoorbeeld tabel 83450NED) met de extracten, dan staat hier de landelijke vergelijking.';

/** The measures a municipality without its own extract is shown with, in this order. */
const KERNSTAMMEN = ['inwoners', 'bijstandsontvangers', 'bijstandsdichtheid', 'instroom', 'uitstroom', 'uitstroom_werk', 'wsw_werknemers'] as const;
const KERN_NAAM: Record<(typeof KERNSTAMMEN)[number], string> = {
  inwoners: 'Inwoners',
  bijstandsontvangers: 'Bijstandsontvangers (personen)',
  bijstandsdichtheid: 'Bijstandsdichtheid (per 1.000 inwoners)',
  instroom: 'Instroom in de bijstand',
  uitstroom: 'Uitstroom uit de bijstand',
  uitstroom_werk: 'Uitstroom naar werk',
  wsw_werknemers: 'Wsw-werknemers',
};

/**
 * Overzicht and Uitkeringen for a municipality with no extract of its own: its CBS figures of the
 * latest CBS year, clearly labelled as CBS figures (issue 12). Shows nothing when the package has
 * the municipality's own benefit figures.
 */
export function CbsKerncijfers({ code, naam, eigen }: { code: string; naam: string; eigen: readonly Figuur[] }) {
  const cbs = useCbs();
  if (eigen.some((r) => r.indicator === 'uitkeringen' && r.gemeente_code === code) || !cbs.data) return null;
  const van = cbs.data.filter((r) => r.gemeente_code === code && r.stam && /^\d{4}$/.test(r.periode));
  if (!van.length) return null;
  const jaar = van.reduce((j, r) => (r.periode > j ? r.periode : j), '');
  const cel = (stam: string, categorie: string) => van.find((r) => r.periode === jaar && r.stam === stam && (r.dimensie === 'totaal' || r.categorie === categorie))?.waarde ?? null;
  const eerste = van.find((r) => r.periode === jaar)!;
  const tabel: TabelData = {
    bijschrift: `CBS-cijfers ${naam} ${jaar}`,
    kolommen: ['Cijfer', `${CBS_LEEFTIJD['20150']}`, `${CBS_LEEFTIJD['90100']}`],
    rijen: KERNSTAMMEN.filter((s) => cel(s, '20150') !== null || cel(s, '90100') !== null).map((s) => [KERN_NAAM[s], cel(s, '20150'), cel(s, '90100')]),
    eenheid: 'aantal',
  };
  return (
    <section aria-label={`CBS-cijfers ${naam}`} className="paneel">
      <p className="signaal" role="note">
        Voor {naam} heeft dit datapakket geen eigen extract. Hieronder staan de cijfers van het CBS ({jaar}, eind van het jaar, in de gemeentelijke indeling van {jaar}): personen, afgerond op tientallen.
      </p>
      <Tabel tabel={tabel} />
      <p className="bron">{cbsBron({ bronbestand: eerste.bronbestand, tabel: eerste.tabel }, jaar)}.</p>
    </section>
  );
}

/** Uitkeringen: position among all municipalities and the national trend, for the first chosen municipality. */
export function CbsContext({ code, naam, rijen }: { code: string; naam: string; rijen: readonly Figuur[] }) {
  const cbs = useCbs();
  if (cbs.isError)
    return (
      <Fout titel="De CBS-cijfers konden niet worden gelezen">
        <p>{String(cbs.error)}</p>
      </Fout>
    );
  if (!cbs.data) return <Laden tekst="CBS-cijfers lezen…" />;
  if (!cbs.data.length) return <GeenGegevens>{GEEN_CBS}</GeenGegevens>;
  const positie = cbsPositie(cbs.data, code);
  return (
    <section aria-label="Landelijke context (CBS)">
      {/* In a report the national context is the position sentence and the trend chart; the CBS tables stay on screen and in the exports (a view fits two A4 pages). */}
      <div className="alleen-scherm">
        <CbsKerncijfers code={code} naam={naam} eigen={rijen} />
      </div>
      {positie ? <Positie positie={positie} naam={naam} rijen={cbs.data} /> : <GeenGegevens>Het CBS publiceert voor {naam} geen bijstandsdichtheid in de CBS-cijfers van dit datapakket.</GeenGegevens>}
      <Trend code={code} naam={naam} rijen={rijen} cbs={cbs.data} />
    </section>
  );
}

function Positie({ positie: p, naam, rijen }: { positie: CbsPositie; naam: string; rijen: readonly CbsRij[] }) {
  const leeftijd = CBS_LEEFTIJD[p.categorie] ?? p.categorie;
  const tabelId = rijen.find((r) => r.bronbestand === p.bronbestand)?.tabel ?? null;
  const bron = cbsBron({ bronbestand: p.bronbestand, tabel: tabelId }, `${p.periode} (stand eind ${p.periode})`);
  const tabel: TabelData = {
    bijschrift: `Bijstandsdichtheid (bijstandsontvangers per 1.000 inwoners van ${leeftijd}) ${p.periode}: positie van ${naam}`,
    kolommen: ['Vergelijking', 'Plaats (1 = hoogste)', 'Aantal gemeenten', 'Percentiel', 'Gemiddelde', '25e percentiel', '75e percentiel'],
    rijen: [
      ['Alle gemeenten', p.land.plaats, p.land.n, p.land.percentiel, p.landSpreiding.gemiddelde, p.landSpreiding.p25, p.landSpreiding.p75],
      ...(p.klasse && p.klasseRang && p.klasseSpreiding
        ? [[`Gemeenten met ${p.klasse.naam}`, p.klasseRang.plaats, p.klasseRang.n, p.klasseRang.percentiel, p.klasseSpreiding.gemiddelde, p.klasseSpreiding.p25, p.klasseSpreiding.p75] satisfies TabelData['rijen'][number]]
        : []),
    ],
    eenheid: 'per1000',
    eenheden: ['aantal', 'aantal', 'aantal', 'per1000', 'per1000', 'per1000'],
  };
  return (
    <>
      <p className="cbs-positie">
        {naam} staat met een bijstandsdichtheid van <strong>{formatDecimaal(p.waarde)}</strong> per 1.000 inwoners van {leeftijd} op plaats <strong>{p.land.plaats}</strong> van{' '}
        {formatAantal(p.land.n)} gemeenten (percentiel {p.land.percentiel}: hoger dan {p.land.percentiel}% van de andere gemeenten)
        {p.klasse && p.klasseRang ? `, en op plaats ${p.klasseRang.plaats} van ${p.klasseRang.n} gemeenten met ${p.klasse.naam}` : ''}
        {p.nederland !== null ? `. Nederland: ${formatDecimaal(p.nederland)}` : ''}. {CBS_BRON}, {p.periode}.
      </p>
      <figure className="paneel alleen-scherm">
        <Tabel tabel={tabel} />
        <p className="bron">
          {bron}. Gerangschikt op de dichtheid die het CBS zelf publiceert (niet op de tot tientallen afgeronde aantallen, opnieuw gedeeld), over de gemeenten in de indeling van dat jaar.
          {p.klasse
            ? ` Grootteklasse naar het aantal inwoners van ${p.klasseBasis === 'model' ? `${naam} uit pw-monitor (alle inwoners)` : `${naam} volgens het CBS-bestand (inwoners van 15 jaar of ouder)`}; ${formatAantal(p.klasseUitCbs)} gemeenten van de grootteklasse zijn ingedeeld naar de inwoners van 15 jaar of ouder in het CBS-bestand, omdat pw-monitor hun totale aantal inwoners niet heeft.`
            : ' Geen grootteklasse: het aantal inwoners is niet bekend.'}
        </p>
      </figure>
    </>
  );
}

function Trend({ code, naam, rijen, cbs }: { code: string; naam: string; rijen: readonly Figuur[]; cbs: readonly CbsRij[] }) {
  const eigen = new Map(
    rijen.filter((r) => r.indicator === 'uitkeringen' && r.gemeente_code === code && r.dimensie === 'regeling' && r.categorie === 'Pw').map((r) => [r.periode.slice(0, 7), r.waarde]),
  );
  const stam = cbs.some((r) => r.stam === 'bijstandsuitkeringen_tot_aow' && r.gemeente_code === 'NL01') ? 'bijstandsuitkeringen_tot_aow' : 'bijstandsuitkeringen';
  const trend = landelijkeTrend(cbs, eigen, stam);
  if (!trend) return <GeenGegevens>Geen landelijk cijfer: de CBS-cijfers van dit datapakket hebben geen landelijke maandreeks van bijstandsuitkeringen (CBS-tabel 37789ksz).</GeenGegevens>;
  const reeks = stam === 'bijstandsuitkeringen_tot_aow' ? 'bijstandsuitkeringen tot de AOW-leeftijd' : 'bijstandsuitkeringen';
  const nationaalTekst = trend.nationaalVan && trend.nationaalTot ? `van ${formatMaandKort(trend.nationaalVan)} tot en met ${formatMaandKort(trend.nationaalTot)}` : '';
  if (!trend.punten.length)
    return (
      <GeenGegevens>
        Geen landelijk cijfer voor de maanden van {naam}: de landelijke reeks van het CBS loopt {nationaalTekst}, en er is geen maand waarin zowel het CBS als de eigen gegevens een cijfer hebben.
      </GeenGegevens>
    );
  const eersteMaand = trend.punten[0]!.maand;
  const laatsteMaand = trend.punten.at(-1)!.maand;
  const grafiek = tijdgrafiek({
    titel: `Verloop ${naam} en Nederland, geïndexeerd (${formatMaandKort(eersteMaand)} = 100)`,
    xNaam: 'Maand',
    yNaam: `Index (${formatMaandKort(eersteMaand)} = 100)`,
    eenheid: 'per1000',
    reeksen: [
      { naam: `${naam}: Pw-uitkeringen`, waarden: new Map(trend.punten.map((p) => [`${p.maand}-01`, p.eigen])) },
      { naam: `Nederland: ${reeks} (CBS)`, waarden: new Map(trend.punten.map((p) => [`${p.maand}-01`, p.nederland])) },
    ],
  });
  const laatste = trend.punten.at(-1)!;
  const eigenLaatst = [...eigen.keys()].sort().at(-1);
  return (
    <>
      <h3>Landelijke trend</h3>
      <p className="uitleg">
        Beide reeksen staan op 100 in {formatMaandKort(eersteMaand)}, de eerste maand waarin beide een cijfer hebben. In {formatMaandKort(laatsteMaand)}: {naam} {formatDecimaal(laatste.eigen)},
        Nederland {formatDecimaal(laatste.nederland)} ({laatste.eigen < laatste.nederland ? `${naam} daalde sterker of steeg minder dan het land` : laatste.eigen > laatste.nederland ? `${naam} steeg sterker of daalde minder dan het land` : 'gelijk aan het land'}).
        {eigenLaatst && eigenLaatst > laatsteMaand ? ` Na ${formatMaandKort(laatsteMaand)} is er geen landelijk cijfer (de CBS-reeks in dit datapakket loopt ${nationaalTekst}).` : ''}
      </p>
      {/* In a report the sentence above carries the comparison; the chart and its table stay on screen and in the exports. */}
      <div className="alleen-scherm">
        <Grafiek
          grafiek={grafiek}
          bron={`${naam}: Pw-uitkeringen op de eerste van de maand (eigen extract); Nederland: ${cbsBron(trend, `maandcijfers ${nationaalTekst}`).replace(/^Bron: /, '')}, ${trend.maatstaf}, aantal uitkeringen`}
          periode={`${formatMaandKort(eersteMaand)} tot en met ${formatMaandKort(laatsteMaand)}`}
        />
      </div>
    </>
  );
}

/** Controle: the own Pw count against CBS's bijstandsontvangers per year where both exist, with the differences explained. */
export function CbsAansluitingen({ gemeenten }: { gemeenten: readonly string[] }) {
  const { manifest } = useGegevens().data!.pakket;
  const cbs = useCbs();
  const eigen = useQuery(cbsEigenPw(manifest.hash));
  if (cbs.isError || eigen.isError)
    return (
      <Fout titel="De CBS-cijfers konden niet worden gelezen">
        <p>{String(cbs.error ?? eigen.error)}</p>
      </Fout>
    );
  if (!cbs.data || !eigen.data) return <Laden tekst="CBS-cijfers lezen…" />;
  if (!cbs.data.length) return <GeenGegevens>{GEEN_CBS}</GeenGegevens>;
  const regels = gemeenten.flatMap((code) => cbsAansluiting(cbs.data, code, eigen.data).map((a) => ({ code, ...a })));
  if (!regels.length)
    return <GeenGegevens>Er is geen jaar waarvoor zowel het CBS (bijstandsontvangers) als de eigen extracten (Pw-uitkeringen op 1 januari daarna) een cijfer hebben.</GeenGegevens>;
  const tabel: TabelData = {
    bijschrift: 'Eigen telling naast het CBS: bijstandsontvangers eind van het jaar',
    kolommen: ['Gemeente en jaar', 'CBS: 15 jaar tot AOW-leeftijd', 'CBS: 15 jaar of ouder', 'Eigen: Pw-uitkeringen', 'Verschil', 'Eigen op de CBS-manier (jonger dan 65)', 'Verschil'],
    rijen: regels.map((r) => [`${gemeenteNaam(r.code)} ${r.jaar} (eigen: 1-1-${Number(r.jaar) + 1})`, r.cbs, r.cbsAlleLeeftijden, r.eigen, r.verschil, r.eigenCbsWijze, r.verschilCbsWijze]),
    eenheid: 'aantal',
  };
  const bronnen = [...new Set(regels.map((r) => cbsBron({ bronbestand: r.bronbestand, tabel: cbs.data.find((x) => x.bronbestand === r.bronbestand)?.tabel }, r.jaar)))];
  return (
    <>
      <figure className="paneel alleen-scherm">
        <Tabel tabel={tabel} />
        <p className="bron">
          {bronnen.join('; ')}. Eigen: datapakket, Pw-uitkeringen op 1 januari.
        </p>
      </figure>
      <ul className="controle cbs-verschillen">
        {regels.map((r) => (
          <li key={`${r.code}-${r.jaar}`} className={r.verschilCbsWijze !== null && Math.abs(r.verschilCbsWijze) <= 5 ? 'signaal signaal-ok' : 'signaal'}>
            {gemeenteNaam(r.code)} {r.jaar}: CBS {formatAantal(r.cbs)}, eigen {formatAantal(r.eigen!)} ({formatVerschil(r.verschil!)})
            {r.eigenCbsWijze !== null
              ? `; op de CBS-manier ${formatAantal(r.eigenCbsWijze)} (${formatVerschil(r.verschilCbsWijze!)}): ${Math.abs(r.verschilCbsWijze!) <= 5 ? 'het verschil valt binnen de afronding op tientallen.' : 'dit verschil verklaren afronding, leeftijdsgrens en peildatum niet; zie hieronder wat overblijft.'}`
              : '; op de CBS-manier niet te tellen: van een deel van de ontvangers is de leeftijd niet bekend.'}
          </li>
        ))}
      </ul>
      <p className="uitleg">Waarom de cijfers verschillen:</p>
      <ul className="uitleg">
        <li>Het CBS telt personen (bijstandsontvangers); pw-monitor telt uitkeringen. Voor de Pw is dat hier hetzelfde: één persoon heeft niet twee Pw-uitkeringen tegelijk (het laden weigert dat).</li>
        <li>Het CBS rondt af op tientallen: een verschil tot 5 is afronding.</li>
        <li>Peildatum: het CBS telt op de laatste dag van het jaar; dat is de stand op 1 januari erna (de ultimoregel), en die stand staat hier.</li>
        <li>Leeftijd: het CBS-cijfer is 15 jaar tot de AOW-leeftijd (bijstand vanaf de AOW-leeftijd is de AIO, uitgevoerd door de SVB). De eigen telling op de CBS-manier laat ontvangers van 65 jaar en ouder weg, de leeftijdsklasse die het dichtst bij de AOW-leeftijd ligt.</li>
        <li>De landelijke maandreeks van het CBS telt uitkeringen, niet personen, in duizendtallen.</li>
        <li>Wat overblijft: het CBS telt naar woongemeente en alleen algemene bijstand (geen IOAW, IOAZ of Bbz); een extract telt naar de gemeente die de uitkering verstrekt, met de registratie van dat moment (latere correcties zitten in het CBS-cijfer wel).</li>
      </ul>
    </>
  );
}
