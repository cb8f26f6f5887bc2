/**
 * `hva-okr findings`: what the consistency checks stored, streamed from SQLite to the output one
 * finding at a time (as text, or as a JSON array), so a database with many findings prints as fast
 * as its first one and holds none of them in memory.
 */
import type { DB } from "../store/db.js";
import { iterateFindings } from "../store/queries.js";

/** `clean` makes a text from a document safe for the terminal (control characters shown, not run). */
export function printFindings(db: DB, json: boolean, write: (s: string) => void, clean: (s: string) => string = (s) => s): number {
  let n = 0;
  if (json) write("[");
  for (const r of iterateFindings(db)) {
    if (json) write(`${n ? "," : ""}\n  ${JSON.stringify(r)}`);
    else write(`${r.check_name}: ${clean(r.subject)}\n  ${clean(r.message)}\n  in ${clean(r.source ?? "–")}\n`);
    n++;
  }
  if (json) write(n ? "\n]\n" : "]\n");
  else if (!n) write("no findings\n");
  return n;
}
