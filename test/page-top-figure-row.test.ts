/**
 * Rows kept whole on their page (no row broken across pages), the key result printed first: the
 * first row of a page may open with a figure followed by lower-case words ("70 % henkilöstöstä …").
 * That lower-case letter is no sign of a cell going on from the page before when every other column
 * starts on the same line; a line of the first column alone at the page top still goes on.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as lineAt } from "./synthetic-words.js";

const FS = 8;
const PITCH = 1.6 * FS;
const ROW_GAP = 6;
const X = [40, 260, 360, 460, 620];

/** The shared line builder (`synthetic-words.ts`) with the page first and this file's type size. */
const line = (page: number, text: string, x: number, baseline: number, fs = FS): Word[] => lineAt(text, x, baseline, fs, page);

type Row = string[][];

/** One page: heading (first page only), the header row, then the rows top-aligned. */
function page(n: number, rows: Row[]): PdfPage {
  const words: Word[] = n === 1 ? line(1, "Metsän polku", 40, 40).map((w) => ({ ...w, fontSize: 10 })) : [];
  ["Avaintulos", "Toimiala", "Tulosalue", "Tavoite", "Mittari"].forEach((l, i) => words.push(...line(n, l, X[i]!, 70)));
  let y = 70 + PITCH + ROW_GAP;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(n, l, X[i]!, y + k * PITCH))));
    y += Math.max(...row.map((c) => c.length)) * PITCH + ROW_GAP;
  }
  return { number: n, width: 842, height: 595, words, rulings: [] };
}

function doc(pages: Row[][]): PdfText {
  const ps = pages.map((rows, i) => page(i + 1, rows));
  return { path: "top.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}

const ONE: Row[] = [
  [["Puro virtaa kohti järveä"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["12 %"]],
  [["Sorsat lentävät"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["5 %"]],
];

describe("the first row of a page", () => {
  it("starts a row of its own when it opens with a figure and every column starts on its line", () => {
    const res = extractPdf(doc([ONE, [[["70 % kuusista vihertää keväällä"], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["70 %"]], [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]]]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.toteuma])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala", "12 %"],
      ["Sorsat lentävät", "Kalaniemi", "5 %"],
      ["70 % kuusista vihertää keväällä", "Mäkelä", "70 %"],
      ["Tikka koputtaa", "Harjula", "3 kpl"],
    ]);
  }, 60_000);

  it("goes on from the page before when its figure stands alone in the first column", () => {
    const res = extractPdf(doc([ONE, [[["2025 aikana."], [], [], [], []], [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]]]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala"],
      ["Sorsat lentävät 2025 aikana.", "Kalaniemi"],
      ["Tikka koputtaa", "Harjula"],
    ]);
  }, 60_000);
});
