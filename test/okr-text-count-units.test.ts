/**
 * A measured value followed by an unknown column of counts with unit words in the OKR table's text
 * path (issue 24): "100 % 1 htv" is "100 %" | "1 htv", never "100 % 1" | "htv" — a figure after a
 * value's unit begins the next cell, and a short unit word does not open a cell after its figure.
 */
import { describe, expect, it } from "vitest";
import { segmentCells } from "./segment-helpers.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();
const fields = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Resurssit"];

const cells = (text: string[], settings = rules.okrTable.segmentation): string[] => segmentCells(text, fields, settings);

describe("OKR table text path: a count and its unit word after the measured value", () => {
  it("keeps the count with its unit word in the unknown column", () => {
    const rows = [
      ["Kotiapu Neuvonta Hyvä arki kaikille Asiakkaat saavat apua ajoissa", "joka päivä.", "100 % 1 htv"],
      ["Kotiapu Neuvonta Hyvä arki kaikille Asiakkaat saavat apua ajoissa", "joka päivä.", "98 % toteutunut 2 krt"],
      ["Kotiapu Neuvonta Hyvä arki kaikille Asiakkaat saavat apua ajoissa", "joka päivä.", "83 % 0,2 htv"],
    ];
    expect(rows.map((r) => cells(r).slice(4))).toEqual([
      ["100 %", "1 htv"],
      ["98 % toteutunut", "2 krt"],
      ["83 %", "0,2 htv"],
    ]);
  }, 30_000);
});
