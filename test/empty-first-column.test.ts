/**
 * A table printed in reverse, its yearly column first and empty on every row: the first column
 * then anchors nothing. Before, every page's first row was taken for the rest of the previous
 * page's last row (its "first cell" was empty) and the two were merged.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow, type SyntheticTable } from "./synthetic-words.js";

const T: SyntheticTable = {
  labels: ["Toteutuminen vuositasolla", "Mittari", "Avaintulos", "Tavoite", "Tulosalue", "Toimiala"],
  xs: [40, 150, 230, 420, 580, 690],
  fs: 8,
  pitch: 9.6,
  rowGap: 14,
};

/** A row in printed order: yearly (empty), measure, key result, objective, area, division. */
const row = (measure: string, keyResult: string[], objective: string[], area: string, division: string): SyntheticRow => [[], [measure], keyResult, objective, [area], [division]];

const PAGE1: SyntheticRow[] = [
  row("80 %", ["Lainaajia on enemmän kuin", "viime vuonna."], ["Kirjasto palvelee", "kaikkia."], "Kirjasto", "Sivistys"),
  row("12 kpl", ["Uusia lukupiirejä perustetaan", "kaupunginosiin."], ["Kirjasto palvelee", "kaikkia."], "Kirjasto", "Sivistys"),
  row("95 %", ["Uimahalli on auki joka päivä."], ["Liikunta lisääntyy."], "Liikunta", "Sivistys"),
];
const PAGE2: SyntheticRow[] = [
  row("3 500 käyntiä", ["Kävijöitä on enemmän kuin", "ennen remonttia."], ["Liikunta lisääntyy."], "Liikunta", "Sivistys"),
  row("70 %", ["Katuvalot vaihdetaan led-", "valoihin."], ["Energia säästyy."], "Kadut", "Tekninen toimi"),
];

describe("a table whose first printed column is empty on every row", () => {
  it("starts each page's first row as a row of its own, not as the rest of the row before", () => {
    const res = extractPdf(tableDoc("reversed.pdf", [PAGE1, PAGE2], T));
    expect(res.rows.map((r) => [r.toteuma, r.tulosalue, r.toimiala])).toEqual([
      ["80 %", "Kirjasto", "Sivistys"],
      ["12 kpl", "Kirjasto", "Sivistys"],
      ["95 %", "Liikunta", "Sivistys"],
      ["3 500 käyntiä", "Liikunta", "Sivistys"],
      ["70 %", "Kadut", "Tekninen toimi"],
    ]);
    expect(res.rows[3]!.avaintulos).toBe("Kävijöitä on enemmän kuin ennen remonttia.");
    expect(res.rows.every((r) => !r.reasons.includes("continues across a page break"))).toBe(true);
  }, 60_000);
});
