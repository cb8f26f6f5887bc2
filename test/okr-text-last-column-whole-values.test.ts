/**
 * Text path (issue 24): an added last column whose values are also whole measured values of other
 * rows ("100 %" as progress beside measures of "100 %"). A whole cell is no cell's ending: the
 * empty-last-cell rule (a last value that other rows print as the end of the cell before) must not
 * empty the added cell of such rows. Invented rows.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";

const rules = loadRules();
const MEASURES = ["100 %", "96 %", "100 %", "81 %", "100 %", "100 %", "64 %", "100 %", "100 %", "72 %", "100 %", "93 %"];
const PROGRESS = ["100 %", "100 %", "n. 60 %", "100 %", "2/5", "100 %", "100 %", "0 %", "100 %", "100 %", "37,5 %", "100 %"];
const DIVISIONS = ["Kotipalvelut", "Neuvolatoiminta", "Tukipalvelut", "Hallinto"];
const N = 24;

describe("an added last column of values that are whole measured values elsewhere", () => {
  it("keeps each row's last value in the added column and its measure whole", () => {
    const rows = Array.from({ length: N }, (_, k) => [
      `${DIVISIONS[Math.floor(k / 6)]} Kotihoito Arki sujuu kotona ryhmän ${k + 1} asiakkaista`,
      `${80 + k} % asuu kotona.`,
      `${MEASURES[k % 12]} ${PROGRESS[k % 12]}`,
    ]).flat();
    const lines = ["Hyvä arki", "Toimiala Tulosalue Tavoite Avaintulos Mittari Eteneminen", ...rows].map((text, i) => ({ n: i + 1, text, page: 1 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toteuma, r.extra?.["Eteneminen"]])).toEqual(Array.from({ length: N }, (_, k) => [MEASURES[k % 12], PROGRESS[k % 12]]));
  }, 60_000);
});
