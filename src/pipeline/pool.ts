/**
 * A pool of extraction workers (worker_threads), one per core by default. Each document gets a
 * time limit; a worker that runs over it, crashes or runs out of its memory cap is killed and
 * replaced, and the document is reported as failed — the batch goes on.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { WorkerRequest, WorkerResponse } from "./worker-core.js";
import type { ExtractResult } from "../model/document.js";
import type { PackedImport } from "./extract-for-store.js";
import type { Override } from "./overrides.js";
import { InputError } from "../errors.js";

/** The compiled worker: dist/ is built by `npm install` (and before `npm test`). */
const WORKER_FILE = fileURLToPath(new URL("../../dist/pipeline/worker.js", import.meta.url));
/** The test-only worker entry with the fault seam (scripts/faults.ts passes it as `workerFile`). */
export const FAULT_WORKER_FILE = fileURLToPath(new URL("../../dist/pipeline/worker-faults.js", import.meta.url));

export interface PoolOptions {
  size?: number;
  /** Milliseconds one document may take. */
  timeoutMs?: number;
  /** The worker entry (compiled JS); the production one unless a test passes FAULT_WORKER_FILE. */
  workerFile?: string;
  /** Heap cap per worker, MiB. */
  maxHeapMb?: number;
  /** Young-generation size per worker, MiB (smaller: less resident memory, more minor GCs). */
  youngGenerationMb?: number;
  /** Resident memory budget of the whole process, MiB (default MAX_RSS_MB): see checkMemory. */
  maxRssMb?: number;
}

/**
 * The process's resident-memory budget, MiB. The heap cap (maxHeapMb) does not bound what pdf.js
 * decodes into ArrayBuffers outside the heap: a flate bomb (a small stream inflating to far more
 * than the heap cap) grew a two-worker import far past it. A normal batch stays well below this
 * budget (the figures are in the commit that set it).
 */
export const MAX_RSS_MB = 768;
/** How often the main thread looks at the process's resident memory, ms. */
const MEMORY_CHECK_MS = 40;

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Ends the slot's current job: failed, or put back to be run again alone (see checkMemory). */
  abort?: (how: "fail" | "retry") => void;
  suspect?: boolean;
}

interface Job {
  path: string;
  source: string;
  opts: WorkerRequest["opts"];
  store?: WorkerRequest["store"];
  resolve: (r: never) => void;
  reject: (e: Error) => void;
  /** Was running when the process went over its memory budget: runs again alone, and fails if it does so again. */
  suspect?: boolean;
}

export class ExtractPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers terminated for memory whose memory is not given back yet: no new verdicts till then. */
  private releasing = 0;
  private readonly memoryTimer: NodeJS.Timeout;

  constructor(private readonly opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    for (let i = 0; i < this.size; i++) this.slots.push({ worker: this.spawn(), busy: false });
    this.memoryTimer = setInterval(() => this.checkMemory(), MEMORY_CHECK_MS);
    this.memoryTimer.unref();
  }

  /**
   * The memory bound that holds for pdf.js's buffers: when the process's resident memory goes over
   * its budget, the document being read is failed (OutOfMemory) and its worker replaced, before the
   * process grows much further. Resident memory is the process's, not a thread's: with one document
   * running it is that one; with several, all are stopped and run again one at a time, so the one
   * that goes over again alone is the one failed, and the others complete.
   */
  private checkMemory(): void {
    if (this.releasing > 0 || this.closed) return;
    const budget = (this.opts.maxRssMb ?? MAX_RSS_MB) * 1024 * 1024;
    const rss = process.memoryUsage.rss();
    if (rss <= budget) return;
    const busy = this.slots.filter((s) => s.busy && s.abort);
    const alone = busy.length === 1;
    for (const s of busy) s.abort!(alone || s.suspect ? "fail" : "retry");
  }

  private spawn(): Worker {
    // V8's default young generation: capping it saved little memory and cost throughput (npm run bench).
    const limits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb?: number } = { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 768 };
    if (this.opts.youngGenerationMb) limits.maxYoungGenerationSizeMb = this.opts.youngGenerationMb;
    const w = new Worker(this.opts.workerFile ?? WORKER_FILE, { resourceLimits: limits });
    w.unref();
    // An idle worker that fails (no job listens then) must not take the process down with an
    // unhandled 'error' event; a job's own listeners report failures while it runs.
    w.on("error", () => undefined);
    return w;
  }

  /** Extracts one file in a worker; rejects with an InputError naming the file on any failure. */
  extract(path: string, source: string, opts: WorkerRequest["opts"] = {}): Promise<ExtractResult> {
    return this.submit<ExtractResult>(path, source, opts);
  }

  /** Extracts one file in a worker and prepares it for storing, packed (see extract-for-store.ts); rejects as `extract` does. */
  extractForStore(path: string, source: string, opts: WorkerRequest["opts"] = {}, overrides: readonly Override[] = []): Promise<PackedImport> {
    return this.submit<PackedImport>(path, source, opts, { source, overrides: [...overrides] });
  }

  private submit<T>(path: string, source: string, opts: WorkerRequest["opts"], store?: WorkerRequest["store"]): Promise<T> {
    if (this.closed) return Promise.reject(new Error("pool is closed"));
    return new Promise<T>((resolve, reject) => {
      const job: Job = { path, source, opts, store, resolve: resolve as (r: never) => void, reject };
      this.waiting.push(job);
      this.pump();
    });
  }

  /** Starts waiting jobs on free workers; a suspect job (see checkMemory) runs with no other. */
  private pump(): void {
    for (const slot of this.slots) {
      const next = this.waiting[0];
      if (!next || this.closed) return;
      if (slot.busy) continue;
      if (this.slots.some((s) => s.busy && s.suspect)) return;
      if (next.suspect && this.slots.some((s) => s.busy)) return;
      this.waiting.shift();
      this.run(slot, next);
    }
  }

  /**
   * Runs a job on a slot. When it ends, the slot's next job is posted before the result is handed
   * on, in the same tick: the worker starts its next document at once instead of idling while the
   * main thread stores the last one (a worker was otherwise idle while its result was stored).
   */
  private run(slot: Slot, job: Job): void {
    slot.busy = true;
    const id = this.nextId++;
    const timeoutMs = this.opts.timeoutMs ?? 120_000;
    const { source } = job;
    const w = slot.worker;
    let done = false;
    slot.suspect = job.suspect === true;
    const finish = (settle: () => void, replace: boolean, forMemory = false) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      slot.abort = undefined;
      slot.suspect = false;
      if (replace && !this.closed) {
        // It may still die of its own (heap limit) while being terminated: that is no one's error now.
        w.on("error", () => undefined);
        if (forMemory) this.releasing++;
        void w.terminate().finally(() => {
          if (forMemory) this.releasing--;
        });
        slot.worker = this.spawn();
      }
      slot.busy = false;
      this.pump();
      settle();
    };
    slot.abort = (how) => {
      const mb = Math.round(process.memoryUsage.rss() / 1048576);
      if (how === "retry") {
        job.suspect = true;
        this.waiting.unshift(job);
        finish(() => undefined, true, true);
      } else finish(() => job.reject(new InputError(source, "read", `out of memory: the process reached ${mb} MiB reading it (budget ${this.opts.maxRssMb ?? MAX_RSS_MB} MiB; pdf.js's decoded data is not bounded by the heap cap)`, "OutOfMemory")), true, true);
    };
    const onMessage = (msg: WorkerResponse) => {
      if (msg.id !== id) return;
      if (msg.ok) finish(() => job.resolve(msg.result as never), false);
      else finish(() => job.reject(new InputError(source, msg.error.stage as InputError["stage"], msg.error.message, msg.error.errorClass)), false);
    };
    const onError = (err: Error & { code?: string }) => {
      const oom = err.code === "ERR_WORKER_OUT_OF_MEMORY";
      finish(() => job.reject(new InputError(source, "read", oom ? `out of memory (over the ${this.opts.maxHeapMb ?? 768} MiB cap per document)` : `worker crashed: ${err.message}`, oom ? "OutOfMemory" : "WorkerCrash")), true);
    };
    const onExit = (code: number) => finish(() => job.reject(new InputError(source, "read", `worker exited with code ${code}`, "WorkerCrash")), true);
    const timer = setTimeout(() => finish(() => job.reject(new InputError(source, "read", `timed out after ${Math.round(timeoutMs / 1000)} s`, "Timeout")), true), timeoutMs);
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage({ id, path: job.path, opts: job.opts, store: job.store } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.memoryTimer);
    for (const job of this.waiting.splice(0)) job.reject(new Error("pool is closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
