/**
 * Reading stage for PDFs with pdf.js (legacy build for Node): positioned words and rulings per
 * page. pdf.js text items are runs of glyphs, not words: items are split at spaces and glued
 * together where the gap between them is smaller than a space, so "ratkai" + "-" is one word.
 *
 * Security: pdfjs-dist ≥ 4.2.67 (CVE-2024-4367) and `isEvalSupported: false`, always.
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PdfPage, PdfText, Ruling, Word } from "../model/pdf.js";
import { sha256 } from "./text.js";
import { hasCjk, unswapLatin } from "./byte-swapped.js";
import { spellLetterPairs } from "./latin-ligatures.js";
import { applyActualText, markedSpans, type ContentItem, type MarkedSpan } from "./actual-text.js";
import { composeAccents } from "./accents.js";
import { fillGlyphHoles } from "./glyph-holes.js";
import { ligatureRepairs, namesLigatureGlyphs, repairLigatures, type FontNames } from "./ligature-names.js";
import { GARBLED_LIGATURE, garbledLigatureRepairs } from "./garbled-ligatures.js";
import { texType3Repairs } from "./tex-type3.js";
import { spellLetterPairLigatures } from "./letter-pair-ligatures.js";
import { createInThreadWorker, loadPdfjs, PDFJS_PACKAGE_JSON } from "./pdfjs-runtime.js";

const PDFJS_DIR = dirname(PDFJS_PACKAGE_JSON);

type PdfJs = Awaited<ReturnType<typeof loadPdfjs>>;

/** The options every document is opened with (exported so a test can assert them). */
export function documentOptions(data: Uint8Array) {
  return {
    data,
    isEvalSupported: false,
    // A plain path: pdf.js in Node reads it with fs; a file:// URL makes it fail and warn once per
    // non-embedded font ("Unable to load font data").
    standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
    cMapUrl: pathToFileURL(join(PDFJS_DIR, "cmaps") + "/").href,
    cMapPacked: true,
    disableFontFace: true,
    // Fonts' encodings and ToUnicode maps, for ligature glyphs known only by name (ligature-names.ts).
    fontExtraProperties: true,
    useSystemFonts: false,
    verbosity: 0,
  } as const;
}

export interface ReadPdfOptions {
  /**
   * Read rulings from the pages' drawing operators. This costs about as much again as the text:
   * "auto" (the default of the pipeline) reads them only for pages whose text-only layout is
   * uncertain; true: every page; false: never.
   */
  rulings?: boolean;
  /** Refuse documents with more pages than this (0 = no limit). */
  maxPages?: number;
  /** Read only these pages (1-based). */
  pages?: number[];
}

export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly errorClass: string,
  ) {
    super(message);
    this.name = "PdfReadError";
  }
}

/** Maps pdf.js errors (by `err.name`) to messages a person can act on. */
export function describePdfError(err: unknown): PdfReadError {
  const e = err as { name?: string; message?: string };
  switch (e?.name) {
    case "PasswordException":
      return new PdfReadError("encrypted, needs a password", "PasswordException");
    case "InvalidPDFException":
      return new PdfReadError(`not a valid PDF (${e.message ?? "invalid structure"})`, "InvalidPDFException");
    case "MissingPDFException":
      return new PdfReadError("PDF missing", "MissingPDFException");
    case "UnexpectedResponseException":
      return new PdfReadError(`unexpected response (${e.message})`, "UnexpectedResponseException");
    default:
      return new PdfReadError(e?.message ?? String(err), e?.name ?? "Error");
  }
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** Characters a hyphen can be drawn with. */
const HYPHENS = new Set(["-", "\u00ad", "\u2010"]);

/**
 * Splits pdf.js items into words and glues pieces that touch (no space between them).
 *
 * A hyphen that arrives as a text run of its own, glued to the end of a word with nothing after it,
 * was put there by the typesetter's hyphenation (LibreOffice and others draw it separately); an
 * author's own hyphen stays inside the word's run. The former is returned as a soft hyphen
 * (U+00AD), so that dehyphenation can tell the two apart. Accents drawn as glyphs of their own
 * are first composed with their letters (see accents.ts).
 */
export function itemsToWords(items: readonly RawItem[], page: number, pageHeight: number): Word[] {
  const pieces: Word[] = [];
  let swappedSeen = false;
  for (const it of composeAccents(fillGlyphHoles(items))) {
    if (!it.str || !it.str.trim()) continue;
    const [a, b, , d, e, f] = it.transform as [number, number, number, number, number, number];
    if (Math.abs(b) > 0.01 * Math.abs(a)) continue; // rotated text is not table text
    const unswapped = unswapLatin(it.str);
    if (unswapped !== it.str) swappedSeen = true;
    const str = spellLetterPairs(unswapped);
    const fontSize = Math.abs(d) || it.height || 10;
    const baseline = pageHeight - f;
    const len = str.length;
    // Glyph positions are not given per character: spread the item's width evenly.
    const perChar = len > 0 ? it.width / len : 0;
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(str))) {
      const x0 = e + perChar * m.index;
      pieces.push({
        page,
        text: m[0],
        x0,
        x1: x0 + perChar * m[0].length,
        top: baseline - fontSize * 0.8,
        bottom: baseline + fontSize * 0.2,
        baseline,
        fontSize,
        fontName: it.fontName,
      });
    }
  }
  const words: Word[] = [];
  /** Words ending in a hyphen drawn apart, with the hyphen glyph's width. */
  const softEnd = new Map<Word, number>();
  for (const p of pieces) {
    const last = words[words.length - 1];
    // A run that starts inside a word by more than a type size on both sides is drawn over it (a
    // name set past its narrow column's edge over the next cell's first words): a word of its own.
    const overprints = last !== undefined && p.x0 > last.x0 + p.fontSize && p.x0 < last.x1 - p.fontSize;
    if (last && !overprints && Math.abs(last.baseline - p.baseline) < p.fontSize * 0.2 && p.x0 - last.x1 < p.fontSize * 0.12 && p.x0 >= last.x0) {
      last.text += p.text;
      last.x1 = Math.max(last.x1, p.x1);
      last.top = Math.min(last.top, p.top);
      last.bottom = Math.max(last.bottom, p.bottom);
      // (A soft hyphen from ActualText may come just before the drawn one: "ti\u00ad" + "-".)
      if (HYPHENS.has(p.text) && /[\p{L}\p{N}]\u00ad?$/u.test(last.text.slice(0, -1))) softEnd.set(last, p.x1 - p.x0);
      else softEnd.delete(last);
    } else {
      words.push(p); // pieces are this function's own objects: no copy needed
    }
  }
  // A ligature drawn in a run of its own ("reippaas" + "琀椀."): read back in the glued word, or
  // anywhere once the page shows the fault in Latin words and has no CJK text of its own.
  if (swappedSeen) {
    const all = !words.some((w) => hasCjk(w.text));
    for (const w of words) w.text = unswapLatin(w.text, all);
  }
  // Only a hyphen that ends its line can be the typesetter's: a word followed on the same line by
  // another (Word draws the author's "sosiaali-" before " ja" as a run of its own) keeps it. "Another"
  // is one space away: in a monospaced font a space is as wide as the hyphen (0.5–0.6 em), wider than
  // a proportional font's, so the reach grows with the hyphen's own width (at most 0.7 em).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const hyphen = softEnd.get(w);
    if (hyphen === undefined) continue;
    const next = words[i + 1];
    const reach = Math.min(0.7 * w.fontSize, Math.max(0.45 * w.fontSize, 1.25 * hyphen));
    if (next && Math.abs(next.baseline - w.baseline) < w.fontSize * 0.2 && next.x0 > w.x1 && next.x0 - w.x1 < reach) continue;
    w.text = w.text.slice(0, -1) + "\u00ad";
  }
  // Reading order by baseline (stable, so runs on one line keep their order): later stages rely on it.
  return words.sort(byBaseline);
}

function byBaseline(a: Word, b: Word): number {
  return a.baseline - b.baseline;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}
function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Horizontal and vertical rulings from the page's drawing operators: stroked segments and the
 * edges of stroked or thin filled rectangles (how LibreOffice, Word and most exporters draw table
 * borders). Clip paths are not drawn and are skipped.
 */
export function extractRulings(fnArray: readonly number[], argsArray: readonly unknown[], OPS: PdfJs["OPS"], page: number, pageHeight: number): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const paints = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  const add = (x0: number, y0: number, x1: number, y1: number, thin = 1.5) => {
    const [ax, ay] = apply(ctm, x0, y0);
    const [bx, by] = apply(ctm, x1, y1);
    const top = pageHeight - Math.max(ay, by);
    const bottom = pageHeight - Math.min(ay, by);
    const left = Math.min(ax, bx);
    const right = Math.max(ax, bx);
    if (bottom - top <= thin && right - left > thin) out.push({ page, orientation: "h", x0: left, x1: right, y0: (top + bottom) / 2, y1: (top + bottom) / 2 });
    else if (right - left <= thin && bottom - top > thin) out.push({ page, orientation: "v", x0: (left + right) / 2, x1: (left + right) / 2, y0: top, y1: bottom });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      if (!paints.has(paint)) continue;
      const data = (args[1] as ArrayLike<number>[])[0];
      if (!data) continue;
      // Path data of pdf.js 5: DrawOPS codes (0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) with coordinates.
      const pts: [number, number][][] = [];
      let cur: [number, number][] = [];
      for (let k = 0; k < data.length; ) {
        const op = data[k]!;
        if (op === 0) {
          if (cur.length) pts.push(cur);
          cur = [[data[k + 1]!, data[k + 2]!]];
          k += 3;
        } else if (op === 1) {
          cur.push([data[k + 1]!, data[k + 2]!]);
          k += 3;
        } else if (op === 2) {
          cur = [];
          k += 7;
        } else if (op === 3) {
          cur = [];
          k += 5;
        } else if (op === 4) {
          if (cur.length) cur.push(cur[0]!);
          k += 1;
        } else break;
      }
      if (cur.length) pts.push(cur);
      for (const poly of pts) {
        if (fills.has(paint)) {
          // A filled shape is a ruling only when it is thin (a drawn line), never a background.
          const xs = poly.map((p) => p[0]);
          const ys = poly.map((p) => p[1]);
          const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          add(minX, minY, maxX, maxY, 2.5);
          if (maxX - minX > 2.5 && maxY - minY > 2.5) continue;
        } else {
          for (let k = 1; k < poly.length; k++) add(poly[k - 1]![0], poly[k - 1]![1], poly[k]![0], poly[k]![1]);
        }
      }
    }
  }
  return out;
}

/**
 * Whether a page's text may hold ActualText spans worth reading the file for: a glyph pdf.js
 * could not map (U+0000), or a marked-content span with properties but no structure id (how
 * ActualText is attached to glyphs) that holds at most two characters — a ligature, a symbol, a
 * soft hyphen drawn as a space. Tagged content (spans with an MCID), artifacts and spans of whole
 * runs of text (Word's language spans) do not send the reader to the file.
 */
export function mayUseActualText(items: readonly ContentItem[]): boolean {
  /** Per open marker: the characters seen inside it so far, or -1 when it is not a candidate. */
  const open: number[] = [];
  for (const i of items) {
    if ("str" in i) {
      if (i.str.includes("\u0000")) return true;
      const n = i.str.replace(/\s+/g, "").length;
      for (let k = 0; k < open.length; k++) if (open[k]! >= 0) open[k]! += n;
    } else if (i.type === "beginMarkedContent" || i.type === "beginMarkedContentProps") {
      open.push(i.type === "beginMarkedContentProps" && (i.id ?? null) === null && i.tag !== "OC" && i.tag !== "Artifact" ? 0 : -1);
    } else if (i.type === "endMarkedContent") {
      const n = open.pop();
      if (n !== undefined && n >= 0 && n <= 2) return true;
    }
  }
  return false;
}

let readQueue: Promise<unknown> = Promise.resolve();

/**
 * Reads every page's words and rulings; the document is always destroyed, pages cleaned up one by
 * one. Documents are read one at a time per thread: with two documents open at once, pdf.js 5.4.624
 * answers a page request of one with the other's pages ("Invalid page request"; upstream
 * mozilla/pdf.js#20629, fixed by #20640 after this version). Parallelism comes from the worker pool.
 */
export function readPdf(path: string, bytes: Uint8Array, opts: ReadPdfOptions = {}): Promise<PdfText> {
  const run = readQueue.then(() => readPdfNow(path, bytes, opts));
  readQueue = run.catch(() => undefined);
  return run;
}

async function readPdfNow(path: string, bytes: Uint8Array, opts: ReadPdfOptions): Promise<PdfText> {
  const lib = await loadPdfjs();
  const worker = createInThreadWorker(lib);
  // pdf.js takes ownership of (and may transfer) the buffer it is given: hand it a copy.
  const task = lib.getDocument({ ...documentOptions(new Uint8Array(bytes)), worker });
  let doc: Awaited<typeof task.promise> | undefined;
  try {
    try {
      doc = await task.promise;
    } catch (err) {
      throw describePdfError(err);
    }
    if (opts.maxPages && doc.numPages > opts.maxPages) {
      throw new PdfReadError(`${doc.numPages} pages, more than the page cap of ${opts.maxPages}`, "PageCapExceeded");
    }
    // Read from the file only when a page shows ActualText may be in use (see mayUseActualText).
    let spans: (MarkedSpan[] | null)[] | null | undefined;
    const spansOf = (n: number): MarkedSpan[] | null => {
      if (spans === undefined) {
        spans = markedSpans(bytes);
        if (spans && spans.length !== doc!.numPages) spans = null;
      }
      return spans?.[n - 1] ?? null;
    };
    let ligatures: boolean | undefined;
    const wanted = opts.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const pages: PdfPage[] = [];
    for (const n of wanted) {
      if (n < 1 || n > doc.numPages) throw new PdfReadError(`page ${n} does not exist (the document has ${doc.numPages})`, "NoSuchPage");
      const page = await doc.getPage(n);
      try {
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        const height = y1 - y0;
        const tc = await page.getTextContent({ includeMarkedContent: true });
        const content = tc.items as unknown as ContentItem[];
        const items = mayUseActualText(content) ? applyActualText(content, spansOf(n)) : content.filter((i) => "str" in i);
        // Fonts reach the main thread only with the drawing operators: fetched for rulings, or when
        // the file names ligature glyphs that pdf.js may have read as their character codes.
        ligatures ??= namesLigatureGlyphs(bytes);
        // A three-letter ligature whose text Ghostscript garbled: the font's other ligatures tell it.
        const garbled = (items as RawItem[]).some((it) => it.str && GARBLED_LIGATURE.test(it.str));
        // Control characters: a TeX bitmap font's dashes and ligatures (tex-type3.ts); only such fonts are repaired then.
        const controls = (items as RawItem[]).some((it) => it.str && CONTROL_CODE.test(it.str));
        const ops = opts.rulings === false && !ligatures && !garbled && !controls ? null : await page.getOperatorList();
        const fontOf = (name: string) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontNames) : undefined);
        if (ligatures || garbled) spellLigatures(items as RawItem[], fontOf, (font) => [...ligatureRepairs(font), ...garbledLigatureRepairs(font), ...texType3Repairs(font)]);
        else if (controls) spellLigatures(items as RawItem[], fontOf, texType3Repairs);
        pages.push({
          number: n,
          width: x1 - x0,
          height,
          words: itemsToWords(items as RawItem[], n, height + y0),
          rulings: ops && opts.rulings !== false ? extractRulings(ops.fnArray, ops.argsArray, lib.OPS, n, height + y0) : [],
        });
      } finally {
        page.cleanup();
      }
    }
    // "ae"/"OE" ligature glyphs named like æ/Œ: whether a font writes the pair apart is known only
    // from all of its words (letter-pair-ligatures.ts).
    spellLetterPairLigatures(pages.flatMap((p) => p.words));
    const producer = await documentProducer(doc);
    return { path, sha256: sha256(bytes), bytes: bytes.length, pageCount: doc.numPages, pages, rulingsRead: opts.rulings !== false, ...(producer ? { producer } : {}) };
  } finally {
    if (doc) await doc.destroy();
    else await task.destroy();
    worker.destroy();
  }
}

/** The Producer of the document information, when the file names one (a broken dictionary names none). */
async function documentProducer(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<string | undefined> {
  try {
    const producer = ((await doc.getMetadata()).info as { Producer?: unknown } | undefined)?.Producer;
    return typeof producer === "string" && producer.trim() ? producer.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** A control character pdf.js gave for a glyph it could not name (tex-type3.ts): the font tells what it is. */
const CONTROL_CODE = /[\u0001-\u0008\u000b-\u001f\u007f]/;

/** Spells out, in place, the glyphs each item's font names (or numbers) but pdf.js could not read: `repairsOf` tells which. */
function spellLigatures(items: RawItem[], fontOf: (name: string) => FontNames | undefined, repairsOf: (font: FontNames) => Iterable<[string, string]>): void {
  const byFont = new Map<string, Map<string, string>>();
  for (const it of items) {
    if (!it.str || !it.fontName) continue;
    let repairs = byFont.get(it.fontName);
    if (!repairs) {
      const font = fontOf(it.fontName);
      repairs = font ? new Map(repairsOf(font)) : new Map();
      byFont.set(it.fontName, repairs);
    }
    // Garbled ligatures are mapped as two characters: replaced whole, before the one-character repairs.
    for (const [from, to] of repairs) if (from.length > 1) it.str = it.str.replaceAll(from, to);
    it.str = repairLigatures(it.str, repairs);
  }
}
