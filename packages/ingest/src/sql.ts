/**
 * SQL fragments shared by the ingest steps. Months are counted as integers (year × 12 + month − 1):
 * peildata are first days of months, so "the first peildatum on or after a date" and band
 * boundaries become integer arithmetic instead of date arithmetic on a million rows.
 */
export const maandIndexSql = (d: string) => `(year(${d}) * 12 + month(${d}) - 1)`;

/**
 * Month index of the first peildatum on or after a date: a benefit starting 15-11 first counts on 1-12.
 * NULL for a date beyond the year 2730 (a SMALLINT); such a date is reported as out of range.
 */
export const eersteMaandSql = (d: string) => `TRY_CAST(${maandIndexSql(d)} + (day(${d}) > 1)::INTEGER AS SMALLINT)`;

/** Month index of the first peildatum after a date: a benefit ending 15-11 last counts on 1-11. */
export const maandNaSql = (d: string) => `TRY_CAST(${maandIndexSql(d)} + 1 AS SMALLINT)`;

/** The peildatum of a month index. */
export const datumVanMaandSql = (m: string) => `make_date(CAST(${m} // 12 AS INTEGER), CAST(${m} % 12 + 1 AS INTEGER), 1)`;

/**
 * Dates outside these years are an error with their line ("01-01-2999", "01-01-1800"): a typing
 * error, never a benefit or registration. Birth dates may lie further back.
 */
export const DATUM_VAN = "DATE '1950-01-01'";
export const DATUM_TOT = "DATE '2100-12-31'";
export const GEBOORTE_VAN = "DATE '1900-01-01'";

/** Far future stand-in for "no end date" in comparisons. */
export const OPEN = "DATE '9999-12-31'";
export const OPEN_MAAND = 32000;
