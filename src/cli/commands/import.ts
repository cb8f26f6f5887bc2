/** `hva-okr import PATH…`: files and folders into SQLite, parsed in a pool of worker threads. */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { importPaths, IMPORTABLE } from "../../pipeline/import.js";
import { walkPaths } from "../../read/files.js";
import { openDb, DEFAULT_DB } from "../../store/db.js";
import { totals } from "../../store/queries.js";
import { storeFindings } from "../../analyze/checks.js";
import { availableParallelism } from "node:os";
import { ExtractPool } from "../../pipeline/pool.js";
import { setupProcess } from "../../pipeline/setup.js";
import { Progress, type Verbosity } from "../progress.js";
import { UsageError } from "../usage.js";
import { printable } from "../escape.js";
import { settleUnfinishedRuns } from "../../store/documents.js";
import { periodOption } from "../period-option.js";
import { regionOption } from "../region-option.js";

export async function runImport(paths: string[], dbPath: string, opts: { region?: string; period?: string; force?: boolean; verbosity?: Verbosity; workers?: number; periodsGivenAfter?: boolean }): Promise<number> {
  // Nothing importable and nothing unreadable: said before the database is opened, so a wrong
  // folder leaves no empty database behind.
  const walked = walkPaths(paths, IMPORTABLE);
  if (!walked.files.length && !walked.skipped.length) {
    process.stderr.write(nothingToImport(paths));
    return 1;
  }
  const db = openDb(dbPath);
  // A second import into the same database goes on: each of its writes waits for the lock (store/write.ts).
  for (const r of settleUnfinishedRuns(db)) {
    process.stderr.write(`hva-okr: another import (process ${r.pid}, started ${r.started_at}) is writing to ${printable(resolve(dbPath))}; this one goes on, each write waiting its turn\n`);
  }
  const progress = new Progress(opts.verbosity ?? "normal");
  const size = opts.workers ?? availableParallelism();
  setupProcess({ workers: size });
  const pool = new ExtractPool({ size });
  try {
    const { periodsGivenAfter: _later, ...importOpts } = opts;
    const s = await importPaths(db, paths, {
      ...importOpts,
      pool,
      onFile: (r, i, n) =>
        progress.update(i, n, {
          label: r.source,
          ok: r.outcome !== "failed",
          detail:
            r.outcome === "failed"
              ? `FAILED (${r.error?.stage}: ${r.error?.message})`
              : `${r.outcome}${r.rows !== undefined ? `, ${r.rows} rows` : ""}${r.family ? `, ${r.family}` : ""}${r.sameAs ? ` (same report as ${r.sameAs}; counted once${r.standsFor ? ", shown from this form: it locates its rows" : ""})` : ""}`,
          warnings: r.warnings ?? [],
        }),
    });
    progress.clear();
    for (const o of s.orphanedOverrides) process.stderr.write(`orphaned override (${o.override.file}, document ${o.override.document}, row ${o.override.n}): ${o.why}\n`);
    const findings = storeFindings(db);
    const { documents: docs, keyResults: rows, distinctKeyResults: distinct, goals } = totals(db);
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    process.stderr.write(
      `imported ${s.files} file(s): ${s.new_documents} new, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.duplicates} duplicate, ${s.failed} failed\n` +
        `database ${resolve(dbPath)}: ${count(docs, "document", "documents")}, ${count(rows, "key result", "key results")} (${distinct} counting each report once), ${count(goals, "goal", "goals")}\n`,
    );
    const unrecognized = s.results.filter((r) => r.outcome !== "failed" && (r.family === "unknown" || (r.family === "okr-table" && r.rows === 0)));
    if (unrecognized.length) process.stderr.write(`no table recognized: ${unrecognized.length} (kept as documents): ${unrecognized.slice(0, 5).map((r) => printable(r.source)).join(", ")}${unrecognized.length > 5 ? ", …" : ""}\n`);
    // A table without its period (a Kanta-Häme attachment states it only in the agenda item) cannot be
    // compared across periods: say so once, with the option that fixes it.
    const noPeriod = s.results.filter((r) => r.outcome !== "failed" && r.period === null && (r.rows ?? 0) > 0);
    if (noPeriod.length && !opts.periodsGivenAfter) process.stderr.write(`no reporting period found: ${noPeriod.length} (give it with --period M-M/YYYY, e.g. --period 1-6/2026): ${listed(noPeriod.map((r) => r.source))}\n`);
    const others = otherFiles(paths, walked.files, dbPath);
    if (others.length) process.stderr.write(`skipped ${others.length} other file(s) in the folder(s) (not ${[...IMPORTABLE].join(", ")}): ${listed(others)}\n`);
    if (findings) process.stderr.write(`consistency checks: ${findings} finding(s) in the sources (hva-okr findings)\n`);
    const failed = s.results.filter((r) => r.outcome === "failed");
    if (failed.length) {
      process.stderr.write(`failures:\n${failed.map((f) => printable(`  ${f.source}: ${f.error?.stage}: ${f.error?.message}`)).join("\n")}\n`);
    }
    if (s.files === 0) {
      process.stderr.write(nothingToImport(paths));
      return 1;
    }
    return s.failed > 0 ? 1 : 0;
  } finally {
    await pool.close();
    db.close();
  }
}

/** What the folders held instead of documents, so a wrong folder or file type is seen. */
function nothingToImport(paths: readonly string[]): string {
  const others = otherFiles(paths, []);
  return `hva-okr: no documents to import (${[...IMPORTABLE].join(", ")}) in ${paths.map((p) => printable(p)).join(", ")}${others.length ? `; skipped ${others.length} other file(s): ${listed(others)}` : ""}\n`;
}

/** Files in the folders that a folder import passes over (a Word file beside the PDFs must not vanish unsaid). */
function otherFiles(paths: readonly string[], imported: readonly string[], dbPath?: string): string[] {
  const taken = new Set(imported);
  // The database (and SQLite's side files) may live in the imported folder itself.
  const db = dbPath === undefined ? null : resolve(dbPath);
  const isDb = (f: string) => db !== null && (resolve(f) === db || ["-wal", "-shm", "-journal"].some((x) => resolve(f) === db + x));
  return walkPaths(paths, { has: () => true } as unknown as ReadonlySet<string>).files.filter((f) => !taken.has(f) && !isDb(f));
}

function listed(files: readonly string[]): string {
  return `${files.slice(0, 5).map((f) => printable(f)).join(", ")}${files.length > 5 ? ", …" : ""}`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: "string", default: DEFAULT_DB },
      region: { type: "string" },
      period: { type: "string" },
      force: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      verbose: { type: "boolean", short: "v" },
      workers: { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError("import needs at least one PATH");
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new UsageError(`--workers must be a whole number ≥ 1, got "${values.workers}"`);
  const opts: { region?: string; period?: string; force?: boolean; verbosity?: Verbosity; workers?: number } = { verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal" };
  if (workers) opts.workers = workers;
  if (values.region) opts.region = regionOption(values.region)!;
  if (values.period !== undefined) opts.period = periodOption(values.period)!;
  if (values.force) opts.force = true;
  return runImport(positionals, values.db!, opts);
}
