/** The queries `export` writes out (report/export.ts streams them to files), one per table or view. */
import type { DB } from "./statements.js";
import { FINDINGS_ORDER } from "./checks.js";

const SOURCE = "(SELECT min(s.source) FROM document_sources s WHERE s.document_id = d.id)";

/** The exported views: file name → query. Every row names its source document. */
export const EXPORTS: Record<string, string> = {
  key_results: `SELECT d.region, d.period, ${SOURCE} AS source, k.page, k.line_start AS line, k.n, k.section, k.toimiala, k.tulosalue, k.tavoite, k.avaintulos,
      k.toteuma, k.toteuma_kind, k.toteuma_value, k.toteuma_value_max, k.toteuma_unit, k.toteuma_status, k.toteuma_qualifier,
      k.target_direction, k.target_value, k.target_unit, k.attainment, k.attainment_met, k.attainment_basis, k.status_common, k.confidence
    FROM key_results k JOIN documents d ON d.id = k.document_id WHERE d.same_as IS NULL ORDER BY d.id, k.n`,
  goals: `SELECT d.region, d.period, d.family, ${SOURCE} AS source, g.page, g.line, g.level, g.n, g.code, g.text,
      (SELECT p.text FROM goals p WHERE p.id = g.parent_id) AS parent, g.strategy, g.owner
    FROM goals g JOIN documents d ON d.id = g.document_id WHERE d.same_as IS NULL ORDER BY d.id, g.id`,
  evaluations: `SELECT d.region, ${SOURCE} AS source, g.page, g.line, g.strategy, (SELECT p.text FROM goals p WHERE p.id = g.parent_id) AS linjaus, g.n, g.text AS tavoite,
      e.achieved, e.score, e.status_common, e.score_band, e.assessment
    FROM evaluations e JOIN goals g ON g.id = e.goal_id JOIN documents d ON d.id = g.document_id WHERE d.same_as IS NULL ORDER BY d.id, g.n`,
  // A figure a later report of the region says was wrong carries the correction beside it.
  progress: `SELECT d.region, p.period, p.metric, p.value,
      CASE WHEN c.id IS NULL THEN NULL ELSE coalesce(c.corrected, '') END AS corrected_value,
      CASE WHEN c.id IS NULL THEN NULL ELSE 'wrong according to a later report: ' || (SELECT min(s.source) FROM document_sources s WHERE s.document_id = c.document_id) END AS correction,
      ${SOURCE} AS source
    FROM progress_figures p JOIN documents d ON d.id = p.document_id
    LEFT JOIN corrections c ON c.id = (SELECT c2.id FROM corrections c2 JOIN documents cd ON cd.id = c2.document_id
      WHERE c2.metric = p.metric AND c2.period = p.period AND c2.reported = p.value AND c2.document_id != p.document_id
        AND cd.same_as IS NULL AND coalesce(cd.region_id, '') = coalesce(p.region_id, '') ORDER BY c2.id DESC LIMIT 1)
    WHERE d.same_as IS NULL ORDER BY p.period, p.id`,
  // A printed figure the checks found wrong (e.g. an average that is not the mean of its goals) carries the finding.
  summaries: `SELECT d.region, ${SOURCE} AS source, s.strategy, s.linjaus, s.count, s.average, s.completed_yes, s.completed_partial,
      (SELECT group_concat(f.message, ' | ') FROM findings f WHERE f.document_id = s.document_id AND f.subject = s.strategy || ' / ' || s.linjaus) AS known_wrong
    FROM strategy_summaries s JOIN documents d ON d.id = s.document_id WHERE d.same_as IS NULL ORDER BY s.id`,
  themes: `SELECT d.region, t.theme, t.entity, coalesce(g.text, k.avaintulos) AS text, t.terms, ${SOURCE} AS source
    FROM theme_assignments t JOIN documents d ON d.id = t.document_id
    LEFT JOIN goals g ON t.entity = 'goal' AND g.id = t.entity_id LEFT JOIN key_results k ON t.entity = 'key_result' AND k.id = t.entity_id
    WHERE d.same_as IS NULL ORDER BY t.id`,
  findings: `SELECT f.check_name, f.subject, f.message, f.expected, f.found, (SELECT min(s.source) FROM document_sources s WHERE s.document_id = f.document_id) AS source FROM findings f ORDER BY ${FINDINGS_ORDER}`,
};

/** An export's column names and its rows as arrays, read one at a time. */
export function exportRows(db: DB, sql: string): { headers: string[]; rows: IterableIterator<unknown[]> } {
  const stmt = db.prepare(sql).raw(true);
  return { headers: stmt.columns().map((c) => c.name), rows: stmt.iterate() as IterableIterator<unknown[]> };
}

/** An export's rows as objects, read one at a time. */
export function exportObjects(db: DB, sql: string): IterableIterator<Record<string, unknown>> {
  return db.prepare(sql).iterate() as IterableIterator<Record<string, unknown>>;
}
