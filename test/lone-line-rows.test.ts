/**
 * A borderless table at a tall line height, the key result printed first and wrapped past every
 * other cell of its row: its last line stands where no other column has text. With no word broken
 * at a hyphen to measure the line pitch by, the gap above that line is wider than the fallback
 * leading; the line still goes on in the row above, because rows start with text in their other
 * columns too (top-aligned cells), unless its gap is as wide as the gaps the rows leave.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as wordsOn } from "./synthetic-words.js";

const FS = 8;
/** CSS line-height 1.6: 0.6 type sizes of white between the lines of one cell. */
const PITCH = 1.6 * FS;
/** Padding between rows (0.08 cm above and below). */
const ROW_PAD = 4.5;
const X = [40, 260, 360, 460, 620];

const line = (text: string, x: number, baseline: number): Word[] => wordsOn(text, x, baseline, FS);

function doc(rows: string[][][]): PdfText {
  const words: Word[] = line("Metsän polku", 40, 40).map((w) => ({ ...w, fontSize: 10 }));
  ["Avaintulos", "Toimiala", "Tulosalue", "Tavoite", "Mittari"].forEach((l, i) => words.push(...line(l, X[i]!, 70)));
  let y = 70 + PITCH + ROW_PAD;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(l, X[i]!, y + k * PITCH))));
    y += Math.max(...row.map((c) => c.length)) * PITCH + ROW_PAD;
  }
  const page: PdfPage = { number: 1, width: 842, height: 595, words, rulings: [] };
  return { path: "lone.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: 1, pages: [page] };
}

const ROWS = [
  [["Puro virtaa kohti", "järveä"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["12 %"]],
  [["Sorsat lentävät"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["5 %"]],
  [["Kuuset vihertävät", "keväällä"], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["70 %"]],
  [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]],
];

describe("a first-column line where no other column has text", () => {
  it("goes on in the row above", () => {
    const res = extractPdf(doc(ROWS), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.toteuma])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala", "12 %"],
      ["Sorsat lentävät", "Kalaniemi", "5 %"],
      ["Kuuset vihertävät keväällä", "Mäkelä", "70 %"],
      ["Tikka koputtaa", "Harjula", "3 kpl"],
    ]);
  }, 60_000);

  it("starts a row when its gap above is as wide as the rows leave (a row whose other cells are empty)", () => {
    const res = extractPdf(doc([...ROWS.slice(0, 2), [["Karhu nukkuu"], [], [], [], []], ...ROWS.slice(2)]), { region: "kanta-hame" });
    expect(res.rows.map((r) => r.avaintulos)).toEqual(["Puro virtaa kohti järveä", "Sorsat lentävät", "Karhu nukkuu", "Kuuset vihertävät keväällä", "Tikka koputtaa"]);
  }, 60_000);
});
