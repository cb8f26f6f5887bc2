/**
 * A first column that counts rows (1, 2, 3 …). Its values never recur, so the recurring-value
 * evidence of `row-starts.ts` cannot see it; but a line that starts with the next integer after
 * the previous row's, over many rows, is a row start by what the document itself shows. The
 * number is the cell of that column: taken off the line and kept as the column's own cell.
 */
import { letterKey } from "../../text/letters.js";

/** Fewest consecutive numbers that make a running-number column (a few could be a list in a cell). */
export const MIN_RUN = 5;

/** A line's leading integer, when a cell's text follows it (a capital) or nothing does. */
const LEAD = /^\s*(\d{1,4})\.?(?:\s+(?=[\p{Lu}\p{N}"'(«])|\s*$)/u;

export interface RunningNumbers {
  /** Line index → its running number's text, for the lines that start rows. */
  at: Map<number, string>;
}

/** The leading integer of a line, if it may be a running number. */
export function leadingNumber(text: string): { value: number; text: string; length: number } | null {
  const m = LEAD.exec(text);
  return m ? { value: Number(m[1]), text: m[1]!, length: m[0].length } : null;
}

/**
 * The longest chain of lines whose leading integers count up by one, in line order (other lines,
 * repeated headers among them, may come between). Each line links to the latest earlier line
 * holding the number before its own; `null` when the chain is shorter than MIN_RUN.
 */
export function findRunningNumbers(lines: readonly { text: string }[]): RunningNumbers | null {
  const lastOf = new Map<number, number>();
  const len: number[] = [];
  const back: number[] = [];
  let best = -1;
  lines.forEach((l, i) => {
    len[i] = 0;
    back[i] = -1;
    const n = leadingNumber(l.text);
    if (!n) return;
    const p = lastOf.get(n.value - 1);
    len[i] = p === undefined ? 1 : len[p]! + 1;
    back[i] = p ?? -1;
    lastOf.set(n.value, i);
    if (best < 0 || len[i]! > len[best]!) best = i;
  });
  if (best < 0 || len[best]! < MIN_RUN) return null;
  const at = new Map<number, string>();
  for (let i = best; i >= 0; i = back[i]!) at.set(i, leadingNumber(lines[i]!.text)!.text);
  return { at };
}

/** Longest row code ("K1.1", "TA1/3", "1.2.3", "A-12"): a short token, not a phrase. */
const MAX_CODE_LENGTH = 12;
/** Share of a code shape's lines whose codes are distinct: a code names one row, a value recurs. */
const MIN_DISTINCT_SHARE = 0.9;

/** Longest capital prefix written apart from a code's figures ("AB 1.2"). */
const MAX_PREFIX_LENGTH = 4;

/**
 * A line's leading row code: one token of letters and digits joined by ".", "/", "-" or ":", with a
 * digit in it, and more than a bare integer (that is a running number's), followed by a space; or
 * a short prefix of capitals and a space before such a token of figures ("AB 1.2", "XY 7"): an
 * extractor that writes a narrow first column's line with the next cells' first syllables keeps the
 * prefix and its figures together on it, and the shape tells them apart from a bare number.
 */
export function leadingCode(text: string): { text: string; length: number; shape: string } | null {
  const m = /^\s*(?:(\p{Lu}+)\s(?=\p{N}))?([\p{L}\p{N}]+(?:[./:\-][\p{L}\p{N}]+)*)(?:\s+|$)/u.exec(text);
  const prefix = m?.[1];
  let code = m?.[2];
  if (!m || !code) return null;
  if (prefix !== undefined) {
    // The part after the prefix is figures and separators only.
    if (prefix.length > MAX_PREFIX_LENGTH || !/^\p{N}+(?:[./:\-]\p{N}+)*$/u.test(code)) return null;
    code = `${prefix} ${code}`;
  } else if (code.length > MAX_CODE_LENGTH || !/\p{N}/u.test(code) || /^\p{N}+$/u.test(code)) return null;
  // A word with a digit in it ("2kk") is no code; a code's letters are a short prefix or suffix.
  if (/\p{Ll}{3}/u.test(code)) return null;
  const shape = code.replace(/\p{L}+/gu, "A").replace(/\p{N}+/gu, "9");
  return { text: code, length: m[0].length, shape };
}

/**
 * A first column of row codes (letters and digits, dotted, restarting per section; unlike a running
 * number they need not count): the document shows it as one short token of the same shape opening
 * many lines, each code on one line only. Looked for only where the header's first column is one the
 * rules do not know (the caller's evidence); `null` when fewer than MIN_RUN lines open so.
 */
export function findRowCodes(lines: readonly { text: string }[]): RunningNumbers | null {
  const byShape = new Map<string, { i: number; text: string }[]>();
  lines.forEach((l, i) => {
    const c = leadingCode(l.text);
    if (!c) return;
    if (!byShape.has(c.shape)) byShape.set(c.shape, []);
    byShape.get(c.shape)!.push({ i, text: c.text });
  });
  const groups = [...byShape.entries()].sort((a, b) => b[1].length - a[1].length);
  if (!groups[0] || groups[0][1].length < MIN_RUN) return null;
  // One column may print codes of two shapes ("K1-4" in most rows, "AB-5" in some): a shape with
  // the same separators, letters too, and a run of its own joins the commonest one.
  const family = codeFamily(groups[0][0]);
  const best = groups
    .filter(([shape, g], k) => k === 0 || (g.length >= MIN_RUN && codeFamily(shape) === family))
    .flatMap(([, g]) => g)
    .sort((a, b) => a.i - b.i);
  if (new Set(best.map((b) => b.text)).size < MIN_DISTINCT_SHARE * best.length) return null;
  const at = new Map(best.map((b) => [b.i, b.text]));
  for (const [i, text] of otherLeadValues(lines, at)) at.set(i, text);
  return { at: new Map([...at].sort((a, b) => a[0] - b[0])) };
}

/** Fewest code lines the next column's first word must follow for a line it follows a dash on to start a row. */
const MIN_NAME_AFTER_CODES = 2;

/**
 * The same column's other values in the rows without a code: a dash ("–"), or a code of another
 * shape ("C7" among "AB1-2"), opening a line after a row's end, followed by the first word that
 * follows the codes on their lines (the next column's name, which recurs row after row). Line
 * index → the value.
 */
function otherLeadValues(lines: readonly { text: string }[], codes: ReadonlyMap<number, string>): Map<number, string> {
  const firstAfter = (i: number, code: string) => letterKey(lines[i]!.text.trimStart().slice(code.length).trim().split(/\s+/u)[0] ?? "");
  const names = new Map<string, number>();
  for (const [i, code] of codes) {
    const key = firstAfter(i, code);
    if (key) names.set(key, (names.get(key) ?? 0) + 1);
  }
  const out = new Map<number, string>();
  lines.forEach((l, i) => {
    if (codes.has(i)) return;
    const [tok, next] = l.text.trim().split(/\s+/u);
    if (!tok || !next || !(/^[–—-]$/u.test(tok) || leadingCode(tok)?.text === tok)) return;
    if (!/^\p{Lu}/u.test(next) || (names.get(letterKey(next)) ?? 0) < MIN_NAME_AFTER_CODES) return;
    // After a row's end: the line before (blank lines aside) ends no word broken at its end.
    let p = i - 1;
    while (p >= 0 && !lines[p]!.text.trim()) p--;
    if (p >= 0 && /(?:\p{L}[-\u00ad]|\u00ad)$/u.test(lines[p]!.text.trimEnd())) return;
    out.set(i, tok);
  });
  return out;
}

/** A code shape's separators, and whether it has letters: what two shapes of one column share. */
function codeFamily(shape: string): string {
  return (shape.includes("A") ? "A" : "9") + shape.replace(/[A9]+/g, "");
}

/** Fewest code tokens per body line for an inner code column (about one per row of a few lines). */
const MIN_CODES_PER_LINE = 0.08;

/**
 * Row codes of an unknown column that is not the first ("Toimiala | Viite | Tulosalue"): the
 * extractor writes them mid-line or after a wrapped first cell, so they are looked for as whole
 * tokens anywhere in the body. One shape (its letters as printed), each code once, and about one per row (dates in the
 * text do not come so often); `line index → code` for the lines holding one, else `null`.
 */
export function findInnerRowCodes(lines: readonly { text: string }[]): Map<number, string> | null {
  const byShape = new Map<string, { i: number; text: string }[]>();
  let body = 0;
  lines.forEach((l, i) => {
    if (!l.text.trim()) return;
    body++;
    for (const tok of l.text.split(/\s+/)) {
      const c = tok ? leadingCode(tok) : null;
      if (!c || c.text !== tok) continue;
      // Inside the text the letters count too: a column's codes share them ("TA1/3", not "Q3/2027").
      const shape = tok.replace(/\p{N}+/gu, "9");
      if (!byShape.has(shape)) byShape.set(shape, []);
      byShape.get(shape)!.push({ i, text: c.text });
    }
  });
  const best = [...byShape.values()].sort((a, b) => b.length - a.length)[0];
  if (!best || best.length < MIN_RUN || best.length < MIN_CODES_PER_LINE * body) return null;
  if (new Set(best.map((b) => b.text)).size < MIN_DISTINCT_SHARE * best.length) return null;
  // A line holding two codes is no row's: not a code column.
  if (new Set(best.map((b) => b.i)).size < best.length) return null;
  return new Map(best.map((b) => [b.i, b.text]));
}
