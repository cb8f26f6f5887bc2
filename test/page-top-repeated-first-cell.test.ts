/**
 * An added first column of lower-case values the rows repeat (ratings, phases): the first row of a
 * page opens with such a value. When every column starts on that line and the value stands whole in
 * the first column of an earlier row, the band starts a row; a lower-case first line that repeats no
 * earlier cell still goes on from the page before (a row broken across the page).
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfText } from "../src/model/pdf.js";
import { tableDoc, type SyntheticRow } from "./synthetic-words.js";

const FS = 8;
const PITCH = 1.6 * FS;
const ROW_GAP = 6;
const X = [40, 140, 260, 360, 520, 700];

type Row = SyntheticRow;
const TABLE = { labels: ["Sävy", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"], xs: X, fs: FS, pitch: PITCH, rowGap: ROW_GAP };
const doc = (pages: Row[][]): PdfText => tableDoc("tone.pdf", pages, TABLE);

const ONE: Row[] = [
  [["vaalea"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa kohti", "järveä"], ["12 %"]],
  [["tumma"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät", "etelään"], ["5 %"]],
];
const LAST: Row = [["tumma"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]];

describe("the first row of a page, first column of repeated lower-case values", () => {
  it("starts a row when its value repeats an earlier row's first cell and every column starts on its line", () => {
    const res = extractPdf(doc([ONE, [[["vaalea"], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["Kuuset vihertävät"], ["70 %"]], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala", "Puro virtaa kohti järveä", "12 %"],
      ["Kalaniemi", "Sorsat lentävät etelään", "5 %"],
      ["Mäkelä", "Kuuset vihertävät", "70 %"],
      ["Harjula", "Tikka koputtaa", "3 kpl"],
    ]);
    expect(res.rows.map((r) => r.extra?.["Sävy"])).toEqual(["vaalea", "tumma", "vaalea", "tumma"]);
  }, 60_000);

  it("goes on from the page before when its lower-case first line repeats no earlier cell", () => {
    const res = extractPdf(doc([ONE, [[["sininen"], ["keskus"], ["alue"], ["paranee"], ["ja pohjoiseen"], ["%"]], LAST]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos])).toEqual([
      ["Lintuala", "Puro virtaa kohti järveä"],
      ["Kalaniemi keskus", "Sorsat lentävät etelään ja pohjoiseen"],
      ["Harjula", "Tikka koputtaa"],
    ]);
  }, 60_000);
});
