import { korteHash } from '@pw/model';
import { useQuery } from '@tanstack/react-query';
import type { Tabel as TabelData } from '@pw/charts';
import { formatAantal, formatDatum, meervoud } from '@pw/format';
import { alleGebieden, brontotalen, gebiedCode, INDELING_NAAM, standAansluiting, type Gebied } from '@pw/metrics';
import { Fout, GeenGegevens, Laden, Tabel } from '@pw/ui';
import { useFiguren, useGegevens } from '../data/hooks.ts';
import { beschutWerkAansluiting, extractTotalen } from '../data/queries.ts';
import { useKeuze } from '../keuze.ts';
import { useDocumenttitel } from '../titel.ts';
import { Paginaacties } from '../layout/Paginaacties.tsx';
import { CbsAansluitingen } from './Cbs.tsx';

/**
 * Controle: what a controller checks before anyone looks at a dashboard. Where the figures come
 * from (files, hashes, rows), whether the extracts' own totals match what was counted, and whether
 * every municipality's stock reconciles with its inflow and outflow.
 */
export function Controle() {
  const [keuze] = useKeuze();
  const { manifest } = useGegevens().data!.pakket;
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: ['uitkeringen', 'instroom', 'uitstroom'] });
  const totalen = useQuery(extractTotalen(manifest.hash));
  const beschut = useQuery(beschutWerkAansluiting(manifest.hash));
  // Areas whose totals a source document prints (source 003: Regio Alkmaar), when the package has all their members.
  const metBrontotaal: Gebied[] = alleGebieden(manifest.gemeenten, keuze.indeling).filter((g) => brontotalen([], gebiedCode(g)).length);
  const bronfiguren = useFiguren({ gebieden: metBrontotaal, indeling: keuze.indeling, indicatoren: ['budget_begroot'] });
  useDocumenttitel('Controle');

  const bronnen: TabelData = {
    bijschrift: `Bronbestanden van datapakket ${korteHash(manifest.hash)}`,
    kolommen: ['Bestand en sha256', 'Regels'],
    rijen: manifest.bronnen.map((b) => [`${b.naam}${b.zelfdeAls ? ` (zelfde inhoud als ${b.zelfdeAls}; één keer geteld)` : ''} · sha256 ${b.sha256.slice(0, 16)}…`, b.rijen]),
    eenheid: 'aantal',
  };

  return (
    <>
      <h1>
        Controle <span className="kop-datum">datapakket {korteHash(manifest.hash)}</span>
      </h1>
      <Paginaacties />
      <p className="uitleg">
        Gemaakt op {formatDatum(manifest.aangemaakt.slice(0, 10))}
        {manifest.periode ? `, uitkeringen van ${formatDatum(manifest.periode.van)} tot en met ${formatDatum(manifest.periode.tot)}` : ''}; validatie: {formatAantal(manifest.validatie.fouten)} fouten,{' '}
        {formatAantal(manifest.validatie.waarschuwingen)} waarschuwingen. Elke pagina noemt onder elk cijfer dit datapakket; hier staat waar het vandaan komt.
      </p>

      <h2>Herkomst</h2>
      <figure className="paneel">
        <Tabel tabel={bronnen} />
      </figure>
      {manifest.validatie.meldingen.length ? (
        <>
          <h3>Waarschuwingen bij het laden</h3>
          <ul>
            {manifest.validatie.meldingen.map((m, i) => (
              <li key={i}>
                {m.bestand}
                {m.blad ? ` (blad ${m.blad})` : ''}
                {m.regel ? `:${m.regel}` : ''}: {m.reden} {m.oplossing}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Personen in twee gemeenten tegelijk</h2>
      {(() => {
        const twee = manifest.validatie.meldingen.filter((m) => m.code === 'twee-gemeenten');
        return twee.length ? (
          <p className="signaal" role="status">
            {twee.length === 1 ? 'Eén melding' : `${twee.length} meldingen`} van een persoon met een uitkering in twee gemeenten op dezelfde dag (die persoon telt in beide); zie de waarschuwingen hierboven.
          </p>
        ) : (
          <p className="signaal signaal-ok">Geen persoon heeft op dezelfde dag een uitkering in twee gemeenten: niemand telt dubbel.</p>
        );
      })()}

      <h2>Totalen volgens het extract</h2>
      {totalen.isError ? (
        <Fout titel="De totalen konden niet worden gelezen">
          <p>{String(totalen.error)}</p>
        </Fout>
      ) : !totalen.data ? (
        <Laden tekst="Totalen lezen…" />
      ) : totalen.data.length === 0 ? (
        <GeenGegevens>Geen van de extracten geeft een eigen totaal (een regel "Totaal").</GeenGegevens>
      ) : (
        <>
          <ul className="controle">
            {totalen.data.map((t) => (
              <li key={`${t.bronbestand}:${t.regel}`} className={t.verschil === 0 ? 'signaal signaal-ok' : 'signaal'}>
                {t.bronbestand}:{t.regel} ("{t.omschrijving}"): het extract zegt {formatAantal(t.opgegeven)}, geteld zijn {formatAantal(t.berekend)}
                {t.verschil === 0 ? ' — klopt.' : ` — verschil ${formatAantal(t.verschil)}: controleer of het extract volledig is.`}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Totalen zoals de bron ze drukt</h2>
      <p className="uitleg">
        Een totaal over gemeenten is in dit dashboard altijd de som van hun regels. Waar een brondocument zelf een totaal drukt, staat dat hier zoals gedrukt naast die som.
      </p>
      {!metBrontotaal.length ? (
        <GeenGegevens>Dit datapakket heeft geen gebied waarvan een brondocument totalen drukt.</GeenGegevens>
      ) : bronfiguren.isError ? (
        <Fout titel="De totalen konden niet worden berekend">
          <p>{String(bronfiguren.error)}</p>
        </Fout>
      ) : !bronfiguren.data ? (
        <Laden tekst="Totalen berekenen…" />
      ) : (
        metBrontotaal.map((g) => {
          const t = brontotalen(bronfiguren.data!, gebiedCode(g));
          return (
            <section key={gebiedCode(g)} aria-label={`Gedrukte totalen ${t[0]!.bron}`}>
              <h3>
                {bronfiguren.data!.find((r) => r.gemeente_code === gebiedCode(g))?.gemeente_naam ?? gebiedCode(g)}: {t[0]!.bron}
              </h3>
              <ul className="controle">
                {t.map((x) => (
                  <li key={x.periode} className={x.verschil === 0 ? 'signaal signaal-ok' : 'signaal'}>
                    {x.tekst}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}

      <h2>Eigen telling naast het CBS</h2>
      <CbsAansluitingen gemeenten={manifest.gemeenten} />

      <h2>Beschut werk: opgegeven realisatie en register</h2>
      <p className="uitleg">
        Waar een beschut-werkextract een realisatie opgeeft én een beschut-werkregister geladen is: het opgegeven aantal naast het aantal mensen in het register op 1 januari van het jaar erna
        (een stand per 31 december is de stand op de eerste dag van de volgende maand). Het dashboard toont het aantal uit het register.
      </p>
      {beschut.isError ? (
        <Fout titel="De aansluiting beschut werk kon niet worden berekend">
          <p>{String(beschut.error)}</p>
        </Fout>
      ) : !beschut.data ? (
        <Laden tekst="Beschut werk vergelijken…" />
      ) : beschut.data.length === 0 ? (
        <GeenGegevens>Geen gemeente heeft zowel een opgegeven realisatie als een geladen beschut-werkregister voor hetzelfde jaar.</GeenGegevens>
      ) : (
        <BeschutWerkAansluiting rijen={beschut.data} />
      )}

      <h2>Stand, instroom en uitstroom sluiten aan</h2>
      <p className="uitleg">
        Per gemeente ({INDELING_NAAM[keuze.indeling]}) en regeling: de stand op de laatste peildatum moet gelijk zijn aan de stand op de eerste plus de instroom min de uitstroom daartussen.
      </p>
      {alle.isError ? (
        <Fout titel="De aansluiting kon niet worden berekend">
          <p>{String(alle.error)}</p>
        </Fout>
      ) : !alle.data ? (
        <Laden tekst="Aansluiting berekenen…" />
      ) : (
        <Aansluitingen rijen={alle.data} />
      )}
    </>
  );
}

function Aansluitingen({ rijen }: { rijen: Parameters<typeof standAansluiting>[0] }) {
  const codes = [...new Set(rijen.map((r) => r.gemeente_code))].sort();
  const regels: TabelData['rijen'] = [];
  let afwijkend = 0;
  // On a site that masks small numbers a masked count is NaN: its combination cannot be checked
  // here (unknown, not a difference); the dashboard with the full package checks it.
  let afgeschermd = 0;
  for (const code of codes) {
    const naam = rijen.find((r) => r.gemeente_code === code)!.gemeente_naam;
    for (const a of standAansluiting(rijen, code) ?? []) {
      const onbekend = Number.isNaN(a.verschil);
      if (onbekend) afgeschermd++;
      else if (a.verschil !== 0) afwijkend++;
      regels.push([`${naam} · ${a.regeling} · ${formatDatum(a.van)} – ${formatDatum(a.tot)}${onbekend ? ' · afgeschermd' : a.verschil !== 0 ? ' · VERSCHIL' : ''}`, a.beginstand, a.instroom, a.uitstroom, a.eindstand, a.verschil]);
    }
  }
  const nagegaan = regels.length - afgeschermd;
  const tabel: TabelData = {
    bijschrift: 'Aansluiting van stand, instroom en uitstroom per gemeente en regeling',
    kolommen: ['Gemeente, regeling en periode', 'Beginstand', 'Instroom', 'Uitstroom', 'Eindstand', 'Verschil'],
    rijen: regels,
    eenheid: 'aantal',
  };
  return (
    <>
      <p className={afwijkend ? 'signaal' : 'signaal signaal-ok'} role="status">
        {afwijkend
          ? `${meervoud(afwijkend, 'combinatie', 'combinaties')} van gemeente en regeling ${afwijkend === 1 ? 'sluit' : 'sluiten'} niet aan; zie de regels met VERSCHIL.`
          : afgeschermd
            ? `${meervoud(nagegaan, 'combinatie', 'combinaties')} van gemeente en regeling zonder afgeschermde cijfers ${nagegaan === 1 ? 'sluit' : 'sluiten'} aan.`
            : `Alle ${formatAantal(regels.length)} combinaties van gemeente en regeling sluiten aan.`}
        {afgeschermd
          ? ` ${meervoud(afgeschermd, 'combinatie bevat', 'combinaties bevatten')} kleine aantallen die op deze site zijn afgeschermd; die ${afgeschermd === 1 ? 'is' : 'zijn'} hier niet na te gaan (wel in het dashboard met het volledige datapakket).`
          : null}
      </p>
      <figure className="paneel">
        <Tabel tabel={tabel} />
      </figure>

      <h2>Op de opdrachtregel</h2>
      <p className="uitleg">
        Een beheerder maakt dezelfde cijfers zonder browser met de opdrachtregel van pw-monitor (zie de README). <code>npm run figures -- &lt;map van het datapakket&gt; --gemeente GM1774</code>{' '}
        geeft alle cijfers van een keuze in het lange formaat, één regel per cijfer, byte voor byte gelijk aan &quot;Alle cijfers exporteren&quot;: als CSV volgens RFC 4180, of met{' '}
        <code>--dialect nl</code> voor Nederlandse Excel. <code>npm run report -- rapport.json --out rapport.pdf</code> maakt van een rapport een PDF.
      </p>
    </>
  );
}

function BeschutWerkAansluiting({ rijen }: { rijen: ReadonlyArray<{ gemeente_naam: string; jaar: number; opgegeven: number; register: number; verschil: number }> }) {
  const afwijkend = rijen.filter((r) => r.verschil !== 0);
  const tabel: TabelData = {
    bijschrift: 'Realisatie beschut werk: opgegeven in het extract en volgens het register (1 januari erna), per gemeente en jaar',
    kolommen: ['Gemeente en jaar', 'Opgegeven', 'Register', 'Verschil (register min opgegeven)'],
    rijen: rijen.map((r) => [`${r.gemeente_naam} · ${r.jaar}${r.verschil !== 0 ? ' · VERSCHIL' : ''}`, r.opgegeven, r.register, r.verschil]),
    eenheid: 'plaatsen',
  };
  return (
    <>
      <p className={afwijkend.length ? 'signaal' : 'signaal signaal-ok'} role="status">
        {afwijkend.length
          ? `${afwijkend.length === 1 ? '1 combinatie' : `${afwijkend.length} combinaties`} van gemeente en jaar sluiten niet aan: ${afwijkend.map((r) => `${r.gemeente_naam} ${r.jaar} (opgegeven ${formatAantal(r.opgegeven)}, register ${formatAantal(r.register)})`).join('; ')}. Het dashboard toont het register; controleer welke van de twee onvolledig is.`
          : `Alle ${formatAantal(rijen.length)} opgegeven realisaties zijn gelijk aan het register.`}
      </p>
      <figure className="paneel">
        <Tabel tabel={tabel} />
      </figure>
    </>
  );
}
