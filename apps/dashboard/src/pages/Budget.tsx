import { budgetsoortNaam, buigPerJaar, participatieEnReintegratiePerJaar, uitputtingGrafiekVan } from '@pw/charts';
import { formatDatum, formatEuro, formatMaand, formatProcent } from '@pw/format';
import { BUDGET_INDICATOREN, budgetSaldo, reeksBereik, gebiedCode, uitputting, type BudgetJaar, type Figuur, type Uitputting } from '@pw/metrics';
import type { IsoDatum } from '@pw/model';
import { Bron, GeenGegevens, Grafiek, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';
import { geenGegevensTekst } from '../teksten.ts';

const INDICATOREN = [...BUDGET_INDICATOREN];
/** The budgets whose spending through the year is followed against the begroting. */
const UITPUTTING_SOORTEN = ['Participatie', 're-integratie'] as const;

interface Gebiedje {
  code: string;
  naam: string;
}

/** "overschot € 110.646" / "tekort € 209.152" */
function saldoTekst(saldo: number): string {
  return saldo >= 0 ? `overschot ${formatEuro(saldo)}` : `tekort ${formatEuro(-saldo)}`;
}

/** "januari tot en met juni 2024", "heel 2020" */
function maandenTekst(u: Uitputting): string {
  return u.maanden === 12 ? `heel ${u.jaar}` : `januari tot en met ${formatMaand(u.totEnMet!)}`;
}

export function Budget() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  const figuren = useFiguren({ gebieden: keuze.gebieden, indeling: keuze.indeling, indicatoren: INDICATOREN });
  const gebieden = keuze.gebieden.map((g) => ({ code: gebiedCode(g), naam: gebiedNaam(g) }));
  const eersteJaarPakket = (manifest.periode?.van ?? '').slice(0, 4);
  const bronJaar = bronVan('budget_begroot', manifest);
  const bronMaand = bronVan('budget_gerealiseerd_maand', manifest);
  const meer = gebieden.length > 1;
  const metNaam = (tekst: string, g: Gebiedje) => (meer ? `${tekst}, ${g.naam}` : tekst);

  return (
    <Pagina titel="Budget" wanneer={`jaar ${jaar} · peildatum ${formatDatum(peildatum)}`} figuren={figuren}>
      {(rijen) => {
        const buig = new Map(gebieden.map((g) => [g.code, budgetSaldo(rijen, g.code, 'BUIG')]));
        const buigJaar = (g: Gebiedje): BudgetJaar | undefined => buig.get(g.code)!.find((j) => j.jaar === jaar);
        const uitgeput = new Map<string, Uitputting>(gebieden.flatMap((g) => UITPUTTING_SOORTEN.map((soort) => [`${g.code}|${soort}`, uitputting(rijen, { code: g.code, jaar, soort, peildatum })] as const)));
        const uitputtingVan = (g: Gebiedje, soort: string) => uitgeput.get(`${g.code}|${soort}`)!;
        /** "Geen gegevens … vóór 2015" under a chart whose series starts after the package does. */
        const beginLater = (g: Gebiedje, soort: string, wat: string) => {
          const cel = { dimensie: 'soort', categorie: soort };
          const b = reeksBereik(rijen, 'budget_begroot', g.code, cel);
          return b && b.eerste > eersteJaarPakket ? <p className="uitleg hint">{geenGegevensTekst(rijen, 'budget_begroot', g.code, g.naam, wat, eersteJaarPakket, cel)}</p> : null;
        };

        return (
          <>
            {meer ? (
              <section aria-labelledby="budget-vergelijking">
                <h2 id="budget-vergelijking">Vergelijking {jaar}</h2>
                <Vergelijking gebieden={gebieden} jaar={jaar} buigJaar={buigJaar} uitputtingVan={uitputtingVan} />
                <Bron bron={bronJaar} periode={`jaar ${jaar}; uitputting tot de peildatum ${formatDatum(peildatum)}`} />
              </section>
            ) : null}

            <section aria-labelledby="budget-buig">
              <h2 id="budget-buig">BUIG: budget en uitkeringslasten</h2>
              <p className="uitleg">
                Het BUIG-budget is wat het Rijk de gemeente geeft voor de bijstandsuitkeringen; de uitkeringslasten zijn wat de gemeente aan uitkeringen betaalt. Is het budget
                hoger dan de lasten, dan is er een overschot; is het lager, dan een tekort.
              </p>
              <div className="tegels">
                {gebieden.map((g) => {
                  const j = buigJaar(g);
                  return (
                    <Tegel
                      key={g.code}
                      titel={metNaam(`BUIG ${jaar}`, g)}
                      waarde={j?.saldo === undefined ? null : saldoTekst(j.saldo)}
                      leeg={
                        j?.begroot !== undefined
                          ? `Budget ${formatEuro(j.begroot)}; de uitkeringslasten over ${jaar} zijn nog niet bekend.`
                          : geenGegevensTekst(rijen, 'budget_begroot', g.code, g.naam, 'het BUIG-budget', String(jaar), { dimensie: 'soort', categorie: 'BUIG' })
                      }
                      toelichting={j?.saldo === undefined ? undefined : `budget ${formatEuro(j.begroot!)}, uitkeringslasten ${formatEuro(j.gerealiseerd!)}`}
                      bron={bronJaar}
                      periode={`jaar ${jaar}`}
                    />
                  );
                })}
              </div>
              <div className="rij-grafieken">
                {gebieden.map((g) =>
                  buig.get(g.code)!.length ? (
                    <div key={g.code}>
                      <Grafiek grafiek={buigPerJaar(rijen, g.code, g.naam)} bron={bronJaar} periode="per kalenderjaar" />
                      {beginLater(g, 'BUIG', 'het BUIG-budget')}
                    </div>
                  ) : (
                    <GeenGegevens key={g.code}>Geen gegevens over het BUIG-budget voor {g.naam}.</GeenGegevens>
                  ),
                )}
              </div>
            </section>

            <section aria-labelledby="budget-participatie">
              <h2 id="budget-participatie">Participatiebudget en re-integratie per jaar</h2>
              <div className="rij-grafieken">
                {gebieden.map((g) =>
                  budgetSaldo(rijen, g.code, 'Participatie').length || budgetSaldo(rijen, g.code, 're-integratie').length ? (
                    <div key={g.code}>
                      <Grafiek grafiek={participatieEnReintegratiePerJaar(rijen, g.code, g.naam)} bron={bronJaar} periode="per kalenderjaar" />
                      {beginLater(g, 'Participatie', 'het Participatiebudget')}
                      {beginLater(g, 're-integratie', 're-integratie')}
                    </div>
                  ) : (
                    <GeenGegevens key={g.code}>Geen gegevens over het Participatiebudget en re-integratie voor {g.naam}.</GeenGegevens>
                  ),
                )}
              </div>
            </section>

            {UITPUTTING_SOORTEN.map((soort) => (
              <UitputtingSectie
                key={soort}
                soort={soort}
                rijen={rijen}
                gebieden={gebieden}
                jaar={jaar}
                peildatum={peildatum}
                uitputtingVan={uitputtingVan}
                metNaam={metNaam}
                bron={bronMaand}
              />
            ))}
          </>
        );
      }}
    </Pagina>
  );
}

function UitputtingSectie(props: {
  soort: string;
  rijen: readonly Figuur[];
  gebieden: Gebiedje[];
  jaar: number;
  peildatum: IsoDatum;
  uitputtingVan: (g: Gebiedje, soort: string) => Uitputting;
  metNaam: (tekst: string, g: Gebiedje) => string;
  bron: string;
}) {
  const { soort, rijen, gebieden, jaar, peildatum, uitputtingVan, metNaam, bron } = props;
  const naam = budgetsoortNaam(soort);
  const id = `budget-uitputting-${soort.toLowerCase()}`;
  const leegTekst = (g: Gebiedje, u: Uitputting) =>
    u.maandenTotPeildatum === 0 ? u.redenen[0]! : geenGegevensTekst(rijen, 'budget_gerealiseerd_maand', g.code, g.naam, `uitgaven per maand aan ${naam.toLowerCase()}`, `${jaar}-01`, { dimensie: 'soort', categorie: soort });
  const periodeTekst = (u: Uitputting) => (u.maanden ? `${maandenTekst(u)} (peildatum ${formatDatum(peildatum)})` : `${jaar} (peildatum ${formatDatum(peildatum)})`);

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        Uitputting {naam.toLowerCase()} {jaar}
      </h2>
      <p className="uitleg">
        Uitgegeven in de maanden van {jaar} die vóór de peildatum voorbij zijn, tegen de begroting. De lineaire prognose trekt de uitgaven tot nu gelijkmatig door naar december;
        de prognose met seizoenspatroon deelt ze door het deel van de jaaruitgaven dat in de volledige jaren van de drie jaren ervoor gemiddeld tot dezelfde maand was uitgegeven. De uitgaven lopen voor op
        de begroting als ze hoger zijn dan het tijdsevenredige deel ervan, of als een prognose boven de begroting uitkomt.
      </p>
      <div className="tegels">
        {gebieden.map((g) => {
          const u = uitputtingVan(g, soort);
          const waarde = u.uitputting !== null ? `${formatProcent(u.uitputting)} besteed` : u.gerealiseerdTotNu !== null ? `${formatEuro(u.gerealiseerdTotNu)} besteed` : null;
          return (
            <Tegel
              key={g.code}
              titel={metNaam(`${naam} ${jaar}`, g)}
              waarde={waarde}
              leeg={leegTekst(g, u)}
              toelichting={
                u.gerealiseerdTotNu === null ? undefined : (
                  <>
                    {formatEuro(u.gerealiseerdTotNu)} {u.begroot !== null ? `van ${formatEuro(u.begroot)} begroot` : '(geen begroting bekend)'}, {maandenTekst(u)}
                    {u.maanden < 12 ? (
                      <>
                        {u.tijdsevenredig !== null ? ` · tijdsevenredig ${formatEuro(u.tijdsevenredig)}` : ''}
                        {` · prognose ${jaar}: lineair ${formatEuro(u.prognoseLineair!)}`}
                        {u.prognoseSeizoen
                          ? `, met seizoenspatroon ${formatEuro(u.prognoseSeizoen.bedrag)}`
                          : ', geen prognose met seizoenspatroon (geen volledig eerder jaar)'}
                      </>
                    ) : null}
                  </>
                )
              }
              bron={bron}
              periode={periodeTekst(u)}
            />
          );
        })}
      </div>
      {gebieden.map((g) => {
        const u = uitputtingVan(g, soort);
        if (u.loopVoor === null) return u.gerealiseerdTotNu === null ? null : <GeenGegevens key={g.code}>{metNaam(naam, g)}: {u.redenen.join(' ')}</GeenGegevens>;
        const wie = metNaam(naam, g);
        return u.loopVoor ? (
          <div key={g.code} className="signaal">
            <p>
              <strong>
                Let op: {wie} {u.maanden === 12 ? `is over ${jaar} boven de begroting uitgekomen.` : 'loopt voor op de begroting.'}
              </strong>{' '}
              {u.redenen.join(' ')}
            </p>
          </div>
        ) : (
          <div key={g.code} className="signaal signaal-ok">
            <p>
              <strong>
                {wie}: {u.maanden === 12 ? `binnen de begroting over ${jaar}.` : 'loopt niet voor op de begroting.'}
              </strong>{' '}
              {u.redenen.join(' ')}
            </p>
          </div>
        );
      })}
      <div className="rij-grafieken">
        {gebieden.map((g) => {
          const u = uitputtingVan(g, soort);
          return u.gerealiseerdTotNu === null ? (
            <GeenGegevens key={g.code}>{leegTekst(g, u)}</GeenGegevens>
          ) : (
            <div key={g.code}>
              <Grafiek grafiek={uitputtingGrafiekVan(u, g.naam)} bron={bron} periode={periodeTekst(u)} />
              {u.redenen
                .filter((r) => r.startsWith('Geen uitgaven bekend'))
                .map((r) => (
                  <p key={r} className="uitleg hint">
                    {r}
                  </p>
                ))}
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** Several areas side by side: one column per area for the chosen year. */
function Vergelijking(props: {
  gebieden: Gebiedje[];
  jaar: number;
  buigJaar: (g: Gebiedje) => BudgetJaar | undefined;
  uitputtingVan: (g: Gebiedje, soort: string) => Uitputting;
}) {
  const { gebieden, jaar, buigJaar, uitputtingVan } = props;
  const geen = 'geen gegevens';
  const uitputtingCel = (u: Uitputting) =>
    u.gerealiseerdTotNu === null
      ? geen
      : `${u.uitputting !== null ? `${formatProcent(u.uitputting)} besteed` : `${formatEuro(u.gerealiseerdTotNu)} besteed, geen begroting`} (${maandenTekst(u)})${
          u.loopVoor === true ? ' – loopt voor op de begroting' : u.loopVoor === false ? ' – loopt niet voor' : ''
        }`;
  const regels: Array<[string, (g: Gebiedje) => string]> = [
    [`BUIG-budget ${jaar}`, (g) => (buigJaar(g)?.begroot !== undefined ? formatEuro(buigJaar(g)!.begroot!) : geen)],
    [`Uitkeringslasten ${jaar}`, (g) => (buigJaar(g)?.gerealiseerd !== undefined ? formatEuro(buigJaar(g)!.gerealiseerd!) : geen)],
    [`BUIG-saldo ${jaar}`, (g) => (buigJaar(g)?.saldo !== undefined ? saldoTekst(buigJaar(g)!.saldo!) : geen)],
    ...UITPUTTING_SOORTEN.map((s): [string, (g: Gebiedje) => string] => [`Uitputting ${budgetsoortNaam(s).toLowerCase()} ${jaar}`, (g) => uitputtingCel(uitputtingVan(g, s))]),
  ];
  const bijschrift = `Budget ${jaar} per gebied: BUIG-saldo en uitputting`;
  return (
    <div className="tabel-container" tabIndex={0} role="region" aria-label={`Tabel: ${bijschrift}`}>
      <table>
        <caption>{bijschrift}</caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            {gebieden.map((g) => (
              <th key={g.code} scope="col">
                {g.naam}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {regels.map(([kop, cel]) => (
            <tr key={kop}>
              <th scope="row">{kop}</th>
              {gebieden.map((g) => (
                <td key={g.code} className="getal">
                  {cel(g)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
