/** SQL fragments shared by the ingest steps. */

/** The first peildatum on or after a date: a benefit starting 15-11 first counts on 1-12. */
export const eerstePeildatumSql = (d: string) => `(CASE WHEN day(${d}) = 1 THEN ${d} ELSE (date_trunc('month', ${d}) + INTERVAL 1 MONTH)::DATE END)`;

/** The first peildatum after a date: a benefit ending 15-11 last counts on 1-11 and not on 1-12. */
export const peildatumNaSql = (d: string) => `((date_trunc('month', ${d}) + INTERVAL 1 MONTH)::DATE)`;

/** Far future stand-in for "no end date" in comparisons. */
export const OPEN = "DATE '9999-12-31'";
