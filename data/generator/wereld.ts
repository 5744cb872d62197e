import { beschutWerkTabel, type BeschutRij } from './beschut.ts';
import { budgetten, type BudgetRij } from './budget.ts';
import { Identiteiten } from './personen.ts';
import { beschutWerkRegister, dgrMetUitkering, dgrZonderUitkering, inDekking, vanafStartRegisters, type Inschrijving } from './registers.ts';
import { Rng } from './rng.ts';
import { simuleerUitkeringen, type Uitkering } from './uitkeringen.ts';

/** Everything the extracts are written from. */
export interface Wereld {
  uitkeringen: Uitkering[];
  inschrijvingen: Inschrijving[];
  beschutWerk: BeschutRij[];
  budget: BudgetRij[];
}

export function bouwWereld(): Wereld {
  const ids = { twente: new Identiteiten(Rng.voor('id:twente')), alkmaar: new Identiteiten(Rng.voor('id:alkmaar')) };
  const { alle, inExtract } = simuleerUitkeringen(ids.twente, ids.alkmaar);
  const beschutWerk = beschutWerkTabel();
  const metUitkering = dgrMetUitkering(alle);
  const zonderUitkering = dgrZonderUitkering(metUitkering, ids);
  const beschut = beschutWerkRegister(beschutWerk, inExtract, ids);
  const inschrijvingen = [...metUitkering, ...zonderUitkering, ...beschut].flatMap((i) => vanafStartRegisters(i) ?? []).filter(inDekking);
  const budget = budgetten(inExtract);
  return { uitkeringen: inExtract, inschrijvingen, beschutWerk, budget };
}
