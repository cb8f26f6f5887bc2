/**
 * Text path header (issue 24): kerning sets a label's capital apart ("T" / "ulosyksikkö") and
 * `pdftotext -raw` writes it on a line of its own under the section heading. The fragment belongs
 * to the header, not to the heading, and the label it begins is read. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page: 1 }));

describe("text header with a capital split off onto its own line", () => {
  it("joins the fragment with the next line's first word into a label and starts the header there", () => {
    const h = findTextHeaders(toLines("Sujuva arki kaikille\nT\nulosyksikkö Toimialue Tavoite Avaintulos Mittari\nAlfa Beeta"), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 2]]);
    expect(h[0]!.columns).toEqual(["tulosalue", "toimiala", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("joins the fragment with the word after the first when that one lost its capital", () => {
    const h = findTextHeaders(toLines("Sujuva arki kaikille\nT\nTulosyksikkö avoitteet Toimialue Avaintulos Mittari\nAlfa Beeta"), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 2]]);
    expect(h[0]!.columns).toEqual(["tulosalue", "tavoite", "toimiala", "avaintulos", "toteuma"]);
  }, 30_000);

  it("leaves a lone capital before a header that is whole as it is", () => {
    const h = findTextHeaders(toLines("Sujuva arki kaikille\nB\nTulosyksikkö Toimialue Tavoite Avaintulos Mittari\nAlfa Beeta"), rules.okrTable);
    expect(h.map((x) => x.start)).toEqual([2]);
  }, 30_000);
});
