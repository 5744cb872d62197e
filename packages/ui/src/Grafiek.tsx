import { useContext, useEffect, useId, useRef, useState } from 'react';
import { afschermingsnoot, type Grafiek as GrafiekData } from '@pw/charts';
import { GrafiekInstelling } from './instelling.ts';
import { maakEcharts, type ECharts } from './echarts.ts';
import { Bron } from './Bron.tsx';
import { Tabel } from './Tabel.tsx';
import { ExportKnoppen } from './Export.tsx';
import { VerzamelContext } from './tweeling.ts';

/** In a report a chart is drawn lower (a view fits two A4 pages with its tables). */
const DRUK_HOOGTE = 0.62;

/**
 * A chart with its title, the same numbers as a table (behind a keyboard-reachable button, for
 * everyone including screen readers) and its source. The chart itself is an image to assistive
 * technology, described by ECharts' aria label, which points to the table. Masked values (in print
 * and exports) are drawn without their value, with a note saying what the markers mean. In an
 * export twin (tweeling.ts) it does not draw, it registers what it would show.
 */
export function Grafiek({ grafiek, bron, periode, hoogte = 360 }: { grafiek: GrafiekData; bron: string; periode?: string; hoogte?: number }) {
  const titelId = useId();
  const tabelId = useId();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const instelling = useContext(GrafiekInstelling);
  const verzameling = useContext(VerzamelContext);
  const [tabelZichtbaar, setTabelZichtbaar] = useState(instelling.tabellen || instelling.druk);

  useEffect(() => verzameling?.registreer({ tabel: grafiek.tabel, grafiek }), [verzameling, grafiek]);

  useEffect(() => {
    if (!el.current) return;
    const c = maakEcharts(el.current);
    chart.current = c;
    const waarnemer = new ResizeObserver(() => c.resize());
    waarnemer.observe(el.current);
    return () => {
      waarnemer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(grafiek.option, { notMerge: true });
  }, [grafiek]);

  if (verzameling) return null;
  return (
    <figure className="grafiek" aria-labelledby={titelId}>
      <h3 id={titelId} className="grafiek-titel">
        {grafiek.titel}
      </h3>
      <div ref={el} className="grafiek-vlak" style={{ height: instelling.druk ? Math.round(hoogte * DRUK_HOOGTE) : hoogte, width: instelling.druk ? 680 : undefined }} role="img" aria-label={grafiek.beschrijving} data-chart="echarts" />
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
