import { uitkeringenPerRegeling, type Tabel as TabelData } from '@pw/charts';
import { KERNCIJFERS } from '@pw/publicatie';
import { formatAantal, formatDatum, formatDecimaal, formatProcent, formatVerschil, opsomming } from '@pw/format';
import { budgetstand, buigLeden, buigPerLid, gebiedCode, veranderingJaar, waardeVan, type Gebied } from '@pw/metrics';
import { budgetsoortKort } from '@pw/model';
import { Fout, GeenGegevens, Grafiek, Laden, Tabel, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam, samenstelling } from '../gebieden.ts';
import { Link, useLocation } from 'react-router';
import { useKeuze } from '../keuze.ts';
import { bronVan } from '../layout/Pagina.tsx';
import { Paginaacties } from '../layout/Paginaacties.tsx';
import { CbsKerncijfers } from './Cbs.tsx';
import { geenGegevensTekst } from '../teksten.ts';
import { useDocumenttitel } from '../titel.ts';
import { Budgettegel, BuigLedenTegel } from './Budgettegel.tsx';
import { Bevindingenblok } from '../layout/Bevindingenblok.tsx';

export function Overzicht() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  const gebied = keuze.gebieden[0]!;
  const code = gebiedCode(gebied);
  const naam = gebiedNaam(gebied);
  // A cooperation's BUIG is shown per member (the Rijk assesses it per municipality): its members' figures are asked for too.
  const leden = gebied.soort === 'samenwerking' ? buigLeden(gebied.id, keuze.indeling) : [];
  // Compared municipalities are shown side by side in a table under the tiles (the tiles are the first area's).
  const vergeleken = keuze.gebieden.slice(1);
  const figuren = useFiguren({
    gebieden: [gebied, ...vergeleken, ...leden.map((c): Gebied => ({ soort: 'gemeente', code: c }))],
    indeling: keuze.indeling,
    indicatoren: KERNCIJFERS.indicatoren,
  });
  const { search } = useLocation();

  useDocumenttitel(`Overzicht ${naam}`);

  const kop = (
    <>
      <h1>
        Overzicht {naam} <span className="kop-datum">peildatum {formatDatum(peildatum)}</span>
      </h1>
      {samenstelling(gebied, keuze.indeling) ? <p className="samenstelling">{samenstelling(gebied, keuze.indeling)}</p> : null}
      <Paginaacties />
    </>
  );
  if (figuren.isError) {
    return (
      <>
        {kop}
        <Fout titel="De cijfers konden niet worden berekend">
          <p>{String(figuren.error instanceof Error ? figuren.error.message : figuren.error)}</p>
        </Fout>
      </>
    );
  }
  if (!figuren.data) {
    return (
      <>
        {kop}
        <Laden tekst="Cijfers berekenen…" />
      </>
    );
  }
  const rijen = figuren.data;
  const cel = (ind: string, periode: string, dimensie?: string, categorie?: string) => waardeVan(rijen, { indicator: ind, gemeente_code: code, periode, dimensie, categorie });
  const uitkeringen = cel('uitkeringen', peildatum);
  const verandering = veranderingJaar(rijen, { indicator: 'uitkeringen', gemeente_code: code, periode: peildatum });
  const per1000 = cel('uitkeringen_per_1000_inwoners', peildatum);
  const dgr = cel('doelgroepenregister', peildatum);
  const taak = cel('beschut_werk_taakstelling', String(jaar));
  const real = cel('beschut_werk_realisatie', String(jaar));
  const bron = (ind: string) => bronVan(ind, manifest);
  const buigNaam = `${budgetsoortKort('BUIG', jaar)} ${jaar}`;
  const grafiek = uitkeringenPerRegeling(rijen.filter((r) => r.gemeente_code === code), naam);

  return (
    <>
      {kop}
      {figuren.isPlaceholderData ? (
        <p className="melding-voorlopig" role="status">
          Kerncijfers uit het datapakket; de rekenmachine start nog.
        </p>
      ) : null}
      <section aria-label="Kerncijfers" className="tegels">
        <Tegel
          titel="Uitkeringen"
          waarde={uitkeringen === undefined ? null : formatAantal(uitkeringen)}
          leeg={geenGegevensTekst(rijen, 'uitkeringen', code, naam, 'uitkeringen', peildatum)}
          toelichting={
            uitkeringen === undefined ? undefined : (
              <>
                {verandering ? (
                  <>
                    {formatVerschil(verandering.verschil)}
                    {verandering.fractie !== null ? ` (${formatVerschil(verandering.fractie, formatProcent)})` : ''} ten opzichte van {formatDatum(verandering.eerderPeriode)}
                  </>
                ) : (
                  'geen vergelijking met een jaar eerder'
                )}
                {per1000 !== undefined ? <> · {formatDecimaal(per1000)} per 1.000 inwoners</> : null}
              </>
            )
          }
          bron={bron('uitkeringen')}
          periode={`peildatum ${formatDatum(peildatum)}`}
        />
        <Tegel
          titel="Doelgroepenregister"
          waarde={dgr === undefined ? null : formatAantal(dgr)}
          leeg={geenGegevensTekst(rijen, 'doelgroepenregister', code, naam, 'het doelgroepenregister', peildatum)}
          toelichting={dgr === undefined ? undefined : 'inwoners in het doelgroepenregister (banenafspraak), met of zonder uitkering'}
          bron={bron('doelgroepenregister')}
          periode={`peildatum ${formatDatum(peildatum)}`}
        />
        <Tegel
          titel={`Beschut werk ${jaar}`}
          waarde={taak === undefined ? null : real === undefined ? `taakstelling ${formatAantal(taak)}` : `${formatAantal(real)} van ${formatAantal(taak)} plaatsen`}
          leeg={`Geen taakstelling beschut werk voor ${naam} in ${jaar}.`}
          toelichting={
            taak === undefined ? undefined : real === undefined ? 'realisatie nog niet bekend' : `realisatie ${taak > 0 ? formatProcent(real / taak) : '–'} van de taakstelling (cumulatief)`
          }
          bron={bron('beschut_werk_realisatie')}
          periode={`jaar ${jaar}`}
        />
        {leden.length ? (
          <BuigLedenTegel per={buigPerLid(rijen, leden, jaar, peildatum)} titel={buigNaam} bron={bron('budget_begroot')} peildatum={peildatum} />
        ) : (
          <Budgettegel stand={budgetstand(rijen, { code, jaar, soort: 'BUIG', peildatum })} titel={buigNaam} bron={bron('budget_begroot')} leeg={`Geen BUIG-budget voor ${naam} in ${jaar}.`} />
        )}
        <Budgettegel stand={budgetstand(rijen, { code, jaar, soort: 'Participatie', peildatum })} bron={bron('budget_begroot')} leeg={`Geen Participatiebudget voor ${naam} in ${jaar}.`} />
      </section>
      <Bevindingenblok soort="uitkeringen" alleenEerste />
      {vergeleken.length ? (
        <Naast rijen={rijen} gebieden={[gebied, ...vergeleken]} peildatum={peildatum} bron={bron('uitkeringen')} />
      ) : null}
      {vergeleken.length ? (
        <p className="uitleg">
          De tegels en de grafiek gaan over {naam}. De vergelijking met {opsomming(vergeleken.map(gebiedNaam))} staat hierboven in de tabel en op de pagina{' '}
          <Link to={{ pathname: '/uitkeringen', search }}>Uitkeringen</Link>.
        </p>
      ) : null}
      {grafiek.tabel.rijen.length ? (
        <Grafiek grafiek={grafiek} bron={bron('uitkeringen')} periode="stand op de eerste van elke maand" />
      ) : (
        <GeenGegevens>Geen gegevens over uitkeringen voor {naam}.</GeenGegevens>
      )}
      {gebied.soort === 'gemeente' ? <CbsKerncijfers code={code} naam={naam} eigen={rijen} /> : null}
    </>
  );
}

/** The compared municipalities side by side: benefits, per 1.000 inhabitants and the change over a year, on the peildatum. */
function Naast({ rijen, gebieden, peildatum, bron }: { rijen: Parameters<typeof waardeVan>[0]; gebieden: readonly Gebied[]; peildatum: string; bron: string }) {
  const tabel: TabelData = {
    bijschrift: `Kerncijfers naast elkaar op ${formatDatum(peildatum)}`,
    kolommen: ['Gemeente', 'Uitkeringen', 'Per 1.000 inwoners', 'Verschil met een jaar eerder', 'Verschil in %'],
    rijen: gebieden.map((g) => {
      const code = gebiedCode(g);
      const v = veranderingJaar(rijen, { indicator: 'uitkeringen', gemeente_code: code, periode: peildatum });
      return [
        gebiedNaam(g),
        waardeVan(rijen, { indicator: 'uitkeringen', gemeente_code: code, periode: peildatum }) ?? null,
        waardeVan(rijen, { indicator: 'uitkeringen_per_1000_inwoners', gemeente_code: code, periode: peildatum }) ?? null,
        v?.verschil ?? null,
        v?.fractie ?? null,
      ];
    }),
    eenheid: 'aantal',
    eenheden: ['aantal', 'per1000', 'aantal', 'procent'],
  };
  return (
    <figure className="paneel">
      <Tabel tabel={tabel} />
      <p className="bron">Bron: {bron}. Peildatum {formatDatum(peildatum)}.</p>
    </figure>
  );
}
