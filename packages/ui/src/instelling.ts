import { createContext } from 'react';
import type { Tabel } from '@pw/charts';

/**
 * How charts show on this page: `tabellen` opens every chart's table (a view saved "als tabel");
 * `druk` is the report's print mode (tables always shown under their chart, no buttons, a fixed
 * print width).
 */
export interface Grafiekinstelling {
  tabellen: boolean;
  druk: boolean;
  /** In a report: the view's peildatum, up to which a monthly table is printed (see samenvatting.ts). */
  tot?: string;
  /** The report's appendix: tables are printed whole (no 13-month cut). */
  volledig?: boolean;
}
export const GrafiekInstelling = createContext<Grafiekinstelling>({ tabellen: false, druk: false });

/**
 * A report with an appendix: each table printed cut (a monthly series as its last 13 months)
 * registers its whole self here, and the report prints them at the end.
 */
export interface Bijlage {
  registreer: (tabel: Tabel) => () => void;
}
export const BijlageContext = createContext<Bijlage | null>(null);
