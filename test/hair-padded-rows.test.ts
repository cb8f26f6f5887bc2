/**
 * Rows padded by a hair: a browser rounds line positions to its pixels, so the gaps between the
 * lines of one cell vary by about as much as the padding between rows. Only the rows whose gap
 * happens to come out wider are found by their gaps; the others were joined to the row above
 * ("Kivikko Kivikko" in one cell). A column line repeated word for word with no row start between
 * shows such joined rows, and rows are then also found as in a table set with no gap at all.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 130, 220, 330, 450];
const HEADER = ["Tulosalue", "Toimiala", "Tavoite", "Avaintulos", "Mittari"];

describe("rows padded by a hair in a borderless table", () => {
  it("finds every row, not only those whose gap came out wider", async () => {
    const rows: { cells: string[][]; gap: number }[] = [
      { cells: [["Kivikko"], ["Lintuala"], ["Sammal kasvaa"], ["Puro virtaa", "hiljaa"], ["12 %"]], gap: 0 },
      { cells: [["Kivikko"], ["Lintuala"], ["Sammal kasvaa"], ["Kivet sammaloituvat"], ["40 %"]], gap: 1 },
      { cells: [["Ruovikko"], ["Kalaniemi"], ["Vesi kirkastuu"], ["Sorsat lentävät", "ylös"], ["3 kpl"]], gap: 3 },
      { cells: [["Kanerva"], ["Kalaniemi"], ["Nummi kukkii"], ["Mehiläiset", "surisevat"], ["7 pv"]], gap: 1 },
      { cells: [["Kanerva"], ["Mäkelä"], ["Kuusi vihertää"], ["Tikka koputtaa"], ["90 %"]], gap: 3 },
    ];
    const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Metsän polku" }];
    HEADER.forEach((h, i) => text.push({ x: X[i]!, y: 780, s: h }));
    // Helvetica 10 set at a pitch of 10: the lines of a cell touch; rows 1 or 3 points apart.
    let y = 768;
    let prevLines = 0;
    for (const r of rows) {
      y -= prevLines * 10 + r.gap;
      r.cells.forEach((cell, i) => cell.forEach((line, k) => text.push({ x: X[i]!, y: y - 10 * k, s: line })));
      prevLines = Math.max(...r.cells.map((c) => c.length));
    }
    const doc = await readPdf("hair.pdf", tinyPdf({ text }), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.tulosalue, r.toimiala, r.tavoite, r.avaintulos, r.toteuma])).toEqual(rows.map((r) => r.cells.map((c) => c.join(" "))));
  }, 60_000);
});
