/** `hva-okr export`: one CSV or JSON file per table or view. */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { DEFAULT_DB } from "../../store/defaults.js";
import { openExistingDb } from "../../store/open.js";
import { exportAll } from "../../report/export.js";
import { UsageError } from "../usage.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: "string", default: "csv" }, "excel-fi": { type: "boolean" }, out: { type: "string", default: "output" }, db: { type: "string", default: DEFAULT_DB } } });
  if (values.format !== "csv" && values.format !== "json") throw new UsageError(`--format must be csv or json, got "${values.format}"`);
  const db = await openExistingDb(values.db!);
  try {
    const files = await exportAll(db, { out: values.out!, format: values.format, excelFi: Boolean(values["excel-fi"]) });
    process.stdout.write(files.map((f) => resolve(f)).join("\n") + "\n");
  } finally {
    db.close();
  }
  return 0;
}
