/** Crawl state in SQLite: what was fetched, when, with what result — so a rerun fetches only what is new or failed. */
import type { DB } from "../store/db.js";

export const CRAWL_SQL = `
CREATE TABLE IF NOT EXISTS crawl_state (
  url TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  parent_url TEXT,
  status TEXT NOT NULL,
  http_status INTEGER,
  sha256 TEXT,
  content_type TEXT,
  bytes INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  last_fetched TEXT NOT NULL
);`;

export interface CrawlRecord {
  url: string;
  kind: string;
  parent_url: string | null;
  status: "done" | "failed" | "skipped";
  http_status: number | null;
  sha256: string | null;
  content_type: string | null;
  bytes: number | null;
  attempts: number;
  error: string | null;
}

export function ensureCrawlTables(db: DB): void {
  db.exec(CRAWL_SQL);
}

export function crawlRecord(db: DB, url: string): CrawlRecord | undefined {
  return db.prepare("SELECT * FROM crawl_state WHERE url = ?").get(url) as CrawlRecord | undefined;
}

export function saveCrawlRecord(db: DB, r: CrawlRecord): void {
  db.prepare(
    `INSERT INTO crawl_state(url, kind, parent_url, status, http_status, sha256, content_type, bytes, attempts, error, last_fetched)
     VALUES (@url, @kind, @parent_url, @status, @http_status, @sha256, @content_type, @bytes, @attempts, @error, @last_fetched)
     ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, parent_url = excluded.parent_url, status = excluded.status, http_status = excluded.http_status,
       sha256 = excluded.sha256, content_type = excluded.content_type, bytes = excluded.bytes, attempts = crawl_state.attempts + excluded.attempts,
       error = excluded.error, last_fetched = excluded.last_fetched`,
  ).run({ ...r, last_fetched: new Date().toISOString() });
}
