/**
 * Text path header: a first column whose label no vocabulary has, right before the result area's,
 * in a header that names no division column, is the division column; an unknown first column of a
 * header that names the division stays an added one. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page: 1 }));

describe("text header, a division column labelled with an unknown word", () => {
  it("takes the unknown first column before the result area for the division", () => {
    const h = findTextHeaders(toLines("Metsän polku\nLohko Tulosalue Tavoite Avaintulos Mittari\nAlfa Beeta"), rules.okrTable);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("keeps an unknown first column added when the header names the division", () => {
    const h = findTextHeaders(toLines("Metsän polku\nLohko Toimiala Tulosalue Tavoite Avaintulos Mittari\nAlfa Beeta"), rules.okrTable);
    expect(h[0]!.columns).toEqual(["extra:Lohko", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);
});
