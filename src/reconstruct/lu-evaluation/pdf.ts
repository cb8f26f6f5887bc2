/**
 * Länsi-Uusimaa evaluation slides from a PDF: each page's table is read by columns (header labels,
 * refined by vertical rulings) and rows (horizontal rulings; without them, the words of the status
 * or count column start the rows), and laid out cell by cell in the order of the slide text, so the
 * same reconstructor (`text.ts`) reads both forms. Text above the table (title, strategy) is kept.
 */
import type { Rules } from "../../rules/load.js";
import type { PdfText, Ruling, Word } from "../../model/pdf.js";
import type { SourceLine } from "../../model/source.js";
import { columnOf, findBoundaries, findHeaderFor, snap } from "../okr-table/pdf.js";
import { groupLines, lineTexts } from "../../text/lines.js";
import { loadLuRules, reconstructLuEvaluation } from "./text.js";
import { pageText, readingOrder, withoutFurniture } from "../reading-order/index.js";

export function luPdfToLines(doc: PdfText, rules: Rules): SourceLine[] {
  const lr = loadLuRules(rules);
  const s = rules.okrTable.pdf;
  const out: SourceLine[] = [];
  const markers = lr.strategies.map((x) => x.marker);
  for (const page of doc.pages) {
    const goalHeader = findHeaderFor(page, lr.pdf.goalColumns, s, lr.pdf.minHeaderLabels);
    const sumHeader = goalHeader ? null : findHeaderFor(page, lr.pdf.summaryColumns, s, lr.pdf.minHeaderLabels);
    const header = goalHeader ?? sumHeader;
    const headerWords = new Set<Word>();
    if (header) for (const l of header.labels) for (const w of l.words) headerWords.add(w);
    const above = wordsOutside(page.words, headerWords, -Infinity, header ? header.top + 1 : Infinity);
    for (const l of groupLines(above, s.baselineTolerance)) {
      emitLine(out, l.text, page.number);
      // A strategy named in a title ("Yhteenveto: HYVINVOINTIALUESTRATEGIA") gets its own marker line.
      const m = markerNamedIn(l.text, markers);
      if (m) emitLine(out, m, page.number);
    }
    if (!header) {
      for (let k = 0; k < 3; k++) emitLine(out, "", page.number);
      continue;
    }
    emitLine(out, "", page.number);
    const columns = goalHeader ? lr.pdf.goalColumns : lr.pdf.summaryColumns;
    for (const lab of header.labels) emitLine(out, labelOf(columns, lab.field), page.number);
    emitLine(out, "", page.number);
    const body = wordsOutside(page.words, headerWords, header.bottom - 1, Infinity);
    const { boundaries, ruled } = findBoundaries(page, header, body, s);
    const fields = header.labels.map((l) => l.field);
    // Rows: horizontal rulings, or the tops of the status / count column's words.
    const edges = ruled ? snap(horizontalsBelow(page.rulings, header.bottom - 1), s.rulingSnap) : lineTopsIn(body, goalHeader ? "achieved" : "count", fields, boundaries, s.baselineTolerance);
    let bottom = header.bottom;
    for (const w of body) if (w.bottom > bottom) bottom = w.bottom;
    bottom += 1;
    const rowEdges = edgesAbove(edges, bottom);
    if (!ruled) rowEdges.unshift(header.bottom);
    for (let i = 0; i + 1 < rowEdges.length; i++) {
      const inRow = wordsCentredIn(body, rowEdges[i]!, rowEdges[i + 1]!);
      if (!inRow.length) continue;
      const cells = rowCells(inRow, fields, boundaries, s.baselineTolerance);
      if (goalHeader) {
        const assessment = cellLines(cells, "assessment");
        for (const l of cellLines(cells, "tavoite")) emitLine(out, l, page.number);
        emitLine(out, "", page.number);
        const subs = cellLines(cells, "alatavoitteet");
        if (subs.length) {
          for (const l of subs) emitLine(out, l, page.number);
          emitLine(out, "", page.number);
        }
        emitLine(out, `${cellLines(cells, "achieved").join(" ")} ${cellLines(cells, "score").join(" ")} ${assessment[0] ?? ""}`.trim(), page.number);
        for (let k = 1; k < assessment.length; k++) emitLine(out, assessment[k]!, page.number);
        emitLine(out, "", page.number);
      } else {
        for (const l of cellLines(cells, "linjaus")) emitLine(out, l, page.number);
        const figures: string[] = [];
        for (const f of SUMMARY_FIGURES) {
          const t = cellLines(cells, f).join(" ");
          if (t) figures.push(t);
        }
        emitLine(out, figures.join(" "), page.number);
        emitLine(out, "", page.number);
      }
    }
    for (let k = 0; k < 3; k++) emitLine(out, "", page.number);
  }
  return out;
}

/** The summary table's figure columns, in the order the slide text gives them. */
const SUMMARY_FIGURES = ["count", "average", "completed_yes", "completed_partial"] as const;

// Module-level helpers rather than closures per page: V8 drops optimized code of per-call closures
// at each full GC and optimizes them again (see draftToRow in ../okr-table/pdf.ts).

function emitLine(out: SourceLine[], text: string, page: number): void {
  out.push({ n: out.length + 1, text, page });
}

/** A strategy marker named as a word of a longer line, if any. */
function markerNamedIn(text: string, markers: readonly string[]): string | undefined {
  let words: string[] | undefined;
  for (const m of markers) {
    if (text === m || !text.includes(m)) continue;
    words ??= text.split(/\s+/);
    if (words.includes(m)) return m;
  }
  return undefined;
}

/** The label a column of the slide's table is written with. */
function labelOf(columns: readonly { field: string; label: string }[], field: string): string {
  for (const c of columns) if (c.field === field) return c.label;
  throw new Error(`no column for the header label ${field}`);
}

/** Words not in the header whose top is at least `minTop` and whose bottom is at most `maxBottom`. */
function wordsOutside(words: readonly Word[], header: ReadonlySet<Word>, minTop: number, maxBottom: number): Word[] {
  const out: Word[] = [];
  for (const w of words) if (!header.has(w) && w.top >= minTop && w.bottom <= maxBottom) out.push(w);
  return out;
}

/** y of the horizontal rulings below `top`. */
function horizontalsBelow(rulings: readonly Ruling[], top: number): number[] {
  const ys: number[] = [];
  for (const r of rulings) if (r.orientation === "h" && r.y0 > top) ys.push(r.y0);
  return ys;
}

/** Just above the top of each text line of one column (the rows' upper edges of a borderless table). */
function lineTopsIn(body: readonly Word[], field: string, fields: readonly string[], boundaries: readonly number[], tolerance: number): number[] {
  const inColumn: Word[] = [];
  for (const w of body) if (fieldOf(w, fields, boundaries) === field) inColumn.push(w);
  const tops: number[] = [];
  for (const l of groupLines(inColumn, tolerance)) tops.push(l.top - 1);
  return tops;
}

/** The edges above `bottom`, then `bottom`, in ascending order. */
function edgesAbove(edges: readonly number[], bottom: number): number[] {
  const out: number[] = [];
  for (const y of edges) if (y < bottom) out.push(y);
  out.push(bottom);
  return out.sort(ascending);
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** Words whose vertical centre lies in [top, bottom). */
function wordsCentredIn(words: readonly Word[], top: number, bottom: number): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const mid = (w.top + w.bottom) / 2;
    if (mid >= top && mid < bottom) out.push(w);
  }
  return out;
}

const NO_LINES: readonly string[] = [];

function cellLines(cells: ReadonlyMap<string, string[]>, field: string): readonly string[] {
  return cells.get(field) ?? NO_LINES;
}

/** The column (field) a word's centre falls in. */
function fieldOf(w: Word, fields: readonly string[], boundaries: readonly number[]): string {
  return fields[Math.min(columnOf((w.x0 + w.x1) / 2, boundaries), fields.length - 1)]!;
}

/** The text lines of a row's cells, by field: each word goes to the column its centre falls in. */
function rowCells(inRow: readonly Word[], fields: readonly string[], boundaries: readonly number[], tolerance: number): Map<string, string[]> {
  const words = new Map<string, Word[]>();
  for (const w of inRow) {
    const f = fieldOf(w, fields, boundaries);
    const list = words.get(f);
    if (list) list.push(w);
    else words.set(f, [w]);
  }
  const cells = new Map<string, string[]>();
  for (const [f, ws] of words) cells.set(f, lineTexts(ws, tolerance));
  return cells;
}

export function reconstructLuEvaluationPdf(doc: PdfText, rules: Rules): ReturnType<typeof reconstructLuEvaluation> {
  const res = reconstructLuEvaluation(luPdfToLines(doc, rules), rules);
  return res;
}

/** How far a result's goal counts are from what its summary tables add up to (0: they agree). */
function disagreement(res: ReturnType<typeof reconstructLuEvaluation>): number {
  let d = 0;
  for (const c of res.goal_counts) if (c.summary_total !== null) d += Math.abs(c.summary_total - c.found);
  return d;
}

/**
 * Goal texts and assessments that start in the middle of a sentence (a lower-case first letter):
 * what a table reading makes of boxes that cross its columns.
 */
function brokenStarts(res: ReturnType<typeof reconstructLuEvaluation>): number {
  let n = 0;
  for (const g of res.goals) for (const t of [g.tavoite, g.assessment]) if (/^\p{Ll}/u.test(t)) n++;
  return n;
}

/**
 * Both readings of the slides: as tables (columns under header labels) and as text boxes in
 * reading order. The table reading is kept unless the box reading agrees better with the slides'
 * own summary counts, or agrees as well and finds more goals or fewer texts cut mid-sentence.
 */
export function reconstructLuEvaluationSlides(doc: PdfText, rules: Rules): ReturnType<typeof reconstructLuEvaluation> {
  // Page furniture (footers, headers, slide numbers) is left out of both readings.
  const order = readingOrder(doc, rules);
  const table = reconstructLuEvaluationPdf(withoutFurniture(doc, order), rules);
  // A table reading that agrees with the summaries, cuts no sentence and kept some sub-goals needs no second reading.
  if (table.goals.length && disagreement(table) === 0 && brokenStarts(table) === 0 && subGoals(table) > 0) return table;
  return chooseLuReading(table, reconstructLuEvaluation(pageText(order, rules), rules));
}

type LuResult = ReturnType<typeof reconstructLuEvaluation>;

/**
 * The better of the table and the box reading: the one closer to the summary counts; on a tie the
 * one with more goals, fewer cut sentences, or (same goals, no more cuts) more sub-goals, since a
 * table cell read at a tight line pitch can swallow its bullets into the objective.
 */
export function chooseLuReading(table: LuResult, boxes: LuResult): LuResult {
  const dt = disagreement(table);
  const db = disagreement(boxes);
  if (db < dt) return boxes;
  if (db !== dt) return table;
  if (boxes.goals.length > table.goals.length) return boxes;
  if (boxes.goals.length < table.goals.length) return table;
  const bt = brokenStarts(table);
  const bb = brokenStarts(boxes);
  if (bb < bt) return boxes;
  if (bb === bt && subGoals(boxes) > subGoals(table)) return boxes;
  return table;
}

function subGoals(res: LuResult): number {
  return res.goals.reduce((n, g) => n + g.alatavoitteet.length, 0);
}
