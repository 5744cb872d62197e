import { korteHash } from '@pw/model';
import { formatDatum } from '@pw/format';
import { Fout } from '@pw/ui';
import { PakketNietBeschikbaar } from '../data/bron.ts';
import { useGegevens, useStandaardGegevens } from '../data/hooks.ts';
import { useKeuze } from '../keuze.ts';

/**
 * When the choice names a data package (a saved view made on it), say so: these are that
 * package's figures, and one click shows the same choice on the newest data. When that package is
 * not in this browser, say that in words and offer the newest data instead.
 */
export function Pakketmelding() {
  const [keuze, wijzig] = useKeuze();
  const gegevens = useGegevens();
  const standaard = useStandaardGegevens(!!keuze.pakket);
  if (!keuze.pakket) return null;
  const naarNieuwste = (
    <button type="button" className="knop" onClick={() => wijzig({ pakket: null })}>
      Naar de nieuwste gegevens
    </button>
  );
  if (gegevens.error instanceof PakketNietBeschikbaar)
    return (
      <Fout titel="Het datapakket van deze weergave is niet in deze browser">
        <p>
          Deze weergave is gemaakt op datapakket <code>{korteHash(keuze.pakket)}</code>. Dat pakket staat niet in deze browser: laad het op de pagina Gegevens laden, of bekijk
          dezelfde keuze met de huidige gegevens.
        </p>
        {naarNieuwste}
      </Fout>
    );
  const m = gegevens.data?.pakket.manifest;
  const nieuw = standaard.data?.pakket.manifest;
  if (!m || !nieuw || m.hash === nieuw.hash) return null;
  return (
    <div className="signaal melding-pakket" role="status">
      <p>
        <strong>Oudere gegevens.</strong> U ziet de cijfers van datapakket <code>{korteHash(m.hash)}</code> ({gegevens.data!.waar}, gemaakt {formatDatum(m.aangemaakt.slice(0, 10))}
        {m.periode ? `, uitkeringen t/m ${formatDatum(m.periode.tot)}` : ''}), waarop deze weergave is gemaakt. De nieuwste gegevens zijn datapakket <code>{korteHash(nieuw.hash)}</code> (
        {standaard.data!.waar}
        {nieuw.periode ? `, uitkeringen t/m ${formatDatum(nieuw.periode.tot)}` : ''}).
      </p>
      {naarNieuwste}
    </div>
  );
}
