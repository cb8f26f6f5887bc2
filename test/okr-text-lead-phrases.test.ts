/**
 * Text path (issue 24): an added FIRST column of codes and short phrases that seldom recur, before
 * the division: rows start where the division's name follows a few words on a line, or opens a
 * line under the value's own short lines. All values and names are invented.
 */
import { describe, expect, it } from "vitest";
import { findLeadPhrases } from "../src/reconstruct/okr-table/lead-phrases.js";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";

const body = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text, blankBefore: false, underHeader: i === 0, cells: 6 }));

describe("an added first column of codes and short phrases in text", () => {
  it("takes the words before a division's name, and a value's own lines above it, for the first column", () => {
    const lines = body([
      "Q1.1 Alfan palvelut", "Koti Tavoite yksi x.", "90 %",
      "Suunnitelma, osa", "2", "Alfan palvelut", "Koti Tavoite kaksi x.", "80 %",
      "KL s. 3 Beetan toimi", "Arkisto Tavoite kolme x.", "70 %",
      "– Alfan palvelut", "Neuvola Tavoite neljä x.", "60 %",
      "Suunnitelma, osa", "5", "Beetan toimi", "Arkisto Tavoite viisi x.", "100 %",
      "KL s. 6 Alfan palvelut", "Koti Tavoite kuusi x.", "90 %",
      "Suunnitelma, osa", "7", "Alfan palvelut", "Koti Tavoite seitsemän x.", "80 %",
      "Q1.8 Beetan toimi", "Arkisto Tavoite kahdeksan x.", "70 %",
      "Suunnitelma, osa", "9", "Beetan toimi", "Arkisto Tavoite yhdeksän x.", "60 %",
    ]);
    const found = findLeadPhrases(lines)!;
    expect([...found.keys()]).toEqual([0, 3, 8, 11, 14, 19, 22, 27, 30]);
    expect(found.get(0)).toMatchObject({ text: "Q1.1", skip: 0, cut: "Q1.1 ".length });
    expect(found.get(3)).toMatchObject({ text: "Suunnitelma, osa 2", skip: 2, cut: 0 });
    expect(found.get(8)).toMatchObject({ text: "KL s. 3", skip: 0, cut: "KL s. 3 ".length });
    expect(found.get(11)).toMatchObject({ text: "–" });
  }, 30_000);

  it("takes no objective restating the section's heading for a name, though it opens lines and follows a word", () => {
    const lines = body([
      "Q1 Alfan palvelut", "Koti Hyvä arki", "90 %",
      "Suunnitelma,", "osa 2", "Alfan palvelut", "Koti", "Hyvä arki", "80 %",
      "KL s. 3 Alfan palvelut", "Neuvola Hyvä arki", "70 %",
      "Suunnitelma,", "osa 4", "Alfan palvelut", "Koti", "Hyvä arki", "60 %",
      "Q5 Alfan palvelut", "Neuvola Hyvä arki", "50 %",
    ]);
    const starts = (headings: string[]) => [...(findLeadPhrases(lines, headings)?.keys() ?? [])];
    expect(starts(["Hyvä arki"])).toEqual([0, 3, 9, 12, 18]);
    expect(starts([])).not.toEqual([0, 3, 9, 12, 18]);
  }, 30_000);

  it("finds no such column where no name both opens lines and follows other words", () => {
    const lines = body(["Alfa x y", "z 10 %", "Beeta x y", "z 20 %", "Alfa x y", "z 30 %", "Beeta x y", "z 40 %", "Gamma x", "z 50 %"]);
    expect(findLeadPhrases(lines)).toBeNull();
  }, 30_000);

  it("reads short codes that never wrap, the division's name never opening a line, and a dash among them (txtlead4)", () => {
    // "–" and "ei" recur, the codes do not: the names after them on lines after a row's end show every row.
    const codes = ["K1", "–", "R1.3", "ei", "Y-5", "–", "K2", "R2.1", "ei", "Y-9", "–", "K3", "R3.4", "Y-12", "–", "R4.2", "ei", "K4", "–", "Y-20"];
    const divisions = ["Alfapalvelut", "Beetatoimi", "Gammakeskus", "Deltayksikkö"];
    const areas = ["Kotihoito", "Neuvola", "Arkisto", "Tukipalvelut"];
    const row = (k: number) => [`${codes[k]} ${divisions[Math.floor(k / 5)]} ${areas[k % 4]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = "Merkintä Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const pages = [["Uusi suunta", header, ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap(row)], ["Toinen suunta", header, ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19].flatMap(row)]];
    const lines = pages.flatMap((p, pi) => p.map((t) => ({ t, p: pi + 1 }))).map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    const res = reconstructOkrTable(lines, null, loadRules());
    expect(res.rows.map((r) => [r.extra?.["Merkintä"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(codes.map((c, k) => [c, divisions[Math.floor(k / 5)], areas[k % 4], `${90 + k} %`]));
  }, 60_000);
});
