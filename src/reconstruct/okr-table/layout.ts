/**
 * Page furniture of the OKR table in text form: the repeated column-header block, the section
 * heading above it, and page-number lines. Everything here is driven by `rules/okr-table.json`.
 */
import type { OkrTableRules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import { letterKey } from "../../text/letters.js";

export interface HeaderBlock {
  /** Indexes into the line array: first and last line of the block (inclusive). */
  start: number;
  end: number;
  labelsFound: number;
}

/**
 * Finds column-header blocks: a run of lines (blank lines allowed) whose letters, read in order,
 * spell the column labels in order. Wraps and hyphens inside labels do not matter because the
 * comparison is on letters only. A block must cover at least `detect.minHeaderLabels` labels.
 */
export function findHeaderBlocks(lines: readonly SourceLine[], rules: OkrTableRules): HeaderBlock[] {
  const labels = rules.columns.map((c) => letterKey(c.label));
  const all = labels.join("");
  const blocks: HeaderBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!letterKey(lines[i]!.text).startsWith(labels[0]!)) continue;
    let acc = "";
    let end = i;
    for (let j = i; j < lines.length && j < i + 24; j++) {
      const k = letterKey(lines[j]!.text);
      if (!k) continue;
      if (!all.startsWith(acc + k)) break;
      acc += k;
      end = j;
      if (acc === all) break;
    }
    let labelsFound = 0;
    let pos = 0;
    for (const l of labels) {
      if (acc.length < pos + l.length) break;
      pos += l.length;
      labelsFound++;
    }
    if (labelsFound >= rules.detect.minHeaderLabels) {
      blocks.push({ start: i, end, labelsFound });
      i = end;
    }
  }
  return blocks;
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
    const picked: number[] = [];
    for (let j = top; j < block.start; j++) if (!isBlank(lines[j])) picked.push(j);
    if (picked.length > 0) return picked.slice(-rules.headings.maxHeadingLines);
  }
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
