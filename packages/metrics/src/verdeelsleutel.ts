import { opsomming } from '@pw/format';
import { datumNL, gemeenteNaam, huidigeLeden, samenwerking, SAMENWERKINGEN, type GemeenteCode, type IsoDatum } from '@pw/model';
import { waardeVan } from './afgeleid.ts';
import type { Figuur } from './figuren.ts';
import type { Begrotingspartij, Begrotingssleutel } from './begroting.ts';
import { gebiedCode, type Gebied } from './gebied.ts';

/**
 * Verdeelsleutels: how cooperating municipalities split a shared cost. Pure arithmetic on the
 * standard figures `inwoners` (basis totaal, 1 January of a year) and `uitkeringen` (total stock on
 * a peildatum); no indicator is computed a second time here.
 */

/** The largest amount the page accepts: under a trillion euros, well inside exact integer arithmetic. */
export const MAX_BEDRAG = 999_999_999_999;

/**
 * Splits a whole-euro amount in proportion to weights, in whole euros, by the largest-remainder
 * (Hamilton) method: every part first gets the whole euros of its exact quota, the euros left over
 * go one each to the parts with the largest remainders. The parts always sum exactly to `bedrag`.
 *
 * Ties (equal remainders) are broken deterministically: first the part with the larger weight,
 * then the part that comes first in the list (the order of the proposal, i.e. of the source
 * document). So 100 in three equal parts is 34 / 33 / 33.
 *
 * Weights may be inhabitants, benefit counts, percentages or ratios; only their proportions count.
 * Whole-number weights are computed exactly (BigInt); others in floating point, with quotas within
 * 1e-9 of a whole euro taken as that whole euro.
 *
 * @throws RangeError when `bedrag` is not a whole number ≥ 0, a weight is negative or not finite,
 *   or the weights sum to 0.
 */
export function verdeel(bedrag: number, gewichten: readonly number[]): number[] {
  if (!Number.isSafeInteger(bedrag) || bedrag < 0) throw new RangeError(`Bedrag moet een geheel aantal euro's van 0 of meer zijn, niet ${bedrag}`);
  if (!gewichten.length) throw new RangeError('Geen gewichten om naar te verdelen');
  for (const w of gewichten) if (!Number.isFinite(w) || w < 0) throw new RangeError(`Ongeldig gewicht: ${w}`);
  const som = gewichten.reduce((s, w) => s + w, 0);
  if (!(som > 0)) throw new RangeError('De gewichten tellen op tot 0; er is niets om naar te verdelen');

  const delen: number[] = [];
  let vergelijkRest: (a: number, b: number) => number;
  if (gewichten.every(Number.isSafeInteger)) {
    const totaal = gewichten.reduce((s, w) => s + BigInt(w), 0n);
    const resten: bigint[] = [];
    for (const w of gewichten) {
      const p = BigInt(bedrag) * BigInt(w);
      delen.push(Number(p / totaal));
      resten.push(p % totaal);
    }
    vergelijkRest = (a, b) => (resten[a]! > resten[b]! ? -1 : resten[a]! < resten[b]! ? 1 : 0);
  } else {
    const resten: number[] = [];
    for (const w of gewichten) {
      const q = (bedrag * w) / som;
      let heel = Math.floor(q);
      let rest = q - heel;
      if (rest > 1 - 1e-9) {
        heel += 1;
        rest = 0;
      } else if (rest < 1e-9) rest = 0;
      delen.push(heel);
      resten.push(rest);
    }
    vergelijkRest = (a, b) => resten[b]! - resten[a]!;
  }
  const over = bedrag - delen.reduce((s, d) => s + d, 0);
  if (over < 0 || over > gewichten.length) throw new Error(`verdeel: interne afrondingsfout (${over} euro over)`);
  const volgorde = gewichten.map((_, i) => i).sort((a, b) => vergelijkRest(a, b) || gewichten[b]! - gewichten[a]! || a - b);
  for (let k = 0; k < over; k++) delen[volgorde[k]!]! += 1;
  return delen;
}

/**
 * Reads an amount in whole euros as a Dutch user types it: `22000`, `22.000`, `€ 22.000`,
 * `22.000,00` or `22.000,-`. Null for anything else (cents, negative amounts, `22.5`, more than
 * {@link MAX_BEDRAG}), so a wrong entry is refused rather than guessed.
 */
export function leesBedrag(tekst: string | null | undefined): number | null {
  if (tekst == null) return null;
  const t = tekst.replace(/[€\s\u00a0\u202f]/g, '').replace(/,(-|0{1,2})$/, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d{1,15})$/.test(t)) return null;
  const n = Number(t.replace(/\./g, ''));
  return Number.isSafeInteger(n) && n <= MAX_BEDRAG ? n : null;
}

export type Sleutel = 'inwoners' | 'uitkeringen' | 'vast';
export const SLEUTELS: readonly Sleutel[] = ['inwoners', 'uitkeringen', 'vast'];

interface Verdeelpartij {
  gebied: Gebied;
  /** Code in the figures: `GM0173`, `SV-noaberkracht`. */
  code: string;
  naam: string;
  /** For a group (Noaberkracht): its member municipalities under today's boundaries; [] for one municipality. */
  leden: readonly GemeenteCode[];
  /** Weight under the fixed key: a percentage as printed, or a ratio (see {@link Verdeelvoorstel.vast}). */
  vast: number;
}

export interface Verdeelvoorstel {
  id: string;
  /** For the proposal select: "Projectkosten Noord-Oost Twente (bron 000)". */
  naam: string;
  /** What is split, as it reads after the amount in a title: "projectkosten Noord-Oost Twente". */
  kosten: string;
  omschrijving: string;
  /** The source document the proposal comes from. */
  bron: string;
  /** The cooperation the costs are of (`Samenwerking.id`): the proposal the page opens with when that cooperation is chosen. */
  samenwerking: string;
  partijen: readonly Verdeelpartij[];
  standaardBedrag: number;
  /** The inhabitants year the source uses; absent: the year of the page's peildatum. */
  inwonersjaar?: number;
  /**
   * When the amount is not the total but one party's share under the fixed key (bron 002: the
   * € 567.357 in Dinkelland's budget is Dinkelland's 56%): that party (index in `partijen`). The
   * total and the other parties' shares are then derived from it, and shown as derived; the amount
   * itself is never split again.
   */
  bedragIsDeelVan?: number;
  /**
   * The fixed key. `percentage`: the weights are percentages of the amount exactly as printed, so a
   * key that sums to less than 100% leaves the rest unallocated (and says so) instead of silently
   * rescaling the source; `verhouding`: the weights are a ratio (equal shares) and always split all.
   */
  vast: { soort: 'percentage' | 'verhouding'; kort: string; omschrijving: string };
}

const gemeentePartij = (code: GemeenteCode, vast: number): Verdeelpartij => ({ gebied: { soort: 'gemeente', code }, code, naam: gemeenteNaam(code), leden: [], vast });

function groepPartij(id: string, vast: number): Verdeelpartij {
  const s = samenwerking(id);
  if (!s) throw new Error(`Onbekende samenwerking: ${id}`);
  const gebied: Gebied = { soort: 'samenwerking', id };
  return { gebied, code: gebiedCode(gebied), naam: s.naam, leden: huidigeLeden(s), vast };
}

/**
 * The proposals: the two cost splits the source documents discuss, and one per cooperation in the
 * model (its members as parties, equal shares as the fixed key) for any other cooperation.
 *
 * Bron 002's € 567.357 a year (uitvoeringskosten Pw, kosten Almelo) is Dinkelland's own share,
 * already split on the existing Noaberkracht key (Dinkelland 56%, Tubbergen 43%, as printed: 99%).
 * So the amount is Dinkelland's 56% (`bedragIsDeelVan`), the Noaberkracht total behind it is
 * 567.357 / 0,56 ≈ € 1.013.138 and Tubbergen's 43% ≈ € 435.649: both derived, not printed, and
 * shown as derived. The 1% the printed key leaves (≈ € 10.132 of the derived total) is shown as
 * "niet toegerekend": the source does not say who pays it.
 */
export const VERDEELVOORSTELLEN: readonly Verdeelvoorstel[] = [
  {
    id: 'not-projectkosten',
    naam: 'Projectkosten Noord-Oost Twente (bron 000)',
    kosten: 'projectkosten Noord-Oost Twente',
    omschrijving:
      'De kosten van het project Noord-Oost Twente, verdeeld tussen Noaberkracht (de samenwerking van Dinkelland en Tubbergen) en Oldenzaal. De projectbegroting verdeelt naar het aantal inwoners in 2020: 60% Noaberkracht en 40% Oldenzaal, zodat €\u00a022.000 wordt verdeeld in €\u00a013.200 en €\u00a08.800. Als gebruikelijk alternatief noemen de stukken de verdeling naar het aantal uitkeringen.',
    bron: 'bron 000 (projectbegroting Noord-Oost Twente)',
    samenwerking: 'noord-oost-twente',
    partijen: [groepPartij('noaberkracht', 60), gemeentePartij('GM0173', 40)],
    standaardBedrag: 22_000,
    inwonersjaar: 2020,
    vast: { soort: 'percentage', kort: '60% / 40%', omschrijving: '60% Noaberkracht en 40% Oldenzaal, zoals in bron 000' },
  },
  {
    id: 'noaberkracht-uitvoeringskosten',
    naam: 'Uitvoeringskosten Participatiewet Noaberkracht (bron 002)',
    kosten: 'uitvoeringskosten Participatiewet Noaberkracht',
    omschrijving:
      'De uitvoeringskosten van de Participatiewet (kosten Almelo): €\u00a0567.357 per jaar in de meerjarenbegroting 2020–2024 van Dinkelland. Dat is het deel van Dinkelland, al verdeeld: volgens bron 002 is het bedrag gebaseerd op de bestaande sleutel van Noaberkracht, 56% Dinkelland en 43% Tubbergen (zo gedrukt samen 99%). Het totaal van Noaberkracht en het deel van Tubbergen staan niet in de bron; ze zijn hieruit afgeleid (€\u00a0567.357 / 56% ≈ €\u00a01.013.138, waarvan 43% ≈ €\u00a0435.649).',
    bron: 'bron 002 (meerjarenbegroting Dinkelland 2020–2024)',
    samenwerking: 'noaberkracht',
    partijen: [gemeentePartij('GM1774', 56), gemeentePartij('GM0183', 43)],
    standaardBedrag: 567_357,
    inwonersjaar: 2020,
    bedragIsDeelVan: 0,
    vast: { soort: 'percentage', kort: '56% / 43%', omschrijving: '56% Dinkelland en 43% Tubbergen, zoals gedrukt in bron 002 (samen 99%)' },
  },
  ...SAMENWERKINGEN.map(
    (s): Verdeelvoorstel => ({
      id: `samenwerking-${s.id}`,
      naam: `${s.naam}: gezamenlijke kosten over de leden`,
      kosten: `gezamenlijke kosten ${s.naam}`,
      omschrijving: `${s.omschrijving} Een bedrag naar keuze, verdeeld over de leden (in de huidige gemeentegrenzen). Geen brondocument noemt een vaste sleutel voor ${s.naam}; als vaste sleutel gelden hier gelijke delen.`,
      bron: `samenwerking ${s.naam} (${s.bron}); bedrag naar keuze`,
      samenwerking: s.id,
      partijen: huidigeLeden(s).map((code) => gemeentePartij(code, 1)),
      standaardBedrag: 100_000,
      vast: { soort: 'verhouding', kort: 'gelijke delen', omschrijving: 'gelijke delen per gemeente' },
    }),
  ),
];

const STANDAARD_VOORSTEL = 'not-projectkosten';

export function verdeelvoorstel(id: string): Verdeelvoorstel | undefined {
  return VERDEELVOORSTELLEN.find((v) => v.id === id);
}

/**
 * The proposal the page opens with: for a chosen cooperation its first proposal (Noord-Oost
 * Twente: the project costs of bron 000; Noaberkracht: the uitvoeringskosten of bron 002; any
 * other: its generic one), otherwise {@link STANDAARD_VOORSTEL}.
 */
export function standaardVoorstelVoor(gebieden: readonly Gebied[]): string {
  const eerste = gebieden[0];
  if (eerste?.soort !== 'samenwerking') return STANDAARD_VOORSTEL;
  return VERDEELVOORSTELLEN.find((v) => v.samenwerking === eerste.id)?.id ?? STANDAARD_VOORSTEL;
}

/** The areas whose figures a proposal needs: its parties, and the members of a group party (for showing them). */
export function verdeelgebieden(voorstel: Verdeelvoorstel): Gebied[] {
  const uit = new Map<string, Gebied>();
  for (const p of voorstel.partijen) {
    uit.set(p.code, p.gebied);
    for (const l of p.leden) uit.set(l, { soort: 'gemeente', code: l });
  }
  return [...uit.values()];
}

/** The years for which every party of a proposal has an inhabitants figure (indicator `inwoners`, total), ascending. */
export function inwonersjaren(rijen: readonly Figuur[], voorstel: Verdeelvoorstel): number[] {
  const perPartij = voorstel.partijen.map(
    (p) => new Set(rijen.filter((r) => r.indicator === 'inwoners' && r.gemeente_code === p.code && r.dimensie === 'totaal' && r.categorie === 'totaal').map((r) => r.periode)),
  );
  const [eerste, ...rest] = perPartij;
  return [...(eerste ?? [])].filter((j) => rest.every((s) => s.has(j))).map(Number).sort((a, b) => a - b);
}

export interface Verdeelinstelling {
  /** Whole euros, 0 up to {@link MAX_BEDRAG}: the total to split, or one party's share (see {@link Verdeelvoorstel.bedragIsDeelVan}). */
  bedrag: number;
  /** Inhabitants on 1 January of this year. */
  inwonersjaar: number;
  /** Benefits on this peildatum. */
  peildatum: IsoDatum;
}

export interface Deel {
  /** Share of the amount as a fraction (0.6 = 60%), before rounding to euros. */
  aandeel: number;
  /** Whole euros. */
  bedrag: number;
  /** `gegeven`: the amount entered (bron 002: Dinkelland's € 567.357); `afgeleid`: derived from a given share, shown as derived (≈); `verdeeld`: a split of the entered total. */
  herkomst: 'gegeven' | 'afgeleid' | 'verdeeld';
}

interface Lidgrondslag {
  code: GemeenteCode;
  naam: string;
  inwoners: number | undefined;
  uitkeringen: number | undefined;
}

interface Partijverdeling {
  partij: Verdeelpartij;
  /** The party's weights: inhabitants in the chosen year, benefits on the peildatum; undefined when absent. */
  inwoners: number | undefined;
  uitkeringen: number | undefined;
  /** For a group: each member's figures (shown, not used in the split: the group's own figure is). */
  leden: Lidgrondslag[];
  /** Share and euros under each key; null when the key cannot be applied (see {@link Sleutelstand.ontbreekt}). */
  delen: Record<Sleutel, Deel | null>;
  /** Euros under the key minus euros under the inhabitants key; null when either is unavailable. */
  verschil: Record<Exclude<Sleutel, 'inwoners'>, number | null>;
}

interface Sleutelstand {
  sleutel: Sleutel;
  /** "Naar inwoners 1-1-2020", "Naar uitkeringen 1-12-2024", "Vast 60% / 40%". */
  naam: string;
  /** Why the key cannot be applied, in words; null when it can. */
  ontbreekt: string | null;
  /** Euros the key leaves unallocated (a printed fixed key summing to under 100%); negative when it allocates too much; 0 otherwise. */
  onverdeeld: number;
  /** Sum of the printed percentages (99 for bron 002); null for a key that is a ratio. */
  somPercentages: number | null;
}

export interface Verdeling {
  voorstel: Verdeelvoorstel;
  /** The amount as entered: the total, or (bron 002) one party's share. */
  bedrag: number;
  /** What the keys split: the amount, or the total derived from a party's share (bron 002: ≈ € 1.013.138). */
  totaal: number;
  /** True when `totaal` is derived from one party's share rather than entered. */
  totaalAfgeleid: boolean;
  inwonersjaar: number;
  peildatum: IsoDatum;
  partijen: Partijverdeling[];
  sleutels: Record<Sleutel, Sleutelstand>;
}

/** Applies a key whose weights are figures: every party needs one, and they must not all be 0. */
function naarGewicht(
  bedrag: number,
  herkomst: Deel['herkomst'],
  partijen: readonly Verdeelpartij[],
  gewichten: Array<number | undefined>,
  wat: { zonder: string; nul: string },
): { delen: Deel[] | null; ontbreekt: string | null } {
  const zonder = partijen.filter((_, i) => gewichten[i] === undefined).map((p) => p.naam);
  if (zonder.length) return { delen: null, ontbreekt: `${wat.zonder} voor ${opsomming(zonder)}. Zonder dat cijfer voor elke partij kan deze verdeling niet worden gemaakt.` };
  const w = gewichten as number[];
  const som = w.reduce((s, x) => s + x, 0);
  if (!(som > 0)) return { delen: null, ontbreekt: wat.nul };
  const euros = verdeel(bedrag, w);
  return { delen: euros.map((b, i) => ({ aandeel: w[i]! / som, bedrag: b, herkomst })), ontbreekt: null };
}

/**
 * The split of an amount over a proposal's parties under each key, side by side: by inhabitants
 * (indicator `inwoners`, total population on 1 January of `inwonersjaar`), by benefits (indicator
 * `uitkeringen`, total stock on `peildatum`) and by the fixed key of the proposal; with, per party,
 * the difference in euros of each key against the inhabitants key.
 *
 * A key whose input is missing for any party (no inhabitants for that year, no benefits on that
 * peildatum) is not applied and says why in words; it is never filled in as zero. `rijen` must hold
 * the figures of the parties ({@link verdeelgebieden}); a group such as Noaberkracht is weighted by
 * its own figure (the sum of its members, computed by the indicator).
 *
 * @throws RangeError when `bedrag` is not a whole number of euros from 0 to {@link MAX_BEDRAG}.
 */
export function verdeelsleutels(rijen: readonly Figuur[], voorstel: Verdeelvoorstel, instelling: Verdeelinstelling): Verdeling {
  const { bedrag, inwonersjaar, peildatum } = instelling;
  if (!Number.isSafeInteger(bedrag) || bedrag < 0 || bedrag > MAX_BEDRAG) throw new RangeError(`Bedrag moet een geheel aantal euro's van 0 tot en met ${MAX_BEDRAG} zijn, niet ${bedrag}`);
  const partijen = voorstel.partijen;
  const bekend = voorstel.bedragIsDeelVan;
  if (bekend !== undefined && (voorstel.vast.soort !== 'percentage' || !((partijen[bekend]?.vast ?? 0) > 0))) throw new Error(`Voorstel ${voorstel.id}: een gegeven deel vraagt een vaste sleutel in procenten`);
  // Bron 002: the amount is one party's share; the total behind it is derived (567.357 / 56% ≈ 1.013.138).
  const totaal = bekend === undefined ? bedrag : Math.round((bedrag * 100) / partijen[bekend]!.vast);
  if (totaal > MAX_BEDRAG) throw new RangeError(`Het afgeleide totaal (${totaal}) is groter dan ${MAX_BEDRAG}`);
  const herkomst: Deel['herkomst'] = bekend === undefined ? 'verdeeld' : 'afgeleid';
  const jaar = String(inwonersjaar);
  const inwonersVan = (code: string) => waardeVan(rijen, { indicator: 'inwoners', gemeente_code: code, periode: jaar });
  const uitkeringenVan = (code: string) => waardeVan(rijen, { indicator: 'uitkeringen', gemeente_code: code, periode: peildatum });
  const inwoners = partijen.map((p) => inwonersVan(p.code));
  const uitkeringen = partijen.map((p) => uitkeringenVan(p.code));
  const datum = datumNL(peildatum);

  const naarInwoners = naarGewicht(totaal, herkomst, partijen, inwoners, {
    zonder: `Geen aantal inwoners op 1 januari ${jaar}`,
    nul: `Alle partijen hebben 0 inwoners op 1 januari ${jaar}; naar inwoners valt niets te verdelen.`,
  });
  const naarUitkeringen = naarGewicht(totaal, herkomst, partijen, uitkeringen, {
    zonder: `Geen aantal uitkeringen op ${datum}`,
    nul: `Geen van de partijen heeft uitkeringen op ${datum}; naar uitkeringen valt niets te verdelen.`,
  });

  // The fixed key: percentages as printed (a rest stays unallocated), or a ratio.
  const vw = partijen.map((p) => p.vast);
  let vast: Deel[];
  let onverdeeld = 0;
  let somPercentages: number | null = null;
  if (voorstel.vast.soort === 'percentage') {
    const som = vw.reduce((s, x) => s + x, 0);
    somPercentages = Math.round(som * 1e6) / 1e6;
    let euros: number[];
    if (bekend !== undefined) {
      // The given share stays exactly as given; every other share is derived from it, never from the rounded total.
      euros = vw.map((p, i) => (i === bekend ? bedrag : Math.round((bedrag * p) / vw[bekend]!)));
      onverdeeld = totaal - euros.reduce((s, x) => s + x, 0);
    } else if (somPercentages === 100) euros = verdeel(bedrag, vw);
    else if (somPercentages < 100) {
      const metRest = verdeel(bedrag, [...vw, 100 - som]);
      euros = metRest.slice(0, -1);
      onverdeeld = metRest.at(-1)!;
    } else {
      const t = Math.round((bedrag * som) / 100);
      euros = verdeel(t, vw);
      onverdeeld = bedrag - t;
    }
    vast = euros.map((b, i) => ({ aandeel: vw[i]! / 100, bedrag: b, herkomst: bekend === undefined ? 'verdeeld' : i === bekend ? 'gegeven' : 'afgeleid' }));
  } else {
    const som = vw.reduce((s, x) => s + x, 0);
    vast = verdeel(bedrag, vw).map((b, i) => ({ aandeel: vw[i]! / som, bedrag: b, herkomst: 'verdeeld' }));
  }

  const sleutels: Record<Sleutel, Sleutelstand> = {
    inwoners: { sleutel: 'inwoners', naam: `Naar inwoners 1-1-${jaar}`, ontbreekt: naarInwoners.ontbreekt, onverdeeld: 0, somPercentages: null },
    uitkeringen: { sleutel: 'uitkeringen', naam: `Naar uitkeringen ${datum}`, ontbreekt: naarUitkeringen.ontbreekt, onverdeeld: 0, somPercentages: null },
    vast: { sleutel: 'vast', naam: `Vast ${voorstel.vast.kort}`, ontbreekt: null, onverdeeld, somPercentages },
  };

  return {
    voorstel,
    bedrag,
    totaal,
    totaalAfgeleid: bekend !== undefined,
    inwonersjaar,
    peildatum,
    sleutels,
    partijen: partijen.map((partij, i) => {
      const delen: Record<Sleutel, Deel | null> = { inwoners: naarInwoners.delen?.[i] ?? null, uitkeringen: naarUitkeringen.delen?.[i] ?? null, vast: vast[i]! };
      const tegen = (d: Deel | null) => (d && delen.inwoners ? d.bedrag - delen.inwoners.bedrag : null);
      return {
        partij,
        inwoners: inwoners[i],
        uitkeringen: uitkeringen[i],
        leden: partij.leden.map((code) => ({ code, naam: gemeenteNaam(code), inwoners: inwonersVan(code), uitkeringen: uitkeringenVan(code) })),
        delen,
        verschil: { uitkeringen: tegen(delen.uitkeringen), vast: tegen(delen.vast) },
      };
    }),
  };
}

/**
 * The key a budget of direct and keyed lines splits its Ja lines by ({@link verdeelBegroting}): the
 * weights of one of the page's keys for the proposal's parties; null when that key cannot be
 * applied (its figures are missing).
 */
export function begrotingssleutel(v: Verdeling, sleutel: Sleutel): Begrotingssleutel | null {
  const stand = v.sleutels[sleutel];
  if (stand.ontbreekt) return null;
  const gewichten = v.partijen.map((p) => (sleutel === 'vast' ? p.partij.vast : sleutel === 'inwoners' ? p.inwoners : p.uitkeringen));
  if (gewichten.some((w) => w === undefined) || !((gewichten as number[]).reduce((a, b) => a + b, 0) > 0)) return null;
  const naam = sleutel === 'vast' ? `naar de vaste sleutel ${v.voorstel.vast.kort}` : `${stand.naam.charAt(0).toLowerCase()}${stand.naam.slice(1)}`;
  return { naam, gewichten: gewichten as number[] };
}

/** The proposal's parties as a file may name them in a column header: name, code, or name with members. */
export function begrotingspartijen(voorstel: Verdeelvoorstel): Begrotingspartij[] {
  return voorstel.partijen.map((p) => ({
    naam: p.naam,
    namen: [p.naam, p.code, ...(p.leden.length ? [`${p.naam} (${opsomming(p.leden.map(gemeenteNaam))})`, p.leden.map(gemeenteNaam).join(' en ')] : [])],
  }));
}
