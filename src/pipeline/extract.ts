/**
 * One document through reading → detecting → reconstructing → normalizing. No storing here:
 * `extract --json` and `import` share this, so what is printed is what is stored.
 */
import { FileReadError, readRegularFile } from "../read/files.js";
import { loadRules, type Rules } from "../rules/load.js";
import { readTextBytes } from "../read/text.js";
import { joinedText, type SourceText } from "../model/source.js";
import { detectRegion, findRegion } from "../detect/region.js";
import { detectFamily } from "../detect/family.js";
import { reconstructOkrTable } from "../reconstruct/okr-table/text.js";
import { normalizeOkrRows } from "../normalize/row.js";
import { PARSER_VERSION } from "../version.js";
import { InputError } from "../errors.js";
import { cleanText, NotTextError } from "../read/decode.js";
import { collectPdfjsWarnings } from "../read/pdf-warnings.js";
import type { ExtractResult } from "../model/document.js";
import { readPdf, PdfReadError, type ReadPdfOptions } from "../read/pdf.js";
import type { PdfText, Word } from "../model/pdf.js";
import { groupLines, reconstructOkrTablePdf, type TextLine } from "../reconstruct/okr-table/pdf.js";
import { reconstructLuEvaluation } from "../reconstruct/lu-evaluation/text.js";
import { reconstructLuEvaluationPdf } from "../reconstruct/lu-evaluation/pdf.js";
import { reconstructPhStrategy } from "../reconstruct/ph-strategy/text.js";
import { reconstructAgendaItem } from "../reconstruct/agenda-item/text.js";
import { reconstructGoalBlocksPdf } from "../reconstruct/goal-block/pdf.js";

export interface ExtractOptions {
  /** Region id or name; overrides detection. */
  region?: string;
  /** Reporting period ("1-9/2025"); overrides detection. */
  period?: string;
  rules?: Rules;
  /** PDF reading limits. */
  pdf?: ReadPdfOptions;
}

/** Page-ordered text lines of a PDF (words grouped by baseline across the page), and each word's line. */
export function pdfLines(doc: PdfText, tolerance: number): { src: SourceText; lineOf: (w: Word) => number } {
  const lines: SourceText["lines"] = [];
  const index = new LineIndex();
  for (const page of doc.pages) {
    const pageLines = groupLines(page.words, tolerance);
    index.addPage(page.number, lines.length + 1, pageLines);
    for (const l of pageLines) lines.push({ n: lines.length + 1, text: l.text, page: page.number });
  }
  return {
    src: { path: doc.path, sha256: doc.sha256, bytes: doc.bytes, mediaType: "application/pdf", encoding: "pdf", lines },
    lineOf: (w) => index.lineOf(w),
  };
}

/** Each word's line number in the page-ordered text (a class: see draftToRow on closures). */
class LineIndex {
  private readonly pages = new Map<number, { first: number; lines: TextLine[] }>();

  addPage(page: number, firstLine: number, lines: TextLine[]): void {
    this.pages.set(page, { first: firstLine, lines });
  }

  lineOf(w: Word): number {
    const p = this.pages.get(w.page);
    return p ? p.first + lineIndexOf(p.lines, w) : 1;
  }
}

/**
 * The index of the line holding `w` among a page's lines (in baseline order): found by its
 * baseline, then confirmed among the neighbours (a word a line took in within its tolerance can
 * have the next line's baseline). No map from every word: this runs on every page of a batch.
 */
export function lineIndexOf(lines: readonly TextLine[], w: Word): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.baseline <= w.baseline) lo = mid;
    else hi = mid - 1;
  }
  if (lines[lo]?.words.includes(w)) return lo;
  if (lines[lo - 1]?.words.includes(w)) return lo - 1;
  if (lines[lo + 1]?.words.includes(w)) return lo + 1;
  return lo;
}

/** Extracts an already read PDF: the OKR table from positions, other families from the page text. */
export function extractPdf(doc: PdfText, opts: ExtractOptions = {}): ExtractResult {
  const rules = opts.rules ?? loadRules();
  let wordCount = 0;
  for (const p of doc.pages) wordCount += p.words.length;
  if (wordCount === 0) throw new InputError(doc.path, "read", "no text, OCR needed (the PDF has no text layer)", "NoTextLayer");
  const { src, lineOf } = pdfLines(doc, rules.okrTable.pdf.baselineTolerance);
  const base = extractSource(src, opts, doc.pageCount, { skipOkr: true });
  if (base.document.family === "lu-evaluation") {
    // Slides typeset as tables: read by columns and rows, not by page lines.
    const { warnings, ...lu } = reconstructLuEvaluationPdf(doc, rules);
    base.document.warnings = base.document.warnings.filter((w) => !/^line \d+:/.test(w)).concat(warnings);
    base.lu = lu;
    return base;
  }
  if (base.document.family === "goal-block") {
    const { blocks, warnings } = reconstructGoalBlocksPdf(doc, rules);
    base.document.warnings.push(...warnings);
    base.blocks = blocks;
    return base;
  }
  if (base.document.family !== "okr-table-pdf") return base;
  // The region was detected (or given) in extractSource, on the same text.
  const region = rules.regions.regions.find((r) => r.id === base.document.regionId);
  base.document.family = "okr-table";
  // Rows come from the layout; the region's division names only confirm and spell them.
  const table = reconstructOkrTablePdf(doc, region ?? null, rules, lineOf);
  base.document.warnings.push(...table.warnings);
  base.rows = normalizeOkrRows(table.rows);
  const { pagesWithTable, ruledPages, continuedRows } = table.report;
  base.document.report = { ...summarizeRows(base.rows), pagesWithTable, ruledPages, continuedRows };
  return base;
}

/** The most frequent "M-M/YYYY" period in the text, if any. */
export function detectPeriod(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(20\d\d)(?!\d)/g)) {
    const p = `${Number(m[1])}-${Number(m[2])}/${m[3]}`;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [p, c] of counts) if (c > n) [best, n] = [p, c];
  return best;
}

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
}

export function extractSource(src: SourceText, opts: ExtractOptions = {}, pages: number | null = null, internal: { skipOkr?: boolean } = {}): ExtractResult {
  const rules = opts.rules ?? loadRules();
  const warnings: string[] = [];
  const text = joinedText(src.lines);
  let region = opts.region ? findRegion(opts.region, rules.regions) : undefined;
  if (opts.region && !region) throw new InputError(src.path, "detect", `unknown region "${opts.region}" (known: ${rules.regions.regions.map((r) => r.id).join(", ")})`);
  if (!region) region = detectRegion(text, rules.regions)?.region;
  if (!region) warnings.push("region not recognized from the text; use --region");
  const family = internal.skipOkr ? detectFamily(src.lines, rules, { pdf: true }) : detectFamily(src.lines, rules);
  let rows: ExtractResult["rows"] = [];
  if (family.family === "okr-table" && internal.skipOkr) {
    // The PDF path rebuilds this table from positions (extractPdf).
  } else if (family.family === "okr-table") {
    if (!region || region.divisions.length === 0) {
      warnings.push(`OKR table found but ${region ? `no divisions are listed for ${region.name} in rules/regions.json` : "the region is unknown"}: rows cannot be split`);
    } else {
      const table = reconstructOkrTable(src.lines, region, rules);
      warnings.push(...table.warnings);
      rows = normalizeOkrRows(table.rows);
    }
  } else if (family.family === "goal-block" && !internal.skipOkr) {
    warnings.push("goal blocks are read from the PDF's positions only: no rows from text");
  } else if (family.family === "unknown") {
    warnings.push(`no known document family matched; stored without rows. ${family.evidence}`);
  }
  let payload: Pick<ExtractResult, "lu" | "ph" | "agenda"> = {};
  if (family.family === "lu-evaluation" && internal.skipOkr) {
    // The PDF path reads these slides as tables (extractPdf).
  } else if (family.family === "lu-evaluation") {
    const { warnings: w, ...lu } = reconstructLuEvaluation(src.lines, rules);
    warnings.push(...w);
    payload = { lu };
  } else if (family.family === "ph-strategy") {
    const { warnings: w, ...ph } = reconstructPhStrategy(src.lines, rules);
    warnings.push(...w);
    payload = { ph };
  } else if (family.family === "agenda-item") {
    const { warnings: w, ...agenda } = reconstructAgendaItem(src.lines, rules);
    warnings.push(...w);
    payload = { agenda };
  }
  return {
    document: {
      source: src.path,
      sha256: src.sha256,
      bytes: src.bytes,
      mediaType: src.mediaType,
      encoding: src.encoding,
      region: region?.name ?? null,
      regionId: region?.id ?? null,
      family: family.family === "okr-table" && internal.skipOkr ? "okr-table-pdf" : family.family,
      period: opts.period ?? payload.agenda?.period ?? detectPeriod(text),
      parserVersion: PARSER_VERSION,
      lines: src.lines.length,
      pages,
      warnings,
      report: rows.length ? summarizeRows(rows) : null,
    },
    rows,
    ...payload,
  };
}

/**
 * The JSON users and scorers see: the document, then the family's own fields named as in the gold
 * files (`rows`; `summaries`, `goals`; `priorities`, `successes`, `timeline`; the agenda fields).
 */
export function toJson(res: ExtractResult): Record<string, unknown> {
  const out: Record<string, unknown> = { document: res.document };
  if (res.lu) Object.assign(out, res.lu);
  else if (res.ph) Object.assign(out, res.ph);
  else if (res.agenda) Object.assign(out, res.agenda);
  else if (res.blocks) out.rows = res.blocks;
  else out.rows = res.rows;
  return out;
}

export function summarizeRows(rows: readonly { confidence: number }[]): NonNullable<ExtractResult["document"]["report"]> {
  let sum = 0;
  let low = 0;
  for (const r of rows) {
    sum += r.confidence;
    if (r.confidence < 0.9) low++;
  }
  return { rows: rows.length, meanConfidence: Math.round((sum / rows.length) * 1000) / 1000, lowConfidenceRows: low };
}

/** Reasons of a row that only the page rulings could settle. */
const LAYOUT_DOUBTS = [/vertical gap/, /crosses a column boundary/, /has an empty first column/];

/** Whether a text-only PDF extraction should be redone with the page rulings. */
export function layoutUncertain(res: ExtractResult): boolean {
  // Loops, not nested callbacks: this runs on every reason of every row of every PDF.
  for (const r of res.rows) for (const x of r.reasons) for (const d of LAYOUT_DOUBTS) if (d.test(x)) return true;
  if (res.lu) return res.lu.goal_counts.some((c) => c.summary_total !== null && c.summary_total !== c.found);
  return false;
}

/**
 * A PDF's words as text is stored: NFC (a PDF can draw "ä" as a and a combining diaeresis), no
 * NULs or other control characters (pdf.js gives U+0000 for glyphs it cannot map). Positions stay.
 */
export function cleanPdfText(doc: PdfText): PdfText {
  for (const page of doc.pages) {
    let dirty = false;
    for (const w of page.words) {
      const t = cleanText(w.text).replace(/[ \0]+/g, "");
      if (t !== w.text) {
        w.text = t;
        dirty = true;
      }
    }
    if (dirty) page.words = page.words.filter((w) => w.text.length > 0);
  }
  return doc;
}

/** Reads a file of any supported kind and extracts it. Throws InputError naming the file. */
export async function extractFile(path: string, opts: ExtractOptions = {}): Promise<ExtractResult> {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path);
  } catch (err) {
    if (err instanceof FileReadError) throw new InputError(path, "read", `cannot read: ${err.message}`, err.errorClass);
    throw new InputError(path, "read", `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, "ReadError");
  }
  if (bytes.length === 0) throw new InputError(path, "read", "empty file (0 bytes)", "EmptyFile");
  if (/\.pdf$/i.test(path) && !isPdf(bytes)) throw new InputError(path, "read", "not a PDF: the file has no %PDF- header", "NotAPdf");
  if (isPdf(bytes)) {
    const rules = opts.rules ?? loadRules();
    const mode = rules.okrTable.pdf.rulings;
    const pdfjsWarnings: string[] = [];
    const read = async (rulings: boolean) => {
      try {
        const { value, warnings } = await collectPdfjsWarnings(() => readPdf(path, bytes, { maxPages: rules.okrTable.pdf.maxPages, ...opts.pdf, rulings }));
        for (const w of warnings) if (!pdfjsWarnings.includes(w)) pdfjsWarnings.push(w);
        return cleanPdfText(value);
      } catch (err) {
        if (err instanceof PdfReadError) throw new InputError(path, "read", err.message, err.errorClass);
        throw err;
      }
    };
    const first = extractPdf(await read(mode === "always"), opts);
    // Goal blocks split measure rows at rulings: read them if the first reading did not.
    if (first.document.family === "goal-block" && mode !== "always") {
      const ruled = extractPdf(await read(true), opts);
      ruled.document.warnings.push(...pdfjsWarnings);
      return ruled;
    }
    if (mode !== "auto" || !layoutUncertain(first)) {
      first.document.warnings.push(...pdfjsWarnings);
      return first;
    }
    const second = extractPdf(await read(true), opts);
    second.document.warnings.push("text-only layout was uncertain: read again with the page rulings", ...pdfjsWarnings);
    return second;
  }
  let src: SourceText;
  try {
    src = readTextBytes(path, bytes);
  } catch (err) {
    if (err instanceof NotTextError) throw new InputError(path, "read", err.message, "NotText");
    throw err;
  }
  return extractSource(src, opts);
}
