/**
 * What the consistency checks (analyze/checks.ts) read and write: the stored goals, summary rows,
 * announced counts, corrections and progress figures of each report (counted once), and the
 * findings table they keep up to date. Why incremental: the checks run after every import, and
 * checking every stored report again made importing into a big database cost more than into an
 * empty one. A report's own checks (summary rows, announced counts) read only its own rows, so they
 * run once per storing of the report (checked_reports); the corrections, which compare reports
 * with each other, are recomputed in one query and written only when they changed.
 */
import { prepared, type DB } from "./statements.js";

/** The check that compares reports with each other; every other check reads one report alone. */
export const CROSS_REPORT_CHECK = "corrected_by_later_report";

/**
 * The order findings are listed in, whichever imports stored them: each report's own findings by
 * report (in the order they were found), then the corrections in the order of the correcting
 * rows. The same as computing every check afresh over the whole database, in one pass.
 */
export const FINDINGS_ORDER = `f.check_name = '${CROSS_REPORT_CHECK}', CASE WHEN f.check_name = '${CROSS_REPORT_CHECK}' THEN 0 ELSE f.document_id END, f.id`;

export interface CheckedGoal {
  strategy: string;
  linjaus: string;
  achieved: string | null;
  score: number | null;
}

export interface SummaryRow {
  strategy: string;
  linjaus: string;
  count: number | null;
  average: number | null;
  completed_yes: number | null;
  completed_partial: number | null;
}

export interface AnnouncedCount {
  strategy: string;
  count: number;
  line: number;
}

export interface StoredCorrection {
  document_id: number;
  period: string;
  metric: string;
  reported: number;
  corrected: number | null;
  line: number;
  region_id: string | null;
  doc_period: string | null;
  /** The report that stores the withdrawn figure, and its name; null if none does. */
  hit_document_id: number | null;
  hit_source: string | null;
}

/**
 * The stored reports (each once: other forms of a report are left out) that print something about
 * their own goals (a summary row or an announced count): the only ones the summary and announcement
 * checks can find anything in. `unchecked`: only those whose checks are not stored for their
 * current content (checked_reports).
 */
export function reportIds(db: DB, unchecked = false): number[] {
  return (
    prepared(
      db,
      `SELECT id FROM documents d WHERE same_as IS NULL
         AND (EXISTS (SELECT 1 FROM strategy_summaries s WHERE s.document_id = d.id) OR EXISTS (SELECT 1 FROM announced_counts a WHERE a.document_id = d.id))
         ${unchecked ? "AND NOT EXISTS (SELECT 1 FROM checked_reports c WHERE c.document_id = d.id AND c.imported_at = d.imported_at)" : ""}
       ORDER BY id`,
    ).all() as { id: number }[]
  ).map((d) => d.id);
}

/**
 * Forgets the stored own checks of every report whose rows changed since (stored again) or that is
 * now another form of a report (same_as); a deleted report's go with it (ON DELETE CASCADE). The
 * first update of a database that has findings but no checked reports (made before these were
 * kept) forgets every report's own findings, so that all are checked once.
 */
export function forgetStaleChecks(db: DB): void {
  const stale = `SELECT c.document_id FROM checked_reports c JOIN documents d ON d.id = c.document_id WHERE d.same_as IS NOT NULL OR d.imported_at IS NOT c.imported_at`;
  if (!prepared(db, "SELECT 1 FROM checked_reports LIMIT 1").get()) {
    prepared(db, `DELETE FROM findings WHERE check_name != '${CROSS_REPORT_CHECK}'`).run();
    return;
  }
  prepared(db, `DELETE FROM findings WHERE check_name != '${CROSS_REPORT_CHECK}' AND document_id IN (${stale})`).run();
  prepared(db, `DELETE FROM checked_reports WHERE document_id IN (${stale})`).run();
}

/** Records that the own checks of report `id` are stored, for its current content. */
export function markChecked(db: DB, id: number): void {
  prepared(db, "INSERT OR REPLACE INTO checked_reports(document_id, imported_at) SELECT id, imported_at FROM documents WHERE id = ?").run(id);
}

/** Reads, per report, what the summary and announcement checks compare. */
export function summaryInputs(db: DB): (id: number) => { goals: CheckedGoal[]; summaries: SummaryRow[]; announced: AnnouncedCount[] } {
  const goals = db.prepare(
    `SELECT g.strategy, p.text AS linjaus, e.achieved, e.score FROM goals g JOIN goals p ON p.id = g.parent_id
     JOIN evaluations e ON e.goal_id = g.id WHERE g.document_id = ? AND g.level = 'strategy_goal'`,
  );
  const summaries = db.prepare("SELECT strategy, linjaus, count, average, completed_yes, completed_partial FROM strategy_summaries WHERE document_id = ?");
  const announced = db.prepare("SELECT strategy, count, line FROM announced_counts WHERE document_id = ?");
  return (id) => ({ goals: goals.all(id) as CheckedGoal[], summaries: summaries.all(id) as SummaryRow[], announced: announced.all(id) as AnnouncedCount[] });
}

/**
 * Every correction a stored report makes to an earlier period's figure, with the figure it
 * withdraws if another report stores it (the first such figure: same period, metric, region and
 * value; through progress_figures_figure) and that report's name. One query: looking each
 * correction's figures up from JavaScript cost half a second at 10 000 reports.
 */
export const STORED_CORRECTIONS_SQL = `SELECT c.document_id, c.period, c.metric, c.reported, c.corrected, c.line, d.region_id, d.period AS doc_period,
            h.document_id AS hit_document_id, (SELECT min(source) FROM document_sources s WHERE s.document_id = h.document_id) AS hit_source
     FROM corrections c JOIN documents d ON d.id = c.document_id
     LEFT JOIN progress_figures h ON h.id = (
       SELECT p.id FROM progress_figures p JOIN documents pd ON pd.id = p.document_id
       WHERE pd.same_as IS NULL AND p.metric = c.metric AND p.period = c.period AND coalesce(p.region_id, '') = coalesce(d.region_id, '')
         AND p.document_id != c.document_id AND p.value = c.reported
       ORDER BY p.id LIMIT 1)
     WHERE d.same_as IS NULL ORDER BY c.id`;

export function storedCorrections(db: DB): StoredCorrection[] {
  return prepared(db, STORED_CORRECTIONS_SQL).all() as StoredCorrection[];
}

export interface FindingValues {
  document_id: number | null;
  check_name: string;
  subject: string;
  message: string;
  expected: string | null;
  found: string | null;
}

const INSERT_FINDING = "INSERT INTO findings(document_id, check_name, subject, message, expected, found, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

/** Adds findings (call inside a write transaction). */
export function insertFindings(db: DB, findings: readonly FindingValues[], createdAt: string): void {
  const ins = prepared(db, INSERT_FINDING);
  for (const f of findings) ins.run(f.document_id, f.check_name, f.subject, f.message, f.expected, f.found, createdAt);
}

/** How many findings are stored. */
export function findingCount(db: DB): number {
  return (prepared(db, "SELECT count(*) AS n FROM findings").get() as { n: number }).n;
}

/** The stored findings of the cross-report check, in their order. */
export function storedCrossReportFindings(db: DB): FindingValues[] {
  return prepared(db, `SELECT document_id, check_name, subject, message, expected, found FROM findings WHERE check_name = '${CROSS_REPORT_CHECK}' ORDER BY id`).all() as FindingValues[];
}

/** Replaces the findings of the cross-report check (call inside a write transaction). */
export function replaceCrossReportFindings(db: DB, findings: readonly FindingValues[], createdAt: string): void {
  prepared(db, `DELETE FROM findings WHERE check_name = '${CROSS_REPORT_CHECK}'`).run();
  insertFindings(db, findings, createdAt);
}
