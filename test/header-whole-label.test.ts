/**
 * A header label found whole beats a longer synonym found only in part: the part may run on into
 * the first body line right below the header ("Avaintuloksen mittari" + a cell's "ja …" read as
 * the start of "Avaintuloksen mittari ja toteuma"), which then took that line into the header.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 120, 200, 290, 380];
const HEADER = ["Toimialue", "Tulosyksikkö", "Tavoite", "Avaintulos", "Avaintuloksen mittari"];

describe("a header row with the first body line close below it", () => {
  it("keeps that line in the body when a label below it would only begin a longer synonym", async () => {
    const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Uusi suunta" }];
    HEADER.forEach((h, i) => text.push({ x: X[i]!, y: 776, s: h }));
    const rows = [
      ["Vanhuspalvelut", "Kotihoito", "Arki sujuu", "Käynnit", "ja kasvu 90 %"],
      ["Terveyspalvelut", "Vastaanotto", "Hoito ajoissa", "Jonot", "7 pv"],
    ];
    rows.forEach((row, r) => row.forEach((s, i) => text.push({ x: X[i]!, y: 762 - 26 * r, s })));
    const doc = await readPdf("whole-label.pdf", tinyPdf({ text }), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma])).toEqual(rows);
    expect(res.rows.map((r) => r.extra ?? {})).toEqual([{}, {}]);
  }, 60_000);
});
