/** Read-only questions the CLI asks the database (SQL stays in src/store/). */
import type { DB } from "./db.js";
import { FINDINGS_ORDER } from "./checks.js";

export interface Totals {
  documents: number;
  keyResults: number;
  /** Key results counting each report once (a report stored in several forms). */
  distinctKeyResults: number;
  /** Goals of every family at every level (objectives, evaluated goals, goal blocks), each report once. */
  goals: number;
}

export function totals(db: DB): Totals {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return { documents: n("SELECT count(*) AS n FROM documents"), keyResults: n("SELECT count(*) AS n FROM key_results"), distinctKeyResults: n("SELECT count(*) AS n FROM v_key_results"), goals: n("SELECT count(*) AS n FROM v_goals") };
}

export interface FindingRow {
  check_name: string;
  subject: string;
  message: string;
  source: string | null;
}

export interface ImportErrorRow {
  run: number | null;
  started_at: string | null;
  source: string;
  stage: string;
  error_class: string;
  message: string;
}

/**
 * What import runs could not read, oldest first: the latest run's (`all` false) or every run's.
 * `import_errors` is a log, one row per failure per run, so a file that fails on every rerun is
 * listed once per run only with `all`.
 */
export function importErrors(db: DB, all: boolean): { latestRun: { id: number; started_at: string } | null; rows: ImportErrorRow[] } {
  const latestRun = (db.prepare("SELECT id, started_at FROM import_runs ORDER BY id DESC LIMIT 1").get() as { id: number; started_at: string } | undefined) ?? null;
  const where = all || !latestRun ? "" : "WHERE e.import_run_id = ?";
  const rows = db
    .prepare(`SELECT e.import_run_id AS run, r.started_at, e.source, e.stage, e.error_class, e.message FROM import_errors e LEFT JOIN import_runs r ON r.id = e.import_run_id ${where} ORDER BY e.id`)
    .all(...(where ? [latestRun!.id] : [])) as ImportErrorRow[];
  return { latestRun, rows };
}

/** The stored findings in order, read one at a time (a database may hold many). */
export function iterateFindings(db: DB): IterableIterator<FindingRow> {
  return db
    .prepare(`SELECT f.check_name, f.subject, f.message, (SELECT min(source) FROM document_sources s WHERE s.document_id = f.document_id) AS source FROM findings f ORDER BY ${FINDINGS_ORDER}`)
    .iterate() as IterableIterator<FindingRow>;
}

/** Counts for the report's header: documents, reports, regions and periods, and rows. */
export function reportTotals(db: DB): { documents: number; reports: number | null; regions: number; periods: number; region_names: string | null; kr: number; goals: number } {
  const totals = db
    .prepare(
      `SELECT count(*) AS documents, sum(same_as IS NULL) AS reports, count(DISTINCT region) AS regions, count(DISTINCT period) AS periods,
              group_concat(DISTINCT region) AS region_names FROM documents`,
    )
    .get() as { documents: number; reports: number | null; regions: number; periods: number; region_names: string | null };
  const rows = db.prepare("SELECT (SELECT count(*) FROM v_key_results) AS kr, (SELECT count(*) FROM v_goals) AS goals").get() as { kr: number; goals: number };
  return { ...totals, ...rows };
}

export interface RegionFamilyCount {
  region: string;
  family: string;
  documents: number;
  reports: number;
  key_results: number;
}

/** Documents, distinct reports and key results per region and family. */
export function countsByRegionAndFamily(db: DB): RegionFamilyCount[] {
  return db
    .prepare(
      `SELECT coalesce(d.region, '?') AS region, d.family, count(DISTINCT d.id) AS documents,
              count(DISTINCT CASE WHEN d.same_as IS NULL THEN d.id END) AS reports,
              sum(CASE WHEN d.same_as IS NULL AND k.id IS NOT NULL THEN 1 ELSE 0 END) AS key_results
       FROM documents d LEFT JOIN key_results k ON k.document_id = d.id GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all() as RegionFamilyCount[];
}

/** A stored key result as `review` weighs it (cli/review-rows.ts): its cells, parsed value and recorded reasons (JSON). */
export interface ReviewCandidate {
  source: string;
  sha256: string;
  page: number | null;
  line: number;
  n: number;
  toimiala: string;
  tulosalue: string;
  tavoite: string;
  avaintulos: string;
  toteuma: string;
  toteuma_value: number | null;
  toteuma_status: string;
  confidence: number;
  reasons: string;
}

/** Every key result (each report once), least sure first. */
export function reviewCandidates(db: DB): ReviewCandidate[] {
  return db
    .prepare(
      `SELECT source, sha256, page, line_start AS line, n, toimiala, tulosalue, tavoite, avaintulos, toteuma, toteuma_value, toteuma_status, confidence, reasons
       FROM v_key_results ORDER BY confidence, source, n`,
    )
    .all() as ReviewCandidate[];
}

/** The stored document whose sha256 begins with `prefix`. */
export function documentIdBySha(db: DB, prefix: string): number | undefined {
  return (db.prepare("SELECT id FROM documents WHERE sha256 LIKE ? || '%'").get(prefix) as { id: number } | undefined)?.id;
}

/** The stored value of an overridable field of item `n` of a document: a key result's cell, or a strategy goal's text or assessment. */
export function storedItemField(db: DB, documentId: number, n: number, field: string): unknown {
  const row = db.prepare("SELECT * FROM key_results WHERE document_id = ? AND n = ?").get(documentId, n) as Record<string, unknown> | undefined;
  const goal = db.prepare("SELECT g.text AS tavoite, e.assessment FROM goals g LEFT JOIN evaluations e ON e.goal_id = g.id WHERE g.document_id = ? AND g.level = 'strategy_goal' AND g.n = ?").get(documentId, n) as Record<string, unknown> | undefined;
  return row?.[field] ?? goal?.[field];
}
