/** Shared helpers of the reading-order tests: invented pages of words and what they read as. */
import type { PdfPage, PdfText, Ruling, Word } from "../src/model/pdf.js";
import type { Rules } from "../src/rules/load.js";
import { pageText, readingOrder } from "../src/reconstruct/reading-order/index.js";

/** A document of the given pages' words (and drawn lines), each page sorted as a reader yields it. */
export function syntheticDoc(pages: Word[][], opts: { rulings?: Ruling[][]; width?: number; height?: number } = {}): PdfText {
  const ps: PdfPage[] = pages.map((words, i) => ({
    number: i + 1,
    width: opts.width ?? 800,
    height: opts.height ?? 450,
    words: [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0),
    rulings: opts.rulings?.[i] ?? [],
  }));
  return { path: "synthetic.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}

/** The paragraphs (blank-line separated) the reading order makes of `d`. */
export function paragraphs(d: PdfText, rules: Rules): string[] {
  return pageText(readingOrder(d, rules), rules)
    .map((l) => l.text)
    .join("\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}
