import type { GemeenteCode, Regeling } from '@pw/model';
import { ANKERS, EXTRACT_DATUM, GEMEENTEN, gemeenteDef, type GemeenteDef } from './config.ts';
import { dag, type Dag } from './dag.ts';
import { achternaam, aowDatum, geborenOp, Identiteiten, type Persoon } from './personen.ts';
import { alleGebiedReeksen, indexVan, peildatumVan, REEKS_TOT } from './reeksen.ts';
import { Rng } from './rng.ts';
import { simuleerVoorraad, type Periode } from './voorraad.ts';

type Afstand = '' | 'kort' | 'lang';
export type Lwg = '' | '1' | '2' | '3' | '4';

export interface Uitkering extends Periode {
  persoon: Persoon;
  gemeente: GemeenteCode;
  regeling: Regeling;
  afstand: Afstand;
  loonwaardegroep: Lwg;
  /** Percentage of minimum wage behind the group, as Oldenzaal writes it (groups 1–3). */
  loonwaardeProcent: number;
  beschut: boolean;
  /** The period under the dissolved municipality that this one continues (herindeling). */
  vervolgVan?: Uitkering;
  vervolg?: Uitkering;
}

/** Cells of the simulation: Pw split by afstand, then the other regelingen. */
const CELLEN: ReadonlyArray<{ regeling: Regeling; afstand: Afstand }> = [
  { regeling: 'Pw', afstand: 'kort' },
  { regeling: 'Pw', afstand: 'lang' },
  { regeling: 'Pw', afstand: '' },
  { regeling: 'IOAW', afstand: '' },
  { regeling: 'IOAZ', afstand: '' },
  { regeling: 'Bbz', afstand: '' },
];

const HERINDELING = 'Herindeling';
const PENSIOEN = 'Pensioen/AOW';

const REDENEN: Record<Regeling, ReadonlyArray<readonly [string, number]>> = {
  Pw: [['Werk', 42], ['Inkomen partner', 10], ['Verhuizing', 12], ['Overlijden', 3], ['Overig', 33]],
  IOAW: [['Werk', 35], ['Overlijden', 25], ['Verhuizing', 15], ['Overig', 25]],
  IOAZ: [['Werk', 35], ['Overlijden', 25], ['Verhuizing', 15], ['Overig', 25]],
  Bbz: [['Werk', 55], ['Overig', 35], ['Verhuizing', 7], ['Overlijden', 3]],
};
/** After these a person may come back (a new period of the same regeling). */
const TERUGKEER = new Set(['Werk', 'Inkomen partner', 'Overig']);

const LWG: Record<Afstand, ReadonlyArray<readonly [Lwg, number]>> = {
  kort: [['1', 75], ['2', 20], ['3', 3], ['4', 2]],
  lang: [['1', 12], ['2', 43], ['3', 14], ['4', 31]],
  '': [['1', 34], ['2', 35], ['3', 10], ['4', 21]],
};
const DGR_KANS: Record<Lwg, number> = { '1': 0.03, '2': 0.11, '3': 0.22, '4': 0.04, '': 0.07 };

const MAAND = 30.44;

/** Start of each municipality's simulation (warm-up, so that the extract holds old periods too). */
function simulatieVan(g: GemeenteDef): Dag {
  if (g.ontstaan) return g.ontstaan.datum;
  return g.systeem === 'alkmaar' ? dag(2001, 1, 1) : dag(2005, 1, 1);
}

/** Integer targets per cell on every peildatum of a municipality (sum of its areas). */
function doelen(g: GemeenteDef, peildata: Dag[]): number[][] {
  const reeksen = alleGebiedReeksen();
  const uit: number[][] = CELLEN.map(() => []);
  for (const p of peildata) {
    const i = indexVan(p);
    const som: Record<Regeling, number> = { Pw: 0, IOAW: 0, IOAZ: 0, Bbz: 0 };
    let kortGewogen = 0;
    let zonderGewogen = 0;
    for (const { gebied, vanaf } of g.gebieden) {
      if (vanaf > p) continue;
      const r = reeksen.get(gebied)!;
      for (const reg of Object.keys(som) as Regeling[]) som[reg] += r.perRegeling[reg][i]!;
      kortGewogen += r.perRegeling.Pw[i]! * r.kort[i]!;
      zonderGewogen += r.perRegeling.Pw[i]! * r.zonderAfstand[i]!;
    }
    const pw = Math.round(som.Pw);
    const zonder = Math.round(pw * (zonderGewogen / som.Pw));
    let kort = Math.round((pw - zonder) * (kortGewogen / som.Pw));
    const anker = ANKERS.find((a) => a.gebied === g.code && a.peildatum === p && a.regeling === 'Pw');
    if (anker && anker.aantal !== pw) throw new Error(`anker ${g.code} niet gehaald`);
    if (anker?.kort !== undefined) kort = anker.kort;
    uit[0]!.push(kort);
    uit[1]!.push(pw - zonder - kort);
    uit[2]!.push(zonder);
    uit[3]!.push(Math.round(som.IOAW));
    uit[4]!.push(Math.round(som.IOAZ));
    uit[5]!.push(Math.round(som.Bbz));
  }
  return uit;
}

interface PoolLid {
  persoon: Persoon;
  vanaf: Dag;
}

export interface Uitkeringen {
  /** Every period of every municipality, including warm-up ones that the extracts leave out. */
  alle: Uitkering[];
  /** The periods an extract holds: active on or after its coverage start, none ending after 31-12-2024. */
  inExtract: Uitkering[];
}

/** Simulates the benefits of every municipality, mergers included. */
export function simuleerUitkeringen(idTwente: Identiteiten, idAlkmaar: Identiteiten): Uitkeringen {
  const pools = new Map<GemeenteCode, Map<Regeling, PoolLid[]>>();
  const overnames = new Map<GemeenteCode, Array<{ datum: Dag; perCel: Uitkering[][] }>>();
  const alle: Uitkering[] = [];

  for (const g of GEMEENTEN) {
    const rng = Rng.voor(`uitkeringen:${g.code}`);
    const ids = g.systeem === 'alkmaar' ? idAlkmaar : idTwente;
    const pool = pools.get(g.code) ?? new Map<Regeling, PoolLid[]>();
    pools.set(g.code, pool);
    const eindeSim = g.opgeheven ? g.opgeheven.datum : REEKS_TOT;
    const peildata: Dag[] = [];
    for (let i = indexVan(simulatieVan(g)); peildatumVan(i) <= eindeSim; i++) peildata.push(peildatumVan(i));
    const doel = doelen(g, peildata);

    const nieuwePersoon = (regeling: Regeling, start: Dag, minEind: Dag): Persoon => {
      for (let poging = 0; ; poging++) {
        let leeftijd: number;
        if (regeling === 'Pw') {
          const [van, tot] = rng.gewogen<readonly [number, number]>([
            [[18, 27], 13],
            [[27, 45], 37],
            [[45, 55], 27],
            [[55, 63], 18],
            [[63, 66.5], 5],
          ]);
          leeftijd = van + rng.float() * (tot - van);
        } else if (regeling === 'Bbz') leeftijd = 25 + rng.float() * 35;
        else leeftijd = 60 + rng.float() * 5;
        if (poging > 20) leeftijd = 40;
        const geboren = geborenOp(rng, start, leeftijd);
        if (aowDatum(geboren) - 1 < minEind + 31) continue;
        return {
          id: g.systeem === 'alkmaar' ? ids.klantnummer() : ids.bsn(),
          geboren,
          achternaam: achternaam(rng),
          dgr: null,
          thuis: g.code,
        };
      }
    };

    const uitPool = (regeling: Regeling, start: Dag, minEind: Dag): Persoon | undefined => {
      const lijst = pool.get(regeling);
      if (!lijst || lijst.length === 0) return undefined;
      for (let poging = 0; poging < 6; poging++) {
        const k = rng.int(0, lijst.length - 1);
        const lid = lijst[k]!;
        if (lid.vanaf > start) continue;
        if (start - lid.persoon.geboren < 18 * 365.25) continue;
        if (aowDatum(lid.persoon.geboren) - 1 < minEind + 31) {
          continue;
        }
        lijst[k] = lijst[lijst.length - 1]!;
        lijst.pop();
        return lid.persoon;
      }
      return undefined;
    };

    const duur = (regeling: Regeling, afstand: Afstand): number => {
      let maanden: number;
      if (regeling === 'Pw') {
        const gemiddelde =
          afstand === 'kort'
            ? rng.gewogen([[6, 40], [24, 40], [72, 20]])
            : afstand === 'lang'
              ? rng.gewogen([[10, 15], [36, 30], [140, 55]])
              : rng.gewogen([[8, 30], [30, 35], [110, 35]]);
        maanden = rng.exponentieel(gemiddelde);
      } else if (regeling === 'Bbz') maanden = rng.exponentieel(rng.gewogen([[10, 60], [30, 40]]));
      else maanden = rng.kans(0.8) ? 1000 : rng.exponentieel(36);
      return Math.round(maanden * MAAND);
    };

    const maak = (cel: number, start: Dag, minEind: Dag, persoon: Persoon): Uitkering => {
      const { regeling, afstand } = CELLEN[cel]!;
      let loonwaardegroep: Lwg = '';
      let loonwaardeProcent = 0;
      if (regeling === 'Pw') {
        loonwaardegroep = rng.gewogen(LWG[afstand]);
        if (persoon.dgr === null) persoon.dgr = rng.kans(DGR_KANS[loonwaardegroep]);
        if (rng.kans(0.1)) loonwaardegroep = '';
        loonwaardeProcent =
          loonwaardegroep === '1' ? rng.int(81, 100) : loonwaardegroep === '2' ? rng.int(4, 16) * 5 : loonwaardegroep === '3' ? rng.int(1, 3) * 5 : 0;
      }
      const aow = aowDatum(persoon.geboren) - 1;
      let gepland = Math.max(start + duur(regeling, afstand), minEind);
      let reden = rng.gewogen(REDENEN[regeling]);
      if (gepland >= aow) {
        gepland = aow;
        reden = PENSIOEN;
      }
      return {
        cel,
        start,
        gepland,
        geplandeReden: reden,
        eind: null,
        reden: '',
        pos: -1,
        persoon,
        gemeente: g.code,
        regeling,
        afstand,
        loonwaardegroep,
        loonwaardeProcent,
        beschut: false,
      };
    };

    const nieuw = (cel: number, start: Dag, minEind: Dag): Uitkering => {
      const { regeling } = CELLEN[cel]!;
      const terug = regeling === 'Pw' || regeling === 'Bbz' ? (rng.kans(0.22) ? uitPool(regeling, start, minEind) : undefined) : undefined;
      return maak(cel, start, minEind, terug ?? nieuwePersoon(regeling, start, minEind));
    };

    // the stock on the first peildatum: taken over at a merger, or a warm-up stock of earlier starts
    let initieel: Uitkering[][];
    const overname = new Map<number, Uitkering[][]>();
    for (const o of overnames.get(g.code) ?? []) {
      if (o.datum === peildata[0]) continue;
      const i = peildata.indexOf(o.datum) - 1;
      const bestaand = overname.get(i) ?? CELLEN.map(() => []);
      o.perCel.forEach((lijst, c) => bestaand[c]!.push(...lijst));
      overname.set(i, bestaand);
    }
    if (g.ontstaan) {
      initieel = CELLEN.map(() => []);
      for (const o of overnames.get(g.code) ?? []) {
        if (o.datum === peildata[0]) o.perCel.forEach((lijst, c) => initieel[c]!.push(...lijst));
      }
      initieel.forEach((lijst, c) => (doel[c]![0] = lijst.length));
    } else {
      const p0 = peildata[0]!;
      initieel = CELLEN.map((cel, c) =>
        Array.from({ length: doel[c]![0]! }, () => {
          // the person's age is drawn on p0; the benefit started at most 6 years earlier, not
          // before the minimum age of the regeling
          const persoon = nieuwePersoon(cel.regeling, p0, p0);
          const minimum = cel.regeling === 'Pw' ? 18 : cel.regeling === 'Bbz' ? 25 : 60;
          const ruimte = Math.floor(p0 - persoon.geboren - minimum * 365.25);
          const start = p0 - rng.int(0, Math.max(0, Math.min(6 * 365, ruimte)));
          const u = maak(c, start, start, persoon);
          if (u.gepland < p0) {
            const rest = p0 + duur(cel.regeling, cel.afstand);
            const aow = aowDatum(persoon.geboren) - 1;
            u.gepland = Math.min(rest, aow);
            if (u.gepland === aow) u.geplandeReden = PENSIOEN;
          }
          return u;
        }),
      );
    }

    const { alle: eigen, lopend } = simuleerVoorraad<Uitkering>({
      peildata,
      doel,
      initieel,
      overname,
      ...(g.opgeheven ? { laatsteStart: g.opgeheven.datum - 1 } : {}),
      nieuw,
      geforceerdeReden: (p) => {
        const r = rng.gewogen(REDENEN[p.regeling]);
        return r;
      },
      beeindigd: (p) => {
        if (!TERUGKEER.has(p.reden)) return;
        const lijst = pool.get(p.regeling) ?? [];
        pool.set(p.regeling, lijst);
        lijst.push({ persoon: p.persoon, vanaf: p.eind! + 61 });
      },
      rng,
    });
    alle.push(...eigen);

    // a dissolved municipality: every running benefit continues under the successor
    if (g.opgeheven) {
      const { datum, opvolger } = g.opgeheven;
      const perCel: Uitkering[][] = CELLEN.map(() => []);
      for (const lijst of lopend) {
        for (const u of lijst) {
          const vervolg: Uitkering = { ...u, gemeente: opvolger, start: datum, eind: null, reden: '', pos: -1, vervolgVan: u };
          delete vervolg.vervolg;
          u.eind = datum - 1;
          u.reden = HERINDELING;
          u.vervolg = vervolg;
          perCel[u.cel]!.push(vervolg);
        }
      }
      const lijst = overnames.get(opvolger) ?? [];
      lijst.push({ datum, perCel });
      overnames.set(opvolger, lijst);
      // the successor also takes over the persons who may come back
      const doelPool = pools.get(opvolger) ?? new Map<Regeling, PoolLid[]>();
      // (only from the merger on: before it they lived in another municipality)
      for (const [r, leden] of pool) {
        const over = leden.map((l) => ({ persoon: l.persoon, vanaf: Math.max(l.vanaf, datum) }));
        doelPool.set(r, [...(doelPool.get(r) ?? []), ...over]);
      }
      pools.set(opvolger, doelPool);
    }
  }

  const inExtract: Uitkering[] = [];
  for (const u of alle) {
    const g = gemeenteDef(u.gemeente);
    if (u.start > EXTRACT_DATUM) continue;
    if (u.eind !== null && u.eind < g.dekkingVan) continue;
    if (u.eind !== null && u.eind > EXTRACT_DATUM) u.eind = null;
    if (u.eind === null) u.reden = '';
    inExtract.push(u);
  }
  return { alle, inExtract };
}
