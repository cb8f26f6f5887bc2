/**
 * Text path header: an added column's label with a year in it ("Perustaso 2024") wraps in a narrow
 * column so that the year starts the next header line. The header goes on past that line when known
 * labels follow, and a data row that opens with a number still ends it. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page: 1 }));
const head = (text: string) => findTextHeaders(toLines(text), rules.okrTable).map((h) => [h.start, h.end, h.columns]);

describe("text header with a year wrapped off an unknown label", () => {
  it("continues the header at a year line when known labels follow on the next line", () => {
    const text = "Toimiala Tulosalue Tavoite Avaintulos Perustaso\n2024\nAvaintuloksen mittari\nAlfa Kotihoito";
    expect(head(text)).toEqual([[0, 2, ["toimiala", "tulosalue", "tavoite", "avaintulos", "extra:Perustaso 2024", "toteuma"]]]);
  }, 30_000);

  it("continues the header when the label stands on a line of its own and the year on the next", () => {
    const text = "Toimiala Tulosalue Tavoite Avaintulos\nPerustaso\n2024\nAvaintuloksen\nmittari\nAlfa Kotihoito";
    expect(head(text)).toEqual([[0, 4, ["toimiala", "tulosalue", "tavoite", "avaintulos", "extra:Perustaso 2024", "toteuma"]]]);
  }, 30_000);

  it("reads a header over four lines: a year and a lower-case word wrapped off labels, an unknown label between", () => {
    // Invented: "Kehys 2027" and "Toivottu vaikutus" are labels no rule knows; "vuositasolla" ends a known label.
    const text = "Toimiala Tavoite Tulosalue Kehys\n2027\nToivottu vaikutus Mittari Toteutuminen\nvuositasolla\nAlfa 3 Arki sujuu";
    expect(head(text)).toEqual([[0, 3, ["toimiala", "tavoite", "tulosalue", "extra:Kehys 2027", "extra:Toivottu vaikutus", "toteuma", "vuositaso"]]]);
  }, 30_000);

  it("goes on past a lone lower-case word that ends an unknown label when another unknown label and a known one follow", () => {
    const text = "Toimiala Tulosalue Tavoite Vastuu\nhenkilö\nToivottu vaikutus Mittari\nAlfa Kotihoito";
    expect(head(text)).toEqual([[0, 2, ["toimiala", "tulosalue", "tavoite", "extra:Vastuu henkilö", "extra:Toivottu vaikutus", "toteuma"]]]);
  }, 30_000);

  it("still ends the header at a row that opens with a number", () => {
    const text = "Toimiala Tulosalue Tavoite Avaintulos Mittari Laskuri\n12 Alfa Kotihoito Arki sujuu\n2024\nTulosalue";
    expect(head(text)).toEqual([[0, 0, ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Laskuri"]]]);
  }, 30_000);
});
