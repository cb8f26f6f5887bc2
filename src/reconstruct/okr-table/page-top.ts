/**
 * Whether the first row band of a page goes on with the previous page's last row (a row broken
 * over the page) or starts a row of its own. Told by how the band's first line opens, in the
 * anchor column (the first column with text on the page) and beside it.
 *
 * The band goes on when its anchor cell is empty, starts in lower case (a name wrapped over the
 * page break) or holds no letter at all (a key result printed first whose last word, "2024.",
 * went over); a capital starts a row. Three cases start a row all the same, each because a row's
 * rests broken over a page hold only its longer cells, which do not all open on one line:
 * - an anchor cell opening with a figure ("70 % of the staff …") or a figure or mark of its own (a
 *   running number, "–"), when all columns but one have text on that line;
 * - a lower-case anchor cell (an added column of groups, "over 65"), when every other column opens
 *   a cell on that line with a capital or a figure (at least `MIN_CELLS_OPENING_BESIDE` of them);
 * - an empty anchor cell (an added first column without a value), when the other columns start
 *   together on the band's first line, all but one of them.
 */
import type { Word } from "../../model/pdf.js";
import { groupLines } from "../../text/lines.js";

/** A cell's first word as a new cell opens it: a capital or a figure, after any marks. */
const CELL_OPENING = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;
/** Columns beside a lower-case anchor cell that must open new cells for the band to start a row. */
const MIN_CELLS_OPENING_BESIDE = 3;

/**
 * `band`: the words of the page's first band; `lead`: the anchor column; `col`: a word's column
 * of the table's `columns`; `tolerance`: the baseline tolerance in type sizes.
 */
export function firstBandContinues(band: readonly Word[], lead: number, col: (w: Word) => number, columns: number, tolerance: number): boolean {
  const top = groupLines(band.filter((w) => col(w) === lead), tolerance)[0];
  if (!top) {
    const firstLine = groupLines(band, tolerance)[0];
    const columnsOnLine = new Set(firstLine?.words.map(col));
    return columnsOnLine.size < columns - lead - 2;
  }
  if (!/^[^\p{L}]*(\p{Ll}|$)/u.test(top.text)) return false;
  const opensWithFigure = /^\p{N}/u.test(top.text) || !/\p{L}/u.test(top.text);
  const onLine = band.filter((w) => Math.abs(w.baseline - top.baseline) <= tolerance * w.fontSize);
  const columnsOnLine = new Set(onLine.map(col));
  const besides = [...columnsOnLine].filter((c) => c !== lead);
  const opensCell = (c: number) => CELL_OPENING.test(onLine.filter((w) => col(w) === c).reduce((a, w) => (w.x0 < a.x0 ? w : a)).text);
  const newCellsBeside = besides.length >= MIN_CELLS_OPENING_BESIDE && besides.every(opensCell);
  return !((opensWithFigure || newCellsBeside) && columnsOnLine.size >= columns - lead - 1);
}
