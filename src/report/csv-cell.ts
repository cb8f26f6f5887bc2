/**
 * One CSV cell for a spreadsheet. A text that begins with =, +, -, @, tab or carriage return is a
 * formula to Excel and LibreOffice (CSV or formula injection): it gets a leading apostrophe (the
 * OWASP rule), so it is shown, never run. Numbers from numeric columns stay numbers (a negative
 * number is not text). For Finnish Excel (`excelFi`): decimal comma in numbers, and a text that
 * Excel would silently turn into a date or another number (a goal code "1.1", "2.3.1", a "1-6")
 * is written as the text formula ="1.1": its content is only digits and separators, so it runs
 * nothing, and the code stays a code.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const DATE_LIKE = /^(?:\d+(?:\.\d+)+\.?|\d{1,2}[/-]\d{1,2})$/;

export function csvCell(v: unknown, excelFi: boolean): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "bigint") return excelFi ? String(v).replace(".", ",") : Number(v);
  const s = Buffer.isBuffer(v) ? v.toString("hex") : String(v);
  if (FORMULA_START.test(s)) return `'${s}`;
  if (excelFi && DATE_LIKE.test(s)) return `="${s}"`;
  return s;
}
