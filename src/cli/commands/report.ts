/** `hva-okr report`: the self-contained HTML report (and a screenshot). */
import { parseArgs } from "node:util";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { DEFAULT_DB } from "../../store/defaults.js";
import { openExistingDb } from "../../store/open.js";
import { InputError } from "../../errors.js";
import { periodOption } from "../period-option.js";
import { renderReport } from "../../report/html.js";
import { findChromium, screenshot } from "../../report/browser.js";
import { UsageError } from "../usage.js";
import { regionOption } from "../region-option.js";

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
  if (values.region) scope.region = regionOption(values.region)!;
  if (values.period !== undefined) scope.period = periodOption(values.period)!;
  if (values.latest) scope.latest = true;
  // A page named without an extension ("--out reports/r2") gets ".html", so a browser opens it.
  const out = extname(values.out!) ? values.out! : `${values.out!}.html`;
  const db = await openExistingDb(values.db!);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderReport(db, { scope, maxRows, outFile: out, dbFile: values.db! }));
  } finally {
    db.close();
  }
  process.stdout.write(`report: ${resolve(out)}\n`);
  if (values.screenshot) {
    const png = values.screenshot;
    if (!findChromium()) throw new InputError(png, "store", "no Chromium to take the screenshot (apt-get install chromium, or set CHROMIUM); the report was written");
    mkdirSync(dirname(png), { recursive: true });
    const before = existsSync(png) ? statSync(png).mtimeMs : null;
    try {
      screenshot(out, png);
    } catch (err) {
      throw new InputError(png, "store", `Chromium failed to take the screenshot: ${(err as Error).message.split("\n")[0]}`);
    }
    if (!existsSync(png) || statSync(png).mtimeMs === before) throw new InputError(png, "store", "Chromium did not write the screenshot");
    process.stdout.write(`screenshot: ${resolve(png)}\n`);
  }
  return 0;
}
