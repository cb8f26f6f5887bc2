/**
 * An added first column whose value is empty in some rows (a borderless table, rows apart by a gap):
 * such a row has no first-column line to start it, and was read into the row above. It starts where
 * the second column starts a line after the rows' gap with a further column starting on that line.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow } from "./synthetic-words.js";

const FS = 8;
const TABLE = { labels: ["Vaikutus", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"], xs: [40, 120, 240, 340, 460, 640], fs: FS, pitch: 1.2 * FS, rowGap: 8 };

describe("a row whose added first cell is empty", () => {
  it("is a row of its own, not the rest of the row above", () => {
    const rows: SyntheticRow[] = [
      [["kasvaa"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa", "kohti järveä"], ["12 %"]],
      [[], ["Lintuala"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät"], ["5 %"]],
      [["neutraali"], ["Kalaniemi"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]],
    ];
    const res = extractPdf(tableDoc("empty-first.pdf", [rows], TABLE), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.avaintulos])).toEqual([
      ["Lintuala", "Kivikko", "Puro virtaa kohti järveä"],
      ["Lintuala", "Ruovikko", "Sorsat lentävät"],
      ["Kalaniemi", "Jäkälä", "Tikka koputtaa"],
    ]);
  }, 60_000);

  it("leaves a cell wrapped in the second column inside its row", () => {
    const rows: SyntheticRow[] = [
      [["kasvaa"], ["Lintuala", "ja Kivikko"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa"], ["12 %"]],
      [["neutraali"], ["Kalaniemi"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]],
    ];
    const res = extractPdf(tableDoc("wrapped.pdf", [rows], TABLE), { region: "kanta-hame" });
    expect(res.rows.map((r) => r.toimiala)).toEqual(["Lintuala ja Kivikko", "Kalaniemi"]);
  }, 60_000);

  it("is a row of its own when the column next to the first is empty on the whole page", () => {
    // A yearly column printed second and not yet filled: the row starts on the other columns' line.
    const table = { labels: ["Vaikutus", "Toteutuminen vuositasolla", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"], xs: [40, 110, 200, 300, 390, 500, 680], fs: FS, pitch: 1.2 * FS, rowGap: 8 };
    const rows: SyntheticRow[] = [
      [["kasvaa"], [], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa", "kohti järveä"], ["12 %"]],
      [[], [], ["Lintuala"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät"], ["5 %"]],
      [["neutraali"], [], ["Kalaniemi"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]],
    ];
    const res = extractPdf(tableDoc("empty-second.pdf", [rows], table), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.avaintulos])).toEqual([
      ["Lintuala", "Kivikko", "Puro virtaa kohti järveä"],
      ["Lintuala", "Ruovikko", "Sorsat lentävät"],
      ["Kalaniemi", "Jäkälä", "Tikka koputtaa"],
    ]);
  }, 60_000);
});
