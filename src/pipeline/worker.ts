/**
 * Worker thread: extracts one document per message (reading, detecting, reconstructing,
 * normalizing). Parsing runs here so a hung, crashing or memory-hungry document can be killed
 * without taking the batch with it; storing stays on the main thread (one writer).
 */
import { parentPort } from "node:worker_threads";
import { extractFile, type ExtractOptions } from "./extract.js";
import { InputError } from "../errors.js";
import { loadRules } from "../rules/load.js";

export interface WorkerRequest {
  id: number;
  path: string;
  /** Extraction options that cross the thread boundary; rules are loaded from `rulesDir`. */
  opts: Omit<ExtractOptions, "rules"> & { rulesDir?: string };
}

export type WorkerResponse =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof extractFile>> }
  | { id: number; ok: false; error: { stage: string; errorClass: string; message: string } };

parentPort?.on("message", async (req: WorkerRequest) => {
  try {
    const { rulesDir, ...opts } = req.opts;
    const result = await extractFile(req.path, { ...opts, rules: loadRules(rulesDir) });
    parentPort!.postMessage({ id: req.id, ok: true, result } satisfies WorkerResponse);
  } catch (err) {
    const e = err instanceof InputError ? err : null;
    const message = e ? e.message.slice(e.source.length + 2) : (err as Error).message;
    parentPort!.postMessage({ id: req.id, ok: false, error: { stage: e?.stage ?? "reconstruct", errorClass: e?.errorClass ?? (err as Error).name ?? "Error", message } } satisfies WorkerResponse);
  }
});
