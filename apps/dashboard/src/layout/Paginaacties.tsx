import { createContext, useContext, type ReactNode } from 'react';
import { VerzamelContext } from '@pw/ui';

/** What a page can do with its figures (save as a view, export all figures), provided by the frame. */
export const PaginaactiesContext = createContext<ReactNode>(null);

/**
 * The page's actions, placed by the page right under its title (the title comes first, then what
 * you can do with the page). Not in an export twin, and not on the print page.
 */
export function Paginaacties() {
  const acties = useContext(PaginaactiesContext);
  const verzameling = useContext(VerzamelContext);
  if (verzameling || !acties) return null;
  return <div className="paginaacties">{acties}</div>;
}
