/**
 * A text taken for a family read from a PDF's positions only (goal blocks) gives nothing: `extract`
 * says so on one line with the file's name (exit 1), as for a text of no family, instead of passing
 * as an empty success. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { notRecognized, reasonWarnings } from "../src/pipeline/recognized.js";
import { goalBlock } from "../src/families/goal-block/index.js";

describe("a text of a family read from a PDF only", () => {
  it("is not recognized, with the family's warning as the reason", () => {
    const { warnings } = goalBlock.fromText!([], {} as never) as { warnings: string[] };
    const res = { document: { family: "goal-block", warnings: ["line 3: other", ...warnings] }, rows: [] };
    expect(notRecognized(res)).toMatch(/^goal-block: .*no rows from text$/);
    expect(reasonWarnings(res)).toEqual(warnings);
  }, 30_000);

  it("leaves a family read from text alone", () => {
    expect(notRecognized({ document: { family: "agenda-item", warnings: ["line 3: other"] }, rows: [] })).toBeNull();
  }, 30_000);
});
