/** Ordering reporting periods inside SQLite, as report/period.ts orders them in JavaScript (periodKey). */

/**
 * The same key in SQL, for a column holding periods of the form "M-M/YYYY" or "M/YYYY" or "YYYY"
 * (others give 0), so that "the latest period" is chosen by SQLite.
 */
export function periodKeySql(col: string): string {
  return `(CASE WHEN instr(${col}, '/') > 0
     THEN CAST(substr(${col}, instr(${col}, '/') + 1, 4) AS INTEGER) * 100
        + CAST(substr(substr(${col}, 1, instr(${col}, '/') - 1), instr(substr(${col}, 1, instr(${col}, '/') - 1), '-') + 1) AS INTEGER)
     WHEN ${col} GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(${col} AS INTEGER) * 100 + 12
     ELSE 0 END)`;
}
