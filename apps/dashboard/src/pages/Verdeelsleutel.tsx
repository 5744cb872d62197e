import { useId, useState } from 'react';
import { createParser, useQueryState } from 'nuqs';
import { verdeelsleutelgrafiek } from '@pw/charts';
import { bronInWoorden, formatAantal, formatDatum, formatEuro, formatProcent, formatVerschil, opsomming } from '@pw/format';
import {
  inwonersHerkomst,
  inwonersjaren,
  leesBedrag,
  MAX_BEDRAG,
  SLEUTELS,
  standaardVoorstelVoor,
  verdeelgebieden,
  verdeelsleutels,
  verdeelvoorstel,
  VERDEELVOORSTELLEN,
  type Deel,
  type Figuur,
  type Verdeling,
  type Verdeelvoorstel,
} from '@pw/metrics';
import { gemeenteNaam, INWONERSSTATUS_NAAM, REGELINGEN, type IsoDatum } from '@pw/model';
import { Bron, Grafiek } from '@pw/ui';
import { useEffectieveKeuze, useFiguren, useGegevens } from '../data/hooks.ts';
import { useKeuze } from '../keuze.ts';
import { bronVan, Pagina } from '../layout/Pagina.tsx';
import { Begrotingsdeel } from '../verdeelsleutel/Begroting.tsx';

// The page's own choices in the URL (`?voorstel=not-projectkosten&bedrag=22000&inwonersjaar=2020`);
// anything invalid is ignored and the default applies (the chosen cooperation's proposal, else bron 000's).
const opUrl = { history: 'replace', shallow: false } as const;
const voorstelParser = createParser({ parse: (v) => (verdeelvoorstel(v) ? v : null), serialize: (v: string) => v }).withOptions(opUrl);
const bedragParser = createParser({ parse: (v) => (/^\d{1,12}$/.test(v) ? leesBedrag(v) : null), serialize: (n: number) => String(n) }).withOptions(opUrl);
const jaarParser = createParser({ parse: (v) => (/^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100 ? Number(v) : null), serialize: (n: number) => String(n) }).withOptions(opUrl);

/**
 * Verdeelsleutel: a shared cost split between cooperating municipalities by inhabitants, by
 * benefits and by a fixed key, side by side, with the difference per party in euros; and a budget
 * that mixes direct and keyed lines (bron 000's project budget). The arithmetic and the proposals
 * live in `@pw/metrics` (verdeelsleutel.ts, begroting.ts); the weights are the standard figures
 * `inwoners` and `uitkeringen` of exactly the proposal's parties, always under today's boundaries
 * (a split is between today's municipalities). Benefits count on the peildatum of the choice bar
 * (by default the latest in the data package). Bron 002's amount is one party's share: the total
 * and the other share are derived and marked so (≈, "afgeleid").
 */
export function Verdeelsleutel() {
  const [keuze] = useKeuze();
  const id = useId();
  const manifest = useGegevens().data!.pakket.manifest;
  const { peildatum, jaar } = useEffectieveKeuze();
  const [voorstelId, zetVoorstel] = useQueryState('voorstel', voorstelParser);
  const [bedragUrl, zetBedrag] = useQueryState('bedrag', bedragParser);
  const [jaarUrl, zetJaar] = useQueryState('inwonersjaar', jaarParser);
  const voorstel = verdeelvoorstel(voorstelId ?? standaardVoorstelVoor(keuze.gebieden))!;
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
                      {bronInWoorden(o.naam)}
                    </option>
                  ))}
                </select>
              </div>
              <Bedragveld id={`${id}-bedrag`} key={voorstel.id} voorstel={voorstel} bedrag={bedrag} zet={(n) => void zetBedrag(n)} />
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
            <p className="uitleg">{bronInWoorden(voorstel.omschrijving)}</p>
            <Bron bron={voorstel.bron} />

            <h2>Verdeling per partij</h2>
            <Meldingen v={v} />
            <Verdeeltabel v={v} />
            <Bronnen voorstel={voorstel} inwonersjaar={inwonersjaar} inwoners={inwonersTekst(rijen, v)} peildatum={peildatum} bron={(i) => bronVan(i, manifest)} />
            <Grafiek
              grafiek={verdeelsleutelgrafiek(v)}
              bron={`${bronVan('inwoners', manifest)}; ${bronVan('uitkeringen', manifest)}; vaste sleutel: ${voorstel.bron}`}
              periode={`inwoners 1-1-${inwonersjaar}, uitkeringen ${formatDatum(peildatum)}`}
            />

            <h2>Begroting met directe en verdeelde kosten</h2>
            <Begrotingsdeel key={voorstel.id} v={v} />

            <h2>Grondslagen</h2>
            <Grondslagen v={v} rijen={rijen} />
            <Bronnen voorstel={voorstel} inwonersjaar={inwonersjaar} inwoners={inwonersTekst(rijen, v)} peildatum={peildatum} bron={(i) => bronVan(i, manifest)} />

            <h2>Zo werken de verdeelsleutels</h2>
            <Uitleg v={v} inwoners={inwonersTekst(rijen, v)} />
          </>
        );
      }}
    </Pagina>
  );
}

/**
 * Where the inhabitants of the parties come from, in words: "bron 000", "schatting", "CBS", or per
 * party when they differ ("Noaberkracht bron 000, Oldenzaal schatting"). Never "CBS" for an estimate.
 */
function inwonersTekst(rijen: readonly Figuur[], v: Verdeling): string {
  const per = v.partijen.map((p) => ({ naam: p.partij.naam, h: inwonersHerkomst(rijen, p.partij.code, v.inwonersjaar) }));
  if (per.some((x) => !x.h)) return 'herkomst niet voor elke partij bekend';
  const teksten = [...new Set(per.map((x) => herkomstTekst(x.h!)))];
  return teksten.length === 1 ? teksten[0]! : opsomming(per.map((x) => `${x.naam} ${herkomstTekst(x.h!)}`));
}

const herkomstTekst = (h: NonNullable<ReturnType<typeof inwonersHerkomst>>) => (h.status === 'cbs' ? INWONERSSTATUS_NAAM.cbs : bronInWoorden(h.tekst));

/** The amount, typed the Dutch way (`22.000`); a wrong entry is refused in words and the last valid amount stays in use. */
function Bedragveld({ id, voorstel, bedrag, zet }: { id: string; voorstel: Verdeelvoorstel; bedrag: number; zet: (n: number) => void }) {
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
      <label htmlFor={id}>{bekendDeel(voorstel) ? `Bedrag van ${bekendDeel(voorstel)} in hele euro's` : "Bedrag in hele euro's"}</label>
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
          : bekendDeel(voorstel)
            ? `Deel van ${bekendDeel(voorstel)}: ${formatEuro(gelezen)}; het totaal wordt daaruit afgeleid.`
            : `Te verdelen: ${formatEuro(gelezen)}`}
      </output>
    </div>
  );
}

/** "Dinkelland (56%)": the party whose share the amount is, when it is one (bron 002). */
function bekendDeel(voorstel: Verdeelvoorstel): string | null {
  const i = voorstel.bedragIsDeelVan;
  return i === undefined ? null : `${voorstel.partijen[i]!.naam} (${formatAantal(voorstel.partijen[i]!.vast)}%)`;
}

/** A share as it reads: `€ 567.357 (56%)`, a derived one `≈ € 435.649 (43%, afgeleid)`; printed percentages as printed. */
function bedragCel(d: Deel | null, voorstel: Verdeelvoorstel, sleutel: (typeof SLEUTELS)[number]) {
  if (!d) return <>geen gegevens</>;
  const aandeel = sleutel === 'vast' && voorstel.vast.soort === 'percentage' ? `${formatAantal(d.aandeel * 100)}%` : formatProcent(d.aandeel);
  return (
    <>
      {d.herkomst === 'afgeleid' ? '≈ ' : ''}
      {formatEuro(d.bedrag)}
      <span className="hint">
        {' '}
        ({aandeel}
        {d.herkomst === 'afgeleid' ? ', afgeleid' : ''})
      </span>
    </>
  );
}

const verschilTekst = (n: number | null) => (n === null ? 'niet te bepalen' : n === 0 ? 'gelijk' : `${formatVerschil(n, formatEuro)} ${n > 0 ? 'meer' : 'minder'}`);

/** Per party the amount under each key side by side, and the difference against the inhabitants key. */
function Verdeeltabel({ v }: { v: Verdeling }) {
  const s = v.sleutels;
  const metRest = s.vast.onverdeeld !== 0;
  const af = v.totaalAfgeleid ? '≈ ' : '';
  const totaal = (k: (typeof SLEUTELS)[number]) => (s[k].ontbreekt ? 'geen gegevens' : `${af}${formatEuro(v.partijen.reduce((t, p) => t + p.delen[k]!.bedrag, 0) + s[k].onverdeeld)}${v.totaalAfgeleid ? ' (afgeleid)' : ''}`);
  const wat = v.totaalAfgeleid
    ? `${af}${formatEuro(v.totaal)} ${v.voorstel.kosten} (afgeleid uit ${formatEuro(v.bedrag)}, het deel van ${v.voorstel.partijen[v.voorstel.bedragIsDeelVan!]!.naam})`
    : `${formatEuro(v.totaal)} ${v.voorstel.kosten}`;
  return (
    <div className="tabel-container" tabIndex={0} role="region" aria-label={`Tabel: verdeling van ${wat}`}>
      <table>
        <caption>Verdeling van {wat} per partij en verdeelsleutel (aandeel tussen haakjes)</caption>
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
                  {bedragCel(p.delen[k], v.voorstel, k)}
                </td>
              ))}
              <td className="getal">{verschilTekst(p.verschil.uitkeringen)}</td>
              <td className="getal">{verschilTekst(p.verschil.vast)}</td>
            </tr>
          ))}
          {metRest ? (
            <tr>
              <th scope="row">{v.totaalAfgeleid ? 'Niet toegerekend' : 'Niet verdeeld'}</th>
              {SLEUTELS.map((k) => (
                <td key={k} className="getal">
                  {s[k].ontbreekt ? 'geen gegevens' : `${s[k].onverdeeld && v.totaalAfgeleid ? '≈ ' : ''}${formatEuro(s[k].onverdeeld)}`}
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

/** Missing inputs, a given share with its derived total, and the fixed key that does not sum to 100%, in words. */
function Meldingen({ v }: { v: Verdeling }) {
  const vast = v.sleutels.vast;
  const zinnen = SLEUTELS.map((k) => v.sleutels[k].ontbreekt).filter((z): z is string => !!z);
  const i = v.voorstel.bedragIsDeelVan;
  return (
    <>
      {zinnen.map((z) => (
        <p key={z} className="signaal">
          {z}
        </p>
      ))}
      {i !== undefined ? (
        <p className="uitleg">
          {formatEuro(v.bedrag)} is het deel van {bekendDeel(v.voorstel)}, al verdeeld volgens de vaste sleutel. Het totaal (≈ {formatEuro(v.totaal)}) en{' '}
          {opsomming(v.partijen.filter((_, j) => j !== i).map((p) => `het deel van ${p.partij.naam} (≈ ${formatEuro(p.delen.vast!.bedrag)}, ${formatAantal(p.partij.vast)}%)`))} staan niet in de
          bron: ze zijn afgeleid. Het bedrag zelf wordt niet nog eens verdeeld.
        </p>
      ) : null}
      {vast.somPercentages !== null && vast.somPercentages !== 100 ? (
        <p className="signaal">
          Let op: de vaste sleutel uit de bron ({v.voorstel.vast.kort}) telt op tot {formatAantal(vast.somPercentages)}%, niet tot 100%.{' '}
          {vast.onverdeeld > 0
            ? `Zoals gedrukt is ${formatAantal(100 - vast.somPercentages)}% ${v.totaalAfgeleid ? `van het afgeleide totaal (≈ ${formatEuro(vast.onverdeeld)})` : `(${formatEuro(vast.onverdeeld)} van ${formatEuro(v.bedrag)})`} aan niemand toegerekend; de bron zegt niet bij wie het hoort.`
            : `Zoals gedrukt wordt ${formatEuro(-vast.onverdeeld)} meer verdeeld dan ${formatEuro(v.bedrag)}.`}
        </p>
      ) : null}
    </>
  );
}

/** The weights: inhabitants and benefits per party, and per member of a group. */
function Grondslagen({ v, rijen }: { v: Verdeling; rijen: readonly Figuur[] }) {
  const getal = (n: number | undefined) => (n === undefined ? 'geen gegevens' : formatAantal(n));
  const inwoners = (code: string, n: number | undefined) => {
    const h = inwonersHerkomst(rijen, code, v.inwonersjaar);
    return (
      <>
        {getal(n)}
        {h ? <span className="hint"> ({herkomstTekst(h)})</span> : null}
      </>
    );
  };
  const vast = (p: Verdeling['partijen'][number]) => (v.voorstel.vast.soort === 'percentage' ? `${formatAantal(p.partij.vast)}%` : formatProcent(p.delen.vast!.aandeel));
  return (
    <div className="tabel-container" tabIndex={0} role="region" aria-label="Tabel: grondslagen per partij">
      <table>
        <caption>Grondslagen per partij: inwoners (met hun herkomst), uitkeringen en de vaste sleutel</caption>
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
              <td className="getal">{inwoners(p.partij.code, p.inwoners)}</td>
              <td className="getal">{getal(p.uitkeringen)}</td>
              <td className="getal">{vast(p)}</td>
            </tr>,
            ...p.leden.map((l) => (
              <tr key={`${p.partij.code}-${l.code}`}>
                <th scope="row" className="hint">
                  waarvan {l.naam}
                </th>
                <td className="getal">{inwoners(l.code, l.inwoners)}</td>
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

function Bronnen({ voorstel, inwonersjaar, inwoners, peildatum, bron }: { voorstel: Verdeelvoorstel; inwonersjaar: number; inwoners: string; peildatum: IsoDatum; bron: (indicator: string) => string }) {
  return (
    <>
      <Bron bron={`inwoners (${inwoners}): ${bron('inwoners')}`} periode={`1 januari ${inwonersjaar}`} />
      <Bron bron={`uitkeringen: ${bron('uitkeringen')}`} periode={`peildatum ${formatDatum(peildatum)}`} />
      <Bron bron={`vaste sleutel: ${voorstel.bron}`} />
    </>
  );
}

function Uitleg({ v, inwoners }: { v: Verdeling; inwoners: string }) {
  const vast = v.voorstel.vast;
  return (
    <dl className="uitleg verdeel-uitleg">
      <dt>{v.sleutels.inwoners.naam}</dt>
      <dd>
        Elke partij betaalt naar haar aandeel in het aantal inwoners op 1 januari {v.inwonersjaar} (herkomst: {inwoners}). Voor een samenwerking als Noaberkracht telt het
        totaal van haar leden. Een grote gemeente betaalt zo meer, ook als zij weinig uitkeringen heeft. De Projectopdracht Noord-Oost Twente 2021 verdeelt de projectkosten zo.
      </dd>
      <dt>{v.sleutels.uitkeringen.naam}</dt>
      <dd>
        Elke partij betaalt naar haar aandeel in de lopende uitkeringen ({opsomming([...REGELINGEN])}) op {formatDatum(v.peildatum)}. Dat volgt de werklast van de uitvoering,
        maar verandert van maand tot maand. De stukken noemen deze verdeling als gebruikelijk alternatief.
      </dd>
      <dt>{v.sleutels.vast.naam}</dt>
      <dd>
        {vast.soort === 'percentage'
          ? `Een vast percentage dat in de bron staat: ${bronInWoorden(vast.omschrijving)}. Het verandert niet mee met inwoners of uitkeringen.${v.totaalAfgeleid ? ' Is het bedrag het deel van één partij, dan volgen het totaal en de andere delen uit dat deel en die percentages (afgeleid, ≈).' : ''}`
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
