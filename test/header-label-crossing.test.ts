/**
 * A long label wrapped over a narrow column, the next column's label close on its right: read
 * along the first line, the first word runs on into the next column's label and down its second
 * line ("Avaintuloksen" + "Toteutuminen" / "vuositasolla" spells a longer label). That label took
 * the words, the boundary between the two columns fell through the measured values, and every
 * row lost its measured value. The lines of one wrapped cell line up; such a match's lines do not.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import { linesAligned } from "../src/reconstruct/okr-table/header.js";
import { loadRules } from "../src/rules/load.js";
import type { Word } from "../src/model/pdf.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 120, 200, 290, 380, 446];

describe("a wrapped label next to a column whose label could continue it", () => {
  it("keeps each label in its own column and the measured values in theirs", async () => {
    const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Uusi suunta" }];
    ["Toimialue", "Tulosyksikkö", "Tavoite", "Avaintulos"].forEach((h, i) => text.push({ x: X[i]!, y: 776, s: h }));
    // Helvetica 10: "Avaintuloksen" ends near x 442, 4 pt before the next column's label.
    text.push({ x: 380, y: 776, s: "Avaintuloksen" }, { x: 380, y: 766, s: "mittari ja" }, { x: 380, y: 756, s: "toteuma" });
    text.push({ x: 446, y: 776, s: "Toteutuminen" }, { x: 446, y: 766, s: "vuositasolla" });
    const rows = [
      ["Lumityöt", "Aurauspiiri", "Tiet auki", "Aamuun mennessä", "95 %"],
      ["Veneily", "Satamat", "Laiturit kunnossa", "Korjaukset", "12 kpl"],
      ["Lumityöt", "Hiekoitus", "Liukkaus torjuttu", "Kaatumiset", "-20 %"],
    ];
    rows.forEach((row, r) => {
      row.forEach((s, i) => text.push({ x: X[i]!, y: 736 - 24 * r, s }));
      text.push({ x: 446, y: 736 - 24 * r, s: "kyllä" });
    });
    const doc = await readPdf("label-crossing.pdf", tinyPdf({ text }), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma])).toEqual(rows);
    expect(res.rows.map((r) => r.extra ?? {})).toEqual([{}, {}, {}]);
  }, 60_000);

  it("leaves a label word of the first body line out of the header when lines are set tighter than their type size", async () => {
    // Helvetica 10 at a pitch of 9: the first body line's box reaches 1 pt up into the header's.
    const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Uusi suunta" }];
    ["Toimialue", "Tulosyksikkö", "Tavoite", "Avaintulos", "Toteuma"].forEach((h, i) => text.push({ x: X[i]!, y: 776, s: h }));
    const rows = [
      [["Lumityöt"], ["Aurauspiiri"], ["Tiet auki"], ["Uusi Mittari", "kokonaan"], ["95 %"]],
      [["Veneily"], ["Satamat"], ["Laiturit kunnossa"], ["Korjaukset"], ["12 kpl"]],
    ];
    let y = 767;
    for (const row of rows) {
      row.forEach((cell, i) => cell.forEach((line, k) => text.push({ x: X[i]!, y: y - 9 * k, s: line })));
      y -= 9 * Math.max(...row.map((c) => c.length)) + 8;
    }
    const doc = await readPdf("tight-header.pdf", tinyPdf({ text }), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma])).toEqual(rows.map((r) => r.map((c) => c.join(" "))));
  }, 60_000);

  it("takes left-aligned, centred and right-aligned lines as lined up, a wider first line out of line as not", () => {
    const s = loadRules().okrTable.pdf;
    const w = (x0: number, x1: number, baseline: number): Word => ({ text: "x", x0, x1, top: baseline - 8, bottom: baseline + 2, baseline, fontSize: 10, page: 1 }) as Word;
    expect(linesAligned([w(100, 160, 10), w(100, 130, 20)], s)).toBe(true);
    expect(linesAligned([w(100, 160, 10), w(115, 145, 20)], s)).toBe(true);
    expect(linesAligned([w(100, 160, 10), w(130, 160, 20)], s)).toBe(true);
    expect(linesAligned([w(100, 160, 10), w(165, 200, 10), w(165, 190, 20)], s)).toBe(false);
    // Right edges lining up by chance do not hide a line that starts under the first line's second word.
    expect(linesAligned([w(100, 160, 10), w(165, 200, 10), w(165, 199, 20)], s)).toBe(false);
  }, 10_000);
});
