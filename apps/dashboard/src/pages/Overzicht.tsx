import { uitkeringenPerRegeling } from '@pw/charts';
import { KERNCIJFERS } from '@pw/publicatie';
import { formatAantal, formatDatum, formatDecimaal, formatEuro, formatProcent, formatVerschil } from '@pw/format';
import { gebiedCode, veranderingJaar, waardeVan } from '@pw/metrics';
import { Fout, GeenGegevens, Grafiek, Laden, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam, samenstelling } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan } from '../layout/Pagina.tsx';
import { geenGegevensTekst } from '../teksten.ts';
import { useDocumenttitel } from '../titel.ts';

export function Overzicht() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  const gebied = keuze.gebieden[0]!;
  const code = gebiedCode(gebied);
  const naam = gebiedNaam(gebied);
  const figuren = useFiguren({ gebieden: [gebied], indeling: keuze.indeling, indicatoren: KERNCIJFERS.indicatoren });

  useDocumenttitel(`Overzicht ${naam}`);

  const kop = (
    <>
      <h1>
        Overzicht {naam} <span className="kop-datum">peildatum {formatDatum(peildatum)}</span>
      </h1>
      {samenstelling(gebied, keuze.indeling) ? <p className="samenstelling">{samenstelling(gebied, keuze.indeling)}</p> : null}
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
  const budget = (soort: string) => ({ begroot: cel('budget_begroot', String(jaar), 'soort', soort), gerealiseerd: cel('budget_gerealiseerd', String(jaar), 'soort', soort) });
  const buig = budget('BUIG');
  const participatie = budget('Participatie');
  const bron = (ind: string) => bronVan(ind, manifest);
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
        {(
          [
            ['BUIG', buig, 'uitgegeven aan uitkeringen'],
            ['Participatiebudget', participatie, 'besteed'],
          ] as const
        ).map(([titel, b, werkwoord]) => {
          const { begroot, gerealiseerd } = b as { begroot?: number; gerealiseerd?: number };
          const saldo = begroot !== undefined && gerealiseerd !== undefined ? begroot - gerealiseerd : undefined;
          return (
            <Tegel
              key={titel as string}
              titel={`${titel} ${jaar}`}
              waarde={begroot === undefined ? null : formatEuro(begroot)}
              leeg={`Geen ${(titel as string).toLowerCase()} voor ${naam} in ${jaar}.`}
              toelichting={
                begroot === undefined ? undefined : gerealiseerd === undefined ? (
                  'begroot; realisatie nog niet bekend'
                ) : (
                  <>
                    begroot; {formatEuro(gerealiseerd)} {werkwoord as string} ·{' '}
                    <strong>{saldo! >= 0 ? `overschot ${formatEuro(saldo!)}` : `tekort ${formatEuro(-saldo!)}`}</strong>
                  </>
                )
              }
              bron={bron('budget_begroot')}
              periode={`jaar ${jaar}`}
            />
          );
        })}
      </section>
      {grafiek.tabel.rijen.length ? (
        <Grafiek grafiek={grafiek} bron={bron('uitkeringen')} periode="stand op de eerste van elke maand" />
      ) : (
        <GeenGegevens>Geen gegevens over uitkeringen voor {naam}.</GeenGegevens>
      )}
    </>
  );
}
