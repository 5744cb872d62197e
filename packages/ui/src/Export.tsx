import { createContext, useContext, useState, type ReactNode, type RefObject } from 'react';
import { KLEIN_AANTAL_UITLEG } from '@pw/afscherming';
import type { Grafiek, Tabel } from '@pw/charts';
import { maakWerkboek, type Toelichting } from '@pw/export';
import { meervoud } from '@pw/format';
import { bestandsnaam, biedAan, tabelNaarWerkblad, werkbladCsv } from './exporteren.ts';
import type { Afgeschermd } from './tweeling.ts';

/** What every export needs besides its numbers: the choice, the sources, the small-numbers setting. Provided by the app. */
export interface Exportomgeving {
  toelichting: Toelichting;
  afschermen: boolean;
  /**
   * The masked version of a table or chart on this page, by caption (see tweeling.ts). Without it,
   * a table leaves the screen with counts of 1 to 4 masked cell by cell.
   */
  afgeschermd?: (bijschrift: string) => Promise<Afgeschermd>;
}
export const ExportContext = createContext<Exportomgeving | null>(null);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Draws SVG text on a canvas at twice the size, as a PNG (a picture; the numbers are the other buttons). */
async function svgNaarPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
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

/** The chart on screen as SVG text. */
function svgVanScherm(svg: SVGSVGElement, width: number, height: number): string {
  const kopie = svg.cloneNode(true) as SVGSVGElement;
  kopie.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  kopie.setAttribute('width', String(width));
  kopie.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(kopie);
}

/** What the export menu offers, in the user's words (no file-format jargon on the pages). */
export const EXPORTLABELS = { xlsx: 'Excel', nl: 'CSV voor Excel', internationaal: 'CSV (internationaal)', png: 'Afbeelding (PNG)' } as const;

/**
 * The export menu of a table or chart: a closed "Exporteer" button that opens its choices (named
 * for screen readers by what they export), and a status line under them. Every export menu of the
 * dashboard is this one; what each choice makes is the caller's.
 */
export function Exportmenu({ titel, melding, children }: { titel: string; melding?: string | null; children: ReactNode }) {
  return (
    <details className="export">
      <summary className="knop-klein">
        Exporteer<span className="alleen-schermlezer">: {titel}</span>
      </summary>
      <div className="export-keuzes" role="group" aria-label={`Exporteer: ${titel}`}>
        {children}
      </div>
      {melding ? (
        <span className="export-melding" role="status">
          {melding}
        </span>
      ) : null}
    </details>
  );
}

/**
 * One export menu for a table or a chart (a disclosure "Exporteer", not a row of buttons): the
 * numbers as an Excel workbook (XLSX with a Toelichting sheet), as CSV for Dutch Excel (`;`,
 * decimal comma, BOM), as international CSV (`,`, decimal point: RFC 4180); for a chart also a
 * PNG picture. With the
 * small-numbers setting on, every file is made from the masked version of the table or chart (the
 * masking of the whole package, also in what is computed from a masked count), and the buttons
 * say how many cells were masked.
 */
export function ExportKnoppen({ tabel, grafiek }: { tabel: Tabel; grafiek?: { element: RefObject<HTMLDivElement | null>; data: Grafiek } }) {
  const omgeving = useContext(ExportContext);
  const [melding, setMelding] = useState<string | null>(null);
  const afschermen = omgeving?.afschermen ?? true;
  const naam = bestandsnaam(tabel.bijschrift);
  const uitgaand = async (): Promise<Afgeschermd> => (afschermen && omgeving?.afgeschermd ? omgeving.afgeschermd(tabel.bijschrift) : { tabel, grafiek: grafiek?.data });
  const werkblad = async () => tabelNaarWerkblad((await uitgaand()).tabel, afschermen);
  const meld = (afgeschermd: number) => setMelding(afgeschermd ? `${meervoud(afgeschermd, 'cel', 'cellen')} afgeschermd. ${KLEIN_AANTAL_UITLEG}` : null);
  const probeer = (werk: () => Promise<void>) => () => {
    werk().catch((e: unknown) => setMelding(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Exportmenu titel={tabel.bijschrift} melding={melding}>
      <button
        type="button"
        className="knop-klein"
        onClick={probeer(async () => {
          const { blad, afgeschermd } = await werkblad();
          const toelichting: Toelichting = omgeving?.toelichting ?? { keuze: [], bronnen: [], datapakket: '' };
          const opmerkingen = [...(toelichting.opmerkingen ?? []), afschermen ? KLEIN_AANTAL_UITLEG : 'Kleine aantallen zijn niet afgeschermd.'];
          biedAan(await maakWerkboek(blad, { ...toelichting, opmerkingen }), `${naam}.xlsx`, XLSX);
          meld(afgeschermd);
        })}
      >
        {EXPORTLABELS.xlsx}
      </button>
      <button
        type="button"
        className="knop-klein"
        onClick={probeer(async () => {
          const { blad, afgeschermd } = await werkblad();
          biedAan(werkbladCsv(blad, 'nl'), `${naam}.csv`, 'text/csv;charset=utf-8');
          meld(afgeschermd);
        })}
      >
        {EXPORTLABELS.nl}
      </button>
      <button
        type="button"
        className="knop-klein"
        onClick={probeer(async () => {
          const { blad, afgeschermd } = await werkblad();
          biedAan(werkbladCsv(blad, 'rfc4180'), `${naam}-rfc4180.csv`, 'text/csv;charset=utf-8');
          meld(afgeschermd);
        })}
      >
        {EXPORTLABELS.internationaal}
      </button>
      {grafiek ? (
        <button
          type="button"
          className="knop-klein"
          onClick={probeer(async () => {
            const svg = grafiek.element.current?.querySelector('svg');
            if (!svg) return;
            const { width, height } = svg.getBoundingClientRect();
            // Masked: the masked chart drawn off screen at the same size; else the chart on screen.
            const masker = afschermen && omgeving?.afgeschermd ? (await omgeving.afgeschermd(tabel.bijschrift)).grafiek : undefined;
            if (afschermen && omgeving?.afgeschermd && !masker) throw new Error('De afgeschermde versie van deze grafiek kon niet worden gemaakt.');
            const tekst = masker ? (await import('./echarts.ts')).svgVanOptie(masker.option, width, height) : svgVanScherm(svg, width, height);
            biedAan(await svgNaarPng(tekst, width, height), `${naam}.png`, 'image/png');
          })}
        >
          {EXPORTLABELS.png}
        </button>
      ) : null}
    </Exportmenu>
  );
}
