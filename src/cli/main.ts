/**
 * The `hva-okr` command line: usage, dispatch and error reporting. Each command is a thin shell
 * over one pipeline function in commands/, so what the CLI does is what the tests test.
 */
import { DEFAULT_DB } from "../store/defaults.js";
import { InputError, OptionError } from "../errors.js";
import { PARSER_VERSION } from "../version.js";
import { UsageError } from "./usage.js";
import { printable } from "./escape.js";
import { unknownOptionMessage } from "./unknown-option.js";

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
  hva-okr errors [--all] [--json] [--db FILE]
      The files the latest import could not read and why (--all: every import run's, oldest first).
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
  --region R   a region id or name of rules/regions.json (default: detected from the text)
  --period P   reporting period such as 1-9/2025 (default: detected from the text, if stated)
  -h, --help   this help

Exit status: 0 on success, 1 when any input failed, 2 on wrong usage or a broken rules file.`;

type Command = (args: string[]) => Promise<number>;

/**
 * Every command, by name: `hva-okr <name> …`. Each is loaded only when it runs, so `--help` and a
 * text `extract` never load pdf.js, SQLite or the worker pool.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import("./commands/extract.js")).run,
  import: async () => (await import("./commands/import.js")).run,
  crawl: async () => (await import("./commands/crawl.js")).run,
  eval: async () => (await import("./commands/eval.js")).run,
  main: async () => (await import("./commands/main.js")).run,
  debug: async () => (await import("./commands/debug.js")).run,
  compare: async () => (await import("./commands/compare.js")).run,
  findings: async () => (await import("./commands/findings.js")).run,
  errors: async () => (await import("./commands/errors.js")).run,
  export: async () => (await import("./commands/export.js")).run,
  report: async () => (await import("./commands/report.js")).run,
  review: async () => (await import("./commands/review.js")).run,
};

/** Commands that read only the database, never a document. */
const DATABASE_ONLY = new Set(["compare", "findings", "errors", "export", "report", "review"]);

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
    const load = cmd !== undefined && Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (load && asksForHelp(rest)) {
      process.stdout.write(commandHelp(cmd!) + "\n");
      return 0;
    }
    if (load) {
      // Every rules file checked before the command reads any document (exit 2 on a broken one).
      // The commands that only read the database skip it: checking loads every rules module and
      // zod, most of their start; the rules they use (themes, labels) are checked as they load.
      if (!DATABASE_ONLY.has(cmd!)) (await import("../pipeline/check-rules.js")).checkRules();
      return await (await load())(rest);
    }
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
      const message = (cmd && Object.hasOwn(COMMANDS, cmd) && unknownOptionMessage((err as Error).message, cmd, commandHelp(cmd))) || (err as Error).message;
      const help = cmd && Object.hasOwn(COMMANDS, cmd) ? `hva-okr ${cmd} --help` : "hva-okr --help";
      process.stderr.write(`hva-okr: ${printable(message)}\nRun "${help}" for usage.\n`);
      return 2;
    }
    if ((err as Error).name === "RulesError") {
      process.stderr.write(`hva-okr: rules: ${(err as Error).message}\n`);
      return 2;
    }
    if (err instanceof OptionError) {
      process.stderr.write(`hva-okr: ${printable(err.message)}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`hva-okr: ${printable(err.message)}\n`);
      return 1;
    }
    // Storage and file errors as one line (loaded only here: it brings SQLite in).
    const known = (await import("./messages.js")).userFacing(err, rest);
    if (known) {
      process.stderr.write(`hva-okr: ${printable(known.message)}\n`);
      return known.exitCode;
    }
    // A bug, not bad input: one line, the stack only when asked for.
    if (process.env.HVA_OKR_DEBUG) throw err;
    process.stderr.write(`hva-okr: internal error: ${printable((err as Error)?.message ?? String(err))} (set HVA_OKR_DEBUG=1 for the stack trace, and please report it)\n`);
    return 1;
  }
}
