import { REGELINGEN, type GemeenteCode, type Regeling } from '@pw/model';
import { ANKERS, GEBIEDEN, gebiedInwoners, type GebiedDef } from './config.ts';
import { dag, delen, maandIndex, type Dag } from './dag.ts';
import { Rng } from './rng.ts';

/**
 * The national trend of the bijstand caseload, shared by every municipality: a knot per date,
 * linear in between. Rising from 2011 to 2017 by about 25%, falling to 2019, a small COVID rise in
 * 2020, falling in 2021-2022 and rising slightly in 2023-2024.
 */
const KNOPEN: ReadonlyArray<readonly [Dag, number]> = [
  [dag(2000, 1, 1), 0.95],
  [dag(2004, 1, 1), 0.93],
  [dag(2008, 6, 1), 0.86],
  [dag(2010, 1, 1), 0.93],
  [dag(2011, 1, 1), 1.0],
  [dag(2012, 1, 1), 1.05],
  [dag(2013, 1, 1), 1.11],
  [dag(2014, 1, 1), 1.17],
  [dag(2015, 1, 1), 1.21],
  [dag(2016, 1, 1), 1.24],
  [dag(2017, 1, 1), 1.255],
  [dag(2017, 7, 1), 1.25],
  [dag(2018, 1, 1), 1.22],
  [dag(2019, 1, 1), 1.165],
  [dag(2019, 12, 1), 1.12],
  [dag(2020, 3, 1), 1.11],
  [dag(2020, 9, 1), 1.16],
  [dag(2021, 1, 1), 1.155],
  [dag(2022, 1, 1), 1.075],
  [dag(2022, 12, 1), 1.025],
  [dag(2024, 1, 1), 1.04],
  [dag(2025, 6, 1), 1.06],
];

function trend(d: Dag): number {
  if (d <= KNOPEN[0]![0]) return KNOPEN[0]![1];
  for (let i = 1; i < KNOPEN.length; i++) {
    const [d1, v1] = KNOPEN[i]!;
    if (d <= d1) {
      const [d0, v0] = KNOPEN[i - 1]!;
      return v0 + ((v1 - v0) * (d - d0)) / (d1 - d0);
    }
  }
  return KNOPEN[KNOPEN.length - 1]![1];
}

/** Inhabitants on a day, linear between the 1 January figures. */
export function inwonersOp(gebied: GemeenteCode, d: Dag): number {
  const { jaar } = delen(d);
  const a = gebiedInwoners(gebied, jaar);
  const b = gebiedInwoners(gebied, jaar + 1);
  const t = (d - dag(jaar, 1, 1)) / (dag(jaar + 1, 1, 1) - dag(jaar, 1, 1));
  return a + (b - a) * t;
}

/** The first and last peildatum of every series (the simulations run from warm-up to 1-1-2025). */
const REEKS_VAN = dag(2000, 1, 1);
export const REEKS_TOT = dag(2025, 1, 1);
const REEKS_LENGTE = maandIndex(REEKS_TOT) - maandIndex(REEKS_VAN) + 1;
export const peildatumVan = (i: number): Dag => dag(2000 + Math.floor(i / 12), (i % 12) + 1, 1);
export const indexVan = (d: Dag): number => maandIndex(d) - maandIndex(REEKS_VAN);

/** AR(1) noise on a log scale, one value per month. */
function ruis(rng: Rng, rho: number, sigma: number): number[] {
  const uit: number[] = [];
  let z = (rng.normaal() * sigma) / Math.sqrt(1 - rho * rho);
  for (let i = 0; i < REEKS_LENGTE; i++) {
    uit.push(z);
    z = rho * z + sigma * rng.normaal();
  }
  return uit;
}

/** Float series of an area: expected stock per regeling, and the share 'kort' / without afstand of Pw. */
export interface GebiedReeks {
  gebied: GebiedDef;
  perRegeling: Record<Regeling, number[]>;
  kort: number[];
  zonderAfstand: number[];
}

function gebiedReeks(g: GebiedDef): GebiedReeks {
  const rng = Rng.voor(`reeks:${g.code}`);
  const gemeen = ruis(rng, 0.96, 0.009);
  const som = REGELINGEN.reduce((s, r) => s + g.aandelen[r], 0);
  const basis: number[] = [];
  for (let i = 0; i < REEKS_LENGTE; i++) {
    const d = peildatumVan(i);
    basis.push((inwonersOp(g.code, d) / 1000) * trend(d) * Math.exp(gemeen[i]!));
  }
  // the density is defined at the December 2019 level of the trend
  const niveau = g.dichtheid / trend(dag(2019, 12, 1));
  const perRegeling = {} as Record<Regeling, number[]>;
  for (const r of REGELINGEN) {
    const eigen = ruis(rng, 0.9, r === 'Pw' ? 0.004 : 0.02);
    let reeks = basis.map((b, i) => b * niveau * (g.aandelen[r] / som) * Math.exp(eigen[i]!));
    const anker = ANKERS.find((a) => a.gebied === g.code && a.regeling === r);
    if (anker) {
      const i = indexVan(anker.peildatum);
      const factor = anker.aantal / reeks[i]!;
      reeks = reeks.map((v) => v * factor);
      reeks[i] = anker.aantal;
    } else if (r !== 'Pw') {
      // regelingen without an anchor follow the Pw anchor of the area, if there is one
      const pwAnker = ANKERS.find((a) => a.gebied === g.code && a.regeling === 'Pw');
      if (pwAnker) {
        const i = indexVan(pwAnker.peildatum);
        const pw = basis[i]! * niveau * (g.aandelen.Pw / som);
        const factor = pwAnker.aantal / pw;
        reeks = reeks.map((v) => v * factor);
      }
    }
    perRegeling[r] = reeks;
  }
  const kortRuis = ruis(rng, 0.93, 0.012);
  let kort = kortRuis.map((z) => g.kort * Math.exp(z));
  const kortAnker = ANKERS.find((a) => a.gebied === g.code && a.kort !== undefined);
  if (kortAnker) {
    const i = indexVan(kortAnker.peildatum);
    const factor = g.kort / kort[i]!;
    kort = kort.map((v) => v * factor);
  }
  const zonderAfstand = kortRuis.map(() => g.zonderAfstand);
  return { gebied: g, perRegeling, kort, zonderAfstand };
}

let cache: Map<GemeenteCode, GebiedReeks> | undefined;
export function alleGebiedReeksen(): Map<GemeenteCode, GebiedReeks> {
  if (!cache) cache = new Map(GEBIEDEN.map((g) => [g.code, gebiedReeks(g)]));
  return cache;
}
