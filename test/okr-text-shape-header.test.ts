/**
 * Text path (issue 24): a header none of whose labels the rules know, each hyphenated over lines in
 * a narrow column, the measured value first and an added column between the division and the result
 * area. Its words name no field, so it is taken by its shape (label lines the document repeats above
 * its rows) and its fields are told by the values under it (`okr-text-shape-fields.test.ts` tells
 * all of them from a reading's cells). All labels, names and values are invented.
 */
import { describe, expect, it } from "vitest";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findHeaderBlocks } from "../src/reconstruct/okr-table/layout.js";
import { loadRules } from "../src/rules/load.js";
import { detectOkrTable, detectOkrTableByShape } from "../src/families/okr-table/detect.js";
import { detectFamily } from "../src/detect/family.js";
import { AREAS, DIVISIONS, KEY_RESULTS, OBJECTIVES, ROWS } from "./okr-text-invented-rows.js";

const rules = loadRules();

const HEADER = ["Osoi-", "tin", "Saavutus Suunta Koko-", "naisuus", "Kump-", "pani", "Yksik-", "kö"];
const PARTNERS = ["kylät", "seurat", "koulut", "kerhot"];
const ONE_LINE_KEY_RESULTS = KEY_RESULTS.map((kr) => kr.join(" "));

/** Rows measured value first, then key result, objective, division, partner and result area, a header above every sixth. */
function table(): { n: number; text: string; page: number }[] {
  const texts = ROWS.flatMap((_, k) => {
    const row = [`${60 + k} % ${ONE_LINE_KEY_RESULTS[k % 12]!}`, OBJECTIVES[Math.floor(k / 2) % 3]!, DIVISIONS[Math.floor(k / 12)]!, PARTNERS[k % 4]!, AREAS[Math.floor(k / 4) % 3]!];
    return k % 6 === 0 ? ["\fHyvä arki", ...HEADER, ...row] : row;
  });
  let page = 0;
  return texts.map((text, i) => ({ n: i + 1, text, page: text.startsWith("\f") ? ++page : page }));
}

describe("a header of labels no vocabulary has", () => {
  it("is taken by its shape, its labels' wrapped syllables joined", () => {
    const blocks = findHeaderBlocks(table(), rules.okrTable);
    expect(blocks).toHaveLength(ROWS.length / 6);
    expect(blocks[0]!.columns).toEqual(["extra:Osoitin", "extra:Saavutus", "extra:Suunta", "extra:Kokonaisuus", "extra:Kumppani", "extra:Yksikkö"]);
  }, 60_000);

  it("reads every row, the measured value and the key result told by the values under them", () => {
    const res = reconstructOkrTable(table(), null, rules);
    expect(res.rows).toHaveLength(ROWS.length);
    res.rows.forEach((r, k) => {
      expect(r.toteuma).toBe(`${60 + k} %`);
      expect(r.avaintulos).toBe(ONE_LINE_KEY_RESULTS[k % 12]);
      expect(r.extra?.["Osoitin"]).toBeUndefined();
      expect(r.extra?.["Saavutus"]).toBeUndefined();
    });
  }, 120_000);

  it("tells the family from text only: a PDF's table is found by its header band, and goal-block label rows have such shapes too", () => {
    expect(detectOkrTableByShape(table(), rules, { pdf: false })?.family).toBe("okr-table");
    expect(detectOkrTableByShape(table(), rules, { pdf: true })).toBeNull();
  }, 60_000);

  it("is a last resort: a family that knows its labels, or the signals, take the document first", () => {
    // The labelled detector does not take a header of no known label ...
    expect(detectOkrTable(table(), rules, { pdf: false })).toBeNull();
    // ... so another family's structural detector, tried after the signals, is asked before the shape.
    const other = () => ({ family: "goal-block", score: 3, evidence: "invented" });
    const structural = { before: [detectOkrTable], after: [other], last: [detectOkrTableByShape] };
    expect(detectFamily(table(), structural, rules, { pdf: false }).family).toBe("goal-block");
    expect(detectFamily(table(), { ...structural, after: [] }, rules, { pdf: false }).family).toBe("okr-table");
  }, 60_000);
});
