/** `hva-okr report`: the self-contained HTML report (and a screenshot). */
import { parseArgs } from "node:util";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { openDb, DEFAULT_DB } from "../../store/db.js";
import { renderReport } from "../../report/html.js";
import { screenshot } from "../../report/browser.js";
import { UsageError } from "../usage.js";

export async function run(args: string[]): Promise<number> {
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
