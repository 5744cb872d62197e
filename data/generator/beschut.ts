import type { GemeenteCode } from '@pw/model';
import { gemeenteDef, inwonersOp1Januari } from './config.ts';
import { Rng } from './rng.ts';

/** One row of the beschut-werk extract: cumulative places, target and realised. */
export interface BeschutRij {
  gemeente: GemeenteCode;
  jaar: number;
  taakstelling: number;
  realisatie: number | null;
  bron: string;
}

const BRON_002 = 'bron 002';
const DEMO = 'demo';
const BRON_002_EN_DEMO = 'bron 002 (taakstelling), demo (realisatie)';

/** Dinkelland as the sources give it (2019..2023 bron 002, realisatie 2019 bron 002), the rest demo. */
const DINKELLAND: readonly BeschutRij[] = [
  { gemeente: 'GM1774', jaar: 2017, taakstelling: 2, realisatie: 1, bron: DEMO },
  { gemeente: 'GM1774', jaar: 2018, taakstelling: 3, realisatie: 3, bron: DEMO },
  { gemeente: 'GM1774', jaar: 2019, taakstelling: 4, realisatie: 4, bron: BRON_002 },
  { gemeente: 'GM1774', jaar: 2020, taakstelling: 5, realisatie: 5, bron: BRON_002_EN_DEMO },
  { gemeente: 'GM1774', jaar: 2021, taakstelling: 6, realisatie: 5, bron: BRON_002_EN_DEMO },
  { gemeente: 'GM1774', jaar: 2022, taakstelling: 7, realisatie: 6, bron: BRON_002_EN_DEMO },
  { gemeente: 'GM1774', jaar: 2023, taakstelling: 8, realisatie: 7, bron: BRON_002_EN_DEMO },
  { gemeente: 'GM1774', jaar: 2024, taakstelling: 9, realisatie: null, bron: DEMO },
];

/** Cumulative target per 1,000 inhabitants, after Dinkelland's (2 → 9 places for 26,400 inhabitants). */
const PER_DUIZEND: Record<number, number> = Object.fromEntries(DINKELLAND.map((r) => [r.jaar, r.taakstelling / 26.4]));

/** Municipalities and years of the beschut-werk extract (beschut werk exists from 2017). */
const JAREN: ReadonlyArray<readonly [GemeenteCode, number, number]> = [
  ['GM0183', 2017, 2024],
  ['GM0173', 2017, 2024],
  ['GM0361', 2017, 2024],
  ['GM0373', 2017, 2024],
  ['GM0383', 2017, 2024],
  ['GM0399', 2017, 2024],
  ['GM0450', 2017, 2024],
  ['GM0398', 2017, 2021],
  ['GM0416', 2017, 2021],
  ['GM1980', 2022, 2024],
];

export function beschutWerkTabel(): BeschutRij[] {
  const uit: BeschutRij[] = [...DINKELLAND];
  for (const [code, van, tot] of JAREN) {
    const rng = Rng.voor(`beschut-tabel:${code}`);
    const factor = 0.85 + rng.float() * 0.35;
    const voorgangers = gemeenteDef(code).ontstaan?.voorgangers ?? [];
    let taak = 0;
    let real = 0;
    for (const v of voorgangers) {
      const laatste = uit.find((r) => r.gemeente === v && r.jaar === van - 1)!;
      taak += laatste.taakstelling;
      real += laatste.realisatie ?? 0;
    }
    for (let jaar = van; jaar <= tot; jaar++) {
      const inw = inwonersOp1Januari(code, jaar)!;
      taak = Math.max(taak, Math.round((inw / 1000) * PER_DUIZEND[jaar]! * factor));
      let realisatie: number | null = null;
      if (jaar < 2024) {
        const aandeel = jaar === 2017 ? 0.45 + rng.float() * 0.3 : 0.75 + rng.float() * 0.2;
        real = Math.max(real, Math.min(taak, Math.round(taak * aandeel)));
        realisatie = real;
      }
      uit.push({ gemeente: code, jaar, taakstelling: taak, realisatie, bron: DEMO });
    }
  }
  return uit;
}
