import type { GemeenteCode, Register } from '@pw/model';
import type { BeschutRij } from './beschut.ts';
import { DGR_ANKER, EXTRACT_DATUM, GEMEENTEN, gemeenteDef, type GemeenteDef } from './config.ts';
import { dag, type Dag } from './dag.ts';
import type { Identiteiten, Persoon } from './personen.ts';
import { indexVan, inwonersOp, peildatumVan, REEKS_TOT } from './reeksen.ts';
import { Rng } from './rng.ts';
import type { Uitkering } from './uitkeringen.ts';
import { simuleerVoorraad, type Periode } from './voorraad.ts';

/** A person's entry in a target-group register. */
export interface Inschrijving extends Periode {
  persoon: Persoon;
  gemeente: GemeenteCode;
  register: Register;
  /** Entry made for a person with a benefit (doelgroepenregister flag or beschut werk flag). */
  metUitkering: boolean;
}

function inschrijving(persoon: Persoon, gemeente: GemeenteCode, register: Register, start: Dag, eind: Dag | null, metUitkering: boolean): Inschrijving {
  return { cel: 0, start, gepland: eind ?? EXTRACT_DATUM + 1, geplandeReden: '', eind, reden: '', pos: -1, persoon, gemeente, register, metUitkering };
}

/** Splits an entry at the herindeling of its municipality, in the shape of the source systems. */
function splitsBijHerindeling(i: Inschrijving): Inschrijving[] {
  const g = gemeenteDef(i.gemeente);
  if (!g.opgeheven) return [i];
  const { datum, opvolger } = g.opgeheven;
  if (i.start >= datum) return splitsBijHerindeling({ ...i, gemeente: opvolger });
  if (i.eind !== null && i.eind < datum) return [i];
  const oud = { ...i, eind: datum - 1 };
  const nieuw = { ...i, gemeente: opvolger, start: datum };
  return [oud, ...splitsBijHerindeling(nieuw)];
}

/** Active on a peildatum (same rule as benefits). */
function telt(p: { start: Dag; eind: Dag | null }, peildatum: Dag): boolean {
  return p.start <= peildatum && (p.eind === null || p.eind >= peildatum);
}

/**
 * Doelgroepenregister entries of persons flagged on their Pw benefits: from before the first
 * benefit until after the last one (or still open), so that they are in the register during every
 * flagged benefit.
 */
export function dgrMetUitkering(alle: readonly Uitkering[]): Inschrijving[] {
  const rng = Rng.voor('dgr:met-uitkering');
  const perPersoon = new Map<Persoon, Uitkering[]>();
  for (const u of alle) {
    if (u.regeling !== 'Pw' || !u.persoon.dgr) continue;
    const lijst = perPersoon.get(u.persoon) ?? [];
    lijst.push(u);
    perPersoon.set(u.persoon, lijst);
  }
  const uit: Inschrijving[] = [];
  for (const [persoon, lijst] of perPersoon) {
    lijst.sort((a, b) => a.start - b.start);
    // Not before the person's municipality existed (Dijk en Waard: 1-1-2022).
    const ontstaan = gemeenteDef(persoon.thuis).ontstaan?.datum ?? -Infinity;
    const start = Math.max(lijst[0]!.start - rng.int(0, 365), ontstaan);
    const laatste = lijst.reduce((a, b) => ((a.eind ?? Infinity) >= (b.eind ?? Infinity) ? a : b));
    let eind: Dag | null;
    if (laatste.eind === null) eind = null;
    else if (laatste.reden === 'Overlijden' || laatste.reden === 'Verhuizing' || laatste.reden === 'Pensioen/AOW') eind = laatste.eind;
    else if (laatste.reden === 'Werk' && rng.kans(0.15)) eind = null;
    else eind = laatste.eind + rng.int(0, 240);
    if (eind !== null && eind > EXTRACT_DATUM) eind = null;
    uit.push(...splitsBijHerindeling(inschrijving(persoon, persoon.thuis, 'doelgroepenregister', start, eind, true)));
  }
  return uit;
}

/** Growth of the register: small before the banenafspraak (2015), growing since. */
function groei(d: Dag): number {
  const knopen: Array<[Dag, number]> = [
    [dag(2008, 1, 1), 0.5],
    [dag(2011, 1, 1), 0.55],
    [dag(2015, 1, 1), 0.8],
    [dag(2019, 12, 1), 1.0],
    [dag(2025, 1, 1), 1.15],
  ];
  if (d <= knopen[0]![0]) return knopen[0]![1];
  for (let i = 1; i < knopen.length; i++) {
    const [d1, v1] = knopen[i]!;
    if (d <= d1) {
      const [d0, v0] = knopen[i - 1]!;
      return v0 + ((v1 - v0) * (d - d0)) / (d1 - d0);
    }
  }
  return knopen[knopen.length - 1]![1];
}

/**
 * Doelgroepenregister entries of persons without a benefit, simulated as a stock per municipality
 * (about 1 per 1,000 inhabitants in 2019); Dinkelland's is set so that the whole register holds
 * exactly 38 persons on 1-12-2019.
 */
export function dgrZonderUitkering(metUitkering: readonly Inschrijving[], ids: { twente: Identiteiten; alkmaar: Identiteiten }): Inschrijving[] {
  const uit: Inschrijving[] = [];
  const overnames = new Map<GemeenteCode, Inschrijving[]>();
  for (const g of GEMEENTEN) {
    const rng = Rng.voor(`dgr:zonder:${g.code}`);
    const id = g.systeem === 'alkmaar' ? ids.alkmaar : ids.twente;
    const van = g.ontstaan ? g.ontstaan.datum : g.systeem === 'alkmaar' ? dag(2008, 1, 1) : dag(2012, 1, 1);
    const tot = g.opgeheven ? g.opgeheven.datum : REEKS_TOT;
    const peildata: Dag[] = [];
    for (let i = indexVan(van); peildatumVan(i) <= tot; i++) peildata.push(peildatumVan(i));
    const dichtheid = 0.8 + rng.float() * 0.4;
    let z = rng.normaal() * 0.05;
    let reeks = peildata.map((p) => {
      z = 0.95 * z + 0.015 * rng.normaal();
      let inw = 0;
      for (const { gebied, vanaf } of g.gebieden) if (vanaf <= p) inw += inwonersOp(gebied, p);
      return (inw / 1000) * dichtheid * groei(p) * Math.exp(z);
    });
    if (g.code === DGR_ANKER.gemeente) {
      const i = peildata.indexOf(DGR_ANKER.peildatum);
      const linked = metUitkering.filter((x) => x.gemeente === g.code && telt(x, DGR_ANKER.peildatum)).length;
      const doel = DGR_ANKER.aantal - linked;
      if (doel < 0) throw new Error('te veel doelgroepenregister met uitkering in Dinkelland');
      const factor = doel / reeks[i]!;
      reeks = reeks.map((v) => v * factor);
      reeks[i] = doel;
    }
    const doel = [reeks.map((v) => Math.round(v))];
    const nieuwePersoon = (start: Dag): Persoon => ({
      id: g.systeem === 'alkmaar' ? id.klantnummer() : id.bsn(),
      geboren: start - rng.int(18 * 365, 50 * 365),
      achternaam: '',
      dgr: true,
      thuis: g.code,
    });
    const duur = () => Math.round(rng.exponentieel(rng.gewogen([[24, 30], [120, 70]])) * 30.44);
    let initieel: Inschrijving[];
    const overname = overnames.get(g.code) ?? [];
    const overnameMap = new Map<number, Inschrijving[][]>();
    if (g.ontstaan) {
      initieel = overname;
      doel[0]![0] = initieel.length;
    } else {
      const p0 = peildata[0]!;
      initieel = Array.from({ length: doel[0]![0]! }, () => {
        const start = p0 - rng.int(0, 3 * 365);
        const p = inschrijving(nieuwePersoon(start), g.code, 'doelgroepenregister', start, null, false);
        p.gepland = Math.max(p0, start + duur());
        return p;
      });
      if (overname.length > 0) overnameMap.set(peildata.indexOf(overname[0]!.start) - 1, [overname]);
    }
    const { alle, lopend } = simuleerVoorraad<Inschrijving>({
      peildata,
      doel,
      initieel: [initieel],
      overname: overnameMap,
      ...(g.opgeheven ? { laatsteStart: g.opgeheven.datum - 1 } : {}),
      nieuw: (_cel, start, minEind) => {
        const p = inschrijving(nieuwePersoon(start), g.code, 'doelgroepenregister', start, null, false);
        p.gepland = Math.max(minEind, start + duur());
        return p;
      },
      geforceerdeReden: () => '',
      rng,
    });
    uit.push(...alle);
    if (g.opgeheven) {
      const { datum, opvolger } = g.opgeheven;
      const lijst = overnames.get(opvolger) ?? [];
      for (const p of lopend[0]!) {
        p.eind = datum - 1;
        lijst.push({ ...p, gemeente: opvolger, start: datum, eind: null, pos: -1 });
      }
      overnames.set(opvolger, lijst);
    }
  }
  return uit;
}

/**
 * Beschut-werk register: per municipality the persons placed, so that the register holds exactly
 * `realisatie(Y)` persons on 1 January Y+1. A few are placed from a Pw benefit: that benefit (and
 * the person's later Pw benefits) is flagged beschut werk.
 */
export function beschutWerkRegister(
  tabel: readonly BeschutRij[],
  uitkeringen: readonly Uitkering[],
  ids: { twente: Identiteiten; alkmaar: Identiteiten },
): Inschrijving[] {
  const uit: Inschrijving[] = [];
  const overnames = new Map<GemeenteCode, Inschrijving[]>();
  const metDgr = new Set(uitkeringen.filter((u) => u.persoon.dgr).map((u) => u.persoon));
  const gekoppeld = new Set<Persoon>();
  for (const g of GEMEENTEN) {
    const rijen = tabel.filter((r) => r.gemeente === g.code).sort((a, b) => a.jaar - b.jaar);
    if (rijen.length === 0) continue;
    const rng = Rng.voor(`beschut:${g.code}`);
    const id = g.systeem === 'alkmaar' ? ids.alkmaar : ids.twente;
    const actief: Inschrijving[] = [...(overnames.get(g.code) ?? [])];
    const pwVan = uitkeringen.filter((u) => u.gemeente === g.code && u.regeling === 'Pw' && !u.vervolgVan);
    for (const rij of rijen) {
      const jaarBegin = dag(rij.jaar, 1, 1);
      const jaarEind = dag(rij.jaar, 12, 31);
      // some leave during the year (never those placed from a benefit)
      for (let k = actief.length - 1; k >= 0; k--) {
        const p = actief[k]!;
        if (p.metUitkering || !rng.kans(0.05)) continue;
        p.eind = rng.int(Math.max(jaarBegin, p.start + 30), jaarEind);
        actief.splice(k, 1);
      }
      const doel = rij.realisatie ?? actief.length + rng.int(0, Math.max(0, rij.taakstelling - actief.length));
      while (actief.length > doel) {
        const vrij = actief.filter((p) => !p.metUitkering);
        if (vrij.length === 0) throw new Error(`beschut werk ${g.code} ${rij.jaar}: doel niet haalbaar`);
        const p = rng.kies(vrij);
        const k = actief.indexOf(p);
        p.eind = rng.int(Math.max(jaarBegin, p.start + 30), jaarEind);
        actief.splice(k, 1);
      }
      while (actief.length < doel) {
        let nieuw: Inschrijving | undefined;
        if (g.code !== 'GM1774' && rng.kans(0.15)) {
          const kandidaten = pwVan.filter(
            (u) => u.start >= jaarBegin && u.start <= jaarEind && !metDgr.has(u.persoon) && !gekoppeld.has(u.persoon) && u.loonwaardegroep !== '1',
          );
          if (kandidaten.length > 0) {
            const u = rng.kies(kandidaten);
            gekoppeld.add(u.persoon);
            for (const v of uitkeringen) {
              if (v.persoon === u.persoon && v.regeling === 'Pw' && v.start >= u.start) v.beschut = true;
            }
            nieuw = inschrijving(u.persoon, g.code, 'beschut_werk', u.start, null, true);
          }
        }
        if (!nieuw) {
          const start = rng.int(rij.jaar === 2017 ? dag(2017, 3, 1) : jaarBegin, jaarEind);
          const persoon: Persoon = {
            id: g.systeem === 'alkmaar' ? id.klantnummer() : id.bsn(),
            geboren: start - rng.int(18 * 365, 45 * 365),
            achternaam: '',
            dgr: null,
            thuis: g.code,
          };
          nieuw = inschrijving(persoon, g.code, 'beschut_werk', start, null, false);
        }
        actief.push(nieuw);
        uit.push(nieuw);
      }
    }
    if (g.opgeheven) {
      const { datum, opvolger } = g.opgeheven;
      const lijst = overnames.get(opvolger) ?? [];
      for (const p of actief) {
        p.eind = datum - 1;
        const vervolg = { ...p, gemeente: opvolger, start: datum, eind: null };
        lijst.push(vervolg);
        uit.push(vervolg);
      }
      overnames.set(opvolger, lijst);
    }
  }
  return uit;
}

/** The day both registers started, with the Participatiewet (the doelgroepenregister and beschut werk). */
export const START_REGISTERS: Dag = dag(2015, 1, 1);

/**
 * No entry before the registers existed: one that began earlier starts on 1-1-2015 (the register
 * was filled on its first day), one that ended earlier is no entry at all. The simulation runs from
 * 2008 so that the stock on 1-1-2015 has a realistic history of durations.
 */
export function vanafStartRegisters(i: Inschrijving): Inschrijving | null {
  if (i.eind !== null && i.eind < START_REGISTERS) return null;
  return i.start < START_REGISTERS ? { ...i, start: START_REGISTERS } : i;
}

/** The doelgroepen extracts hold entries active on or after the coverage start of their municipality. */
export function inDekking(i: Inschrijving): boolean {
  const g: GemeenteDef = gemeenteDef(i.gemeente);
  return i.start <= EXTRACT_DATUM && (i.eind === null || i.eind >= g.dekkingVan);
}
