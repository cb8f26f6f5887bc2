/** The fault matrix (scripts/faults.ts) in CI: every bad input ends as expected, nothing lost or duplicated. */
import { describe, expect, it } from "vitest";
import { formatMatrix, runFaultMatrix } from "../scripts/faults.js";

describe("fault matrix", () => {
  it("handles every fault as expected with 0 rows lost and 0 duplicated", async () => {
    // Three rounds of the two-writer case here; `npm run faults` runs twenty.
    // A generous per-document limit: only the hanging document should ever reach it.
    const rows = await runFaultMatrix({ writerRounds: 3, documentTimeoutMs: 30_000 });
    const table = formatMatrix(rows);
    for (const r of rows) {
      expect(r.ok, `${r.fault}: expected ${r.expected}, observed ${r.observed}\n${table}`).toBe(true);
      expect(r.rowsLost, r.fault).toBe(0);
      expect(r.rowsDuplicated, r.fault).toBe(0);
    }
    expect(rows.length).toBeGreaterThanOrEqual(41);
  }, 900_000);
});
