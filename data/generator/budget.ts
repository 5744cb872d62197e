import type { GemeenteCode } from '@pw/model';
import { GEMEENTEN, inwonersOp1Januari, type GemeenteDef } from './config.ts';
import { dag, delen, maandIndex } from './dag.ts';
import { Rng } from './rng.ts';
import type { Uitkering } from './uitkeringen.ts';

/** The budget soorten as the controller's workbook names them. */
const SOORTEN = ['BUIG', 'Participatiebudget', 'Uitvoeringskosten', 'Re-integratie trajecten', 'Kinderopvang'] as const;
type Soort = (typeof SOORTEN)[number];

export interface BudgetRij {
  gemeente: GemeenteCode;
  jaar: number;
  soort: Soort;
  /** Whole euros. */
  begroot: number;
  /** In cents; null where unknown. */
  gerealiseerdCent: number | null;
  bron: string;
  /** Realisation per month in cents (sums to gerealiseerdCent); null where unknown. */
  maanden: number[] | null;
  /** The version of the budget where the workbook states it in its Versie column ("" where it does not). */
  versie: string;
  /**
   * BUIG only, where the controller's workbook splits the lasten: uitkeringen + loonkostensubsidie
   * − baten = gerealiseerd, in cents, exactly.
   */
  delen: { uitkeringenCent: number; loonkostensubsidieCent: number; batenCent: number } | null;
}

const MEICIRCULAIRE = 'meicirculaire 2019';
const BRON_002 = 'meerjarenbegroting Dinkelland (bron 002)';
const BRON_003 = 'bron 003';
const DEMO = 'demo';

const DINKELLAND_BUIG: Record<number, number> = { 2020: 3274086, 2021: 3376733, 2022: 3451906, 2023: 3505956, 2024: 3505956 };
const DINKELLAND_PARTICIPATIE: Record<number, number> = { 2020: 2203601, 2021: 2137807, 2022: 2039510, 2023: 1916142, 2024: 1813381 };
const DINKELLAND_UITVOERING = 567357;
/** 43% where Dinkelland's 567.357 is 56%: 567.357 × 43 / 56 = 435.649,1 (derived, as the Verdeelsleutel page shows it). */
const TUBBERGEN_UITVOERING = Math.round((DINKELLAND_UITVOERING * 43) / 56);
const BRON_002_AFGELEID = 'demo, afgeleid uit bron 002 (43% op de sleutel van Noaberkracht)';
/** The source prints 289.255 for 2024, but its own total (293.995) shows 289.225 is meant. */
const DINKELLAND_REINTEGRATIE = 289225;
const DINKELLAND_KINDEROPVANG = 4770;

/** Re-integratie budgets 2011..2015 of bron 003, exactly as printed. */
const BRON_003_REINTEGRATIE: Record<GemeenteCode, readonly number[]> = {
  GM0361: [6688656, 2658097, 2383121, 1758970, 1540736],
  GM0373: [801444, 318391, 285454, 210692, 184552],
  GM0383: [317155, 95597, 85708, 63260, 55412],
  GM0365: [54339, 33987, 30471, 22491, 19700],
  GM0398: [1710826, 519014, 465323, 343452, 300840],
  GM0399: [359478, 136493, 122373, 90323, 79117],
  GM0416: [501308, 171992, 154200, 113814, 99693],
  GM0458: [61959, 23670, 21222, 15664, 13720],
};

/** Monthly cost of one running benefit (before the municipality's own factor). */
function kostenPerMaand(jaar: number): number {
  return 1050 * Math.pow(1.02, jaar - 2015);
}

const BUIG_SEIZOEN = [1, 1, 1, 1, 1, 1, 0.985, 0.985, 1, 1, 1, 1.03];
const SEIZOEN = [0.85, 0.95, 1, 1, 1, 1, 0.7, 0.65, 1, 1.05, 1.1, 1.7];

/** Stock of running benefits per municipality on every 1st of the month (index: months since 2000). */
function voorraden(uitkeringen: readonly Uitkering[]): Map<GemeenteCode, Int32Array> {
  const n = maandIndex(dag(2025, 1, 1)) + 1;
  const uit = new Map<GemeenteCode, Int32Array>();
  for (const u of uitkeringen) {
    let arr = uit.get(u.gemeente);
    if (!arr) {
      arr = new Int32Array(n + 1);
      uit.set(u.gemeente, arr);
    }
    const s = delen(u.start);
    const eerste = maandIndex(u.start) + (s.dag === 1 ? 0 : 1);
    const laatste = u.eind === null ? n - 1 : maandIndex(u.eind);
    if (laatste < eerste) continue;
    arr[eerste]! += 1;
    arr[laatste + 1]! -= 1;
  }
  for (const arr of uit.values()) for (let i = 1; i < arr.length; i++) arr[i]! += arr[i - 1]!;
  return uit;
}

function stockInJaar(v: Int32Array, jaar: number): number[] {
  const basis = maandIndex(dag(jaar, 1, 1));
  return Array.from({ length: 12 }, (_, m) => v[basis + m]!);
}

/** Splits an amount in cents over 12 months by weight, exactly (largest remainder). */
function verdeel(cent: number, gewichten: readonly number[]): number[] {
  const som = gewichten.reduce((a, b) => a + b, 0);
  const ruw = gewichten.map((w) => (cent * w) / som);
  const deel = ruw.map((x) => Math.floor(x));
  let rest = cent - deel.reduce((a, b) => a + b, 0);
  const volgorde = ruw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % 12, rest--) deel[volgorde[k]![1]]! += 1;
  return deel;
}

/** The municipalities whose workbook splits the BUIG lasten into their parts, from this year on. */
const MET_DELEN: Record<GemeenteCode, number> = { GM1774: 2020, GM0183: 2020, GM0173: 2020 };

/** The Rijk's version of a BUIG budget in the workbook: definitief, except Tubbergen's 2024, which is still the nader voorlopig one. */
function buigVersie(gemeente: GemeenteCode, jaar: number, bron: string): string {
  if (bron === MEICIRCULAIRE) return '';
  return gemeente === 'GM0183' && jaar === 2024 ? 'nader voorlopig' : 'definitief';
}

/** Splits BUIG lasten (cents) into uitkeringen, loonkostensubsidie and baten (terugvordering, verhaal) that add up exactly. */
function buigDelen(gemeente: GemeenteCode, jaar: number, cent: number): BudgetRij['delen'] {
  const vanaf = MET_DELEN[gemeente];
  if (vanaf === undefined || jaar < vanaf) return null;
  // A stream of its own, so the other demo figures do not move.
  const rng = Rng.voor(`buig-delen:${gemeente}:${jaar}`);
  const loonkostensubsidieCent = Math.round(cent * (0.02 + rng.float() * 0.02));
  const batenCent = Math.round(cent * (0.015 + rng.float() * 0.015));
  return { uitkeringenCent: cent - loonkostensubsidieCent + batenCent, loonkostensubsidieCent, batenCent };
}

function jarenVan(g: GemeenteDef): number[] {
  const uit: number[] = [];
  for (let j = delen(g.dekkingVan).jaar; j <= delen(g.dekkingTot).jaar; j++) uit.push(j);
  return uit;
}

const gemiddeld = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function budgetten(uitkeringen: readonly Uitkering[]): BudgetRij[] {
  const v = voorraden(uitkeringen);
  const dinkelland = v.get('GM1774')!;
  const stockD2020 = gemiddeld(stockInJaar(dinkelland, 2020));
  const uitvoeringPerUitkering = DINKELLAND_UITVOERING / stockD2020;
  const kinderopvangPerUitkering = DINKELLAND_KINDEROPVANG / stockD2020;
  const participatiePerInwoner = (jaar: number): number => {
    if (jaar >= 2020) return DINKELLAND_PARTICIPATIE[jaar]! / inwonersOp1Januari('GM1774', jaar)!;
    const p2020 = participatiePerInwoner(2020);
    if (jaar >= 2015) return p2020 * [1.18, 1.14, 1.1, 1.06, 1.03][jaar - 2015]!;
    return p2020 * 1.18 * [0.62, 0.56, 0.52, 0.5][jaar - 2011]!;
  };

  const rijen: BudgetRij[] = [];
  const vorigeReintegratie = new Map<GemeenteCode, number>();

  for (const g of GEMEENTEN) {
    const rng = Rng.voor(`budget:${g.code}`);
    const stock = v.get(g.code)!;
    const isD = g.code === 'GM1774';
    const jaren = jarenVan(g);
    // the municipality's benefit cost level; Dinkelland's follows from its 2020 BUIG budget
    let kostenFactor = 0.94 + rng.float() * 0.12;
    if (isD) {
      // over 2020..2024 the realisation as a whole meets the budget of the meicirculaire
      let begroot = 0;
      let bruto = 0;
      for (const jaar of Object.keys(DINKELLAND_BUIG).map(Number)) {
        begroot += DINKELLAND_BUIG[jaar]!;
        bruto += stockInJaar(stock, jaar).reduce((a, x, m) => a + x * kostenPerMaand(jaar) * BUIG_SEIZOEN[m]!, 0);
      }
      kostenFactor = begroot / bruto;
    }
    const fParticipatie = isD ? 1 : 0.85 + rng.float() * 0.45;
    const fUitvoering = isD ? 1 : 0.85 + rng.float() * 0.3;
    const fReintegratie = 0.8 + rng.float() * 0.4;
    const fKinderopvang = isD ? 1 : 0.7 + rng.float() * 0.6;

    const verdeelJaar = (cent: number) => verdeel(cent, SEIZOEN.map((w) => w * Math.max(0.7, 1 + 0.08 * rng.normaal())));
    const rij = (jaar: number, soort: Soort, begroot: number, bron: string, ratio: [number, number] | null): BudgetRij => {
      if (ratio === null) return { gemeente: g.code, jaar, soort, begroot, gerealiseerdCent: null, bron, maanden: null, versie: '', delen: null };
      const cent = Math.round(begroot * (ratio[0] + rng.float() * (ratio[1] - ratio[0])) * 100);
      const maanden = verdeelJaar(cent);
      return { gemeente: g.code, jaar, soort, begroot, gerealiseerdCent: cent, bron, maanden, versie: '', delen: null };
    };

    for (const jaar of jaren) {
      const s = stockInJaar(stock, jaar);
      const gem = gemiddeld(s);
      const inw = inwonersOp1Januari(g.code, jaar)!;

      // BUIG: realised = running benefits × monthly cost; the budget tracks the caseload
      const maanden = s.map((x, m) => Math.round(x * kostenPerMaand(jaar) * kostenFactor * BUIG_SEIZOEN[m]! * (1 + 0.004 * rng.normaal()) * 100));
      const cent = maanden.reduce((a, b) => a + b, 0);
      const afwijking = Math.max(-0.06, Math.min(0.06, 0.03 * rng.normaal()));
      const buig = isD && DINKELLAND_BUIG[jaar] !== undefined ? DINKELLAND_BUIG[jaar]! : Math.round((cent / 100) * (1 + afwijking));
      const buigBron = isD && jaar >= 2020 ? MEICIRCULAIRE : DEMO;
      rijen.push({ gemeente: g.code, jaar, soort: 'BUIG', begroot: buig, gerealiseerdCent: cent, bron: buigBron, maanden, versie: buigVersie(g.code, jaar, buigBron), delen: buigDelen(g.code, jaar, cent) });

      const participatie =
        isD && DINKELLAND_PARTICIPATIE[jaar] !== undefined
          ? DINKELLAND_PARTICIPATIE[jaar]!
          : Math.round(inw * participatiePerInwoner(jaar) * fParticipatie * (1 + 0.02 * rng.normaal()));
      const participatieRij = rij(jaar, 'Participatiebudget', participatie, isD && jaar >= 2020 ? MEICIRCULAIRE : DEMO, [0.85, 1.05]);
      // Before 2015 the Rijk's re-integration money was the participatiebudget (Wpb), which the
      // re-integratie row of those years already holds (bron 003): no second row for the same money.
      // (The row is still drawn, so every later figure stays the same.)
      if (jaar >= 2015) rijen.push(participatieRij);

      let uitvoering =
        isD && jaar >= 2020
          ? DINKELLAND_UITVOERING
          : Math.round(gem * uitvoeringPerUitkering * Math.pow(1.02, jaar - 2020) * fUitvoering * (1 + 0.03 * rng.normaal()));
      // Tubbergen's share of the same execution cost on the Noaberkracht key (bron 002: Dinkelland
      // 56%, Tubbergen 43%): derived from Dinkelland's 567.357, not printed (issue 11).
      const tubbergenAfgeleid = g.code === 'GM0183' && jaar >= 2020;
      if (tubbergenAfgeleid) uitvoering = TUBBERGEN_UITVOERING;
      rijen.push(rij(jaar, 'Uitvoeringskosten', uitvoering, isD && jaar >= 2020 ? BRON_002 : tubbergenAfgeleid ? BRON_002_AFGELEID : DEMO, [0.95, 1.04]));

      const bron003 = BRON_003_REINTEGRATIE[g.code];
      let reintegratie: number;
      let bron = DEMO;
      if (isD && jaar >= 2020) {
        reintegratie = DINKELLAND_REINTEGRATIE;
        bron = BRON_002;
      } else if (isD) {
        reintegratie = Math.round(DINKELLAND_REINTEGRATIE * (1 + 0.03 * (2020 - jaar)) * (1 + 0.03 * rng.normaal()));
      } else if (bron003 && jaar <= 2015) {
        reintegratie = bron003[jaar - 2011]!;
        bron = BRON_003;
      } else if (g.systeem !== 'alkmaar') {
        reintegratie = Math.round(inw * (DINKELLAND_REINTEGRATIE / inwonersOp1Januari('GM1774', 2020)!) * fReintegratie * (1 + 0.04 * rng.normaal()));
      } else if (jaar <= 2015) {
        // Uitgeest: per inhabitant as its BUCH neighbours in bron 003
        const buren: GemeenteCode[] = ['GM0373', 'GM0383', 'GM0399'];
        const perInw = gemiddeld(buren.map((b) => BRON_003_REINTEGRATIE[b]![jaar - 2011]! / inwonersOp1Januari(b, jaar)!));
        reintegratie = Math.round(inw * perInw * (1 + 0.05 * rng.normaal()));
      } else {
        let vorig = vorigeReintegratie.get(g.code);
        if (jaar === jaren[0]) {
          vorig = (g.ontstaan?.voorgangers ?? []).reduce((a, c) => a + vorigeReintegratie.get(c)!, 0);
        } else if (g.code === 'GM0361' && jaar === 2016) {
          vorig = vorig! + BRON_003_REINTEGRATIE.GM0458![4]! + BRON_003_REINTEGRATIE.GM0365![4]!;
        }
        reintegratie = Math.round(vorig! * (0.97 + rng.float() * 0.08));
      }
      vorigeReintegratie.set(g.code, reintegratie);
      rijen.push(rij(jaar, 'Re-integratie trajecten', reintegratie, bron, bron === BRON_003 ? null : [0.85, 1.05]));

      const kinderopvang =
        isD && jaar >= 2020
          ? DINKELLAND_KINDEROPVANG
          : Math.round(gem * kinderopvangPerUitkering * Math.pow(1.02, jaar - 2020) * fKinderopvang * (1 + 0.05 * rng.normaal()));
      rijen.push(rij(jaar, 'Kinderopvang', kinderopvang, isD && jaar >= 2020 ? BRON_002 : DEMO, [0.7, 1.1]));
    }
    // Schermer and Graft-De Rijp: bron 003 also prints 2015, when they were part of Alkmaar
    if (g.opgeheven && BRON_003_REINTEGRATIE[g.code] && jaren[jaren.length - 1] === 2014) {
      rijen.push(rij(2015, 'Re-integratie trajecten', BRON_003_REINTEGRATIE[g.code]![4]!, BRON_003, null));
    }
  }
  return rijen.sort((a, b) => (a.gemeente < b.gemeente ? -1 : a.gemeente > b.gemeente ? 1 : a.jaar - b.jaar || SOORTEN.indexOf(a.soort) - SOORTEN.indexOf(b.soort)));
}
