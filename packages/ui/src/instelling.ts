import { createContext } from 'react';

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
}
export const GrafiekInstelling = createContext<Grafiekinstelling>({ tabellen: false, druk: false });
