import { korteHash } from '@pw/model';
import { useId, useState } from 'react';
import type { Pakket } from '@pw/datapackage';
import { meervoud } from '@pw/format';
import type { Catalogus } from './berichten.ts';
import { Controleverslag } from './Controleverslag.tsx';
import { PakketOpslaan } from './PakketOpslaan.tsx';
import { telErnst } from './rapport.ts';
import { herkendeKolommen, pakketInhoud, samenvatting } from './uitkomst.ts';
import type { Uitkomst } from './werker.ts';

/**
 * Step 4: what the load read, the columns it recognised, the validation report, and the new package:
 * to use in the dashboard (after its warnings are accepted) or to save.
 */
export function Laaduitkomst({ uitkomst, catalogus, actief, gebruik }: {
  uitkomst: Uitkomst;
  catalogus: Catalogus | null;
  /** Hash of the package the dashboard shows now. */
  actief: string;
  gebruik: (p: Pakket) => void;
}) {
  const id = useId();
  const [geaccepteerd, zetGeaccepteerd] = useState(false);
  const { waarschuwingen } = telErnst(uitkomst.meldingen);
  const pakket = uitkomst.pakket;
  const vrij = !!pakket && (waarschuwingen === 0 || geaccepteerd);
  return (
    <section aria-labelledby={`${id}-uitkomst`}>
      <h2 id={`${id}-uitkomst`}>4. Uitkomst</h2>
      {uitkomst.geslaagd ? (
        <p role="status" className="signaal signaal-ok">
          {samenvatting(uitkomst)}
        </p>
      ) : (
        <p role="alert" className="signaal">
          {samenvatting(uitkomst)}
        </p>
      )}

      {uitkomst.bronnen.some((b) => b.onderdelen.length) ? (
        <details className="vergelijk">
          <summary>Herkende kolommen</summary>
          <ul>
            {uitkomst.bronnen.flatMap((b) => b.onderdelen.map((o, i) => <li key={`${b.naam}-${i}`}>{herkendeKolommen(b.naam, o, catalogus)}</li>))}
          </ul>
        </details>
      ) : null}

      {uitkomst.meldingen.length ? <Controleverslag meldingen={uitkomst.meldingen} /> : null}

      {pakket ? (
        <div className="paneel" style={{ marginTop: '1rem' }}>
          {waarschuwingen ? (
            <label className="vinkje">
              <input type="checkbox" checked={geaccepteerd} onChange={(e) => zetGeaccepteerd(e.target.checked)} />
              Ik heb de {meervoud(waarschuwingen, 'waarschuwing', 'waarschuwingen')} bekeken en accepteer ze
            </label>
          ) : null}
          <p className="hint">
            Datapakket <code>{korteHash(pakket.manifest.hash)}</code>
            {pakketInhoud(pakket.manifest)}
          </p>
          <button type="button" className="knop" disabled={!vrij || actief === pakket.manifest.hash} onClick={() => gebruik(pakket)}>
            Gebruiken in het dashboard
          </button>
          {vrij ? <PakketOpslaan pakket={pakket} /> : null}
        </div>
      ) : null}
    </section>
  );
}
