import { tijdgrafiek, type Tabel as TabelData } from '@pw/charts';
import { formatAantal, formatProcent, meervoud, opsomming } from '@pw/format';
import {
  beschutWerkRangorde,
  beschutWerkRealisatie,
  gebiedCode,
  groepsgemiddelde,
  laatsteRealisatiejaar,
  LOONWAARDEGROEP_3_IS_GEEN_BESCHUT_WERK,
  vergelijkingsgroepVoor,
  type BeschutWerkJaar,
  type Figuur,
} from '@pw/metrics';
import { GeenGegevens, Grafiek, Laden, Tabel, Tegel } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { gebiedNaam } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';
import { geenGegevensTekst } from '../teksten.ts';
import { Bevindingenblok } from '../layout/Bevindingenblok.tsx';

const INDICATOREN = ['beschut_werk_taakstelling', 'beschut_werk_realisatie', 'inwoners'];

const HERKOMST: Record<NonNullable<BeschutWerkJaar['herkomst']>, string> = {
  register: 'uit het beschut-werkregister (stand 1 januari erna)',
  opgave: 'zoals opgegeven in het beschut-werkextract',
};

/** "Realisatie 2019–2023 uit het beschut-werkregister …; 2017 en 2018 zoals opgegeven …" */
function herkomstZin(reeks: readonly BeschutWerkJaar[]): string {
  const delen = (['register', 'opgave'] as const)
    .map((h) => ({ h, jaren: reeks.filter((r) => r.herkomst === h).map((r) => String(r.jaar)) }))
    .filter((x) => x.jaren.length)
    .map((x) => `${opsomming(x.jaren)} ${HERKOMST[x.h]}`);
  return delen.length ? `Realisatie ${delen.join('; ')}.` : '';
}

/** "4 plaatsen achter" / "1 plaats voor" / "op schema" */
function achterstandTekst(achterstand: number): string {
  if (achterstand === 0) return 'precies op de taakstelling';
  const n = Math.abs(achterstand);
  return `${formatAantal(n)} ${n === 1 ? 'plaats' : 'plaatsen'} ${achterstand > 0 ? 'achter op' : 'boven'} de taakstelling`;
}

export function BeschutWerk() {
  const [keuze] = useKeuze();
  const manifest = useGegevens().data!.pakket.manifest;
  const { jaar: gekozenJaar } = useEffectieveKeuze();
  const figuren = useFiguren({ gebieden: keuze.gebieden, indeling: keuze.indeling, indicatoren: INDICATOREN });
  const alle = useFiguren({ gebieden: 'alle-gemeenten', indeling: keuze.indeling, indicatoren: INDICATOREN });
  const gebieden = keuze.gebieden.map((g) => ({ code: gebiedCode(g), naam: gebiedNaam(g) }));
  const bron = bronVan('beschut_werk_realisatie', manifest);
  const { jaar, verschoven } = beschutWerkJaar(figuren.data, gebieden[0]!.code, gekozenJaar, keuze.jaar !== null);

  return (
    <Pagina titel="Beschut werk" wanneer={`jaar ${jaar}`} figuren={figuren}>
      {(rijen) => (
        <>
          <Bevindingenblok soort="beschut-werk" />
          <p className="uitleg">
            Het Rijk legt elke gemeente een taakstelling op: het aantal plaatsen beschut werk dat er aan het eind van het jaar moet zijn, cumulatief sinds 2017. Hieronder de taakstelling naast
            wat gerealiseerd is, het verschil in plaatsen en in procenten. De realisatie is het aantal mensen met een dienstbetrekking beschut werk op 31 december: waar een
            beschut-werkregister geladen is de stand van dat register op 1 januari erna, anders het aantal dat het beschut-werkextract opgeeft. Jaren na de laatste bekende realisatie
            tonen alleen de taakstelling.
          </p>
          {verschoven ? (
            <p className="melding-voorlopig" role="status">
              Voor {gekozenJaar} is nog geen realisatie bekend; de pagina opent op {jaar}, het laatste jaar met een realisatie. Kies een ander jaar in de keuzebalk.
            </p>
          ) : null}
          <p className="uitleg hint">{LOONWAARDEGROEP_3_IS_GEEN_BESCHUT_WERK}</p>
          <section aria-label={`Beschut werk ${jaar}`} className="tegels">
            {gebieden.map((g) => {
              const j = beschutWerkRealisatie(rijen, g.code).find((r) => r.jaar === jaar);
              return (
                <Tegel
                  key={g.code}
                  titel={`Beschut werk ${g.naam} ${jaar}`}
                  waarde={!j ? null : j.realisatie === null ? `taakstelling ${formatAantal(j.taakstelling)}` : `${formatAantal(j.realisatie)} van ${formatAantal(j.taakstelling)} plaatsen`}
                  leeg={geenGegevensTekst(rijen, 'beschut_werk_taakstelling', g.code, g.naam, 'beschut werk', String(jaar))}
                  toelichting={
                    !j ? undefined : j.realisatie === null ? (
                      'realisatie nog niet bekend'
                    ) : (
                      <>
                        {j.percentage !== null ? `${formatProcent(j.percentage)} van de taakstelling; ` : ''}
                        <strong>{achterstandTekst(j.achterstand!)}</strong>
                        {j.herkomst ? ` · ${HERKOMST[j.herkomst]}` : ''}
                      </>
                    )
                  }
                  bron={bron}
                  periode={`jaar ${jaar}, cumulatief`}
                />
              );
            })}
          </section>
          {gebieden.map((g, plek) => (
            <PerGebied key={plek} rijen={rijen} code={g.code} naam={g.naam} bron={bron} />
          ))}
          <h2>Vergelijking met andere gemeenten in {jaar}</h2>
          <Vergelijking alle={alle.data} rijen={rijen} gebieden={gebieden} jaar={jaar} bron={bron} />
        </>
      )}
    </Pagina>
  );
}

/**
 * The year the page opens on: the year chosen in the choice bar; without a chosen year (the
 * default follows the peildatum) the latest year up to it with a known realisatie of the first
 * area, so the page does not open on tiles that all say "realisatie nog niet bekend".
 */
function beschutWerkJaar(rijen: readonly Figuur[] | undefined, code: string, jaar: number, gekozen: boolean): { jaar: number; verschoven: boolean } {
  if (gekozen || !rijen) return { jaar, verschoven: false };
  const reeks = beschutWerkRealisatie(rijen, code).filter((r) => r.jaar <= jaar);
  if (reeks.some((r) => r.jaar === jaar && r.realisatie !== null)) return { jaar, verschoven: false };
  const laatste = laatsteRealisatiejaar(reeks);
  return laatste === null ? { jaar, verschoven: false } : { jaar: laatste, verschoven: true };
}

function PerGebied({ rijen, code, naam, bron }: { rijen: readonly Figuur[]; code: string; naam: string; bron: string }) {
  const reeks = beschutWerkRealisatie(rijen, code);
  if (!reeks.length)
    return (
      <>
        <h2>{naam}</h2>
        <GeenGegevens>Geen gegevens over beschut werk voor {naam}.</GeenGegevens>
      </>
    );
  const laatste = laatsteRealisatiejaar(reeks);
  const grafiek = tijdgrafiek({
    titel: `Beschut werk: taakstelling en realisatie (cumulatief), ${naam}, ${reeks[0]!.jaar}–${reeks.at(-1)!.jaar}`,
    xNaam: 'Jaar',
    yNaam: 'Plaatsen beschut werk',
    eenheid: 'plaatsen',
    reeksen: [
      { naam: 'Realisatie', soort: 'staaf', waarden: new Map(reeks.filter((r) => r.realisatie !== null).map((r) => [String(r.jaar), r.realisatie!])) },
      { naam: 'Taakstelling', doel: true, waarden: new Map(reeks.map((r) => [String(r.jaar), r.taakstelling])) },
    ],
  });
  const tabel: TabelData = {
    bijschrift: `Beschut werk per jaar, ${naam}: taakstelling, realisatie en verschil`,
    kolommen: ['Jaar', 'Taakstelling', 'Realisatie', 'Achterstand (plaatsen)', 'Realisatie in % van de taakstelling'],
    rijen: reeks.map((r) => [`${r.jaar}${laatste !== null && r.jaar > laatste ? ' (alleen taakstelling)' : ''}`, r.taakstelling, r.realisatie, r.achterstand, r.percentage]),
    eenheid: 'plaatsen',
    eenheden: ['plaatsen', 'plaatsen', 'plaatsen', 'procent'],
  };
  return (
    <>
      <h2>{naam}</h2>
      <div className="rij-grafieken">
        <Grafiek grafiek={grafiek} bron={bron} periode={laatste ? `realisatie bekend tot en met ${laatste}` : 'nog geen realisatie bekend'} hoogte={300} />
        <figure className="paneel">
          <Tabel tabel={tabel} />
          <p className="bron">
            Bron: {bron}. {herkomstZin(reeks)} Achterstand: taakstelling min realisatie; negatief is meer plaatsen dan gevraagd.
          </p>
        </figure>
      </div>
    </>
  );
}

function Vergelijking({ alle, rijen, gebieden, jaar, bron }: { alle: Figuur[] | undefined; rijen: readonly Figuur[]; gebieden: ReadonlyArray<{ code: string; naam: string }>; jaar: number; bron: string }) {
  if (!alle) return <Laden tekst="Vergelijking met andere gemeenten berekenen…" />;
  const perGemeente = beschutWerkRangorde(alle, jaar);
  if (!perGemeente.length) return <GeenGegevens>Nog geen realisatie van beschut werk bekend voor {jaar}.</GeenGegevens>;
  const { groep, melding } = vergelijkingsgroepVoor(alle, rijen, gebieden[0]!.code, jaar, gebieden[0]!.naam);
  const gem = groep ? groepsgemiddelde(perGemeente.map((x) => ({ code: x.code, waarde: x.jaar.percentage })), groep) : null;
  const gekozen = new Set(gebieden.map((g) => g.code));
  const tabel: TabelData = {
    bijschrift: `Realisatie beschut werk in % van de taakstelling per gemeente, ${jaar}, hoogste eerst`,
    kolommen: ['Gemeente', 'Taakstelling', 'Realisatie', 'Realisatie in %'],
    rijen: [
      ...perGemeente.map((x) => [`${x.naam}${gekozen.has(x.code) ? ' (gekozen)' : ''}`, x.jaar.taakstelling, x.jaar.realisatie, x.jaar.percentage] as TabelData['rijen'][number]),
      ...(gem && groep ? [[`Gemiddelde ${meervoud(gem.n, 'vergelijkbare gemeente', 'vergelijkbare gemeenten')} (${groep.klasse.naam})`, null, null, gem.waarde] as TabelData['rijen'][number]] : []),
    ],
    eenheid: 'plaatsen',
    eenheden: ['plaatsen', 'plaatsen', 'procent'],
  };
  return (
    <figure className="paneel">
      <Tabel tabel={tabel} />
      <p className="bron">
        Bron: {bron} · jaar {jaar}.{' '}
        {groep
          ? gem
            ? `Het gemiddelde is dat van de ${groep.codes.length} andere gemeenten met ${groep.klasse.naam}; elke gemeente telt even zwaar.`
            : `Geen gemiddelde: niet alle ${groep.codes.length} vergelijkbare gemeenten hebben een realisatie voor ${jaar}.`
          : melding}
      </p>
    </figure>
  );
}
