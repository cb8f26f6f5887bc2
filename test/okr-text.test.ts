/**
 * The text path scored against the hand-checked gold (Tabula-style: real inputs, expected rows
 * beside them). Thresholds are the acceptance: 210/210 rows, ≥ 99.5 % cells, every
 * field ≥ 99 %.
 */
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { extractFile } from "../src/pipeline/extract.js";
import { scoreRows } from "../src/eval/score.js";
import { OKR_EVAL_FIELDS } from "../src/eval/run.js";
import { goldOkr } from "./helpers.js";
import { loadRules } from "../src/rules/load.js";
import { readTextFile } from "../src/read/text.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";

const gold = goldOkr().rows;

function expectAccurate(rows: Record<string, unknown>[], minCells = 0.995, minField = 0.99) {
  const s = scoreRows(gold, rows, OKR_EVAL_FIELDS);
  const detail = s.mismatches.slice(0, 5).map((m) => `row ${m.row} ${m.field}: want ${m.expected} | got ${m.got}`).join("\n");
  expect(s.matchedRows, detail).toBe(210);
  expect(rows.length).toBe(210);
  expect(s.cellAccuracy, detail).toBeGreaterThanOrEqual(minCells);
  for (const f of s.fields) expect(f.accuracy, `${f.field}\n${detail}`).toBeGreaterThanOrEqual(minField);
  return s;
}

describe("Kanta-Häme OKR table from text", () => {
  it("rebuilds the seed text (cells share lines, blank lines come and go)", async () => {
    const res = await extractFile("fixtures/seeds/002_2df4dc721c1a0aa2.txt");
    expect(res.document).toMatchObject({ family: "okr-table", region: "Kanta-Häme" });
    expectAccurate(res.rows);
  });

  it("rebuilds pdftotext -raw text of the typeset fixture (other line breaks, no blank lines)", async () => {
    const res = await extractFile("fixtures/text/kh-okr-public.raw.txt");
    expectAccurate(res.rows);
  });

  describe.each(readdirSync("fixtures/variants").filter((f) => f.endsWith(".txt")))("typeset variant %s", (file) => {
    it("is rebuilt with the same thresholds", async () => {
      const res = await extractFile(`fixtures/variants/${file}`);
      expectAccurate(res.rows);
    });
  });

  it("keeps provenance: first source line of every row, increasing", async () => {
    const res = await extractFile("fixtures/seeds/002_2df4dc721c1a0aa2.txt");
    const lines = res.rows.map((r) => r.line);
    expect(lines).toEqual(gold.map((g) => g.line));
    for (const r of res.rows) expect(r.lineEnd).toBeGreaterThanOrEqual(r.line);
  });

  it("does not need the result-area names: the hints list in rules/ is empty", () => {
    expect(loadRules().regions.regions.find((r) => r.id === "kanta-hame")!.resultAreaHints).toEqual([]);
  });

  it("finds the rows of a division the rules do not list, and of a region with no list at all (a list only confirms)", () => {
    const rules = loadRules();
    const lines = readTextFile("fixtures/seeds/002_2df4dc721c1a0aa2.txt").lines;
    const base = rules.regions.regions[0]!;
    for (const divisions of [base.divisions.filter((d) => d !== "Pelastustoimi"), []]) {
      const res = reconstructOkrTable(lines, { ...base, divisions }, rules);
      expect(res.rows.map((r) => r.toimiala)).toEqual(gold.map((g) => g.toimiala));
    }
  }, 60_000);

  it("accepts the start of a division name at the foot of a page, and only there", async () => {
    const { matchDivision, tokenize } = await import("../src/reconstruct/okr-table/rows.js");
    const divisions = loadRules().regions.regions[0]!.divisions;
    const toks = tokenize([{ n: 1, text: "Perhe-, sosiaali- ja", blankBefore: false }]);
    expect(matchDivision(toks, divisions)).toBeNull();
    expect(matchDivision(toks, divisions, 4, { textEndsHere: true })).toMatchObject({ division: "Perhe-, sosiaali- ja vammaispalvelut", partial: true });
    expect(matchDivision(tokenize([{ n: 1, text: "Per", blankBefore: false }]), divisions, 4, { textEndsHere: true })).toBeNull();
  });

  it("records the section heading of the page on every row", async () => {
    const res = await extractFile("fixtures/text/kh-okr-public.raw.txt");
    expect(new Set(res.rows.map((r) => r.section))).toEqual(new Set(gold.map((g) => g.section)));
  });
});
