/** Choosing between the table and the box reading of LU slides (issue 25): bullets swallowed at a tight pitch. */
import { describe, expect, it } from "vitest";
import { chooseLuReading } from "../src/reconstruct/lu-evaluation/pdf.js";

type R = Parameters<typeof chooseLuReading>[0];
/** An invented result: `subs` sub-goals per goal, one strategy whose summary claims `total` goals. */
function result(subs: number[], total: number | null, objective = "Tavoite on selvä."): R {
  const goals = subs.map((n, i) => ({ tavoite: `${objective} ${i}`, assessment: "Arvio.", alatavoitteet: Array.from({ length: n }, (_, k) => `Ala ${k}.`) }));
  return { goals, goal_counts: [{ strategy: "S", summary_total: total, found: goals.length }] } as unknown as R;
}

describe("LU slides: table or box reading", () => {
  it("prefers the reading that kept the sub-goals when both agree with the summaries", { timeout: 10_000 }, () => {
    const table = result([0, 0, 0], 3);
    const boxes = result([2, 0, 3], 3);
    expect(chooseLuReading(table, boxes)).toBe(boxes);
  });
  it("keeps the table reading on a full tie and when it agrees better with the summaries", { timeout: 10_000 }, () => {
    const table = result([1, 0, 2], 3);
    expect(chooseLuReading(table, result([1, 0, 2], 3))).toBe(table);
    const closer = result([0, 0, 0], 3);
    expect(chooseLuReading(closer, result([2, 2], 3))).toBe(closer);
    const cut = result([2, 0, 3], 3, "katkennut lause");
    expect(chooseLuReading(table, cut)).toBe(table);
  });
});
