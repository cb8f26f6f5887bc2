#!/usr/bin/env node
/**
 * npm run bench — measured in one run, on a corpus of distinct PDFs (copies of the fixtures with a
 * unique trailer, so no document is skipped as already imported):
 *   raw pdf.js text extraction (getTextContent, one thread)   pages/s, in a process of its own,
 *     twice: pdf.js as loaded (its legacy build's core-js replaces Array.prototype.push on Node 20;
 *     it inflates content streams on libuv's pool; its in-thread worker clones every message) and in
 *     the runtime the pipeline gives it (src/read/pdfjs-runtime.ts) — the stricter baseline, which
 *     leaves only the pipeline's own work
 *   raw pdf.js on 1 and on N worker threads, fed as the pool is: the speed-up pdf.js alone gets
 *   the full pipeline (extract → rebuild → normalize → store) on 1 worker and on N workers, each
 *     in a process of its own; and the two interleaved in one process (ABBA blocks, --blocks N,
 *     default 6), the speed-up least moved by this machine's drifting speed; in those passes, the
 *     CPU per page of the main thread and of the other threads (Linux), which bounds the speed-up
 *   SQLite insert rate (key-result rows/s, batched in one transaction per document)
 *   peak RSS of a 1 000-document batch import (separate process), and the same batch on 1 worker:
 *     cold, warm-up included, a check of the speed-up that needs no warm-up rule
 * Every measurement runs warm, in a fresh process: --warmup N unmeasured passes over the corpus
 * per thread first (default 2: raw and pipeline alike, and N threads get N times as many), then
 * one measured pass. The pipeline and batch
 * children run with the CLI's node flags and environment (src/cli/launch.ts). The six
 * configurations run in turn, --passes N rounds (default 3); the median over the rounds is reported.
 * Prints a table and writes output/bench.json. Flags: --pages N (default 2000), --docs N (default
 * 1000, the memory batch; 0 skips it), --workers N (default: cores), --passes N (default 3),
 * --warmup N (default 2), --blocks N (default 6). With --scale: the outputs at 100, 1 000 and
 * 10 000 reports instead (scripts/bench-scale.mjs, --sizes a,b,c).
 */
import { availableParallelism } from "node:os";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";

// `npm run bench -- --scale`: the outputs at 100, 1 000 and 10 000 reports (scripts/bench-scale.mjs).
if (process.argv.includes("--scale")) {
  await import("./bench-scale.mjs");
  process.exit(0);
}
// Nothing here imports pdf.js at the top: the raw measurement must load it itself (see rawChild).
const { openDb } = await import("../dist/store/db.js");
const { importPaths } = await import("../dist/pipeline/import.js");
const { ExtractPool } = await import("../dist/pipeline/pool.js");
/** The set-up the CLI makes before it starts workers or reads PDFs (src/pipeline/setup.ts). */
const { setupProcess } = await import("../dist/pipeline/setup.js");
const { extractFile } = await import("../dist/pipeline/extract.js");
const { storeExtract } = await import("../dist/store/documents.js");
const { readPdf } = await import("../dist/read/pdf.js");

const { values } = parseArgs({ options: { pages: { type: "string", default: "2000" }, runtime: { type: "boolean", default: false }, "raw-threads-child": { type: "string" }, threads: { type: "string" }, docs: { type: "string", default: "1000" }, workers: { type: "string" }, "batch-child": { type: "string" }, "raw-child": { type: "string" }, "pipeline-child": { type: "string" }, "paired-child": { type: "string" }, blocks: { type: "string", default: "6" }, passes: { type: "string", default: "3" }, warmup: { type: "string", default: "2" } } });
/** Rounds of measurement (in a child: measured passes); medians are reported (this machine's speed varies from minute to minute). */
const PASSES = Math.max(1, Number(values.passes));
/**
 * Unmeasured passes over the corpus per thread before each measurement, so that every thread has
 * seen as many documents as a single one has. When the workers fill the cores, each optimizes on
 * its own thread (background JIT off), so two workers sharing one pass of warm-up were still
 * compiling in the measured pass: 2 000 pages, one warm-up pass in all, two workers measured
 * 291–320 pages/s against 327–354 after three (README "Performance"). Raw pdf.js on threads and
 * the pipeline get the same rule.
 */
const WARMUP = Math.max(0, Number(values.warmup));
const FIXTURES = ["fixtures/pdf/kh-okr-public.pdf", "fixtures/pdf/lu-eval-public.pdf", "fixtures/variants/v2-portrait-serif8-plain.pdf", "fixtures/variants/v3-landscape-dejavu8-split.pdf", "fixtures/variants/v4-portrait-sans10-wide.pdf", "fixtures/variants/h6-portrait-narrow8-plain-split.pdf"];
const OUT = resolve("output/bench");

/** Through the pipeline's reader, so this process never holds pdf.js's core-js push either. */
async function pageCount(bytes) {
  return (await readPdf("corpus", bytes, { pages: [1], rulings: false })).pageCount;
}

/** Copies of the fixtures, each made distinct by a trailer after %%EOF (pdf.js ignores it). */
async function corpus(dir, { pages = Infinity, docs = Infinity }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = await Promise.all(FIXTURES.map(async (f) => ({ f, bytes: readFileSync(f), pages: await pageCount(readFileSync(f)) })));
  const files = [];
  let total = 0;
  for (let i = 0; total < pages && files.length < docs; i++) {
    const s = sources[i % sources.length];
    const file = join(dir, `doc-${String(i).padStart(5, "0")}.pdf`);
    writeFileSync(file, Buffer.concat([s.bytes, Buffer.from(`\n%bench-copy-${i}\n`)]));
    files.push(file);
    total += s.pages;
  }
  return { files, pages: total };
}

/** getTextContent on every page; `makeWorker` (the pipeline's runtime) gives each document its pdf.js worker. */
async function rawPdfjs(files, getDocument, makeWorker = () => undefined) {
  const t = performance.now();
  let pages = 0;
  for (const f of files) {
    const worker = makeWorker();
    const doc = await getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, verbosity: 0, standardFontDataUrl: "node_modules/pdfjs-dist/standard_fonts/", worker }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      page.cleanup();
      pages++;
    }
    await doc.destroy();
    worker?.destroy();
  }
  return pages / ((performance.now() - t) / 1000);
}

/** The median; of an even count, the mean of the two middle values (not the upper one, which overstated the six blocks' speed-up before). */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function pipeline(files, pages, workers) {
  setupProcess({ workers });
  const pool = new ExtractPool({ size: workers });
  // Warm the workers as the raw measurement is warmed: WARMUP unmeasured passes per worker.
  for (let i = 0; i < WARMUP * workers; i++) await Promise.all(files.map((f) => pool.extractForStore(f, "warm-up")));
  const passes = [];
  let rows = 0;
  for (let i = 0; i < PASSES; i++) {
    const dbPath = join(OUT, `pipeline-${workers}.sqlite`);
    for (const ext of ["", "-wal", "-shm"]) rmSync(dbPath + ext, { force: true });
    const db = openDb(dbPath);
    const t = performance.now();
    const s = await importPaths(db, files, { pool });
    passes.push(pages / ((performance.now() - t) / 1000));
    rows = db.prepare("SELECT count(*) AS n FROM key_results").get().n;
    db.close();
    if (s.failed) throw new Error(`${s.failed} documents failed`);
  }
  await pool.close();
  return { pagesPerSec: median(passes), passes, docs: files.length, rows };
}

async function insertRate() {
  const res = await extractFile(FIXTURES[0]);
  const dbPath = join(OUT, "insert.sqlite");
  rmSync(dbPath, { force: true });
  const db = openDb(dbPath);
  const n = 40;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const copy = structuredClone(res);
    copy.document.sha256 = (i.toString(16).padStart(8, "0") + res.document.sha256).slice(0, 64);
    copy.document.source = `copy-${i}.pdf`;
    storeExtract(db, copy, null);
  }
  const secs = (performance.now() - t) / 1000;
  db.close();
  return { rowsPerSec: (n * res.rows.length) / secs, documentsPerSec: n / secs };
}

/** Child process: import a batch and report its own peak RSS. */
async function batchChild(dir) {
  const { files } = { files: (await import("node:fs")).readdirSync(dir).map((f) => join(dir, f)).sort() };
  const dbPath = join(OUT, "batch.sqlite");
  rmSync(dbPath, { force: true });
  const db = openDb(dbPath);
  const size = values.workers ? Number(values.workers) : availableParallelism();
  setupProcess({ workers: size });
  const pool = new ExtractPool({ size });
  const t = performance.now();
  const s = await importPaths(db, files, { pool });
  const secs = (performance.now() - t) / 1000;
  await pool.close();
  db.close();
  process.stdout.write(JSON.stringify({ docs: files.length, failed: s.failed, secs, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * Child process: raw pdf.js on the corpus, one warm-up pass, then the measured pass. As loaded, or
 * with `--runtime` in the environment the pipeline gives pdf.js (src/read/pdfjs-runtime.ts: the
 * engine's Array.prototype.push put back, content streams inflated in the thread).
 */
async function rawChild(dir) {
  const native = Array.prototype.push;
  let getDocument;
  let makeWorker;
  if (values.runtime) {
    const runtime = await import("../dist/read/pdfjs-runtime.js");
    runtime.preparePdfThread();
    const lib = await runtime.loadPdfjs();
    getDocument = lib.getDocument;
    makeWorker = () => runtime.createInThreadWorker(lib);
  } else {
    ({ getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs"));
    globalThis.pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  }
  const replaced = Array.prototype.push !== native;
  const files = readdirSync(dir).map((f) => join(dir, f)).sort();
  for (let i = 0; i < WARMUP; i++) await rawPdfjs(files, getDocument, makeWorker);
  const passes = [];
  for (let i = 0; i < PASSES; i++) passes.push(await rawPdfjs(files, getDocument, makeWorker));
  process.stdout.write(JSON.stringify({ pagesPerSec: median(passes), passes, pushReplacedByPdfjs: replaced }));
}
/** Node flags of the CLI's process (bin/hva-okr.js): pipeline and batch children run as the CLI does. */
const { nodeFlags, NODE_ENV } = await import("../dist/cli/launch.js");
/** A child measurement; with `flags` (the CLI's node flags), also in the CLI's environment. */
const runChild = (args, passes = PASSES, flags = []) =>
  JSON.parse(execFileSync(process.execPath, [...flags, new URL(import.meta.url).pathname, "--passes", String(passes), "--warmup", String(WARMUP), ...args], { encoding: "utf8", maxBuffer: 1 << 20, env: flags.length ? { ...NODE_ENV, ...process.env } : process.env }));

/**
 * Code of one raw pdf.js thread: getTextContent on every page of each file it is sent, in the
 * pipeline's pdf.js runtime. No rebuilding, no storing: what N threads of pdf.js alone can do.
 */
const RAW_THREAD = `
  const { parentPort, workerData } = await import("node:worker_threads");
  const { readFileSync } = await import("node:fs");
  const runtime = await import(workerData.runtime);
  runtime.preparePdfThread();
  const lib = await runtime.loadPdfjs();
  parentPort.on("message", async (file) => {
    const worker = runtime.createInThreadWorker(lib);
    const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, standardFontDataUrl: workerData.fonts, worker }).promise;
    for (let p = 1; p <= doc.numPages; p++) { const page = await doc.getPage(p); await page.getTextContent(); page.cleanup(); }
    const pages = doc.numPages;
    await doc.destroy();
    worker.destroy();
    parentPort.postMessage(pages);
  });`;

/**
 * Child process: raw pdf.js on --threads N worker threads fed one file at a time, as the pool is
 * (same background-JIT choice, same worker heap): the speed-up pdf.js itself gets from N threads
 * on this machine, the ceiling for the pipeline's.
 */
async function rawThreadsChild(dir) {
  const { Worker } = await import("node:worker_threads");
  const n = Number(values.threads);
  setupProcess({ workers: n });
  const files = readdirSync(dir).map((f) => join(dir, f)).sort();
  const workerData = { runtime: new URL("../dist/read/pdfjs-runtime.js", import.meta.url).href, fonts: resolve("node_modules/pdfjs-dist/standard_fonts") + "/" };
  const workers = Array.from({ length: n }, () => new Worker(RAW_THREAD, { eval: true, workerData, resourceLimits: { maxOldGenerationSizeMb: 768 } }));
  const ask = (w, file) =>
    new Promise((res, rej) => {
      const done = (fn) => (v) => (w.off("message", onMessage), w.off("error", onError), fn(v));
      const onMessage = done(res);
      const onError = done(rej);
      w.on("message", onMessage).on("error", onError).postMessage(file);
    });
  const run = async () => {
    const queue = [...files];
    let pages = 0;
    const t = performance.now();
    await Promise.all(
      workers.map(async (w) => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          const n = await ask(w, f); // not `pages += await …`: that reads `pages` before the wait
          pages += n;
        }
      }),
    );
    return pages / ((performance.now() - t) / 1000);
  };
  for (let i = 0; i < WARMUP * n; i++) await run();
  const passes = [];
  for (let i = 0; i < PASSES; i++) passes.push(await run());
  await Promise.all(workers.map((w) => w.terminate()));
  process.stdout.write(JSON.stringify({ pagesPerSec: median(passes), passes }));
}

/** Child process: the pipeline with --workers N on the corpus in `dir` (fresh process, as raw pdf.js gets). */
async function pipelineChild(dir) {
  const files = readdirSync(dir).map((f) => join(dir, f)).sort();
  let pages = 0;
  for (const f of files) pages += await pageCount(readFileSync(f));
  process.stdout.write(JSON.stringify(await pipeline(files, pages, Number(values.workers))));
}

/**
 * CPU and run-queue wait of every thread of this process so far, in ns, from Linux's
 * /proc/self/task/<tid>/schedstat; null where there is no such file. Why: the N-worker speed-up
 * is bounded by what the main thread (receiving results, storing) takes of the same cores, and
 * this says how much that is, measured in the run it explains.
 */
function threadTimes() {
  try {
    return new Map(readdirSync("/proc/self/task").map((tid) => {
      const [run, wait] = readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
      return [tid, { run, wait }];
    }));
  } catch {
    return null;
  }
}

/** Adds the CPU between two threadTimes() snapshots to `acc`: the main thread apart, all others (workers, V8's helpers) together. */
function addThreadTimes(acc, before, after, pages, ms) {
  if (!before || !after) return;
  for (const [tid, t] of after) {
    const b = before.get(tid) ?? { run: 0, wait: 0 };
    if (tid === String(process.pid)) {
      acc.mainNs += t.run - b.run;
      acc.mainWaitNs += t.wait - b.wait;
    } else acc.otherNs += t.run - b.run;
  }
  acc.pages += pages;
  acc.ms += ms;
}

/** Per page: the main thread's CPU, the other threads' CPU, the share of its time the main thread waited for a core, and the cores kept busy. */
function threadSummary(acc) {
  if (!acc.pages) return null;
  return { mainMsPerPage: acc.mainNs / 1e6 / acc.pages, otherMsPerPage: acc.otherNs / 1e6 / acc.pages, mainRunQueueShare: acc.mainWaitNs / 1e6 / acc.ms, coresBusy: (acc.mainNs + acc.otherNs) / 1e6 / acc.ms };
}

/**
 * Child process: 1 worker and N workers interleaved in one process, in ABBA blocks (1, N, N, 1
 * workers, a pass over the corpus each), so both see the same minutes of this machine's drifting
 * speed; each block gives one speed-up, and the median of the blocks is reported. Both pools run
 * under the same node flags, as the CLI runs any pool (src/cli/launch.ts), and each keeps the
 * background-JIT choice made for its size when its workers were spawned.
 */
async function pairedChild(dir) {
  const files = readdirSync(dir).map((f) => join(dir, f)).sort();
  let pages = 0;
  for (const f of files) pages += await pageCount(readFileSync(f));
  const n = Number(values.workers);
  // Each pool's workers get the flags set up for its size when they are spawned.
  const pools = { 1: (setupProcess({ workers: 1 }), new ExtractPool({ size: 1 })), [n]: (setupProcess({ workers: n }), new ExtractPool({ size: n })) };
  const pass = async (workers) => {
    const dbPath = join(OUT, "paired.sqlite");
    for (const ext of ["", "-wal", "-shm"]) rmSync(dbPath + ext, { force: true });
    const db = openDb(dbPath);
    const before = threadTimes();
    const t = performance.now();
    const s = await importPaths(db, files, { pool: pools[workers] });
    const ms = performance.now() - t;
    if (measuring) addThreadTimes(cpu[workers], before, threadTimes(), pages, ms);
    db.close();
    if (s.failed) throw new Error(`${s.failed} documents failed`);
    return pages / (ms / 1000);
  };
  const cpu = { 1: { mainNs: 0, mainWaitNs: 0, otherNs: 0, pages: 0, ms: 0 }, [n]: { mainNs: 0, mainWaitNs: 0, otherNs: 0, pages: 0, ms: 0 } };
  let measuring = false;
  for (const w of [1, n]) for (let i = 0; i < WARMUP * w; i++) await pass(w);
  const blocks = [];
  measuring = true;
  for (let b = 0; b < Number(values.blocks); b++) {
    const one = [await pass(1)];
    const many = [await pass(n), await pass(n)];
    one.push(await pass(1));
    blocks.push({ one, many, speedup: (many[0] + many[1]) / (one[0] + one[1]) });
  }
  await Promise.all(Object.values(pools).map((p) => p.close()));
  process.stdout.write(JSON.stringify({ speedup: median(blocks.map((b) => b.speedup)), blocks, threads: { one: threadSummary(cpu[1]), many: threadSummary(cpu[n]) } }));
}

/** The measurements that run in a child process of their own, by the flag that starts them. */
const CHILDREN = { "pipeline-child": pipelineChild, "paired-child": pairedChild, "raw-threads-child": rawThreadsChild, "raw-child": rawChild, "batch-child": batchChild };
for (const [flag, run] of Object.entries(CHILDREN)) {
  if (values[flag]) {
    await run(values[flag]);
    process.exit(0);
  }
}

mkdirSync(OUT, { recursive: true });
const N = values.workers ? Number(values.workers) : availableParallelism();
const { files, pages } = await corpus(join(OUT, "corpus"), { pages: Number(values.pages) });
process.stderr.write(`corpus: ${files.length} PDFs, ${pages} pages; ${N} workers\n`);
// Rounds: the configurations one after another, each in a fresh process with one warm-up pass
// and one measured pass; medians over the rounds. Interleaving keeps this machine's drifting speed
// from favouring whichever configuration happens to run in a fast minute.
const rounds = { rawAsLoaded: [], raw: [], rawThreads1: [], rawThreadsN: [], pipeline1: [], pipelineN: [] };
let pushReplacedByPdfjs = false;
for (let r = 0; r < PASSES; r++) {
  const one1 = (args) => runChild(args, 1);
  const corpusDir = join(OUT, "corpus");
  const shipped = one1(["--raw-child", corpusDir]);
  pushReplacedByPdfjs = shipped.pushReplacedByPdfjs;
  rounds.rawAsLoaded.push(shipped.pagesPerSec);
  rounds.raw.push(one1(["--raw-child", corpusDir, "--runtime"]).pagesPerSec);
  // pdf.js on threads gets the GC choice the pipeline gets.
  rounds.rawThreads1.push(runChild(["--raw-threads-child", corpusDir, "--threads", "1"], 1, nodeFlags()).pagesPerSec);
  rounds.rawThreadsN.push(runChild(["--raw-threads-child", corpusDir, "--threads", String(N)], 1, nodeFlags()).pagesPerSec);
  rounds.pipeline1.push(runChild(["--pipeline-child", corpusDir, "--workers", "1"], 1, nodeFlags()).pagesPerSec);
  rounds.pipelineN.push(runChild(["--pipeline-child", corpusDir, "--workers", String(N)], 1, nodeFlags()).pagesPerSec);
  const f1 = (x) => x.toFixed(1);
  process.stderr.write(
    `round ${r + 1}/${PASSES}: raw pdf.js ${f1(rounds.rawAsLoaded[r])} as loaded, ${f1(rounds.raw[r])} in the pipeline's runtime, ${f1(rounds.rawThreads1[r])} / ${f1(rounds.rawThreadsN[r])} on 1 / ${N} threads; ` +
      `pipeline ${f1(rounds.pipeline1[r])} (1 worker), ${f1(rounds.pipelineN[r])} (${N} workers) pages/s\n`,
  );
}
process.stderr.write(`1 and ${N} workers interleaved in one process, ${values.blocks} blocks…\n`);
const paired = runChild(["--paired-child", join(OUT, "corpus"), "--workers", String(N), "--blocks", values.blocks], 1, nodeFlags());
process.stderr.write(`blocks' speed-ups: ${paired.blocks.map((b) => b.speedup.toFixed(2)).join(", ")}\n`);
const rawShipped = { pagesPerSec: median(rounds.rawAsLoaded), pushReplacedByPdfjs };
const raw = median(rounds.raw);
const rawSpeedupN = median(rounds.rawThreadsN.map((x, i) => x / rounds.rawThreads1[i]));
const one = { pagesPerSec: median(rounds.pipeline1) };
const many = { pagesPerSec: median(rounds.pipelineN) };
const ins = await insertRate();
let batch = null;
let batch1 = null;
if (Number(values.docs) > 0) {
  const b = await corpus(join(OUT, "batch"), { docs: Number(values.docs) });
  process.stderr.write(`batch: ${b.files.length} documents, ${b.pages} pages, on ${N} workers${N > 1 ? ", then on 1" : ""}…\n`);
  const runBatch = (workers) => ({ ...runChild(["--batch-child", join(OUT, "batch"), "--workers", String(workers)], PASSES, nodeFlags()), pages: b.pages });
  batch = runBatch(N);
  if (N > 1) batch1 = runBatch(1);
  rmSync(join(OUT, "batch"), { recursive: true, force: true });
}
const batchRate = (x) => (x ? x.pages / x.secs : null);
/**
 * Every paired measurement of the N-worker speed-up this run made: the rounds' own ratios, the
 * interleaved blocks and the cold batch. Each is noisy on this machine (single ones ranged
 * 1.4–2.1); their median is the run's central figure, and the list lets runs be pooled.
 */
const pairedSpeedups = [...rounds.pipelineN.map((x, i) => x / rounds.pipeline1[i]), ...paired.blocks.map((b) => b.speedup), ...(batch && batch1 ? [batchRate(batch) / batchRate(batch1)] : [])];
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  corpus: { documents: files.length, pages },
  /** Raw pdf.js in the environment the pipeline gives it (src/read/pdfjs-runtime.ts): the stricter baseline. */
  rawPdfjsPagesPerSec: raw,
  rawPdfjsAsLoadedPagesPerSec: rawShipped.pagesPerSec,
  /** Raw pdf.js on N worker threads against 1 (median of the per-round ratios): the ceiling for speedupN. */
  rawPdfjsSpeedupN: rawSpeedupN,
  pdfjsReplacesArrayPush: rawShipped.pushReplacedByPdfjs,
  pipeline1PagesPerSec: one.pagesPerSec,
  pipelineNPagesPerSec: many.pagesPerSec,
  rounds,
  /** Per round, so a reader can see how much the ratios move. */
  roundRatios: rounds.raw.map((x, i) => ({ pipeline1ToRaw: rounds.pipeline1[i] / x, pipeline1ToRawAsLoaded: rounds.pipeline1[i] / rounds.rawAsLoaded[i], speedupN: rounds.pipelineN[i] / rounds.pipeline1[i], rawSpeedupN: rounds.rawThreadsN[i] / rounds.rawThreads1[i] })),
  workers: N,
  ratioPipeline1ToRaw: one.pagesPerSec / raw,
  ratioPipeline1ToRawAsLoaded: one.pagesPerSec / rawShipped.pagesPerSec,
  speedupN: many.pagesPerSec / one.pagesPerSec,
  /** The median of the rounds' own N-worker speed-ups: each pairs runs a minute apart, so it is the figure less moved by drift within a run. */
  speedupNOfRounds: median(rounds.pipelineN.map((x, i) => x / rounds.pipeline1[i])),
  /** 1 and N workers interleaved in one process (ABBA blocks): the median of the blocks' speed-ups, and each block. */
  speedupNInterleaved: paired.speedup,
  interleavedBlocks: paired.blocks,
  /** CPU per page in the interleaved passes (Linux): main thread, other threads, the main thread's run-queue share, cores busy. */
  interleavedThreads: paired.threads,
  /** All paired measurements of the speed-up (rounds, blocks, cold batch) and their median. */
  speedupNPaired: { median: median(pairedSpeedups), all: pairedSpeedups },
  sqliteRowsPerSec: ins.rowsPerSec,
  sqliteDocumentsPerSec: ins.documentsPerSec,
  batch,
  /** The same batch on 1 worker, and the speed-up of the N-worker batch over it (both cold). */
  batch1,
  batchSpeedupN: batch && batch1 ? batchRate(batch) / batchRate(batch1) : null,
  targets: { ratioPipeline1ToRaw: 0.9, speedupN: 1.8, peakRssMiB: 300 },
};
writeFileSync("output/bench.json", JSON.stringify(result, null, 2) + "\n");
const f = (x, d = 1) => (x === null || x === undefined ? "–" : Number(x).toFixed(d));
const rows = [
  ["raw pdf.js getTextContent, as loaded", `${f(rawShipped.pagesPerSec)} pages/s`, rawShipped.pushReplacedByPdfjs ? "legacy build; core-js has replaced Array.prototype.push" : "legacy build"],
  ["raw pdf.js getTextContent, tuned", `${f(raw)} pages/s`, "in the pipeline's pdf.js runtime: native push, in-thread inflate, copied messages"],
  [`raw pdf.js, ${N} threads`, `${f(rawSpeedupN, 2)} ×`, `speed-up over 1 thread (the ceiling for the pipeline's)`],
  ["pipeline, 1 worker", `${f(one.pagesPerSec)} pages/s`, `${f(result.ratioPipeline1ToRaw, 2)} × raw tuned, ${f(result.ratioPipeline1ToRawAsLoaded, 2)} × raw as loaded (target ≥ 0.9)`],
  [`pipeline, ${N} workers`, `${f(many.pagesPerSec)} pages/s`, `${f(result.speedupN, 2)} × 1 worker; median of the rounds' ratios ${f(result.speedupNOfRounds, 2)} × (target ≥ 1.8)`],
  [`pipeline, ${N} workers, interleaved`, `${f(paired.speedup, 2)} ×`, `1 worker, the median of ${paired.blocks.length} ABBA blocks in one process (${paired.blocks.map((b) => f(b.speedup, 2)).join(", ")})`],
  [`pipeline, ${N} workers, all pairs`, `${f(result.speedupNPaired.median, 2)} ×`, `median of ${pairedSpeedups.length} paired measurements (${PASSES} round${PASSES === 1 ? "" : "s"}, ${paired.blocks.length} blocks${batch1 ? ", cold batch" : ""}): ${f(Math.min(...pairedSpeedups), 2)}–${f(Math.max(...pairedSpeedups), 2)}`],
  [`CPU per page, 1 / ${N} workers`, paired.threads.one ? `${f(paired.threads.one.mainMsPerPage + paired.threads.one.otherMsPerPage, 2)} / ${f(paired.threads.many.mainMsPerPage + paired.threads.many.otherMsPerPage, 2)} ms` : "–", paired.threads.one ? `main thread ${f(paired.threads.one.mainMsPerPage, 2)} / ${f(paired.threads.many.mainMsPerPage, 2)} ms (receiving, storing), other threads ${f(paired.threads.one.otherMsPerPage, 2)} / ${f(paired.threads.many.otherMsPerPage, 2)} ms; cores busy ${f(paired.threads.one.coresBusy, 2)} / ${f(paired.threads.many.coresBusy, 2)} of ${N}` : "no /proc/self/task here"],
  ["SQLite inserts", `${f(ins.rowsPerSec, 0)} rows/s`, `${f(ins.documentsPerSec)} documents/s`],
  [`batch, ${N} workers against 1`, result.batchSpeedupN ? `${f(result.batchSpeedupN, 2)} ×` : "–", result.batchSpeedupN ? `cold, warm-up included: ${f(batchRate(batch))} against ${f(batchRate(batch1))} pages/s` : "skipped"],
  ["peak RSS, batch import", batch ? `${f(batch.peakRssMiB)} MiB` : "–", batch ? `${batch.docs} documents, ${batch.pages} pages, ${f(batch.secs)} s = ${f(batch.pages / batch.secs)} pages/s on ${values.workers ?? availableParallelism()} workers (target ≤ 300 MiB)` : "skipped"],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
process.stdout.write(rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}`).join("\n") + "\nwritten: output/bench.json\n");
