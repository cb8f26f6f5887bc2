/** PDF words grouped into text lines by baseline: shared by every family that reads page geometry. */
import type { Word } from "../model/pdf.js";

export interface TextLine {
  words: Word[];
  text: string;
  top: number;
  bottom: number;
  baseline: number;
  x0: number;
  x1: number;
}

/**
 * Groups words into lines by baseline, left to right: a line takes words while their baseline
 * stays within `tolerance` × font size of its first word's. Called for every cell of every page,
 * so it allocates little: one words array per line, sized once (`lineTexts` when only the text
 * is wanted).
 */
export function groupLines(words: readonly Word[], tolerance: number): TextLine[] {
  const sorted = inBaselineOrder(words);
  const lines: TextLine[] = [];
  for (let start = 0, end = 0; start < sorted.length; start = end) {
    end = lineEnd(sorted, start, tolerance);
    lines.push(makeLine(sorted.slice(start, end)));
  }
  return lines;
}

/** The text of each line `groupLines` would make, without the lines. */
export function lineTexts(words: readonly Word[], tolerance: number): string[] {
  const sorted = inBaselineOrder(words);
  const texts: string[] = [];
  for (let start = 0, end = 0; start < sorted.length; start = end) {
    end = lineEnd(sorted, start, tolerance);
    let inOrder = true;
    for (let i = start + 1; i < end && inOrder; i++) inOrder = sorted[i - 1]!.x0 <= sorted[i]!.x0;
    if (!inOrder) {
      texts.push(makeLine(sorted.slice(start, end)).text);
      continue;
    }
    let text = sorted[start]!.text;
    for (let i = start + 1; i < end; i++) text += " " + sorted[i]!.text;
    texts.push(text);
  }
  return texts;
}

/** Words sorted by baseline, then x; usually they arrive so already (the reader sorts each page once). */
function inBaselineOrder(words: readonly Word[]): readonly Word[] {
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1]!.baseline > words[i]!.baseline) return [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  }
  return words;
}

/** Where the line that starts at `sorted[start]` ends (exclusive). */
function lineEnd(sorted: readonly Word[], start: number, tolerance: number): number {
  const base = sorted[start]!.baseline;
  let i = start + 1;
  while (i < sorted.length && Math.abs(sorted[i]!.baseline - base) <= tolerance * sorted[i]!.fontSize) i++;
  return i;
}

/** A line from its words (in baseline order): sorted left to right, box, text joined by spaces. */
function makeLine(ws: Word[]): TextLine {
  const first = ws[0]!;
  if (ws.length === 1) return { words: ws, text: first.text, top: first.top, bottom: first.bottom, baseline: first.baseline, x0: first.x0, x1: first.x1 };
  let inOrder = true;
  for (let i = 1; i < ws.length && inOrder; i++) inOrder = ws[i - 1]!.x0 <= ws[i]!.x0;
  if (!inOrder) ws.sort((a, b) => a.x0 - b.x0);
  let { top, bottom, x0, x1 } = first;
  let text = "";
  for (const w of ws) {
    if (w.top < top) top = w.top;
    if (w.bottom > bottom) bottom = w.bottom;
    if (w.x0 < x0) x0 = w.x0;
    if (w.x1 > x1) x1 = w.x1;
    text = text ? text + " " + w.text : w.text;
  }
  return { words: ws, text, top, bottom, baseline: first.baseline, x0, x1 };
}
