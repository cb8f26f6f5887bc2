/**
 * The report's queries (report/html.ts): what it shows, as SQL: status counts per region, period, division and theme over the
 * whole database (one row per group), and the rows of the chosen scope, each query bounded by a
 * row limit. Nothing here loads a whole table into JavaScript.
 */
import type { DB } from "./statements.js";
import { statusCounts, SUMMED_COUNTS, type StatusCounts } from "./compare-counts.js";
import { periodKeySql } from "./period-sql.js";
import { FINDINGS_ORDER } from "./checks.js";

/** `document_id IN (…)` for the ids of the scope, passed as one JSON parameter. */
export const IN_SCOPE = "(SELECT value FROM json_each(?))";

export type Group = StatusCounts & Record<string, string | number | null>;

const ORDER_PERIOD = (col: string) => `CASE WHEN ${col} IS NULL THEN -1 ELSE ${periodKeySql(col)} END`;

export function byRegionPeriod(db: DB, limit: number): Group[] {
  return db
    .prepare(
      `SELECT coalesce(region, '?') AS region, period, count(*) AS reports, ${SUMMED_COUNTS}
       FROM v_status_by_document GROUP BY region, period ORDER BY region, ${ORDER_PERIOD("period")} LIMIT ?`,
    )
    .all(limit) as Group[];
}

export function byDivision(db: DB, limit: number, scope?: string): Group[] {
  return db
    .prepare(
      `SELECT coalesce(region, '?') AS region, period, toimiala, ${statusCounts()}
       FROM v_items WHERE entity = 'key_result' ${scope ? `AND document_id IN ${IN_SCOPE}` : ""}
       GROUP BY region, period, toimiala ORDER BY region, ${ORDER_PERIOD("period")}, toimiala LIMIT ?`,
    )
    .all(...(scope ? [scope] : []), limit) as Group[];
}

/** Status counts per theme, region and period (of the scope, when given): sums of the per-document theme counts. */
export function byTheme(db: DB, limit: number, scope?: string): Group[] {
  return db
    .prepare(
      `SELECT c.theme, coalesce(r.region, '?') AS region, ${scope ? "NULL" : "r.period"} AS period, ${SUMMED_COUNTS}
       FROM theme_counts c JOIN v_reports r ON r.id = c.document_id
       ${scope ? `WHERE c.document_id IN ${IN_SCOPE}` : ""}
       GROUP BY 1, 2, 3 ORDER BY 2, ${ORDER_PERIOD("period")}, 1 LIMIT ?`,
    )
    .all(...(scope ? [scope] : []), limit) as Group[];
}

/** Items that no theme term matched, and all items, per region (of the scope, when given). */
export function themeless(db: DB, scope?: string): { region: string; none: number; items: number }[] {
  return db
    .prepare(
      `SELECT coalesce(region, '?') AS region, sum(items) AS items, sum(themeless) AS none
       FROM v_status_by_document ${scope ? `WHERE document_id IN ${IN_SCOPE}` : ""} GROUP BY 1 ORDER BY 1`,
    )
    .all(...(scope ? [scope] : [])) as { region: string; none: number; items: number }[];
}

/** Mean evaluation score per strategic line, and the average the source's summary table prints for it. */
export function lineScores(db: DB, scope: string): { region: string; period: string | null; linjaus: string; mean: number; n: number; printed: number | null; wrong: string | null }[] {
  return db
    .prepare(
      `SELECT d.region, d.period, g.text AS linjaus, round(avg(e.score), 2) AS mean, count(*) AS n,
              (SELECT s.average FROM strategy_summaries s WHERE s.document_id = g.document_id AND s.linjaus = g.text) AS printed,
              (SELECT group_concat(f.message, ' | ') FROM strategy_summaries s JOIN findings f ON f.document_id = s.document_id
                 AND f.check_name = 'summary_average' AND f.subject = s.strategy || ' / ' || s.linjaus
               WHERE s.document_id = g.document_id AND s.linjaus = g.text) AS wrong
       FROM goals g JOIN goals c ON c.parent_id = g.id JOIN evaluations e ON e.goal_id = c.id JOIN documents d ON d.id = g.document_id
       WHERE d.same_as IS NULL AND g.level = 'strategic_line' AND g.document_id IN ${IN_SCOPE}
       GROUP BY g.id ORDER BY g.id LIMIT 200`,
    )
    .all(scope) as { region: string; period: string | null; linjaus: string; mean: number; n: number; printed: number | null; wrong: string | null }[];
}

export function documentGroups(db: DB, limit: number): Record<string, unknown>[] {
  return db
    .prepare(
      `SELECT coalesce(region, '?') AS region, period, family, sum(same_as IS NULL) AS reports, count(*) AS documents, sum(pages) AS pages
       FROM documents GROUP BY 1, 2, 3 ORDER BY 1, ${ORDER_PERIOD("period")}, 3 LIMIT ?`,
    )
    .all(limit) as Record<string, unknown>[];
}

export function findingCounts(db: DB): { check_name: string; n: number }[] {
  return db.prepare("SELECT check_name, count(*) AS n FROM findings GROUP BY 1 ORDER BY 1").all() as { check_name: string; n: number }[];
}

/** Findings of the scope first, then the others, up to the limit. */
export function findingRows(db: DB, scope: string, limit: number): Record<string, unknown>[] {
  return db
    .prepare(
      `SELECT f.check_name, f.subject, f.message, f.found, f.expected, d.region, d.period,
              (SELECT min(s.source) FROM document_sources s WHERE s.document_id = f.document_id) AS source
       FROM findings f LEFT JOIN documents d ON d.id = f.document_id
       ORDER BY f.document_id IN ${IN_SCOPE} DESC, ${FINDINGS_ORDER} LIMIT ?`,
    )
    .all(scope, limit) as Record<string, unknown>[];
}

/** Rows of one kind in the scope: at most `limit`, and how many there are. */
export function scopedRows(db: DB, kind: "key_results" | "evaluations" | "goals" | "documents", scope: string, limit: number): { rows: Record<string, unknown>[]; total: number } {
  const src = (doc: string) => `(SELECT min(s.source) FROM document_sources s WHERE s.document_id = ${doc})`;
  const q = {
    key_results: {
      from: `v_key_results WHERE document_id IN ${IN_SCOPE}`,
      select: `period, region, toimiala, tulosalue, tavoite, avaintulos, toteuma, attainment, coalesce(status_common, 'unknown') AS status, source, page`,
      order: "document_id, n",
    },
    evaluations: {
      from: `v_goals WHERE level = 'strategy_goal' AND document_id IN ${IN_SCOPE}`,
      select: `period, region, strategy, parent_text AS linjaus, text AS tavoite, achieved, score, coalesce(status_common, 'unknown') AS status, ${src("document_id")} AS source, page`,
      order: "document_id, n",
    },
    goals: {
      from: `v_goals WHERE level NOT IN ('strategy_goal', 'sub_goal', 'strategic_line') AND document_id IN ${IN_SCOPE}`,
      select: `period, region, level, code, text, parent_text AS parent, coalesce(status_common, 'unknown') AS status, ${src("document_id")} AS source, page`,
      order: "document_id, id",
    },
    documents: {
      from: `documents d WHERE d.id IN ${IN_SCOPE}`,
      select: `d.period, d.region, d.family, d.pages, d.row_count, ${src("d.id")} AS source, NULL AS page`,
      order: "d.id",
    },
  }[kind];
  const total = (db.prepare(`SELECT count(*) AS n FROM ${q.from}`).get(scope) as { n: number }).n;
  const rows = db.prepare(`SELECT ${q.select} FROM ${q.from} ORDER BY ${q.order} LIMIT ?`).all(scope, limit) as Record<string, unknown>[];
  return { rows, total };
}
