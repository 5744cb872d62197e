import { herkenKop, type Mapping } from '@pw/ingest';
import type { Voorbeeld } from './berichten.ts';

/**
 * The preview of an extract: only the first 64 KB are read, the header row is found the way
 * ingest finds it (the row with the most recognised fields, with `herkenKop`), and the first ten
 * data rows are kept for the mapping table. XLSX workbooks are recognised while loading (the
 * report then shows their mapping); their preview only names the file.
 */
export const VOORBEELD_BYTES = 64 * 1024;
const SCHEIDINGSTEKENS = [';', ',', '\t', '|'];

export function splitsCsvRegel(regel: string, scheiding: string): string[] {
  const cellen: string[] = [];
  let huidig = '';
  let inAanhaling = false;
  for (let i = 0; i < regel.length; i++) {
    const c = regel[i]!;
    if (inAanhaling) {
      if (c === '"' && regel[i + 1] === '"') {
        huidig += '"';
        i++;
      } else if (c === '"') inAanhaling = false;
      else huidig += c;
    } else if (c === '"' && huidig === '') inAanhaling = true;
    else if (c === scheiding) {
      cellen.push(huidig.trim());
      huidig = '';
    } else huidig += c;
  }
  cellen.push(huidig.trim());
  return cellen;
}

function decodeer(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // The cut at 64 KB may split a character: `stream` leaves the incomplete tail out.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function voorbeeldVanTekst(naam: string, bytes: number, tekst: string, mapping?: Mapping): Voorbeeld {
  const regels = tekst.split(/\r?\n/);
  if (bytes > tekst.length) regels.pop(); // the last line may be cut off
  const eerste = regels.slice(0, 50);
  let beste: { scheiding: string; index: number; score: number; ontbrekend: number } | null = null;
  for (const scheiding of SCHEIDINGSTEKENS) {
    eerste.forEach((r, index) => {
      const cellen = splitsCsvRegel(r, scheiding);
      if (cellen.filter((c) => c !== '').length < 2) return;
      const h = herkenKop(cellen, mapping);
      if (h.score < 2) return;
      if (!beste || h.ontbrekend.length < beste.ontbrekend || (h.ontbrekend.length === beste.ontbrekend && h.score > beste.score)) {
        beste = { scheiding, index, score: h.score, ontbrekend: h.ontbrekend.length };
      }
    });
  }
  const gevonden = beste as { scheiding: string; index: number } | null;
  const scheiding = gevonden?.scheiding ?? ';';
  const kopIndex = gevonden?.index ?? 0;
  const koppen = splitsCsvRegel(regels[kopIndex] ?? '', scheiding);
  const h = herkenKop(koppen, mapping);
  const rijen = regels
    .slice(kopIndex + 1)
    .filter((r) => r.trim().replaceAll(scheiding, '') !== '')
    .slice(0, 10)
    .map((r) => splitsCsvRegel(r, scheiding));
  return {
    naam, bytes, vorm: 'csv', kopregel: gevonden ? kopIndex + 1 : null, scheiding, koppen,
    velden: h.kolommen.map((k) => k.veld), soort: gevonden ? h.soort : null, ontbrekend: gevonden ? h.ontbrekend : [], rijen,
  };
}

export async function maakVoorbeeld(bestand: File, mapping?: Mapping): Promise<Voorbeeld> {
  const kop = new Uint8Array(await bestand.slice(0, 4).arrayBuffer());
  if (kop[0] === 0x50 && kop[1] === 0x4b && kop[2] === 0x03 && kop[3] === 0x04) {
    return { naam: bestand.name, bytes: bestand.size, vorm: 'xlsx', kopregel: null, scheiding: '', koppen: [], velden: [], soort: null, ontbrekend: [], rijen: [] };
  }
  if (/\.(xls|xlsm|ods)$/i.test(bestand.name)) {
    return { naam: bestand.name, bytes: bestand.size, vorm: 'anders', kopregel: null, scheiding: '', koppen: [], velden: [], soort: null, ontbrekend: [], rijen: [] };
  }
  const bytes = new Uint8Array(await bestand.slice(0, VOORBEELD_BYTES).arrayBuffer());
  return voorbeeldVanTekst(bestand.name, bestand.size, decodeer(bytes), mapping);
}
