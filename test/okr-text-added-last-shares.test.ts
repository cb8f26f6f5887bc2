/**
 * Text path (issue 24): how the last cells of a row share their words when an added column printed
 * last may be empty — a unit sign of the measured value, a lone "+" opening the added value, a
 * measured value of one word at the row's end. All names and values are invented.
 */
import { describe, expect, it } from "vitest";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();
const numbered = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text, blankBefore: false }));
const cells = (fields: string[], texts: string[], repeats?: (field: string, key: string) => number) => {
  const lines = numbered(texts);
  const tokens = tokenize(lines);
  const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields, lastMayBeEmpty: fields.at(-1)!.startsWith("extra:") }, { knownResultAreas: new Set(), ...(repeats ? { repeats } : {}) }, rules.okrTable.segmentation)[0]!;
  const b = [0, ...best.cuts, tokens.length];
  return fields.map((_, k) => tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" "));
};
const LAST = ["tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Lisäraha"];

describe("the last cells of a row beside an added last column", () => {
  it("keeps a measured value's unit sign though the added column's values are often a dash", () => {
    // "–" and "%" have no letter: counted by letters, every "–" of the added column made a "%" cut
    // off a measured value look like one of its values. Every third row has no added value.
    const EXTRA = ["–", "–", "", "5 000", "–", ""];
    const N = 18;
    const rows = Array.from({ length: N }, (_, k) => [
      `Kotipalvelut Kotihoito Arki sujuu kotona ryhmän ${k + 1} asiakkaista`,
      `${80 + k} % asuu kotona.`,
      `${60 + k} % ${EXTRA[k % 6]}`.trim(),
    ]).flat();
    const lines = ["Hyvä arki", "Toimiala Tulosalue Tavoite Avaintulos Mittari Lisäraha", ...rows].map((text, i) => ({ n: i + 1, text, page: 1 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toteuma, r.extra?.["Lisäraha"] ?? ""])).toEqual(Array.from({ length: N }, (_, k) => [`${60 + k} %`, EXTRA[k % 6]]));
  }, 60_000);

  it("gives a lone '+' to the added value it opens, not to the measured value before it", () => {
    expect(cells(LAST, ["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "90 % + 4 000 €"]).slice(3)).toEqual(["90 %", "+ 4 000 €"]);
  }, 30_000);

  it("gives a lone '+' to the added value after a result area that other rows print alone", () => {
    // The result area printed first, the added column second; "Neuvonta" is a value of other rows.
    const fields = ["tulosalue", "extra:Lisäraha", "tavoite", "avaintulos", "toteuma"];
    const repeats = (field: string, key: string) => (field === "tulosalue" && key === "neuvonta" ? 6 : 0);
    expect(cells(fields, ["Neuvonta + 4 000 € Hyvä arki kaikille Asiakkaat saavat", "apua ajoissa joka päivä.", "90 %"], repeats).slice(0, 2)).toEqual(["Neuvonta", "+ 4 000 €"]);
  }, 30_000);

  it("lets a measured value of one word end the row when the added cell is empty", () => {
    expect(cells(LAST, ["Neuvonta Hyvä arki kaikille Asiakkaat antavat arvosanan", "vähintään 3,5.", "3,5"]).slice(2)).toEqual(["Asiakkaat antavat arvosanan vähintään 3,5.", "3,5", ""]);
  }, 30_000);
});
