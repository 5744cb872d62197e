import type { ReactNode } from 'react';
import type { Manifest } from '@pw/datapackage';

import { indicator, type Figuur } from '@pw/metrics';
import { Fout, Laden } from '@pw/ui';
import type { Figurenstand } from '../data/hooks.ts';
import { gebiedenNaam, samenstelling } from '../gebieden.ts';
import { useKeuze } from '../keuze.ts';
import { useDocumenttitel } from '../titel.ts';
import { Paginaacties } from './Paginaacties.tsx';

/**
 * The source line under a figure: where the indicator comes from. The data package (its short
 * hash) is named once, in the footer of every page and on Controle, not under every tile.
 */
export function bronVan(indicatorId: string, _manifest?: Manifest): string {
  return indicator(indicatorId).bron;
}

/**
 * The frame of every dashboard page: a heading that names the page, the chosen areas and the
 * peildatum or year; what a cooperation or merged municipality consists of; loading and error
 * states. The page's content is rendered only when its figures are there.
 */
export function Pagina({ titel, onderwerp, wanneer, figuren, children }: {
  titel: string;
  /** What the page is about when that is not the chosen areas (the Verdeelsleutel's parties). */
  onderwerp?: string;
  wanneer: string;
  figuren: Figurenstand;
  children: (rijen: Figuur[]) => ReactNode;
}) {
  const [keuze] = useKeuze();
  const namen = onderwerp ?? gebiedenNaam(keuze.gebieden);
  useDocumenttitel(`${titel} ${namen}`);
  const toelichting = onderwerp ? [] : keuze.gebieden.map((g) => samenstelling(g, keuze.indeling)).filter((s): s is string => !!s);
  return (
    <>
      <h1>
        {titel} {namen} <span className="kop-datum">{wanneer}</span>
      </h1>
      {toelichting.map((t) => (
        <p key={t} className="samenstelling">
          {t}
        </p>
      ))}
      <Paginaacties />
      {figuren.isError ? (
        <Fout titel="De cijfers konden niet worden berekend">
          <p>{String(figuren.error instanceof Error ? figuren.error.message : figuren.error)}</p>
        </Fout>
      ) : !figuren.data ? (
        <Laden tekst="Cijfers berekenen…" />
      ) : (
        children(figuren.data)
      )}
    </>
  );
}
