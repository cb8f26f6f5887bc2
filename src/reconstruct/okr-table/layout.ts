/**
 * Page furniture of the OKR table in text form: the repeated column-header block, the section
 * heading above it, and page-number lines. Everything here is driven by `rules/okr-table.json`.
 */
import type { OkrTableRules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import { letterKey } from "../../text/letters.js";
import { findTextHeaders } from "./text-header.js";
import { EXTRA_PREFIX } from "./header.js";

export interface HeaderBlock {
  /** Indexes into the line array: first and last line of the block (inclusive). */
  start: number;
  end: number;
  labelsFound: number;
  /** Fields in printed order: a known field, or `extra:<header text>`. */
  columns: string[];
  /** A column taken for the division by its place alone (see `TextHeader`). */
  guessedDivision?: { at: number; label: string };
  /** Told by its shape alone: every column's field is told by the values (see `TextHeader`). */
  byShape?: boolean;
}

/**
 * Finds column-header blocks by their labels (usual label or synonym, any order, an unknown
 * label kept as an extra column): see `text-header.ts`. A block must name at least
 * `detect.minHeaderLabels` known fields.
 */
export function findHeaderBlocks(lines: readonly SourceLine[], rules: OkrTableRules): HeaderBlock[] {
  return findTextHeaders(lines, rules).map((h) => ({
    start: h.start,
    end: h.end,
    labelsFound: h.columns.filter((c) => !c.startsWith(EXTRA_PREFIX)).length,
    columns: h.columns,
    ...(h.guessedDivision ? { guessedDivision: h.guessedDivision } : {}),
    ...(h.byShape ? { byShape: true } : {}),
  }));
}

export function isBlank(line: SourceLine | undefined): boolean {
  return !line || line.text.trim() === "";
}

/**
 * The section heading is the paragraph right above a header block: the line before it, plus
 * earlier lines while they end with a wrap hyphen or while the joined text is a heading already
 * seen in this document (a heading wrapped over lines), at most `headings.maxHeadingLines` lines.
 */
export function headingLinesBefore(
  lines: readonly SourceLine[],
  block: HeaderBlock,
  lowerLimit: number,
  knownHeadings: ReadonlySet<string>,
  rules: OkrTableRules,
): number[] {
  let i = block.start - 1;
  // With page numbers (pdftotext marks page starts), the heading is what stands between the
  // top of the page and the column headers.
  const page = lines[block.start]!.page;
  if (page !== undefined) {
    let top = block.start;
    while (top - 1 >= lowerLimit && lines[top - 1]!.page === page) top--;
    // Stopped by the previous table on this page: the heading is the paragraph right above.
    const pageTop = top === 0 || lines[top - 1]!.page !== page;
    const picked: number[] = [];
    for (let j = top; j < block.start; j++) if (!isBlank(lines[j])) picked.push(j);
    // More lines than a heading has: rows of a table above stand on this page (a section
    // starting part-way down), and the heading is the paragraph right above.
    if (pageTop && picked.length > 0 && picked.length <= rules.headings.maxHeadingLines + 1) return picked.slice(-rules.headings.maxHeadingLines);
    // A header that opens its page: the paragraph ending the page before is its heading (kept at
    // the page's foot) only when a value ends the line above it (the last row's measured value);
    // otherwise the header repeats the table's and the paragraph is the last row's end (producers
    // that repeat only the header; word processors keep a heading with what follows it).
    if (pageTop && picked.length === 0 && top > 0) {
      const above = paragraphAbove(lines, block.start - 1, lowerLimit, knownHeadings, rules);
      const before = above.length ? above[0]! - 1 : -1;
      if (before < lowerLimit) return [];
      // After a repeated whole line the paragraph must read as a title: no sentence ends inside it.
      const title = !above.some((k) => /[.!?]\s+\S/u.test(lines[k]!.text));
      return ROW_VALUE_END.test(lines[before]!.text) || (title && repeatedWholeLine(lines, before)) ? above : [];
    }
  }
  return paragraphAbove(lines, i, lowerLimit, knownHeadings, rules);
}

/** Times a line must stand whole elsewhere in the document to be a complete cell value. */
const MIN_WHOLE_LINE_REPEATS = 3;
/** Most words of such a value (a status phrase, not a wrapped sentence's line). */
const MAX_WHOLE_LINE_WORDS = 5;

/**
 * Whether line `i` is a complete value the rows repeat, after which the row has ended as surely as
 * after a number (a status phrase ending the last row, "Not yet measurable"): a few words without
 * closing punctuation, standing whole at least a few more times in the document, followed there
 * by lines that differ (new rows), not by the same next line (one wrapped text restated in rows).
 */
function repeatedWholeLine(lines: readonly SourceLine[], i: number): boolean {
  const text = lines[i]!.text.trim();
  if (!/\p{L}/u.test(text) || /[.,;:]$/u.test(text) || text.split(/\s+/).length > MAX_WHOLE_LINE_WORDS) return false;
  const next = new Set<string>();
  let times = 0;
  for (let j = 0; j < lines.length; j++) {
    if (j === i || lines[j]!.text.trim() !== text) continue;
    times++;
    let k = j + 1;
    while (k < lines.length && isBlank(lines[k])) k++;
    next.add(k < lines.length ? lines[k]!.text.trim() : "");
  }
  return times >= MIN_WHOLE_LINE_REPEATS && next.size >= 2;
}

/** A row's last line ends in a value: a number, a percentage. */
const ROW_VALUE_END = /[\p{N}%]\s*$/u;

/** The paragraph ending at line `i` (blank lines skipped): a heading wrapped over lines. */
function paragraphAbove(lines: readonly SourceLine[], i: number, lowerLimit: number, knownHeadings: ReadonlySet<string>, rules: OkrTableRules): number[] {
  while (i >= lowerLimit && isBlank(lines[i])) i--;
  if (i < lowerLimit) return [];
  const picked = [i];
  for (let j = i - 1; j >= lowerLimit && picked.length < rules.headings.maxHeadingLines; j--) {
    if (isBlank(lines[j])) break;
    const prev = lines[j]!.text.trimEnd();
    const joined = letterKey([j, ...picked].map((k) => lines[k]!.text).join(" "));
    if (prev.endsWith("-") || knownHeadings.has(joined)) picked.unshift(j);
    else break;
  }
  return picked;
}

export function isFurnitureLine(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}
