import { useMemo, useState } from 'react';
import { manifestJson, type Manifest, type Pakket } from '@pw/datapackage';
import { meervoud } from '@pw/format';
import { biedAan } from '@pw/ui';

function manifestBytes(m: Manifest): Uint8Array {
  return new TextEncoder().encode(manifestJson(m));
}

type KiesMap = (o: { mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

/** Writes every file of the package into a directory the user picks (File System Access API). */
async function schrijfInMap(kiesMap: KiesMap, bestanden: ReadonlyArray<readonly [string, Uint8Array]>): Promise<string> {
  const map = await kiesMap({ mode: 'readwrite' });
  for (const [naam, bytes] of bestanden) {
    const schrijver = await (await map.getFileHandle(naam, { create: true })).createWritable();
    await schrijver.write(bytes as Uint8Array<ArrayBuffer>);
    await schrijver.close();
  }
  return map.name;
}

/**
 * "Download datapakket": the package's files one by one, or, where the browser can write into a
 * directory (Chromium), all at once into a directory the user picks.
 */
export function PakketOpslaan({ pakket }: { pakket: Pakket }) {
  const bestanden = useMemo(() => [['manifest.json', manifestBytes(pakket.manifest)] as const, ...pakket.bestanden.entries()], [pakket]);
  const [opgeslagen, zetOpgeslagen] = useState('');
  const kiesMap = (window as unknown as { showDirectoryPicker?: KiesMap }).showDirectoryPicker;
  async function inMap(kies: KiesMap): Promise<void> {
    try {
      const map = await schrijfInMap(kies, bestanden);
      zetOpgeslagen(`${meervoud(bestanden.length, 'bestand', 'bestanden')} opgeslagen in de map ${map}.`);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) zetOpgeslagen(`Opslaan is mislukt: ${String(e instanceof Error ? e.message : e)}`);
    }
  }
  return (
    <details className="vergelijk">
      <summary>Download datapakket</summary>
      <p className="hint">
        Een datapakket is een map met manifest.json en de .arrow-bestanden hieronder; het dashboard en de opdrachtregel lezen die map. Download ze
        allemaal in één map (de browser vraagt mogelijk toestemming voor meerdere downloads){kiesMap ? ', of sla ze in één keer op in een map' : ''}.
      </p>
      {kiesMap ? (
        <button type="button" className="knop-klein" onClick={() => void inMap(kiesMap.bind(window))}>
          Opslaan in een map…
        </button>
      ) : null}
      {opgeslagen ? <p role="status">{opgeslagen}</p> : null}
      <ul>
        {bestanden.map(([naam, bytes]) => (
          <li key={naam}>
            <button type="button" className="knop-klein" onClick={() => biedAan(bytes as Uint8Array<ArrayBuffer>, naam, naam.endsWith('.json') ? 'application/json' : 'application/vnd.apache.arrow.file')}>
              {naam}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
