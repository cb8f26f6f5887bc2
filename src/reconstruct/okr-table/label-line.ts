/**
 * A header (on one line, or wrapped over a few) whose labels the rules mostly do not know ("Piiri Suunta Tulosalue Etappi
 * Toteuma Kausiarvio Koodi": a division, an objective and a key result under other names, an added
 * column last). Its known labels are too few to tell it by its words, so it is told by its shape
 * and confirmed by what stands under it: a line that reads as a row of labels (each opening with
 * a capital, a small-letter word at most going on with one, no figure but a year, no clause end),
 * as many columns as a table of the rules has, and lines under it that read as rows (a figure,
 * the measure column's, within a few lines). A sentence that names labels is no such line.
 */
import { EXTRA_PREFIX } from "./header.js";
import { CLAUSE_END, FEW_LABEL_ROW_LOOKAHEAD, LABEL_OPENING, LABEL_YEAR, LOWER_WORD, MIN_FEW_LABEL_COLUMNS, MIN_FEW_LABEL_KNOWN } from "./label-words.js";

/**
 * Whether a line's words read as a row of labels: at least `MIN_FEW_LABEL_COLUMNS` words that
 * open a label, fewer small-letter words than those (never two in a row), no figure but a year, no
 * clause end.
 */
export function isLabelLine(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  let opening = 0;
  let small = 0;
  let prevSmall = false;
  for (const w of words) {
    if (LABEL_YEAR.test(w)) continue;
    if (/\d/u.test(w) || CLAUSE_END.test(w)) return false;
    if (LABEL_OPENING.test(w)) {
      opening++;
      prevSmall = false;
    } else if (LOWER_WORD.test(w) && !prevSmall && opening > 0) {
      small++;
      prevSmall = true;
    } else if (w !== "/") return false;
  }
  return opening >= MIN_FEW_LABEL_COLUMNS && small < opening;
}

/** Whether a header read from such a line names enough: known fields and columns in all. */
export function labelLineNamesEnough(columns: readonly string[]): boolean {
  const known = new Set(columns.filter((c) => !c.startsWith(EXTRA_PREFIX)));
  return known.size >= MIN_FEW_LABEL_KNOWN && columns.length >= MIN_FEW_LABEL_COLUMNS;
}

/** Whether the lines under line `end` read as a table's rows: a figure within `FEW_LABEL_ROW_LOOKAHEAD` lines. */
export function rowsUnder(lines: readonly { text: string }[], end: number): boolean {
  let seen = 0;
  for (let m = end + 1; m < lines.length && seen < FEW_LABEL_ROW_LOOKAHEAD; m++) {
    const t = lines[m]!.text.trim();
    if (!t) continue;
    seen++;
    if (/\d/u.test(t)) return true;
  }
  return false;
}
