import { categoriegrafiek, gebiedsstijl, GEMIDDELDE_STIJL, type Reeksstijl, type Tabel as TabelData } from '@pw/charts';
import { formatAantal, formatDatum, meervoud } from '@pw/format';
import { gebiedCode, gemiddeldeVerdeling, LOONWAARDEGROEP_3_IS_GEEN_BESCHUT_WERK, vergelijkingsgroepVoor, verdeling, waardeVan, type Figuur, type Vergelijkingsgroep } from '@pw/metrics';
import { AFSTAND_NAAM, jaarVan, LEEFTIJDSKLASSEN, LOONWAARDEGROEP_NAAM } from '@pw/model';
import { GeenGegevens, Grafiek, Tabel, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';
import { geenGegevensTekst } from '../teksten.ts';
import { Bevindingenblok } from '../layout/Bevindingenblok.tsx';

interface Onderdeel {
  /** Indicator and dimension of the standard figures. */
  indicator: string;
  dimensie: string;
  titel: string;
  /** What the shares are shares of. */
  noemer: string;
  as: string;
  categorieen: Array<{ code: string; naam: string }>;
}

const ONBEKEND = { code: 'onbekend', naam: 'Onbekend' };

/** The breakdowns of the Doelgroepen page, each one dimension of a standard indicator. */
const ONDERDELEN: Onderdeel[] = [
  {
    indicator: 'uitkeringen',
    dimensie: 'afstand',
    titel: 'Afstand tot de arbeidsmarkt',
    noemer: 'Pw-uitkeringen',
    as: 'Afstand tot de arbeidsmarkt',
    categorieen: [{ code: 'kort', naam: AFSTAND_NAAM.kort }, { code: 'lang', naam: AFSTAND_NAAM.lang }, ONBEKEND],
  },
  {
    indicator: 'uitkeringen',
    dimensie: 'loonwaardegroep',
    titel: 'Loonwaardegroep',
    noemer: 'Pw-uitkeringen',
    as: 'Loonwaardegroep (indeling van de Hoofdlijnennotitie regio Alkmaar 2012)',
    categorieen: [...(['1', '2', '3', '4'] as const).map((g) => ({ code: g, naam: LOONWAARDEGROEP_NAAM[g] })), ONBEKEND],
  },
  {
    indicator: 'uitkeringen',
    dimensie: 'doelgroepenregister',
    titel: 'Uitkeringen van mensen in het doelgroepenregister',
    noemer: 'uitkeringen',
    as: 'In het doelgroepenregister',
    categorieen: [{ code: 'ja', naam: 'In het doelgroepenregister' }, { code: 'nee', naam: 'Niet in het doelgroepenregister' }, ONBEKEND],
  },
  {
    indicator: 'doelgroepenregister',
    dimensie: 'met_uitkering',
    titel: 'Doelgroepenregister: met en zonder uitkering',
    noemer: 'inwoners in het doelgroepenregister',
    as: 'Inwoners in het doelgroepenregister',
    categorieen: [{ code: 'ja', naam: 'Met uitkering' }, { code: 'nee', naam: 'Zonder uitkering' }, ONBEKEND],
  },
  {
    indicator: 'uitkeringen',
    dimensie: 'leeftijd',
    titel: 'Leeftijd',
    noemer: 'uitkeringen',
    as: 'Leeftijd op de peildatum',
    categorieen: [...LEEFTIJDSKLASSEN.map((k) => ({ code: k.code, naam: k.naam })), ONBEKEND],
  },
];

const INDICATOREN = ['uitkeringen', 'doelgroepenregister', 'inwoners'];

export function Doelgroepen() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum } = useEffectieveKeuze();
  const figuren = useFiguren({ gebieden: keuze.gebieden, indeling: keuze.indeling, indicatoren: INDICATOREN, van: peildatum, tot: peildatum });
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: INDICATOREN, van: peildatum, tot: peildatum });
  // Each area keeps the colour, line type and marker of its place in the choice, in every chart.
  const gebieden = keuze.gebieden.map((g, i) => ({ code: gebiedCode(g), naam: gebiedNaam(g), stijl: gebiedsstijl(i) }));
  const wanneer = `peildatum ${formatDatum(peildatum)}`;

  return (
    <Pagina titel="Doelgroepen" wanneer={wanneer} figuren={figuren}>
      {(rijen) => {
        const vergelijking = alle.data ? vergelijkingsgroepVoor(alle.data, rijen, gebieden[0]!.code, jaarVan(peildatum), gebieden[0]!.naam) : null;
        const groep = vergelijking?.groep ?? null;
        return (
          <>
            <Bevindingenblok soort="doelgroepen" />
            <p className="uitleg">
              Kenmerken van de mensen met een uitkering en van de inwoners in het doelgroepenregister, in aantallen en als aandeel. Afstand tot de arbeidsmarkt en loonwaardegroep gelden voor de
              Participatiewet (zoals in de Businesscase Dinkelland 2020 en de Hoofdlijnennotitie regio Alkmaar 2012); leeftijd en doelgroepenregister voor alle uitkeringen.
              {groep
                ? ` Ter vergelijking: het gemiddelde aandeel in de ${groep.codes.length} andere gemeenten met ${groep.klasse.naam} (elke gemeente telt even zwaar; alleen als alle ${groep.codes.length} op de peildatum cijfers hebben).`
                : vergelijking?.melding
                  ? ` ${vergelijking.melding}`
                  : ''}
            </p>
            <section aria-label="Doelgroepenregister" className="tegels">
              {gebieden.map((g) => {
                const n = waardeVan(rijen, { indicator: 'doelgroepenregister', gemeente_code: g.code, periode: peildatum });
                return (
                  <Tegel
                    key={g.code}
                    titel={`Doelgroepenregister ${g.naam}`}
                    waarde={n === undefined ? null : formatAantal(n)}
                    leeg={geenGegevensTekst(rijen, 'doelgroepenregister', g.code, g.naam, 'het doelgroepenregister', peildatum)}
                    toelichting={n === undefined ? undefined : 'inwoners in het doelgroepenregister (banenafspraak), met of zonder uitkering'}
                    bron={bronVan('doelgroepenregister', manifest)}
                    periode={wanneer}
                  />
                );
              })}
            </section>
            {ONDERDELEN.map((o) => (
              <OnderdeelWeergave key={`${o.indicator}-${o.dimensie}`} onderdeel={o} rijen={rijen} alle={alle.data} groep={groep} gebieden={gebieden} peildatum={peildatum} bron={bronVan(o.indicator, manifest)} />
            ))}
          </>
        );
      }}
    </Pagina>
  );
}

function OnderdeelWeergave(props: {
  onderdeel: Onderdeel;
  rijen: readonly Figuur[];
  alle: Figuur[] | undefined;
  groep: Vergelijkingsgroep | null;
  gebieden: ReadonlyArray<{ code: string; naam: string; stijl: Reeksstijl }>;
  peildatum: string;
  bron: string;
}) {
  const { onderdeel: o, rijen, gebieden, peildatum } = props;
  const cel = (code: string) => ({ indicator: o.indicator, gemeente_code: code, periode: peildatum, dimensie: o.dimensie });
  const volgorde = o.categorieen.map((c) => c.code);
  const perGebied = gebieden.map((g) => ({ ...g, delen: verdeling(rijen, cel(g.code), volgorde) }));
  const metGegevens = perGebied.filter((g) => g.delen);
  // 'onbekend' only where some area has it.
  const categorieen = o.categorieen.filter((c) => c.code !== 'onbekend' || metGegevens.some((g) => g.delen!.some((d) => d.categorie === 'onbekend' && d.aantal > 0)));
  const benchmark =
    props.groep && props.alle
      ? gemiddeldeVerdeling(props.alle, props.groep.codes, { indicator: o.indicator, periode: peildatum, dimensie: o.dimensie }, categorieen.map((c) => c.code))
      : null;
  const wat = o.indicator === 'doelgroepenregister' ? 'het doelgroepenregister' : 'uitkeringen';
  const leeg = perGebied.filter((g) => !g.delen).map((g) => geenGegevensTekst(rijen, o.indicator, g.code, g.naam, wat, peildatum));
  if (!metGegevens.length)
    return (
      <>
        <h2>{o.titel}</h2>
        <GeenGegevens>{leeg.join(' ')}</GeenGegevens>
      </>
    );
  const grafiek = categoriegrafiek({
    titel: `${o.titel}: aandeel van de ${o.noemer}, ${metGegevens.map((g) => g.naam).join(', ')}, ${formatDatum(peildatum)}`,
    xNaam: o.as,
    yNaam: `Aandeel van de ${o.noemer}`,
    eenheid: 'procent',
    categorieen,
    reeksen: [
      ...metGegevens.map((g) => ({ naam: g.naam, stijl: g.stijl, waarden: new Map(g.delen!.map((d) => [d.categorie, d.aandeel])) })),
      ...(benchmark ? [{ naam: `Gemiddelde ${meervoud(props.groep!.codes.length, 'vergelijkbare gemeente', 'vergelijkbare gemeenten')} (${props.groep!.klasse.naam})`, stijl: GEMIDDELDE_STIJL, waarden: benchmark }] : []),
    ],
  });
  const tabel: TabelData = {
    bijschrift: `${o.titel}: aantallen en aandelen, ${formatDatum(peildatum)}`,
    kolommen: [o.as, ...metGegevens.flatMap((g) => [`${g.naam}: aantal`, `${g.naam}: aandeel`])],
    rijen: [
      ...categorieen.map((c) => [c.naam, ...metGegevens.flatMap((g) => {
        const d = g.delen!.find((x) => x.categorie === c.code);
        return [d?.aantal ?? 0, d?.aandeel ?? null];
      })] as TabelData['rijen'][number]),
      ['Totaal', ...metGegevens.flatMap((g) => [g.delen!.reduce((s, d) => s + d.aantal, 0), 1])] as TabelData['rijen'][number],
    ],
    eenheid: 'aantal',
    eenheden: metGegevens.flatMap(() => ['aantal', 'procent'] as const),
  };
  return (
    <>
      <h2>{o.titel}</h2>
      <div className="rij-grafieken">
        <Grafiek grafiek={grafiek} bron={props.bron} periode={`peildatum ${formatDatum(peildatum)}`} hoogte={300} />
        <figure className="paneel">
          <Tabel tabel={tabel} />
          <p className="bron">
            Bron: {props.bron} · peildatum {formatDatum(peildatum)}. Aandeel: van alle {o.noemer} van het gebied.
          </p>
        </figure>
      </div>
      {leeg.length ? <GeenGegevens>{leeg.join(' ')}</GeenGegevens> : null}
      {o.dimensie === 'loonwaardegroep' && metGegevens.some((g) => g.delen!.some((d) => d.categorie === '3' && d.aantal > 0)) ? (
        <p className="uitleg hint">{LOONWAARDEGROEP_3_IS_GEEN_BESCHUT_WERK}</p>
      ) : null}
    </>
  );
}
