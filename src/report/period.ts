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
