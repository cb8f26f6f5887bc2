/**
 * Reconstructing stage for the OKR table from positioned words (PDF input). Word positions make
 * column boundaries knowable instead of guessed:
 *  - the header row is found by the letters of the column labels (`rules/okr-table.json`);
 *  - column boundaries come from vertical rulings when the table is ruled, otherwise from the
 *    emptiest vertical strip next to each label (the body's alignment);
 *  - rows come from horizontal rulings when ruled, otherwise from first-column anchors (a line that
 *    starts with a division name) with vertical gaps as the fallback;
 *  - text at the top of a page that starts no row continues the last row of the previous page;
 *  - cell lines are dehyphenated with the same module as the text path.
 */
import type { PdfTableSettings, Region, Rules } from "../../rules/load.js";
import type { PdfPage, PdfText, Ruling, Word } from "../../model/pdf.js";
import { OKR_FIELDS, type OkrRow, type BBox } from "../../model/okr.js";
import { HyphenEvidence, joinCellLines, producerIsOneOf, type DehyphenContext } from "../dehyphenate.js";
import { letterKey } from "../../text/letters.js";
import { groupLines, lineTexts, type TextLine } from "../../text/lines.js";
import { matchDivision, tokenize, type RowLine } from "./rows.js";
import { EXTRA_PREFIX, findHeaderRows, headerText, labelKeys, labelLineReach, type HeaderRow } from "./header.js";
import { splitAtColumnEdges, splitGluedLabelWords } from "./glued-words.js";
import { gridRowCap, onPixelGrid } from "./pixel-grid.js";
import { UNCONFIRMED, valueToldColumns } from "./value-told.js";
import { degeneratePage } from "../degenerate-page.js";
import { typicalPitch } from "../line-pitch.js";
import { isRedrawnFragment, isRedrawnHeaderLine } from "./redrawn-glyphs.js";
import { columnExtents, joinForcedBreaks, mayHoldForcedBreak } from "./forced-breaks.js";
import { firstBandContinues } from "./page-top.js";

export interface HeaderLabel {
  field: string;
  x0: number;
  words: Word[];
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  header: HeaderRow;
  heading: { text: string; lines: string[]; top: number; bottom: number } | null;
  /** x of the boundary between column i and i+1. */
  boundaries: number[];
  left: number;
  right: number;
  ruled: boolean;
  bands: { top: number; bottom: number; continuation: boolean; anchor: "ruling" | "division" | "gap" | "page-top" }[];
  rulings: Ruling[];
  words: Word[];
  /** The next section's heading, printed at this page's foot (its table starts on the next page). */
  footHeading?: string[];
  /** The table's line pitch in type sizes (`line-pitch.ts`), or the table's before when too short to show its own. */
  pitch?: number;
  /** Text above the header that holds no word (a letter a page break cut off the row before): not a heading. */
  stray?: Word[];
}

/**
 * Follows a header label from its first word: the next word to the right on the same line, or the
 * first word of a following line at the same left edge, as long as the letters continue the label.
 */
function consumeLabel(anchor: Word, key: string, words: readonly Word[], used: ReadonlySet<Word>, s: PdfTableSettings): { words: Word[]; letters: number } {
  const taken = [anchor];
  let rest = key.slice(letterKey(anchor.text).length);
  let last = anchor;
  while (rest) {
    const fs = last.fontSize;
    // The nearest free word to the right on the same line, and the first free word of a line below
    // at the anchor's left edge (position tests first: they are cheap and rule out nearly all words).
    let sameLine: Word | undefined;
    let below: Word | undefined;
    for (const w of words) {
      if (Math.abs(w.baseline - last.baseline) < s.baselineTolerance * fs) {
        if (w.x0 > last.x1 - 1 && w.x0 - last.x1 < 1.5 * fs && (!sameLine || w.x0 < sameLine.x0) && !used.has(w) && !taken.includes(w)) sameLine = w;
      } else if (w.baseline > last.baseline + s.baselineTolerance * fs && w.baseline < last.baseline + labelLineReach(last) * fs && Math.abs(w.x0 - anchor.x0) <= s.labelAlignTolerance * 4) {
        if ((!below || w.baseline < below.baseline || (w.baseline === below.baseline && w.x0 < below.x0)) && !used.has(w) && !taken.includes(w)) below = w;
      }
    }
    const next = [sameLine, below].find((w) => w && letterKey(w.text) && rest.startsWith(letterKey(w.text)));
    if (!next) break;
    taken.push(next);
    rest = rest.slice(letterKey(next.text).length);
    last = next;
  }
  return { words: taken, letters: key.length - rest.length };
}

// Module-level helpers rather than closures per call: V8 drops optimized code of per-call closures
// at each full GC and optimizes them again (see draftToRow below).

/** Letters of a label that must be found: all of a short one, at least a prefix of a long one. */
function enoughLetters(key: string, s: PdfTableSettings): number {
  return Math.min(key.length, Math.max(s.minLabelPrefixChars, 8));
}

function byLeftThenTop(a: Word, b: Word): number {
  return a.x0 - b.x0 || a.top - b.top;
}

function wordsOfLabels(labels: readonly HeaderLabel[]): Word[] {
  const out: Word[] = [];
  for (const l of labels) for (const w of l.words) out.push(w);
  return out;
}

function emptyCells(n: number): CellDraft[] {
  const cells: CellDraft[] = [];
  for (let i = 0; i < n; i++) cells.push({ lines: [], words: [] });
  return cells;
}

/**
 * Finds a table's column-header row by the letters of its labels (any table family): the first
 * label's word, then each next label's first word to the right whose following words spell it.
 */
export function findHeaderFor(page: PdfPage, cols: readonly { field: string; label: string; optional?: boolean }[], s: PdfTableSettings, minLabels: number): PageLayout["header"] | null {
  const keys = cols.map((c) => letterKey(c.label));
  const firstLabelStarts = page.words.filter((w) => {
    const k = letterKey(w.text);
    return k.length >= Math.min(s.minLabelPrefixChars, keys[0]!.length) && keys[0]!.startsWith(k) && consumeLabel(w, keys[0]!, page.words, new Set(), s).letters >= enoughLetters(keys[0]!, s);
  });
  for (const anchor of firstLabelStarts.sort((a, b) => a.top - b.top)) {
    // Header cells are top-aligned or close to it: first words lie in a band below the first label.
    const bandTop = anchor.top - anchor.fontSize * 2;
    const bandBottom = anchor.bottom + anchor.fontSize * s.headerBandLines;
    const band = page.words.filter((w) => w.top >= bandTop && w.bottom <= bandBottom);
    const used = new Set<Word>();
    const labels: HeaderLabel[] = [];
    let prevX = -Infinity;
    for (let j = 0; j < cols.length; j++) {
      const k = keys[j]!;
      const candidates = band
        .filter((w) => !used.has(w) && w.x0 > prevX + 1 && letterKey(w.text) && k.startsWith(letterKey(w.text)))
        .sort(byLeftThenTop);
      let found: Word[] | undefined;
      for (const cand of candidates) {
        const c = consumeLabel(cand, k, page.words, used, s);
        if (c.letters >= enoughLetters(k, s)) {
          found = c.words;
          break;
        }
      }
      if (!found) {
        if (cols[j]!.optional) continue;
        break;
      }
      found.forEach((w) => used.add(w));
      labels.push({ field: cols[j]!.field, x0: Math.min(...found.map((w) => w.x0)), words: found });
      prevX = found[0]!.x0;
    }
    if (labels.length < minLabels) continue;
    const all = wordsOfLabels(labels);
    return { top: Math.min(...all.map((w) => w.top)), bottom: Math.max(...all.map((w) => w.bottom)), labels };
  }
  return null;
}

export function snap(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (!out.length || v - out[out.length - 1]! > tol) out.push(v);
  return out;
}

/** Points right of a candidate boundary within which the next column's line beginnings are counted. */
const LINE_START_REACH = 3;

/** Column boundaries: vertical rulings where the table has them, else the emptiest strip left of each label. */
export function findBoundaries(page: PdfPage, header: PageLayout["header"], body: Word[], s: PdfTableSettings): { boundaries: number[]; ruled: boolean; left: number; right: number } {
  const labels = header.labels;
  const verticals = page.rulings.filter((r) => r.orientation === "v" && r.y1 > header.top - 2);
  const vx = snap(verticals.map((r) => r.x0), s.rulingSnap);
  const boundaries: number[] = [];
  let ruledCount = 0;
  let bodyRight = page.width;
  for (const w of body) if (w.x1 > bodyRight) bodyRight = w.x1;
  const maxX = Math.ceil(bodyRight);
  // How many words cover each x (1-point steps): +1 where a word starts, −1 after it ends, then summed.
  const coverage = new Int32Array(maxX + 2);
  const cover = (w: Word) => {
    const from = Math.max(0, Math.floor(w.x0));
    const to = Math.min(maxX, Math.ceil(w.x1) - 1);
    if (to < from) return;
    coverage[from]!++;
    coverage[to + 1]!--;
  };
  for (const w of body) cover(w);
  for (const l of labels) for (const w of l.words) cover(w);
  for (let x = 1; x < coverage.length; x++) coverage[x]! += coverage[x - 1]!;
  for (let j = 1; j < labels.length; j++) {
    const lo = labels[j - 1]!.x0 + 2;
    const hi = labels[j]!.x0 + s.labelAlignTolerance;
    const ruling = vx.filter((x) => x > lo && x <= hi).pop();
    if (ruling !== undefined) {
      boundaries.push(ruling);
      ruledCount++;
      continue;
    }
    // Borderless: the least covered x in the gap before the label, the one nearest the label on ties.
    let best = labels[j]!.x0 - 0.5;
    let bestCov = Infinity;
    const from = Math.max(Math.ceil(lo), Math.floor(labels[j]!.x0 - s.boundarySearchPad * 10));
    for (let x = Math.floor(hi); x >= from; x--) {
      const c = coverage[x] ?? 0;
      if (c < bestCov) {
        bestCov = c;
        best = x + 0.5;
      }
      if (c === 0 && x < labels[j]!.x0 - 1) break;
    }
    // No empty strip (a name set past its column's edge runs into the next column's words): of the
    // least covered places, the one right before where most of the next column's lines begin.
    if (bestCov > 0) {
      let starts = 0;
      for (let x = Math.floor(hi); x >= from; x--) {
        if ((coverage[x] ?? 0) !== bestCov) continue;
        let n = 0;
        for (const w of body) if (w.x0 >= x + 0.5 && w.x0 <= x + 0.5 + LINE_START_REACH) n++;
        if (n > starts) {
          starts = n;
          if (n >= 2) best = x + 0.5;
        }
      }
    }
    boundaries.push(best);
  }
  const left = vx.find((x) => x <= labels[0]!.x0 + 1 && x >= labels[0]!.x0 - 20) ?? labels[0]!.x0 - s.labelAlignTolerance;
  const lastLabel = labels[labels.length - 1]!;
  const right = vx.filter((x) => x > lastLabel.x0 + 5).pop() ?? bodyRight;
  return { boundaries, ruled: ruledCount >= s.minRuledBoundaries, left, right };
}

export function columnOf(x: number, boundaries: readonly number[]): number {
  let c = 0;
  while (c < boundaries.length && x >= boundaries[c]!) c++;
  return c;
}

function isFurniture(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}

/**
 * Header, heading, columns and row bands of every table on one page (a new section may start
 * part-way down a page: its heading and header row end the table above). `pitch`: the line pitch
 * of the table before (in type sizes), for a table too short to show its own.
 */
export function layoutPage(page: PdfPage, region: Region | null, rules: Rules, pitch?: number): PageLayout[] {
  const s = rules.okrTable.pdf;
  const headers = findHeaderRows(page, rules.okrTable);
  if (!headers.length) return [];
  const furniture = rules.okrTable.furnitureLinePatterns.map((p) => new RegExp(p, "iu"));
  const headerWords = new Set<Word>();
  for (const h of headers) for (const w of wordsOfLabels(h.labels)) headerWords.add(w);
  const free = page.words.filter((w) => !headerWords.has(w));
  const pageLines = groupLines(free, s.baselineTolerance);
  const furnitureWords = new Set(pageLines.filter((l) => isFurniture(l.text, furniture)).flatMap((l) => l.words));
  const content = free.filter((w) => !furnitureWords.has(w));
  // Headings first: each table's body ends where the next table's heading begins.
  const headings = headers.map((h, i) => {
    const floor = i === 0 ? -Infinity : headers[i - 1]!.bottom;
    const above = groupLines(content.filter((w) => w.bottom <= h.top + 1 && w.top >= floor), s.baselineTolerance);
    return pickHeading(above, i > 0, rules);
  });
  // A heading holds a word of two letters or more; a lone letter or fragment at the page top is
  // the end of a cell line the page break cut off, and goes back to the row before (`draftRows`).
  const stray: (Word[] | undefined)[] = headings.map((h, i) => {
    if (!h || h.lines.some((l) => /\p{L}{2,}/u.test(l))) return undefined;
    headings[i] = null;
    const floor = i === 0 ? -Infinity : headers[i - 1]!.bottom;
    return content.filter((w) => w.bottom <= headers[i]!.top + 1 && w.top >= floor && w.top >= h.top - 0.5 && w.bottom <= h.bottom + 0.5);
  });
  const out: PageLayout[] = [];
  headers.forEach((header, i) => {
    const ceiling = i + 1 < headers.length ? (headings[i + 1]?.top ?? headers[i + 1]!.top) - 0.5 : Infinity;
    // Below the header's last line. Lines set tighter than their type size (CSS line-height 0.85,
    // no padding) put the first body line's box up into the header's: its baseline still lies lower.
    const lastBaseline = Math.max(...wordsOfLabels(header.labels).map((w) => w.baseline));
    let body = content.filter((w) => (w.top >= header.bottom - 1 || w.baseline > lastBaseline + s.baselineTolerance * w.fontSize) && w.top < ceiling);
    let footHeading: string[] | undefined;
    if (i + 1 === headers.length) {
      // The header drawn again, clipped, at the page's foot: no text of the table's.
      const lines = groupLines(body, s.baselineTolerance);
      const lastLine = lines[lines.length - 1]?.words;
      if (lastLine && isRedrawnHeaderLine(lastLine, [...headerWords])) body = body.filter((w) => !lastLine.includes(w));
      const foot = headingAtFoot(body, s.baselineTolerance);
      if (foot) {
        body = body.filter((w) => !foot.words.has(w));
        footHeading = foot.lines;
      }
    }
    const layout = layoutTable(page, header, headings[i] ?? null, body, region, rules, i === 0, out[out.length - 1]?.pitch ?? pitch);
    if (footHeading) layout.footHeading = footHeading;
    if (stray[i]?.length) layout.stray = stray[i];
    out.push(layout);
  });
  return out;
}

/**
 * Lines at the very foot of a table's body set in a larger type than the body: the next section's
 * heading, which the producer put on this page while its table starts on the next.
 */
function headingAtFoot(body: readonly Word[], tolerance: number): { lines: string[]; words: Set<Word> } | null {
  if (body.length < 10) return null;
  const sizes = body.map((w) => w.fontSize).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)]!;
  const lines = groupLines(body, tolerance);
  const picked: TextLine[] = [];
  for (let i = lines.length - 1; i > 0 && picked.length < 3; i--) {
    const l = lines[i]!;
    if (!l.words.every((w) => w.fontSize > 1.15 * size)) break;
    picked.unshift(l);
  }
  if (!picked.length) return null;
  return { lines: picked.map((l) => l.text), words: new Set(picked.flatMap((l) => l.words)) };
}

/**
 * The heading of a table: the lines right above its header row, taken upwards while the gaps stay
 * small. Part-way down a page only lines in the nearest line's type size count, at most
 * `headings.maxHeadingLines` of them (the rows of the table above stand close by too).
 */
function pickHeading(above: TextLine[], midPage: boolean, rules: Rules): PageLayout["heading"] {
  const s = rules.okrTable.pdf;
  if (!above.length) return null;
  const nearest = above[above.length - 1]!;
  const size = nearest.words[0]!.fontSize;
  const picked = [nearest];
  for (let i = above.length - 2; i >= 0; i--) {
    const l = above[i]!;
    const gap = picked[0]!.top - l.bottom;
    if (gap > s.headingMaxGapRatio * l.words[0]!.fontSize) break;
    if (midPage && (Math.abs(l.words[0]!.fontSize - size) > 0.05 * size || picked.length >= rules.okrTable.headings.maxHeadingLines)) break;
    picked.unshift(l);
  }
  return { text: "", lines: picked.map((l) => l.text), top: picked[0]!.top, bottom: picked[picked.length - 1]!.bottom };
}

/**
 * A line ending in a word broken at a hyphen: the word goes on in the next line of its cell. Soft
 * hyphens the producer marked but did not use may stand right before the drawn one ("seu\u00ad\u00ad").
 */
const BROKEN_WORD_END = /\p{L}[-\u00ad\u2010]+$/u;

/** The gap above each line of `col0` to the nearest text above it in any column. */
function gapsAbove(col0: readonly TextLine[], lines: readonly TextLine[]): number[] {
  return col0.map((l) => {
    let above = -Infinity;
    for (const o of lines) if (o.baseline < l.baseline - 0.5 * l.words[0]!.fontSize && o.bottom > above) above = o.bottom;
    return l.top - above;
  });
}

/**
 * Tops of the lines that start a row whose first cell is empty (see layoutTable): lines of the next
 * column that holds text on the page (the column next to the first may be empty on the whole page:
 * a yearly column printed early and not yet filled) after a gap as wide as a row start's, with a
 * further column starting on that line too.
 */
function emptyFirstCellStarts(col0: readonly TextLine[], colLines: readonly TextLine[][], leading: number, s: PdfTableSettings): number[] {
  const next = colLines.findIndex((ls, c) => c > 0 && ls.length > 0);
  const col1 = colLines[next];
  if (next < 0 || !col1 || colLines.length < next + 2) return [];
  const gaps = gapsAbove(col1, colLines.flat());
  const out: number[] = [];
  col1.forEach((line, i) => {
    const fs = line.words[0]!.fontSize;
    const on = (ls: readonly TextLine[]) => ls.some((l) => Math.abs(l.baseline - line.baseline) <= s.baselineTolerance * fs);
    // The column's first line on the page starts a row too when other columns have lines above it
    // (the rest of a row broken over the page, in its longer cells only): its gap tells, as below.
    if (on(col0) || !(gaps[i]! > leading + s.rowGapRatio * fs) || !Number.isFinite(gaps[i]!) || (i > 0 && BROKEN_WORD_END.test(col1[i - 1]!.text))) return;
    if (colLines.slice(next + 1).some(on)) out.push(line.top);
  });
  return out;
}

/**
 * Row starts found on a line where the first column alone has text, dropped (the line goes on
 * in the row above) unless its gap above is as wide as the table's rows leave: in a table whose
 * cells are top-aligned a row starts with text in its other columns too, so such a line is the
 * first column's cell wrapped past every other cell of its row (a key result printed first), set
 * with a line pitch too wide for the leading estimate. The rows' own gap is that above the starts
 * where other columns have text too; a lone line counts as a row when its gap is nearer that than
 * the leading (cells aligned to the middle, or a row whose other cells are empty). Without such
 * starts to compare with, nothing is dropped.
 */
function withoutLoneLineStarts<T extends { line?: number }>(starts: T[], col0: readonly TextLine[], colLines: readonly TextLine[][], gaps: readonly number[], leading: number, tol: number): T[] {
  const others = colLines.slice(1).flat();
  const alone = (i: number) => {
    const l = col0[i]!;
    const fs = l.words[0]!.fontSize;
    return !others.some((o) => Math.abs(o.baseline - l.baseline) <= tol * fs);
  };
  const inner = (st: T) => st.line !== undefined && st.line > 0;
  const confirmed = starts.filter((st) => inner(st) && !alone(st.line!)).map((st) => gaps[st.line!]!).sort((a, b) => a - b);
  if (!confirmed.length) return starts;
  const rowGap = confirmed[Math.floor(confirmed.length / 2)]!;
  const limit = (leading + rowGap) / 2;
  return starts.filter((st) => !inner(st) || !alone(st.line!) || gaps[st.line!]! >= limit);
}

/**
 * Row starts in a table whose rows leave no gap between them: tops of the first-column lines
 * (not after a first-column word broken at a hyphen) where the line cannot continue the cell
 * above it in some column, because
 * - the column has text again after a line on which it had none (cells are top-aligned and a
 *   cell's lines follow one another), or
 * - the column's line repeats the line above it word for word, or
 * - its first word would have fitted, with room to spare, at the end of the line above it (a
 *   typesetter wraps a line only when the next word does not fit).
 * A row whose first cell is empty (an added first column without a value) starts with its second
 * column's line: such a line beside no first-column line starts a row by the first reason only
 * (the others hold in narrow wrapped cells too).
 */
function gaplessRowStarts(col0: readonly TextLine[], colLines: readonly TextLine[][], tol: number, rightEdges: readonly number[]): number[] {
  const baselines = [...new Set(colLines.flat().map((l) => l.baseline))].sort((a, b) => a - b);
  const at = (lines: readonly TextLine[], b: number) => lines.find((l) => Math.abs(l.baseline - b) <= tol);
  // A column's measure: its longest line that ends inside the column. A line running past the
  // column's right edge holds a word the typesetter could not break (an overfull box: a long
  // compound in a narrow column); it tells how long that word is, not how wide the column's lines
  // are set, and taken for the measure it leaves every ordinary line "room" for the next line's
  // first word, so that each wrapped line of the column would start a row.
  const measure = colLines.map((lines, c) => {
    const ends = lines.map((l) => l.words[l.words.length - 1]!.x1);
    const edge = rightEdges[c] ?? Infinity;
    const inside = ends.filter((x) => x <= edge);
    return inside.length ? Math.max(...inside) : Math.min(edge, Math.max(...ends));
  });
  /** Whether a row starts at `line` of column `own` (col0, or the second column beside no first-column line). */
  const startsRow = (own: readonly TextLine[], line: TextLine, topAlignedOnly: boolean): boolean => {
    const i = own.indexOf(line);
    if (i > 0 && BROKEN_WORD_END.test(own[i - 1]!.text)) return false;
    const prevB = baselines.filter((b) => b < line.baseline - tol).pop();
    if (prevB === undefined) return false;
    return colLines.some((lines, c) => {
      const here = at(lines, line.baseline);
      if (!here) return false;
      const above = at(lines, prevB);
      if (!above) return true;
      if (topAlignedOnly) return false;
      if (above.text === here.text) return true;
      const first = here.words[0]!;
      const fs = first.fontSize;
      const room = measure[c]! - above.words[above.words.length - 1]!.x1;
      return !/[-\u00ad]$/u.test(above.text) && room > 0.3 * fs + (first.x1 - first.x0) + 2 * fs;
    });
  };
  const col1 = colLines[1] ?? [];
  const out = col0.filter((line) => startsRow(col0, line, false)).map((l) => l.top);
  for (const line of col1) if (!at(col0, line.baseline) && startsRow(col1, line, true)) out.push(line.top);
  return out.sort((a, b) => a - b);
}

/**
 * Whether some column has a line that repeats its line above word for word with no row start
 * between them: one cell does not say a line twice, rows restating a value do.
 */
function repeatedLineInRow(colLines: readonly TextLine[][], starts: readonly { top: number }[]): boolean {
  return colLines.some((lines) =>
    lines.some((l, i) => {
      const above = lines[i - 1];
      if (!above || l.text !== above.text || letterKey(l.text).replace(/\p{N}/gu, "").length < MIN_REPEATED_LETTERS) return false;
      return !starts.some((st) => st.top > above.top + 0.5 && st.top <= l.top + 0.5);
    }),
  );
}

/** Letters a repeated line needs to show joined rows (a short word may recur inside one cell). */
const MIN_REPEATED_LETTERS = 5;

/**
 * The table's own leading: the gap between consecutive lines of a column that most lines share.
 * Gaps between rows are among them too (a one-line cell is followed by the next row; on a page
 * of short rows nearly all), so a low percentile is taken, and the caller caps it at what a
 * line's own leading can be in units of its type size.
 */
function lineGap(perColumn: readonly TextLine[][]): number | undefined {
  const gaps: number[] = [];
  for (const lines of perColumn) for (let i = 1; i < lines.length; i++) gaps.push(lines[i]!.top - lines[i - 1]!.bottom);
  if (!gaps.length) return undefined;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 20)];
}

/**
 * The table's own line pitch in type sizes (`line-pitch.ts`): distances between consecutive lines
 * of a column where the lower line cannot start a row, so that no distance between rows is taken
 * for the pitch, because
 * - the first column has no line there (rows start with their first column), or
 * - the upper line ends in a word broken at a hyphen (a word goes on in its own cell). This holds
 *   in the first column too: a first column whose cells wrap over more lines than any other cell
 *   of their row (an objective printed first) leaves no line of the other columns to measure.
 */
function cellLinePitch(colLines: readonly TextLine[][], tol: number): number | undefined {
  const col0 = colLines[0]!;
  const distances: number[] = [];
  for (let c = 0; c < colLines.length; c++) {
    const lines = colLines[c]!;
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      const fs = a.words[0]!.fontSize;
      const brokenWord = BROKEN_WORD_END.test(a.text);
      if (!brokenWord && (c === 0 || col0.some((l) => Math.abs(l.baseline - b.baseline) <= tol * fs))) continue;
      distances.push((b.baseline - a.baseline) / fs);
    }
  }
  return typicalPitch(distances);
}

/**
 * The column rows are anchored on: column 0, unless it is empty on the whole page while several
 * other columns hold text (the yearly column printed first, an added column never filled); then
 * the first column that holds text. A page holding only the rest of a row broken over the page
 * (text in a column or two) keeps column 0, so its empty first column still marks it continued.
 */
function anchorColumn(body: readonly Word[], boundaries: readonly number[]): number {
  const used = new Set(body.map((w) => columnOf((w.x0 + w.x1) / 2, boundaries)));
  if (used.has(0) || used.size < MIN_COLUMNS_BESIDE_EMPTY_FIRST) return 0;
  return Math.min(...used);
}

/** Columns with text a page needs before an empty first column is passed over (see anchorColumn). */
const MIN_COLUMNS_BESIDE_EMPTY_FIRST = 3;

/**
 * Columns and row bands of one table whose header row and body words are known. `pitchBefore`:
 * the line pitch of the table before, for a table too short to show its own.
 */
function layoutTable(page: PdfPage, header: HeaderRow, heading: PageLayout["heading"], body: Word[], region: Region | null, rules: Rules, firstOnPage: boolean, pitchBefore?: number): PageLayout {
  const s = rules.okrTable.pdf;
  const divisions = region?.divisions ?? [];
  const { boundaries, ruled, left, right } = findBoundaries(page, header, body, s);
  // A name set past its narrow column's edge into the next column's first word: two words again.
  body = splitAtColumnEdges(body, boundaries);
  const width = right - left;
  const bands: PageLayout["bands"] = [];
  let pitch = pitchBefore;
  const bodyTop = header.bottom;
  const bodyBottom = Math.max(bodyTop, ...body.map((w) => w.bottom)) + 1;
  const ys = ruled
    ? snap(
        page.rulings.filter((r) => r.orientation === "h" && r.y0 > bodyTop - 1 && r.y0 < bodyBottom && r.x1 - r.x0 >= s.minRulingSpan * width).map((r) => r.y0),
        s.rulingSnap,
      )
    : [];
  if (ruled && ys.length) {
    const edges = [bodyTop, ...ys.filter((y) => y > bodyTop + 1), bodyBottom].sort((a, b) => a - b);
    for (let i = 0; i + 1 < edges.length; i++) {
      const top = edges[i]!;
      const bottom = edges[i + 1]!;
      if (body.some((w) => (w.top + w.bottom) / 2 >= top && (w.top + w.bottom) / 2 < bottom)) bands.push({ top, bottom, continuation: false, anchor: "ruling" });
    }
  } else {
    // A row starts where the first column starts a line after a gap that every column leaves
    // (the rows' padding), wider than the table's own leading; a division name confirms.
    const perColumn: Word[][] = boundaries.map(() => []);
    perColumn.push([]);
    for (const w of body) perColumn[columnOf((w.x0 + w.x1) / 2, boundaries)]!.push(w);
    // Rows are anchored on the first column that holds text on this page: a column empty on the
    // whole page (the yearly column printed first, an added column never filled) anchors nothing.
    const colLines = perColumn.map((ws) => groupLines(ws, s.baselineTolerance)).slice(anchorColumn(body, boundaries));
    const col0 = colLines[0]!;
    const fs0 = body[0]?.fontSize ?? 10;
    // The leading is capped (on a page of one-line cells the smallest gap is a row's), but never
    // below the gap the document's own line pitch leaves between the lines of one cell: fonts and
    // line spacing set lines up to two type sizes and more apart.
    pitch = cellLinePitch(colLines, s.baselineTolerance) ?? pitchBefore;
    const ownLeading = pitch !== undefined ? (pitch - 1) * fs0 : 0;
    const leading = Math.min(lineGap(colLines) ?? 0, Math.max(s.maxLeadingRatio * fs0, ownLeading));
    const gaps = gapsAbove(col0, colLines.flat());
    // Lines on whole pixels (a browser's): a row's gap may be only a pixel or two over a cell's (pixel-grid.ts).
    const gridCap = gridRowCap(onPixelGrid(colLines), gaps, leading, s.rowGapRatio * fs0);
    let starts: { top: number; anchor: "division" | "gap"; line?: number }[] = [];
    col0.forEach((line, i) => {
      const fs = line.words[0]!.fontSize;
      const prev = col0[i - 1];
      const continuesWord = prev !== undefined && BROKEN_WORD_END.test(prev.text);
      if (continuesWord) return;
      if (gaps[i]! > leading + Math.min(s.rowGapRatio * fs, gridCap)) {
        starts.push({ top: line.top, anchor: "gap", line: i });
        return;
      }
      const rl: RowLine[] = col0.slice(i, i + 4).map((l, k) => ({ n: k + 1, text: l.text, blankBefore: false }));
      if (divisions.length && matchDivision(tokenize(rl), divisions, 4)) starts.push({ top: line.top, anchor: "division", line: i });
    });
    starts = withoutLoneLineStarts(starts, col0, colLines, gaps, leading, s.baselineTolerance);
    // A row whose first cell is empty (an added first column without a value) has no first-column
    // line: it starts where the second column starts a line after a gap every column leaves, as wide
    // as a row start's, with a further column starting on that line too (cells are top-aligned).
    const emptyFirstStarts = emptyFirstCellStarts(col0, colLines, leading, s);
    if (emptyFirstStarts.length) {
      for (const top of emptyFirstStarts) if (!starts.some((st) => Math.abs(st.top - top) < 0.5)) starts.push({ top, anchor: "gap" });
      starts.sort((a, b) => a.top - b.top);
    }
    // Rows set with no space between them (TeX's tabular, any table with zero padding) leave no
    // gap: then a row starts where a line cannot continue the cells above it (gaplessRowStarts).
    // (The body's first line always counts as a gap start: it has nothing above it.) Rows padded
    // by a hair leave gaps no wider than a browser's rounding of line positions varies the gaps
    // inside a cell, so only some rows are found by their gaps: a column line repeated word for
    // word right below within one row found so shows rows left joined.
    if (starts.filter((st) => st.anchor === "gap").length <= 1 || repeatedLineInRow(colLines, starts)) {
      for (const top of gaplessRowStarts(col0, colLines, s.baselineTolerance, [...boundaries, right].slice(anchorColumn(body, boundaries)))) if (!starts.some((st) => Math.abs(st.top - top) < 0.5)) starts.push({ top, anchor: "gap" });
      starts.sort((a, b) => a.top - b.top);
    }
    const firstTop = Math.min(bodyBottom, ...body.map((w) => w.top));
    // A header with no body below it (drawn at a page's foot, its rows on the next page) has no row.
    if (body.length && (!starts.length || starts[0]!.top > firstTop + 0.5)) starts.unshift({ top: firstTop, anchor: "gap" });
    starts.forEach((st, i) => {
      const top = i === 0 ? Math.min(st.top, firstTop) - 0.5 : st.top - 0.5;
      const bottom = i + 1 < starts.length ? starts[i + 1]!.top - 0.5 : bodyBottom;
      bands.push({ top, bottom, continuation: false, anchor: i === 0 && st.top > firstTop + 0.5 ? "page-top" : st.anchor });
    });
  }
  // The first band of a page may be the rest of the previous page's last row (page-top.ts).
  const first = bands[0];
  if (first && firstOnPage) {
    const inFirst = body.filter((w) => (w.top + w.bottom) / 2 >= first.top && (w.top + w.bottom) / 2 < first.bottom);
    first.continuation = firstBandContinues(inFirst, anchorColumn(body, boundaries), (w) => columnOf((w.x0 + w.x1) / 2, boundaries), boundaries.length + 1, s.baselineTolerance);
  }
  return { page: page.number, width: page.width, height: page.height, header, heading, boundaries, left, right, ruled, bands, rulings: page.rulings, words: body, pitch };
}

export interface PdfTableReport {
  pages: number;
  pagesWithTable: number;
  ruledPages: number;
  rows: number;
  continuedRows: number;
  meanConfidence: number;
  lowConfidenceRows: number;
}

export interface PdfTableResult {
  rows: OkrRow[];
  /** Per page with a table: the row number each band became part of. */
  bandRows: Map<number, number[]>;
  layouts: PageLayout[];
  sections: string[];
  warnings: string[];
  report: PdfTableReport;
}

interface CellDraft {
  lines: string[];
  words: Word[];
}
interface RowDraft {
  section: string;
  /** The field of each cell, left to right (the table's own column order). */
  fields: string[];
  cells: CellDraft[];
  pages: Set<number>;
  reasons: string[];
  factor: number;
}

/** The cell of `field` in a row's texts ("" when the table has no such column). */
function cellOf(text: readonly string[], fields: readonly string[], field: string): string {
  const i = fields.indexOf(field);
  return i >= 0 ? (text[i] ?? "") : "";
}

/** Widens box `b` to take in `w` (a new box when there is none yet). */
function grow(b: BBox | undefined, w: Word): BBox {
  if (!b) return { page: w.page, x0: w.x0, y0: w.top, x1: w.x1, y1: w.bottom };
  if (w.x0 < b.x0) b.x0 = w.x0;
  if (w.top < b.y0) b.y0 = w.top;
  if (w.x1 > b.x1) b.x1 = w.x1;
  if (w.bottom > b.y1) b.y1 = w.bottom;
  return b;
}

/** A box at 0.1 pt: as exact as the layout is, and short in JSON. */
function roundBox(b: BBox): BBox {
  return { page: b.page, x0: Math.round(b.x0 * 10) / 10, y0: Math.round(b.y0 * 10) / 10, x1: Math.round(b.x1 * 10) / 10, y1: Math.round(b.y1 * 10) / 10 };
}

/**
 * One drafted row as an OkrRow: cells dehyphenated, the division spelled as the rules spell it,
 * line range and boxes from its words. Module-level (as are its helpers), not a closure per row:
 * V8 keeps optimized code of long-lived functions, and re-optimized per-call closures after each
 * full GC (--trace-opt).
 */
function draftToRow(d: RowDraft, n: number, section: string, region: Region | null, ctx: DehyphenContext, lineOf: (w: Word) => number): OkrRow {
  const fields = d.fields;
  const text = d.cells.map((c) => joinCellLines(c.lines, ctx));
  let toimiala = cellOf(text, fields, "toimiala");
  const key = letterKey(toimiala);
  const canonical = region?.divisions.find((x) => letterKey(x) === key);
  if (canonical) toimiala = canonical;
  const reasons = [...d.reasons];
  let confidence = d.factor;
  const empty = OKR_FIELDS.filter((f) => !cellOf(text, fields, f));
  if (empty.length) {
    reasons.push(`empty cell: ${empty.join(", ")}`);
    confidence *= 0.5;
  }
  // Line range and boxes in one pass over the row's words.
  let first = Infinity;
  let last = -Infinity;
  let page = Infinity;
  for (const p of d.pages) if (p < page) page = p;
  const boxes: (BBox | undefined)[] = new Array(d.cells.length).fill(undefined);
  let rowBox: BBox | undefined;
  for (let ci = 0; ci < d.cells.length; ci++) {
    for (const w of d.cells[ci]!.words) {
      const l = lineOf(w);
      if (l < first) first = l;
      if (l > last) last = l;
      if (w.page !== page) continue;
      boxes[ci] = grow(boxes[ci], w);
      rowBox = grow(rowBox, w);
    }
  }
  const row: OkrRow = {
    n,
    section,
    toimiala,
    tulosalue: cellOf(text, fields, "tulosalue"),
    tavoite: cellOf(text, fields, "tavoite"),
    avaintulos: cellOf(text, fields, "avaintulos"),
    toteuma: cellOf(text, fields, "toteuma"),
    line: Number.isFinite(first) ? first : 1,
    lineEnd: Number.isFinite(last) ? last : 1,
    page,
    confidence: Math.round(confidence * 1000) / 1000,
    reasons,
  };
  const extra: Record<string, string> = {};
  fields.forEach((f, i) => {
    if (f.startsWith(EXTRA_PREFIX)) extra[f.slice(EXTRA_PREFIX.length)] = text[i] ?? "";
  });
  if (Object.keys(extra).length) row.extra = extra;
  if (rowBox) row.bbox = roundBox(rowBox);
  const cellBoxes: Record<string, BBox> = {};
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (b && fields[i]) cellBoxes[fields[i]!] = roundBox(b);
  }
  row.cellBoxes = cellBoxes;
  return row;
}

/** Rebuilds the OKR table of a whole PDF. `lineOf` gives each word's line number in the page-ordered text. */
export function reconstructOkrTablePdf(doc: PdfText, region: Region | null, rules: Rules, lineOf: (w: Word) => number): PdfTableResult {
  const warnings: string[] = [];
  const layouts: PageLayout[] = [];
  const drafts: RowDraft[] = [];
  const headingLines: string[][] = [];
  const bandRows = new Map<number, number[]>();
  let pendingHeading: string[] | undefined;
  // A table too short to show its own line pitch takes the pitch of the table before.
  let pitch: number | undefined;
  const keys = labelKeys(rules.okrTable);
  for (const read of doc.pages) {
    // Words of two cells read as one (a name set past its narrow column's edge) split apart.
    const page = splitGluedLabelWords(read, keys, rules.okrTable.pdf.minLabelPrefixChars);
    const degenerate = degeneratePage(page);
    if (degenerate) {
      warnings.push(`page ${page.number}: ${degenerate}; no rows read from it`);
      continue;
    }
    const pageLayouts = layoutPage(page, region, rules, pitch);
    if (!pageLayouts.length) continue;
    pitch = pageLayouts[pageLayouts.length - 1]!.pitch ?? pitch;
    const pageBandRows: number[] = [];
    bandRows.set(page.number, pageBandRows);
    for (const layout of pageLayouts) {
      layouts.push(layout);
      // A heading printed at the foot of the previous page belongs to this page's table.
      const headingHere = layout.heading?.lines ?? pendingHeading;
      // A heading and header with no rows below them at a page's foot: the heading is the next table's.
      if (!layout.bands.length) {
        pendingHeading = layout.footHeading ?? headingHere;
        continue;
      }
      pendingHeading = layout.footHeading;
      if (headingHere) headingLines.push(headingHere);
      draftRows(layout, page.number, headingHere ? headingLines.length - 1 : -1, drafts, pageBandRows, rules.okrTable.pdf);
    }
  }

  // Columns labelled with words no vocabulary has, told by their values (value-told.ts).
  const told = valueToldColumns(drafts.map((d) => ({ fields: d.fields, texts: d.cells.map((c) => c.lines.join(" ")) })), { printedOrder: true });
  // A field whose values gave the lie to its label is an added column under that label's words.
  const labelText = (f: string) => {
    const l = layouts.flatMap((x) => x.header.labels).find((x) => x.field === f);
    return l ? headerText(l.words, rules.okrTable.pdf) : f;
  };
  const toldAs = (f: string) => (told.get(f) === UNCONFIRMED ? EXTRA_PREFIX + labelText(f) : (told.get(f) ?? f));
  if (told.size) for (const d of drafts) d.fields = d.fields.map(toldAs);
  const ctx = documentHyphenContext(headingLines, drafts, rules, doc.producer);
  const headings = headingLines.map((l) => joinCellLines(l, ctx));
  const rows: OkrRow[] = [];
  let section = "";
  for (const d of drafts) {
    if (d.section !== "") section = headings[Number(d.section)] ?? section;
    rows.push(draftToRow(d, rows.length + 1, section, region, ctx, lineOf));
  }
  if (!layouts.length) warnings.push("no page with the table's column headers");
  return { rows, bandRows, layouts, sections: [...new Set(headings)], warnings, report: tableReport(doc, layouts, rows) };
}

/** Each word of a table into its band once (bands are sorted top to bottom). */
function wordsPerBand(layout: PageLayout): Word[][] {
  const perBand: Word[][] = layout.bands.map(() => []);
  for (const w of layout.words) {
    const cy = (w.top + w.bottom) / 2;
    let lo = 0;
    let hi = layout.bands.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = layout.bands[mid]!;
      if (cy < b.top) hi = mid - 1;
      else if (cy >= b.bottom) lo = mid + 1;
      else {
        perBand[mid]!.push(w);
        break;
      }
    }
  }
  return perBand;
}

/**
 * One table's bands as row drafts: each word into its column, a band that continues the previous
 * page's last row poured into that row's cells of the same field.
 */
function draftRows(layout: PageLayout, pageNumber: number, sectionIndex: number, drafts: RowDraft[], pageBandRows: number[], s: Rules["okrTable"]["pdf"]): void {
  const fields = layout.header.labels.map((l) => l.field);
  const nCols = fields.length;
  const perBand = wordsPerBand(layout);
  const lead = Math.min(anchorColumn(layout.words, layout.boundaries), nCols - 1);
  let extents: ReturnType<typeof columnExtents> | undefined;
  const last = drafts[drafts.length - 1];
  if (layout.stray && last) {
    // Into the row before, in the cell of the same field as the column the fragment stands in;
    // glyphs of that row's last line drawn again here are a copy and dropped.
    const before = last.cells.flatMap((c) => c.words);
    for (const w of layout.stray) {
      if (isRedrawnFragment(w, before)) continue;
      const c = Math.min(columnOf((w.x0 + w.x1) / 2, layout.boundaries), nCols - 1);
      const pc = last.fields.indexOf(fields[c]!);
      const into = last.cells[pc >= 0 ? pc : Math.min(c, last.cells.length - 1)]!;
      into.lines.push(w.text);
      into.words.push(w);
    }
  }
  for (const [bi, band] of layout.bands.entries()) {
    const inBand = perBand[bi]!;
    const cells = emptyCells(nCols);
    const crossings: string[] = [];
    for (const w of inBand) {
      const c = columnOf((w.x0 + w.x1) / 2, layout.boundaries);
      cells[Math.min(c, nCols - 1)]!.words.push(w);
      for (const b of layout.boundaries) if (w.x0 < b - s.crossingTolerance && w.x1 > b + s.crossingTolerance) crossings.push(w.text);
    }
    cells.forEach((cell, c) => {
      cell.lines = lineTexts(cell.words, s.baselineTolerance);
      // A figure code wider than its column, cut where the line was full, is one word again.
      const extent = mayHoldForcedBreak(cell.lines) ? (extents ??= columnExtents(layout.words, (w) => columnOf((w.x0 + w.x1) / 2, layout.boundaries), nCols))[c] : undefined;
      if (extent) cell.lines = joinForcedBreaks(groupLines(cell.words, s.baselineTolerance), extent);
    });
    const prev = drafts[drafts.length - 1];
    // A row whose cell ends the page before in a word broken at a hyphen has not ended: the page's
    // first band goes on with it, whatever its first column starts with (a name ending in a figure, "… 112").
    const cutAbove = bi === 0 && prev !== undefined && !prev.pages.has(pageNumber) && prev.cells.some((c) => BROKEN_WORD_END.test(c.lines[c.lines.length - 1] ?? ""));
    const continues = band.continuation || cutAbove;
    // A first column in lower case may begin a row too (a key result "80 % of …", an objective
    // written in lower case): a band whose cells restate the row before is a new row.
    // A lower-case first cell that opens every column's text on the band's first line and stands
    // whole in that column in an earlier row is a value the column repeats (an added first column of
    // ratings or phases), not the rest of a cell cut by the page break.
    // The first cell is the anchor column's (column 0 unless empty on the whole page: see anchorColumn).
    const restated =
      continues &&
      prev !== undefined &&
      cells[lead]!.words.length > 0 &&
      (restatesRow(cells, fields, prev) || (opensEveryColumn(cells, s.baselineTolerance) && repeatsEarlierCell(cells[lead]!, fields[lead]!, drafts)));
    if (continues && prev && !restated) {
      cells.forEach((cell, c) => {
        // The same field on both pages (the columns may differ in position, never in meaning).
        const pc = prev.fields.indexOf(fields[c]!);
        const into = prev.cells[pc >= 0 ? pc : Math.min(c, prev.cells.length - 1)]!;
        into.lines.push(...cell.lines);
        into.words.push(...cell.words);
      });
      prev.pages.add(pageNumber);
      if (!prev.reasons.includes("continues across a page break")) prev.reasons.push("continues across a page break");
      pageBandRows.push(drafts.length);
      continue;
    }
    const reasons: string[] = [];
    let factor = 1;
    if (continues && !restated) {
      reasons.push("first row of the table has an empty first column");
      factor *= 0.5;
    }
    if (crossings.length) {
      reasons.push(`word crosses a column boundary: ${crossings.slice(0, 3).join(", ")}`);
      factor *= 0.7;
    }
    drafts.push({ section: sectionIndex >= 0 ? String(sectionIndex) : "", fields, cells, pages: new Set([pageNumber]), reasons, factor });
    pageBandRows.push(drafts.length);
  }
}

/**
 * Whether some cell of a band repeats, whole, the cell of the same field in row `prev`: rows of
 * a table restate their division or result area; the rest of a cell broken over a page never
 * equals its beginning.
 */
function restatesRow(cells: readonly CellDraft[], fields: readonly string[], prev: RowDraft): boolean {
  return cells.some((cell, c) => {
    const pc = prev.fields.indexOf(fields[c]!);
    if (pc < 0) return false;
    const here = letterKey(cell.lines.join(" "));
    return here !== "" && here === letterKey(prev.cells[pc]!.lines.join(" "));
  });
}

/**
 * Whether every cell of a band with text has it on the band's first line, all but one cell at
 * most being empty: a new row's cells are top-aligned, while a row cut by a page break goes on
 * only in its cells longer than the cut.
 */
function opensEveryColumn(cells: readonly CellDraft[], tol: number): boolean {
  const words = cells.flatMap((c) => c.words);
  if (!words.length) return false;
  const first = words.reduce((a, w) => (w.baseline < a.baseline ? w : a));
  let withText = 0;
  for (const c of cells) {
    if (!c.words.length) continue;
    if (!c.words.some((w) => Math.abs(w.baseline - first.baseline) <= tol * w.fontSize)) return false;
    withText++;
  }
  return withText >= cells.length - 1;
}

/** Whether `cell` equals, whole, the cell of `field` in some earlier row (a value the column repeats). */
function repeatsEarlierCell(cell: CellDraft, field: string, drafts: readonly RowDraft[]): boolean {
  const here = letterKey(cell.lines.join(" "));
  if (!here) return false;
  return drafts.some((d) => {
    const c = d.fields.indexOf(field);
    return c >= 0 && letterKey(d.cells[c]!.lines.join(" ")) === here;
  });
}

/** Dehyphenation evidence: every cell line and heading line of the document, in reading order. */
function documentHyphenContext(headingLines: string[][], drafts: RowDraft[], rules: Rules, producer?: string): DehyphenContext {
  const allLines = headingLines.flat();
  for (const d of drafts) for (const c of d.cells) for (const l of c.lines) allLines.push(l);
  return {
    rules: rules.dehyphenation,
    evidence: new HyphenEvidence(allLines, rules.dehyphenation.wrapHyphens),
    // Trust the soft-hyphen marking only where the producer evidently drew typesetter hyphens apart.
    typesetHyphensMarked: allLines.filter((l) => l.endsWith("\u00ad")).length >= rules.okrTable.pdf.minTypesetHyphens,
    softHyphensTagged: allLines.filter((l) => l.endsWith("\u00ad\u00ad")).length >= rules.okrTable.pdf.minTypesetHyphens,
    firstWordUnbroken: producerIsOneOf(producer, rules.dehyphenation.firstWordUnhyphenatedProducers ?? []),
    patternsOnly: producerIsOneOf(producer, rules.dehyphenation.patternHyphenatingProducers ?? []),
  };
}

/** The parsing report: pages, rulings, rows and how sure the reading is. */
function tableReport(doc: PdfText, layouts: PageLayout[], rows: OkrRow[]): PdfTableReport {
  return {
    pages: doc.pages.length,
    pagesWithTable: layouts.length,
    ruledPages: layouts.filter((l) => l.ruled).length,
    rows: rows.length,
    continuedRows: rows.filter((r) => r.reasons.includes("continues across a page break")).length,
    meanConfidence: rows.length ? Math.round((rows.reduce((a, r) => a + r.confidence, 0) / rows.length) * 1000) / 1000 : 0,
    lowConfidenceRows: rows.filter((r) => r.confidence < 0.9).length,
  };
}
