/**
 * What the consistency checks (analyze/checks.ts) read and write: the stored goals, summary rows,
 * announced counts, corrections and progress figures of each report (counted once), and the
 * findings table they replace.
 */
import { prepared, type DB } from "./statements.js";

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
}

export interface StoredFigure {
  document_id: number;
  value: number;
  source: string;
}

/**
 * The stored reports (each once: other forms of a report are left out) that print something about
 * their own goals (a summary row or an announced count): the only ones the summary and announcement
 * checks can find anything in. Why not all: the checks run after every import, over the whole database.
 */
export function reportIds(db: DB): number[] {
  return (
    db
      .prepare(
        `SELECT id FROM documents d WHERE same_as IS NULL
           AND (EXISTS (SELECT 1 FROM strategy_summaries s WHERE s.document_id = d.id) OR EXISTS (SELECT 1 FROM announced_counts a WHERE a.document_id = d.id))`,
      )
      .all() as { id: number }[]
  ).map((d) => d.id);
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

/** Every correction a stored report makes to an earlier period's figure. */
export function storedCorrections(db: DB): StoredCorrection[] {
  return db
    .prepare(`SELECT c.document_id, c.period, c.metric, c.reported, c.corrected, c.line, d.region_id, d.period AS doc_period FROM corrections c JOIN documents d ON d.id = c.document_id WHERE d.same_as IS NULL`)
    .all() as StoredCorrection[];
}

export const FIGURES_CORRECTED_SQL = `SELECT p.document_id, p.value, (SELECT min(source) FROM document_sources s WHERE s.document_id = p.document_id) AS source
  FROM progress_figures p JOIN documents d ON d.id = p.document_id
  WHERE d.same_as IS NULL AND p.period = ? AND p.metric = ? AND coalesce(p.region_id, '') = coalesce(?, '') AND p.document_id != ?`;

/** The figures other reports store for the corrected period, metric and region (through progress_figures_figure). */
export function figuresCorrected(db: DB, c: StoredCorrection): StoredFigure[] {
  return prepared(db, FIGURES_CORRECTED_SQL).all(c.period, c.metric, c.region_id, c.document_id) as StoredFigure[];
}

export interface FindingValues {
  document_id: number | null;
  check_name: string;
  subject: string;
  message: string;
  expected: string | null;
  found: string | null;
}

/** Replaces every stored finding with `findings` (call inside a write transaction). */
export function replaceFindings(db: DB, findings: readonly FindingValues[], createdAt: string): void {
  db.prepare("DELETE FROM findings").run();
  const ins = db.prepare("INSERT INTO findings(document_id, check_name, subject, message, expected, found, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const f of findings) ins.run(f.document_id, f.check_name, f.subject, f.message, f.expected, f.found, createdAt);
}
