import { useContext, useEffect, useId, useRef, useState } from 'react';
import { afschermingsnoot, passendeOptie, type Grafiek as GrafiekData } from '@pw/charts';
import { GrafiekInstelling } from './instelling.ts';
import { maakEcharts, type ECharts } from './echarts.ts';
import { Bron } from './Bron.tsx';
import { Tabel } from './Tabel.tsx';
import { ExportKnoppen } from './Export.tsx';
import { VerzamelContext } from './tweeling.ts';

/**
 * A chart with its title, the same numbers as a table (behind a keyboard-reachable button, for
 * everyone including screen readers) and its source. The chart itself is an image to assistive
 * technology, described by ECharts' aria label, which points to the table. Masked values (in print
 * and exports) are drawn without their value, with a note saying what the markers mean. In an
 * export twin (tweeling.ts) it does not draw, it registers what it would show.
 */
export function Grafiek({ grafiek, bron, periode, hoogte: gevraagd }: { grafiek: GrafiekData; bron: string; periode?: string; hoogte?: number }) {
  const hoogte = Math.max(gevraagd ?? 360, grafiek.hoogte ?? 0);
  const titelId = useId();
  const tabelId = useId();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const huidige = useRef(grafiek);
  const breedte = useRef(0);
  const instelling = useContext(GrafiekInstelling);
  const verzameling = useContext(VerzamelContext);
  const [tabelZichtbaar, setTabelZichtbaar] = useState(instelling.tabellen || instelling.druk);

  useEffect(() => verzameling?.registreer({ tabel: grafiek.tabel, grafiek }), [verzameling, grafiek]);

  useEffect(() => {
    if (!el.current) return;
    const c = maakEcharts(el.current);
    chart.current = c;
    // On a change of width the legend is laid out again (it wraps: more lines on a phone).
    const waarnemer = new ResizeObserver(() => {
      const b = el.current?.clientWidth ?? 0;
      if (b && Math.abs(b - breedte.current) > 1) {
        breedte.current = b;
        c.setOption(passendeOptie(huidige.current.option, b), { notMerge: true });
      }
      c.resize();
    });
    waarnemer.observe(el.current);
    return () => {
      waarnemer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    huidige.current = grafiek;
    const b = el.current?.clientWidth ?? 0;
    breedte.current = b;
    chart.current?.setOption(b ? passendeOptie(grafiek.option, b) : grafiek.option, { notMerge: true });
  }, [grafiek]);

  if (verzameling) return null;
  return (
    // A half-width card takes the full width when its legend would not fit or its table is open.
    <figure className={grafiek.breed || (tabelZichtbaar && !instelling.druk) ? 'grafiek breed' : 'grafiek'} aria-labelledby={titelId}>
      <h3 id={titelId} className="grafiek-titel">
        {grafiek.titel}
      </h3>
      <div ref={el} className="grafiek-vlak" style={{ height: hoogte, width: instelling.druk ? 680 : undefined }} role="img" aria-label={grafiek.beschrijving} data-chart="echarts" />
      {grafiek.afgeschermd.length ? <p className="afscherming-noot">Afgeschermd: {afschermingsnoot(grafiek.afgeschermd)}.</p> : null}
      {instelling.druk ? null : (
        <>
          <button type="button" className="knop-klein" aria-expanded={tabelZichtbaar} aria-controls={tabelId} onClick={() => setTabelZichtbaar((z) => !z)}>
            {tabelZichtbaar ? 'Verberg tabel' : 'Toon als tabel'}
          </button>
          <ExportKnoppen tabel={grafiek.tabel} grafiek={{ element: el, data: grafiek }} />
        </>
      )}
      <Tabel tabel={grafiek.tabel} id={tabelId} verborgen={!tabelZichtbaar && !instelling.druk} exporteerbaar={false} />
      <Bron bron={bron} periode={periode} />
    </figure>
  );
}
