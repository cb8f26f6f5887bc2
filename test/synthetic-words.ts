/** Words of a synthetic PDF page for layout tests: a fixed-pitch font, one word per space-separated token. */
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";

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

/** A table row of a synthetic page: each cell's lines. */
export type SyntheticRow = string[][];

/** Layout of a borderless synthetic table: column starts, type size, line pitch and the gap between rows. */
export interface SyntheticTable {
  labels: readonly string[];
  xs: readonly number[];
  fs: number;
  pitch: number;
  rowGap: number;
}

/**
 * Page `n` of a borderless table: a heading at the top of page 1, the header's labels on one line,
 * then the rows top-aligned, each as tall as its longest cell (an A4 landscape page).
 */
export function tablePage(n: number, rows: readonly SyntheticRow[], t: SyntheticTable): PdfPage {
  const words: Word[] = n === 1 ? line("Metsän polku", 40, 40, t.fs, 1).map((w) => ({ ...w, fontSize: 10 })) : [];
  t.labels.forEach((l, i) => words.push(...line(l, t.xs[i]!, 70, t.fs, n)));
  let y = 70 + t.pitch + t.rowGap;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(l, t.xs[i]!, y + k * t.pitch, t.fs, n))));
    y += Math.max(...row.map((c) => c.length)) * t.pitch + t.rowGap;
  }
  return { number: n, width: 842, height: 595, words, rulings: [] };
}

/** A synthetic PDF of such pages, one list of rows per page. */
export function tableDoc(path: string, pages: readonly (readonly SyntheticRow[])[], t: SyntheticTable): PdfText {
  const ps = pages.map((rows, i) => tablePage(i + 1, rows, t));
  return { path, sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}
