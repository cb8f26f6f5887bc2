/**
 * Batch import: files and folders → extract → store, one transaction per document. A bad file is
 * recorded in `import_errors` and the batch goes on; unchanged files are not parsed again.
 */
import { relative, resolve, isAbsolute } from "node:path";
import type { DB } from "../store/db.js";
import { documentSource, finishRun, recordError, startRun, storedDocument, storePrepared, touchSource, type ImportOutcome, type RunCounters } from "../store/documents.js";
import { isDatabaseFault } from "../store/write.js";
import type { ExtractOptions } from "./extract.js";
import { extractForStore, unpackImport, type PackedImport, type PreparedImport } from "./extract-for-store.js";
import { sha256 } from "../read/text.js";
import { InputError } from "../errors.js";
import { PARSER_VERSION } from "../version.js";
import { loadOverrides, overridesFor, overridesHash, type Override } from "./overrides.js";
import { loadRules } from "../rules/load.js";
import PQueue from "p-queue";
import { FileReadError, readRegularFile, walkPaths, type SkippedEntry } from "../read/files.js";
import type { ExtractPool } from "./pool.js";
import type { WorkerRequest } from "./worker-core.js";

/** File endings picked up when a folder is imported (files named explicitly are always tried). */
export const IMPORTABLE = new Set([".txt", ".text", ".pdf"]);

export interface FileResult {
  source: string;
  outcome: ImportOutcome | "failed";
  rows?: number;
  family?: string;
  region?: string | null;
  /** The reporting period stored, null when neither the document nor --period gave one. */
  period?: string | null;
  warnings?: string[];
  /** The source of the stored document this one is the same report as (another form of it). */
  sameAs?: string;
  /** This form now stands for the report in the views (it locates its items better than `sameAs`). */
  standsFor?: boolean;
  error?: { stage: string; errorClass: string; message: string };
}

export interface ImportSummary extends RunCounters {
  runId: number;
  results: FileResult[];
  /** Overrides of the imported documents that no longer match anything. */
  orphanedOverrides: { override: Override; why: string }[];
}

export interface ImportOptions extends ExtractOptions {
  force?: boolean;
  onFile?: (r: FileResult, index: number, total: number) => void;
  /** Extract in this pool of worker threads (isolation, all cores); without it, in this thread. */
  pool?: ExtractPool;
}

/** How a path is stored: relative to the working folder when inside it, so databases move with the repo. */
export function sourceName(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}

/**
 * Expands folders (recursively, sorted, hidden entries skipped) into the files to import; what
 * cannot be imported (missing, link loops, FIFOs, unlistable folders, undecodable names) is in
 * `skipped` with its reason. Never throws (see read/files.ts).
 */
export function expandPaths(paths: readonly string[]): { files: string[]; skipped: SkippedEntry[] } {
  return walkPaths(paths, IMPORTABLE);
}

/** A file to import under another source name (e.g. a cached download, named by its URL). */
export interface NamedFile {
  path: string;
  source: string;
}

export async function importPaths(db: DB, entries: readonly (string | NamedFile)[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const paths = entries.filter((e): e is string => typeof e === "string");
  const named = new Map(entries.filter((e): e is NamedFile => typeof e !== "string").map((e) => [e.path, e.source]));
  const expanded = expandPaths(paths);
  const files = [...expanded.files, ...named.keys()];
  const batch = new ImportBatch(db, `import ${paths.join(" ")}`, files.length + expanded.skipped.length, opts.onFile);
  const overrides = loadOverrides((opts.rules ?? loadRules()).dir);
  for (const m of expanded.skipped) batch.failRead(m);
  const ahead = new ExtractAhead(batch, opts);
  for (const file of files) {
    const source = named.get(file) ?? sourceName(file);
    try {
      const { hash, mine, unchanged } = compareWithStored(db, file, source, overrides, opts.force);
      if (unchanged) {
        await ahead.drain(true);
        batch.touch(source, hash);
        continue;
      }
      await ahead.submit(file, source, mine);
    } catch (err) {
      batch.fail(source, err, "store"); // read errors come as InputErrors; the rest is the database's
    }
  }
  await ahead.drain(true);
  return batch.finish();
}

/**
 * Reads a file and compares it with what is stored: unchanged when the same content was stored
 * by this parser version with the same corrections (and not --force). Throws an InputError naming
 * the file when it cannot be read.
 */
function compareWithStored(db: DB, file: string, source: string, overrides: Override[], force: boolean | undefined): { hash: string; mine: Override[]; unchanged: boolean } {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file);
  } catch (err) {
    const e = err as FileReadError;
    throw new InputError(source, "read", e.message, e.errorClass ?? "ReadError");
  }
  const hash = bytes.length > 0 ? sha256(bytes) : "";
  const mine = hash ? overridesFor(hash, overrides) : [];
  const known = hash ? storedDocument(db, hash) : undefined;
  const unchanged = Boolean(known && known.parser_version === PARSER_VERSION && known.overrides_hash === overridesHash(mine) && !force);
  return { hash, mine, unchanged };
}

/** One import run: its counters, the result of each file in order, and the writes that record them. */
class ImportBatch {
  readonly runId: number;
  readonly counters: RunCounters;
  readonly results: FileResult[] = [];
  readonly orphanedOverrides: ImportSummary["orphanedOverrides"] = [];

  constructor(
    private readonly db: DB,
    label: string,
    private readonly total: number,
    private readonly onFile: ImportOptions["onFile"],
  ) {
    this.runId = startRun(db, label);
    this.counters = { files: total, new_documents: 0, unchanged: 0, replaced: 0, duplicates: 0, failed: 0 };
  }

  report(r: FileResult): void {
    this.results.push(r);
    this.onFile?.(r, this.results.length, this.total);
  }

  /** A path that could not be read as a file (missing, a link loop, a FIFO, …). */
  failRead(m: SkippedEntry): void {
    const source = sourceName(m.path);
    recordError(this.db, this.runId, source, "read", m.errorClass, m.reason);
    this.counters.failed++;
    this.report({ source, outcome: "failed", error: { stage: "read", errorClass: m.errorClass, message: m.reason } });
  }

  /** A failed document; an error that is not an InputError came from the stage that ran: "store" around the writes. */
  fail(source: string, err: unknown, stage: "reconstruct" | "store" = "reconstruct"): void {
    if (stage === "store" && isDatabaseFault(err)) throw err; // the database's fault, not the document's: the batch stops
    const e = err instanceof InputError ? err : new InputError(source, stage, (err as Error).message, (err as { code?: string }).code ?? ((err as Error).name || "Error"));
    const message = e.message.startsWith(`${e.source}: `) ? e.message.slice(e.source.length + 2) : e.message;
    recordError(this.db, this.runId, source, e.stage, e.errorClass, message);
    this.counters.failed++;
    this.report({ source, outcome: "failed", error: { stage: e.stage, errorClass: e.errorClass, message } });
  }

  /** Content stored before, unchanged: only its source is recorded (a new name of it, or a duplicate). */
  touch(source: string, hash: string): void {
    const outcome = touchSource(this.db, source, hash);
    if (outcome === "unchanged") this.counters.unchanged++;
    else if (outcome === "replaced") this.counters.replaced++;
    else this.counters.duplicates++;
    this.report({ source, outcome });
  }

  /** Stores a prepared document (one transaction) and reports it. */
  store(source: string, { prepared, orphaned }: PreparedImport, mine: Override[]): void {
    this.orphanedOverrides.push(...orphaned);
    const stored = storePrepared(this.db, prepared, this.runId, overridesHash(mine));
    const outcome = stored.outcome;
    if (outcome === "new") this.counters.new_documents++;
    else if (outcome === "replaced" || outcome === "reparsed") this.counters.replaced++;
    const d = prepared.document;
    const r: FileResult = { source, outcome, rows: prepared.keyResults.length, family: d.family, region: d.region, period: d.period, warnings: d.warnings };
    const other = stored.sameAs ?? stored.supersedes;
    if (other !== null) {
      r.sameAs = documentSource(this.db, other) ?? `document ${other}`;
      if (stored.supersedes !== null) r.standsFor = true;
    }
    this.report(r);
  }

  finish(): ImportSummary {
    finishRun(this.db, this.runId, this.counters);
    return { ...this.counters, runId: this.runId, results: this.results, orphanedOverrides: this.orphanedOverrides };
  }
}

/**
 * Extraction runs ahead (in the pool, or here); results are stored in input order, one
 * transaction each, so which form of a report is stored first does not depend on timing.
 */
class ExtractAhead {
  /** Two documents per worker in flight: one extracting, one waiting in the pool, so that a worker has its next document when it hands back a result (see ExtractPool.run). */
  private readonly window: number;
  private readonly queue: PQueue;
  private readonly workerOpts: WorkerRequest["opts"];
  /** A pool's results come packed and are unpacked only when stored (see PackedImport). */
  private readonly inflight: { source: string; mine: Override[]; result: Promise<PreparedImport | PackedImport> }[] = [];

  constructor(
    private readonly batch: ImportBatch,
    private readonly opts: ImportOptions,
  ) {
    this.window = (opts.pool?.size ?? 1) * 2;
    this.queue = new PQueue({ concurrency: opts.pool ? this.window : 1 });
    const { pool: _p, onFile: _o, rules: _r, ...extractOpts } = opts;
    this.workerOpts = { ...extractOpts, rulesDir: (opts.rules ?? loadRules()).dir };
  }

  /** Extracted and prepared for storing in a worker (or here without a pool): see extract-for-store.ts. */
  async submit(file: string, source: string, mine: Override[]): Promise<void> {
    const pool = this.opts.pool;
    const result = this.queue.add((): Promise<PreparedImport | PackedImport> => (pool ? pool.extractForStore(file, source, this.workerOpts, mine) : extractForStore(file, source, this.opts, mine))) as Promise<PreparedImport | PackedImport>;
    result.catch(() => undefined); // handled when drained
    this.inflight.push({ source, mine, result });
    await this.drain(false);
  }

  /** Stores finished results in input order: all of them, or until the window has room. */
  async drain(all: boolean): Promise<void> {
    while (this.inflight.length && (all || this.inflight.length >= this.window)) {
      const head = this.inflight.shift()!;
      let r: PreparedImport | PackedImport;
      try {
        r = await head.result;
      } catch (err) {
        this.batch.fail(head.source, err);
        continue;
      }
      try {
        this.batch.store(head.source, r instanceof Uint8Array ? unpackImport(r) : r, head.mine);
      } catch (err) {
        this.batch.fail(head.source, err, "store");
      }
    }
  }
}
