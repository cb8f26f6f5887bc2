/** `hva-okr crawl URL`: import straight from a Dynasty site. */
import { parseArgs } from "node:util";
import { openDb, DEFAULT_DB } from "../../store/db.js";
import { storeFindings } from "../../analyze/checks.js";
import { availableParallelism } from "node:os";
import { ExtractPool } from "../../pipeline/pool.js";
import { setupProcess } from "../../pipeline/setup.js";
import { crawl, CrawlError, type CrawlOptions } from "../../crawl/crawl.js";
import { Progress } from "../progress.js";
import { UsageError } from "../usage.js";
import { printable } from "../escape.js";

const OPTIONS = {
  since: { type: "string" },
  until: { type: "string" },
  body: { type: "string" },
  match: { type: "string" },
  "max-items": { type: "string" },
  "recheck-days": { type: "string" },
  db: { type: "string", default: DEFAULT_DB },
  cache: { type: "string", default: "output/cache" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>["values"];

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (positionals.length !== 1) throw new UsageError("crawl takes exactly one URL (a Dynasty or Tweb feed, listing, meeting or item address)");
  const chosen = crawlOptions(values);
  const db = openDb(values.db!);
  const size = availableParallelism();
  setupProcess({ workers: size });
  const pool = new ExtractPool({ size });
  const progress = new Progress(values.quiet ? "quiet" : values.verbose ? "verbose" : "normal");
  try {
    let s: Awaited<ReturnType<typeof crawl>>;
    try {
      s = await crawl(db, positionals[0]!, { ...chosen, cacheDir: values.cache!, pool, onEvent: progressOf(progress) });
    } catch (err) {
      progress.clear();
      if (!(err instanceof CrawlError)) throw err;
      process.stderr.write(`hva-okr crawl: ${err.message}\n`);
      return 1;
    }
    progress.clear();
    storeFindings(db);
    process.stderr.write(
      `crawl (${s.site}): ${s.discovered} items discovered, ${s.itemsFetched} item pages (${s.itemsUpdated} republished) and ${s.attachmentsFetched} attachments fetched, ${s.skippedUnchanged} unchanged, ` +
        `${s.imported.filter((r) => r.outcome !== "failed").length} documents imported, ${s.failures.length} failed\n`,
    );
    if (s.warnings.length) process.stderr.write(`warnings:\n${s.warnings.map((w) => printable(`  ${w}`)).join("\n")}\n`);
    if (s.failures.length) process.stderr.write(`failures:\n${s.failures.map((f) => printable(`  ${f.url}: ${f.reason} (${f.errorClass})`)).join("\n")}\n`);
    return s.failures.length ? 1 : 0;
  } finally {
    await pool.close();
    db.close();
  }
}

/** The crawl's choices from the command line, checked (a UsageError, exit 2, for a wrong one). */
function crawlOptions(values: Values): CrawlOptions {
  for (const k of ["since", "until"] as const) if (values[k] && !/^\d{4}-\d{2}-\d{2}$/.test(values[k])) throw new UsageError(`--${k} must be a date YYYY-MM-DD, got "${values[k]}"`);
  const recheckDays = values["recheck-days"] === undefined ? undefined : Number(values["recheck-days"]);
  if (recheckDays !== undefined && !(Number.isInteger(recheckDays) && recheckDays >= 0)) throw new UsageError(`--recheck-days must be a whole number ≥ 0`);
  let match: RegExp | undefined;
  try {
    if (values.match) match = new RegExp(values.match, "iu");
  } catch (err) {
    throw new UsageError(`--match is not a regular expression: ${(err as Error).message}`);
  }
  const maxItems = values["max-items"] === undefined ? undefined : Number(values["max-items"]);
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems > 0)) throw new UsageError(`--max-items must be a whole number > 0`);
  const opts: CrawlOptions = {};
  if (values.since) opts.since = values.since;
  if (values.until) opts.until = values.until;
  if (recheckDays !== undefined) opts.recheckDays = recheckDays;
  if (values.body) opts.body = values.body;
  if (match) opts.match = match;
  if (maxItems) opts.maxItems = maxItems;
  return opts;
}

/** Progress on the terminal from the crawl's events: counts so far, and the last event. */
function progressOf(progress: Progress): NonNullable<CrawlOptions["onEvent"]> {
  const counts = { discovered: 0, fetched: 0, imported: 0, failed: 0 };
  return (e) => {
    if (e.kind === "discovered") counts.discovered++;
    else if (e.kind === "fetched") counts.fetched++;
    else if (e.kind === "imported") counts.imported++;
    else if (e.kind === "failed") counts.failed++;
    progress.update(counts.imported + counts.failed, Math.max(counts.fetched, counts.imported + counts.failed, 1), {
      label: `discovered ${counts.discovered}, fetched ${counts.fetched}, imported ${counts.imported}, failed ${counts.failed}`,
      ok: e.kind !== "failed",
      detail: `${e.kind} ${e.url}${e.detail ? ` (${e.detail})` : ""}`,
    });
  };
}
