/**
 * Tables set tighter than their type size (a browser's line-height 0.85, no cell padding,
 * borderless): the header's edges. The first body line's box reaches up into the header's last
 * line, yet it is body text (its baseline lies lower); and a header that a page break moves to
 * the next page is drawn at this page's foot too, clipped to its tall glyphs ("l A T"), which are
 * no row of the table and do not hide the next section's heading printed above them.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as lineAt, word as wordAt } from "./synthetic-words.js";
import { isRedrawnHeaderLine } from "../src/reconstruct/okr-table/redrawn-glyphs.js";

const FS = 8;
/** Line pitch 0.85 type sizes: boxes (0.8 above the baseline, 0.2 below) of adjacent lines overlap. */
const PITCH = 0.85 * FS;
const X = [40, 130, 220, 330, 450];

/** The shared builders (`synthetic-words.ts`) with the page first and this file's type size. */
const word = (page: number, text: string, x: number, baseline: number, fs = FS): Word => wordAt(text, x, baseline, fs, page);
const line = (page: number, text: string, x: number, baseline: number, fs = FS): Word[] => lineAt(text, x, baseline, fs, page);

/** A header whose last label wraps over two lines ("Avaintuloksen" / "mittari"); returns its last baseline. */
function header(page: number, y: number, words: Word[]): number {
  ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos"].forEach((l, i) => words.push(...line(page, l, X[i]!, y)));
  words.push(...line(page, "Avaintuloksen", X[4]!, y), ...line(page, "mittari", X[4]!, y + PITCH));
  return y + PITCH;
}

/** Rows of cells (lines per cell) from baseline y on, 6 points between rows; returns the last baseline. */
function rows(page: number, y: number, cells: string[][][], words: Word[]): number {
  let last = y;
  for (const row of cells) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(page, l, X[i]!, y + k * PITCH))));
    last = y + (Math.max(...row.map((c) => c.length)) - 1) * PITCH;
    y = last + PITCH + 6;
  }
  return last;
}

function doc(pages: Word[][]): PdfText {
  const ps: PdfPage[] = pages.map((words, i) => ({ number: i + 1, width: 595, height: 842, words, rulings: [] }));
  return { path: "tight.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}

const ROWS_A = [
  [["Lintuala", "ja metsä"], ["Kivikko"], ["Sammal kasvaa"], ["Puro virtaa"], ["12 %"]],
  [["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät", "ylös"], ["5 %"]],
];
const ROWS_B = [
  [["Mäkelä"], ["Kanerva"], ["Kuusi vihertää"], ["Tikka koputtaa"], ["7 pv"]],
  [["Harjula"], ["Jäkälä"], ["Kallio lämpenee"], ["Kivi pysyy", "paikallaan"], ["3 kpl"]],
  [["Rantala"], ["Kaisla"], ["Aalto lyö"], ["Laituri kestää"], ["1 kpl"]],
];

describe("the header's edges in a table set tighter than its type size", () => {
  it("keeps the first body line, whose box reaches into the header's last line, in the first row", () => {
    const words: Word[] = line(1, "Metsän polku", 40, 60, 10);
    const last = header(1, 80, words);
    rows(1, last + PITCH, ROWS_A, words);
    const res = extractPdf(doc([words]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala ja metsä", "Kivikko", "Sammal kasvaa", "Puro virtaa", "12 %"],
      ["Kalaniemi", "Ruovikko", "Vesi kirkastuu", "Sorsat lentävät ylös", "5 %"],
    ]);
  }, 60_000);

  it("drops the header clipped at a page's foot and reads the heading above it as the next section's", () => {
    const one: Word[] = line(1, "Metsän polku", 40, 60, 10);
    const end = rows(1, header(1, 80, one) + PITCH, ROWS_A, one);
    one.push(...line(1, "Suon laita", 40, end + 20, 10));
    // The tall glyphs of "Toimiala", "Tulosalue" and "Avaintuloksen" where those labels stand.
    one.push(word(1, "T", X[0]!, end + 34), word(1, "l", X[1]! + 12, end + 34), word(1, "l", X[1]! + 20, end + 34), word(1, "A", X[4]!, end + 34));
    const two: Word[] = [];
    rows(2, header(2, 50, two) + PITCH, ROWS_B, two);
    const res = extractPdf(doc([one, two]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.section, r.toteuma])).toEqual([
      ["Lintuala ja metsä", "Metsän polku", "12 %"],
      ["Kalaniemi", "Metsän polku", "5 %"],
      ["Mäkelä", "Suon laita", "7 pv"],
      ["Harjula", "Suon laita", "3 kpl"],
      ["Rantala", "Suon laita", "1 kpl"],
    ]);
  }, 60_000);
});

describe("a clipped header line at a page's foot", () => {
  const labels = [...line(1, "Toimiala", X[0]!, 50), ...line(1, "Avaintulos", X[3]!, 50)];
  it("is fragments inside label words that repeat their letters in order", () => {
    expect(isRedrawnHeaderLine([word(1, "T", X[0]!, 700), word(1, "l", X[0]! + 22, 700), word(1, "Al", X[3]!, 700)], labels)).toBe(true);
  }, 10_000);
  it("is not one short word, a word out of order or outside the labels, or a label written whole", () => {
    expect(isRedrawnHeaderLine([word(1, "T", X[0]!, 700)], labels)).toBe(false);
    expect(isRedrawnHeaderLine([word(1, "T", X[0]!, 700), word(1, "lA", X[3]!, 700)], labels)).toBe(false);
    expect(isRedrawnHeaderLine([word(1, "T", X[0]!, 700), word(1, "A", X[2]!, 700)], labels)).toBe(false);
    expect(isRedrawnHeaderLine([word(1, "Toimiala", X[0]!, 700), word(1, "A", X[3]!, 700)], labels)).toBe(false);
  }, 10_000);
});
