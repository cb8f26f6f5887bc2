/**
 * Storing stage: one transaction per document. Importing the same content again changes nothing;
 * a source whose content changed gets the new rows and loses the old ones atomically; a content
 * already stored under another name is recorded as a second source without new rows.
 */
import { prepared, type DB } from "./db.js";
import { retryBusy, writeTransaction } from "./write.js";
import type { ExtractResult } from "../model/document.js";
import { PARSER_VERSION } from "../version.js";
import { addSketch, clearDocumentData, writeDocumentData, writeGoals } from "./families.js";
import { KEY_RESULT_COLUMNS, KR_GOAL, prepareDocument, type PreparedDocument } from "./prepare.js";
import type { Rules } from "../rules/load.js";
import { keyOverlap, SAME_REPORT_THRESHOLD, sketchKeysShared } from "./sketch.js";

/**
 * The earliest stored document that holds the same report in another form (same region and
 * family, ≥ 95 % of report keys in common: rows, goals or figures), so views count a report once.
 * Only documents that share enough keys of the sketch are compared (see sketch.ts).
 */
function findSameReport(db: DB, docId: number | null, d: ExtractResult["document"], keys: readonly string[], sketch: readonly string[]): number | null {
  if (keys.length === 0) return null;
  const candidates = prepared(
    db,
    `SELECT d.id FROM documents d
       JOIN (SELECT document_id FROM report_sketch WHERE k IN (SELECT value FROM json_each(?)) AND document_id != ?
             GROUP BY document_id HAVING count(*) >= ?) s ON s.document_id = d.id
       WHERE d.same_as IS NULL AND d.family = ? AND coalesce(d.region_id, '') = coalesce(?, '')
       ORDER BY d.id`,
  ).all(JSON.stringify(sketch), docId ?? -1, sketchKeysShared(keys), d.family, d.regionId) as { id: number }[];
  const keysOf = prepared(db, "SELECT k FROM report_keys WHERE document_id = ?");
  for (const c of candidates) {
    const other = (keysOf.all(c.id) as { k: string }[]).map((r) => r.k);
    if (keyOverlap(keys, other) >= SAME_REPORT_THRESHOLD) return c.id;
  }
  return null;
}

export type ImportOutcome = "new" | "unchanged" | "replaced" | "duplicate" | "reparsed";

export interface StoreResult {
  outcome: ImportOutcome;
  documentId: number;
  /** Set when the document is a report already stored in another form. */
  sameAs: number | null;
}

export interface RunCounters {
  files: number;
  new_documents: number;
  unchanged: number;
  replaced: number;
  duplicates: number;
  failed: number;
}

/** Whether a process of this machine with that id is running (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A run not finished, whose process is still running: another import writing to this database now. */
export interface RunningImport {
  id: number;
  pid: number;
  started_at: string;
  command: string;
}

/**
 * Runs that never finished: those whose process is gone (killed, crashed, machine stopped) are
 * marked "interrupted", so they are not taken for running or finished ones; those still running
 * are returned.
 */
export function settleUnfinishedRuns(db: DB): RunningImport[] {
  const open = db.prepare("SELECT id, pid, started_at, command FROM import_runs WHERE finished_at IS NULL AND coalesce(status, 'running') = 'running'").all() as { id: number; pid: number | null; started_at: string; command: string }[];
  const gone = open.filter((r) => r.pid === null || (r.pid !== process.pid && !alive(r.pid)));
  if (gone.length) retryBusy(() => db.prepare(`UPDATE import_runs SET status = 'interrupted' WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(gone.map((r) => r.id))));
  return open.filter((r): r is RunningImport => r.pid !== null && r.pid !== process.pid && !gone.includes(r));
}

export function startRun(db: DB, command: string): number {
  settleUnfinishedRuns(db);
  const info = retryBusy(() =>
    db.prepare("INSERT INTO import_runs(started_at, parser_version, command, pid, status) VALUES (?, ?, ?, ?, 'running')").run(new Date().toISOString(), PARSER_VERSION, command, process.pid),
  );
  return Number(info.lastInsertRowid);
}

export function finishRun(db: DB, runId: number, c: RunCounters): void {
  retryBusy(() =>
    db
      .prepare(`UPDATE import_runs SET finished_at = ?, status = 'finished', files = ?, new_documents = ?, unchanged = ?, replaced = ?, duplicates = ?, failed = ? WHERE id = ?`)
      .run(new Date().toISOString(), c.files, c.new_documents, c.unchanged, c.replaced, c.duplicates, c.failed, runId),
  );
}

export function recordError(db: DB, runId: number | null, source: string, stage: string, errorClass: string, message: string): void {
  retryBusy(() => db.prepare("INSERT INTO import_errors(import_run_id, source, stage, error_class, message, at) VALUES (?, ?, ?, ?, ?, ?)").run(runId, source, stage, errorClass, message, new Date().toISOString()));
}

/** What is stored for a content hash, if anything: lets import skip parsing unchanged files. */
export function storedDocument(db: DB, sha256: string): { id: number; parser_version: string; overrides_hash: string } | undefined {
  return prepared(db, "SELECT id, parser_version, overrides_hash FROM documents WHERE sha256 = ?").get(sha256) as { id: number; parser_version: string; overrides_hash: string } | undefined;
}

/** Points `source` at `documentId`; deletes the document it pointed at before if nothing else refers to it. */
function pointSource(db: DB, source: string, documentId: number, now: string): boolean {
  const prev = prepared(db, "SELECT document_id FROM document_sources WHERE source = ?").get(source) as { document_id: number } | undefined;
  prepared(
    db,
    `INSERT INTO document_sources(source, document_id, first_seen, last_seen) VALUES (?, ?, ?, ?)
     ON CONFLICT(source) DO UPDATE SET document_id = excluded.document_id, last_seen = excluded.last_seen`,
  ).run(source, documentId, now, now);
  if (prev && prev.document_id !== documentId) {
    const others = prepared(db, "SELECT count(*) AS n FROM document_sources WHERE document_id = ?").get(prev.document_id) as { n: number };
    if (others.n === 0) {
      // Its other forms stand for the report from now on (same_as is set to NULL): they need sketches.
      const forms = prepared(db, "SELECT id FROM documents WHERE same_as = ?").all(prev.document_id) as { id: number }[];
      prepared(db, "DELETE FROM documents WHERE id = ?").run(prev.document_id);
      for (const f of forms) addSketch(db, f.id);
    }
    return true;
  }
  return false;
}

/** Records that `source` has content already stored (no parsing needed). */
export function touchSource(db: DB, source: string, sha256: string): ImportOutcome {
  const doc = storedDocument(db, sha256);
  if (!doc) throw new Error(`no stored document for ${sha256}`);
  const now = new Date().toISOString();
  const known = prepared(db, "SELECT document_id FROM document_sources WHERE source = ?").get(source) as { document_id: number } | undefined;
  return writeTransaction(db, () => {
    const changed = pointSource(db, source, doc.id, now);
    if (known && !changed) return "unchanged" as const;
    if (changed) return "replaced" as const;
    return "duplicate" as const;
  });
}

/** Positional parameters: binding by name looks every name up again for each of a document's rows. */
const INSERT_ROW = `INSERT INTO key_results(document_id, ${KEY_RESULT_COLUMNS.map(([c]) => c).join(", ")})
VALUES (?, ${KEY_RESULT_COLUMNS.map(() => "?").join(", ")})`;

const DOCUMENT_COLUMNS = "bytes, media_type, encoding, region, region_id, family, period, parser_version, imported_at, import_run_id, lines, pages, row_count, warnings, report, overrides_hash, same_as";

/** Stores an extraction result: prepares it here, then `storePrepared`. */
export function storeExtract(db: DB, res: ExtractResult, runId: number | null, overridesHash = "", rules?: Rules): StoreResult {
  return storePrepared(db, prepareDocument(res, rules), runId, overridesHash);
}

/**
 * Stores a prepared document and its rows in one transaction. If the content is stored already
 * (by an older parser) its rows are replaced; the source is pointed at it.
 */
export function storePrepared(db: DB, p: PreparedDocument, runId: number | null, overridesHash = ""): StoreResult {
  const d = p.document;
  const now = new Date().toISOString();
  return writeTransaction(db, (): StoreResult => {
    const existing = storedDocument(db, d.sha256);
    const sameAs = findSameReport(db, existing?.id ?? null, d, p.keys, p.sketch);
    // (row_count counts key-result rows; the other families' items are in their own tables)
    const fields = [d.bytes, d.mediaType, d.encoding, d.region, d.regionId, d.family, d.period, d.parserVersion, now, runId, d.lines, d.pages, p.keyResults.length, JSON.stringify(d.warnings), d.report ? JSON.stringify(d.report) : null, overridesHash, sameAs];
    let docId: number;
    if (existing) {
      // Same content parsed again (newer parser, or --force): keep the document and its sources, replace the rows.
      prepared(db, `UPDATE documents SET (${DOCUMENT_COLUMNS}) = (${DOCUMENT_COLUMNS.replace(/\w+/g, "?")}) WHERE id = ?`).run(...fields, existing.id);
      clearDocumentData(db, existing.id);
      prepared(db, "DELETE FROM key_results WHERE document_id = ?").run(existing.id);
      docId = existing.id;
    } else {
      const info = prepared(db, `INSERT INTO documents(${DOCUMENT_COLUMNS}, sha256) VALUES (${DOCUMENT_COLUMNS.replace(/\w+/g, "?")}, ?)`).run(...fields, d.sha256);
      docId = Number(info.lastInsertRowid);
    }
    const goalIds = writeGoals(db, docId, p.goals);
    const insertRow = prepared(db, INSERT_ROW);
    const params = new Array<unknown>(KEY_RESULT_COLUMNS.length + 1);
    params[0] = docId;
    const keyResultIds = p.keyResults.map((values) => {
      for (let c = 0; c < values.length; c++) params[c + 1] = values[c];
      params[KR_GOAL + 1] = goalIds[values[KR_GOAL] as number]!; // prepared as an index into the goals
      return Number(insertRow.run(params).lastInsertRowid);
    });
    writeDocumentData(db, docId, p, goalIds, keyResultIds, sameAs === null);
    const replaced = pointSource(db, d.source, docId, now);
    const outcome: ImportOutcome = existing ? "reparsed" : replaced ? "replaced" : "new";
    return { outcome, documentId: docId, sameAs };
  });
}
