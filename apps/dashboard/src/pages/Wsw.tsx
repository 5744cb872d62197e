import { useQuery } from '@tanstack/react-query';
import { categoriegrafiek, tijdgrafiek, type Tabel as TabelData } from '@pw/charts';
import { formatAantal, formatDatum, formatDecimaal, formatEuro } from '@pw/format';
import { gebiedCode, gebiedVanCode, wswJaarstanden, wswPrognoseVan, WSW_PROGNOSE_METHODE, type CbsWswWerknemers, type Figuur, type Gebied, type WswKengetal } from '@pw/metrics';
import {
  aowLeeftijdMaanden,
  gemeenteNaam,
  KENGETALLEN_TOTAAL_UITLEG,
  RIJKSBIJDRAGE_PER_SE,
  samenwerking,
  WERKVORM_NAAM,
  WERKVORMEN,
  WSW_GESLOTEN,
  WSW_LEEFTIJDSKLASSEN,
  WSW_REDEN_NAAM,
  WSW_REDENEN,
} from '@pw/model';
import { GeenGegevens, Grafiek, Laden, Tabel, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { wswBronnen } from '../data/queries.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';

const INDICATOREN = ['wsw_werknemers', 'wsw_se', 'wsw_fte', 'wsw_wachtlijst', 'wsw_uitstroom', 'inwoners', 'budget_begroot'];
const PROGNOSE_TOT = 2030;
const SLUITING = formatDatum(WSW_GESLOTEN);

const waarde = (rijen: readonly Figuur[], code: string, indicator: string, periode: string, dimensie = 'totaal', categorie = 'totaal') =>
  rijen.find((r) => r.indicator === indicator && r.gemeente_code === code && r.periode === periode && r.dimensie === dimensie && r.categorie === categorie)?.waarde ?? null;

/** The latest peildatum with a Wsw figure on or before the chosen one. */
function wswPeildatum(rijen: readonly Figuur[], code: string, peildatum: string): string | null {
  return (
    rijen
      .filter((r) => r.gemeente_code === code && (r.indicator === 'wsw_werknemers' || r.indicator === 'wsw_se') && r.dimensie === 'totaal' && r.periode <= peildatum)
      .map((r) => r.periode)
      .sort()
      .at(-1) ?? null
  );
}

export function Wsw() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum } = useEffectieveKeuze();
  const figuren = useFiguren({ gebieden: keuze.gebieden, indeling: keuze.indeling, indicatoren: INDICATOREN });
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: ['wsw_werknemers', 'inwoners'] });
  const bronnen = useQuery(wswBronnen(manifest.hash));
  const gebieden = keuze.gebieden.map((g) => ({ gebied: g, code: gebiedCode(g), naam: gebiedNaam(g) }));
  const bron = bronVan('wsw_se', manifest);

  return (
    <Pagina titel="Wsw" wanneer={`peildatum ${formatDatum(peildatum)}`} figuren={figuren}>
      {(rijen) => (
        <>
          <p className="uitleg">
            De Wet sociale werkvoorziening (Wsw) is sinds {SLUITING} gesloten voor nieuwe instroom: alleen wie op 31-12-2014 een Wsw-dienstbetrekking had, bleef. De groep wordt elk jaar
            kleiner, vooral door pensioen op de AOW-leeftijd. De gemeente betaalt de Wsw uit het Wsw-deel van het Participatiebudget. Hieronder de stand sinds 2011 in personen,
            standaardeenheden (SE: indicatiegewicht × deeltijdfactor) en fte, de verdeling naar vorm van werk en uitvoerder, de uitstroom, de leeftijdsopbouw en de verwachting tot {PROGNOSE_TOT}.
          </p>
          <section aria-label={`Wsw op ${formatDatum(peildatum)}`} className="tegels">
            {gebieden.map((g) => {
              const p = wswPeildatum(rijen, g.code, peildatum);
              const personen = p ? waarde(rijen, g.code, 'wsw_werknemers', p) : null;
              const se = p ? waarde(rijen, g.code, 'wsw_se', p) : null;
              const fte = p ? waarde(rijen, g.code, 'wsw_fte', p) : null;
              return (
                <Tegel
                  key={g.code}
                  titel={`Wsw-werknemers ${g.naam}`}
                  waarde={personen !== null ? `${formatAantal(personen)} personen` : se !== null ? `${formatDecimaal(se)} SE` : null}
                  leeg={`Geen Wsw-gegevens voor ${g.naam} op of vóór ${formatDatum(peildatum)}.`}
                  toelichting={p ? [se !== null ? `${formatDecimaal(se)} SE` : null, fte !== null ? `${formatDecimaal(fte)} fte` : null].filter(Boolean).join(' · ') || undefined : undefined}
                  bron={bron}
                  periode={p ? `stand ${formatDatum(p)}` : undefined}
                />
              );
            })}
          </section>
          {gebieden.map((g, plek) => (
            <PerGebied key={plek} rijen={rijen} gebied={g.gebied} code={g.code} naam={g.naam} peildatum={peildatum} bron={bron} kengetallen={bronnen.data?.kengetallen} />
          ))}
          <h2>Vergelijking met andere gemeenten</h2>
          <Vergelijking alle={alle.data} gekozen={new Set(gebieden.map((g) => g.code))} peildatum={peildatum} cbs={bronnen.data?.cbs} bron={bron} />
        </>
      )}
    </Pagina>
  );
}

function PerGebied(props: { rijen: readonly Figuur[]; gebied: Gebied; code: string; naam: string; peildatum: string; bron: string; kengetallen: WswKengetal[] | undefined }) {
  const { rijen, code, naam, bron } = props;
  const standen = wswJaarstanden(rijen, code);
  if (!standen.length)
    return (
      <>
        <h2>{naam}</h2>
        <GeenGegevens>Geen Wsw-gegevens voor {naam}: laad een Wsw-personeelsextract of Wsw-kengetallen.</GeenGegevens>
      </>
    );
  const p = wswPeildatum(rijen, code, props.peildatum);
  const reeks = (kies: (s: (typeof standen)[number]) => number | null, filter: (d: string) => boolean = () => true) =>
    new Map(standen.filter((s) => kies(s) !== null && filter(s.peildatum)).map((s) => [s.peildatum, kies(s)!]));
  const standGrafiek = tijdgrafiek({
    titel: `Wsw op 1 januari, ${naam}, ${standen[0]!.peildatum.slice(0, 4)}–${standen.at(-1)!.peildatum.slice(0, 4)}; de Wsw is gesloten sinds ${SLUITING}`,
    xNaam: 'Peildatum',
    yNaam: 'Personen, SE en fte',
    eenheid: 'aantal',
    reeksen: [
      { naam: `Personen tot de sluiting (${SLUITING})`, waarden: reeks((s) => s.personen, (d) => d <= WSW_GESLOTEN) },
      { naam: `Personen sinds de sluiting (${SLUITING})`, waarden: reeks((s) => s.personen, (d) => d >= WSW_GESLOTEN) },
      { naam: 'SE', waarden: reeks((s) => s.se) },
      { naam: 'Fte', waarden: reeks((s) => s.fte) },
    ],
  });
  const prognose = wswPrognoseVan(rijen, code, aowLeeftijdMaanden, PROGNOSE_TOT);
  return (
    <>
      <h2>{naam}</h2>
      <Grafiek grafiek={standGrafiek} bron={bron} periode={`stand op 1 januari; ${SLUITING}: de Wsw sluit voor nieuwe instroom`} hoogte={320} />
      <Kengetallen {...props} />
      {prognose ? <Prognose naam={naam} standen={standen} prognose={prognose} bron={bron} rijen={rijen} code={code} /> : null}
      {p ? <Verdeling rijen={rijen} code={code} naam={naam} peildatum={p} bron={bron} /> : null}
      <Uitstroom rijen={rijen} code={code} naam={naam} bron={bron} />
    </>
  );
}

/** The key figures as a source prints them; for a region, the members plus its own lines (Buitengebied) give the printed total. */
function Kengetallen({ gebied, code, naam, kengetallen, rijen }: { gebied: Gebied; code: string; naam: string; kengetallen: WswKengetal[] | undefined; rijen: readonly Figuur[] }) {
  if (!kengetallen?.length) return null;
  const s = gebied.soort === 'samenwerking' ? samenwerking(gebied.id) : undefined;
  const leden = new Set(s ? s.taken.wsw.leden : [gebied.soort === 'gemeente' ? gebied.code : '']);
  const eigen = kengetallen.filter((k) => (k.gemeente_code && leden.has(k.gemeente_code)) || (s && k.samenwerking === s.id));
  if (!eigen.length) return null;
  const peildata = [...new Set(eigen.map((k) => k.peildatum))];
  return (
    <>
      {peildata.map((pd) => {
        const regels = eigen.filter((k) => k.peildatum === pd);
        const perLid = regels.filter((k) => k.gemeente_code);
        const overig = regels.filter((k) => !k.gemeente_code);
        const som = (k: 'se' | 'fte' | 'wachtlijst', lijst: WswKengetal[]) => lijst.reduce((a, x) => a + (x[k] ?? 0), 0);
        const ledenWachtlijst = waarde(rijen, code, 'wsw_wachtlijst', pd);
        const tabel: TabelData = {
          bijschrift: `Wsw-kengetallen ${naam} op ${formatDatum(pd)} zoals de bron ze drukt (SE, fte, wachtlijst)`,
          kolommen: ['Regel', 'SW (SE)', 'SW (fte)', 'Wachtlijst'],
          rijen: [
            // A member's waiting list comes from the (masked) figures of the chosen municipality; a region shows only its sum.
            ...perLid.map((k) => [gemeenteNaam(k.gemeente_code!), k.se, k.fte, s ? null : ledenWachtlijst] as TabelData['rijen'][number]),
            ...(s ? [[`Som van de gemeenten`, som('se', perLid), som('fte', perLid), ledenWachtlijst] as TabelData['rijen'][number]] : []),
            ...overig.map((k) => [`${k.omschrijving ?? ''} (geen gemeente)`, k.se, k.fte, k.wachtlijst] as TabelData['rijen'][number]),
            ...(overig.length ? [[`Totaal zoals gedrukt`, som('se', regels), som('fte', regels), ledenWachtlijst] as TabelData['rijen'][number]] : []),
          ],
          eenheid: 'eenheden',
          eenheden: ['eenheden', 'eenheden', 'aantal'],
        };
        return (
          <figure key={pd} className="paneel">
            <Tabel tabel={tabel} />
            <p className="bron">
              Bron: {opsommingBronnen(regels)}. Een stand "ultimo december" is de stand op 1 januari erna (ultimoregel), hier {formatDatum(pd)}.
              {overig.length && s
                ? ` Het gedrukte totaal (${formatAantal(som('se', regels))} SE / ${formatAantal(som('fte', regels))} fte / ${formatAantal(ledenWachtlijst ?? 0)} op de wachtlijst) is de som van de gemeenten (${formatAantal(som('se', perLid))} / ${formatAantal(som('fte', perLid))} / ${formatAantal(ledenWachtlijst ?? 0)}) plus ${overig.map((k) => `${k.omschrijving} (${formatAantal(k.se ?? 0)} SE / ${formatAantal(k.fte ?? 0)} fte${k.wachtlijst === null ? ', geen wachtlijst' : ''})`).join(' en ')}, dat geen gemeente is; de cijfers van ${naam} zijn de som van de gemeenten.`
                : ''}{' '}
              {KENGETALLEN_TOTAAL_UITLEG}
            </p>
          </figure>
        );
      })}
    </>
  );
}

const opsommingBronnen = (regels: WswKengetal[]) => [...new Set(regels.map((k) => k.bron))].join(', ');

function Prognose({ naam, standen, prognose, bron, rijen, code }: { naam: string; standen: ReturnType<typeof wswJaarstanden>; prognose: NonNullable<ReturnType<typeof wswPrognoseVan>>; bron: string; rijen: readonly Figuur[]; code: string }) {
  const jan = (j: number) => `${j}-01-01`;
  const toekomst = prognose.reeks;
  const grafiek = tijdgrafiek({
    titel: `Wsw-werknemers ${naam}: stand en verwachting tot ${PROGNOSE_TOT} (band van hoogste tot laagste waargenomen uitstroom)`,
    xNaam: 'Peildatum',
    yNaam: 'Personen',
    eenheid: 'aantal',
    reeksen: [
      { naam: 'Stand (personen)', waarden: new Map(standen.filter((s) => s.personen !== null).map((s) => [s.peildatum, s.personen!])) },
      { naam: 'Verwachting: ondergrens', stapel: 'band', waarden: new Map(toekomst.map((t) => [jan(t.jaar), t.laag])) },
      { naam: 'Verwachting: bandbreedte tot de bovengrens', soort: 'vlak', stapel: 'band', waarden: new Map(toekomst.map((t) => [jan(t.jaar), t.hoog - t.laag])) },
      { naam: 'Verwachting: midden', doel: true, waarden: new Map(toekomst.map((t) => [jan(t.jaar), t.midden])) },
    ],
  });
  const tabel: TabelData = {
    bijschrift: `Verwachte Wsw-werknemers en SE op 1 januari, ${naam}, ${prognose.startjaar}–${PROGNOSE_TOT}`,
    kolommen: ['1 januari', 'Personen laag', 'Personen midden', 'Personen hoog', 'SE laag', 'SE midden', 'SE hoog'],
    rijen: toekomst.map((t) => [String(t.jaar), t.laag, t.midden, t.hoog, t.seLaag, t.seMidden, t.seHoog]),
    eenheid: 'aantal',
    eenheden: ['aantal', 'aantal', 'aantal', 'eenheden', 'eenheden', 'eenheden'],
  };
  const laatste = toekomst.at(-1)!;
  return (
    <>
      <h3>Verwachting tot {PROGNOSE_TOT}</h3>
      <Grafiek grafiek={grafiek} bron={bron} periode={`verwachting vanaf 1 januari ${prognose.startjaar}`} hoogte={320} />
      <p className="uitleg">
        <strong>Hoe de verwachting is gemaakt.</strong> {WSW_PROGNOSE_METHODE} Waargenomen jaren: {prognose.jaren.length ? prognose.jaren.join(', ') : 'geen (alleen pensioen)'}. In {PROGNOSE_TOT}:
        tussen {formatAantal(laatste.laag)} en {formatAantal(laatste.hoog)} personen ({formatDecimaal(laatste.seLaag)} tot {formatDecimaal(laatste.seHoog)} SE).
      </p>
      <figure className="paneel">
        <Tabel tabel={tabel} />
      </figure>
      <Geld rijen={rijen} code={code} naam={naam} prognose={prognose} />
    </>
  );
}

/** The Wsw part of the Participatiebudget against the cost of the forecast population, where the amounts are known. */
function Geld({ rijen, code, naam, prognose }: { rijen: readonly Figuur[]; code: string; naam: string; prognose: NonNullable<ReturnType<typeof wswPrognoseVan>> }) {
  const budget = rijen.filter((r) => r.indicator === 'budget_begroot' && r.gemeente_code === code && r.dimensie === 'soort' && r.categorie === 'Participatie');
  const bijdrage = new Map(RIJKSBIJDRAGE_PER_SE.map((r) => [r.jaar, r]));
  const jaren = [...new Set([...budget.map((b) => Number(b.periode)), ...prognose.reeks.map((t) => t.jaar)])].filter((j) => j >= 2015).sort((a, b) => a - b);
  const tabel: TabelData = {
    bijschrift: `Participatiebudget en de kosten van de verwachte Wsw (SE × rijksbijdrage per SE), ${naam}`,
    kolommen: ['Jaar', 'Participatiebudget (begroot)', 'Verwachte SE (midden)', 'Rijksbijdrage per SE', 'Kosten Wsw (SE × bijdrage)', 'Over voor re-integratie'],
    rijen: jaren.map((j) => {
      const b = budget.find((x) => x.periode === String(j))?.waarde ?? null;
      const se = prognose.reeks.find((t) => t.jaar === j)?.seMidden ?? null;
      const per = bijdrage.get(j)?.bedrag ?? null;
      const kosten = se !== null && per !== null ? Math.round(se * per) : null;
      return [String(j), b, se, per, kosten, b !== null && kosten !== null ? b - kosten : null];
    }),
    eenheid: 'euro',
    eenheden: ['euro', 'eenheden', 'euro', 'euro', 'euro'],
  };
  return (
    <>
      <h3>Geld</h3>
      <figure className="paneel">
        <Tabel tabel={tabel} />
        <p className="bron">
          {RIJKSBIJDRAGE_PER_SE.length === 0
            ? 'De rijksbijdrage per SE is niet bekend: pw-monitor heeft er geen bron voor (de bedragen staan in de meicirculaires van het gemeentefonds, integratie-uitkering Participatie) en vult geen bedrag in. Daarom ontbreken de kosten van de Wsw en wat overblijft voor re-integratie. '
            : `Rijksbijdrage per SE: ${RIJKSBIJDRAGE_PER_SE.map((r) => `${r.jaar} ${formatEuro(r.bedrag)} (${r.bron})`).join('; ')}. `}
          Het budgetextract scheidt het Wsw-deel en het re-integratiedeel van het Participatiebudget niet; het Participatiebudget staat er daarom als geheel.
        </p>
      </figure>
    </>
  );
}

function Verdeling({ rijen, code, naam, peildatum, bron }: { rijen: readonly Figuur[]; code: string; naam: string; peildatum: string; bron: string }) {
  const per = (dimensie: string) => new Map(rijen.filter((r) => r.indicator === 'wsw_werknemers' && r.gemeente_code === code && r.periode === peildatum && r.dimensie === dimensie).map((r) => [r.categorie, r.waarde]));
  const werkvorm = per('werkvorm');
  if (!werkvorm.size) return null;
  const werkgevers = [...per('werkgever').keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const vormGrafiek = categoriegrafiek({
    titel: `Wsw-werknemers naar vorm van werk, ${naam}, ${formatDatum(peildatum)}`,
    xNaam: 'Vorm van werk',
    yNaam: 'Personen',
    eenheid: 'aantal',
    categorieen: WERKVORMEN.filter((w) => w !== 'onbekend' || werkvorm.has(w)).map((w) => ({ code: w, naam: WERKVORM_NAAM[w] })),
    reeksen: [{ naam, waarden: werkvorm }],
  });
  const werkgeverGrafiek = categoriegrafiek({
    titel: `Wsw-werknemers naar uitvoerende organisatie, ${naam}, ${formatDatum(peildatum)}`,
    xNaam: 'Werkgever of uitvoerder',
    yNaam: 'Personen',
    eenheid: 'aantal',
    categorieen: werkgevers.map((w) => ({ code: w, naam: w })),
    reeksen: [{ naam, waarden: per('werkgever') }],
  });
  const leeftijd = categoriegrafiek({
    titel: `Leeftijdsopbouw van de Wsw-werknemers, ${naam}, ${formatDatum(peildatum)}`,
    xNaam: 'Leeftijd',
    yNaam: 'Personen',
    eenheid: 'aantal',
    categorieen: [...WSW_LEEFTIJDSKLASSEN.map((k) => ({ code: k.code, naam: k.naam })), ...(per('leeftijd').has('onbekend') ? [{ code: 'onbekend', naam: 'onbekend' }] : [])],
    reeksen: [{ naam, waarden: per('leeftijd') }],
  });
  return (
    <>
      <h3>Vorm van werk, uitvoerder en leeftijd op {formatDatum(peildatum)}</h3>
      <div className="rij-grafieken">
        <Grafiek grafiek={vormGrafiek} bron={bron} periode={`stand ${formatDatum(peildatum)}`} hoogte={260} />
        <Grafiek grafiek={werkgeverGrafiek} bron={bron} periode={`stand ${formatDatum(peildatum)}`} hoogte={260} />
      </div>
      <Grafiek grafiek={leeftijd} bron={bron} periode={`leeftijd op ${formatDatum(peildatum)}`} hoogte={280} />
    </>
  );
}

function Uitstroom({ rijen, code, naam, bron }: { rijen: readonly Figuur[]; code: string; naam: string; bron: string }) {
  const uit = rijen.filter((r) => r.indicator === 'wsw_uitstroom' && r.gemeente_code === code);
  if (!uit.length) return null;
  const grafiek = tijdgrafiek({
    titel: `Uitstroom uit de Wsw per jaar naar reden, ${naam}`,
    xNaam: 'Jaar',
    yNaam: 'Dienstbetrekkingen',
    eenheid: 'aantal',
    reeksen: WSW_REDENEN.filter((r) => uit.some((u) => u.dimensie === 'reden' && u.categorie === r)).map((r) => ({
      naam: WSW_REDEN_NAAM[r],
      soort: 'staaf' as const,
      stapel: 'reden',
      waarden: new Map(uit.filter((u) => u.dimensie === 'reden' && u.categorie === r).map((u) => [u.periode, u.waarde])),
    })),
  });
  return (
    <>
      <h3>Uitstroom</h3>
      <Grafiek grafiek={grafiek} bron={bron} periode="jaren die het personeelsextract volledig dekt" hoogte={280} />
    </>
  );
}

/** Persons per 1.000 inhabitants of 15 to the AOW age, every municipality with Wsw data; CBS's count beside it when loaded. */
function Vergelijking({ alle, gekozen, peildatum, cbs, bron }: { alle: Figuur[] | undefined; gekozen: ReadonlySet<string>; peildatum: string; cbs: CbsWswWerknemers[] | undefined; bron: string }) {
  if (!alle) return <Laden tekst="Vergelijking met andere gemeenten berekenen…" />;
  const pd = `${peildatum.slice(0, 4)}-01-01`;
  const jaar = Number(pd.slice(0, 4));
  const codes = [...new Set(alle.filter((r) => r.indicator === 'wsw_werknemers' && r.periode === pd && r.dimensie === 'totaal').map((r) => r.gemeente_code))];
  if (!codes.length) return <GeenGegevens>Geen Wsw-werknemers op {formatDatum(pd)} om te vergelijken.</GeenGegevens>;
  const cbsVan = (c: string) => cbs?.find((x) => x.gemeente_code === c && x.periode === String(jaar - 1))?.waarde ?? null;
  const metCbs = !!cbs?.length;
  const regels = codes
    .map((c) => {
      const n = waarde(alle, c, 'wsw_werknemers', pd);
      const inw = waarde(alle, c, 'inwoners', String(jaar), 'basis', '15-aow');
      return { c, naam: gebiedNaam(gebiedVanCode(c)), n, per1000: n !== null && inw ? Math.round((n * 10000) / inw) / 10 : null, cbs: cbsVan(c) };
    })
    .sort((a, b) => (b.per1000 ?? -1) - (a.per1000 ?? -1));
  const tabel: TabelData = {
    bijschrift: `Wsw-werknemers per 1.000 inwoners van 15 jaar tot de AOW-leeftijd, ${formatDatum(pd)}, hoogste eerst`,
    kolommen: ['Gemeente', 'Wsw-werknemers', 'Per 1.000 inwoners 15 tot AOW', ...(metCbs ? [`CBS WSW-werknemers ${jaar - 1}`] : [])],
    rijen: regels.map((r) => [`${r.naam}${gekozen.has(r.c) ? ' (gekozen)' : ''}`, r.n, r.per1000, ...(metCbs ? [r.cbs] : [])] as TabelData['rijen'][number]),
    eenheid: 'aantal',
    eenheden: ['aantal', 'per1000', ...(metCbs ? (['aantal'] as const) : [])],
  };
  return (
    <figure className="paneel">
      <Tabel tabel={tabel} />
      <p className="bron">
        Bron: {bron}; inwoners van 15 jaar tot de AOW-leeftijd op 1 januari {jaar}.{' '}
        {metCbs
          ? `CBS: WSW-werknemers naar woongemeente in ${jaar - 1} (CBS rondt af op tientallen), naast de eigen stand op ${formatDatum(pd)} (de stand op 31 december ${jaar - 1}, ultimoregel).`
          : 'Geen CBS-referentietabel in dit datapakket: de vergelijking met de WSW-werknemers van het CBS ontbreekt.'}
      </p>
    </figure>
  );
}
