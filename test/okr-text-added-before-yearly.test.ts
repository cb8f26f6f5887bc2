/**
 * Text path (issue 24): an added column printed right after the measured value, before the
 * (optional, empty) yearly column. Its cell may be empty like that of an added column printed
 * last, so it takes no unit or last word of the measured value; and a unit sign right after
 * another ("80 % €", an added column of units) is a value of its own. All names and values are invented.
 */
import { describe, expect, it } from "vitest";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();

describe("an added column between the measured value and the yearly column", () => {
  it("leaves the measured value whole where the added cell is empty", () => {
    // Every third row has no added value; the yearly column is empty in every row.
    const EXTRA = ["kuntayhtymä", "jaosto", "", "neuvottelukunta", "hallitus", ""];
    const MEASURE = (k: number) => (k % 4 === 1 ? `${60 + k},5` : `${60 + k} %`);
    const N = 18;
    const rows = Array.from({ length: N }, (_, k) => [
      `Kotipalvelut Kotihoito Arki sujuu kotona ryhmän ${k + 1} asiakkaista`,
      `${80 + k} % asuu kotona.`,
      `${MEASURE(k)} ${EXTRA[k % 6]}`.trim(),
    ]).flat();
    const header = "Toimiala Tulosalue Tavoite Avaintulos Mittari Seuraaja Avaintuloksen toteutuminen vuositasolla";
    const lines = ["Hyvä arki", header, ...rows].map((text, i) => ({ n: i + 1, text, page: 1 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toteuma, r.extra?.["Seuraaja"] ?? ""])).toEqual(Array.from({ length: N }, (_, k) => [MEASURE(k), EXTRA[k % 6]]));
  }, 60_000);

  it("gives a unit sign after a figure's own unit to the added column", () => {
    const fields = ["tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Yksikkö"];
    const lines = ["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "90 % €"].map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields, lastMayBeEmpty: true }, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!;
    const b = [0, ...best.cuts, tokens.length];
    expect(fields.map((_, k) => tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" ")).slice(3)).toEqual(["90 %", "€"]);
  }, 30_000);
});
