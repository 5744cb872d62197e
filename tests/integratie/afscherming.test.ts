import { beforeAll, describe, expect, it } from 'vitest';
import { AANTAL_INDICATOREN, OPTELLINGEN } from '@pw/afscherming';
import { laadPakket } from '@pw/datapackage';
import { leesPakketMap } from '@pw/datapackage/node';
import { openNodeEngine } from '@pw/engine/node';
import { alleGebieden, figuren, INDICATOREN, type Figuur, type Indeling } from '@pw/metrics';
import { HERINDELINGEN, huidigeGemeente, huidigeLeden, plusMaanden, SAMENWERKINGEN, TAKEN, type Taak } from '@pw/model';
import { npmRun } from './cli.ts';

// Acceptance (issue 10): with --kleine-aantallen afschermen, no masked cell in the figures output
// can be recomputed from the other cells — not as a total minus the rest of its breakdown, not
// by stock = previous stock + instroom − uitstroom, not as a cooperation minus its members (or
// minus a cooperation inside it), not as a successor minus its predecessors — also when the
// outputs of several selections (both indelingen, municipalities and cooperations, a single
// municipality over one year) are put together. The attacker here is written apart from
// @pw/afscherming: relations from the domain, checked against the true figures.

const PAKKET = 'data/demo-package';
type Uit = Omit<Figuur, 'waarde'> & { waarde: number | string };
const sleutel = (indeling: Indeling, f: Pick<Figuur, 'indicator' | 'gemeente_code' | 'periode' | 'dimensie' | 'categorie'>) =>
  `${indeling}|${f.indicator}|${f.gemeente_code}|${f.periode}|${f.dimensie}|${f.categorie}`;

/** What was published, over all outputs: a number or a marker per cell. */
const gepubliceerd = new Map<string, number | string>();
/** The true figures of the same cells. */
const waar = new Map<string, number>();
const uitvoer: Array<{ indeling: Indeling; args: string[]; rijen: Uit[] }> = [];

function draai(indeling: Indeling, args: string[]): void {
  const r = npmRun('figures', [PAKKET, '--format', 'json', '--kleine-aantallen', 'afschermen', '--indeling', indeling, ...args]);
  expect(r.code, r.stderr).toBe(0);
  // CBS reference figures (cbs.…, issue 12) are published by CBS, rounded to tens, and not masked again: not part of this check.
  uitvoer.push({ indeling, args, rijen: (JSON.parse(r.stdout) as Uit[]).filter((x) => !x.indicator.startsWith('cbs.')) });
}

beforeAll(async () => {
  const pakket = await leesPakketMap(PAKKET);
  const gemeenten = pakket.manifest.gemeenten;
  const samenwerkingen = SAMENWERKINGEN.map((s) => s.id).join(',');
  for (const indeling of ['historisch', 'huidig'] as const) draai(indeling, ['--gemeente', gemeenten.join(','), '--samenwerking', samenwerkingen]);
  draai('huidig', ['--gemeente', 'GM1774', '--van', '2019-01-01', '--tot', '2019-12-31']);
  draai('historisch', ['--samenwerking', 'noaberkracht', '--indicator', 'instroom,uitstroom']);
  for (const u of uitvoer)
    for (const r of u.rijen) {
      const k = sleutel(u.indeling, r);
      // The same cell in two outputs is published the same way.
      if (gepubliceerd.has(k)) expect(gepubliceerd.get(k), k).toBe(r.waarde);
      gepubliceerd.set(k, r.waarde);
    }
  const engine = await openNodeEngine();
  await laadPakket(engine, pakket);
  for (const indeling of ['historisch', 'huidig'] as const)
    for (const f of await figuren(engine, { gebieden: alleGebieden(gemeenten, indeling), indeling })) waar.set(sleutel(indeling, f), f.waarde);
  await engine.close();
}, 900_000);

/** A relation: Σ coefficient × cell = 0, over cells of both indelingen (a cell absent from the output is zero). */
type Relatie = { soort: string; termen: Array<[string, number]> };

function relaties(): Relatie[] {
  const uit: Relatie[] = [];
  const cellen = [...waar.keys()].map((k) => k.split('|') as [Indeling, string, string, string, string, string]);
  const aantal = cellen.filter(([, ind]) => ['uitkeringen', 'instroom', 'uitstroom', 'doelgroepenregister'].includes(ind));
  // Breakdowns: afstand and loonwaardegroep add up to the Pw benefits, every other dimension to the total.
  const groepen = new Map<string, string[]>();
  for (const [indeling, ind, code, per, dim, cat] of aantal) {
    if (dim === 'totaal') continue;
    const g = `${indeling}|${ind}|${code}|${per}|${dim}`;
    groepen.set(g, [...(groepen.get(g) ?? []), `${g}|${cat}`]);
  }
  for (const [g, delen] of groepen) {
    const [indeling, ind, code, per, dim] = g.split('|');
    const ouder = dim === 'afstand' || dim === 'loonwaardegroep' ? 'regeling|Pw' : 'totaal|totaal';
    uit.push({ soort: 'totaal min de rest', termen: [[`${indeling}|${ind}|${code}|${per}|${ouder}`, 1], ...delen.map((d): [string, number] => [d, -1])] });
  }
  // Stock and flows, in total and per regeling.
  for (const [indeling, ind, code, per, dim, cat] of aantal) {
    if (ind !== 'uitkeringen' || (dim !== 'totaal' && dim !== 'regeling')) continue;
    const volgende = plusMaanden(per, 1);
    const k = (i: string, p: string) => `${indeling}|${i}|${code}|${p}|${dim}|${cat}`;
    if (!waar.has(k('uitkeringen', volgende)) || !waar.has(k('instroom', per.slice(0, 7)))) continue;
    uit.push({ soort: 'stand = vorige stand + instroom − uitstroom', termen: [[k('uitkeringen', volgende), 1], [k('uitkeringen', per), -1], [k('instroom', per.slice(0, 7)), -1], [k('uitstroom', per.slice(0, 7)), 1]] });
  }
  // Cooperations and their members; a cooperation minus one inside it; a successor and its predecessors.
  // A cooperation sums, per task (Pw, re-integratie, Wsw), the members that hold that task.
  const sommen: Array<{ soort: string; geheel: [Indeling, string]; delen: Array<[Indeling, string]>; taak?: Taak }> = [];
  for (const s of SAMENWERKINGEN)
    for (const taak of TAKEN) {
      const leden = s.taken[taak].leden;
      if (!leden.length) continue;
      sommen.push({ soort: 'samenwerking min de leden', geheel: ['historisch', `SV-${s.id}`], delen: leden.map((c) => ['historisch', c]), taak });
      sommen.push({ soort: 'samenwerking min de leden', geheel: ['huidig', `SV-${s.id}`], delen: huidigeLeden(s, taak).map((c) => ['huidig', c]), taak });
      for (const t of SAMENWERKINGEN) {
        const tleden = t.taken[taak].leden;
        if (t === s || !tleden.length) continue;
        if (tleden.every((c) => leden.includes(c)))
          sommen.push({ soort: 'samenwerking min een samenwerking erbinnen', geheel: ['historisch', `SV-${s.id}`], delen: [['historisch', `SV-${t.id}`], ...leden.filter((c) => !tleden.includes(c)).map((c): [Indeling, string] => ['historisch', c])], taak });
        const [hs, ht] = [huidigeLeden(s, taak), huidigeLeden(t, taak)];
        if (ht.every((c) => hs.includes(c)))
          sommen.push({ soort: 'samenwerking min een samenwerking erbinnen', geheel: ['huidig', `SV-${s.id}`], delen: [['huidig', `SV-${t.id}`], ...hs.filter((c) => !ht.includes(c)).map((c): [Indeling, string] => ['huidig', c])], taak });
      }
    }
  const taakVanIndicator = new Map(INDICATOREN.map((i) => [i.id, i.taak]));
  const opgevolgd = new Map<string, string[]>();
  for (const [, , code] of aantal) if (huidigeGemeente(code) !== code) opgevolgd.set(huidigeGemeente(code), [...new Set([...(opgevolgd.get(huidigeGemeente(code)) ?? []), code])]);
  for (const [opvolger, voorgangers] of opgevolgd) sommen.push({ soort: 'opvolger min de voorgangers', geheel: ['huidig', opvolger], delen: [...voorgangers, opvolger].map((c) => ['historisch', c]) });
  for (const [indeling, ind, code, per, dim, cat] of aantal)
    for (const s of sommen)
      if (s.geheel[0] === indeling && s.geheel[1] === code && (!s.taak || taakVanIndicator.get(ind) === s.taak)) {
        const cel = (i: Indeling, c: string) => `${i}|${ind}|${c}|${per}|${dim}|${cat}`;
        // An inner cooperation without the cell (not covered) gives no relation.
        if (s.delen.some(([i, c]) => c.startsWith('SV-') && !waar.has(cel(i, c)))) continue;
        uit.push({ soort: s.soort, termen: [[cel(indeling, code), 1], ...s.delen.map(([i, c]): [string, number] => [cel(i, c), -1])] });
      }
  return uit;
}

/** The value of a cell as the true figures have it (absent: zero). */
const echt = (k: string) => waar.get(k) ?? 0;
const klopt = (r: Relatie) => r.termen.reduce((s, [k, c]) => s + c * echt(k), 0) === 0;

describe('small numbers stay small when outputs are combined', () => {
  it('the relations @pw/afscherming protects are the ones the figures obey', () => {
    // Every dimension of every count is in the table of breakdowns, and every breakdown adds up.
    for (const ind of INDICATOREN.filter((i) => AANTAL_INDICATOREN.has(i.id))) for (const d of ind.dimensies) expect(OPTELLINGEN[ind.id]?.[d.id], `${ind.id} ${d.id}`).toBeDefined();
    const alle = relaties();
    const perSoort = new Map<string, [number, number]>();
    // A merger is a flow as recorded (the predecessors' benefits end, the successor's start) and
    // none under today's boundaries: in the month before a merger the flows of an area that
    // merged do not add up across the indelingen, nor those of a cooperation as recorded.
    const fusiemaanden = new Set(HERINDELINGEN.map((h) => plusMaanden(h.datum, -1).slice(0, 7)));
    const fusiestroom = (r: Relatie) => {
      const [, ind, , per] = r.termen[0]![0].split('|');
      return (ind === 'instroom' || ind === 'uitstroom') && fusiemaanden.has(per!);
    };
    for (const r of alle) {
      const [ja, nee] = perSoort.get(r.soort) ?? [0, 0];
      perSoort.set(r.soort, klopt(r) || fusiestroom(r) ? [ja + 1, nee] : [ja, nee + 1]);
    }
    for (const soort of ['totaal min de rest', 'stand = vorige stand + instroom − uitstroom', 'samenwerking min de leden', 'samenwerking min een samenwerking erbinnen', 'opvolger min de voorgangers'])
      expect(perSoort.get(soort), soort).toEqual([expect.any(Number), 0]);
    for (const soort of ['samenwerking min de leden', 'samenwerking min een samenwerking erbinnen', 'opvolger min de voorgangers']) expect(perSoort.get(soort)![0], soort).toBeGreaterThan(1000);
    expect(perSoort.get('totaal min de rest')![0]).toBeGreaterThan(20_000);
  });

  it('masks cells: <5 for counts of 1 to 4, x for cells that protect them and for ratios of masked counts', () => {
    const markers = [...gepubliceerd.values()].filter((w) => typeof w === 'string');
    expect(markers.filter((m) => m === '<5').length).toBeGreaterThan(1000);
    expect(markers.filter((m) => m === 'x').length).toBeGreaterThan(1000);
    expect(new Set(markers)).toEqual(new Set(['<5', 'x']));
    // Dinkelland 1-12-2019: IOAZ 2 and Bbz 4 are <5; a <5 is always a count of 1 to 4, a number never is.
    expect(gepubliceerd.get('huidig|uitkeringen|GM1774|2019-12-01|regeling|IOAZ')).toBe('<5');
    for (const [k, w] of gepubliceerd) {
      const ind = k.split('|')[1]!;
      if (w === '<5') expect(echt(k) >= 1 && echt(k) <= 4, k).toBe(true);
      if (typeof w === 'number' && AANTAL_INDICATOREN.has(ind)) expect(w === 0 || w >= 5, k).toBe(true);
      if (typeof w === 'number') expect(w, k).toBe(echt(k));
    }
  });

  it('no masked cell can be recomputed from the other cells of all outputs together, one relation at a time, repeated, with the ranges the markers claim', () => {
    const bekend = new Map<string, number>();
    for (const [k, w] of gepubliceerd) if (typeof w === 'number') bekend.set(k, w);
    const bereik = (k: string): [number, number] => (gepubliceerd.get(k) === '<5' ? [1, 4] : [1, Infinity]);
    // Only relations that hold give a value back; every cell of a relation is in the outputs or zero.
    const bruikbaar = relaties().filter((r) => klopt(r) && r.termen.every(([k]) => gepubliceerd.has(k) || echt(k) === 0));
    const teruggerekend: string[] = [];
    for (let veranderd = true; veranderd; ) {
      veranderd = false;
      for (const r of bruikbaar) {
        const onbekend = r.termen.filter(([k]) => gepubliceerd.get(k) !== undefined && !bekend.has(k));
        if (!onbekend.length) continue;
        const rest = r.termen.reduce((s, [k, c]) => s + (bekend.has(k) ? c * bekend.get(k)! : gepubliceerd.has(k) ? 0 : 0), 0);
        // c·x = −rest − Σ others: bounds from the others' ranges.
        for (const [k, c] of onbekend) {
          let lo = -rest;
          let hi = -rest;
          for (const [k2, c2] of onbekend) {
            if (k2 === k) continue;
            const [a, b] = bereik(k2);
            lo -= c2 > 0 ? b * c2 : a * c2;
            hi -= c2 > 0 ? a * c2 : b * c2;
          }
          if (c < 0) [lo, hi] = [-hi, -lo];
          const [a, b] = bereik(k);
          if (Math.min(hi, b) - Math.max(lo, a) < 1) {
            teruggerekend.push(`${k} (${r.soort})`);
            bekend.set(k, echt(k));
            veranderd = true;
          }
        }
      }
    }
    expect(teruggerekend.slice(0, 10)).toEqual([]);
  });
});
