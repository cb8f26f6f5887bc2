/**
 * A table whose rows leave no gap between them (TeX's longtable) with a name wider than its narrow
 * column: the typesetter cannot break a cell's first word, so the word runs past the column's edge
 * into the next column (an overfull box). Rows are then found by gaplessRowStarts' room test (a line's
 * first word would have fitted at the end of the line above); the overfull word must not count as the
 * column's measure, or every ordinary wrapped line of the column seems to leave room and starts a row.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow } from "./synthetic-words.js";

const FS = 8;
/** Lines 1.3 type sizes apart, no gap between rows; the first column 60 pt wide (15 letters). */
const TABLE = { labels: ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"], xs: [40, 100, 200, 360, 600], fs: FS, pitch: 1.3 * FS, rowGap: 0 };

describe("a gapless table with a name set past its narrow column's edge", () => {
  it("keeps each wrapped cell in its row", () => {
    const rows: SyntheticRow[] = [
      // 19 letters = 76 pt: runs 16 pt past the first column into the second, whose cell is empty
      // (nothing for the reader to glue it to, nothing it overprints).
      [["Metsänhoitoyhdistys"], [], ["Vesi kirkastuu", "keväällä"], ["Puro virtaa", "kohti järveä"], ["12 %"]],
      [["Metsänhoitoyhdistys"], [], ["Vesi kirkastuu", "keväällä"], ["Sorsat lentävät"], ["5 %"]],
      [["Kalaniemi", "ja Saari"], ["Jäkälä", "ja sammal"], ["Metsä kasvaa"], ["Tikka koputtaa", "puuhun"], ["3 kpl"]],
      [["Kalaniemi", "ja Saari"], ["Sammal"], ["Metsä kasvaa"], ["Käki kukkuu", "aamulla"], ["8 kpl"]],
      [["Kalaniemi", "ja Saari"], ["Sammal"], ["Suo säilyy", "ennallaan"], ["Kurki tanssii"], ["1 kpl"]],
    ];
    const res = extractPdf(tableDoc("gapless-overfull.pdf", [rows], TABLE), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos])).toEqual([
      ["Metsänhoitoyhdistys", "", "Vesi kirkastuu keväällä", "Puro virtaa kohti järveä"],
      ["Metsänhoitoyhdistys", "", "Vesi kirkastuu keväällä", "Sorsat lentävät"],
      ["Kalaniemi ja Saari", "Jäkälä ja sammal", "Metsä kasvaa", "Tikka koputtaa puuhun"],
      ["Kalaniemi ja Saari", "Sammal", "Metsä kasvaa", "Käki kukkuu aamulla"],
      ["Kalaniemi ja Saari", "Sammal", "Suo säilyy ennallaan", "Kurki tanssii"],
    ]);
  }, 60_000);
});
