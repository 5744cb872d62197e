import { useId, useState } from 'react';
import { createParser, useQueryState } from 'nuqs';
import { verdeelsleutelgrafiek } from '@pw/charts';
import { formatAantal, formatDatum, formatEuro, formatProcent, formatVerschil, opsomming } from '@pw/format';
import {
  inwonersjaren,
  leesBedrag,
  MAX_BEDRAG,
  SLEUTELS,
  STANDAARD_VOORSTEL,
  verdeelgebieden,
  verdeelsleutels,
  verdeelvoorstel,
  VERDEELVOORSTELLEN,
  type Deel,
  type Verdeling,
  type Verdeelvoorstel,
} from '@pw/metrics';
import { gemeenteNaam, REGELINGEN, type IsoDatum } from '@pw/model';
import { Bron, Grafiek } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';

// The page's own choices in the URL (`?voorstel=not-projectkosten&bedrag=22000&inwonersjaar=2020`);
// anything invalid is ignored and the proposal's default applies.
const opUrl = { history: 'replace', shallow: false } as const;
const voorstelParser = createParser({ parse: (v) => (verdeelvoorstel(v) ? v : null), serialize: (v: string) => v })
  .withDefault(STANDAARD_VOORSTEL)
  .withOptions(opUrl);
const bedragParser = createParser({ parse: (v) => (/^\d{1,12}$/.test(v) ? leesBedrag(v) : null), serialize: (n: number) => String(n) }).withOptions(opUrl);
const jaarParser = createParser({ parse: (v) => (/^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100 ? Number(v) : null), serialize: (n: number) => String(n) }).withOptions(opUrl);

/**
 * Verdeelsleutel: a shared cost split between cooperating municipalities by inhabitants, by
 * benefits and by a fixed key, side by side, with the difference per party in euros. The
 * arithmetic and the proposals live in `@pw/metrics` (verdeelsleutel.ts); the weights are the
 * standard figures `inwoners` and `uitkeringen` of exactly the proposal's parties, always under
 * today's boundaries (a split is between today's municipalities). Benefits count on the peildatum
 * of the choice bar (by default the latest in the data package).
 */
export function Verdeelsleutel() {
  const [keuze] = useKeuze();
  const id = useId();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  const [voorstelId, zetVoorstel] = useQueryState('voorstel', voorstelParser);
  const [bedragUrl, zetBedrag] = useQueryState('bedrag', bedragParser);
  const [jaarUrl, zetJaar] = useQueryState('inwonersjaar', jaarParser);
  const voorstel = verdeelvoorstel(voorstelId) ?? verdeelvoorstel(STANDAARD_VOORSTEL)!;
  const bedrag = bedragUrl ?? voorstel.standaardBedrag;
  const inwonersjaar = jaarUrl ?? voorstel.inwonersjaar ?? jaar;
  const figuren = useFiguren({ gebieden: verdeelgebieden(voorstel), indeling: 'huidig', indicatoren: ['inwoners', 'uitkeringen'] });

  const kiesVoorstel = (nieuw: string) => {
    void zetVoorstel(nieuw);
    void zetBedrag(null);
    void zetJaar(null);
  };

  return (
    <Pagina titel="Verdeelsleutel" onderwerp={opsomming(voorstel.partijen.map((p) => p.naam))} wanneer={`inwoners 1-1-${inwonersjaar} · uitkeringen ${formatDatum(peildatum)}`} figuren={figuren}>
      {(rijen) => {
        const v = verdeelsleutels(rijen, voorstel, { bedrag, inwonersjaar, peildatum });
        const jaren = inwonersjaren(rijen, voorstel);
        if (!jaren.includes(inwonersjaar)) jaren.push(inwonersjaar);
        jaren.sort((a, b) => b - a);
        return (
          <>
            <h2 id={`${id}-voorstel-kop`}>Voorstel</h2>
            <form className="paneel verdeel-keuze" aria-labelledby={`${id}-voorstel-kop`} onSubmit={(e) => e.preventDefault()}>
              <div className="veld">
                <label htmlFor={`${id}-voorstel`}>Te verdelen kosten</label>
                <select id={`${id}-voorstel`} value={voorstel.id} onChange={(e) => kiesVoorstel(e.target.value)}>
                  {VERDEELVOORSTELLEN.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.naam}
                    </option>
                  ))}
                </select>
              </div>
              <Bedragveld id={`${id}-bedrag`} key={voorstel.id} bedrag={bedrag} zet={(n) => void zetBedrag(n)} />
              <div className="veld veld-smal">
                <label htmlFor={`${id}-jaar`}>Inwoners op 1 januari van</label>
                <select id={`${id}-jaar`} value={inwonersjaar} onChange={(e) => void zetJaar(Number(e.target.value))}>
                  {jaren.map((j) => (
                    <option key={j} value={j}>
                      {j}
                    </option>
                  ))}
                </select>
              </div>
              <p className="hint uitleg">
                Uitkeringen tellen op de peildatum {formatDatum(peildatum)}; kies een andere peildatum in de keuzebalk bovenaan.
                {keuze.indeling === 'historisch' ? ' Deze pagina rekent altijd in de huidige gemeentegrenzen; de keuze voor herindelingen geldt hier niet.' : ''}
              </p>
            </form>
            <p className="uitleg">{voorstel.omschrijving}</p>
            <Bron bron={voorstel.bron} />

            <h2>Verdeling per partij</h2>
            <Meldingen v={v} />
            <Verdeeltabel v={v} />
            <Bronnen voorstel={voorstel} inwonersjaar={inwonersjaar} peildatum={peildatum} bron={(i) => bronVan(i, manifest)} />
            <Grafiek
              grafiek={verdeelsleutelgrafiek(v)}
              bron={`${bronVan('inwoners', manifest)}; ${bronVan('uitkeringen', manifest)}; vaste sleutel: ${voorstel.bron}`}
              periode={`inwoners 1-1-${inwonersjaar}, uitkeringen ${formatDatum(peildatum)}`}
            />

            <h2>Grondslagen</h2>
            <Grondslagen v={v} />
            <Bronnen voorstel={voorstel} inwonersjaar={inwonersjaar} peildatum={peildatum} bron={(i) => bronVan(i, manifest)} />

            <h2>Zo werken de verdeelsleutels</h2>
            <Uitleg v={v} />
          </>
        );
      }}
    </Pagina>
  );
}

/** The amount, typed the Dutch way (`22.000`); a wrong entry is refused in words and the last valid amount stays in use. */
function Bedragveld({ id, bedrag, zet }: { id: string; bedrag: number; zet: (n: number) => void }) {
  const [tekst, zetTekst] = useState(formatAantal(bedrag));
  const [gevolgd, zetGevolgd] = useState(bedrag);
  if (gevolgd !== bedrag) {
    // Follow the URL (back button, shared link) unless the field already says this amount: state
    // adjusted while rendering, as React advises instead of an effect.
    zetGevolgd(bedrag);
    if (leesBedrag(tekst) !== bedrag) zetTekst(formatAantal(bedrag));
  }
  const gelezen = leesBedrag(tekst);
  return (
    <div className="veld">
      <label htmlFor={id}>Bedrag in hele euro's</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={tekst}
        aria-invalid={gelezen === null}
        aria-describedby={`${id}-uitkomst`}
        onChange={(e) => {
          zetTekst(e.target.value);
          const n = leesBedrag(e.target.value);
          if (n !== null) zet(n);
        }}
      />
      <output id={`${id}-uitkomst`} htmlFor={id} className="hint" aria-live="polite">
        {gelezen === null
          ? `Geen geldig bedrag: typ hele euro's, bijvoorbeeld 22.000 (hoogstens ${formatEuro(MAX_BEDRAG)}). De verdeling gaat nog uit van ${formatEuro(bedrag)}.`
          : `Te verdelen: ${formatEuro(gelezen)}`}
      </output>
    </div>
  );
}

function bedragCel(d: Deel | null, toonAandeel = true) {
  if (!d) return <>geen gegevens</>;
  return (
    <>
      {formatEuro(d.bedrag)}
      {toonAandeel ? <span className="hint"> ({formatProcent(d.aandeel)})</span> : null}
    </>
  );
}

const verschilTekst = (n: number | null) => (n === null ? 'niet te bepalen' : n === 0 ? 'gelijk' : `${formatVerschil(n, formatEuro)} ${n > 0 ? 'meer' : 'minder'}`);

/** Per party the amount under each key side by side, and the difference against the inhabitants key. */
function Verdeeltabel({ v }: { v: Verdeling }) {
  const s = v.sleutels;
  const metRest = s.vast.onverdeeld !== 0;
  const totaal = (k: (typeof SLEUTELS)[number]) => (s[k].ontbreekt ? 'geen gegevens' : formatEuro(v.partijen.reduce((t, p) => t + p.delen[k]!.bedrag, 0) + s[k].onverdeeld));
  return (
    <div className="tabel-container" tabIndex={0} role="region" aria-label={`Tabel: verdeling van ${formatEuro(v.bedrag)} ${v.voorstel.kosten}`}>
      <table>
        <caption>
          Verdeling van {formatEuro(v.bedrag)} {v.voorstel.kosten} per partij en verdeelsleutel (aandeel tussen haakjes)
        </caption>
        <thead>
          <tr>
            <th scope="col">Partij</th>
            {SLEUTELS.map((k) => (
              <th key={k} scope="col">
                {s[k].naam}
              </th>
            ))}
            <th scope="col">Verschil: naar uitkeringen min naar inwoners</th>
            <th scope="col">Verschil: vast min naar inwoners</th>
          </tr>
        </thead>
        <tbody>
          {v.partijen.map((p) => (
            <tr key={p.partij.code}>
              <th scope="row">
                {p.partij.naam}
                {p.partij.leden.length ? <span className="hint"> ({opsomming(p.partij.leden.map(gemeenteNaam))})</span> : null}
              </th>
              {SLEUTELS.map((k) => (
                <td key={k} className="getal">
                  {bedragCel(p.delen[k])}
                </td>
              ))}
              <td className="getal">{verschilTekst(p.verschil.uitkeringen)}</td>
              <td className="getal">{verschilTekst(p.verschil.vast)}</td>
            </tr>
          ))}
          {metRest ? (
            <tr>
              <th scope="row">Niet verdeeld</th>
              {SLEUTELS.map((k) => (
                <td key={k} className="getal">
                  {s[k].ontbreekt ? 'geen gegevens' : formatEuro(s[k].onverdeeld)}
                </td>
              ))}
              <td />
              <td />
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            {SLEUTELS.map((k) => (
              <td key={k} className="getal">
                {totaal(k)}
              </td>
            ))}
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Missing inputs and the fixed key that does not sum to 100%, in words. */
function Meldingen({ v }: { v: Verdeling }) {
  const vast = v.sleutels.vast;
  const zinnen = SLEUTELS.map((k) => v.sleutels[k].ontbreekt).filter((z): z is string => !!z);
  return (
    <>
      {zinnen.map((z) => (
        <p key={z} className="signaal">
          {z}
        </p>
      ))}
      {vast.somPercentages !== null && vast.somPercentages !== 100 ? (
        <p className="signaal">
          Let op: de vaste sleutel uit de bron ({v.voorstel.vast.kort}) telt op tot {formatAantal(vast.somPercentages)}%, niet tot 100%.{' '}
          {vast.onverdeeld > 0
            ? `Zoals gedrukt blijft ${formatAantal(100 - vast.somPercentages)}% onverdeeld: ${formatEuro(vast.onverdeeld)} van ${formatEuro(v.bedrag)}.`
            : `Zoals gedrukt wordt ${formatEuro(-vast.onverdeeld)} meer verdeeld dan ${formatEuro(v.bedrag)}.`}{' '}
          {vast.herschaald
            ? `Naar verhouding op 100% gebracht zou dat ${opsomming(v.partijen.map((p, i) => `${formatEuro(vast.herschaald![i]!)} voor ${p.partij.naam}`))} zijn; de bron zegt niet bij wie het verschil hoort, dus deze pagina rekent met de percentages zoals gedrukt.`
            : ''}
        </p>
      ) : null}
    </>
  );
}

/** The weights: inhabitants and benefits per party, and per member of a group. */
function Grondslagen({ v }: { v: Verdeling }) {
  const getal = (n: number | undefined) => (n === undefined ? 'geen gegevens' : formatAantal(n));
  const vast = (p: Verdeling['partijen'][number]) => (v.voorstel.vast.soort === 'percentage' ? `${formatAantal(p.partij.vast)}%` : formatProcent(p.delen.vast!.aandeel));
  return (
    <div className="tabel-container" tabIndex={0} role="region" aria-label="Tabel: grondslagen per partij">
      <table>
        <caption>Grondslagen per partij: inwoners, uitkeringen en de vaste sleutel</caption>
        <thead>
          <tr>
            <th scope="col">Partij</th>
            <th scope="col">Inwoners 1-1-{v.inwonersjaar}</th>
            <th scope="col">Uitkeringen {formatDatum(v.peildatum)}</th>
            <th scope="col">Vaste sleutel</th>
          </tr>
        </thead>
        <tbody>
          {v.partijen.flatMap((p) => [
            <tr key={p.partij.code}>
              <th scope="row">{p.partij.naam}</th>
              <td className="getal">{getal(p.inwoners)}</td>
              <td className="getal">{getal(p.uitkeringen)}</td>
              <td className="getal">{vast(p)}</td>
            </tr>,
            ...p.leden.map((l) => (
              <tr key={`${p.partij.code}-${l.code}`}>
                <th scope="row" className="hint">
                  waarvan {l.naam}
                </th>
                <td className="getal">{getal(l.inwoners)}</td>
                <td className="getal">{getal(l.uitkeringen)}</td>
                <td />
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}

function Bronnen({ voorstel, inwonersjaar, peildatum, bron }: { voorstel: Verdeelvoorstel; inwonersjaar: number; peildatum: IsoDatum; bron: (indicator: string) => string }) {
  return (
    <>
      <Bron bron={`inwoners: ${bron('inwoners')}`} periode={`1 januari ${inwonersjaar}`} />
      <Bron bron={`uitkeringen: ${bron('uitkeringen')}`} periode={`peildatum ${formatDatum(peildatum)}`} />
      <Bron bron={`vaste sleutel: ${voorstel.bron}`} />
    </>
  );
}

function Uitleg({ v }: { v: Verdeling }) {
  const vast = v.voorstel.vast;
  return (
    <dl className="uitleg verdeel-uitleg">
      <dt>{v.sleutels.inwoners.naam}</dt>
      <dd>
        Elke partij betaalt naar haar aandeel in het aantal inwoners op 1 januari {v.inwonersjaar} (CBS). Voor een samenwerking als Noaberkracht telt het totaal van haar
        leden. Een grote gemeente betaalt zo meer, ook als zij weinig uitkeringen heeft. Bron 000 verdeelt de projectkosten zo.
      </dd>
      <dt>{v.sleutels.uitkeringen.naam}</dt>
      <dd>
        Elke partij betaalt naar haar aandeel in de lopende uitkeringen ({opsomming([...REGELINGEN])}) op {formatDatum(v.peildatum)}. Dat volgt de werklast van de uitvoering,
        maar verandert van maand tot maand. De stukken noemen deze verdeling als gebruikelijk alternatief.
      </dd>
      <dt>{v.sleutels.vast.naam}</dt>
      <dd>
        {vast.soort === 'percentage'
          ? `Een vast percentage dat in de bron staat: ${vast.omschrijving}. Het verandert niet mee met inwoners of uitkeringen.`
          : `Geen bron noemt een vaste sleutel voor deze partijen; hier betaalt elke gemeente een gelijk deel, ongeacht haar grootte.`}
      </dd>
      <dt>Verschil</dt>
      <dd>
        Het bedrag onder die sleutel min het bedrag naar inwoners. Een plus betekent dat de partij meer betaalt dan naar inwoners, een min dat zij minder betaalt.
      </dd>
      <dt>Afronding</dt>
      <dd>
        Alle bedragen zijn hele euro's. Elke partij krijgt eerst de hele euro's van haar precieze aandeel; de euro's die overblijven gaan één voor één naar de partijen met de
        grootste rest achter de komma. Bij een gelijke rest gaat de euro eerst naar de partij met het grootste aandeel, daarna naar de partij die eerst genoemd wordt. Zo telt
        elke verdeling precies op tot het bedrag.
      </dd>
    </dl>
  );
}
