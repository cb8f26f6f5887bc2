/**
 * A PDF header band whose labels the rules mostly do not know ("Piiri | Tulosalue | Suunta |
 * Etappi | Toteuma | Kausiarvio 2026 | Koodi": two known fields, the rest under other names or
 * added). Its known labels are too few to tell it by its words (`namesEnoughFields`), so it is told
 * by its shape and confirmed by what stands under it, as the text reader's `label-line.ts` does: a
 * band of short cells that each read as a label (opening with a capital, no figure but a year, no
 * clause end), as many columns as a table of the rules has, and below it words under most of
 * those columns with a figure (the measure's) among them. A data row or a line of prose that
 * happens to hold two label words is no such band: its cells are long, go on in small letters
 * from the line's start, or end clauses.
 */
import type { PdfTableSettings } from "../../rules/load.js";
import type { Word } from "../../model/pdf.js";
import { CLAUSE_END, FEW_LABEL_ROW_LOOKAHEAD, LABEL_OPENING, LABEL_YEAR, MIN_FEW_LABEL_COLUMNS } from "./label-words.js";

/** Most words one label cell holds ("Avaintuloksen toteutuminen vuositasolla 2026" has four). */
export const MAX_LABEL_CELL_WORDS = 6;

/** Whether one header cell's words (any order) read as a label. */
export function readsAsLabel(words: readonly Word[], s: PdfTableSettings): boolean {
  if (!words.length || words.length > MAX_LABEL_CELL_WORDS) return false;
  const sorted = [...words].sort((a, b) => (Math.abs(a.baseline - b.baseline) < s.baselineTolerance * a.fontSize ? a.x0 - b.x0 : a.baseline - b.baseline));
  if (!LABEL_OPENING.test(sorted[0]!.text)) return false;
  return sorted.every((w) => (LABEL_YEAR.test(w.text) || !/\d/u.test(w.text)) && !CLAUSE_END.test(w.text));
}

/**
 * Whether the words below `bottom` read as a table's rows under these labels: within the first
 * `FEW_LABEL_ROW_LOOKAHEAD` lines, words under at least `MIN_FEW_LABEL_COLUMNS` of the labels and
 * a figure among them.
 */
export function rowsUnderBand(labels: readonly { words: readonly Word[] }[], words: readonly Word[], bottom: number, s: PdfTableSettings): boolean {
  const below = words.filter((w) => w.top >= bottom - 0.1 * w.fontSize).sort((a, b) => a.baseline - b.baseline);
  const taken: Word[] = [];
  let lines = 0;
  let base = -Infinity;
  for (const w of below) {
    if (Math.abs(w.baseline - base) > s.baselineTolerance * w.fontSize) {
      if (++lines > FEW_LABEL_ROW_LOOKAHEAD) break;
      base = w.baseline;
    }
    taken.push(w);
  }
  if (!taken.some((w) => /\d/u.test(w.text))) return false;
  const spans = labels.map((l) => ({ x0: Math.min(...l.words.map((w) => w.x0)), x1: Math.max(...l.words.map((w) => w.x1)), fs: l.words[0]!.fontSize }));
  const under = spans.filter((sp) => taken.some((w) => w.x0 < sp.x1 + 0.5 * sp.fs && w.x1 > sp.x0 - 0.5 * sp.fs)).length;
  return under >= MIN_FEW_LABEL_COLUMNS;
}

/** Whether a header band of few known labels is the table's by its shape and the rows under it. */
export function isLabelBand(labels: readonly { words: readonly Word[] }[], words: readonly Word[], bottom: number, s: PdfTableSettings): boolean {
  return labels.length >= MIN_FEW_LABEL_COLUMNS && labels.every((l) => readsAsLabel(l.words, s)) && rowsUnderBand(labels, words, bottom, s);
}
