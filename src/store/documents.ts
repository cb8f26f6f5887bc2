/**
 * Storing stage: one transaction per document. Importing the same content again changes nothing;
 * a source whose content changed gets the new rows and loses the old ones atomically; a content
 * already stored under another name is recorded as a second source without new rows.
 */
import { prepared, type DB } from "./db.js";
import type { ExtractResult } from "../model/document.js";
import { PARSER_VERSION } from "../version.js";
import { clearDocumentData, reportKeys, storeFamilyData, storeRowGoals, type RowGoal } from "./families.js";

/** Share of matching report keys above which two documents are one report in two forms. */
export const SAME_REPORT_THRESHOLD = 0.95;

function overlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let common = 0;
  for (const k of b) {
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      common++;
      counts.set(k, n - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

/**
 * The earliest stored document that holds the same report in another form (same region and
 * family, ≥ 95 % of report keys in common: rows, goals or figures), so views count a report once.
 */
function findSameReport(db: DB, docId: number | null, d: ExtractResult["document"], keys: readonly string[]): number | null {
  if (keys.length === 0) return null;
  const candidates = prepared(
    db,
    `SELECT d.id, count(k.k) AS n FROM documents d JOIN report_keys k ON k.document_id = d.id
       WHERE d.id != ? AND d.same_as IS NULL AND d.family = ? AND coalesce(d.region_id, '') = coalesce(?, '')
       GROUP BY d.id HAVING n BETWEEN ? AND ? ORDER BY d.id`,
  ).all(docId ?? -1, d.family, d.regionId, Math.floor(keys.length * SAME_REPORT_THRESHOLD), Math.ceil(keys.length / SAME_REPORT_THRESHOLD)) as { id: number }[];
  const keysOf = prepared(db, "SELECT k FROM report_keys WHERE document_id = ?");
  for (const c of candidates) {
    const other = (keysOf.all(c.id) as { k: string }[]).map((r) => r.k);
    if (overlap(keys, other) >= SAME_REPORT_THRESHOLD) return c.id;
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

export function startRun(db: DB, command: string): number {
  const info = db
    .prepare("INSERT INTO import_runs(started_at, parser_version, command) VALUES (?, ?, ?)")
    .run(new Date().toISOString(), PARSER_VERSION, command);
  return Number(info.lastInsertRowid);
}

export function finishRun(db: DB, runId: number, c: RunCounters): void {
  db.prepare(
    `UPDATE import_runs SET finished_at = ?, files = ?, new_documents = ?, unchanged = ?, replaced = ?, duplicates = ?, failed = ? WHERE id = ?`,
  ).run(new Date().toISOString(), c.files, c.new_documents, c.unchanged, c.replaced, c.duplicates, c.failed, runId);
}

export function recordError(db: DB, runId: number | null, source: string, stage: string, errorClass: string, message: string): void {
  db.prepare("INSERT INTO import_errors(import_run_id, source, stage, error_class, message, at) VALUES (?, ?, ?, ?, ?, ?)").run(
    runId,
    source,
    stage,
    errorClass,
    message,
    new Date().toISOString(),
  );
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
    if (others.n === 0) prepared(db, "DELETE FROM documents WHERE id = ?").run(prev.document_id);
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
  return db.transaction(() => {
    const changed = pointSource(db, source, doc.id, now);
    if (known && !changed) return "unchanged" as const;
    if (changed) return "replaced" as const;
    return "duplicate" as const;
  })();
}

/** Key-result columns and how each is read from a row: the insert below is built from this list, so the two cannot drift apart. */
const KEY_RESULT_COLUMNS: readonly [string, (r: Row, g: RowGoal | undefined) => unknown][] = [
  ["n", (r) => r.n],
  ["section", (r) => r.section],
  ["toimiala", (r) => r.toimiala],
  ["tulosalue", (r) => r.tulosalue],
  ["tavoite", (r) => r.tavoite],
  ["avaintulos", (r) => r.avaintulos],
  ["toteuma", (r) => r.toteuma],
  ["toteuma_kind", (r) => r.toteuma_kind],
  ["toteuma_value", (r) => r.toteuma_value],
  ["toteuma_value_max", (r) => r.toteuma_value_max],
  ["toteuma_unit", (r) => r.toteuma_unit],
  ["toteuma_status", (r) => r.toteuma_status],
  ["toteuma_qualifier", (r) => r.toteuma_qualifier],
  ["target_direction", (r) => r.target_direction],
  ["target_value", (r) => r.target_value],
  ["target_unit", (r) => r.target_unit],
  ["target_text", (r) => r.target_text],
  ["attainment", (r) => r.attainment],
  ["attainment_met", (r) => (r.attainment_met === null ? null : r.attainment_met ? 1 : 0)],
  ["attainment_basis", (r) => r.attainment_basis],
  ["line_start", (r) => r.line],
  ["line_end", (r) => r.lineEnd],
  ["page", (r) => r.page ?? null],
  ["bbox", (r) => (r.bbox ? JSON.stringify(r.bbox) : null)],
  ["cell_bboxes", (r) => (r.cellBoxes ? JSON.stringify(r.cellBoxes) : null)],
  ["confidence", (r) => r.confidence],
  ["reasons", (r) => JSON.stringify(r.reasons)],
  ["goal_id", (_r, g) => g?.goalId ?? null],
  ["status_common", (_r, g) => g?.status ?? null],
];
type Row = ExtractResult["rows"][number];

/** Positional parameters: binding by name looks every name up again for each of a document's rows. */
const INSERT_ROW = `INSERT INTO key_results(document_id, ${KEY_RESULT_COLUMNS.map(([c]) => c).join(", ")})
VALUES (?, ${KEY_RESULT_COLUMNS.map(() => "?").join(", ")})`;

const DOCUMENT_COLUMNS = "bytes, media_type, encoding, region, region_id, family, period, parser_version, imported_at, import_run_id, lines, pages, row_count, warnings, report, overrides_hash, same_as";

/**
 * Stores an extracted document and its rows in one transaction. If the content is stored already
 * (by an older parser) its rows are replaced; the source is pointed at it.
 */
export function storeExtract(db: DB, res: ExtractResult, runId: number | null, overridesHash = ""): StoreResult {
  const d = res.document;
  const now = new Date().toISOString();
  const keys = reportKeys(res);
  return db.transaction((): StoreResult => {
    const existing = storedDocument(db, d.sha256);
    const sameAs = findSameReport(db, existing?.id ?? null, d, keys);
    // (row_count counts key-result rows; the other families' items are in their own tables)
    const fields = [d.bytes, d.mediaType, d.encoding, d.region, d.regionId, d.family, d.period, d.parserVersion, now, runId, d.lines, d.pages, res.rows.length, JSON.stringify(d.warnings), d.report ? JSON.stringify(d.report) : null, overridesHash, sameAs];
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
    const goals = storeRowGoals(db, docId, res.rows);
    const insertRow = prepared(db, INSERT_ROW);
    const values = new Array<unknown>(KEY_RESULT_COLUMNS.length + 1);
    const ids = res.rows.map((r, i) => {
      values[0] = docId;
      for (let c = 0; c < KEY_RESULT_COLUMNS.length; c++) values[c + 1] = KEY_RESULT_COLUMNS[c]![1](r, goals[i]);
      return Number(insertRow.run(values).lastInsertRowid);
    });
    storeFamilyData(db, docId, res, keys, ids);
    const replaced = pointSource(db, d.source, docId, now);
    const outcome: ImportOutcome = existing ? "reparsed" : replaced ? "replaced" : "new";
    return { outcome, documentId: docId, sameAs };
  })();
}
