/** Finnish number syntax: decimal comma, spaces (also no-break) or dots as thousands separators, Unicode minus. */

/** Source pattern of one number as written in Finnish reports (used inside larger patterns). */
export const NUM_SOURCE = String.raw`[-−–]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?![\d,])|[-−–]?\d+(?:[,.]\d+)?`;
const WHOLE_NUMBER = new RegExp(`^(?:${NUM_SOURCE})$`);

/** Parses one Finnish-formatted number ("11 727", "70.000", "-0,3", "8,24"); null if it is not one number. */
export function parseFinnishNumber(text: string): number | null {
  const t = text.trim().replace(/^[−–]/, "-");
  if (!WHOLE_NUMBER.test(t)) return null;
  let c = t.replace(/[ \u00a0\u202f]/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(c)) c = c.replace(/\./g, "");
  const v = Number(c.replace(",", "."));
  return Number.isFinite(v) ? v : null;
}
