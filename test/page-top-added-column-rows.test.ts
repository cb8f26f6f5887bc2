/**
 * A page that opens with the rest of a row broken over the page (its longer cells only), in a
 * table whose added column comes first:
 * - when the next row's added cell is empty, that row still starts where its other columns start
 *   together after a row's gap, even though the column beside the added one has no line above it
 *   on the page (only the rest of the broken row does);
 * - when the added column is empty on the whole page, the column beside it anchors the rows: a
 *   first band whose cell there is in lower case but whose cells restate the row before is a new
 *   row, not the rest of that row.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow as Row } from "./synthetic-words.js";

const FS = 8;
const table = (labels: readonly string[], xs: readonly number[]) => ({ labels, xs, fs: FS, pitch: 1.6 * FS, rowGap: 6 });
const doc = (labels: readonly string[], xs: readonly number[], pages: Row[][]) => tableDoc("added-first.pdf", pages, table(labels, xs));

describe("a page opening with the rest of a row, an added column first", () => {
  const LABELS = ["Tarkistus", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"];
  const X = [40, 110, 210, 310, 450, 680];

  it("cuts the next row, whose added cell is empty, from the rest above it", () => {
    const first: Row = [["Q1"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa"], ["12 %"]];
    const cut: Row = [["Q2"], ["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Lampi kuultaa ja"], ["40 %"]];
    const rest: Row = [[], [], [], [], ["kaislikko kahisee."], []];
    const next: Row = [[], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]];
    const last: Row = [["Q4"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Käki kukkuu"], ["7 kpl"]];
    const res = extractPdf(doc(LABELS, X, [[first, cut], [rest, next, last]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala", "Puro virtaa", "12 %"],
      ["Lintuala", "Lampi kuultaa ja kaislikko kahisee.", "40 %"],
      ["Harjula", "Tikka koputtaa", "3 kpl"],
      ["Harjula", "Käki kukkuu", "7 kpl"],
    ]);
  }, 60_000);

  it("starts a row at a lower-case first band that restates the row before when the added column is empty on the page", () => {
    const labels = ["Tarkistus", "Kohde", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"];
    const xs = [40, 100, 170, 260, 350, 480, 690];
    const a: Row = [["Q1"], ["kaikki"], ["Lintuala"], ["Kivikko"], ["vesi kirkastuu"], ["Puro virtaa"], ["12 %"]];
    const b: Row = [["Q2"], ["nuoret"], ["Lintuala"], ["Kivikko"], ["vesi kirkastuu"], ["Lampi kuultaa"], ["40 %"]];
    const c: Row = [[], ["kaikki"], ["Lintuala"], ["Kivikko"], ["vesi kirkastuu"], ["Tikka koputtaa"], ["3 kpl"]];
    const d: Row = [[], ["nuoret"], ["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Käki kukkuu"], ["7 kpl"]];
    const res = extractPdf(doc(labels, xs, [[a, b], [c, d]]), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala", "Puro virtaa", "12 %"],
      ["Lintuala", "Lampi kuultaa", "40 %"],
      ["Lintuala", "Tikka koputtaa", "3 kpl"],
      ["Harjula", "Käki kukkuu", "7 kpl"],
    ]);
  }, 60_000);
});
