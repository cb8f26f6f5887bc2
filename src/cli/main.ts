/**
 * The `hva-okr` command line. Each command is a thin shell over one pipeline function, so what
 * the CLI does is what the tests test.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { extractFile, toJson } from "../pipeline/extract.js";
import { importPaths, type FileResult } from "../pipeline/import.js";
import { openDb, DEFAULT_DB } from "../store/db.js";
import { runEval, runFamilyEval } from "../eval/run.js";
import { formatTable } from "../report/table.js";
import { InputError } from "../errors.js";
import { PARSER_VERSION } from "../version.js";
import { debugPdf } from "../pipeline/debug.js";
import { compare, formatCompare, type CompareBy } from "../report/compare.js";
import { storeFindings } from "../analyze/checks.js";

const HELP = `hva-okr ${PARSER_VERSION} — strategy and OKR reports of Finnish wellbeing services counties → rows, SQLite

Usage:
  hva-okr extract FILE [--json] [--region R] [--period P]
      Rebuild the rows of one document and print them (a table, or {"document", "rows"} with --json).
  hva-okr import PATH... [--db FILE] [--region R] [--period P] [--force] [--quiet]
      Import files or folders (.txt, .pdf) into SQLite (default ${DEFAULT_DB}). Unchanged files are
      skipped, changed files replace their rows, bad files are reported and the batch goes on.
  hva-okr eval [--json]
      Score every fixture that has a gold file (fixtures/manifest.json).
  hva-okr compare [--by region|theme|period] [--json] [--db FILE]
      Side-by-side tables across regions, themes (rules/themes.json) and reporting periods.
  hva-okr findings [--json] [--db FILE]
      What the consistency checks found in the sources (printed values that disagree with their data).
  hva-okr debug FILE.pdf [--page N] [--out DIR]
      Draw what the table finder detected (words, rulings, columns, rows) as SVG + HTML in output/debug/.
  hva-okr main [--db FILE]
      The main job: import every bundled fixture into ${DEFAULT_DB} and summarize.

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
    process.stdout.write(`${d.source}: ${d.family}, ${d.region ?? "region unknown"}, ${counts}\n`);
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
  return 0;
}

function progressPrinter(quiet: boolean): (r: FileResult, i: number, n: number) => void {
  return (r, i, n) => {
    if (quiet && r.outcome !== "failed") return;
    const what =
      r.outcome === "failed"
        ? `FAILED (${r.error?.stage}: ${r.error?.message})`
        : `${r.outcome}${r.rows !== undefined ? `, ${r.rows} rows` : ""}${r.family ? `, ${r.family}` : ""}${r.sameAs ? ` (same report as ${r.sameAs}; counted once)` : ""}`;
    process.stderr.write(`[${i}/${n}] ${r.source}: ${what}\n`);
    for (const w of r.warnings ?? []) if (!quiet) process.stderr.write(`        warning: ${w}\n`);
  };
}

async function runImport(paths: string[], dbPath: string, opts: { region?: string; period?: string; force?: boolean; quiet?: boolean }): Promise<number> {
  const db = openDb(dbPath);
  try {
    const s = await importPaths(db, paths, { ...opts, onFile: progressPrinter(Boolean(opts.quiet)) });
    const findings = storeFindings(db);
    const rows = (db.prepare("SELECT count(*) AS n FROM key_results").get() as { n: number }).n;
    const distinct = (db.prepare("SELECT count(*) AS n FROM v_key_results").get() as { n: number }).n;
    const docs = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    process.stderr.write(
      `imported ${s.files} file(s): ${s.new_documents} new, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.duplicates} duplicate, ${s.failed} failed\n` +
        `database ${resolve(dbPath)}: ${docs} documents, ${rows} key results (${distinct} counting each report once)\n`,
    );
    if (findings.length) process.stderr.write(`consistency checks: ${findings.length} finding(s) in the sources (hva-okr findings)\n`);
    const failed = s.results.filter((r) => r.outcome === "failed");
    if (failed.length) {
      process.stderr.write(`failures:\n${failed.map((f) => `  ${f.source}: ${f.error?.stage}: ${f.error?.message}`).join("\n")}\n`);
    }
    return s.failed > 0 ? 1 : 0;
  } finally {
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
    },
  });
  if (positionals.length === 0) throw new UsageError("import needs at least one PATH");
  const opts: { region?: string; period?: string; force?: boolean; quiet?: boolean } = {};
  if (values.region) opts.region = values.region;
  if (values.period) opts.period = values.period;
  if (values.force) opts.force = true;
  if (values.quiet) opts.quiet = true;
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
    const rows = db
      .prepare(`SELECT f.check_name, f.subject, f.message, (SELECT min(source) FROM document_sources s WHERE s.document_id = f.document_id) AS source FROM findings f ORDER BY f.id`)
      .all() as { check_name: string; subject: string; message: string; source: string }[];
    if (values.json) process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    else if (!rows.length) process.stdout.write("no findings\n");
    else for (const r of rows) process.stdout.write(`${r.check_name}: ${r.subject}\n  ${r.message}\n  in ${r.source}\n`);
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

async function cmdMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: "string", default: DEFAULT_DB } } });
  const code = await runImport(["fixtures/seeds", "fixtures/text", "fixtures/pdf"], values.db!, { quiet: !process.stderr.isTTY });
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
    process.stdout.write(`\noutputs:\n  database  ${resolve(values.db!)}\n`);
  } finally {
    db.close();
  }
  return code;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "extract":
        return await cmdExtract(rest);
      case "import":
        return await cmdImport(rest);
      case "eval":
        return await cmdEval(rest);
      case "main":
        return await cmdMain(rest);
      case "debug":
        return await cmdDebug(rest);
      case "compare":
        return await cmdCompare(rest);
      case "findings":
        return await cmdFindings(rest);
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
      process.stderr.write(`hva-okr: ${(err as Error).message}\nRun "hva-okr --help" for usage.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`hva-okr: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
