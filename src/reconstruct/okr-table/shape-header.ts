/**
 * A text header none of whose labels the rules know ("Kirjaus-" / "tunnus" / "Kohdeluku
 * Ohjaava suunta Kokoel-" / "makirja" …): its words name no field, so it is told by its
 * shape alone, as the issue asks of a document the vocabulary does not cover. A block of lines of
 * label words (each label opening with a capital, a small word at most going on with one, words
 * hyphenated over lines in narrow columns, no figure but a year, no clause end) that stands right
 * above a line that is no such line (the first row), and that the document prints word for word
 * above its rows on several pages (a table repeated over pages repeats its header, not its rows),
 * with rows under it (a figure within a few lines, `rowsUnder`).
 * Its columns are all unknown (`extra:<label>`); the rows' values tell the fields
 * (`shapeFieldsGuess` here, then `value-told.ts`).
 */
import type { SourceLine } from "../../model/source.js";
import { EXTRA_PREFIX } from "./header.js";
import { isLabelLine, rowsUnder } from "./label-line.js";
import { CLAUSE_END, LABEL_OPENING, LABEL_YEAR, LOWER_WORD, MIN_FEW_LABEL_COLUMNS } from "./label-words.js";
import { FIGURE_FIRST } from "./value-told.js";

/** Most lines such a header takes (labels hyphenated a syllable a line in narrow columns). */
const MAX_SHAPE_LINES = 16;
/** Most columns such a header has: more are prose, not a table's labels. */
const MAX_SHAPE_COLUMNS = 9;
/** Fewest times the document prints the same header above rows. */
const MIN_REPEATS = 2;
/** A word wrapped at a hyphen (or a soft hyphen) at its line's end. */
const WRAPPED = /\p{L}[-\u00ad]$/u;

export interface ShapeHeader {
  start: number;
  end: number;
  columns: string[];
}

/** Whether a word may stand in a header label: a label's opening, a small word, a wrapped syllable, a year, a slash. */
function labelWord(w: string): boolean {
  if (LABEL_YEAR.test(w) || w === "/") return true;
  if (/\d/u.test(w) || CLAUSE_END.test(w)) return false;
  const bare = w.replace(/[-\u00ad]$/u, "");
  return LABEL_OPENING.test(bare) || LOWER_WORD.test(bare) || /^\p{Ll}+-\p{Ll}+$/u.test(bare) || /^\p{Lu}$/u.test(bare);
}

const wordsOf = (line: SourceLine) => line.text.trim().split(/\s+/u).filter(Boolean);

/** Header words as printed, a wrap hyphen between a lower-case pair undone ("Kokoel-" "makirja"). */
function joinWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && WRAPPED.test(prev) && /^\p{Ll}/u.test(w)) out[out.length - 1] = prev.slice(0, -1) + w;
    else out.push(w);
  }
  return out;
}

/** The labels of joined header words: a capital opens a label, a small word goes on with one. */
function labelsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (out.length && !LABEL_OPENING.test(w)) out[out.length - 1] += ` ${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * The block of label lines ending right before line `row` (the first row's first line), from its
 * highest line whose words from there down still read as a row of labels (a heading above, a phrase
 * of small words in a row, is left out), or null.
 */
function blockAbove(lines: readonly SourceLine[], row: number): { start: number; end: number; text: string } | null {
  const end = row - 1;
  let start = -1;
  for (let k = end; k >= 0 && end - k < MAX_SHAPE_LINES; k--) {
    const words = wordsOf(lines[k]!);
    if (!words.length || !words.every(labelWord)) break;
    const text = joinWords(lines.slice(k, end + 1).flatMap(wordsOf)).join(" ");
    // A page's first line above more label lines is its heading (the section's, or the page's own,
    // whatever its words), unless a label wraps off it: the block starts below it.
    const pageTop = lines[k]!.text.startsWith("\f") || (k > 0 && lines[k - 1]!.page !== undefined && lines[k - 1]!.page !== lines[k]!.page);
    if (pageTop && start >= 0 && !WRAPPED.test(words[words.length - 1]!)) break;
    // A compound hyphenated by its author ("kirjaus-ehto") is one word of a label.
    if (isLabelLine(text.replace(/(\p{L})-(\p{L})/gu, "$1$2"))) start = k;
    if (pageTop) break;
  }
  if (start < 0) return null;
  return { start, end, text: joinWords(lines.slice(start, end + 1).flatMap(wordsOf)).join(" ") };
}

/**
 * The headers told by their shape: every block of label lines above a line that is none, whose
 * joined text the document prints at least `MIN_REPEATS` times so, with as many labels as a table of
 * the rules has columns at least. The most repeated such text is the header; each of its
 * repetitions is a header block.
 */
export function findShapeHeaders(lines: readonly SourceLine[]): ShapeHeader[] {
  const byText = new Map<string, { start: number; end: number }[]>();
  for (let row = 1; row < lines.length; row++) {
    const words = wordsOf(lines[row]!);
    if (!words.length || words.every(labelWord)) continue;
    const block = blockAbove(lines, row);
    // Rows stand under a table's header: a figure (the measure's) within a few lines.
    if (!block || !rowsUnder(lines, block.end)) continue;
    const list = byText.get(block.text) ?? [];
    if (!list.some((b) => b.end === block.end)) list.push({ start: block.start, end: block.end });
    byText.set(block.text, list);
  }
  let best: [string, { start: number; end: number }[]] | null = null;
  for (const entry of byText) {
    const n = labelsOf(entry[0].split(" ")).length;
    if (entry[1].length < MIN_REPEATS || n < MIN_FEW_LABEL_COLUMNS || n > MAX_SHAPE_COLUMNS) continue;
    if (!best || entry[1].length > best[1].length) best = entry;
  }
  if (!best) return [];
  const columns = labelsOf(best[0].split(" ")).map((l) => EXTRA_PREFIX + l);
  // Every place the header's lines stand word for word, also above a first row whose first line
  // reads as labels too (a measured value in words), which the block above ran on into.
  const first = best[1][0]!;
  const texts = lines.slice(first.start, first.end + 1).map((l) => l.text.trim());
  const out: ShapeHeader[] = [];
  for (let i = 0; i + texts.length <= lines.length; i++) {
    if (texts.every((t, k) => lines[i + k]!.text.trim() === t)) {
      out.push({ start: i, end: i + texts.length - 1, columns: columns.slice() });
      i += texts.length - 1;
    }
  }
  return out;
}

/** Share of the headers whose first row opens with a figure for the first column to be read as the measure's. */
const MIN_FIGURE_OPENINGS = 0.5;
/** The levels, coarse to fine, and the measure after them: a table prints them in this order, or the other way round. */
const HIERARCHY = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"] as const;
/** Fields guessed from the measure's side: the measure, the key result, the objective. */
const MEASURE_SIDE_GUESSES = 3;

/**
 * A first reading's fields for a header told by its shape: only their kinds need be right (a
 * sentence, a name, a measured value) for the rows' cells to be cut well enough that the values can
 * tell each column's field after it. A table prints its levels in order from the division's side or
 * from the measure's: when the first rows under the headers open with a figure the measure stands
 * first and the key result and the objective follow; otherwise the division's side is first.
 */
export function shapeFieldsGuess(lines: readonly SourceLine[], blocks: readonly { end: number; columns: readonly string[] }[]): Map<string, string> {
  let figures = 0;
  for (const b of blocks) {
    let k = b.end + 1;
    while (k < lines.length && !lines[k]!.text.trim()) k++;
    if (k < lines.length && FIGURE_FIRST.test(lines[k]!.text.trim())) figures++;
  }
  // From the measure's side only the measure and the two sentence columns are guessed: the names
  // after them may be printed in any order among added columns, and a name column guessed wrong
  // cuts its neighbours' cells so that their values confirm the guess.
  const order = figures >= MIN_FIGURE_OPENINGS * blocks.length ? [...HIERARCHY].reverse().slice(0, MEASURE_SIDE_GUESSES) : [...HIERARCHY];
  const columns = blocks[0]?.columns ?? [];
  return new Map(columns.slice(0, order.length).map((c, i) => [c, order[i]!]));
}
