/** `hva-okr errors`: what the latest import (or every import, --all) could not read. */
import { parseArgs } from "node:util";
import { DEFAULT_DB } from "../../store/defaults.js";
import { openExistingDb } from "../../store/open.js";
import { printImportErrors } from "../../report/import-errors.js";
import { printable } from "../escape.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { all: { type: "boolean" }, json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  const db = await openExistingDb(values.db!);
  try {
    printImportErrors(db, { all: Boolean(values.all), json: Boolean(values.json) }, (s) => process.stdout.write(s), printable);
  } finally {
    db.close();
  }
  return 0;
}
