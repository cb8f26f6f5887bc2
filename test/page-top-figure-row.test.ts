/**
 * Rows kept whole on their page (no row broken across pages), the key result printed first: the
 * first row of a page may open with a figure followed by lower-case words ("70 % henkilöstöstä …").
 * That lower-case letter is no sign of a cell going on from the page before when every other column
 * starts on the same line; a line of the first column alone at the page top still goes on.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfText } from "../src/model/pdf.js";
import { tableDoc, type SyntheticRow } from "./synthetic-words.js";

const FS = 8;
const PITCH = 1.6 * FS;
const ROW_GAP = 6;
const X = [40, 260, 360, 460, 620];

type Row = SyntheticRow;
const TABLE = { labels: ["Avaintulos", "Toimiala", "Tulosalue", "Tavoite", "Mittari"], xs: X, fs: FS, pitch: PITCH, rowGap: ROW_GAP };
const doc = (pages: Row[][]): PdfText => tableDoc("top.pdf", pages, TABLE);

const ONE: Row[] = [
  [["Puro virtaa kohti järveä"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["12 %"]],
  [["Sorsat lentävät"], ["Kalaniemi"], ["Ruovikko"], ["Vesi kirkastuu"], ["5 %"]],
];

describe("the first row of a page", () => {
  it("starts a row of its own when it opens with a figure and every column starts on its line", () => {
    const res = extractPdf(doc([ONE, [[["70 % kuusista vihertää keväällä"], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["70 %"]], [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]]]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.toteuma])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala", "12 %"],
      ["Sorsat lentävät", "Kalaniemi", "5 %"],
      ["70 % kuusista vihertää keväällä", "Mäkelä", "70 %"],
      ["Tikka koputtaa", "Harjula", "3 kpl"],
    ]);
  }, 60_000);

  it("goes on from the page before when its figure stands alone in the first column", () => {
    const res = extractPdf(doc([ONE, [[["2025 aikana."], [], [], [], []], [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]]]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala"],
      ["Sorsat lentävät 2025 aikana.", "Kalaniemi"],
      ["Tikka koputtaa", "Harjula"],
    ]);
  }, 60_000);

  it("goes on from the page before when its first column holds a figure and no letter ('2024.')", () => {
    const res = extractPdf(doc([ONE, [[["2024."], [], [], [], []], [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]]]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala"],
      ["Sorsat lentävät 2024.", "Kalaniemi"],
      ["Tikka koputtaa", "Harjula"],
    ]);
  }, 60_000);

  it("starts a row of its own when a first cell without letters opens every column's line", () => {
    const res = extractPdf(doc([ONE, [[["–"], ["Mäkelä"], ["Kanerva"], ["Metsä kasvaa"], ["70 %"]], [["Tikka koputtaa"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["3 kpl"]]]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala])).toEqual([
      ["Puro virtaa kohti järveä", "Lintuala"],
      ["Sorsat lentävät", "Kalaniemi"],
      ["–", "Mäkelä"],
      ["Tikka koputtaa", "Harjula"],
    ]);
  }, 60_000);
});
