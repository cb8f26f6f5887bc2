/**
 * An added first column of groups written in lower case ("yli 70-v.", "nuoret"): a page's first row
 * opening with such a cell starts a row of its own when every other column opens a cell on its line
 * with a capital or a figure; rests of a row broken over the page do not all open so, and still go on.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfText } from "../src/model/pdf.js";
import { tableDoc, type SyntheticRow } from "./synthetic-words.js";

const FS = 8;
const TABLE = { labels: ["Kohderyhmä", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"], xs: [40, 130, 250, 350, 470, 640], fs: FS, pitch: 1.6 * FS, rowGap: 6 };
const doc = (pages: SyntheticRow[][]): PdfText => tableDoc("groups.pdf", pages, TABLE);

const ONE: SyntheticRow[] = [
  [["nuoret"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa kohti järveä"], ["12 %"]],
  [["kaikki asukkaat"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät"], ["5 %"]],
];
const LAST: SyntheticRow = [["perheet"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]];

describe("a page's first row under a lower-case first column", () => {
  it("starts a row of its own when every other column opens a cell with a capital or a figure", () => {
    const res = extractPdf(doc([ONE, [[["yli 70-v."], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["70 % kuusista vihertää"], ["70 %"]], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.toteuma])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala", "12 %"],
      ["Sorsat lentävät", "Kalaniemi", "5 %"],
      ["70 % kuusista vihertää", "Mäkelä", "70 %"],
      ["Tikka koputtaa", "Harjula", "3 kpl"],
    ]);
  }, 60_000);

  it("goes on from the page before when the other columns' lines go on in lower case", () => {
    const res = extractPdf(doc([ONE, [[["vanhemmat"], ["ja Niemi"], ["ja Suo"], ["ja pysyy"], ["ja laskeutuvat"], ["vuodessa"]], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala"],
      ["Sorsat lentävät ja laskeutuvat", "Kalaniemi ja Niemi"],
      ["Tikka koputtaa", "Harjula"],
    ]);
  }, 60_000);

  it("goes on from the page before when only some columns hold text on its first line", () => {
    const res = extractPdf(doc([ONE, [[["vanhemmat"], [], [], [], ["Kesällä"], []], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala"],
      ["Sorsat lentävät Kesällä", "Kalaniemi"],
      ["Tikka koputtaa", "Harjula"],
    ]);
  }, 60_000);
});
