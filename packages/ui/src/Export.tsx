import { createContext, useContext, useState, type RefObject } from 'react';
import type { Tabel } from '@pw/charts';
import { KLEIN_AANTAL_UITLEG, maakWerkboek, type Toelichting } from '@pw/export';
import { bestandsnaam, biedAan, tabelNaarWerkblad, werkbladCsv } from './exporteren.ts';

/** What every export needs besides its numbers: the choice, the sources, the small-numbers setting. Provided by the app. */
export interface Exportomgeving {
  toelichting: Toelichting;
  afschermen: boolean;
}
export const ExportContext = createContext<Exportomgeving | null>(null);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Draws the chart's SVG on a canvas at twice the size, as a PNG (a picture; the numbers are the other buttons). */
async function svgNaarPng(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const kopie = svg.cloneNode(true) as SVGSVGElement;
  kopie.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  kopie.setAttribute('width', String(width));
  kopie.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(kopie)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((klaar, mis) => {
      img.onload = () => klaar();
      img.onerror = () => mis(new Error('De grafiek kon niet als afbeelding worden gemaakt.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((klaar, mis) => canvas.toBlob((b) => (b ? klaar(b) : mis(new Error('Geen PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Export buttons for a table or a chart: the numbers as CSV for Dutch Excel (`;`, decimal comma,
 * BOM), as plain CSV (RFC 4180) and as an XLSX workbook; for a chart also a PNG picture. Small
 * counts are masked when the setting is on, and the buttons say so.
 */
export function ExportKnoppen({ tabel, grafiek }: { tabel: Tabel; grafiek?: RefObject<HTMLDivElement | null> }) {
  const omgeving = useContext(ExportContext);
  const [melding, setMelding] = useState<string | null>(null);
  const afschermen = omgeving?.afschermen ?? true;
  const naam = bestandsnaam(tabel.bijschrift);
  const maak = () => tabelNaarWerkblad(tabel, afschermen);
  const meld = (afgeschermd: number) => setMelding(afgeschermd ? `${afgeschermd} kleine aantallen afgeschermd. ${KLEIN_AANTAL_UITLEG}` : null);
  return (
    <div className="export" role="group" aria-label={`Exporteer: ${tabel.bijschrift}`}>
      <span className="export-label">Exporteer:</span>
      <button type="button" className="knop-klein" onClick={() => { const { blad, afgeschermd } = maak(); biedAan(werkbladCsv(blad, 'nl'), `${naam}.csv`, 'text/csv;charset=utf-8'); meld(afgeschermd); }}>
        CSV (Excel NL)
      </button>
      <button type="button" className="knop-klein" onClick={() => { const { blad, afgeschermd } = maak(); biedAan(werkbladCsv(blad, 'rfc4180'), `${naam}-rfc4180.csv`, 'text/csv;charset=utf-8'); meld(afgeschermd); }}>
        CSV (RFC 4180)
      </button>
      <button
        type="button"
        className="knop-klein"
        onClick={async () => {
          const { blad, afgeschermd } = maak();
          const toelichting: Toelichting = omgeving?.toelichting ?? { keuze: [], bronnen: [], datapakket: '' };
          const opmerkingen = [...(toelichting.opmerkingen ?? []), afschermen ? KLEIN_AANTAL_UITLEG : 'Kleine aantallen zijn niet afgeschermd.'];
          biedAan(await maakWerkboek(blad, { ...toelichting, opmerkingen }), `${naam}.xlsx`, XLSX);
          meld(afgeschermd);
        }}
      >
        Excel (XLSX)
      </button>
      {grafiek ? (
        <button
          type="button"
          className="knop-klein"
          onClick={async () => {
            const svg = grafiek.current?.querySelector('svg');
            if (svg) biedAan(await svgNaarPng(svg), `${naam}.png`, 'image/png');
          }}
        >
          Afbeelding (PNG)
        </button>
      ) : null}
      {melding ? (
        <span className="export-melding" role="status">
          {melding}
        </span>
      ) : null}
    </div>
  );
}
