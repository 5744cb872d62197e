import { INWONERS, type GemeenteCode, type Regeling } from '@pw/model';
import { dag, type Dag } from './dag.ts';

/** The extracts are "as of" this day: nothing ends later, running benefits have no einddatum. */
export const EXTRACT_DATUM: Dag = dag(2024, 12, 31);
/** Last peildatum of every series. */
const LAATSTE_PEILDATUM: Dag = dag(2024, 12, 1);

/** The source system that holds a municipality's benefits (one extract file each). */
type Systeem = 'almelo' | 'oldenzaal' | 'alkmaar';

export interface GemeenteDef {
  code: GemeenteCode;
  systeem: Systeem;
  /** First peildatum covered by the extract. */
  dekkingVan: Dag;
  /** Last peildatum covered (the municipality's last 1st-of-month before it was dissolved). */
  dekkingTot: Dag;
  /** Day the municipality was dissolved (its successor takes over its running benefits). */
  opgeheven?: { datum: Dag; opvolger: GemeenteCode };
  /** Day the municipality came into being (created by a merger). */
  ontstaan?: { datum: Dag; voorgangers: GemeenteCode[] };
  /** Areas whose population and caseload make up this municipality from a date on. */
  gebieden: Array<{ gebied: GemeenteCode; vanaf: Dag }>;
}

const TWENTE_VAN = dag(2015, 1, 1);
const ALKMAAR_VAN = dag(2011, 1, 1);
const FUSIE_2015 = dag(2015, 1, 1);
const FUSIE_2022 = dag(2022, 1, 1);

export const GEMEENTEN: readonly GemeenteDef[] = [
  { code: 'GM1774', systeem: 'almelo', dekkingVan: TWENTE_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM1774', vanaf: 0 }] },
  { code: 'GM0183', systeem: 'almelo', dekkingVan: TWENTE_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM0183', vanaf: 0 }] },
  { code: 'GM0173', systeem: 'oldenzaal', dekkingVan: TWENTE_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM0173', vanaf: 0 }] },
  {
    code: 'GM0458',
    systeem: 'alkmaar',
    dekkingVan: ALKMAAR_VAN,
    dekkingTot: dag(2014, 12, 1),
    opgeheven: { datum: FUSIE_2015, opvolger: 'GM0361' },
    gebieden: [{ gebied: 'GM0458', vanaf: 0 }],
  },
  {
    code: 'GM0365',
    systeem: 'alkmaar',
    dekkingVan: ALKMAAR_VAN,
    dekkingTot: dag(2014, 12, 1),
    opgeheven: { datum: FUSIE_2015, opvolger: 'GM0361' },
    gebieden: [{ gebied: 'GM0365', vanaf: 0 }],
  },
  {
    code: 'GM0361',
    systeem: 'alkmaar',
    dekkingVan: ALKMAAR_VAN,
    dekkingTot: LAATSTE_PEILDATUM,
    gebieden: [
      { gebied: 'GM0361', vanaf: 0 },
      { gebied: 'GM0458', vanaf: FUSIE_2015 },
      { gebied: 'GM0365', vanaf: FUSIE_2015 },
    ],
  },
  {
    code: 'GM0398',
    systeem: 'alkmaar',
    dekkingVan: ALKMAAR_VAN,
    dekkingTot: dag(2021, 12, 1),
    opgeheven: { datum: FUSIE_2022, opvolger: 'GM1980' },
    gebieden: [{ gebied: 'GM0398', vanaf: 0 }],
  },
  {
    code: 'GM0416',
    systeem: 'alkmaar',
    dekkingVan: ALKMAAR_VAN,
    dekkingTot: dag(2021, 12, 1),
    opgeheven: { datum: FUSIE_2022, opvolger: 'GM1980' },
    gebieden: [{ gebied: 'GM0416', vanaf: 0 }],
  },
  {
    code: 'GM1980',
    systeem: 'alkmaar',
    dekkingVan: FUSIE_2022,
    dekkingTot: LAATSTE_PEILDATUM,
    ontstaan: { datum: FUSIE_2022, voorgangers: ['GM0398', 'GM0416'] },
    gebieden: [
      { gebied: 'GM0398', vanaf: FUSIE_2022 },
      { gebied: 'GM0416', vanaf: FUSIE_2022 },
    ],
  },
  { code: 'GM0373', systeem: 'alkmaar', dekkingVan: ALKMAAR_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM0373', vanaf: 0 }] },
  { code: 'GM0383', systeem: 'alkmaar', dekkingVan: ALKMAAR_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM0383', vanaf: 0 }] },
  { code: 'GM0399', systeem: 'alkmaar', dekkingVan: ALKMAAR_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM0399', vanaf: 0 }] },
  { code: 'GM0450', systeem: 'alkmaar', dekkingVan: ALKMAAR_VAN, dekkingTot: LAATSTE_PEILDATUM, gebieden: [{ gebied: 'GM0450', vanaf: 0 }] },
];

export function gemeenteDef(code: GemeenteCode): GemeenteDef {
  const g = GEMEENTEN.find((x) => x.code === code);
  if (!g) throw new Error(`onbekende gemeente ${code}`);
  return g;
}

/**
 * An area: the population and caseload of one municipality as it was, followed after a merger
 * inside its successor. Its series are drawn once; a municipality's target is the sum of its areas.
 */
export interface GebiedDef {
  code: GemeenteCode;
  /** Benefits (all regelingen) per 1,000 inhabitants at the level of December 2019, when not anchored. */
  dichtheid: number;
  /** Share of the regelingen in the caseload. */
  aandelen: Record<Regeling, number>;
  /** Pw caseload with afstand 'kort' (of the Pw benefits with an afstand). */
  kort: number;
  /** Pw benefits without afstand in the source system. */
  zonderAfstand: number;
}

const STANDAARD: Record<Regeling, number> = { Pw: 0.89, IOAW: 0.08, IOAZ: 0.01, Bbz: 0.02 };

export const GEBIEDEN: readonly GebiedDef[] = [
  { code: 'GM1774', dichtheid: 10, aandelen: { Pw: 245, IOAW: 24, IOAZ: 2, Bbz: 4 }, kort: 85 / 245, zonderAfstand: 0 },
  { code: 'GM0183', dichtheid: 8, aandelen: { Pw: 0.875, IOAW: 0.085, IOAZ: 0.012, Bbz: 0.028 }, kort: 0.36, zonderAfstand: 0 },
  { code: 'GM0173', dichtheid: 20, aandelen: { Pw: 0.9, IOAW: 0.075, IOAZ: 0.008, Bbz: 0.017 }, kort: 0.33, zonderAfstand: 0.02 },
  { code: 'GM0361', dichtheid: 19, aandelen: { Pw: 0.905, IOAW: 0.07, IOAZ: 0.008, Bbz: 0.017 }, kort: 0.34, zonderAfstand: 0.04 },
  { code: 'GM0458', dichtheid: 6, aandelen: STANDAARD, kort: 0.38, zonderAfstand: 0.04 },
  { code: 'GM0365', dichtheid: 6, aandelen: STANDAARD, kort: 0.38, zonderAfstand: 0.04 },
  { code: 'GM0398', dichtheid: 10, aandelen: { Pw: 0.885, IOAW: 0.085, IOAZ: 0.01, Bbz: 0.02 }, kort: 0.35, zonderAfstand: 0.04 },
  { code: 'GM0416', dichtheid: 9, aandelen: STANDAARD, kort: 0.37, zonderAfstand: 0.04 },
  { code: 'GM0373', dichtheid: 7, aandelen: { Pw: 0.87, IOAW: 0.09, IOAZ: 0.012, Bbz: 0.028 }, kort: 0.36, zonderAfstand: 0.04 },
  { code: 'GM0383', dichtheid: 5.5, aandelen: { Pw: 0.875, IOAW: 0.09, IOAZ: 0.01, Bbz: 0.025 }, kort: 0.37, zonderAfstand: 0.04 },
  { code: 'GM0399', dichtheid: 7, aandelen: { Pw: 0.88, IOAW: 0.085, IOAZ: 0.01, Bbz: 0.025 }, kort: 0.36, zonderAfstand: 0.04 },
  { code: 'GM0450', dichtheid: 6, aandelen: STANDAARD, kort: 0.36, zonderAfstand: 0.04 },
];

/** Figures a series must pass through exactly: stock of a regeling (and Pw split) on a peildatum. */
export interface Anker {
  gebied: GemeenteCode;
  peildatum: Dag;
  regeling: Regeling;
  aantal: number;
  /** For Pw: the number with afstand 'kort' (the rest 'lang'). */
  kort?: number;
}

export const ANKERS: readonly Anker[] = [
  { gebied: 'GM1774', peildatum: dag(2019, 12, 1), regeling: 'Pw', aantal: 245, kort: 85 },
  { gebied: 'GM1774', peildatum: dag(2019, 12, 1), regeling: 'IOAW', aantal: 24 },
  { gebied: 'GM1774', peildatum: dag(2019, 12, 1), regeling: 'IOAZ', aantal: 2 },
  { gebied: 'GM1774', peildatum: dag(2019, 12, 1), regeling: 'Bbz', aantal: 4 },
  // bron 003: "WWB incl. WIJ" on 1-11-2011
  { gebied: 'GM0361', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 1890 },
  { gebied: 'GM0399', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 160 },
  { gebied: 'GM0398', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 540 },
  { gebied: 'GM0373', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 210 },
  { gebied: 'GM0416', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 190 },
  { gebied: 'GM0458', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 40 },
  { gebied: 'GM0365', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 30 },
  { gebied: 'GM0383', peildatum: dag(2011, 11, 1), regeling: 'Pw', aantal: 190 },
];

/** Doelgroepenregister: persons in the register in Dinkelland on 1-12-2019 (bron 002). */
export const DGR_ANKER = { gemeente: 'GM1774', peildatum: dag(2019, 12, 1), aantal: 38 } as const;

/** Inhabitants on 1 January, from @pw/model; before 2011 extrapolated, after a merger the area is held. */
export function inwonersOp1Januari(code: GemeenteCode, jaar: number): number | undefined {
  return INWONERS.find((i) => i.gemeente === code && i.jaar === jaar)?.totaal;
}

/** Inhabitants of an area (see GebiedDef) on 1 January of a year. */
export function gebiedInwoners(gebied: GemeenteCode, jaar: number): number {
  const eigen = inwonersOp1Januari(gebied, jaar);
  if (gebied === 'GM0361' && jaar >= 2015) {
    return (eigen ?? 0) - gebiedInwoners('GM0458', jaar) - gebiedInwoners('GM0365', jaar);
  }
  if ((gebied === 'GM0398' || gebied === 'GM0416') && jaar >= 2022) {
    const dw = inwonersOp1Januari('GM1980', Math.min(jaar, 2025)) ?? 0;
    const a = inwonersOp1Januari('GM0398', 2021)!;
    const b = inwonersOp1Januari('GM0416', 2021)!;
    return Math.round((dw * (gebied === 'GM0398' ? a : b)) / (a + b));
  }
  if (eigen !== undefined) return eigen;
  if (jaar < 2011) {
    const basis = inwonersOp1Januari(gebied, 2011)!;
    return Math.round(basis * (1 - 0.003 * (2011 - jaar)));
  }
  // a dissolved area after its last year: held at the last known figure
  for (let j = jaar; j >= 2011; j--) {
    const v = inwonersOp1Januari(gebied, j);
    if (v !== undefined) return v;
  }
  throw new Error(`geen inwoners voor ${gebied} ${jaar}`);
}
