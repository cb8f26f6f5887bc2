/**
 * An added first column of lower-case values the rows repeat (ratings, phases): the first row of a
 * page opens with such a value. When every column starts on that line and the value stands whole in
 * the first column of an earlier row, the band starts a row; a lower-case first line that repeats no
 * earlier cell still goes on from the page before (a row broken across the page).
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as lineAt } from "./synthetic-words.js";

const FS = 8;
const PITCH = 1.6 * FS;
const ROW_GAP = 6;
const X = [40, 140, 260, 360, 520, 700];

/** The shared line builder (`synthetic-words.ts`) with the page first and this file's type size. */
const line = (page: number, text: string, x: number, baseline: number, fs = FS): Word[] => lineAt(text, x, baseline, fs, page);

type Row = string[][];

function page(n: number, rows: Row[]): PdfPage {
  const words: Word[] = n === 1 ? line(1, "Metsän polku", 40, 40).map((w) => ({ ...w, fontSize: 10 })) : [];
  ["Sävy", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"].forEach((l, i) => words.push(...line(n, l, X[i]!, 70)));
  let y = 70 + PITCH + ROW_GAP;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(n, l, X[i]!, y + k * PITCH))));
    y += Math.max(...row.map((c) => c.length)) * PITCH + ROW_GAP;
  }
  return { number: n, width: 842, height: 595, words, rulings: [] };
}

function doc(pages: Row[][]): PdfText {
  const ps = pages.map((rows, i) => page(i + 1, rows));
  return { path: "tone.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}

const ONE: Row[] = [
  [["vaalea"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa kohti", "järveä"], ["12 %"]],
  [["tumma"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät", "etelään"], ["5 %"]],
];
const LAST: Row = [["tumma"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]];

describe("the first row of a page, first column of repeated lower-case values", () => {
  it("starts a row when its value repeats an earlier row's first cell and every column starts on its line", () => {
    const res = extractPdf(doc([ONE, [[["vaalea"], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["Kuuset vihertävät"], ["70 %"]], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala", "Puro virtaa kohti järveä", "12 %"],
      ["Kalaniemi", "Sorsat lentävät etelään", "5 %"],
      ["Mäkelä", "Kuuset vihertävät", "70 %"],
      ["Harjula", "Tikka koputtaa", "3 kpl"],
    ]);
    expect(res.rows.map((r) => r.extra?.["Sävy"])).toEqual(["vaalea", "tumma", "vaalea", "tumma"]);
  }, 60_000);

  it("goes on from the page before when its lower-case first line repeats no earlier cell", () => {
    const res = extractPdf(doc([ONE, [[["sininen"], ["keskus"], ["alue"], ["paranee"], ["ja pohjoiseen"], ["%"]], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos])).toEqual([
      ["Lintuala", "Puro virtaa kohti järveä"],
      ["Kalaniemi keskus", "Sorsat lentävät etelään ja pohjoiseen"],
      ["Harjula", "Tikka koputtaa"],
    ]);
  }, 60_000);
});
