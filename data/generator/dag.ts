/**
 * Dates as whole day numbers (days since 1970-01-01, UTC): cheap to compare and add, and free of
 * time zones. Converted to text only when an extract is written.
 */
export type Dag = number;

const MS_PER_DAG = 86_400_000;

export function dag(jaar: number, maand: number, dagVanMaand: number): Dag {
  return Math.round(Date.UTC(jaar, maand - 1, dagVanMaand) / MS_PER_DAG);
}

export interface Delen {
  jaar: number;
  maand: number;
  dag: number;
}

export function delen(d: Dag): Delen {
  const x = new Date(d * MS_PER_DAG);
  return { jaar: x.getUTCFullYear(), maand: x.getUTCMonth() + 1, dag: x.getUTCDate() };
}

const twee = (n: number) => (n < 10 ? `0${n}` : String(n));

export function iso(d: Dag): string {
  const p = delen(d);
  return `${p.jaar}-${twee(p.maand)}-${twee(p.dag)}`;
}

/** `31-12-2024` */
export function ddmmjjjj(d: Dag): string {
  const p = delen(d);
  return `${twee(p.dag)}-${twee(p.maand)}-${p.jaar}`;
}

/** `1-1-2015` */
export function dmjjjj(d: Dag): string {
  const p = delen(d);
  return `${p.dag}-${p.maand}-${p.jaar}`;
}

export function alsDate(d: Dag): Date {
  return new Date(d * MS_PER_DAG);
}

/** Month index (months since January 2000) of a day. */
export function maandIndex(d: Dag): number {
  const p = delen(d);
  return (p.jaar - 2000) * 12 + (p.maand - 1);
}

export function plusMaanden(d: Dag, maanden: number): Dag {
  const p = delen(d);
  const m = p.maand - 1 + maanden;
  const jaar = p.jaar + Math.floor(m / 12);
  const maand = (((m % 12) + 12) % 12) + 1;
  // clamp the day to the end of the target month
  const laatste = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return dag(jaar, maand, Math.min(p.dag, laatste));
}

/** Whole years between a birth date and a date (age on that date). */
export function leeftijdOp(geboren: Dag, op: Dag): number {
  const g = delen(geboren);
  const o = delen(op);
  let jaren = o.jaar - g.jaar;
  if (o.maand < g.maand || (o.maand === g.maand && o.dag < g.dag)) jaren--;
  return jaren;
}
