import { formatEuro, formatProcent, formatVerschil, opsomming } from '@pw/format';
import { herkenJaNee } from '@pw/model';
import { leesBedrag, MAX_BEDRAG, verdeel } from './verdeelsleutel.ts';

/**
 * A budget that mixes direct and keyed lines, as source 000's project budget does: every line has
 * an amount and "Verdeelsleutel Ja/Nee"; a Ja line is split by the key, a Nee line is attributed
 * directly (the amounts per party are given). The product reproduces the source's split and totals,
 * flags a line whose split does not follow the stated key (without changing the source's figures),
 * and reads and writes such a table (entered on the page, or a CSV or XLSX file: hostile input,
 * validated here).
 */
interface Begrotingsregel {
  /** The heading the line stands under ("Werkgroep Backoffice"); '' when none. */
  groep: string;
  /** "Personele inzet". */
  post: string;
  /** Whole euros. */
  bedrag: number;
  /** Verdeelsleutel Ja (true) or Nee (false). */
  sleutel: boolean;
  /** Per party, in the order of the parties: the amount the source gives; null where it gives none (a Ja line may leave the split to the key). */
  toegerekend: Array<number | null>;
}

export interface Begroting {
  naam: string;
  bron: string;
  regels: Begrotingsregel[];
  /** The source's own "Totaal" line per party, when it prints one (null for a party it leaves empty). */
  gedruktTotaal: Array<number | null> | null;
}

/** The key the Ja lines are split by: a name and a weight per party (percentages, inhabitants, …; only their proportions count). */
export interface Begrotingssleutel {
  naam: string;
  gewichten: number[];
}

interface Regeluitkomst {
  regel: Begrotingsregel;
  /** Per party the amount the totals use: the source's amounts where given, otherwise the key's split; null when the line cannot be used (see `fout`). */
  bedragen: number[] | null;
  /** `bron`: the amounts are given (Nee, or Ja with the source's split); `sleutel`: computed by the key. */
  herkomst: 'bron' | 'sleutel' | null;
  /** For a Ja line: the split by the key in whole euros (largest remainder); null for a Nee line. */
  volgensSleutel: number[] | null;
  /** Flags in words: a split that does not follow the key, amounts that do not add up. The source's figures are kept. */
  signalen: string[];
  /** Why the line cannot be used, in words; null when it can. */
  fout: string | null;
}

export interface Begrotingsverdeling {
  begroting: Begroting;
  partijen: readonly string[];
  sleutel: Begrotingssleutel & { aandelen: number[] };
  regels: Regeluitkomst[];
  /** Sum of the amounts of all lines. */
  totaalBedrag: number;
  /** Per party the sum of the lines' amounts; null while a line cannot be used (a total over part of the lines is not shown). */
  totaal: number[] | null;
  /** Per party the totals had every Ja line followed the key; null as `totaal`. */
  totaalVolgensSleutel: number[] | null;
  /** The printed totals against the computed ones: null when the source prints none. */
  gedrukt: { totaal: Array<number | null>; klopt: boolean } | null;
  /** Lines with at least one flag. */
  afwijkend: number;
}

/** At most this many lines in a budget, and this many characters in a text cell (a file is hostile input). */
const MAX_REGELS = 200;
const MAX_TEKST = 120;

/** How far a given split may lie from the key's exact split before it is flagged: rounding to whole euros, or to 0,5% of the line (a budget rounded to hundreds). */
function tolerantie(bedrag: number): number {
  return Math.max(1, bedrag * 0.005);
}

const bedragen = (b: readonly number[]) => b.map(formatEuro).join(' / ');
const procenten = (a: readonly number[]) => a.map(formatProcent).join(' / ');

/**
 * Splits a budget over its parties: each Ja line by the key (or as the source splits it, flagged
 * when that split does not follow the key), each Nee line as attributed; totals per party. The
 * source's figures are never changed: a flagged line keeps its amounts in the totals, and the page
 * shows next to them what the key would give.
 */
export function verdeelBegroting(begroting: Begroting, partijen: readonly string[], sleutel: Begrotingssleutel): Begrotingsverdeling {
  if (sleutel.gewichten.length !== partijen.length) throw new RangeError(`De sleutel heeft ${sleutel.gewichten.length} gewichten voor ${partijen.length} partijen`);
  const somGewicht = sleutel.gewichten.reduce((s, w) => s + w, 0);
  if (!(somGewicht > 0) || sleutel.gewichten.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError(`Ongeldige sleutel: ${sleutel.gewichten.join(' / ')}`);
  const aandelen = sleutel.gewichten.map((w) => w / somGewicht);
  const regels = begroting.regels.map((regel) => verdeelRegel(regel, partijen, aandelen, sleutel));
  const bruikbaar = regels.every((r) => r.bedragen);
  const som = (f: (r: Regeluitkomst) => number[]) => partijen.map((_, i) => regels.reduce((s, r) => s + f(r)[i]!, 0));
  const totaal = bruikbaar ? som((r) => r.bedragen!) : null;
  const totaalVolgensSleutel = bruikbaar ? som((r) => r.volgensSleutel ?? r.bedragen!) : null;
  const gedrukt = begroting.gedruktTotaal
    ? { totaal: begroting.gedruktTotaal, klopt: !!totaal && begroting.gedruktTotaal.every((t, i) => t === null || t === totaal[i]) }
    : null;
  return {
    begroting,
    partijen,
    sleutel: { ...sleutel, aandelen },
    regels,
    totaalBedrag: begroting.regels.reduce((s, r) => s + r.bedrag, 0),
    totaal,
    totaalVolgensSleutel,
    gedrukt,
    afwijkend: regels.filter((r) => r.signalen.length).length,
  };
}

function verdeelRegel(regel: Begrotingsregel, partijen: readonly string[], aandelen: readonly number[], sleutel: Begrotingssleutel): Regeluitkomst {
  const leeg = { regel, bedragen: null, herkomst: null, volgensSleutel: null, signalen: [] };
  if (!Number.isSafeInteger(regel.bedrag) || regel.bedrag < 0 || regel.bedrag > MAX_BEDRAG) return { ...leeg, fout: `Het bedrag is geen geheel aantal euro's van 0 tot en met ${formatEuro(MAX_BEDRAG)}.` };
  if (regel.toegerekend.length !== partijen.length) return { ...leeg, fout: `De regel heeft ${regel.toegerekend.length} bedragen voor ${partijen.length} partijen.` };
  if (regel.toegerekend.some((b) => b !== null && (!Number.isSafeInteger(b) || b < 0 || b > MAX_BEDRAG))) return { ...leeg, fout: "Een toegerekend bedrag is geen geheel aantal euro's van 0 of meer." };
  const gegeven = regel.toegerekend.every((b) => b !== null) ? (regel.toegerekend as number[]) : null;
  const ontbreekt = partijen.filter((_, i) => regel.toegerekend[i] === null);
  const signalen: string[] = [];
  const telOp = (b: readonly number[]) => {
    const s = b.reduce((x, y) => x + y, 0);
    if (s !== regel.bedrag) signalen.push(`De bedragen per partij tellen op tot ${formatEuro(s)}, niet tot ${formatEuro(regel.bedrag)} (verschil ${formatVerschil(s - regel.bedrag, formatEuro)}).`);
  };

  if (!regel.sleutel) {
    if (!gegeven) return { ...leeg, fout: `Verdeelsleutel Nee, maar er is geen bedrag toegerekend aan ${opsomming(ontbreekt)}. Vul voor elke partij het direct toegerekende bedrag in (0 mag), of zet de verdeelsleutel op Ja.` };
    telOp(gegeven);
    return { regel, bedragen: [...gegeven], herkomst: 'bron', volgensSleutel: null, signalen, fout: null };
  }

  const volgensSleutel = verdeel(regel.bedrag, sleutel.gewichten);
  if (!gegeven) {
    if (ontbreekt.length < partijen.length)
      return { ...leeg, fout: `Verdeelsleutel Ja met een bedrag voor een deel van de partijen (niet voor ${opsomming(ontbreekt)}). Vul alle bedragen in, of laat ze alle leeg zodat de sleutel verdeelt.` };
    return { regel, bedragen: volgensSleutel, herkomst: 'sleutel', volgensSleutel, signalen, fout: null };
  }
  telOp(gegeven);
  const exact = aandelen.map((a) => a * regel.bedrag);
  if (gegeven.some((b, i) => Math.abs(b - exact[i]!) > tolerantie(regel.bedrag))) {
    const som = gegeven.reduce((x, y) => x + y, 0);
    const eigen = som > 0 ? gegeven.map((b) => b / som) : gegeven.map(() => 0);
    signalen.push(
      `Verdeelsleutel Ja, maar de verdeling ${bedragen(gegeven)} is ${procenten(eigen)}; volgens de sleutel (${procenten(aandelen)}) is dat ${bedragen(volgensSleutel)} (verschil ${gegeven
        .map((b, i) => formatVerschil(b - volgensSleutel[i]!, formatEuro))
        .join(' / ')}). De bedragen van de bron zijn niet veranderd.`,
    );
  }
  return { regel, bedragen: [...gegeven], herkomst: 'bron', volgensSleutel, signalen, fout: null };
}

/**
 * Source 000's project budget NOT (the joint Pw back office of Dinkelland, Oldenzaal and
 * Tubbergen, 2021): seven lines, split between Noaberkracht and Oldenzaal, by inhabitants 2020
 * (60% / 40%) where "Verdeelsleutel Ja", directly where "Nee"; printed totals 222.300 and 100.300.
 * "Personele inzet" of the Werkgroep Backoffice (57.400, Ja) is printed as 41.100 / 16.300, which
 * is not 60/40: the product flags it and keeps the printed figures.
 */
export const PROJECTBEGROTING_NOT: Begroting = {
  naam: 'Totaalbegroting project Noord-Oost Twente',
  bron: 'bron 000 (projectopdracht Noord-Oost Twente, totaalbegroting)',
  regels: [
    { groep: 'Projectgroep', post: 'Projectleiding', bedrag: 22_000, sleutel: true, toegerekend: [13_200, 8_800] },
    { groep: 'Projectgroep', post: 'Personele inzet', bedrag: 42_000, sleutel: false, toegerekend: [21_000, 21_000] },
    { groep: 'Werkgroep Backoffice', post: 'Projectleiding', bedrag: 44_000, sleutel: true, toegerekend: [26_400, 17_600] },
    { groep: 'Werkgroep Backoffice', post: 'Personele inzet', bedrag: 57_400, sleutel: true, toegerekend: [41_100, 16_300] },
    { groep: 'Werkgroep Frontoffice', post: 'Projectleiding', bedrag: 44_000, sleutel: false, toegerekend: [44_000, 0] },
    { groep: 'Werkgroep Frontoffice', post: 'Personele inzet', bedrag: 53_200, sleutel: false, toegerekend: [40_600, 12_600] },
    { groep: '', post: 'Overige projectkosten', bedrag: 60_000, sleutel: true, toegerekend: [36_000, 24_000] },
  ],
  gedruktTotaal: [222_300, 100_300],
};

/** The budgets the source documents give, by proposal (`Verdeelvoorstel.id`): shown with that proposal on the Verdeelsleutel page. */
const BEGROTINGEN: Readonly<Record<string, Begroting>> = { 'not-projectkosten': PROJECTBEGROTING_NOT };

/** The budget of a proposal's source, or an empty one (the user enters or imports the lines). */
export function begrotingVoor(voorstelId: string): Begroting {
  return BEGROTINGEN[voorstelId] ?? { naam: 'Eigen begroting', bron: 'ingevoerd op deze pagina', regels: [], gedruktTotaal: null };
}

/** A Werkbladtabel for CSV and XLSX (the shape of @pw/export, which metrics does not import). */
interface Begrotingswerkblad {
  titel: string;
  kolommen: Array<{ naam: string; soort: 'tekst' | 'euro' }>;
  rijen: Array<Array<string | number | null>>;
}

/** Column names of the export, which {@link leesBegroting} reads back. */
const KOP = { groep: 'Groep', post: 'Post', bedrag: 'Kosten totaal', sleutel: 'Verdeelsleutel', signaal: 'Signaal' } as const;

/**
 * The split budget as a sheet: per line the group, the post, the amount, Ja/Nee, the amount per
 * party (as used: the source's where given), the key's split and the flags; a Totaal row. The
 * export reads back with {@link leesBegroting} (the key's columns and the flags are ignored, the
 * Totaal row is read as the printed total).
 */
export function begrotingWerkblad(v: Begrotingsverdeling): Begrotingswerkblad {
  const n = v.partijen.length;
  const leeg = (): null[] => new Array<null>(n).fill(null);
  return {
    titel: `${v.begroting.naam}, verdeeld ${v.sleutel.naam}`,
    kolommen: [
      { naam: KOP.groep, soort: 'tekst' },
      { naam: KOP.post, soort: 'tekst' },
      { naam: KOP.bedrag, soort: 'euro' },
      { naam: KOP.sleutel, soort: 'tekst' },
      ...v.partijen.map((p) => ({ naam: p, soort: 'euro' as const })),
      ...v.partijen.map((p) => ({ naam: `${p} volgens sleutel`, soort: 'euro' as const })),
      { naam: KOP.signaal, soort: 'tekst' },
    ],
    rijen: [
      ...v.regels.map((r) => [
        r.regel.groep,
        r.regel.post,
        r.regel.bedrag,
        r.regel.sleutel ? 'Ja' : 'Nee',
        ...(r.bedragen ?? r.regel.toegerekend),
        ...(r.volgensSleutel ?? leeg()),
        [...(r.fout ? [r.fout] : []), ...r.signalen].join(' '),
      ]),
      ['', 'Totaal', v.totaalBedrag, '', ...(v.totaal ?? leeg()), ...(v.totaalVolgensSleutel ?? leeg()), v.totaal ? '' : 'Geen totaal: niet elke regel is bruikbaar.'],
    ],
  };
}

/** A party as a file may name it: its name, its code, or the name with its members ("Noaberkracht (Dinkelland en Tubbergen)"). */
export interface Begrotingspartij {
  naam: string;
  namen: readonly string[];
}

/** One row of a file as text cells, with the line (CSV) or row (XLSX) the user sees. */
export interface Celrij {
  regel: number;
  cellen: readonly string[];
}

const norm = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

const KOPNAMEN = {
  groep: ['groep', 'werkgroep', 'onderdeel', 'categorie'],
  post: ['post', 'type', 'omschrijving', 'kostenpost', 'kostensoort'],
  bedrag: ['kostentotaal', 'totaalkosten', 'kosten', 'bedrag', 'totaal', 'begroot', 'kostenin', 'kosteneur'],
  sleutel: ['verdeelsleutel', 'sleutel', 'naarsleutel', 'verdeelsleuteljanee'],
} as const;

/**
 * Reads a budget of direct and keyed lines from the text cells of a file (a CSV, or a sheet of a
 * workbook: see `leesCellen` in @pw/ingest). It finds the header row (a post, an amount,
 * "Verdeelsleutel" and a column per party, by name) below any title rows; a row with only a text is
 * a group heading; the row "Totaal" is the printed total. Every problem is reported as
 * `file:line: reason. Oplossing: …` (XLSX: `file (blad X, rij n)`), and a file with any problem
 * gives no budget: the page keeps the one it had.
 */
export function leesBegroting(
  rijen: readonly Celrij[],
  partijen: readonly Begrotingspartij[],
  bron: { bestand: string; blad?: string; /** How a message names a place, for lines entered on the page ("Regel 3"). */ plaats?: (regel: number | null) => string },
): { begroting: Begroting | null; fouten: string[] } {
  const plaats =
    bron.plaats ??
    ((regel: number | null) => (bron.blad ? `${bron.bestand} (blad ${bron.blad}${regel !== null ? `, rij ${regel}` : ''})` : regel !== null ? `${bron.bestand}:${regel}` : bron.bestand));
  const fouten: string[] = [];
  const fout = (regel: number | null, reden: string, oplossing: string) => {
    if (fouten.length < 50) fouten.push(`${plaats(regel)}: ${reden} Oplossing: ${oplossing}`);
  };
  const gevuld = rijen.filter((r) => r.cellen.some((c) => c.trim() !== ''));
  const koppen = `Post (of Type), Kosten totaal, Verdeelsleutel en een kolom per partij (${opsomming(partijen.map((p) => p.naam))})`;

  // The header: among the first 20 non-empty rows, the first with every needed column.
  let kop: { index: number; kolom: { groep: number; post: number; bedrag: number; sleutel: number; partij: number[] } } | null = null;
  for (let i = 0; i < Math.min(gevuld.length, 20) && !kop; i++) {
    const namen = gevuld[i]!.cellen.map((c) => norm(c));
    const zoek = (lijst: readonly string[]) => namen.findIndex((n) => lijst.includes(n));
    const partij = partijen.map((p) => namen.findIndex((n) => p.namen.some((x) => norm(x) === n)));
    const kolom = { groep: zoek(KOPNAMEN.groep), post: zoek(KOPNAMEN.post), bedrag: zoek(KOPNAMEN.bedrag), sleutel: zoek(KOPNAMEN.sleutel), partij };
    if (kolom.post >= 0 && kolom.bedrag >= 0 && kolom.sleutel >= 0 && partij.every((k) => k >= 0)) kop = { index: i, kolom };
  }
  if (!kop) {
    fout(null, `Geen kopregel gevonden met ${koppen}.`, `Zet boven de regels een kopregel met die kolomnamen, zoals de export van deze pagina heeft.`);
    return { begroting: null, fouten };
  }

  const { kolom } = kop;
  const regels: Begrotingsregel[] = [];
  let groep = '';
  let gedruktTotaal: Array<number | null> | null = null;
  const cel = (r: Celrij, k: number) => (k >= 0 ? (r.cellen[k] ?? '').trim() : '');
  const tekst = (r: Celrij, k: number, naam: string): string => {
    // Control characters (a line break, a tab, …) have no place in a cell's text: each becomes a space.
    const t = Array.from(cel(r, k), (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c)).join('');
    if (t.length > MAX_TEKST) fout(r.regel, `${naam} is langer dan ${MAX_TEKST} tekens.`, 'Kort de omschrijving in.');
    return t.slice(0, MAX_TEKST);
  };
  const bedrag = (r: Celrij, k: number, naam: string): number | null | undefined => {
    const t = cel(r, k);
    if (t === '') return null;
    // A workbook gives plain numbers ("22000" or "22000.5"); leesBedrag reads Dutch notation and refuses cents.
    const n = /^\d+$/.test(t) ? (Number(t) <= MAX_BEDRAG ? Number(t) : null) : leesBedrag(t);
    if (n === null) {
      fout(r.regel, `${naam} "${t.slice(0, 30)}" is geen bedrag in hele euro's.`, `Schrijf het bedrag als 22.000 of 22000 (geen centen, niet negatief, hoogstens ${formatEuro(MAX_BEDRAG)}).`);
      return undefined;
    }
    return n;
  };

  for (const r of gevuld.slice(kop.index + 1)) {
    const post = tekst(r, kolom.post, KOP.post);
    if (gedruktTotaal) {
      fout(r.regel, 'Na de regel Totaal staat nog een regel.', 'Zet de regel Totaal onderaan, of verwijder wat eronder staat.');
      continue;
    }
    const partijbedragen = partijen.map((p, i) => bedrag(r, kolom.partij[i]!, p.naam));
    if (/^totaal\b/i.test(post) || (post === '' && /^totaal\b/i.test(tekst(r, kolom.groep, KOP.groep)))) {
      gedruktTotaal = partijbedragen.map((b) => b ?? null);
      continue;
    }
    const ruwBedrag = cel(r, kolom.bedrag);
    const ruwSleutel = cel(r, kolom.sleutel);
    if (post !== '' && ruwBedrag === '' && ruwSleutel === '' && partijbedragen.every((b) => b === null)) {
      groep = post;
      continue;
    }
    if (regels.length >= MAX_REGELS) {
      fout(r.regel, `Meer dan ${MAX_REGELS} regels.`, 'Splits de begroting in delen.');
      break;
    }
    if (post === '') fout(r.regel, 'De regel heeft geen omschrijving.', `Vul de kolom ${tekst(gevuld[kop.index]!, kolom.post, KOP.post) || KOP.post} in.`);
    const b = bedrag(r, kolom.bedrag, KOP.bedrag);
    if (b === null) fout(r.regel, 'Het bedrag (Kosten totaal) is leeg.', 'Vul het totaalbedrag van de regel in.');
    const sleutel = ruwSleutel === '' ? undefined : herkenJaNee(ruwSleutel);
    if (sleutel === undefined) fout(r.regel, `Verdeelsleutel "${ruwSleutel.slice(0, 20)}" is geen Ja of Nee.`, 'Vul Ja in als de regel naar de sleutel wordt verdeeld, Nee als de bedragen direct worden toegerekend.');
    if (b === null || b === undefined || sleutel === undefined || partijbedragen.some((x) => x === undefined)) continue;
    const groepKolom = kolom.groep >= 0 ? tekst(r, kolom.groep, KOP.groep) : '';
    regels.push({ groep: kolom.groep >= 0 ? groepKolom : groep, post, bedrag: b, sleutel, toegerekend: partijbedragen as Array<number | null> });
  }
  if (!regels.length && !fouten.length) fout(null, 'Er staan geen begrotingsregels onder de kopregel.', 'Zet onder de kopregel een regel per kostenpost.');
  if (fouten.length) return { begroting: null, fouten };
  return { begroting: { naam: bron.blad ? `${bron.bestand}, blad ${bron.blad}` : bron.bestand, bron: bron.bestand, regels, gedruktTotaal }, fouten };
}
