import { useId } from 'react';
import type { Manifest } from '@pw/datapackage';
import { formatDatum } from '@pw/format';
import type { Indeling } from '@pw/metrics';
import { huidigeGemeente, peildata } from '@pw/model';
import { gebiedCode, gebiedsopties } from '../gebieden.ts';
import { effectief, useKeuze } from '../keuze.ts';

/** The choice bar: area, peildatum and how merged municipalities are shown. Every change lands in the URL. */
export function Keuzebalk({ manifest }: { manifest: Manifest }) {
  const [keuze, wijzig] = useKeuze();
  const id = useId();
  const periode = manifest.periode;
  const opties = gebiedsopties(manifest, keuze.indeling);
  const gekozen = gebiedCode(keuze.gebieden[0]!);
  const datums = periode ? peildata(periode.van, periode.tot).reverse() : [];
  const perJaar = new Map<string, string[]>();
  for (const d of datums) perJaar.set(d.slice(0, 4), [...(perJaar.get(d.slice(0, 4)) ?? []), d]);
  const { peildatum } = effectief(keuze, periode?.tot ?? '2024-12-01');

  return (
    <form className="keuzebalk" aria-label="Keuze van gebied en peildatum" onSubmit={(e) => e.preventDefault()}>
      <div className="veld">
        <label htmlFor={`${id}-gebied`}>Gemeente of samenwerking</label>
        <select
          id={`${id}-gebied`}
          value={gekozen}
          onChange={(e) => {
            const alle = [...opties.gemeenten, ...opties.samenwerkingen];
            const o = alle.find((x) => x.code === e.target.value);
            if (o) wijzig({ gebieden: [o.gebied] });
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
        </select>
      </div>
      <div className="veld">
        <label htmlFor={`${id}-peildatum`}>Peildatum</label>
        <select id={`${id}-peildatum`} value={peildatum} onChange={(e) => wijzig({ peildatum: e.target.value, jaar: null })}>
          {[...perJaar.entries()].map(([jaar, ds]) => (
            <optgroup key={jaar} label={jaar}>
              {ds.map((d) => (
                <option key={d} value={d}>
                  {formatDatum(d)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
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
            wijzig({ indeling, gebieden });
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
  );
}
