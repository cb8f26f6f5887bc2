/**
 * Header labels of which one begins another ("Toteutuminen" / "Toteutuminen vuositasolla"): each
 * column must get the field whose label matches its whole header, not the longer label that the
 * shorter one merely begins, so the measured value is not lost to an extra column.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 120, 200, 290, 380, 470];
const HEADER = ["Toimialue", "Tavoite", "Tulosyksikkö", "Avaintulos", "Toteutuminen vuositasolla", "Toteutuminen"];

function page(): Buffer {
  const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Uusi suunta" }];
  HEADER.forEach((h, i) => h.split(" ").forEach((part, k) => text.push({ x: X[i]!, y: 776 - 12 * k, s: part })));
  const rows = [
    ["Vanhuspalvelut", "Arki sujuu", "Kotihoito", "Käynnit", "KYLLÄ", "90 %"],
    ["Terveyspalvelut", "Hoito ajoissa", "Vastaanotto", "Jonot", "EI", "7 pv"],
  ];
  rows.forEach((row, r) => row.forEach((s, i) => text.push({ x: X[i]!, y: 730 - 26 * r, s })));
  return tinyPdf({ text });
}

describe("header labels that begin one another", () => {
  it("gives the shorter label's column its own field", async () => {
    const doc = await readPdf("prefix-labels.pdf", page(), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tavoite, r.tulosalue, r.avaintulos, r.toteuma])).toEqual([
      ["Vanhuspalvelut", "Arki sujuu", "Kotihoito", "Käynnit", "90 %"],
      ["Terveyspalvelut", "Hoito ajoissa", "Vastaanotto", "Jonot", "7 pv"],
    ]);
    expect(res.rows.map((r) => r.extra ?? {})).toEqual([{}, {}]);
    // The yearly column keeps its own field, left of the measured one.
    expect(res.rows.map((r) => [r.cellBoxes?.vuositaso?.x0, r.cellBoxes?.toteuma?.x0])).toEqual([[380, 470], [380, 470]]);
  }, 60_000);
});
