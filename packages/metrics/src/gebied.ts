import { sqlIdent, sqlLijst, sqlString } from '@pw/engine';
import { huidigeGemeente, huidigeLeden, samenwerking, SAMENWERKINGEN, TAAK_VAN_BUDGETSOORT, TAKEN, type GemeenteCode, type Taak } from '@pw/model';

/**
 * An area a figure is about: one municipality, or a cooperation (samenwerking) whose figures are
 * the sum of its members. `indeling` says how municipalities that merged are shown: `historisch`
 * (as recorded: Heerhugowaard until 2021, Dijk en Waard from 2022) or `huidig` (today's boundaries:
 * Dijk en Waard's series includes Heerhugowaard and Langedijk before 2022).
 */
export type Gebied = { soort: 'gemeente'; code: GemeenteCode } | { soort: 'samenwerking'; id: string };
export type Indeling = 'historisch' | 'huidig';
export const INDELING_NAAM: Record<Indeling, string> = {
  historisch: 'zoals geregistreerd',
  huidig: 'huidige gemeentegrenzen',
};

/** Code of a cooperation in the long format: `SV-noord-oost-twente`. */
export const SAMENWERKING_PREFIX = 'SV-';

export function gebiedCode(g: Gebied): string {
  return g.soort === 'gemeente' ? g.code : `${SAMENWERKING_PREFIX}${g.id}`;
}

export function gebiedVanCode(code: string): Gebied {
  return code.startsWith(SAMENWERKING_PREFIX) ? { soort: 'samenwerking', id: code.slice(SAMENWERKING_PREFIX.length) } : { soort: 'gemeente', code };
}

/**
 * Every area of a data package, the one definition the choice bar, the all-areas figures and the
 * kerncijfers share: its municipalities (under today's boundaries: each one's successor, once; as
 * recorded: every code with data) and the cooperations all of whose members under today's
 * boundaries have data in the package. A cooperation with a member without data is left out: its
 * figures would be a partial sum, which `figuren` never reports (see docs/beslissingen.md).
 * `gemeentenMetGegevens` is the manifest's `gemeenten`: the codes with any data.
 */
export function alleGebieden(gemeentenMetGegevens: readonly GemeenteCode[], indeling: Indeling): Gebied[] {
  const huidig = [...new Set(gemeentenMetGegevens.map(huidigeGemeente))];
  const gemeenten = indeling === 'huidig' ? huidig : [...new Set(gemeentenMetGegevens)];
  const metGegevens = new Set(huidig);
  const samenwerkingen = SAMENWERKINGEN.filter((s) => huidigeLeden(s).every((l) => metGegevens.has(l)));
  return [...gemeenten.map((code) => ({ soort: 'gemeente' as const, code })), ...samenwerkingen.map((s) => ({ soort: 'samenwerking' as const, id: s.id }))];
}

export interface Gebiedskeuze {
  /** The areas; `alle-gemeenten`: every municipality in the package. */
  gebieden: readonly Gebied[] | 'alle-gemeenten';
  indeling: Indeling;
}

/** `(VALUES ('pw'), ('re-integratie'), ('wsw')) t(taak)`: every task, for a municipality (it holds all of them itself). */
const ALLE_TAKEN = `(VALUES ${TAKEN.map((t) => `(${sqlString(t)})`).join(', ')}) t(taak)`;

/**
 * The SQL expression for the task a budget row belongs to (`TAAK_VAN_BUDGETSOORT`), so a
 * cooperation's budget figure sums the members that hold that task: `taakVanSoortSql('t.soort')`.
 */
export function taakVanSoortSql(kolom: string): string {
  return `CASE ${kolom} ${Object.entries(TAAK_VAN_BUDGETSOORT).map(([soort, taak]) => `WHEN ${sqlString(soort)} THEN ${sqlString(taak)}`).join(' ')} END`;
}

/**
 * CTEs that map the municipality codes of a package onto the chosen areas, per task (`taak`: a
 * cooperation sums, for a figure of a task, only the members that hold that task with it; see
 * `Samenwerking.taken` in @pw/model):
 * `leden(gebied_code, gebied_naam, lid_code, taak)`: the members of each area per task;
 * `delen(gebied_code, lid_code, taak, code, van, tot)`: every recorded code that counts for a
 * member, with the days that municipality existed (a predecessor only counts until its merger);
 * `aantal_leden(gebied_code, taak, n)`. Every indicator joins `delen` and `aantal_leden` on its task.
 * Cooperation membership comes from @pw/model (reference knowledge of this code), not from the
 * package's `samenwerkingen` table, which keeps all members for readers without this code.
 */
export function gebiedCtes(keuze: Gebiedskeuze): string {
  const huidig = keuze.indeling === 'huidig';
  let ledenSql: string;
  if (keuze.gebieden === 'alle-gemeenten') {
    // Every municipality with data (the package also lists members of cooperations for reference).
    const metGegevens = `SELECT gemeente_code FROM uitkeringen_stand UNION SELECT gemeente_code FROM doelgroepen_stand
      UNION SELECT gemeente_code FROM budget UNION SELECT gemeente_code FROM beschut_werk
      UNION SELECT gemeente_code FROM wsw_stand UNION SELECT gemeente_code FROM wsw_kengetallen WHERE gemeente_code IS NOT NULL`;
    ledenSql = huidig
      ? `SELECT DISTINCT g.huidige_code AS gebied_code, h.naam AS gebied_naam, g.huidige_code AS lid_code, t.taak FROM gemeenten g JOIN gemeenten h ON h.code = g.huidige_code, ${ALLE_TAKEN} WHERE g.code IN (${metGegevens})`
      : `SELECT code AS gebied_code, naam AS gebied_naam, code AS lid_code, t.taak FROM gemeenten, ${ALLE_TAKEN} WHERE code IN (${metGegevens})`;
  } else {
    const codes = keuze.gebieden.filter((g) => g.soort === 'gemeente').map((g) => (huidig ? huidigeGemeente(g.code) : g.code));
    const ids = [...new Set(keuze.gebieden.filter((g) => g.soort === 'samenwerking').map((g) => g.id))];
    const rijenSql = ids.flatMap((id) => {
      const s = samenwerking(id);
      return s ? TAKEN.flatMap((taak) => s.taken[taak].leden.map((lid) => `(${sqlString(`${SAMENWERKING_PREFIX}${s.id}`)}, ${sqlString(s.naam)}, ${sqlString(lid)}, ${sqlString(taak)})`)) : [];
    });
    const samenSql = rijenSql.length
      ? `SELECT DISTINCT s.gebied_code, s.gebied_naam, ${huidig ? 'g.huidige_code' : 's.gemeente_code'}, s.taak
      FROM (VALUES ${rijenSql.join(', ')}) s(gebied_code, gebied_naam, gemeente_code, taak) JOIN gemeenten g ON g.code = s.gemeente_code`
      : `SELECT NULL, NULL, NULL, NULL WHERE FALSE`;
    ledenSql = `SELECT code AS gebied_code, naam AS gebied_naam, code AS lid_code, t.taak FROM gemeenten, ${ALLE_TAKEN} WHERE code IN ${sqlLijst([...new Set(codes)])}
      UNION ALL
      ${samenSql}`;
  }
  const koppel = huidig ? 'g.huidige_code = l.lid_code' : 'g.code = l.lid_code';
  return `leden AS (${ledenSql}),
    delen AS (SELECT l.gebied_code, l.lid_code, l.taak, g.code, coalesce(g.geldig_van, DATE '1900-01-01') AS van, coalesce(g.geldig_tot, DATE '9999-12-31') AS tot
              FROM leden l JOIN gemeenten g ON ${koppel}),
    aantal_leden AS (SELECT gebied_code, taak, count(DISTINCT lid_code) AS n FROM leden GROUP BY gebied_code, taak)`;
}

/**
 * CTE `naam(gebied_code, peildatum)`: the peildata for which every part of an area that existed
 * on that day and holds `taak` with it has data on `onderwerp`. A cooperation with one member
 * missing has no figure.
 */
export function gedektCte(naam: string, onderwerp: string, taak: Taak): string {
  return `${sqlIdent(naam)} AS (
    SELECT a.gebied_code, p.d AS peildatum
    FROM (SELECT DISTINCT gebied_code FROM delen WHERE taak = ${sqlString(taak)}) a,
         (SELECT DISTINCT unnest(generate_series(van, tot, INTERVAL 1 MONTH))::DATE AS d FROM dekking WHERE onderwerp = ${sqlString(onderwerp)}) p
    WHERE EXISTS (SELECT 1 FROM delen x WHERE x.gebied_code = a.gebied_code AND x.taak = ${sqlString(taak)} AND p.d BETWEEN x.van AND x.tot)
      AND NOT EXISTS (SELECT 1 FROM delen x WHERE x.gebied_code = a.gebied_code AND x.taak = ${sqlString(taak)} AND p.d BETWEEN x.van AND x.tot
        AND NOT EXISTS (SELECT 1 FROM dekking k WHERE k.onderwerp = ${sqlString(onderwerp)} AND k.gemeente_code = x.code AND p.d BETWEEN k.van AND k.tot)))`;
}
