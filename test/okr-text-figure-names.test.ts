/**
 * A division or result area whose name ends in a figure ("Ohjelma 2030", "Päivystys 24/7") in the
 * OKR table's text path (issue 24): the figure stays with the name before it, and the next name
 * cell begins with the next word.
 */
import { describe, expect, it } from "vitest";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { segmentCells } from "./segment-helpers.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();
const fields = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"];

const cells = (text: string[], settings = rules.okrTable.segmentation): string[] => segmentCells(text, fields, settings);

describe("OKR table text path: names that end in a figure", () => {
  it("keeps the figure with the division, not at the start of the result area", () => {
    for (const figure of ["2030", "24/7", "0–17", "2.0"]) {
      const got = cells([`Kotiapu ${figure} Neuvonta Hyvä arki kaikille Asiakkaat saavat apua`, "ajoissa joka päivä.", "95 %"]);
      expect(got.slice(0, 2)).toEqual([`Kotiapu ${figure}`, "Neuvonta"]);
    }
  }, 30_000);

  it("keeps a figure with a plus or a capital letter after it with the name it ends, in any name column", () => {
    for (const figure of ["65+", "4B"]) {
      const got = cells([`Kotiapu ${figure} Neuvonta Hyvä arki kaikille Asiakkaat saavat apua`, "ajoissa joka päivä.", "95 %"]);
      expect(got.slice(0, 2)).toEqual([`Kotiapu ${figure}`, "Neuvonta"]);
      // The division second (after the result area): the figure does not open the objective.
      const areaFirst = segmentCells([`Neuvonta Kotiapu ${figure} Hyvä arki kaikille Asiakkaat saavat apua`, "ajoissa joka päivä.", "95 %"], ["tulosalue", "toimiala", "tavoite", "avaintulos", "toteuma"], rules.okrTable.segmentation);
      expect(areaFirst.slice(0, 3)).toEqual(["Neuvonta", `Kotiapu ${figure}`, "Hyvä arki kaikille"]);
    }
  }, 30_000);

  it("is a setting: without its penalty the figure may open the next name", () => {
    const off = { ...rules.okrTable.segmentation, figureNameStartPenalty: 0 };
    const on = cells(["Kotiapu 2030 Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "95 %"]);
    const without = cells(["Kotiapu 2030 Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "95 %"], off);
    expect(on[0]).toBe("Kotiapu 2030");
    expect(without[0]).not.toBe("Kotiapu 2030");
  }, 30_000);
});

describe("OKR table text path: a sign that stands before its number", () => {
  it("never ends the measured value with a section sign that begins the next column's reference", () => {
    const fields5 = ["tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Käsittely"];
    const lines = ["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "95 % § 12"].map((t, i) => ({ n: i + 1, text: t, blankBefore: false }));
    const tokens = tokenize(lines);
    const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields: fields5 }, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!;
    const bounds = [0, ...best.cuts, tokens.length];
    const got = fields5.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
    expect(got.slice(3)).toEqual(["95 %", "§ 12"]);
  }, 30_000);
});
