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

/** File endings picked up when a folder is imported (files named explicitly are always tried). */
export const IMPORTABLE = new Set([".txt", ".text", ".pdf"]);

export interface FileResult {
  source: string;
  outcome: ImportOutcome | "failed";
  rows?: number;
  family?: string;
  region?: string | null;
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
  const missing = expanded.skipped;
  const runId = startRun(db, `import ${paths.join(" ")}`);
  const c: RunCounters = { files: files.length + missing.length, new_documents: 0, unchanged: 0, replaced: 0, duplicates: 0, failed: 0 };
  const results: FileResult[] = [];
  const orphanedOverrides: ImportSummary["orphanedOverrides"] = [];
  const overrides = loadOverrides((opts.rules ?? loadRules()).dir);
  const total = files.length + missing.length;
  const report = (r: FileResult) => {
    results.push(r);
    opts.onFile?.(r, results.length, total);
  };
  for (const m of missing) {
    const source = sourceName(m.path);
    recordError(db, runId, source, "read", m.errorClass, m.reason);
    c.failed++;
    report({ source, outcome: "failed", error: { stage: "read", errorClass: m.errorClass, message: m.reason } });
  }
  // An error that is not an InputError came from the stage that ran: "store" around the writes.
  const fail = (source: string, err: unknown, stage: "reconstruct" | "store" = "reconstruct") => {
    if (stage === "store" && isDatabaseFault(err)) throw err; // the database's fault, not the document's: the batch stops
    const e = err instanceof InputError ? err : new InputError(source, stage, (err as Error).message, (err as { code?: string }).code ?? ((err as Error).name || "Error"));
    const message = e.message.startsWith(`${e.source}: `) ? e.message.slice(e.source.length + 2) : e.message;
    recordError(db, runId, source, e.stage, e.errorClass, message);
    c.failed++;
    report({ source, outcome: "failed", error: { stage: e.stage, errorClass: e.errorClass, message } });
  };
  const store = (source: string, { prepared, orphaned }: PreparedImport, mine: Override[]) => {
    orphanedOverrides.push(...orphaned);
    const stored = storePrepared(db, prepared, runId, overridesHash(mine));
    const outcome = stored.outcome;
    if (outcome === "new") c.new_documents++;
    else if (outcome === "replaced" || outcome === "reparsed") c.replaced++;
    const d = prepared.document;
    const r: FileResult = { source, outcome, rows: prepared.keyResults.length, family: d.family, region: d.region, warnings: d.warnings };
    const other = stored.sameAs ?? stored.supersedes;
    if (other !== null) {
      r.sameAs = documentSource(db, other) ?? `document ${other}`;
      if (stored.supersedes !== null) r.standsFor = true;
    }
    report(r);
  };

  // Extraction runs ahead (in the pool, or here); results are stored in input order, one
  // transaction each, so which form of a report is stored first does not depend on timing.
  const pool = opts.pool;
  // Two documents per worker in flight: one extracting, one waiting in the pool, so that a
  // worker has its next document when it hands back a result (see ExtractPool.run).
  const window = (pool?.size ?? 1) * 2;
  const queue = new PQueue({ concurrency: pool ? window : 1 });
  const { pool: _p, onFile: _o, rules: _r, ...extractOpts } = opts;
  const workerOpts = { ...extractOpts, rulesDir: (opts.rules ?? loadRules()).dir };
  // A pool's results come packed and are unpacked only when stored (see PackedImport).
  const inflight: { source: string; mine: Override[]; result: Promise<PreparedImport | PackedImport> }[] = [];
  const drain = async (all: boolean) => {
    while (inflight.length && (all || inflight.length >= window)) {
      const head = inflight.shift()!;
      let r: PreparedImport | PackedImport;
      try {
        r = await head.result;
      } catch (err) {
        fail(head.source, err);
        continue;
      }
      try {
        store(head.source, r instanceof Uint8Array ? unpackImport(r) : r, head.mine);
      } catch (err) {
        fail(head.source, err, "store");
      }
    }
  };
  for (const file of files) {
    const source = named.get(file) ?? sourceName(file);
    try {
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
      // Unchanged content, same parser, same corrections: nothing to do.
      if (known && known.parser_version === PARSER_VERSION && known.overrides_hash === overridesHash(mine) && !opts.force) {
        await drain(true);
        const outcome = touchSource(db, source, hash);
        if (outcome === "unchanged") c.unchanged++;
        else if (outcome === "replaced") c.replaced++;
        else c.duplicates++;
        report({ source, outcome });
        continue;
      }
      // Extracted and prepared for storing in a worker (or here without a pool): see extract-for-store.ts.
      const result = queue.add((): Promise<PreparedImport | PackedImport> => (pool ? pool.extractForStore(file, source, workerOpts, mine) : extractForStore(file, source, opts, mine))) as Promise<PreparedImport | PackedImport>;
      result.catch(() => undefined); // handled when drained
      inflight.push({ source, mine, result });
      await drain(false);
    } catch (err) {
      fail(source, err, "store"); // read errors come as InputErrors; the rest is the database's
    }
  }
  await drain(true);
  finishRun(db, runId, c);
  return { ...c, runId, results, orphanedOverrides };
}
