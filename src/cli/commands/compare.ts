/** `hva-okr compare`: side-by-side tables across regions, themes and periods. */
import { parseArgs } from "node:util";
import { DEFAULT_DB } from "../../store/defaults.js";
import { openExistingDb } from "../../store/open.js";
import { compare, formatCompare, type CompareBy } from "../../report/compare.js";
import { UsageError } from "../usage.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { by: { type: "string", default: "region" }, json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  if (!["region", "theme", "period"].includes(values.by!)) throw new UsageError(`--by must be region, theme or period, got "${values.by}"`);
  const db = await openExistingDb(values.db!);
  try {
    const res = await compare(db, values.by as CompareBy);
    process.stdout.write(values.json ? JSON.stringify(res, null, 2) + "\n" : formatCompare(res));
  } finally {
    db.close();
  }
  return 0;
}
