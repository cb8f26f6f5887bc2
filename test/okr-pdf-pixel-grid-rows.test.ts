/**
 * A browser places each line on a whole pixel (0.75 pt): the gaps inside a cell are 3.0 or 3.75 pt
 * and a row's padding leaves 4.5 or 5.25 pt. Rows apart by 4.5 pt were read as one with the row
 * above (the usual threshold, leading + a share of the type size, lies at 4.69 pt).
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfText, Word } from "../src/model/pdf.js";
import { line } from "./synthetic-words.js";
import { GRID_ROW_STEP, gridRowCap } from "../src/reconstruct/okr-table/pixel-grid.js";

const FS = 7.5;
const XS = [40, 130, 220, 330, 520, 600];
const LABELS = ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari", "Toteutuminen vuositasolla"];

describe("rows on a pixel grid", () => {
  it("starts a row after a gap a pixel or two wider than a cell's", () => {
    const words: Word[] = line("Metsän polku", 40, 40, 10);
    LABELS.forEach((l, i) => words.push(...line(l, XS[i]!, 70, FS)));
    const want: string[][] = [];
    let y = 84;
    for (let r = 0; r < 8; r++) {
      const area = `Alue ${"ABCDEFGH"[r]}`;
      const key = [`Puro ${r + 1} virtaa`, "kohti järveä", "ja lammikko", "kirkastuu"];
      // Every cell differs from the row's above (a line repeated below would show joined rows by itself).
      const cells = [[`Piiri ${r + 1}`], [area], [`Tavoite ${r + 1}`, "kesällä"], key, [`${10 + r} %`], [`arvio ${r + 1}`]];
      cells.forEach((c, i) => {
        let ly = y;
        c.forEach((t, k) => {
          words.push(...line(t, XS[i]!, ly, FS));
          // Cell lines 10.5 or 11.25 pt apart (gaps of 3.0 or 3.75 pt), as rounding to pixels leaves them.
          ly += k % 2 === 0 ? 10.5 : 11.25;
        });
      });
      want.push([area, key.join(" ")]);
      // The key result's four lines end 32.25 pt below the row's first; rows 4.5 or 5.25 pt apart.
      y += 32.25 + FS + (r % 2 === 0 ? 4.5 : 5.25);
    }
    const doc: PdfText = { path: "grid.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: 1, pages: [{ number: 1, width: 842, height: 595, words, rulings: [] }] };
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.tulosalue, r.avaintulos])).toEqual(want);
  }, 60_000);

  it("caps the row step only where padded rows show a gap over the usual step", () => {
    // Padded rows: one gap clears leading + usual (5.25 > 3.0 + 1.69), so 4.5 pt gaps are rows too.
    expect(gridRowCap(true, [Infinity, 3.0, 3.75, 5.25, 3.0, 4.5], 3.0, 1.69)).toBe(GRID_ROW_STEP);
    // Unpadded rows (line height under the type size): cell gaps spread over three pixel values and
    // none clears the usual step; a gap 1.5 px over the smallest is a cell's, not a row's.
    expect(gridRowCap(true, [Infinity, -1.0, -0.25, 0.5, -1.0, 0.5, -0.25], -1.0, 1.57)).toBe(Infinity);
    expect(gridRowCap(false, [Infinity, 3.0, 5.25], 3.0, 1.69)).toBe(Infinity);
  });
});
