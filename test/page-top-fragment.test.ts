/**
 * A split row's cell line cut at a page break can leave a lone letter atop the next page, above
 * the repeated header (Chromium at a tight line height). It is no section heading: a heading holds
 * a word of two letters or more, and the letter goes back to the row it was cut from.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfText } from "../src/model/pdf.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 130, 220, 330, 450];
const HEADER = ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"];
type Cell = string[];

function page(rows: Cell[][], top: { x: number; s: string }[], heading?: string): { x: number; y: number; s: string }[] {
  const text = top.map((t) => ({ x: t.x, y: 810, s: t.s }));
  if (heading) text.push({ x: 40, y: 800, s: heading });
  HEADER.forEach((h, i) => text.push({ x: X[i]!, y: 780, s: h }));
  let y = 760;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((line, k) => text.push({ x: X[i]!, y: y - 12 * k, s: line })));
    y -= 12 * Math.max(...row.map((c) => c.length)) + 8;
  }
  return text;
}

describe("a lone letter atop a page above the repeated header", () => {
  it("is not read as a section heading; the rows after it keep their section", async () => {
    const first = page([
      [["Lintuala"], ["Kivikko"], ["Sammal kasvaa"], ["Puro virtaa"], ["12 %"]],
      [["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät", "ylös"], [""]],
    ], [], "Metsän polku");
    const second = page([
      [[""], [""], [""], ["kauas"], ["40 %"]],
      [["Mäkelä"], ["Kanerva"], ["Kuusi vihertää"], ["Tikka koputtaa"], ["7 pv"]],
    ], [{ x: X[3]!, s: "p" }]);
    const one = await readPdf("a.pdf", tinyPdf({ text: first }), { rulings: false });
    const two = await readPdf("b.pdf", tinyPdf({ text: second }), { rulings: false });
    const p2 = { ...two.pages[0]!, number: 2, words: two.pages[0]!.words.map((w) => ({ ...w, page: 2 })) };
    const doc: PdfText = { ...one, pageCount: 2, pages: [one.pages[0]!, p2] };
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.section])).toEqual([
      ["Lintuala", "Metsän polku"],
      ["Kalaniemi", "Metsän polku"],
      ["Mäkelä", "Metsän polku"],
    ]);
    // Nothing dropped: the letter stays in the key-result cell of the row it was cut from.
    expect(res.rows[1]!.avaintulos).toBe("Sorsat lentävät ylös p kauas");
  }, 60_000);
});
