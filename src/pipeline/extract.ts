/**
 * One document through reading → detecting → reconstructing → normalizing. No storing here:
 * `extract --json` and `import` share this, so what is printed is what is stored.
 */
import { FileReadError, readRegularFile } from "../read/files.js";
import { loadRules, type Rules } from "../rules/load.js";
import { readTextBytes } from "../read/text.js";
import { joinedText, type SourceText } from "../model/source.js";
import { detectRegion, findRegion } from "../detect/region.js";
import { detectFamily, type StructuralDetector } from "../detect/family.js";
import { PARSER_VERSION } from "../version.js";
import { InputError } from "../errors.js";
import { cleanText, NotTextError } from "../read/decode.js";
import { officeKind } from "../read/file-kind.js";
import { gluedWordsProblem } from "../read/glued-text.js";
import { collectPdfjsWarnings } from "../read/pdf-warnings.js";
import type { ExtractResult } from "../model/document.js";
import type { ReadPdfOptions } from "../read/pdf.js";
import type { PdfText, Word } from "../model/pdf.js";
import { pageText, readingOrder } from "../reconstruct/reading-order/index.js";
import { groupLines, type TextLine } from "../text/lines.js";
import { FAMILIES, findFamily } from "../families/registry.js";
import type { FamilyDef, Reconstructed } from "../families/types.js";
import type { Region } from "../rules/load.js";
import { NO_FAMILY_WARNING } from "./recognized.js";

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

/** Extracts an already read PDF: a family that reads geometry from positions, the others from the page text. */
export function extractPdf(doc: PdfText, opts: ExtractOptions = {}): ExtractResult {
  const rules = opts.rules ?? loadRules();
  let wordCount = 0;
  for (const p of doc.pages) wordCount += p.words.length;
  if (wordCount === 0) throw new InputError(doc.path, "read", "no text, OCR needed (the PDF has no text layer)", "NoTextLayer");
  const { src, lineOf } = pdfLines(doc, rules.okrTable.pdf.baselineTolerance);
  let { region, family, warnings } = identify(src, opts, rules, true);
  if (!family || family.detectAfterSignals) {
    // Lines across the whole page mix side-by-side boxes: detect again on the boxes' reading order,
    // whose family wins over none or over a last-resort structural guess.
    const boxes = identify({ ...src, lines: pageText(readingOrder(doc, rules), rules) }, opts, rules, true);
    if (boxes.family && (!family || !boxes.family.detectAfterSignals)) ({ region, family, warnings } = boxes);
  }
  const out = family?.fromPdf ? family.fromPdf(doc, { rules, region, lineOf }) : family?.fromText(src.lines, { rules, region });
  return assemble(src, opts, doc.pageCount, region, family, warnings, out);
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

const STRUCTURAL: { before: StructuralDetector[]; after: StructuralDetector[]; last: StructuralDetector[] } = {
  before: FAMILIES.flatMap((f) => (f.detect && !f.detectAfterSignals ? [f.detect] : [])),
  after: FAMILIES.flatMap((f) => (f.detect && f.detectAfterSignals ? [f.detect] : [])),
  last: FAMILIES.flatMap((f) => (f.detectLastResort ? [f.detectLastResort] : [])),
};

/** The document's region (given or detected) and family, with the warnings about them. */
function identify(src: SourceText, opts: ExtractOptions, rules: Rules, pdf: boolean): { region: Region | undefined; family: FamilyDef<any> | undefined; familyId: string; warnings: string[] } {
  const warnings: string[] = [];
  let region = opts.region ? findRegion(opts.region, rules.regions) : undefined;
  if (opts.region && !region) throw new InputError(src.path, "detect", `unknown region "${opts.region}" (known: ${rules.regions.regions.map((r) => r.id).join(", ")})`);
  if (!region) region = detectRegion(joinedText(src.lines), rules.regions)?.region;
  if (!region) warnings.push("region not recognized from the text; use --region");
  const guess = detectFamily(src.lines, STRUCTURAL, rules, { pdf });
  const family = findFamily(guess.family);
  if (!family) {
    const seen = FAMILIES.flatMap((f) => (f.missed ? [f.missed(src.lines, rules)] : []));
    warnings.push(`${NO_FAMILY_WARNING} ${[...seen, guess.evidence].join("; ")}`);
  }
  return { region, family, familyId: guess.family, warnings };
}

/** The result of one document from what its family rebuilt. */
function assemble(src: SourceText, opts: ExtractOptions, pages: number | null, region: Region | undefined, family: FamilyDef<any> | undefined, warnings: string[], out: Reconstructed<unknown> | undefined): ExtractResult {
  const rows = out?.rows ?? [];
  if (out) warnings.push(...out.warnings);
  const payload = out?.payload;
  const report = rows.length || out?.report ? { ...summarizeRows(rows), ...out?.report } : null;
  const period = opts.period ?? (payload !== undefined ? family?.period?.(payload) : null) ?? detectPeriod(joinedText(src.lines));
  return {
    document: {
      source: src.path,
      sha256: src.sha256,
      bytes: src.bytes,
      mediaType: src.mediaType,
      encoding: src.encoding,
      region: region?.name ?? null,
      regionId: region?.id ?? null,
      family: family?.id ?? "unknown",
      period,
      periodFrom: opts.period ? "option" : period ? "document" : null,
      parserVersion: PARSER_VERSION,
      lines: src.lines.length,
      pages,
      warnings,
      report,
    },
    rows,
    ...(payload !== undefined ? { payload } : {}),
  };
}

/** Extracts a text: region and family detected (or given), then the family's text reconstructor. */
export function extractSource(src: SourceText, opts: ExtractOptions = {}, pages: number | null = null): ExtractResult {
  const rules = opts.rules ?? loadRules();
  const { region, family, warnings } = identify(src, opts, rules, false);
  return assemble(src, opts, pages, region, family, warnings, family?.fromText(src.lines, { rules, region }));
}

/**
 * The JSON users and scorers see: the document, then the family's own fields named as in the gold
 * files (`rows`; `summaries`, `goals`; `priorities`, `successes`, `timeline`; the agenda fields).
 */
export function toJson(res: ExtractResult): Record<string, unknown> {
  const family = findFamily(res.document.family);
  return { document: res.document, ...(family ? family.json(res) : { rows: res.rows }) };
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
  return findFamily(res.document.family)?.uncertain?.(res) ?? false;
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
    // Loaded here, not at the top: a text never loads pdf.js or its runtime set-up.
    const { readPdf, PdfReadError } = await import("../read/pdf.js");
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
    // A family whose rows are split at rulings (goal blocks) is read with them if the first reading did not.
    if (mode !== "always" && findFamily(first.document.family)?.needsRulings) {
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
  const office = officeKind(bytes);
  if (office) throw new InputError(path, "read", `${office}, not a PDF or a text: save it as PDF (or its text as .txt) and import that`, "OfficeFile");
  let src: SourceText;
  try {
    src = readTextBytes(path, bytes);
  } catch (err) {
    if (err instanceof NotTextError) throw new InputError(path, "read", err.message, "NotText");
    throw err;
  }
  const glued = gluedWordsProblem(src.lines.map((l) => l.text).join("\n"));
  if (glued) throw new InputError(path, "read", glued, "GluedWords");
  return extractSource(src, opts);
}
