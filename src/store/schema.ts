/**
 * The SQLite schema. Documents are identified by content (sha256); `document_sources` records
 * every path or URL a content was seen under, so a duplicate under another name adds no rows and
 * a changed file replaces the rows of its old content in the same transaction.
 */
export const SCHEMA_VERSION = 2;

/** Columns added after version 1: added in place to older databases (SQLite ADD COLUMN). */
export const ADDED_COLUMNS: { table: string; column: string; decl: string }[] = [
  { table: "documents", column: "report", decl: "TEXT" },
  { table: "documents", column: "same_as", decl: "INTEGER REFERENCES documents(id) ON DELETE SET NULL" },
  { table: "key_results", column: "cell_bboxes", decl: "TEXT" },
];

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
  same_as INTEGER REFERENCES documents(id) ON DELETE SET NULL
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
  line_start INTEGER NOT NULL,
  line_end INTEGER NOT NULL,
  page INTEGER,
  bbox TEXT,
  cell_bboxes TEXT,
  confidence REAL NOT NULL,
  reasons TEXT NOT NULL DEFAULT '[]',
  UNIQUE (document_id, n)
);

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
DROP VIEW IF EXISTS v_key_results;
CREATE VIEW v_key_results AS
SELECT d.region, d.period, d.family, d.sha256,
       (SELECT min(s.source) FROM document_sources s WHERE s.document_id = d.id) AS source,
       k.*
FROM key_results k JOIN documents d ON d.id = k.document_id
WHERE d.same_as IS NULL;

DROP VIEW IF EXISTS v_attainment_by_toimiala;
CREATE VIEW v_attainment_by_toimiala AS
SELECT d.region, d.period, k.toimiala,
       count(*) AS key_results,
       sum(k.toteuma_status = 'measured') AS measured,
       sum(k.attainment_met = 1) AS met,
       sum(k.attainment_met = 0) AS not_met,
       round(avg(k.attainment), 3) AS mean_attainment
FROM key_results k JOIN documents d ON d.id = k.document_id
WHERE d.same_as IS NULL
GROUP BY d.region, d.period, k.toimiala;
`;
