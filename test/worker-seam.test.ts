/** The fault seam lives in a test-only worker entry: production never reads HVA_OKR_TEST_FAULTS. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExtractPool, FAULT_WORKER_FILE } from "../src/pipeline/pool.js";

const SEED = "fixtures/seeds/002_2df4dc721c1a0aa2.txt";

describe("worker fault seam", () => {
  it(
    "is ignored by a production import, even when malformed",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "hva-seam-"));
      try {
        const r = spawnSync(process.execPath, ["bin/hva-okr.js", "import", SEED, "--db", join(dir, "db.sqlite"), "--quiet"], { encoding: "utf8", env: { ...process.env, HVA_OKR_TEST_FAULTS: "{not json" } });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/1 new/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it(
    "in the test entry, a malformed value fails the document with a clear error instead of crashing",
    async () => {
      process.env.HVA_OKR_TEST_FAULTS = "{not json";
      const pool = new ExtractPool({ size: 1, workerFile: FAULT_WORKER_FILE, timeoutMs: 60_000 });
      try {
        await expect(pool.extract(SEED, SEED)).rejects.toThrow(/HVA_OKR_TEST_FAULTS is not JSON/);
      } finally {
        delete process.env.HVA_OKR_TEST_FAULTS;
        await pool.close();
      }
    },
    120_000,
  );
});
