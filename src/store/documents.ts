/**
 * Storing stage: one transaction per document. Importing the same content again changes nothing;
 * a source whose content changed gets the new rows and loses the old ones atomically; a content
 * already stored under another name is recorded as a second source without new rows.
 */
import { prepared, type DB } from "./statements.js";
import { retryBusy, writeTransaction } from "./write.js";
import type { ExtractResult } from "../model/document.js";
import { PARSER_VERSION } from "../version.js";
import { addSketch, clearDocumentData, writeDocumentData, writeGoals } from "./families.js";
import { countItems } from "./item-counts.js";
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

/**
 * How well a form of a report locates its items in the source: items with a page, plus items with
 * a box. Why: where one report is stored in several forms (the extracted text, the pdftotext
 * output, the PDF), the views show the one whose rows can be found on a page, not whichever came
 * first; the others are kept as its `same_as`.
 */
export function locatedItems(db: DB, docId: number): number {
  const r = prepared(
    db,
    `SELECT (SELECT count(page) + count(bbox) FROM key_results WHERE document_id = ?)
          + (SELECT count(page) FROM goals WHERE document_id = ?) AS n`,
  ).get(docId, docId) as { n: number };
  return r.n;
}

const KR_PAGE = KEY_RESULT_COLUMNS.findIndex(([c]) => c === "page");
const KR_BBOX = KEY_RESULT_COLUMNS.findIndex(([c]) => c === "bbox");

/** locatedItems of a prepared, not yet stored document. */
function locatedPrepared(p: PreparedDocument): number {
  let n = 0;
  for (const r of p.keyResults) n += (r[KR_PAGE] !== null ? 1 : 0) + (r[KR_BBOX] !== null ? 1 : 0);
  for (const g of p.goals) if (g.page !== null) n++;
  return n;
}

/**
 * Makes `docId` the form the views show for its report: every other form (the one it was found
 * to be the same as, `former`, and that one's forms) points at it, and only it keeps a sketch.
 */
function promoteForm(db: DB, docId: number, former: number): void {
  prepared(db, "UPDATE documents SET same_as = ? WHERE (id = ? OR same_as = ?) AND id != ?").run(docId, former, former, docId);
  prepared(db, "DELETE FROM report_sketch WHERE document_id = ?").run(former);
}

/**
 * Sets the reporting period of the document stored for `source` where it has none: given by the
 * caller that knows it (`from`: "bundled" for main's fixtures), never over a period stated in the
 * document or given with --period. Returns whether a period was set.
 */
export function setPeriod(db: DB, source: string, period: string, from: string): boolean {
  const r = db
    .prepare("UPDATE documents SET period = ?, period_from = ? WHERE period IS NULL AND id = (SELECT document_id FROM document_sources WHERE source = ?)")
    .run(period, from, source);
  return r.changes > 0;
}

/**
 * Gives a crawled attachment without a stated period the period of the agenda item it was
 * attached to (crawl_state.parent_url → that item's agenda_items.period).
 */
export function inheritAgendaPeriods(db: DB): number {
  return db
    .prepare(
      `UPDATE documents SET period_from = 'agenda_item', period = (
         SELECT a.period FROM document_sources s
           JOIN crawl_state c ON c.url = s.source
           JOIN document_sources ps ON ps.source = c.parent_url
           JOIN agenda_items a ON a.document_id = ps.document_id
         WHERE s.document_id = documents.id AND a.period IS NOT NULL LIMIT 1)
       WHERE period IS NULL AND EXISTS (
         SELECT 1 FROM document_sources s
           JOIN crawl_state c ON c.url = s.source
           JOIN document_sources ps ON ps.source = c.parent_url
           JOIN agenda_items a ON a.document_id = ps.document_id
         WHERE s.document_id = documents.id AND a.period IS NOT NULL)`,
    )
    .run().changes;
}

export type ImportOutcome = "new" | "unchanged" | "replaced" | "duplicate" | "reparsed";

export interface StoreResult {
  outcome: ImportOutcome;
  documentId: number;
  /** Set when the document is a report already stored in another form. */
  sameAs: number | null;
  /** The stored form of the same report this one now stands for (it locates its items better). */
  supersedes: number | null;
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
      const forms = prepared(db, "SELECT id FROM documents WHERE same_as = ? ORDER BY id").all(prev.document_id) as { id: number }[];
      prepared(db, "DELETE FROM documents WHERE id = ?").run(prev.document_id);
      // The best located of them stands for the report from now on, the others stay its forms.
      const best = forms.map((f) => ({ id: f.id, n: locatedItems(db, f.id) })).sort((a, b) => b.n - a.n || a.id - b.id)[0];
      if (best) {
        prepared(db, "UPDATE documents SET same_as = ? WHERE id IN (SELECT value FROM json_each(?)) AND id != ?").run(best.id, JSON.stringify(forms.map((f) => f.id)), best.id);
        addSketch(db, best.id);
      }
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

const DOCUMENT_COLUMNS = "bytes, media_type, encoding, region, region_id, family, period, period_from, parser_version, imported_at, import_run_id, lines, pages, row_count, warnings, report, overrides_hash, same_as";

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
    const found = findSameReport(db, existing?.id ?? null, d, p.keys, p.sketch);
    // The form that locates its items better (pages, boxes) stands for the report; ties keep the stored one.
    const supersedes = found !== null && locatedPrepared(p) > locatedItems(db, found) ? found : null;
    const sameAs = supersedes === null ? found : null;
    // (row_count counts key-result rows; the other families' items are in their own tables)
    const fields = [d.bytes, d.mediaType, d.encoding, d.region, d.regionId, d.family, d.period, d.periodFrom ?? null, d.parserVersion, now, runId, d.lines, d.pages, p.keyResults.length, JSON.stringify(d.warnings), d.report ? JSON.stringify(d.report) : null, overridesHash, sameAs];
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
    countItems(db, docId);
    if (supersedes !== null) promoteForm(db, docId, supersedes);
    const replaced = pointSource(db, d.source, docId, now);
    const outcome: ImportOutcome = existing ? "reparsed" : replaced ? "replaced" : "new";
    return { outcome, documentId: docId, sameAs, supersedes };
  });
}

/** The name a stored document is known by (its first source), or null. */
export function documentSource(db: DB, documentId: number): string | null {
  return (prepared(db, "SELECT min(source) AS source FROM document_sources WHERE document_id = ?").get(documentId) as { source: string | null }).source;
}
