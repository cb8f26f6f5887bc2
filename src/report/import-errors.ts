/**
 * `hva-okr errors`: the files an import could not read and why, as the import's summary said them,
 * for the analyst who looks again later (the summary scrolled away; the database keeps the log).
 */
import type { DB } from "../store/db.js";
import { importErrors } from "../store/queries.js";

/** Prints the latest run's failures (or every run's); returns how many were listed. */
export function printImportErrors(db: DB, opts: { all: boolean; json: boolean }, write: (s: string) => void, clean: (s: string) => string = (s) => s): number {
  const { latestRun, rows } = importErrors(db, opts.all);
  if (opts.json) {
    write(JSON.stringify(rows, null, 2) + "\n");
    return rows.length;
  }
  if (!latestRun && !rows.length) write("no import run recorded\n");
  else if (!rows.length) write(opts.all ? "no import run failed on any file\n" : `the latest import run (#${latestRun!.id}, ${latestRun!.started_at}) read every file; --all lists earlier runs' failures\n`);
  let run: number | null | undefined;
  for (const r of rows) {
    if (opts.all && r.run !== run) write(`run #${r.run ?? "?"} (${r.started_at ?? "time unknown"}):\n`);
    run = r.run;
    // As the import summary put it: file, stage, reason (the error class is in --json).
    write(`${opts.all ? "  " : ""}${clean(r.source)}: ${r.stage}: ${clean(r.message)}\n`);
  }
  return rows.length;
}
