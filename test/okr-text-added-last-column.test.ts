/**
 * Text path (issue 24): an added LAST column — its label's unit sign wrapped onto a line of its own
 * ("Kustan-" / "nusarvio" / "(€)"), and its cell empty in some rows (the measured value keeps its
 * last words). All names and values are invented.
 */
import { describe, expect, it } from "vitest";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();
const numbered = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text, blankBefore: false }));
const fields = ["tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Rahoitus"];
const cells = (texts: string[], endsCellBefore?: (field: string, key: string) => number) => {
  const lines = numbered(texts);
  const tokens = tokenize(lines);
  const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields, lastMayBeEmpty: true }, { knownResultAreas: new Set(), ...(endsCellBefore ? { endsCellBefore } : {}) }, rules.okrTable.segmentation)[0]!;
  const b = [0, ...best.cuts, tokens.length];
  return fields.map((_, k) => tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" "));
};

describe("an added last column in text", () => {
  it("keeps a unit sign wrapped onto a line of its own with the last label, not as a row", () => {
    // A table repeated over pages repeats its header (the unknown last label is read so).
    const header = ["Toimiala Tulosalue Tavoite Avaintulos Mittari Toteutuminen", "vuositasolla", "Kustan-", "nusarvio", "(€)"];
    const texts = [...header, "Alfapalvelut Neuvonta Hyvä arki Apua saa ajoissa. 90 % 100 % 5 000", ...header, "Beetatoimi Arkisto Hyvä arki Paperit kulkevat. 80 % 100 % 0"];
    const hs = findTextHeaders(numbered(texts), rules.okrTable);
    expect(hs.map((h) => [h.columns.at(-1), h.end])).toEqual([["extra:Kustannusarvio (€)", 4], ["extra:Kustannusarvio (€)", 10]]);
  }, 30_000);

  it("leaves the last cell empty where the row has nothing for it, the measured value whole", () => {
    expect(cells(["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "96 %"])).toEqual(["Neuvonta", "Hyvä arki kaikille", "Asiakkaat saavat apua ajoissa joka päivä.", "96 %", ""]);
    expect(cells(["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "96 % 20 000"]).slice(3)).toEqual(["96 %", "20 000"]);
  }, 30_000);
  it("leaves the last cell empty where its only word ends the measured value in other rows (txtlead3)", () => {
    // Other rows print "… % valmistui" before a value of the added column ("90 % valmistui 5 000"):
    // "valmistui" is the measured value's end, not a value of the added column.
    const ends = (field: string, key: string) => (field === "extra:Rahoitus" && key === "valmistui" ? 6 : 0);
    expect(cells(["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "90 % valmistui"], ends).slice(3)).toEqual(["90 % valmistui", ""]);
    expect(cells(["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "90 % valmistui 5 000"], ends).slice(3)).toEqual(["90 % valmistui", "5 000"]);
  }, 30_000);
  it("gives a lower-case line after a key result's sentence end to the next cell, not the key result (txtlead3)", () => {
    // An added column after the key result, its value wrapped at a dash ("kokeilu" / "2026–").
    const f = ["tulosalue", "tavoite", "avaintulos", "extra:Kesto", "toteuma"];
    const lines = numbered(["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "kokeilu", "2026–", "96 %"]);
    const tokens = tokenize(lines);
    // Two other rows chose the dash's line alone (an earlier pass split that value the same way).
    const repeats = (field: string, key: string) => (field === "extra:Kesto" && key === "2026" ? 2 : 0);
    const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields: f }, { knownResultAreas: new Set(), repeats }, rules.okrTable.segmentation)[0]!;
    const b = [0, ...best.cuts, tokens.length];
    expect(f.map((_, k) => tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" ")).slice(2)).toEqual(["Asiakkaat saavat apua ajoissa joka päivä.", "kokeilu 2026–", "96 %"]);
  }, 30_000);
  it("keeps a last value with no letter or digit ('–') in its column, though other measured values end in a sign (txtorder2)", () => {
    // "–" and "%" both have an empty letter key: the rows ending their measured value in "%" say
    // nothing about a dash.
    const ends = (field: string, key: string) => (field === "extra:Rahoitus" && key === "" ? 30 : 0);
    expect(cells(["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "83 % –"], ends).slice(3)).toEqual(["83 %", "–"]);
  }, 30_000);
});
