/** Words of a synthetic PDF page for layout tests: a fixed-pitch font, one word per space-separated token. */
import type { Word } from "../src/model/pdf.js";

export function word(text: string, x: number, baseline: number, fs: number, page = 1): Word {
  return { page, text, x0: x, x1: x + 0.5 * fs * text.length, top: baseline - 0.8 * fs, bottom: baseline + 0.2 * fs, baseline, fontSize: fs, fontName: "F" };
}

/** The words of one line of text set from `x` on `baseline` (of page 1 unless told). */
export function line(text: string, x: number, baseline: number, fs: number, page = 1): Word[] {
  const out: Word[] = [];
  for (const t of text.split(" ")) {
    out.push(word(t, x, baseline, fs, page));
    x += 0.5 * fs * t.length + 0.3 * fs;
  }
  return out;
}
