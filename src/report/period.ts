/**
 * Ordering reporting periods ("1-6/2025", "2024", "1-12/2024"): by year, then by the last month
 * covered. A period of another form sorts before the dated ones of its year, by its text.
 */

/** Sort key of a period: year · 100 + last month (12 for a bare year), or null when no year is found. */
export function periodKey(p: string): number | null {
  const m = /(?:(\d{1,2})\s*[-–]\s*)?(\d{1,2})\s*\/\s*(\d{4})/.exec(p);
  if (m) return Number(m[3]) * 100 + Number(m[2]);
  const y = /\b(\d{4})\b/.exec(p);
  return y ? Number(y[1]) * 100 + 12 : null;
}

export function periodOrder(periods: string[]): string[] {
  return [...periods].sort((a, b) => (periodKey(a) ?? 0) - (periodKey(b) ?? 0) || a.localeCompare(b, "fi"));
}

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
