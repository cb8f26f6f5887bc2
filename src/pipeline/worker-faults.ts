/**
 * Test-only worker entry for the fault matrix (scripts/faults.ts), started only when a pool is
 * given it as `workerFile`: HVA_OKR_TEST_FAULTS maps a path ending to "hang", "crash" or "oom",
 * so isolation is shown on real worker failures. A malformed value fails each document with a
 * clear error instead of crashing the worker at start.
 */
import { serve } from "./worker-core.js";
import { setupProcess } from "./setup.js";

type Fault = "hang" | "crash" | "oom";

function readFaults(): Record<string, Fault> | Error {
  const raw = process.env.HVA_OKR_TEST_FAULTS;
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return new Error("HVA_OKR_TEST_FAULTS must be a JSON object of path ending → fault");
    for (const v of Object.values(parsed)) if (v !== "hang" && v !== "crash" && v !== "oom") return new Error(`HVA_OKR_TEST_FAULTS: unknown fault "${String(v)}" (hang, crash, oom)`);
    return parsed as Record<string, Fault>;
  } catch (err) {
    return new Error(`HVA_OKR_TEST_FAULTS is not JSON: ${(err as Error).message}`);
  }
}

const faults = readFaults();

setupProcess();

serve(async (path) => {
  if (faults instanceof Error) throw faults;
  const fault = Object.entries(faults).find(([end]) => path.endsWith(end))?.[1];
  if (fault === "hang") await new Promise(() => undefined);
  if (fault === "crash") process.exit(70);
  if (fault === "oom") {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1_000_000).fill(hog.length));
  }
});
