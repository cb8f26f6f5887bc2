/**
 * Crawl state in SQLite (written by src/crawl/): what was fetched, when, with what result and with which validators — so a
 * rerun fetches only what is new, failed or possibly republished (an agenda becoming minutes at
 * the same address), and asks the server conditionally.
 */
import type { DB } from "./statements.js";
import { writeTransaction } from "./write.js";

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

/** Columns added after the first version; added to older databases on open. */
const ADDED: Record<string, string> = {
  etag: "TEXT",
  last_modified: "TEXT",
  /** The feed or listing entry the item was found by (title, date, description): a change means re-check. */
  feed_key: "TEXT",
  meeting_date: "TEXT",
  /** agenda / minutes, as the page says. */
  document_kind: "TEXT",
  /** Something to know about the page that did not stop it (e.g. its charset disagreed with its bytes). */
  note: "TEXT",
};

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
  etag?: string | null;
  last_modified?: string | null;
  feed_key?: string | null;
  meeting_date?: string | null;
  document_kind?: string | null;
  note?: string | null;
}

/** Under the write lock, as openDb's schema: two crawls on one new database both saw a column missing. */
export function ensureCrawlTables(db: DB): void {
  writeTransaction(db, () => {
    db.exec(CRAWL_SQL);
    const have = new Set((db.prepare("PRAGMA table_info(crawl_state)").all() as { name: string }[]).map((c) => c.name));
    for (const [col, type] of Object.entries(ADDED)) if (!have.has(col)) db.exec(`ALTER TABLE crawl_state ADD COLUMN ${col} ${type}`);
  });
}

export function crawlRecord(db: DB, url: string): CrawlRecord | undefined {
  return db.prepare("SELECT * FROM crawl_state WHERE url = ?").get(url) as CrawlRecord | undefined;
}

export function saveCrawlRecord(db: DB, r: CrawlRecord): void {
  const row = { etag: null, last_modified: null, feed_key: null, meeting_date: null, document_kind: null, note: null, ...r, last_fetched: new Date().toISOString() };
  db.prepare(
    `INSERT INTO crawl_state(url, kind, parent_url, status, http_status, sha256, content_type, bytes, attempts, error, last_fetched, etag, last_modified, feed_key, meeting_date, document_kind, note)
     VALUES (@url, @kind, @parent_url, @status, @http_status, @sha256, @content_type, @bytes, @attempts, @error, @last_fetched, @etag, @last_modified, @feed_key, @meeting_date, @document_kind, @note)
     ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, parent_url = excluded.parent_url, status = excluded.status, http_status = excluded.http_status,
       sha256 = coalesce(excluded.sha256, crawl_state.sha256), content_type = excluded.content_type, bytes = excluded.bytes, attempts = crawl_state.attempts + excluded.attempts,
       error = excluded.error, last_fetched = excluded.last_fetched, etag = coalesce(excluded.etag, crawl_state.etag), last_modified = coalesce(excluded.last_modified, crawl_state.last_modified),
       feed_key = coalesce(excluded.feed_key, crawl_state.feed_key), meeting_date = coalesce(excluded.meeting_date, crawl_state.meeting_date),
       document_kind = coalesce(excluded.document_kind, crawl_state.document_kind), note = excluded.note`,
  ).run(row);
}
