/** `extract` without --json shows what a family found, not only a count. */
import { describe, expect, it } from "vitest";
import { familyTables } from "../src/cli/extract-tables.js";
import type { ExtractResult } from "../src/model/document.js";
import type { GoalBlock } from "../src/model/goal-block.js";

const block = (n: number, tavoite: string, tila: string | null): GoalBlock => ({
  n,
  heading: "Tulosalue 9 Esimerkkipalvelut",
  group: null,
  tavoite,
  mittari: "Käyntejä",
  arviointi: null,
  tila,
  status: "unknown",
  measures: [],
  extra: {},
  page: n,
  pageEnd: n,
  bbox: [0, 0, 1, 1],
});

describe("extract's family tables", () => {
  it("list a goal-block report's blocks, one line each, with page, heading, state and objective", () => {
    const res = { document: { family: "goal-block" }, rows: [], payload: [block(1, "Jonot lyhenevät", "Toteutui"), block(2, "Uusi palvelu avataan", null)] } as unknown as ExtractResult;
    const lines = familyTables(res, 120).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^\s*n\s+page\s+heading\s+tila\s+measures\s+tavoite/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^\s*1\s+1\s+Tulosalue…merkkipalvelut\s+Toteutui\s+0\s+Jonot lyhenevät$/);
    expect(lines[3]).toMatch(/Uusi palvelu avataan$/);
  });

  it("are empty for a goal-block report of no blocks", () => {
    expect(familyTables({ document: { family: "goal-block" }, rows: [], payload: [] } as unknown as ExtractResult, 120)).toBe("");
  });
});
