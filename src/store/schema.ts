/**
 * The SQLite schema. Documents are identified by content (sha256); `document_sources` records
 * every path or URL a content was seen under, so a duplicate under another name adds no rows and
 * a changed file replaces the rows of its old content in the same transaction.
 */
import { createHash } from "node:crypto";

export const SCHEMA_VERSION = 6;

/** Columns added after version 1: added in place to older databases (SQLite ADD COLUMN). */
export const ADDED_COLUMNS: { table: string; column: string; decl: string }[] = [
  { table: "documents", column: "report", decl: "TEXT" },
  { table: "documents", column: "same_as", decl: "INTEGER REFERENCES documents(id) ON DELETE SET NULL" },
  { table: "key_results", column: "cell_bboxes", decl: "TEXT" },
  { table: "key_results", column: "goal_id", decl: "INTEGER REFERENCES goals(id) ON DELETE SET NULL" },
  { table: "key_results", column: "status_common", decl: "TEXT" },
  { table: "documents", column: "overrides_hash", decl: "TEXT NOT NULL DEFAULT ''" },
  // the importing process, and running / finished / interrupted (a run whose process is gone)
  { table: "import_runs", column: "pid", decl: "INTEGER" },
  { table: "import_runs", column: "status", decl: "TEXT" },
  // Goal blocks (family goal-block): the block's box on its page and its other fields, as JSON.
  { table: "goals", column: "bbox", decl: "TEXT" },
  { table: "goals", column: "detail", decl: "TEXT" },
  { table: "key_results", column: "attainment_ratio", decl: "REAL" },
  { table: "documents", column: "period_from", decl: "TEXT" },
  // Schema 6: a key result's cells under header labels that are no known field (JSON object).
  { table: "key_results", column: "extra", decl: "TEXT" },
];

/**
 * Indexes on the child side of every foreign key the tables above do not index already. Why:
 * deleting a document (a changed source replaced, a re-parse) cascades to its goals and rows, and
 * without these SQLite finds each deleted goal's children (sub-goals, evaluations, key results,
 * successes) and each document's rows in the smaller tables by scanning whole tables, so replacing
 * one document got slower as the database grew. Created after ADDED_COLUMNS, which adds some of the
 * columns.
 */
const FOREIGN_KEY_CHILDREN: readonly [table: string, column: string][] = [
  ["goals", "parent_id"],
  ["key_results", "goal_id"],
  ["evaluations", "goal_id"],
  ["successes", "goal_id"],
  ["documents", "same_as"],
  ["theme_assignments", "document_id"],
  ["successes", "document_id"],
  ["timeline", "document_id"],
  ["strategy_summaries", "document_id"],
  ["announced_counts", "document_id"],
  ["progress_figures", "document_id"],
  ["corrections", "document_id"],
  ["findings", "document_id"],
  ["report_sketch", "document_id"],
];
/**
 * Indexes the outputs read instead of the tables (created after ADDED_COLUMNS, like the above).
 * `compare`, the report and their views count every item's status by region and period: these
 * covering indexes hold just the columns v_items reads, so SQLite scans a few MiB of index instead
 * of the wide rows with their texts and boxes. `corrections_figure`: compare --by period and the
 * progress export look up, for each figure, a correction that withdraws it; `progress_figures_figure`:
 * the consistency checks, run after every import, look up for each correction the figures it withdraws.
 */
export const OUTPUT_INDEXES_SQL = `
CREATE INDEX IF NOT EXISTS key_results_items ON key_results(document_id, status_common, toimiala, page);
CREATE INDEX IF NOT EXISTS goals_items ON goals(document_id, level, page);
CREATE INDEX IF NOT EXISTS evaluations_items ON evaluations(goal_id, status_common, score);
CREATE INDEX IF NOT EXISTS corrections_figure ON corrections(metric, period, reported);
CREATE INDEX IF NOT EXISTS progress_figures_figure ON progress_figures(metric, period);`;

export const FOREIGN_KEY_INDEXES_SQL = FOREIGN_KEY_CHILDREN.map(([t, c]) => `CREATE INDEX IF NOT EXISTS ${t}_${c} ON ${t}(${c});`).join("\n");

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS import_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  parser_version TEXT NOT NULL,
  command TEXT NOT NULL,
  files INTEGER NOT NULL DEFAULT 0,
  new_documents INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  replaced INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  bytes INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  encoding TEXT NOT NULL,
  region TEXT,
  region_id TEXT,
  family TEXT NOT NULL,
  period TEXT,
  -- where the period comes from: document (stated in it), option (--period), agenda_item (the
  -- crawled item it is attached to), bundled (main's list for the bundled fixtures)
  period_from TEXT,
  parser_version TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  import_run_id INTEGER REFERENCES import_runs(id),
  lines INTEGER NOT NULL,
  pages INTEGER,
  row_count INTEGER NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]',
  -- parsing report (JSON): rows, mean confidence, low-confidence rows, pages with the table, …
  report TEXT,
  -- the same report already stored in another form (the seed text, pdftotext output and the PDF
  -- of one report): its rows are kept but the analysis views count the report once
  same_as INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  -- fingerprint of the rules/overrides entries applied to this document
  overrides_hash TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS document_sources (
  source TEXT PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_sources_doc ON document_sources(document_id);

CREATE TABLE IF NOT EXISTS key_results (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  section TEXT NOT NULL,
  toimiala TEXT NOT NULL,
  tulosalue TEXT NOT NULL,
  tavoite TEXT NOT NULL,
  avaintulos TEXT NOT NULL,
  toteuma TEXT NOT NULL,
  toteuma_kind TEXT NOT NULL,
  toteuma_value REAL,
  toteuma_value_max REAL,
  toteuma_unit TEXT,
  toteuma_status TEXT NOT NULL,
  toteuma_qualifier TEXT,
  target_direction TEXT,
  target_value REAL,
  target_unit TEXT,
  target_text TEXT,
  attainment REAL,
  attainment_met INTEGER,
  attainment_basis TEXT NOT NULL,
  -- measured ÷ target uncapped; attainment is this capped at rules/normalize.json attainmentCap
  attainment_ratio REAL,
  line_start INTEGER NOT NULL,
  line_end INTEGER NOT NULL,
  page INTEGER,
  bbox TEXT,
  cell_bboxes TEXT,
  -- cells of columns whose header is no known field: JSON {"<header>": text}, NULL when none
  extra TEXT,
  confidence REAL NOT NULL,
  reasons TEXT NOT NULL DEFAULT '[]',
  UNIQUE (document_id, n)
);

-- The common model across regions and document families.
CREATE TABLE IF NOT EXISTS regions (id TEXT PRIMARY KEY, name TEXT NOT NULL);

-- Goals at every level, with parent links:
--   binding_objective (council level) → result_area_objective (Kanta-Häme tavoite; key_results.goal_id)
--   strategic_line (linjaus) → strategy_goal → sub_goal (Länsi-Uusimaa)
--   main_goal → prioritized_sub_goal (Päijät-Häme, with its code)
CREATE TABLE IF NOT EXISTS goals (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  level TEXT NOT NULL,
  parent_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
  n INTEGER,
  code TEXT,
  text TEXT NOT NULL,
  strategy TEXT,
  owner TEXT,
  line INTEGER,
  page INTEGER
);
CREATE INDEX IF NOT EXISTS goals_doc ON goals(document_id);

CREATE TABLE IF NOT EXISTS evaluations (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  achieved TEXT,
  score INTEGER,
  assessment TEXT,
  status_common TEXT NOT NULL,
  score_band TEXT
);

CREATE TABLE IF NOT EXISTS strategy_summaries (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  strategy TEXT NOT NULL, linjaus TEXT NOT NULL,
  count INTEGER, average REAL, completed_yes INTEGER, completed_partial INTEGER
);

CREATE TABLE IF NOT EXISTS announced_counts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  strategy TEXT NOT NULL, count INTEGER NOT NULL, line INTEGER
);

CREATE TABLE IF NOT EXISTS successes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
  heading TEXT NOT NULL, n INTEGER NOT NULL, item TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS timeline (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n INTEGER NOT NULL, when_text TEXT, what TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS agenda_items (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  body TEXT, meeting_date TEXT, document_kind TEXT, item_number INTEGER, diary_number TEXT,
  title TEXT, preparer TEXT, period TEXT, objectives_on_track INTEGER, objectives_total INTEGER,
  sections TEXT, rss TEXT
);

-- Progress figures per reporting period (Kanta-Häme agenda items): metric → value.
CREATE TABLE IF NOT EXISTS progress_figures (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  region_id TEXT, period TEXT, metric TEXT NOT NULL, value REAL
);

-- Figures of an earlier period that a later text says were wrong.
CREATE TABLE IF NOT EXISTS corrections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  period TEXT NOT NULL, metric TEXT NOT NULL, reported REAL NOT NULL, corrected REAL, line INTEGER
);

-- What the source itself gets wrong, found by the consistency checks (source values are never changed).
CREATE TABLE IF NOT EXISTS findings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  check_name TEXT NOT NULL,
  subject TEXT NOT NULL,
  message TEXT NOT NULL,
  expected TEXT,
  found TEXT,
  created_at TEXT NOT NULL
);

-- The reports whose own checks (summary rows, announced counts) are in findings, as of which
-- storing of the report (documents.imported_at): an import checks only the reports it stored.
CREATE TABLE IF NOT EXISTS checked_reports (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  imported_at TEXT NOT NULL
);

-- Theme of a goal or key result, with the terms that matched (explainable).
CREATE TABLE IF NOT EXISTS theme_assignments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  theme TEXT NOT NULL,
  score REAL NOT NULL,
  terms TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS themes_entity ON theme_assignments(entity, entity_id);
-- compare --by theme and the report join every assignment to its row's status: covering, so the
-- join reads the narrow index instead of the table with its JSON terms.
CREATE INDEX IF NOT EXISTS themes_entity_theme ON theme_assignments(entity, entity_id, theme);

-- The statuses of each document's compared items (v_items), counted when it is stored
-- (item-counts.ts): all items and those no theme matched, and per theme. compare and the report
-- sum these over documents instead of joining every row and theme assignment to its status.
CREATE TABLE IF NOT EXISTS item_counts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  items INTEGER NOT NULL, achieved INTEGER NOT NULL, partly INTEGER NOT NULL, not_achieved INTEGER NOT NULL, unknown INTEGER NOT NULL,
  score_sum INTEGER, score_n INTEGER NOT NULL, themeless INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS theme_counts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  items INTEGER NOT NULL, achieved INTEGER NOT NULL, partly INTEGER NOT NULL, not_achieved INTEGER NOT NULL, unknown INTEGER NOT NULL,
  score_sum INTEGER, score_n INTEGER NOT NULL,
  PRIMARY KEY (document_id, theme)
) WITHOUT ROWID;

-- Keys that identify a report's content across its forms (text, PDF): see same_as.
CREATE TABLE IF NOT EXISTS report_keys (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  k TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS report_keys_doc ON report_keys(document_id);

-- The few report keys of each document looked up to find its other forms (sketch.ts). Added in
-- version 4; openDb fills it for documents stored before.
CREATE TABLE IF NOT EXISTS report_sketch (
  k TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (k, document_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS import_errors (
  id INTEGER PRIMARY KEY,
  import_run_id INTEGER REFERENCES import_runs(id),
  source TEXT NOT NULL,
  stage TEXT NOT NULL,
  error_class TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);

-- views
-- One row per report (a report stored in several forms counts once: the form that locates its
-- items, see documents.ts). period: the report's own, else one of its other forms'; source: where
-- it was read; other_forms: the sources of the forms kept as its same_as.
DROP VIEW IF EXISTS v_reports;
CREATE VIEW v_reports AS
SELECT d.id, d.sha256, d.region, d.region_id, d.family, d.pages, d.media_type,
       coalesce(d.period, (SELECT o.period FROM documents o WHERE o.same_as = d.id AND o.period IS NOT NULL ORDER BY o.id LIMIT 1)) AS period,
       coalesce(d.period_from, (SELECT o.period_from FROM documents o WHERE o.same_as = d.id AND o.period IS NOT NULL ORDER BY o.id LIMIT 1)) AS period_from,
       (SELECT min(s.source) FROM document_sources s WHERE s.document_id = d.id) AS source,
       (SELECT json_group_array(s.source) FROM documents o JOIN document_sources s ON s.document_id = o.id WHERE o.same_as = d.id) AS other_forms
FROM documents d
WHERE d.same_as IS NULL;

DROP VIEW IF EXISTS v_goals;
CREATE VIEW v_goals AS
SELECT d.region, d.region_id, d.period, d.period_from, d.family, d.source, g.*, e.achieved, e.score, e.status_common, e.score_band,
       (SELECT p.text FROM goals p WHERE p.id = g.parent_id) AS parent_text
FROM goals g JOIN v_reports d ON d.id = g.document_id
LEFT JOIN evaluations e ON e.goal_id = g.id;

DROP VIEW IF EXISTS v_evaluations;
CREATE VIEW v_evaluations AS
SELECT d.region, d.period, d.period_from, d.source, g.document_id, g.page, g.line, g.strategy, g.level, g.n, g.text AS goal,
       e.achieved, e.score, e.assessment, e.status_common, e.score_band
FROM evaluations e JOIN goals g ON g.id = e.goal_id JOIN v_reports d ON d.id = g.document_id;

DROP VIEW IF EXISTS v_progress;
CREATE VIEW v_progress AS
SELECT d.region, coalesce(p.period, d.period) AS period, d.period_from, d.source, d.sha256, p.*
FROM progress_figures p JOIN v_reports d ON d.id = p.document_id;

DROP VIEW IF EXISTS v_key_results;
CREATE VIEW v_key_results AS
SELECT d.region, d.period, d.period_from, d.family, d.sha256, d.source, d.other_forms, k.*
FROM key_results k JOIN v_reports d ON d.id = k.document_id;

-- mean_attainment: mean of the capped attainment (a met target counts once, see
-- rules/normalize.json attainmentCap) next to the met / not met counts; median_ratio: the median
-- uncapped measured ÷ target. Why both: one far-exceeded target lifted a division's plain mean
-- above 1 while it missed more targets than it met.
DROP VIEW IF EXISTS v_attainment_by_toimiala;
CREATE VIEW v_attainment_by_toimiala AS
WITH kr AS (
  SELECT d.region, d.period, k.toimiala, k.toteuma_status, k.attainment, k.attainment_ratio, k.attainment_met
  FROM key_results k JOIN v_reports d ON d.id = k.document_id
), ranked AS (
  SELECT region, period, toimiala, attainment_ratio AS a,
         row_number() OVER (PARTITION BY region, period, toimiala ORDER BY attainment_ratio) AS i,
         count(*) OVER (PARTITION BY region, period, toimiala) AS c
  FROM kr WHERE attainment_ratio IS NOT NULL
), med AS (
  SELECT region, period, toimiala, avg(a) AS median FROM ranked WHERE i IN ((c + 1) / 2, (c + 2) / 2) GROUP BY region, period, toimiala
)
SELECT kr.region, kr.period, kr.toimiala,
       count(*) AS key_results,
       sum(kr.toteuma_status = 'measured') AS measured,
       sum(kr.attainment_met = 1) AS met,
       sum(kr.attainment_met = 0) AS not_met,
       round(avg(kr.attainment), 3) AS mean_attainment,
       round(min(med.median), 3) AS median_ratio
FROM kr LEFT JOIN med ON med.region IS kr.region AND med.period IS kr.period AND med.toimiala = kr.toimiala
GROUP BY kr.region, kr.period, kr.toimiala;

-- Every compared item once, with its one status (rules/status.json): the status every output uses
-- (compare, the report's theme and division charts, the CSV), so that no two disagree about a row.
-- Built on v_goals and v_key_results, so it counts each report as they do. budget_goal: goal blocks
-- of budgets and financial statements (family goal-block).
DROP VIEW IF EXISTS v_items;
CREATE VIEW v_items AS
SELECT region, period, 'goal' AS entity, id AS entity_id, document_id, NULL AS toimiala,
       coalesce(status_common, 'unknown') AS status, score, page
FROM v_goals WHERE level IN ('strategy_goal', 'main_goal', 'prioritized_sub_goal', 'budget_goal')
UNION ALL
SELECT region, period, 'key_result', id, document_id, toimiala, coalesce(status_common, 'unknown'), NULL, page
FROM v_key_results;

-- The statuses of v_items counted per document (item_counts, filled when a document is stored),
-- each report once: sum it over documents for per-region or per-period counts. themeless: its
-- items no theme matched.
DROP VIEW IF EXISTS v_status_by_document;
CREATE VIEW v_status_by_document AS
SELECT d.id AS document_id, d.region, d.period, s.items, s.achieved, s.partly, s.not_achieved, s.unknown, s.score_sum, s.score_n, s.themeless
FROM documents d JOIN item_counts s ON s.document_id = d.id
WHERE d.same_as IS NULL;
`;

/** A fingerprint of the schema this program creates (tables, added columns, indexes, views). */
export function schemaHash(): string {
  return createHash("sha256").update(SCHEMA_SQL).update(JSON.stringify(ADDED_COLUMNS)).update(FOREIGN_KEY_INDEXES_SQL).digest("hex").slice(0, 16);
}
