/**
 * Text path header (issue 24): an added first column's label wrapped syllable by syllable in a
 * narrow column ("Vas-" / "tuu-" / "taho") stands on lines of its own before the line where the
 * known labels start; it is the header's first column, not text above the table. Invented labels.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (texts: readonly string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, page: 1 }));

describe("a first label wrapped whole before the other labels", () => {
  it("reads the syllable lines and the labels' line as one header with the added column first", () => {
    const h = findTextHeaders(toLines(["Apu tulee ajoissa", "Vas-", "tuu-", "taho", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "1 Alfapalvelut Neuvonta"]), rules.okrTable);
    expect(h.map((x) => [x.start, x.columns])).toEqual([[1, ["extra:Vastuutaho", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]]]);
  }, 30_000);

  it("does not take a value wrapped at a page's foot for the repeated header's first label", () => {
    const lines: SourceLine[] = [
      ...["Apu tulee ajoissa", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "Alfapalvelut Neuvonta Apu tulee ajoissa Kaikki saavat apua. 90 %", "toistai-", "seksi"].map((text, i) => ({ n: i + 1, text, page: 1 })),
      ...["Toimiala Tulosalue Tavoite Avaintulos Mittari", "Beetapalvelut Neuvonta Apu tulee ajoissa Apua saa nopeasti. 80 %"].map((text, i) => ({ n: i + 6, text, page: 2 })),
    ];
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h.map((x) => [x.start, x.columns[0]])).toEqual([[1, "toimiala"], [5, "toimiala"]]);
  }, 30_000);

  it("does not join a row's value cut at a page's foot (a soft hyphen) to the next page's header", () => {
    const lines: SourceLine[] = [
      ...["Apu tulee ajoissa", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "Alfapalvelut Neuvonta Apu tulee ajoissa Kaikki saavat apua. 90 %", "kysely jatkuu kevää\u00ad"].map((text, i) => ({ n: i + 1, text, page: 1 })),
      ...["Toimiala Tulosalue Tavoite Avaintulos Mittari", "seen", "Beetapalvelut Neuvonta Apu tulee ajoissa Apua saa nopeasti. 80 %"].map((text, i) => ({ n: i + 5, text, page: 2 })),
    ];
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h.map((x) => [x.start, x.columns])).toEqual([
      [1, ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]],
      [4, ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]],
    ]);
  }, 30_000);

  it("does not take a line of several words before the labels' line for a label", () => {
    const h = findTextHeaders(toLines(["Apu tulee", "ajoissa kaik-", "kialla nyt", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "Alfapalvelut Neuvonta"]), rules.okrTable);
    expect(h.map((x) => [x.start, x.columns])).toEqual([[3, ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]]]);
  }, 30_000);
});
