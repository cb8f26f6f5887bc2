/**
 * The `hva-okr` command line. Each command is a thin shell over one pipeline function, so what
 * the CLI does is what the tests test.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { extractFile, toJson } from "../pipeline/extract.js";
import { notRecognized } from "../pipeline/recognized.js";
import { importPaths, type FileResult } from "../pipeline/import.js";
import { openDb, DEFAULT_DB } from "../store/db.js";
import { runEval, runFamilyEval } from "../eval/run.js";
import { formatTable } from "../report/table.js";
import { InputError } from "../errors.js";
import { PARSER_VERSION } from "../version.js";
import { debugPdf } from "../pipeline/debug.js";
import { compare, formatCompare, type CompareBy } from "../report/compare.js";
import { storeFindings } from "../analyze/checks.js";
import { printFindings } from "../report/findings.js";
import { Progress, type Verbosity } from "./progress.js";
import { printable } from "./escape.js";
import { settleUnfinishedRuns } from "../store/documents.js";
import { exportAll } from "../report/export.js";
import { renderReport } from "../report/html.js";
import { findChromium, screenshot } from "../report/browser.js";
import { loadOverrides } from "../pipeline/overrides.js";
import { ExtractPool } from "../pipeline/pool.js";
import { crawl, CrawlError } from "../crawl/crawl.js";
import { loadRules } from "../rules/load.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const HELP = `hva-okr ${PARSER_VERSION} — strategy and OKR reports of Finnish wellbeing services counties → rows, SQLite

Usage:
  hva-okr extract FILE [--json] [--region R] [--period P]
      Rebuild the rows of one document and print them (a table, or {"document", "rows"} with --json).
  hva-okr import PATH... [--db FILE] [--region R] [--period P] [--force] [--workers N] [--quiet|--verbose]
      Import files or folders (.txt, .pdf) into SQLite (default ${DEFAULT_DB}). Unchanged files are
      skipped, changed files replace their rows, bad files are reported and the batch goes on.
      Documents are parsed in worker threads (one per core, or --workers N), each with a time
      limit and a memory cap.
  hva-okr crawl URL [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--body NAME] [--match REGEX] [--max-items N] [--recheck-days N] [--db FILE] [--cache DIR]
      Import straight from a Dynasty site: URL is an RSS feed, meeting page or agenda item page.
      Item pages and their attachment PDFs are cached by content (output/cache/) and imported under
      their URLs; 2 requests at a time per host, retries with backoff, never another host. A rerun
      fetches only what is new or failed.
  hva-okr eval [--json]
      Score every fixture that has a gold file (fixtures/manifest.json).
  hva-okr compare [--by region|theme|period] [--json] [--db FILE]
      Side-by-side tables across regions, themes (rules/themes.json) and reporting periods.
  hva-okr findings [--json] [--db FILE]
      What the consistency checks found in the sources (printed values that disagree with their data).
  hva-okr debug FILE.pdf [--page N] [--out DIR]
      Draw what the table finder detected (words, rulings, columns, rows) as SVG + HTML in output/debug/.
  hva-okr export [--format csv|json] [--excel-fi] [--out DIR] [--db FILE]
      One file per table or view (key results, goals, evaluations, progress, summaries, themes,
      findings). --excel-fi: UTF-8 BOM, ";" delimiter and decimal comma for Finnish Excel.
  hva-okr report [--out output/report.html] [--region R] [--period P] [--latest] [--max-rows N] [--screenshot FILE.png] [--db FILE]
      A self-contained HTML report: charts, findings and tables aggregated over the whole database,
      the rows of one scope (default --latest: the latest report of each kind per region, at most
      --max-rows per table, default 1000), links to the CSV exports (csv/ beside the page).
  hva-okr review [--below 0.9] [--json] [--db FILE]
      Rows with low confidence and their reasons; overrides that no longer match (rules/overrides/).
  hva-okr main [--db FILE] [--quiet|--verbose]
      The main job: import every bundled fixture into ${DEFAULT_DB}, write CSVs (Finnish Excel),
      output/report.html and, where Chromium is installed, output/report.png.

Options:
  --region R   kanta-hame | paijat-hame | lansi-uusimaa (default: detected from the text)
  --period P   reporting period such as 1-9/2025 (default: detected from the text, if stated)
  -h, --help   this help

Exit status: 0 on success, 1 when any input failed, 2 on wrong usage.`;

class UsageError extends Error {}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)} %`;
}

async function cmdExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, region: { type: "string" }, period: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("extract takes exactly one FILE");
  const opts: { region?: string; period?: string } = {};
  if (values.region) opts.region = values.region;
  if (values.period) opts.period = values.period;
  const res = await extractFile(positionals[0]!, opts);
  if (values.json) {
    process.stdout.write(JSON.stringify(toJson(res), null, 2) + "\n");
  } else {
    const d = res.document;
    const counts = res.lu ? `${res.lu.goals.length} goals, ${res.lu.summaries.length} summary rows` : res.ph ? `${res.ph.priorities.length} main goals, ${res.ph.successes.length} success slides` : res.agenda ? `agenda item ${res.agenda.item_number ?? "?"}, period ${res.agenda.period ?? "?"}` : `${res.rows.length} rows`;
    process.stdout.write(`${printable(d.source)}: ${d.family}, ${d.region ?? "region unknown"}, ${counts}\n`);
    for (const w of d.warnings) process.stdout.write(`warning: ${w}\n`);
    for (const c of res.lu?.goal_counts ?? []) {
      process.stdout.write(`${c.strategy}: the source claims ${c.announced ?? "–"} goals (text), ${c.summary_total ?? "–"} (summary rows); found ${c.found}\n`);
    }
    if (res.rows.length) {
      process.stdout.write(
        formatTable(
          ["n", "toimiala", "tulosalue", "avaintulos", "toteuma", "kind", "status", "attain."],
          res.rows.map((r) => [r.n, r.toimiala.slice(0, 22), r.tulosalue.slice(0, 22), r.avaintulos.slice(0, 48), r.toteuma.slice(0, 22), r.toteuma_kind, r.toteuma_status, r.attainment ?? ""]),
        ) + "\n",
      );
    }
  }
  const missing = notRecognized(res);
  if (missing) {
    process.stderr.write(`hva-okr: ${printable(res.document.source)}: no table recognized: ${printable(missing)}\n`);
    return 1;
  }
  return 0;
}

async function runImport(paths: string[], dbPath: string, opts: { region?: string; period?: string; force?: boolean; verbosity?: Verbosity; workers?: number }): Promise<number> {
  const db = openDb(dbPath);
  // A second import into the same database goes on: each of its writes waits for the lock (store/write.ts).
  for (const r of settleUnfinishedRuns(db)) {
    process.stderr.write(`hva-okr: another import (process ${r.pid}, started ${r.started_at}) is writing to ${printable(resolve(dbPath))}; this one goes on, each write waiting its turn\n`);
  }
  const progress = new Progress(opts.verbosity ?? "normal");
  const pool = new ExtractPool({ size: opts.workers });
  try {
    const s = await importPaths(db, paths, {
      ...opts,
      pool,
      onFile: (r, i, n) =>
        progress.update(i, n, {
          label: r.source,
          ok: r.outcome !== "failed",
          detail:
            r.outcome === "failed"
              ? `FAILED (${r.error?.stage}: ${r.error?.message})`
              : `${r.outcome}${r.rows !== undefined ? `, ${r.rows} rows` : ""}${r.family ? `, ${r.family}` : ""}${r.sameAs ? ` (same report as ${r.sameAs}; counted once)` : ""}`,
          warnings: r.warnings ?? [],
        }),
    });
    progress.clear();
    for (const o of s.orphanedOverrides) process.stderr.write(`orphaned override (${o.override.file}, document ${o.override.document}, row ${o.override.n}): ${o.why}\n`);
    const findings = storeFindings(db);
    const rows = (db.prepare("SELECT count(*) AS n FROM key_results").get() as { n: number }).n;
    const distinct = (db.prepare("SELECT count(*) AS n FROM v_key_results").get() as { n: number }).n;
    const docs = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    process.stderr.write(
      `imported ${s.files} file(s): ${s.new_documents} new, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.duplicates} duplicate, ${s.failed} failed\n` +
        `database ${resolve(dbPath)}: ${docs} documents, ${rows} key results (${distinct} counting each report once)\n`,
    );
    const unrecognized = s.results.filter((r) => r.outcome !== "failed" && (r.family === "unknown" || (r.family === "okr-table" && r.rows === 0)));
    if (unrecognized.length) process.stderr.write(`no table recognized: ${unrecognized.length} (kept as documents): ${unrecognized.slice(0, 5).map((r) => printable(r.source)).join(", ")}${unrecognized.length > 5 ? ", …" : ""}\n`);
    if (findings.length) process.stderr.write(`consistency checks: ${findings.length} finding(s) in the sources (hva-okr findings)\n`);
    const failed = s.results.filter((r) => r.outcome === "failed");
    if (failed.length) {
      process.stderr.write(`failures:\n${failed.map((f) => printable(`  ${f.source}: ${f.error?.stage}: ${f.error?.message}`)).join("\n")}\n`);
    }
    return s.failed > 0 ? 1 : 0;
  } finally {
    await pool.close();
    db.close();
  }
}

async function cmdImport(args: string[]): Promise<number> {
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
  if (values.region) opts.region = values.region;
  if (values.period) opts.period = values.period;
  if (values.force) opts.force = true;
  return runImport(positionals, values.db!, opts);
}

async function cmdEval(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
  const entries = await runEval();
  const families = await runFamilyEval();
  if (values.json) {
    process.stdout.write(JSON.stringify({ okr: entries, families }, null, 2) + "\n");
    return 0;
  }
  const fields = entries[0]?.score.fields.map((f) => f.field) ?? [];
  process.stdout.write(
    formatTable(
      ["fixture", "rows", "recall", "precision", "cells exact", ...fields],
      entries.map((e) => [
        e.input,
        `${e.score.matchedRows}/${e.score.goldRows}`,
        pct(e.score.recall),
        pct(e.score.precision),
        pct(e.score.cellAccuracy),
        ...e.score.fields.map((f) => pct(f.accuracy)),
      ]),
    ) + "\n\n",
  );
  process.stdout.write(
    formatTable(
      ["family", "fixture", "measure", "exact", "accuracy"],
      families.flatMap((e) => e.scores.map((s) => [e.family, e.input, s.measure, `${s.exact}/${s.total}`, pct(s.total ? s.exact / s.total : 1)])),
    ) + "\n",
  );
  return 0;
}

async function cmdCrawl(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
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
    },
  });
  if (positionals.length !== 1) throw new UsageError("crawl takes exactly one URL (a Dynasty or Tweb feed, listing, meeting or item address)");
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
  const db = openDb(values.db!);
  const pool = new ExtractPool();
  const verbosity: Verbosity = values.quiet ? "quiet" : values.verbose ? "verbose" : "normal";
  const progress = new Progress(verbosity);
  const counts = { discovered: 0, fetched: 0, imported: 0, failed: 0 };
  try {
    const opts: Parameters<typeof crawl>[2] = {
      cacheDir: values.cache!,
      pool,
      onEvent: (e) => {
        if (e.kind === "discovered") counts.discovered++;
        else if (e.kind === "fetched") counts.fetched++;
        else if (e.kind === "imported") counts.imported++;
        else if (e.kind === "failed") counts.failed++;
        progress.update(counts.imported + counts.failed, Math.max(counts.fetched, counts.imported + counts.failed, 1), {
          label: `discovered ${counts.discovered}, fetched ${counts.fetched}, imported ${counts.imported}, failed ${counts.failed}`,
          ok: e.kind !== "failed",
          detail: `${e.kind} ${e.url}${e.detail ? ` (${e.detail})` : ""}`,
        });
      },
    };
    if (values.since) opts.since = values.since;
    if (values.until) opts.until = values.until;
    if (recheckDays !== undefined) opts.recheckDays = recheckDays;
    if (values.body) opts.body = values.body;
    if (match) opts.match = match;
    if (maxItems) opts.maxItems = maxItems;
    let s: Awaited<ReturnType<typeof crawl>>;
    try {
      s = await crawl(db, positionals[0]!, opts);
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

async function cmdCompare(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { by: { type: "string", default: "region" }, json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  if (!["region", "theme", "period"].includes(values.by!)) throw new UsageError(`--by must be region, theme or period, got "${values.by}"`);
  const db = openDb(values.db!);
  try {
    const res = compare(db, values.by as CompareBy);
    process.stdout.write(values.json ? JSON.stringify(res, null, 2) + "\n" : formatCompare(res));
  } finally {
    db.close();
  }
  return 0;
}

async function cmdFindings(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  const db = openDb(values.db!);
  try {
    printFindings(db, Boolean(values.json), (s) => process.stdout.write(s), printable);
  } finally {
    db.close();
  }
  return 0;
}

async function cmdDebug(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { page: { type: "string" }, out: { type: "string", default: "output/debug" }, region: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("debug takes exactly one FILE.pdf");
  const page = values.page === undefined ? undefined : Number(values.page);
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) throw new UsageError(`--page must be a page number, got "${values.page}"`);
  const opts: { page?: number; out?: string; region?: string } = { out: values.out! };
  if (page) opts.page = page;
  if (values.region) opts.region = values.region;
  const r = await debugPdf(positionals[0]!, opts);
  process.stdout.write(`debug view: ${resolve(r.index)} (${r.files.length - 1} page SVG files)\n`);
  return 0;
}

async function writeOutputs(dbPath: string, out: string, opts: { excelFi?: boolean; screenshot?: boolean }): Promise<string[]> {
  const db = openDb(dbPath);
  try {
    const files = await exportAll(db, { out: `${out}/csv`, format: "csv", excelFi: Boolean(opts.excelFi) });
    const html = `${out}/report.html`;
    writeFileSync(html, renderReport(db, { outFile: html }));
    files.push(html);
    if (opts.screenshot) {
      const png = `${out}/report.png`;
      screenshot(html, png);
      files.push(png);
    }
    return files;
  } finally {
    db.close();
  }
}

async function cmdMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: "string", default: DEFAULT_DB }, quiet: { type: "boolean", short: "q" }, verbose: { type: "boolean", short: "v" } } });
  const code = await runImport(["fixtures/seeds", "fixtures/text", "fixtures/pdf"], values.db!, { verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal" });
  const db = openDb(values.db!);
  try {
    const byRegion = db
      .prepare(
        `SELECT coalesce(d.region, '?') AS region, d.family, count(DISTINCT d.id) AS documents,
                count(DISTINCT CASE WHEN d.same_as IS NULL THEN d.id END) AS reports,
                sum(CASE WHEN d.same_as IS NULL AND k.id IS NOT NULL THEN 1 ELSE 0 END) AS key_results
         FROM documents d LEFT JOIN key_results k ON k.document_id = d.id GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all() as { region: string; family: string; documents: number; reports: number; key_results: number }[];
    process.stdout.write(
      formatTable(["region", "family", "documents", "reports", "key results"], byRegion.map((r) => [r.region, r.family, r.documents, r.reports, r.key_results])) +
        "\n(a report stored in several forms, e.g. text and PDF, counts once)\n",
    );
  } finally {
    db.close();
  }
  const out = dirname(values.db!);
  const files = await writeOutputs(values.db!, out, { excelFi: true, screenshot: findChromium() !== null });
  process.stdout.write(`\noutputs:\n  database  ${resolve(values.db!)}\n${files.map((f) => `  ${f.endsWith(".csv") ? "csv     " : f.endsWith(".html") ? "report  " : "image   "}  ${resolve(f)}`).join("\n")}\n`);
  if (!findChromium()) process.stdout.write("  (no Chromium found: report screenshot skipped)\n");
  return code;
}

async function cmdExport(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: "string", default: "csv" }, "excel-fi": { type: "boolean" }, out: { type: "string", default: "output" }, db: { type: "string", default: DEFAULT_DB } } });
  if (values.format !== "csv" && values.format !== "json") throw new UsageError(`--format must be csv or json, got "${values.format}"`);
  const db = openDb(values.db!);
  try {
    const files = await exportAll(db, { out: values.out!, format: values.format, excelFi: Boolean(values["excel-fi"]) });
    process.stdout.write(files.map((f) => resolve(f)).join("\n") + "\n");
  } finally {
    db.close();
  }
  return 0;
}

async function cmdReport(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string", default: "output/report.html" },
      screenshot: { type: "string" },
      db: { type: "string", default: DEFAULT_DB },
      region: { type: "string" },
      period: { type: "string" },
      latest: { type: "boolean" },
      "max-rows": { type: "string", default: "1000" },
    },
  });
  const maxRows = Number(values["max-rows"]);
  if (!(Number.isInteger(maxRows) && maxRows >= 0)) throw new UsageError(`--max-rows must be a whole number ≥ 0, got "${values["max-rows"]}"`);
  const scope: { region?: string; period?: string; latest?: boolean } = {};
  if (values.region) scope.region = values.region;
  if (values.period) scope.period = values.period;
  if (values.latest) scope.latest = true;
  const db = openDb(values.db!);
  try {
    mkdirSync(dirname(values.out!), { recursive: true });
    writeFileSync(values.out!, renderReport(db, { scope, maxRows, outFile: values.out! }));
  } finally {
    db.close();
  }
  process.stdout.write(`report: ${resolve(values.out!)}\n`);
  if (values.screenshot) {
    screenshot(values.out!, values.screenshot);
    process.stdout.write(`screenshot: ${resolve(values.screenshot)}\n`);
  }
  return 0;
}

async function cmdReview(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { below: { type: "string", default: "0.9" }, json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  const below = Number(values.below);
  if (!(below > 0 && below <= 1)) throw new UsageError(`--below must be a number in (0, 1], got "${values.below}"`);
  const db = openDb(values.db!);
  try {
    const rows = db
      .prepare(
        `SELECT source, sha256, page, line_start AS line, n, toimiala, tulosalue, avaintulos, toteuma, confidence, reasons
         FROM v_key_results WHERE confidence < ? ORDER BY confidence, source, n`,
      )
      .all(below) as { source: string; sha256: string; page: number | null; line: number; n: number; toimiala: string; tulosalue: string; avaintulos: string; toteuma: string; confidence: number; reasons: string }[];
    const orphans = checkOverridesAgainstDb(db);
    if (values.json) {
      process.stdout.write(JSON.stringify({ rows: rows.map((r) => ({ ...r, reasons: JSON.parse(r.reasons) })), orphanedOverrides: orphans }, null, 2) + "\n");
      return 0;
    }
    process.stdout.write(`${rows.length} row(s) with confidence below ${below}\n`);
    for (const r of rows) {
      process.stdout.write(`${printable(r.source)}${r.page ? ` p.${r.page}` : ""} line ${r.line} row ${r.n} (document ${r.sha256.slice(0, 12)}) confidence ${r.confidence}\n  ${r.toimiala} / ${r.tulosalue}: ${r.avaintulos.slice(0, 90)} → ${r.toteuma}\n  reasons: ${(JSON.parse(r.reasons) as string[]).join("; ") || "–"}\n`);
    }
    for (const o of orphans) process.stdout.write(`orphaned override (${o.file}, document ${o.document}, row ${o.n}, ${o.field}): ${o.why}\n`);
  } finally {
    db.close();
  }
  return 0;
}

/** Overrides whose document is not stored or whose correction is not in the stored row. */
function checkOverridesAgainstDb(db: ReturnType<typeof openDb>): { file: string; document: string; n: number; field: string; why: string }[] {
  const out: { file: string; document: string; n: number; field: string; why: string }[] = [];
  for (const o of loadOverrides(loadRules().dir)) {
    const doc = db.prepare("SELECT id FROM documents WHERE sha256 LIKE ? || '%'").get(o.document) as { id: number } | undefined;
    if (!doc) {
      out.push({ file: o.file, document: o.document, n: o.n, field: o.field, why: "no stored document has this sha256" });
      continue;
    }
    const row = db.prepare("SELECT * FROM key_results WHERE document_id = ? AND n = ?").get(doc.id, o.n) as Record<string, unknown> | undefined;
    const goal = db.prepare("SELECT g.text AS tavoite, e.assessment FROM goals g LEFT JOIN evaluations e ON e.goal_id = g.id WHERE g.document_id = ? AND g.level = 'strategy_goal' AND g.n = ?").get(doc.id, o.n) as Record<string, unknown> | undefined;
    const value = row?.[o.field] ?? goal?.[o.field];
    if (value === undefined) out.push({ file: o.file, document: o.document, n: o.n, field: o.field, why: `no row ${o.n} with a field ${o.field}` });
    else if (value !== o.to) out.push({ file: o.file, document: o.document, n: o.n, field: o.field, why: `the stored ${o.field} is not the correction (the extracted text no longer matches "from")` });
  }
  return out;
}

/** Every command, by name: `hva-okr <name> …`. */
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  extract: cmdExtract,
  import: cmdImport,
  crawl: cmdCrawl,
  eval: cmdEval,
  main: cmdMain,
  debug: cmdDebug,
  compare: cmdCompare,
  findings: cmdFindings,
  export: cmdExport,
  report: cmdReport,
  review: cmdReview,
};

/** One command's lines of HELP: its usage line(s) and the description under them. */
export function commandHelp(cmd: string): string {
  const out: string[] = [];
  let inside = false;
  for (const line of HELP.split("\n")) {
    if (/^  hva-okr /.test(line)) inside = line.startsWith(`  hva-okr ${cmd} `) || line === `  hva-okr ${cmd}`;
    else if (!/^ {6}/.test(line)) inside = false;
    if (inside) out.push(line);
  }
  return `Usage:\n${out.join("\n")}`;
}

/** `--help` or `-h` among a command's arguments (not after a `--` separator). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    const command = cmd !== undefined && Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (command && asksForHelp(rest)) {
      process.stdout.write(commandHelp(cmd!) + "\n");
      return 0;
    }
    if (command) return await command(rest);
    switch (cmd) {
      case undefined:
      case "-h":
      case "--help":
      case "help":
        process.stdout.write(HELP + "\n");
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`hva-okr: ${printable((err as Error).message)}\nRun "hva-okr --help" for usage.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`hva-okr: ${printable(err.message)}\n`);
      return 1;
    }
    throw err;
  }
}
