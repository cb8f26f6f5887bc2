/**
 * What a worker thread does: extracts one document per message (reading, detecting, reconstructing,
 * normalizing) and, for an import, prepares what storing it inserts. Parsing runs here so a hung,
 * crashing or memory-hungry document can be killed without taking the batch with it; the inserts
 * stay on the main thread (one writer).
 */
import { parentPort } from "node:worker_threads";
import { extractFile, type ExtractOptions } from "./extract.js";
import { extractForStore, packImport, type PackedImport } from "./extract-for-store.js";
import type { Override } from "./overrides.js";
import { InputError } from "../errors.js";
import { loadRules } from "../rules/load.js";

export interface WorkerRequest {
  id: number;
  path: string;
  /** Extraction options that cross the thread boundary; rules are loaded from `rulesDir`. */
  opts: Omit<ExtractOptions, "rules"> & { rulesDir?: string };
  /** For an import: the source name and overrides; the answer is then a PackedImport. */
  store?: { source: string; overrides: Override[] };
}

export type WorkerResponse =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof extractFile>> | PackedImport }
  | { id: number; ok: false; error: { stage: string; errorClass: string; message: string } };

/** Runs before each document; the test-only entry (worker-faults.ts) injects faults here. */
export type BeforeDocument = (path: string) => Promise<void>;

/** Answers extraction requests on this worker thread's port. */
export function serve(before?: BeforeDocument): void {
  parentPort?.on("message", (req: WorkerRequest) => void handle(req, before));
}

async function handle(req: WorkerRequest, before: BeforeDocument | undefined): Promise<void> {
  try {
    if (before) await before(req.path);
    const { rulesDir, ...opts } = req.opts;
    const xopts = { ...opts, rules: loadRules(rulesDir) };
    if (req.store) {
      const packed = packImport(await extractForStore(req.path, req.store.source, xopts, req.store.overrides));
      parentPort!.postMessage({ id: req.id, ok: true, result: packed } satisfies WorkerResponse, [packed.buffer]);
    } else parentPort!.postMessage({ id: req.id, ok: true, result: await extractFile(req.path, xopts) } satisfies WorkerResponse);
  } catch (err) {
    const e = err instanceof InputError ? err : null;
    const message = e ? e.message.slice(e.source.length + 2) : (err as Error).message;
    parentPort!.postMessage({ id: req.id, ok: false, error: { stage: e?.stage ?? "reconstruct", errorClass: e?.errorClass ?? (err as Error).name ?? "Error", message } } satisfies WorkerResponse);
  }
}
