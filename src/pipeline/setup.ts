/**
 * Process set-up: every change hva-okr makes outside its own modules, in one explicit call. The
 * CLI makes it before a command that reads PDFs or starts extraction workers, and every worker
 * thread makes it before it serves (worker.ts); no module of src/ changes a global when imported.
 *
 * - In the calling thread, pdf.js's environment (read/pdfjs-runtime.ts, read/canvas-free.ts): a
 *   matrix type and an empty stand-in for the canvas package in Node's require cache, a
 *   `DecompressionStream` that inflates in the thread, and the engine's `Array.prototype.push`
 *   put back once pdf.js has loaded.
 * - For the worker isolates the thread will start (`workers` given): V8 flags, which are
 *   process-wide and read when an isolate is created.
 *
 * Without it pdf.js runs as shipped: the same text, read more slowly.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { preparePdfThread } from "../read/pdfjs-runtime.js";

export interface SetupOptions {
  /** Extraction workers this thread will start: their isolates get the flags below. */
  workers?: number;
  /** V8's background optimizing compiler: default chosen by chooseBackgroundJit. */
  concurrentJit?: boolean;
  /** Semi-space size of the workers' young generation, MiB (default WORKER_SEMI_SPACE_MB). */
  semiSpaceMb?: number;
}

/** Sets up this thread (and, with `workers`, the workers it will start). Safe to call again. */
export function setupProcess(opts: SetupOptions = {}): void {
  preparePdfThread();
  if (opts.workers === undefined) return;
  if (opts.concurrentJit === undefined) chooseBackgroundJit(opts.workers);
  else setFlagsFromString(opts.concurrentJit ? "--concurrent-recompilation" : "--no-concurrent-recompilation");
  configureWorkerHeap(opts.semiSpaceMb);
}

/**
 * Whether V8 optimizes code on background threads, chosen per pool: when the workers fill every
 * core, the background compiler only competes with them (re-optimizing pdf.js code; per-thread
 * CPU times from /proc/self/task), and optimizing on each worker's own thread gave two workers
 * more throughput and less memory. With a core to
 * spare (one worker on two cores) the background compiler is free speed, so it stays on.
 * The V8 flag is process-wide and read when an isolate is created: set before spawning workers.
 */
export function chooseBackgroundJit(workers: number, cores: number = availableParallelism()): boolean {
  const on = workers < cores;
  setFlagsFromString(on ? "--concurrent-recompilation" : "--no-concurrent-recompilation");
  return on;
}

/**
 * Workers' semi-space, MiB: set, with WORKER_HEAP_GROWING_PERCENT, by the memory target of a long
 * batch (docs/performance.md). A small young generation promotes a page's short-lived objects to
 * the old one, and two workers collect on their own threads, so the size is speed; larger ones
 * cost memory beyond the target. The V8 flag is process-wide but read when an isolate is created, so it
 * shapes the workers and leaves the running main thread alone.
 */
export const WORKER_SEMI_SPACE_MB = 8;
/**
 * How far V8 lets an old generation grow past what survived its last full GC, in per cent. With
 * V8's own factor a worker's old generation held mostly garbage; 30 % pays for the larger
 * semi-space within the memory target. The flag is process-wide, so it also bounds the main thread's heap, which holds little.
 */
export const WORKER_HEAP_GROWING_PERCENT = 30;

/**
 * Sets the young-generation and growth flags for worker isolates created after this call (V8
 * reads them per isolate). Exported so a baseline on bare worker threads (npm run bench) gets the
 * heap the pool's workers get.
 */
export function configureWorkerHeap(semiSpaceMb: number = WORKER_SEMI_SPACE_MB): void {
  setFlagsFromString(`--max-semi-space-size=${semiSpaceMb}`);
  setFlagsFromString(`--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`);
}
