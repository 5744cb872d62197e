import { useContext, useEffect } from 'react';
import { KeuzeOverride } from './keuze.ts';

/**
 * The browser tab's title: "Uitkeringen Dinkelland – pw-monitor". A page rendered inside a report
 * (a fixed choice) leaves the report's title alone.
 */
export function useDocumenttitel(titel: string): void {
  const inRapport = useContext(KeuzeOverride) !== null;
  useEffect(() => {
    if (!inRapport) document.title = `${titel} – pw-monitor`;
  }, [titel, inRapport]);
}
