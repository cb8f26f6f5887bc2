/**
 * Rows that leave no gap between them (a table set with wide line spacing and cells padded by a
 * hair: rows stand no further apart than a cell's lines) beside an added first column whose value
 * is empty in some rows: such a row has no first-column line, so it starts where its second
 * column's line cannot continue the cell above (gaplessRowStarts), and is not read into the row above.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow } from "./synthetic-words.js";

const FS = 8;
/** Lines 1.5 type sizes apart, and no gap at all between rows. */
const TABLE = { labels: ["Vaikutus", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"], xs: [40, 120, 240, 340, 460, 640], fs: FS, pitch: 1.5 * FS, rowGap: 0 };

describe("a gapless table's row whose added first cell is empty", () => {
  it("is a row of its own, and a name wrapped in the second column stays in its row", () => {
    const rows: SyntheticRow[] = [
      [["kasvaa"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa", "kohti järveä"], ["12 %"]],
      [[], ["Lintuala"], ["Ruovikko"], ["Vesi kirkastuu"], ["Sorsat lentävät", "yli järven"], ["5 %"]],
      [["neutraali"], ["Kalaniemi", "ja Saari"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]],
      [[], ["Kalaniemi", "ja Saari"], ["Sammal"], ["Metsä kasvaa"], ["Käki kukkuu", "aamulla"], ["8 kpl"]],
      [["laskee"], ["Kalaniemi", "ja Saari"], ["Sammal"], ["Suo säilyy"], ["Kurki tanssii"], ["1 kpl"]],
    ];
    const res = extractPdf(tableDoc("gapless-empty-first.pdf", [rows], TABLE), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.avaintulos])).toEqual([
      ["Lintuala", "Kivikko", "Puro virtaa kohti järveä"],
      ["Lintuala", "Ruovikko", "Sorsat lentävät yli järven"],
      ["Kalaniemi ja Saari", "Jäkälä", "Tikka koputtaa"],
      ["Kalaniemi ja Saari", "Sammal", "Käki kukkuu aamulla"],
      ["Kalaniemi ja Saari", "Sammal", "Kurki tanssii"],
    ]);
  }, 60_000);
});
