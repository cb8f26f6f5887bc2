/**
 * A token wider than its column is broken by the typesetter wherever the line is full, with no
 * hyphen and no space ("AB 7/00.01.0" + "4/2031": a case number in a narrow added column). Read
 * line by line, its two parts would be two words. A line's last word and the next line's first
 * are one token again when both are parts of a figure code (digits joined by "/" or ".") and,
 * together, they are as wide as the column's widest line or wider: no typesetter moves a word
 * that fits to the next line, so only a word too wide for every line is ever cut so.
 */
import type { Word } from "../../model/pdf.js";
import type { TextLine } from "../../text/lines.js";

/** A line's last word that may be the first part of a figure code: a separator between digits, ending in a digit or separator. */
const CODE_HEAD = /\p{N}[./]\p{N}*[./]?$/u;
/** The next line's first word going on with the code: it starts with a digit, or a separator before one. */
const CODE_TAIL = /^[./]?\p{N}/u;
/**
 * Share of the font size the joined token may fall short of the column's widest line and still
 * count as too wide: measured glyph boxes differ from the typesetter's advance widths by a hair
 * (a token that missed the line by less than a point is drawn about as wide as that line).
 */
const WIDTH_SLACK = 0.3;

/** Horizontal extent of the text a column holds on a page (left of its leftmost word, right of its rightmost). */
export interface ColumnExtent {
  x0: number;
  x1: number;
}

/** The extent of each column's text on a page, for `words` already assigned to columns by `columnOf`. */
export function columnExtents(words: readonly Word[], columnOf: (w: Word) => number, nCols: number): (ColumnExtent | undefined)[] {
  const out: (ColumnExtent | undefined)[] = Array.from({ length: nCols }, () => undefined);
  for (const w of words) {
    const c = Math.min(columnOf(w), nCols - 1);
    const e = out[c];
    if (!e) out[c] = { x0: w.x0, x1: w.x1 };
    else {
      e.x0 = Math.min(e.x0, w.x0);
      e.x1 = Math.max(e.x1, w.x1);
    }
  }
  return out;
}

/** Whether the texts of a cell's lines show a candidate at all (cheap test before the geometry). */
export function mayHoldForcedBreak(lines: readonly string[]): boolean {
  for (let i = 0; i + 1 < lines.length; i++) if (CODE_HEAD.test(lines[i]!) && CODE_TAIL.test(lines[i + 1]!)) return true;
  return false;
}

/**
 * The cell's line texts with each forced break of a figure code undone: the next line's first
 * word glued to the line before. `extent` is the column's text on the page.
 */
export function joinForcedBreaks(lines: readonly TextLine[], extent: ColumnExtent): string[] {
  const width = extent.x1 - extent.x0;
  const words = lines.map((l) => [...l.words]);
  for (let i = 0; i + 1 < words.length; i++) {
    const left = words[i]![words[i]!.length - 1];
    const right = words[i + 1]![0];
    if (!left || !right || !CODE_HEAD.test(left.text) || !CODE_TAIL.test(right.text)) continue;
    if (left.x1 - left.x0 + (right.x1 - right.x0) <= width - WIDTH_SLACK * left.fontSize) continue;
    words[i]![words[i]!.length - 1] = { ...left, text: left.text + right.text, x1: left.x1 + (right.x1 - right.x0) };
    words[i + 1]!.shift();
    // A line that was nothing but the code's middle part: the line after it may hold the rest.
    if (!words[i + 1]!.length) words.splice(i-- + 1, 1);
  }
  return words.map((ws) => ws.map((w) => w.text).join(" "));
}
