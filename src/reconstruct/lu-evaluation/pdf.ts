/**
 * Länsi-Uusimaa evaluation slides from a PDF: each page's table is read by columns (header labels,
 * refined by vertical rulings) and rows (horizontal rulings; without them, the words of the status
 * or count column start the rows), and laid out cell by cell in the order of the slide text, so the
 * same reconstructor (`text.ts`) reads both forms. Text above the table (title, strategy) is kept.
 */
import type { Rules } from "../../rules/load.js";
import type { PdfText, Word } from "../../model/pdf.js";
import type { SourceLine } from "../../model/source.js";
import { columnOf, findBoundaries, findHeaderFor, groupLines, lineTexts, snap } from "../okr-table/pdf.js";
import { loadLuRules, reconstructLuEvaluation } from "./text.js";

export function luPdfToLines(doc: PdfText, rules: Rules): SourceLine[] {
  const lr = loadLuRules(rules);
  const s = rules.okrTable.pdf;
  const out: SourceLine[] = [];
  const markers = lr.strategies.map((x) => x.marker);
  for (const page of doc.pages) {
    const goalHeader = findHeaderFor(page, lr.pdf.goalColumns, s, lr.pdf.minHeaderLabels);
    const sumHeader = goalHeader ? null : findHeaderFor(page, lr.pdf.summaryColumns, s, lr.pdf.minHeaderLabels);
    const header = goalHeader ?? sumHeader;
    const headerWords = new Set(header?.labels.flatMap((l) => l.words) ?? []);
    const above = page.words.filter((w) => !headerWords.has(w) && (!header || w.bottom <= header.top + 1));
    for (const l of groupLines(above, s.baselineTolerance)) {
      emitLine(out, l.text, page.number);
      // A strategy named in a title ("Yhteenveto: HYVINVOINTIALUESTRATEGIA") gets its own marker line.
      const m = markers.find((x) => l.text !== x && l.text.split(/\s+/).includes(x));
      if (m) emitLine(out, m, page.number);
    }
    if (!header) {
      for (let k = 0; k < 3; k++) emitLine(out, "", page.number);
      continue;
    }
    emitLine(out, "", page.number);
    for (const lab of header.labels) emitLine(out, (goalHeader ? lr.pdf.goalColumns : lr.pdf.summaryColumns).find((c) => c.field === lab.field)!.label, page.number);
    emitLine(out, "", page.number);
    const body = page.words.filter((w) => !headerWords.has(w) && w.top >= header.bottom - 1);
    const { boundaries, ruled } = findBoundaries(page, header, body, s);
    const fields = header.labels.map((l) => l.field);
    // Rows: horizontal rulings, or the tops of the status / count column's words.
    let edges: number[];
    if (ruled) {
      edges = snap(page.rulings.filter((r) => r.orientation === "h" && r.y0 > header.bottom - 1).map((r) => r.y0), s.rulingSnap);
    } else {
      const anchorField = goalHeader ? "achieved" : "count";
      edges = groupLines(body.filter((w) => fieldOf(w, fields, boundaries) === anchorField), s.baselineTolerance).map((l) => l.top - 1);
    }
    const bottom = Math.max(header.bottom, ...body.map((w) => w.bottom)) + 1;
    edges = [...edges.filter((y) => y < bottom), bottom].sort((a, b) => a - b);
    if (!ruled) edges.unshift(header.bottom);
    for (let i = 0; i + 1 < edges.length; i++) {
      const inRow = body.filter((w) => (w.top + w.bottom) / 2 >= edges[i]! && (w.top + w.bottom) / 2 < edges[i + 1]!);
      if (!inRow.length) continue;
      const cells = rowCells(inRow, fields, boundaries, s.baselineTolerance);
      const cell = (f: string) => cells.get(f) ?? [];
      if (goalHeader) {
        const [status, score, assessment] = [cell("achieved").join(" "), cell("score").join(" "), cell("assessment")];
        for (const l of cell("tavoite")) emitLine(out, l, page.number);
        emitLine(out, "", page.number);
        const subs = cell("alatavoitteet");
        if (subs.length) {
          for (const l of subs) emitLine(out, l, page.number);
          emitLine(out, "", page.number);
        }
        emitLine(out, `${status} ${score} ${assessment[0] ?? ""}`.trim(), page.number);
        for (const l of assessment.slice(1)) emitLine(out, l, page.number);
        emitLine(out, "", page.number);
      } else {
        for (const l of cell("linjaus")) emitLine(out, l, page.number);
        emitLine(out, ["count", "average", "completed_yes", "completed_partial"].map((f) => cell(f).join(" ")).filter(Boolean).join(" "), page.number);
        emitLine(out, "", page.number);
      }
    }
    for (let k = 0; k < 3; k++) emitLine(out, "", page.number);
  }
  return out;
}

// Module-level helpers rather than closures per page: V8 drops optimized code of per-call closures
// at each full GC and optimizes them again (see draftToRow in ../okr-table/pdf.ts).

function emitLine(out: SourceLine[], text: string, page: number): void {
  out.push({ n: out.length + 1, text, page });
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
