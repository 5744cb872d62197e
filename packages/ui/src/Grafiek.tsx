import { useContext, useEffect, useId, useRef, useState } from 'react';
import { GrafiekInstelling } from './instelling.ts';
import type { Grafiek as GrafiekData } from '@pw/charts';
import { maakEcharts, type ECharts } from './echarts.ts';
import { Bron } from './Bron.tsx';
import { Tabel } from './Tabel.tsx';
import { ExportKnoppen } from './Export.tsx';

/**
 * A chart with its title, the same numbers as a table (behind a keyboard-reachable button, for
 * everyone including screen readers) and its source. The chart itself is an image to assistive
 * technology, described by ECharts' aria label, which points to the table.
 */
export function Grafiek({ grafiek, bron, periode, hoogte = 360 }: { grafiek: GrafiekData; bron: string; periode?: string; hoogte?: number }) {
  const titelId = useId();
  const tabelId = useId();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const instelling = useContext(GrafiekInstelling);
  const [tabelZichtbaar, setTabelZichtbaar] = useState(instelling.tabellen || instelling.druk);

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

  return (
    <figure className="grafiek" aria-labelledby={titelId}>
      <h3 id={titelId} className="grafiek-titel">
        {grafiek.titel}
      </h3>
      <div ref={el} className="grafiek-vlak" style={{ height: hoogte, width: instelling.druk ? 680 : undefined }} role="img" aria-label={grafiek.beschrijving} data-chart="echarts" />
      {instelling.druk ? null : (
        <>
          <button type="button" className="knop-klein" aria-expanded={tabelZichtbaar} aria-controls={tabelId} onClick={() => setTabelZichtbaar((z) => !z)}>
            {tabelZichtbaar ? 'Verberg tabel' : 'Toon als tabel'}
          </button>
          <ExportKnoppen tabel={grafiek.tabel} grafiek={el} />
        </>
      )}
      <Tabel tabel={grafiek.tabel} id={tabelId} verborgen={!tabelZichtbaar && !instelling.druk} exporteerbaar={false} />
      <Bron bron={bron} periode={periode} />
    </figure>
  );
}
