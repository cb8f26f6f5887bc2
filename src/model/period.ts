/**
 * Reporting periods as the reports write them: months of a year ("1-9/2025"), one month
 * ("9/2025"), a quarter ("Q3/2025") or a year ("2025"). Why checked: a period given with
 * --period is stored on every row of the document and compared across reports, so "syksy" or
 * "13-14/2025" must be refused, not stored.
 */
export const PERIOD_FORMS = "M-M/YYYY (1-9/2025), M/YYYY, Q1-Q4/YYYY or YYYY";

/** The period in its normal form ("01-09/2025" → "1-9/2025"), or null when it is not one. */
export function normalizePeriod(text: string): string | null {
  const t = text.trim().replace(/\s+/g, "").replace(/[–—]/g, "-");
  let m = /^(\d{1,2})-(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a >= 1 && b <= 12 && a <= b && validYear(m[3]!) ? `${a}-${b}/${m[3]}` : null;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 && validYear(m[2]!) ? `${Number(m[1])}/${m[2]}` : null;
  m = /^Q([1-4])\/(\d{4})$/i.exec(t);
  if (m) return validYear(m[2]!) ? `Q${m[1]}/${m[2]}` : null;
  m = /^(\d{4})$/.exec(t);
  if (m) return validYear(m[1]!) ? m[1]! : null;
  return null;
}

function validYear(y: string): boolean {
  const n = Number(y);
  return n >= 1990 && n <= 2100;
}
