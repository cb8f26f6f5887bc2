/** `hva-okr main`: the main job — import the bundled fixtures, write CSVs, the report and its screenshot. */
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { openDb, DEFAULT_DB } from "../../store/db.js";
import { countsByRegionAndFamily } from "../../store/queries.js";
import { exportAll } from "../../report/export.js";
import { renderReport } from "../../report/html.js";
import { findChromium, screenshot } from "../../report/browser.js";
import { formatTable } from "../../report/table.js";
import { runImport } from "./import.js";
import { setPeriod } from "../../store/documents.js";

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

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: "string", default: DEFAULT_DB }, quiet: { type: "boolean", short: "q" }, verbose: { type: "boolean", short: "v" } } });
  const code = await runImport(["fixtures/seeds", "fixtures/text", "fixtures/pdf"], values.db!, {
    verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
    periodsGivenAfter: true, // from fixtures/periods.json, below
  });
  const db = openDb(values.db!);
  try {
    // The bundled reports that state no period get theirs from fixtures/periods.json.
    const bundled = JSON.parse(readFileSync("fixtures/periods.json", "utf8")) as { periods: Record<string, string> };
    for (const [source, period] of Object.entries(bundled.periods)) setPeriod(db, source, period, "bundled");
    const byRegion = countsByRegionAndFamily(db);
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
