/**
 * Writing the common model of one prepared document (inside its import transaction): goals at
 * every level with parents, evaluations, key-result themes, summaries, progress figures,
 * corrections and the keys that identify the report across its forms. What is written is worked
 * out beforehand, without the database, in prepare.ts.
 */
import { prepared, type DB } from "./statements.js";
import type { PreparedDocument } from "./prepare.js";
import { sketchKeys } from "./sketch.js";

/** Tables that hold data derived from one document (emptied before the document is stored again). */
const DOCUMENT_TABLES = ["item_counts", "theme_counts", "theme_assignments", "report_keys", "report_sketch", "successes", "timeline", "strategy_summaries", "announced_counts", "agenda_items", "progress_figures", "corrections", "findings"];

export function clearDocumentData(db: DB, docId: number): void {
  prepared(db, "UPDATE key_results SET goal_id = NULL WHERE document_id = ?").run(docId);
  for (const t of DOCUMENT_TABLES) prepared(db, `DELETE FROM ${t} WHERE document_id = ?`).run(docId);
  prepared(db, "DELETE FROM goals WHERE document_id = ?").run(docId);
}

/**
 * Indexes the sketch of a stored document (from its stored report keys) that has none: one stored
 * before sketches, or another form of a report whose stored document was deleted, which now stands
 * for the report. Only documents with same_as NULL are looked for, and only they have sketches.
 */
export function addSketch(db: DB, docId: number): void {
  if (prepared(db, "SELECT 1 FROM report_sketch WHERE document_id = ? LIMIT 1").get(docId)) return;
  const keys = (prepared(db, "SELECT k FROM report_keys WHERE document_id = ? ORDER BY rowid").all(docId) as { k: string }[]).map((r) => r.k);
  const insert = prepared(db, "INSERT INTO report_sketch(k, document_id) VALUES (?, ?)");
  for (const k of sketchKeys(keys)) insert.run(k, docId);
}

/** Inserts the document's goals (parents first, as prepared) and their evaluations; returns their ids in order. */
export function writeGoals(db: DB, docId: number, goals: PreparedDocument["goals"]): number[] {
  const insert = prepared(db, "INSERT INTO goals(document_id, level, parent_id, n, code, text, strategy, owner, line, page, bbox, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const evaluation = prepared(db, "INSERT INTO evaluations(goal_id, achieved, score, assessment, status_common, score_band) VALUES (?, ?, ?, ?, ?, ?)");
  const ids: number[] = [];
  for (const g of goals) {
    const parent = g.parent === null ? null : ids[g.parent]!;
    const id = Number(insert.run(docId, g.level, parent, g.n, g.code, g.text, g.strategy, g.owner, g.line, g.page, g.bbox ?? null, g.detail ?? null).lastInsertRowid);
    ids.push(id);
    if (g.evaluation) evaluation.run(id, ...g.evaluation);
  }
  return ids;
}

/**
 * Everything of a prepared document but its goals and key results, which are stored first:
 * `goalIds` and `keyResultIds` are their ids in prepared order. Only a `canonical` document (not
 * another form of a stored report: same_as NULL) gets a sketch, as only those are looked for.
 */
export function writeDocumentData(db: DB, docId: number, p: PreparedDocument, goalIds: readonly number[], keyResultIds: readonly number[], canonical: boolean): void {
  const many = (sql: string, rows: readonly (readonly unknown[])[]) => {
    if (rows.length === 0) return;
    const st = prepared(db, sql);
    for (const r of rows) st.run(docId, ...r);
  };
  const key = prepared(db, "INSERT INTO report_keys(document_id, k) VALUES (?, ?)");
  for (const k of p.keys) key.run(docId, k);
  if (canonical) {
    const sketch = prepared(db, "INSERT INTO report_sketch(k, document_id) VALUES (?, ?)");
    for (const k of p.sketch) sketch.run(k, docId);
  }
  const theme = prepared(db, "INSERT INTO theme_assignments(document_id, entity, entity_id, theme, score, terms) VALUES (?, ?, ?, ?, ?, ?)");
  for (const [entity, index, t, score, terms] of p.themes) theme.run(docId, entity, (entity === "goal" ? goalIds : keyResultIds)[index]!, t, score, terms);
  many("INSERT INTO strategy_summaries(document_id, strategy, linjaus, count, average, completed_yes, completed_partial) VALUES (?, ?, ?, ?, ?, ?, ?)", p.summaries);
  many("INSERT INTO announced_counts(document_id, strategy, count, line) VALUES (?, ?, ?, ?)", p.announced);
  many(
    "INSERT INTO successes(document_id, goal_id, heading, n, item) VALUES (?, ?, ?, ?, ?)",
    p.successes.map(([goal, ...rest]) => [goal === null ? null : goalIds[goal as number]!, ...rest]),
  );
  many("INSERT INTO timeline(document_id, n, when_text, what) VALUES (?, ?, ?, ?)", p.timeline);
  if (p.agendaItem)
    many(
      `INSERT INTO agenda_items(document_id, body, meeting_date, document_kind, item_number, diary_number, title, preparer, period, objectives_on_track, objectives_total, sections, rss)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [p.agendaItem],
    );
  many("INSERT INTO progress_figures(document_id, region_id, period, metric, value) VALUES (?, ?, ?, ?, ?)", p.progress);
  many("INSERT INTO corrections(document_id, period, metric, reported, corrected, line) VALUES (?, ?, ?, ?, ?, ?)", p.corrections);
}
