import { useId, useState } from 'react';
import type { Manifest } from '@pw/datapackage';
import { formatDatum, opsomming } from '@pw/format';
import { gebiedCode, type Indeling } from '@pw/metrics';
import { huidigeGemeente, peildata } from '@pw/model';
import { useEffectieveKeuze } from '../data/hooks.ts';
import { cbsGebiedsopties, gebiedNaam, gebiedsopties } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';

/**
 * The choice bar: area (one municipality, several to compare, or a cooperation), peildatum, year
 * for yearly figures, and how merged municipalities are shown. Every change lands in the URL, so
 * it carries over between pages and a reload or a shared link restores it. On a tablet or phone
 * the bar is folded into a summary of the choice ("Dinkelland met Oldenzaal · 1-12-2024 · 2024")
 * that opens it on demand.
 */
export function Keuzebalk({ manifest }: { manifest: Manifest }) {
  const [keuze, wijzig] = useKeuze();
  const id = useId();
  const periode = manifest.periode;
  const opties = gebiedsopties(manifest, keuze.indeling);
  const alleenCbs = cbsGebiedsopties(manifest);
  const eerste = keuze.gebieden[0]!;
  const gekozen = gebiedCode(eerste);
  const vergeleken = new Set(keuze.gebieden.slice(1).map(gebiedCode));
  const { peildatum, jaar } = useEffectieveKeuze();
  const [open, zetOpen] = useState(false);
  const vergelekenNamen = keuze.gebieden.slice(1).map(gebiedNaam);
  // A package without benefits has no peildata of its own: it offers the one its figures are shown on.
  const datums = periode ? peildata(periode.van, periode.tot).reverse() : [peildatum];
  const perJaar = new Map<string, string[]>();
  for (const d of datums) perJaar.set(d.slice(0, 4), [...(perJaar.get(d.slice(0, 4)) ?? []), d]);
  const jaren = [...perJaar.keys()].map(Number);

  const zetVergelijking = (code: string, aan: boolean) => {
    const nieuw = new Set(vergeleken);
    if (aan) nieuw.add(code);
    else nieuw.delete(code);
    const extra = opties.gemeenten.filter((o) => nieuw.has(o.code) && o.code !== gekozen).map((o) => o.gebied);
    wijzig({ gebieden: [eerste, ...extra] });
  };

  return (
    <div className="keuze">
    <button type="button" className="keuze-samenvatting" aria-expanded={open} aria-controls={`${id}-balk`} onClick={() => zetOpen((o) => !o)}>
      <span>
        <strong>{gebiedNaam(eerste)}</strong>
        {vergelekenNamen.length ? ` met ${opsomming(vergelekenNamen)}` : ''} · peildatum {formatDatum(peildatum)} · jaar {jaar}
      </span>
      <span className="keuze-wijzig">{open ? 'Sluiten' : 'Wijzigen'}</span>
    </button>
    <form id={`${id}-balk`} className={`keuzebalk${open ? ' open' : ''}`} aria-label="Keuze van gebied en periode" onSubmit={(e) => e.preventDefault()}>
      <div className="veld">
        <label htmlFor={`${id}-gebied`}>Gemeente of samenwerking</label>
        <select
          id={`${id}-gebied`}
          value={gekozen}
          onChange={(e) => {
            const alle = [...opties.gemeenten, ...opties.samenwerkingen, ...alleenCbs];
            const o = alle.find((x) => x.code === e.target.value);
            // A cooperation stands alone (its figures are the sum of its members); a municipality keeps its comparison.
            if (o) wijzig({ gebieden: o.gebied.soort === 'samenwerking' ? [o.gebied] : [o.gebied, ...keuze.gebieden.slice(1).filter((g) => gebiedCode(g) !== o.code)] });
          }}
        >
          <optgroup label="Gemeenten">
            {opties.gemeenten.map((o) => (
              <option key={o.code} value={o.code}>
                {o.naam}
              </option>
            ))}
          </optgroup>
          <optgroup label="Samenwerkingen">
            {opties.samenwerkingen.map((o) => (
              <option key={o.code} value={o.code}>
                {o.naam}
              </option>
            ))}
          </optgroup>
          {alleenCbs.length ? (
            <optgroup label="Alleen CBS-cijfers">
              {alleenCbs.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.naam}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      {eerste.soort === 'gemeente' ? (
        <details className="veld vergelijk">
          <summary>{vergelekenNamen.length ? `Vergelijken met ${opsomming(vergelekenNamen)}` : 'Vergelijken met andere gemeenten'}</summary>
          <fieldset>
            <legend>Andere gemeenten naast {opties.gemeenten.find((o) => o.code === gekozen)?.naam}</legend>
            {opties.gemeenten
              .filter((o) => o.code !== gekozen)
              .map((o) => (
                <label key={o.code} className="vinkje">
                  <input type="checkbox" checked={vergeleken.has(o.code)} onChange={(e) => zetVergelijking(o.code, e.target.checked)} /> {o.naam}
                </label>
              ))}
          </fieldset>
        </details>
      ) : null}
      <div className="veld">
        <label htmlFor={`${id}-peildatum`}>Peildatum</label>
        <select id={`${id}-peildatum`} value={peildatum} onChange={(e) => wijzig({ peildatum: e.target.value, jaar: null })}>
          {[...perJaar.entries()].map(([j, ds]) => (
            <optgroup key={j} label={j}>
              {ds.map((d) => (
                <option key={d} value={d}>
                  {formatDatum(d)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="veld veld-smal">
        <label htmlFor={`${id}-jaar`}>Jaar</label>
        <select id={`${id}-jaar`} value={jaar} onChange={(e) => wijzig({ jaar: Number(e.target.value) })} aria-describedby={`${id}-jaar-hint`}>
          {jaren.map((j) => (
            <option key={j} value={j}>
              {j}
            </option>
          ))}
        </select>
        <span id={`${id}-jaar-hint`} className="hint">
          voor jaarcijfers (budget, beschut werk)
        </span>
      </div>
      <div className="veld">
        <label htmlFor={`${id}-indeling`}>Herindelingen</label>
        <select
          id={`${id}-indeling`}
          value={keuze.indeling}
          onChange={(e) => {
            const indeling = e.target.value as Indeling;
            // Under today's boundaries a dissolved municipality is shown as its successor.
            const gebieden = keuze.gebieden.map((g) => (indeling === 'huidig' && g.soort === 'gemeente' ? { ...g, code: huidigeGemeente(g.code) } : g));
            const uniek = gebieden.filter((g, i) => gebieden.findIndex((x) => gebiedCode(x) === gebiedCode(g)) === i);
            wijzig({ indeling, gebieden: uniek });
          }}
        >
          {(['huidig', 'historisch'] as const).map((i) => (
            <option key={i} value={i}>
              {i === 'huidig' ? 'Huidige gemeentegrenzen (samengevoegd)' : 'Zoals geregistreerd (per gemeente van toen)'}
            </option>
          ))}
        </select>
      </div>
    </form>
    </div>
  );
}
