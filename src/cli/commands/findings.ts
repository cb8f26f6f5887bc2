/** `hva-okr findings`: what the consistency checks found in the sources. */
import { parseArgs } from "node:util";
import { DEFAULT_DB } from "../../store/defaults.js";
import { openExistingDb } from "../../store/open.js";
import { printFindings } from "../../report/findings.js";
import { printable } from "../escape.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  const db = await openExistingDb(values.db!);
  try {
    printFindings(db, Boolean(values.json), (s) => process.stdout.write(s), printable);
  } finally {
    db.close();
  }
  return 0;
}
