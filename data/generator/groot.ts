import { dag, ddmmjjjj, type Dag } from './dag.ts';
import { ACHTERNAMEN } from './personen.ts';
import { Rng, ZAAD } from './rng.ts';
import { ALMELO_KOP } from './schrijvers.ts';

const EERSTE_DAG = dag(1935, 1, 1);
const LAATSTE_DAG = dag(2025, 1, 1);
const DEKKING_VAN = dag(2015, 1, 1);
const EXTRACT = dag(2024, 12, 31);

let datumTabel: string[] | undefined;
function datumTekst(d: Dag): string {
  if (!datumTabel) {
    datumTabel = [];
    for (let x = EERSTE_DAG; x <= LAATSTE_DAG; x++) datumTabel.push(ddmmjjjj(x));
  }
  return datumTabel[d - EERSTE_DAG]!;
}

/** A valid-looking BSN (elfproef), unique per person number, written as 9 digit bytes into `uit`. */
function bsn(nr: number, uit: Uint8Array): void {
  for (let p = 10_000_000 + nr * 3; ; p++) {
    let rest = p;
    let som = 0;
    for (let w = 2; w <= 9; w++) {
      const cijfer = rest % 10;
      som += cijfer * w;
      uit[9 - w] = 48 + cijfer;
      rest = Math.floor(rest / 10);
    }
    const c = som % 11;
    if (c !== 10) {
      uit[8] = 48 + c;
      return;
    }
  }
}

const REGELINGEN = ['Algemene bijstand', 'IOAW', 'IOAZ', 'BBZ 2004'] as const;
const REDENEN = ['Werk', 'Werk', 'Werk', 'Inkomen partner', 'Verhuizing', 'Overig', 'Overig', 'Overlijden'];
const OVERLIJDEN = REDENEN.indexOf('Overlijden');
const LWG = ['1', '1', '1', '2', '2', '2', '3', '4', '4', ''];

const encoder = new TextEncoder();
const tekstBytes = (t: string) => encoder.encode(t);

/**
 * A large caseload extract in the shape of the Almelo file (title, empty line, header, data with
 * an empty line between municipalities, Totaal line), UTF-8 without BOM, for the ingest benchmark.
 * `aantalRegels` data rows over Dinkelland, Tubbergen and Oldenzaal (or, for the national-size
 * benchmark, equally over `gemeenten`, names or codes); every period is valid (einddatum
 * on or after ingangsdatum, no overlap between periods of one person and regeling, active on or
 * after 1-1-2015). The same arguments give the same bytes. Written byte by byte from encoded
 * pieces (no string per row), so that a million rows take well under a second or two.
 */
export function schrijfGrootUitkeringenCsv(aantalRegels: number, seed: number = ZAAD, gemeenten?: readonly string[]): Uint8Array {
  const rng = new Rng(seed, 'groot');
  const f = () => (rng.ruw() >>> 0) / 4294967296;
  const int = (van: number, tot: number) => van + Math.floor(f() * (tot - van + 1));

  // encoded pieces
  const datums = new Uint8Array((LAATSTE_DAG - EERSTE_DAG + 1) * 10);
  for (let d = EERSTE_DAG; d <= LAATSTE_DAG; d++) datums.set(tekstBytes(datumTekst(d)), (d - EERSTE_DAG) * 10);
  const namen = ACHTERNAMEN.map(tekstBytes);
  const regelingen = REGELINGEN.map(tekstBytes);
  const redenen = REDENEN.map(tekstBytes);
  const kort = tekstBytes('Korte afstand');
  const lang = tekstBytes('Lange afstand');
  const ja = tekstBytes('Ja');
  const nee = tekstBytes('Nee');
  const lwgen = LWG.map(tekstBytes);
  const leeg = new Uint8Array(0);

  const delen: Array<readonly [Uint8Array, number]> = gemeenten
    ? gemeenten.map((g, i) => [tekstBytes(g), Math.floor(aantalRegels / gemeenten.length) + (i < aantalRegels % gemeenten.length ? 1 : 0)] as const)
    : [
        [tekstBytes('Dinkelland'), Math.round(aantalRegels * 0.35)],
        [tekstBytes('Tubbergen'), Math.round(aantalRegels * 0.25)],
      ];
  if (!gemeenten) delen.push([tekstBytes('Oldenzaal'), aantalRegels - delen[0]![1] - delen[1]![1]]);

  let buf = new Uint8Array(Math.max(1 << 16, aantalRegels * 125 + 1024));
  let n = 0;
  const ruimte = (nodig: number) => {
    if (n + nodig <= buf.length) return;
    const groter = new Uint8Array(Math.max(buf.length * 2, n + nodig));
    groter.set(buf.subarray(0, n));
    buf = groter;
  };
  const zet = (b: Uint8Array) => {
    for (let i = 0; i < b.length; i++) buf[n++] = b[i]!;
  };
  const datum = (d: Dag) => {
    const o = (d - EERSTE_DAG) * 10;
    for (let i = 0; i < 10; i++) buf[n++] = datums[o + i]!;
  };
  const SEMI = 59;
  const eol = () => {
    buf[n++] = 13;
    buf[n++] = 10;
  };
  const tekst = (t: string) => {
    const b = tekstBytes(t);
    ruimte(b.length);
    zet(b);
  };

  tekst(`Uitkeringen ${gemeenten ? `${gemeenten.length} gemeenten` : 'Dinkelland, Tubbergen en Oldenzaal'}, lopend op of na 1-1-2015, aangemaakt 31-12-2024\r\n\r\n${ALMELO_KOP}\r\n`);
  const vroegsteStart = dag(2008, 1, 1);
  const id = new Uint8Array(9);
  let persoonNr = 0;

  delen.forEach(([gemeente, quotum], blok) => {
    if (blok > 0) {
      ruimte(2);
      eol();
    }
    let rest = quotum;
    while (rest > 0) {
      bsn(persoonNr++, id);
      const naam = namen[int(0, namen.length - 1)]!;
      const x = f();
      const r = x < 0.89 ? 0 : x < 0.97 ? 1 : x < 0.98 ? 2 : 3;
      let start = int(vroegsteStart, EXTRACT);
      const leeftijd = r === 1 || r === 2 ? int(60, 64) : int(18, 60);
      const geboren = start - leeftijd * 365 - int(0, 364);
      const perioden = f() < 0.75 ? 1 : f() < 0.8 ? 2 : 3;
      for (let k = 0; k < perioden && rest > 0 && start <= EXTRACT; k++) {
        const duur = f() < 0.5 ? int(20, 365) : int(366, 4000);
        let eind: Dag | null = start + duur;
        if (eind > EXTRACT) eind = null;
        let reden = -1;
        if (eind === null || eind >= DEKKING_VAN) {
          const pw = r === 0;
          const isKort = pw && f() < 0.35;
          const lwg = pw ? (isKort && f() < 0.7 ? lwgen[0]! : lwgen[int(0, lwgen.length - 1)]!) : leeg;
          const dgr = pw && f() < 0.08;
          if (eind !== null) reden = int(0, redenen.length - 1);
          ruimte(256);
          zet(id);
          buf[n++] = SEMI;
          zet(naam);
          buf[n++] = SEMI;
          datum(geboren);
          buf[n++] = SEMI;
          zet(gemeente);
          buf[n++] = SEMI;
          zet(regelingen[r]!);
          buf[n++] = SEMI;
          datum(start);
          buf[n++] = SEMI;
          if (eind !== null) datum(eind);
          buf[n++] = SEMI;
          if (pw) zet(isKort ? kort : lang);
          buf[n++] = SEMI;
          zet(lwg);
          buf[n++] = SEMI;
          zet(dgr ? ja : nee);
          buf[n++] = SEMI;
          zet(nee);
          buf[n++] = SEMI;
          if (reden >= 0) zet(redenen[reden]!);
          eol();
          rest--;
        }
        if (eind === null || reden === OVERLIJDEN) break;
        start = eind + int(30, 900);
      }
    }
  });
  tekst(`Totaal;${aantalRegels};;;;;;;;;;\r\n`);
  return buf.slice(0, n);
}
