/**
 * A page that opens with a row whose first cell is empty (an added first column without a value):
 * the other columns start together on the band's first line, so the row is a row of its own, not
 * the rest of the previous page's last row. The rest of a row broken over the page (its longer
 * cells only) still goes on with that row.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as lineAt } from "./synthetic-words.js";

const FS = 8;
const PITCH = 1.6 * FS;
const ROW_GAP = 6;
const X = [40, 110, 210, 310, 450, 680];
const LABELS = ["Tarkistus", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"];

const line = (page: number, text: string, x: number, baseline: number): Word[] => lineAt(text, x, baseline, FS, page);

type Row = string[][];

/** A borderless page: a heading on page 1, the header row, then the rows top-aligned. */
function page(n: number, rows: Row[]): PdfPage {
  const words: Word[] = n === 1 ? line(1, "Metsän polku", 40, 40) : [];
  let y = 70;
  LABELS.forEach((l, i) => words.push(...line(n, l, X[i]!, y)));
  y += PITCH + ROW_GAP;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(n, l, X[i]!, y + k * PITCH))));
    y += Math.max(...row.map((c) => c.length)) * PITCH + ROW_GAP;
  }
  return { number: n, width: 842, height: 595, words, rulings: [] };
}

function doc(pages: Row[][]): PdfText {
  const ps = pages.map((rows, i) => page(i + 1, rows));
  return { path: "empty-first.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}

const ROWS: Row[] = [
  [["Q1"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa"], ["12 %"]],
  [["12/2026"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Lampi kuultaa"], ["40 %"]],
];
const NEXT: Row = [[], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]];
const LAST: Row = [["Q4"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Käki kukkuu"], ["7 kpl"]];

describe("a page opening with an empty first cell", () => {
  it("starts a row of its own when the other columns start together on its first line", () => {
    const res = extractPdf(doc([ROWS, [NEXT, LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala", "Puro virtaa", "12 %"],
      ["Lintuala", "Lampi kuultaa", "40 %"],
      ["Harjula", "Tikka koputtaa", "3 kpl"],
      ["Harjula", "Käki kukkuu", "7 kpl"],
    ]);
  }, 60_000);

  it("still goes on with the previous page's last row when only its longer cells go on", () => {
    const cut: Row = [["12/2026"], ["Lintuala"], ["Kivikko"], ["Vesi"], ["Lampi kuultaa"], ["40 %"]];
    const rest: Row = [[], [], [], ["kirkastuu"], ["kirkkaana"], []];
    const res = extractPdf(doc([[ROWS[0]!, cut], [rest, LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tavoite, r.avaintulos])).toEqual([
      ["Lintuala", "Vesi kirkastuu", "Puro virtaa"],
      ["Lintuala", "Vesi kirkastuu", "Lampi kuultaa kirkkaana"],
      ["Harjula", "Metsä kasvaa", "Käki kukkuu"],
    ]);
  }, 60_000);
});
