/**
 * A sanity check before reading a table off a page: a page whose text has collapsed (scaled to a
 * point high, every word on one baseline, glyphs of zero height) gives rows of empty cells or of
 * shuffled words, which would be stored as if they were data. Such a page is refused with a reason.
 */
import type { PdfPage } from "../model/pdf.js";

/** Below this type size (points) text is not meant to be read: the page was scaled down. */
const MIN_FONT_SIZE = 2;
/** A table page has more than one line once it holds this many words. */
const MANY_WORDS = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Why the page's text cannot carry a table, or null when it looks like ordinary text. */
export function degeneratePage(page: PdfPage): string | null {
  const words = page.words;
  if (!words.length) return null;
  const size = median(words.map((w) => w.fontSize));
  if (!(size >= MIN_FONT_SIZE)) return `text is ${size.toFixed(3)} pt high (the page is scaled down to ${page.height.toFixed(1)} pt); geometry cannot be trusted`;
  if (median(words.map((w) => w.bottom - w.top)) <= 0) return "text has zero height";
  if (words.length >= MANY_WORDS) {
    const first = words[0]!.baseline;
    if (words.every((w) => Math.abs(w.baseline - first) < 0.5 * size)) return `all ${words.length} words stand on one line`;
  }
  return null;
}
