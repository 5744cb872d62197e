import { useId } from 'react';
import { categoriegrafiek, gebiedsstijl, GEMIDDELDE_STIJL, kleineVeelvouden, tijdgrafiek, uitkeringenPerRegeling, waardenPerPeriode, type Reeksstijl, type Tabel as TabelData } from '@pw/charts';
import { bronInWoorden, deAantal, meervoud, formatAantal, formatDatum, formatDecimaal, formatProcent, formatVerschil, opsomming } from '@pw/format';
import { gebiedCode, gemiddeldeReeks, inwonersHerkomst, per1000Cel, rangorde, vergelijkingsgroepVoor, veranderingJaar, waardeVan, type Figuur } from '@pw/metrics';
import { DUURKLASSEN, INWONERSBASES, INWONERSBASIS_NAAM, jaarVan, plusMaanden, REGELINGEN, type Inwonersbasis } from '@pw/model';
import { GeenGegevens, Grafiek, Laden, Tabel, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';
import { CbsContext } from './Cbs.tsx';
import { geenGegevensTekst, ontbrekendeReeksen } from '../teksten.ts';
import { Bevindingenblok } from '../layout/Bevindingenblok.tsx';

const INDICATOREN = ['uitkeringen', 'instroom', 'uitstroom', 'uitkeringen_per_1000_inwoners', 'inwoners'];

/** "inwoners", "inwoners van 18 jaar en ouder": the base as it reads after "per 1.000". */
const PER_1000: Record<Inwonersbasis, string> = { totaal: 'inwoners', '18plus': INWONERSBASIS_NAAM['18plus'], '15-aow': INWONERSBASIS_NAAM['15-aow'] };

export function Uitkeringen() {
  const [keuze, wijzig] = useKeuze();
  const id = useId();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum } = useEffectieveKeuze();
  const figuren = useFiguren({ gebieden: keuze.gebieden, indeling: keuze.indeling, indicatoren: INDICATOREN });
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: ['uitkeringen_per_1000_inwoners', 'inwoners'] });
  // Each area keeps the colour, line type and marker of its place in the choice, in every chart.
  const gebieden = keuze.gebieden.map((g, i) => ({ code: gebiedCode(g), naam: gebiedNaam(g), stijl: gebiedsstijl(i) }));
  const basis = keuze.basis;
  const cel = per1000Cel(basis);
  const bron = (i: string) => bronVan(i, manifest);
  const wanneer = `peildatum ${formatDatum(peildatum)}`;

  return (
    <Pagina titel="Uitkeringen" wanneer={wanneer} figuren={figuren}>
      {(rijen) => {
        const eerste = gebieden[0]!;
        const waarde = (indicator: string, code: string, periode: string, dimensie?: string, categorie?: string) => waardeVan(rijen, { indicator, gemeente_code: code, periode, dimensie, categorie });
        const vorigeMaand = plusMaanden(peildatum, -1).slice(0, 7);
        const stand = tijdStand(rijen, gebieden);
        const stroom = tijdStroom(rijen, gebieden, peildatum);
        const duur = categoriegrafiek({
          titel: `Lopende uitkeringen naar duur, ${gebieden.map((g) => g.naam).join(', ')}, ${formatDatum(peildatum)}`,
          xNaam: 'Duur sinds de ingangsdatum',
          yNaam: 'Aantal uitkeringen',
          eenheid: 'aantal',
          categorieen: DUURKLASSEN.map((k) => ({ code: k.code, naam: k.naam })),
          reeksen: gebieden.map((g) => ({ naam: g.naam, stijl: g.stijl, waarden: new Map(DUURKLASSEN.map((k) => [k.code, waarde('uitkeringen', g.code, peildatum, 'duur', k.code) ?? null])) })),
        });
        const duurLeeg = gebieden.every((g) => waarde('uitkeringen', g.code, peildatum) === undefined);
        return (
          <>
            <Bevindingenblok soort="uitkeringen" />
            <section aria-label="Kerncijfers uitkeringen" className="tegels">
              {gebieden.map((g) => {
                const n = waarde('uitkeringen', g.code, peildatum);
                const v = veranderingJaar(rijen, { indicator: 'uitkeringen', gemeente_code: g.code, periode: peildatum });
                const p = waarde(cel.indicator, g.code, peildatum, cel.dimensie, cel.categorie);
                const instroom = waarde('instroom', g.code, vorigeMaand);
                const uitstroom = waarde('uitstroom', g.code, vorigeMaand);
                return (
                  <Tegel
                    key={g.code}
                    titel={gebieden.length > 1 ? `Uitkeringen ${g.naam}` : 'Uitkeringen'}
                    waarde={n === undefined ? null : formatAantal(n)}
                    leeg={geenGegevensTekst(rijen, 'uitkeringen', g.code, g.naam, 'uitkeringen', peildatum)}
                    toelichting={
                      n === undefined ? undefined : (
                        <>
                          {v ? `${formatVerschil(v.verschil)}${v.fractie !== null ? ` (${formatVerschil(v.fractie, formatProcent)})` : ''} ten opzichte van ${formatDatum(v.eerderPeriode)}` : 'geen vergelijking met een jaar eerder'}
                          {p !== undefined ? ` · ${formatDecimaal(p)} per 1.000 ${PER_1000[basis]}` : ''}
                          {instroom !== undefined && uitstroom !== undefined ? ` · in de maand ervoor ${formatAantal(instroom)} instroom, ${formatAantal(uitstroom)} uitstroom` : ''}
                        </>
                      )
                    }
                    bron={bron('uitkeringen')}
                    periode={wanneer}
                  />
                );
              })}
            </section>

            <h2>Verloop per maand</h2>
            <Grafiek grafiek={stand} bron={bron('uitkeringen')} periode="stand op de eerste van elke maand" />
            <Melding zinnen={ontbrekendeReeksen(rijen, 'uitkeringen', gebieden, 'uitkeringen')} />
            <Grafiek grafiek={stroom} bron={bron('instroom')} periode={`de 24 maanden tot ${formatDatum(peildatum)}`} />

            <h2>Uitkeringen per 1.000 inwoners</h2>
            <div className="veld">
              <label htmlFor={`${id}-basis`}>Bevolkingsbasis</label>
              <select id={`${id}-basis`} value={basis} onChange={(e) => wijzig({ basis: e.target.value as Inwonersbasis })} aria-describedby={`${id}-basis-uitleg`}>
                {INWONERSBASES.map((b) => (
                  <option key={b} value={b}>
                    per 1.000 {PER_1000[b]}
                  </option>
                ))}
              </select>
            </div>
            <p id={`${id}-basis-uitleg`} className="uitleg hint">
              Het aantal uitkeringen op de peildatum gedeeld door het aantal {INWONERSBASIS_NAAM[basis]} op 1 januari van dat jaar, maal 1.000. CBS en Waar staat je gemeente
              rekenen met alle inwoners of met 18 jaar en ouder; begrotingen vaak met de beroepsbevolking van 15 jaar tot de AOW-leeftijd.{' '}
              {inwonersHerkomstZin(rijen, gebieden, jaarVan(peildatum), basis)}
            </p>
            <Vergelijking rijen={rijen} alle={alle.data} gebieden={gebieden} peildatum={peildatum} basis={basis} bron={bron('uitkeringen_per_1000_inwoners')} />

            <h2>Landelijke context (CBS)</h2>
            {keuze.gebieden[0]?.soort === 'gemeente' ? (
              <CbsContext code={eerste.code} naam={eerste.naam} rijen={rijen} />
            ) : (
              <GeenGegevens>Het CBS publiceert per gemeente; kies een gemeente voor haar plaats tussen alle gemeenten en de landelijke trend.</GeenGegevens>
            )}

            <h2>Duur van de lopende uitkeringen</h2>
            {duurLeeg ? (
              <GeenGegevens>{geenGegevensTekst(rijen, 'uitkeringen', eerste.code, eerste.naam, 'uitkeringen', peildatum)}</GeenGegevens>
            ) : (
              <Grafiek grafiek={duur} bron={bron('uitkeringen')} periode={wanneer} />
            )}

            <h2>Verandering ten opzichte van een jaar eerder</h2>
            <JaarVerandering rijen={rijen} gebieden={gebieden} peildatum={peildatum} bron={bron('uitkeringen')} />
          </>
        );
      }}
    </Pagina>
  );
}

/** "Inwoners op 1-1-2024: Dinkelland schatting." — where the inhabitants behind the rate come from (never "CBS" for an estimate). */
function inwonersHerkomstZin(rijen: readonly Figuur[], gebieden: Gebieden, jaar: number, basis: Inwonersbasis): string {
  const delen = gebieden.flatMap((g) => {
    const h = inwonersHerkomst(rijen, g.code, jaar, basis);
    return h ? [`${g.naam} ${h.status === 'cbs' ? 'CBS' : bronInWoorden(h.tekst)}`] : [];
  });
  return delen.length ? `Herkomst van het aantal ${INWONERSBASIS_NAAM[basis]} op 1-1-${jaar}: ${opsomming(delen)}.` : '';
}

function Melding({ zinnen }: { zinnen: string[] }) {
  return zinnen.length ? (
    <GeenGegevens>
      {zinnen.map((z) => (
        <span key={z}>
          {z}{' '}
        </span>
      ))}
    </GeenGegevens>
  ) : null;
}

type Gebieden = ReadonlyArray<{ code: string; naam: string; stijl: Reeksstijl }>;

/** One area: stacked by regeling; several: the total of each, side by side. */
function tijdStand(rijen: readonly Figuur[], gebieden: Gebieden) {
  if (gebieden.length === 1) return uitkeringenPerRegeling(rijen.filter((r) => r.gemeente_code === gebieden[0]!.code), gebieden[0]!.naam);
  return tijdgrafiek({
    titel: `Aantal uitkeringen, ${gebieden.map((g) => g.naam).join(', ')}`,
    xNaam: 'Peildatum (1e van de maand)',
    yNaam: 'Aantal uitkeringen',
    eenheid: 'aantal',
    reeksen: gebieden.map((g) => ({ naam: g.naam, stijl: g.stijl, waarden: waardenPerPeriode(rijen, g.code, 'uitkeringen') })),
  });
}

/**
 * Inflow and outflow per month over the two years up to the peildatum. Several areas: one small
 * chart per area on a shared scale (small multiples), not 24 × 6 thin bars.
 */
function tijdStroom(rijen: readonly Figuur[], gebieden: Gebieden, peildatum: string) {
  const van = plusMaanden(peildatum, -24).slice(0, 7);
  const tot = plusMaanden(peildatum, -1).slice(0, 7);
  const titel = `Instroom en uitstroom per maand, ${opsomming(gebieden.map((g) => g.naam))}`;
  if (gebieden.length === 1)
    return tijdgrafiek({
      titel,
      xNaam: 'Maand',
      yNaam: 'Aantal uitkeringen',
      eenheid: 'aantal',
      van,
      tot,
      reeksen: [
        { naam: 'Instroom', soort: 'staaf' as const, waarden: waardenPerPeriode(rijen, gebieden[0]!.code, 'instroom') },
        { naam: 'Uitstroom', soort: 'staaf' as const, waarden: waardenPerPeriode(rijen, gebieden[0]!.code, 'uitstroom') },
      ],
    });
  return kleineVeelvouden({
    titel,
    xNaam: 'Maand',
    yNaam: 'Aantal uitkeringen',
    eenheid: 'aantal',
    van,
    tot,
    panelen: gebieden.map((g) => ({
      naam: g.naam,
      stijl: g.stijl,
      reeksen: [
        { naam: 'Instroom', waarden: waardenPerPeriode(rijen, g.code, 'instroom') },
        { naam: 'Uitstroom', waarden: waardenPerPeriode(rijen, g.code, 'uitstroom') },
      ],
    })),
  });
}

/** Per 1.000 inhabitants over time against the average of similar-size municipalities, and the ranking of all municipalities. */
function Vergelijking({ rijen, alle, gebieden, peildatum, basis, bron }: { rijen: readonly Figuur[]; alle: Figuur[] | undefined; gebieden: Gebieden; peildatum: string; basis: Inwonersbasis; bron: string }) {
  if (!alle) return <Laden tekst="Vergelijking met andere gemeenten berekenen…" />;
  const cel = per1000Cel(basis);
  const jaar = jaarVan(peildatum);
  const eerste = gebieden[0]!;
  const { groep, melding } = vergelijkingsgroepVoor(alle, rijen, eerste.code, jaar, eerste.naam);
  const reeksen = gebieden.map((g) => ({ naam: g.naam, stijl: g.stijl, waarden: waardenPerPeriode(rijen, g.code, cel.indicator, cel.dimensie, cel.categorie) }));
  if (groep) {
    // A fixed group: the average only where all of its municipalities have a figure (the line breaks elsewhere).
    const gem = gemiddeldeReeks(alle, groep.codes, cel);
    reeksen.push({ naam: `Gemiddelde ${meervoud(groep.codes.length, 'vergelijkbare gemeente', 'vergelijkbare gemeenten')} (${groep.klasse.naam})`, waarden: new Map(gem.map((x) => [x.periode, Math.round(x.waarde * 100) / 100])), stijl: GEMIDDELDE_STIJL });
  }
  const groepsnamen = groep ? groep.codes.map((c) => alle.find((r) => r.gemeente_code === c)?.gemeente_naam ?? c).sort((a, b) => a.localeCompare(b, 'nl')) : [];
  const grafiek = tijdgrafiek({
    titel: `Uitkeringen per 1.000 ${PER_1000[basis]}, ${gebieden.map((g) => g.naam).join(', ')}${groep ? ' en vergelijkbare gemeenten' : ''}`,
    xNaam: 'Peildatum (1e van de maand)',
    yNaam: `Per 1.000 ${PER_1000[basis]}`,
    eenheid: 'per1000',
    reeksen,
  });
  const lijst = rangorde(alle, peildatum, cel);
  const gekozen = new Set(gebieden.map((g) => g.code));
  const tabel: TabelData = {
    bijschrift: `Uitkeringen per 1.000 ${PER_1000[basis]} per gemeente op ${formatDatum(peildatum)}, hoogste eerst`,
    kolommen: ['Gemeente', 'Plaats', `Per 1.000 ${PER_1000[basis]}`],
    rijen: lijst.map((r) => [`${r.naam}${gekozen.has(r.code) ? ' (gekozen)' : ''}${groep?.codes.includes(r.code) ? ' · zelfde grootteklasse' : ''}`, r.plaats, r.waarde]),
    eenheid: 'per1000',
    eenheden: ['plaatsen', 'per1000'], // a rank (plaats in the ranking), never masked as a small count
  };
  return (
    <>
      <Grafiek
        grafiek={grafiek}
        bron={`${bron}; ${groep ? `gemiddelde: ongewogen gemiddelde van ${opsomming(groepsnamen)} (${groep.klasse.naam} op 1-1-${jaar})` : 'geen vergelijkingsgroep'}`}
        periode="stand op de eerste van elke maand"
      />
      {groep ? (
        <p className="uitleg">
          Vergelijkbare gemeenten: {deAantal(groep.codes.length, 'andere gemeente', 'andere gemeenten')} in de gegevens met {groep.klasse.naam} op 1 januari {jaar} (grootteklassen van het CBS): {opsomming(groepsnamen)}. Het
          gemiddelde telt elke gemeente even zwaar en staat alleen op de peildata waarop {groep.codes.length === 1 ? 'die gemeente' : `alle ${groep.codes.length}`} een cijfer heeft, zodat de lijn niet verspringt als een gemeente in de gegevens
          erbij komt of wegvalt.
        </p>
      ) : (
        <GeenGegevens>{melding}</GeenGegevens>
      )}
      {lijst.length ? <Tabel tabel={tabel} className="rangorde" /> : <GeenGegevens>Geen gemeenten met cijfers op {formatDatum(peildatum)}.</GeenGegevens>}
    </>
  );
}

/** Per area and regeling: the stock a year earlier, now, and the change. */
function JaarVerandering({ rijen, gebieden, peildatum, bron }: { rijen: readonly Figuur[]; gebieden: Gebieden; peildatum: string; bron: string }) {
  const eerder = plusMaanden(peildatum, -12);
  const regels: TabelData['rijen'] = [];
  for (const g of gebieden)
    for (const [dimensie, categorie, naam] of [['totaal', 'totaal', 'Totaal'], ...REGELINGEN.map((r) => ['regeling', r, r])] as const) {
      const v = veranderingJaar(rijen, { indicator: 'uitkeringen', gemeente_code: g.code, periode: peildatum, dimensie, categorie });
      if (v) regels.push([`${g.naam}: ${naam}`, v.eerder, v.nu, v.verschil, v.fractie]);
    }
  if (!regels.length) return <GeenGegevens>Geen vergelijking mogelijk: er zijn geen gegevens op zowel {formatDatum(eerder)} als {formatDatum(peildatum)}.</GeenGegevens>;
  const tabel: TabelData = {
    bijschrift: `Uitkeringen op ${formatDatum(eerder)} en ${formatDatum(peildatum)}, per regeling`,
    kolommen: ['Gebied en regeling', formatDatum(eerder), formatDatum(peildatum), 'Verschil', 'Verschil in %'],
    rijen: regels,
    eenheid: 'aantal',
    eenheden: ['aantal', 'aantal', 'aantal', 'procent'],
  };
  return (
    <figure className="paneel">
      <Tabel tabel={tabel} />
      <p className="bron">
        Bron: {bron}. Peildata {formatDatum(eerder)} en {formatDatum(peildatum)}.
      </p>
    </figure>
  );
}
