/**
 * The statuses of each document's compared items (the rows of v_items: goals of the compared
 * levels with their evaluation, and key results), counted once when the document is stored:
 * `item_counts` per document (all items, and those of no theme), `theme_counts` per document and
 * theme. Why: `compare` and the report sum these over documents, so their time grows with the
 * documents, not with the rows and their theme assignments (joining every assignment to its row's
 * status read the wide row tables at random). The counts are of the
 * document alone, whatever its same_as; the outputs leave other forms of a report out when they sum.
 */
import { prepared, type DB } from "./statements.js";

/** The goal levels compared with key results (as in v_items). */
export const COMPARED_GOAL_LEVELS = "('strategy_goal', 'main_goal', 'prioritized_sub_goal', 'budget_goal')";

/** One status per item, as v_items defines it: of the document @doc, or of all documents. */
const ITEMS = (one: boolean) => `
  SELECT k.document_id, 'key_result' AS entity, k.id AS entity_id, coalesce(k.status_common, 'unknown') AS status, NULL AS score
  FROM key_results k WHERE ${one ? "k.document_id = @doc" : "1"}
  UNION ALL
  SELECT g.document_id, 'goal', g.id, coalesce(e.status_common, 'unknown'), e.score
  FROM goals g LEFT JOIN evaluations e ON e.goal_id = g.id
  WHERE ${one ? "g.document_id = @doc AND" : ""} g.level IN ${COMPARED_GOAL_LEVELS}`;

const COUNTS = `count(*), sum(i.status = 'achieved'), sum(i.status = 'partly'), sum(i.status = 'not_achieved'), sum(i.status = 'unknown'), sum(i.score), count(i.score)`;

const fill = (one: boolean) => [
  `INSERT INTO item_counts(document_id, items, achieved, partly, not_achieved, unknown, score_sum, score_n, themeless)
   SELECT i.document_id, ${COUNTS},
          sum(NOT EXISTS (SELECT 1 FROM theme_assignments t WHERE t.entity = i.entity AND t.entity_id = i.entity_id))
   FROM (${ITEMS(one)}) i GROUP BY i.document_id`,
  `INSERT INTO theme_counts(document_id, theme, items, achieved, partly, not_achieved, unknown, score_sum, score_n)
   SELECT i.document_id, t.theme, ${COUNTS}
   FROM (${ITEMS(one)}) i JOIN theme_assignments t ON t.entity = i.entity AND t.entity_id = i.entity_id
   GROUP BY i.document_id, t.theme`,
];

/** The statements that count one document's items (@doc): the store runs them, the query-plan test reads them. */
export const COUNT_ONE_SQL = fill(true);

/** Counts the items of one stored document (inside its store transaction), replacing its old counts. */
export function countItems(db: DB, documentId: number): void {
  prepared(db, "DELETE FROM item_counts WHERE document_id = ?").run(documentId);
  prepared(db, "DELETE FROM theme_counts WHERE document_id = ?").run(documentId);
  for (const sql of COUNT_ONE_SQL) prepared(db, sql).run({ doc: documentId });
}

/** Counts the items of every document again: a database made before these tables, or rows copied in SQL. */
export function countAllItems(db: DB): void {
  db.transaction(() => {
    db.exec("DELETE FROM item_counts; DELETE FROM theme_counts;");
    for (const sql of fill(false)) db.exec(sql);
  }).immediate();
}
