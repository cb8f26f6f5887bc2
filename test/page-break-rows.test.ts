/**
 * Two things at a page break of a borderless table whose rows may break across pages:
 * - a browser at a line height under 1 draws the line cut by the break on both pages, so the
 *   descenders of that line show again atop the next page ("p" under a word with "pp"): a copy
 *   of text that is whole on the page before, dropped, not appended to the cell;
 * - a row at the top of a page whose first column starts in lower case (a key result "40 % of …"
 *   printed first) is a new row, not the rest of the row before, when its cells restate that row's.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfText } from "../src/model/pdf.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 130, 220, 330, 450];
type Cell = string[];

function page(header: string[], rows: Cell[][], top: { x: number; s: string }[], heading?: string): { x: number; y: number; s: string }[] {
  const text = top.map((t) => ({ x: t.x, y: 810, s: t.s }));
  if (heading) text.push({ x: 40, y: 800, s: heading });
  header.forEach((h, i) => text.push({ x: X[i]!, y: 780, s: h }));
  let y = 760;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((line, k) => text.push({ x: X[i]!, y: y - 12 * k, s: line })));
    y -= 12 * Math.max(...row.map((c) => c.length)) + 8;
  }
  return text;
}

async function twoPages(first: { x: number; y: number; s: string }[], second: { x: number; y: number; s: string }[]): Promise<PdfText> {
  const one = await readPdf("a.pdf", tinyPdf({ text: first }), { rulings: false });
  const two = await readPdf("b.pdf", tinyPdf({ text: second }), { rulings: false });
  const p2 = { ...two.pages[0]!, number: 2, words: two.pages[0]!.words.map((w) => ({ ...w, page: 2 })) };
  return { ...one, pageCount: 2, pages: [one.pages[0]!, p2] };
}

describe("rows at a page break", () => {
  it("drops glyphs of the cut line drawn again atop the next page", async () => {
    const header = ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"];
    const first = page(header, [
      [["Lintuala"], ["Kivikko"], ["Sammal kasvaa"], ["Puro virtaa"], ["12 %"]],
      [["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät", "kuppi kaatuu"], [""]],
    ], [], "Metsän polku");
    // Helvetica 10: in "kuppi" at x 330 the letters "pp" stand at about x 340.6-351.7.
    const second = page(header, [
      [[""], [""], [""], ["kauas"], ["40 %"]],
      [["Mäkelä"], ["Kanerva"], ["Kuusi vihertää"], ["Tikka koputtaa"], ["7 pv"]],
    ], [{ x: 340.6, s: "p" }]);
    const res = extractPdf(await twoPages(first, second), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.section])).toEqual([
      ["Lintuala", "Metsän polku"],
      ["Kalaniemi", "Metsän polku"],
      ["Mäkelä", "Metsän polku"],
    ]);
    expect(res.rows[1]!.avaintulos).toBe("Sorsat lentävät kuppi kaatuu kauas");
  }, 60_000);

  it("starts a new row atop a page where the first column is in lower case but the cells restate the row before", async () => {
    const header = ["Avaintulos", "Toimiala", "Tulosalue", "Tavoite", "Mittari"];
    const first = page(header, [
      [["Puro virtaa"], ["Lintuala"], ["Kivikko"], ["Sammal kasvaa"], ["12 %"]],
      [["Sorsat lentävät", "ylös"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["3 kpl"]],
    ], [], "Metsän polku");
    const second = page(header, [
      [["40 % hauista", "kutee"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["40 %"]],
      [["Tikka koputtaa"], ["Mäkelä"], ["Kanerva"], ["Kuusi vihertää"], ["7 pv"]],
    ], []);
    const res = extractPdf(await twoPages(first, second), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.tulosalue, r.tavoite, r.toteuma])).toEqual([
      ["Puro virtaa", "Lintuala", "Kivikko", "Sammal kasvaa", "12 %"],
      ["Sorsat lentävät ylös", "Kalaniemi", "Ruovikko", "Vesi kirkastuu", "3 kpl"],
      ["40 % hauista kutee", "Kalaniemi", "Ruovikko", "Vesi kirkastuu", "40 %"],
      ["Tikka koputtaa", "Mäkelä", "Kanerva", "Kuusi vihertää", "7 pv"],
    ]);
  }, 60_000);
});
