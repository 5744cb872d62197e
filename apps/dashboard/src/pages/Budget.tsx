import type { ReactNode } from 'react';
import { buigPerJaar, buigSaldoPerJaar, buigSaldoPerLid, participatieEnReintegratiePerJaar, uitputtingGrafiekVan } from '@pw/charts';
import { formatDatum, formatEuro, formatProcent, opsomming } from '@pw/format';
import {
  BUDGET_INDICATOREN,
  budgetstand,
  buigBeoordeling,
  buigJaren,
  buigLeden,
  buigOnderdelenTekst,
  buigPerLid,
  gebiedCode,
  reeksBereik,
  saldoTekst,
  signaalTekst,
  uitputting,
  vangnetoordelen,
  vangnetregelTekst,
  versieOverzicht,
  type Figuur,
  type Gebied,
  type Uitputting,
  type Vangnetoordeel,
} from '@pw/metrics';
import { budgetsoortKort, gemeenteNaam, PARTICIPATIEWET_JAAR, VANGNETREGELS, type IsoDatum } from '@pw/model';
import { Bron, GeenGegevens, Grafiek } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';
import { geenGegevensTekst } from '../teksten.ts';
import { Budgettegel, BuigLedenTegel, budgetPeriode } from './Budgettegel.tsx';

const INDICATOREN = [...BUDGET_INDICATOREN];
/** The budgets whose spending through the year is followed against the begroting. */
const UITPUTTING_SOORTEN = ['Participatie', 're-integratie'] as const;

interface Gebiedje {
  code: string;
  naam: string;
  /** A cooperation's members whose BUIG counts (BUIG is per municipality); empty for a municipality. */
  leden: string[];
}

/** "komt niet in aanmerking (onder de drempel)" for a table cell. */
function kortOordeel(o: Vangnetoordeel): string {
  const wat = o.regel.regime === 'IAU' ? 'IAU' : o.regel.regime === 'uitgebreid vangnet' ? 'uitgebreid vangnet' : 'vangnet';
  const uitkomst =
    o.komtInAanmerking === false
      ? `geen ${wat}${o.boven ? ' (meerjarige voorwaarde niet voldaan)' : ' (onder de drempel)'}`
      : o.komtInAanmerking === null
        ? `${wat}: niet te bepalen`
        : `${wat}: komt in aanmerking${o.vergoeding !== null ? `, geschat ${formatEuro(o.vergoeding)}` : ''}`;
  return `${uitkomst}${o.indicatief ? ', indicatief' : ''}${o.regel.geverifieerd === 'niet' ? ', regel niet geverifieerd' : ''}`;
}

/** "regel niet geverifieerd" / "regel volgens de TCVP, niet in de wettekst geverifieerd" / "" for a verdict's heading. */
function verificatieLabel(o: Vangnetoordeel): string {
  if (o.regel.geverifieerd === 'niet') return ' — regel niet geverifieerd';
  if (o.regel.geverifieerd === 'secundair') return ' — regel volgens de Toetsingscommissie, niet in de wettekst geverifieerd';
  return '';
}

export function Budget() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  const ledenVan = (g: Gebied) => (g.soort === 'samenwerking' ? buigLeden(g.id, keuze.indeling) : []);
  // A cooperation's members are asked for too: BUIG is shown per member.
  const ledenGebieden = keuze.gebieden.flatMap(ledenVan).map((code): Gebied => ({ soort: 'gemeente', code }));
  const figuren = useFiguren({ gebieden: [...keuze.gebieden, ...ledenGebieden], indeling: keuze.indeling, indicatoren: INDICATOREN });
  const gebieden: Gebiedje[] = keuze.gebieden.map((g) => ({ code: gebiedCode(g), naam: gebiedNaam(g), leden: ledenVan(g) }));
  const eersteJaarPakket = (manifest.periode?.van ?? '').slice(0, 4);
  const bronJaar = bronVan('budget_begroot', manifest);
  const bronMaand = bronVan('budget_gerealiseerd_cumulatief', manifest);
  const meer = gebieden.length > 1;
  const metNaam = (tekst: string, g: Gebiedje) => (meer ? `${tekst}, ${g.naam}` : tekst);
  const buigNaam = budgetsoortKort('BUIG', jaar);

  return (
    <Pagina titel="Budget" wanneer={`jaar ${jaar} · peildatum ${formatDatum(peildatum)}`} figuren={figuren}>
      {(rijen) => {
        /** "Geen gegevens … vóór 2015" under a chart whose series starts after the package does. */
        const beginLater = (g: Gebiedje, soort: string, wat: string) => {
          const cel = { dimensie: 'soort', categorie: soort };
          const b = reeksBereik(rijen, 'budget_begroot', g.code, cel);
          return b && b.eerste > eersteJaarPakket ? <p className="uitleg hint">{geenGegevensTekst(rijen, 'budget_begroot', g.code, g.naam, wat, eersteJaarPakket, cel)}</p> : null;
        };
        const uitgeput = new Map<string, Uitputting>(gebieden.flatMap((g) => UITPUTTING_SOORTEN.map((soort) => [`${g.code}|${soort}`, uitputting(rijen, { code: g.code, jaar, soort, peildatum })] as const)));
        const uitputtingVan = (g: Gebiedje, soort: string) => uitgeput.get(`${g.code}|${soort}`)!;

        return (
          <>
            {meer ? (
              <section aria-labelledby="budget-vergelijking">
                <h2 id="budget-vergelijking">Vergelijking {jaar}</h2>
                <Vergelijking rijen={rijen} gebieden={gebieden} jaar={jaar} peildatum={peildatum} uitputtingVan={uitputtingVan} />
                <Bron bron={bronJaar} periode={`jaar ${jaar}; wat na de peildatum ${formatDatum(peildatum)} valt telt niet mee`} />
              </section>
            ) : null}

            <section aria-labelledby="budget-buig">
              <h2 id="budget-buig">
                {buigNaam} {jaar}: budget, netto lasten en vangnet
              </h2>
              <p className="uitleg">
                {jaar < PARTICIPATIEWET_JAAR
                  ? `Vóór ${PARTICIPATIEWET_JAAR} gaf het Rijk de gemeente het inkomensdeel van de WWB (I-deel) voor de bijstandsuitkeringen; vanaf ${PARTICIPATIEWET_JAAR} is dat de gebundelde uitkering (BUIG). `
                  : 'Het BUIG-budget is wat het Rijk de gemeente geeft voor de uitkeringen (Participatiewet, IOAW, IOAZ en Bbz-levensonderhoud). '}
                De netto lasten zijn de uitkeringen plus loonkostensubsidie min de baten uit terugvordering en verhaal. Is het budget hoger dan de lasten, dan is er een
                overschot; is het lager, dan een tekort. Het Rijk beoordeelt het saldo per gemeente en tegen het definitieve budget; een oordeel tegen een voorlopig budget of
                een raming uit een circulaire is indicatief. Het saldo over een jaar is er pas als het jaar vóór de peildatum voorbij is.
              </p>
              <div className="tegels">
                {gebieden.map((g) =>
                  g.leden.length ? (
                    <BuigLedenTegel key={g.code} per={buigPerLid(rijen, g.leden, jaar, peildatum)} titel={metNaam(`${buigNaam} ${jaar}`, g)} bron={bronJaar} peildatum={peildatum} />
                  ) : (
                    <Budgettegel
                      key={g.code}
                      stand={budgetstand(rijen, { code: g.code, jaar, soort: 'BUIG', peildatum })}
                      titel={metNaam(`${buigNaam} ${jaar}`, g)}
                      bron={bronJaar}
                      leeg={geenGegevensTekst(rijen, 'budget_begroot', g.code, g.naam, 'het BUIG-budget', String(jaar), { dimensie: 'soort', categorie: 'BUIG' })}
                    />
                  ),
                )}
              </div>
              {gebieden.map((g) =>
                g.leden.length ? (
                  <BuigPerLidTabel key={g.code} rijen={rijen} g={g} jaar={jaar} peildatum={peildatum} bron={bronJaar} />
                ) : (
                  <BuigOordeel key={g.code} rijen={rijen} g={g} jaar={jaar} peildatum={peildatum} metNaam={metNaam} />
                ),
              )}
              <div className="rij-grafieken">
                {gebieden.map((g, plek) =>
                  g.leden.length ? (
                    <div key={plek}>
                      <Grafiek
                        grafiek={buigSaldoPerLid(rijen, g.leden.map((code) => ({ code, naam: gemeenteNaam(code) })), g.naam, peildatum)}
                        bron={bronJaar}
                        periode={`per kalenderjaar, tot de peildatum ${formatDatum(peildatum)}`}
                      />
                    </div>
                  ) : buigJaren(rijen, g.code, peildatum).length ? (
                    <BuigGrafieken key={plek} rijen={rijen} g={g} peildatum={peildatum} bron={bronJaar} beginLater={beginLater(g, 'BUIG', 'het BUIG-budget')} />
                  ) : (
                    <GeenGegevens key={plek}>Geen gegevens over het BUIG-budget voor {g.naam}.</GeenGegevens>
                  ),
                )}
              </div>
              <Vangnetregels />
            </section>

            {UITPUTTING_SOORTEN.map((soort) => (
              <UitputtingSectie key={soort} soort={soort} rijen={rijen} gebieden={gebieden} jaar={jaar} uitputtingVan={uitputtingVan} metNaam={metNaam} bron={bronMaand} />
            ))}

            <section aria-labelledby="budget-participatie">
              <h2 id="budget-participatie">Participatiebudget en re-integratie per jaar</h2>
              <p className="uitleg">
                Per jaar het budget en wat eraan is uitgegeven. Het jaar van de peildatum telt de maanden tot de peildatum (in de kolom staat tot welke maand), latere jaren alleen
                hun budget. Het Participatiebudget is een integratie-uitkering zonder bestedingsplicht: wat overblijft is niet besteed, geen overschot. Vóór {PARTICIPATIEWET_JAAR}{' '}
                was het re-integratiegeld van het Rijk het participatiebudget van de Wet participatiebudget (vóór 2009 het werkdeel van de WWB); een re-integratiebudget uit die
                jaren is dat geld en staat hier niet nog eens als Participatiebudget.
              </p>
              <div className="rij-grafieken">
                {gebieden.map((g, plek) => {
                  const grafiek = participatieEnReintegratiePerJaar(rijen, g.code, g.naam, peildatum);
                  const jaren = grafiek.tabel.rijSleutels?.map(Number) ?? [];
                  return jaren.length ? (
                    <div key={plek}>
                      <Grafiek grafiek={grafiek} bron={bronJaar} periode={`per kalenderjaar, tot de peildatum ${formatDatum(peildatum)}`} />
                      {versieOverzicht(rijen, g.code, 'Participatie', jaren) ? (
                        <p className="uitleg hint">Versie van het Participatiebudget: {versieOverzicht(rijen, g.code, 'Participatie', jaren)}.</p>
                      ) : null}
                      {beginLater(g, 'Participatie', 'het Participatiebudget')}
                      {beginLater(g, 're-integratie', 're-integratie')}
                    </div>
                  ) : (
                    <GeenGegevens key={plek}>Geen gegevens over het Participatiebudget en re-integratie voor {g.naam}.</GeenGegevens>
                  );
                })}
              </div>
            </section>
          </>
        );
      }}
    </Pagina>
  );
}

/** The vangnet verdict of one municipality for the year, and what its BUIG lasten consist of. */
function BuigOordeel({ rijen, g, jaar, peildatum, metNaam }: { rijen: readonly Figuur[]; g: Gebiedje; jaar: number; peildatum: IsoDatum; metNaam: (t: string, g: Gebiedje) => string }) {
  const b = buigBeoordeling(rijen, g.code, jaar, peildatum);
  if (b.lopend)
    return (
      <p className="uitleg hint">
        {metNaam(`Het saldo en het vangnetoordeel over ${jaar}`, g)} volgen na afloop van het jaar; op de peildatum {formatDatum(peildatum)} is het jaar nog niet voorbij.
      </p>
    );
  if (b.jaar.saldo === null) return null;
  const { aanwezig, ontbrekend } = buigOnderdelenTekst(b.jaar);
  const d = b.jaar.onderdelen;
  const delen = [
    d.uitkeringen !== null ? `uitkeringen ${formatEuro(d.uitkeringen)}` : null,
    d.loonkostensubsidie !== null ? `+ loonkostensubsidie ${formatEuro(d.loonkostensubsidie)}` : null,
    d.baten !== null ? `− baten ${formatEuro(d.baten)}` : null,
  ].filter(Boolean);
  return (
    <>
      <p className="uitleg">
        {aanwezig.length
          ? `${metNaam(`Netto lasten ${jaar}`, g)}: ${delen.join(' ')} = ${formatEuro(b.jaar.lasten!)}.${ontbrekend.length ? ` Niet in de gegevens: ${opsomming(ontbrekend)}.` : ''}`
          : `${metNaam(`De netto lasten ${jaar}`, g)} (${formatEuro(b.jaar.lasten!)}) staan in de gegevens als één bedrag: uit welke delen (uitkeringen, loonkostensubsidie, baten uit terugvordering en verhaal) ze bestaan staat er niet in.`}
      </p>
      {b.geenRegel ? <GeenGegevens>{b.geenRegel}</GeenGegevens> : null}
      {b.oordelen.map((o) => (
        <div key={o.regel.id} className={o.komtInAanmerking === false ? 'signaal signaal-ok' : 'signaal'}>
          <p>
            <strong>
              {metNaam(`${o.regel.naam} over ${jaar}`, g)}
              {o.indicatief ? ' (indicatief)' : ''}: {o.komtInAanmerking === false ? 'komt niet in aanmerking' : o.komtInAanmerking ? 'komt in aanmerking' : 'niet te bepalen'}
              {verificatieLabel(o)}
            </strong>
          </p>
          <ul>
            {o.zinnen.map((z) => (
              <li key={z}>{z}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The budget and lasten per year, and the saldo on a chart of its own, for one municipality. */
function BuigGrafieken({ rijen, g, peildatum, bron, beginLater }: { rijen: readonly Figuur[]; g: Gebiedje; peildatum: IsoDatum; bron: string; beginLater: ReactNode }) {
  const jaren = buigJaren(rijen, g.code, peildatum);
  const versies = versieOverzicht(rijen, g.code, 'BUIG', jaren.map((j) => j.jaar));
  const oud = jaren.filter((j) => j.saldo !== null && j.versie?.ouderDanJaar).map((j) => j.jaar);
  return (
    <div>
      <Grafiek grafiek={buigPerJaar(rijen, g.code, g.naam, peildatum)} bron={bron} periode={`per kalenderjaar, tot de peildatum ${formatDatum(peildatum)}`} />
      {versies ? <p className="uitleg hint">Versie van het budget: {versies}.</p> : null}
      {beginLater}
      <Grafiek grafiek={buigSaldoPerJaar(rijen, g.code, g.naam, peildatum)} bron={bron} periode="per kalenderjaar, jaren die vóór de peildatum voorbij zijn" />
      {oud.length ? (
        <p className="uitleg hint">
          Let op: het saldo over {opsomming(oud.map(String))} is berekend tegen een raming uit een oudere circulaire, niet tegen het definitieve budget waartegen het Rijk toetst.
        </p>
      ) : null}
    </div>
  );
}

/** A cooperation's BUIG per member: each saldo, the sum of tekorten and the sum of overschotten; never one netted saldo. */
function BuigPerLidTabel({ rijen, g, jaar, peildatum, bron }: { rijen: readonly Figuur[]; g: Gebiedje; jaar: number; peildatum: IsoDatum; bron: string }) {
  const per = buigPerLid(rijen, g.leden, jaar, peildatum);
  const bijschrift = `${budgetsoortKort('BUIG', jaar)} ${jaar} per gemeente, ${g.naam}`;
  const geen = 'geen gegevens';
  return (
    <>
      <p className="uitleg">
        BUIG en vangnet zijn per gemeente: het Rijk verrekent het tekort van de ene gemeente niet met het overschot van de andere. {g.naam} heeft daarom geen eigen saldo; hieronder
        staat het saldo van elke gemeente, met de tekorten en de overschotten apart opgeteld.
      </p>
      <div className="tabel-container" tabIndex={0} role="region" aria-label={`Tabel: ${bijschrift}`}>
        <table>
          <caption>{bijschrift}</caption>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">Budget</th>
              <th scope="col">Netto lasten</th>
              <th scope="col">Saldo</th>
              <th scope="col">Deel van het budget</th>
              <th scope="col">Versie van het budget</th>
              <th scope="col">Vangnet</th>
            </tr>
          </thead>
          <tbody>
            {per.leden.map(({ code, buig }) => (
              <tr key={code}>
                <th scope="row">{gemeenteNaam(code)}</th>
                <td className="getal">{buig.budget !== null ? formatEuro(buig.budget) : geen}</td>
                <td className="getal">{buig.lasten !== null ? formatEuro(buig.lasten) : geen}</td>
                <td className="getal">{buig.saldo !== null ? saldoTekst('BUIG', buig.saldo) : geen}</td>
                <td className="getal">{buig.fractie !== null ? formatProcent(Math.abs(buig.fractie)) : '–'}</td>
                <td>{buig.versie ? buig.versie.tekst : 'niet opgegeven'}</td>
                <td>{buig.saldo === null ? '–' : vangnetoordelen(rijen, code, jaar).map(kortOordeel).join('; ') || 'geen regel'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Som van de tekorten</th>
              <td />
              <td />
              <td className="getal">{formatEuro(per.somTekorten)}</td>
              <td colSpan={3} />
            </tr>
            <tr>
              <th scope="row">Som van de overschotten</th>
              <td />
              <td />
              <td className="getal">{formatEuro(per.somOverschotten)}</td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>
      <Bron bron={bron} periode={`heel ${jaar}, per gemeente (peildatum ${formatDatum(peildatum)})`} />
    </>
  );
}

/** The dated vangnet table of @pw/model, with what was verified where. */
function Vangnetregels() {
  return (
    <details className="uitleg">
      <summary>De vangnetregels per jaar, en wat daarvan is geverifieerd</summary>
      <div className="tabel-container" tabIndex={0} role="region" aria-label="Tabel: vangnetregels per jaar">
        <table>
          <caption>Vangnetregels per tekortjaar (percentages van het definitieve budget)</caption>
          <thead>
            <tr>
              <th scope="col">Jaren</th>
              <th scope="col">Regeling</th>
              <th scope="col">Drempel</th>
              <th scope="col">Meerjarige voorwaarde</th>
              <th scope="col">Vergoeding</th>
              <th scope="col">Wettelijke basis</th>
              <th scope="col">Geverifieerd</th>
            </tr>
          </thead>
          <tbody>
            {VANGNETREGELS.map((r) => {
              const t = vangnetregelTekst(r);
              return (
                <tr key={r.id}>
                  <th scope="row">{t.jaren}</th>
                  <td>{r.naam}</td>
                  <td>{t.drempel}</td>
                  <td>{t.meerjarig}</td>
                  <td>{t.vergoeding}</td>
                  <td>{r.wettelijkeBasis}</td>
                  <td>
                    {r.geverifieerd === 'niet' ? <strong>regel niet geverifieerd</strong> : r.geverifieerd === 'wettekst' ? 'wettekst' : 'secundair (Toetsingscommissie)'}: {t.geverifieerd}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">Voor jaren zonder regel in deze tabel (vóór 2007, na 2025) geeft de pagina geen vangnetoordeel.</p>
    </details>
  );
}

function UitputtingSectie(props: {
  soort: string;
  rijen: readonly Figuur[];
  gebieden: Gebiedje[];
  jaar: number;
  uitputtingVan: (g: Gebiedje, soort: string) => Uitputting;
  metNaam: (tekst: string, g: Gebiedje) => string;
  bron: string;
}) {
  const { soort, rijen, gebieden, jaar, uitputtingVan, metNaam, bron } = props;
  const naam = budgetsoortKort(soort, jaar);
  const id = `budget-uitputting-${soort.toLowerCase()}`;
  const leegTekst = (g: Gebiedje, u: Uitputting) =>
    u.maandenTotPeildatum === 0 || u.begroot !== null ? u.redenen[0]! : geenGegevensTekst(rijen, 'budget_begroot', g.code, g.naam, naam.toLowerCase(), String(jaar), { dimensie: 'soort', categorie: soort });

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {naam} {jaar}
      </h2>
      <p className="uitleg">
        Uitgegeven in de maanden van {jaar} die vóór de peildatum voorbij zijn, tegen het budget, met twee prognoses voor het hele jaar: de lineaire trekt de uitgaven tot nu
        gelijkmatig door naar december; die met het seizoenspatroon deelt ze door het deel van de jaaruitgaven dat in de volledige jaren van de drie jaren ervoor gemiddeld tot
        dezelfde maand was uitgegeven. Een signaal komt er alleen als de uitgaven of een prognose minstens 1% boven het budget uitkomen.
      </p>
      <div className="tegels">
        {gebieden.map((g) => (
          <Budgettegel key={g.code} stand={uitputtingVan(g, soort).stand} titel={metNaam(`${naam} ${jaar}`, g)} bron={bron} leeg={leegTekst(g, uitputtingVan(g, soort))} />
        ))}
      </div>
      {gebieden.map((g) => {
        const u = uitputtingVan(g, soort);
        if (u.gerealiseerdTotNu === null) return null;
        const wie = metNaam(naam, g);
        const signaal = signaalTekst(u);
        if (u.begroot === null) return <GeenGegevens key={g.code}>{`${wie}: ${u.redenen.join(' ')}`}</GeenGegevens>;
        return signaal ? (
          <div key={g.code} className="signaal">
            <p>
              <strong>Let op: {signaal}</strong>
            </p>
            <p>{u.redenen.join(' ')}</p>
          </div>
        ) : (
          <div key={g.code} className="signaal signaal-ok">
            <p>
              <strong>
                {wie}: {u.maanden === 12 ? `binnen de begroting over ${jaar}, of minder dan 1% erboven.` : 'geen prognose komt 1% of meer boven het budget.'}
              </strong>{' '}
              {u.redenen.join(' ')}
            </p>
          </div>
        );
      })}
      <div className="rij-grafieken">
        {gebieden.map((g, plek) => {
          const u = uitputtingVan(g, soort);
          return u.verloop.some((v) => v.gerealiseerdCumulatief !== null) ? (
            <div key={plek}>
              <Grafiek grafiek={uitputtingGrafiekVan(u, g.naam)} bron={bron} periode={budgetPeriode(u.stand)} />
              {u.ontbrekendeMaanden.length && u.maanden ? <p className="uitleg hint">{u.redenen.at(-1)}</p> : null}
            </div>
          ) : null;
        })}
      </div>
    </section>
  );
}

/** Several areas side by side: one column per area for the chosen year, each figure as of the peildatum. */
function Vergelijking(props: { rijen: readonly Figuur[]; gebieden: Gebiedje[]; jaar: number; peildatum: IsoDatum; uitputtingVan: (g: Gebiedje, soort: string) => Uitputting }) {
  const { rijen, gebieden, jaar, peildatum, uitputtingVan } = props;
  const geen = 'geen gegevens';
  const buig = (g: Gebiedje) => buigBeoordeling(rijen, g.code, jaar, peildatum);
  const stand = (u: Uitputting) =>
    u.stand.realisatie === null
      ? geen
      : `${formatEuro(u.stand.realisatie.bedrag)} besteed (${u.stand.realisatie.tekst})${u.stand.aandeelBesteed !== null ? `, ${formatProcent(u.stand.aandeelBesteed)} van het budget` : ''}${
          u.signalen.length ? ' – signaal: prognose 1% of meer boven het budget' : ''
        }`;
  const regels: Array<[string, (g: Gebiedje) => string]> = [
    [`${budgetsoortKort('BUIG', jaar)}-budget ${jaar}`, (g) => (buig(g).jaar.budget !== null ? formatEuro(buig(g).jaar.budget!) : geen)],
    [
      `Saldo ${jaar}`,
      (g) => {
        const b = buig(g);
        if (b.lopend) return 'na afloop van het jaar';
        return b.jaar.saldo !== null ? `${saldoTekst('BUIG', b.jaar.saldo)} (${formatProcent(Math.abs(b.jaar.fractie ?? 0))})` : geen;
      },
    ],
    [`Vangnet ${jaar}`, (g) => (buig(g).oordelen.map(kortOordeel).join('; ') || '–')],
    ...UITPUTTING_SOORTEN.map((s): [string, (g: Gebiedje) => string] => [`${budgetsoortKort(s, jaar)} ${jaar}`, (g) => stand(uitputtingVan(g, s))]),
  ];
  const bijschrift = `Budget ${jaar} per gebied: BUIG-saldo, vangnet en besteding`;
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
