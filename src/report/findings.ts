/**
 * `hva-okr findings`: what the consistency checks stored, streamed from SQLite to the output one
 * finding at a time (as text, or as a JSON array), so a database with many findings prints as fast
 * as its first one and holds none of them in memory.
 */
import type { DB } from "../store/db.js";

const SQL = `SELECT f.check_name, f.subject, f.message, (SELECT min(source) FROM document_sources s WHERE s.document_id = f.document_id) AS source
  FROM findings f ORDER BY f.id`;

interface Row {
  check_name: string;
  subject: string;
  message: string;
  source: string | null;
}

/** `clean` makes a text from a document safe for the terminal (control characters shown, not run). */
export function printFindings(db: DB, json: boolean, write: (s: string) => void, clean: (s: string) => string = (s) => s): number {
  let n = 0;
  if (json) write("[");
  for (const r of db.prepare(SQL).iterate() as IterableIterator<Row>) {
    if (json) write(`${n ? "," : ""}\n  ${JSON.stringify(r)}`);
    else write(`${r.check_name}: ${clean(r.subject)}\n  ${clean(r.message)}\n  in ${clean(r.source ?? "–")}\n`);
    n++;
  }
  if (json) write(n ? "\n]\n" : "]\n");
  else if (!n) write("no findings\n");
  return n;
}
