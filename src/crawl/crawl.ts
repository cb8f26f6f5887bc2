/**
 * `hva-okr crawl URL`: from a publishing site's feed, listing, meeting or item address to the agenda
 * items and their attachment PDFs (Dynasty and Tweb, see their modules); each download is kept in a
 * content-addressed cache (output/cache/<sha256>) and imported under its URL. Crawl state in SQLite
 * makes a rerun fetch only what is new, failed or possibly republished (checked with conditional
 * requests), so an interrupted crawl resumes without duplicates and minutes replace their agenda.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { DB } from "../store/db.js";
import { sha256 } from "../read/text.js";
import { isPdf } from "../pipeline/extract.js";
import { importPaths, type FileResult } from "../pipeline/import.js";
import { inheritAgendaPeriods } from "../store/documents.js";
import type { ExtractPool } from "../pipeline/pool.js";
import { FetchError, PoliteFetcher, USER_AGENT_TOKEN, type FetchOptions, type Fetched } from "./fetch.js";
import { crawlRecord, ensureCrawlTables, saveCrawlRecord, type CrawlRecord } from "../store/crawl-state.js";
import { recordError } from "../store/documents.js";
import { safeJoin } from "../store/paths.js";
import { siteFor, type ItemRead, type Target } from "./sites.js";

export interface CrawlOptions {
  since?: string;
  /** Last date of the meetings wanted (Tweb's search form asks for a range). */
  until?: string;
  body?: string;
  match?: RegExp;
  maxItems?: number;
  cacheDir?: string;
  /** Items whose meeting is at most this many days old are re-checked on a rerun (default 60). */
  recheckDays?: number;
  /** "Today" for the re-check age (tests). */
  now?: Date;
  fetch?: Omit<FetchOptions, "allowedHosts">;
  pool?: ExtractPool;
  onEvent?: (e: CrawlEvent) => void;
}

export interface CrawlEvent {
  kind: "discovered" | "fetched" | "skipped" | "imported" | "failed" | "warning";
  url: string;
  detail?: string;
}

export interface CrawlFailure {
  url: string;
  reason: string;
  errorClass: string;
}

export interface CrawlSummary {
  site: string;
  discovered: number;
  itemsFetched: number;
  /** Items fetched again because they may have been republished, and found changed. */
  itemsUpdated: number;
  attachmentsFetched: number;
  skippedUnchanged: number;
  imported: FileResult[];
  failures: CrawlFailure[];
  warnings: string[];
}

/** A start address or setting the user can fix: one line, exit 1, nothing fetched. */
export class CrawlError extends Error {
  override name = "CrawlError";
}

const DAY = 86_400_000;

export async function crawl(db: DB, startUrl: string, opts: CrawlOptions = {}): Promise<CrawlSummary> {
  let start: URL;
  try {
    start = new URL(startUrl);
  } catch {
    throw new CrawlError(`"${startUrl}" is not a web address (give a Dynasty or Tweb address starting with https://)`);
  }
  if (start.protocol !== "http:" && start.protocol !== "https:") throw new CrawlError(`${startUrl}: only http and https addresses can be crawled`);
  const site = siteFor(start.href);
  if (!site) {
    throw new CrawlError(
      `${startUrl}: not an address crawl knows (Dynasty: …/DREQUEST.PHP?page=rss/meetingitems, rss/meetings, meeting_frames, meetings&id=…, meeting&id=…, meetingitem&id=…; Tweb: …/pk_kokl_tweb.htm, pk_asil_tweb.htm?bid=…, pk_rssfeed.htm?toimielin=…)`,
    );
  }
  const refusal = site.refuse?.(start.href);
  if (refusal) throw new CrawlError(`${startUrl}: ${refusal}`);
  ensureCrawlTables(db);
  const fetcher = new PoliteFetcher({ ...opts.fetch, allowedHosts: new Set([start.host]) });
  if (!(await fetcher.allowed(start.href))) {
    throw new CrawlError(`${startUrl}: robots.txt of ${start.host} does not allow ${USER_AGENT_TOKEN} to fetch this address; nothing fetched`);
  }
  const cache = opts.cacheDir ?? "output/cache";
  mkdirSync(cache, { recursive: true });
  const emit = (e: CrawlEvent) => opts.onEvent?.(e);
  const summary: CrawlSummary = { site: site.name, discovered: 0, itemsFetched: 0, itemsUpdated: 0, attachmentsFetched: 0, skippedUnchanged: 0, imported: [], failures: [], warnings: [] };
  const fail = (url: string, e: unknown, parent: string | null, kind: string) => {
    const f = e instanceof FetchError ? { url, reason: e.reason, errorClass: e.errorClass } : { url, reason: (e as Error).message, errorClass: (e as Error).name || "Error" };
    summary.failures.push(f);
    recordError(db, null, url, "fetch", f.errorClass, f.reason);
    saveCrawlRecord(db, { url, kind, parent_url: parent, status: "failed", http_status: null, sha256: null, content_type: null, bytes: null, attempts: 1, error: f.reason });
    emit({ kind: "failed", url, detail: f.reason });
  };
  const warn = (url: string, detail: string) => {
    summary.warnings.push(`${url}: ${detail}`);
    emit({ kind: "warning", url, detail });
  };

  let targets: Target[];
  try {
    targets = await site.discover(start.href, { fetcher, opts, fail, warn });
  } catch (err) {
    if (err instanceof FetchError) throw new CrawlError(`${startUrl}: ${err.reason}`);
    throw err;
  }
  const unique = [...new Map(targets.map((t) => [t.url, t])).values()].slice(0, opts.maxItems ?? Infinity);
  summary.discovered = unique.length;
  for (const t of unique) emit({ kind: "discovered", url: t.url });

  const save = (bytes: Buffer, ext: string) => {
    const file = safeJoin(cache, `${sha256(bytes)}.${ext}`);
    writeFileSync(file, bytes);
    return file;
  };
  const now = (opts.now ?? new Date()).getTime();
  for (const target of unique) {
    const done = crawlRecord(db, target.url);
    let conditional: { etag?: string | null; lastModified?: string | null } = {};
    if (done?.status === "done") {
      // Re-check what may have been republished: a changed feed entry, or a recent meeting.
      const changedEntry = target.feedKey !== null && done.feed_key !== null && done.feed_key !== undefined && target.feedKey !== done.feed_key;
      const date = target.meetingDate ?? done.meeting_date ?? null;
      const recent = date !== null && now - Date.parse(date) <= (opts.recheckDays ?? 60) * DAY;
      if (!changedEntry && !recent) {
        summary.skippedUnchanged++;
        emit({ kind: "skipped", url: target.url, detail: "already fetched" });
        continue;
      }
      if (!changedEntry) conditional = { etag: done.etag ?? null, lastModified: done.last_modified ?? null };
    }
    try {
      let page: Fetched | null = null;
      let read: ItemRead | null = null;
      // Dynasty keeps session state and may answer with another item's page: a fresh session, then again.
      for (let attempt = 1; attempt <= 3 && !read; attempt++) {
        page = await fetcher.fetch(target.url, conditional);
        if (page.notModified) break;
        const r = await site.readItem(target, page, { fetcher, opts, fail, warn });
        if (r.identity.ok) read = r;
        else {
          fetcher.resetSession(new URL(target.url).host);
          if (attempt === 3) throw new FetchError(target.url, `the server returned another page than the one asked for (${r.identity.why}), 3 times with fresh sessions; not stored`, "WrongPage");
          warn(target.url, `wrong page (${r.identity.why}); asking again in a fresh session`);
        }
      }
      if (!page || page.notModified || !read || (done?.status === "done" && done.sha256 === sha256(page.bytes))) {
        summary.skippedUnchanged++;
        emit({ kind: "skipped", url: target.url, detail: page?.notModified ? "not modified (304)" : "unchanged" });
        if (page && done) saveCrawlRecord(db, { ...done, attempts: 1, feed_key: target.feedKey, etag: page.etag, last_modified: page.lastModified });
        continue;
      }
      if (done?.status === "done") summary.itemsUpdated++;
      summary.itemsFetched++;
      if (read.note) warn(target.url, read.note);
      emit({ kind: "fetched", url: target.url, detail: read.documentKind ?? undefined });
      const itemRecord: CrawlRecord = {
        url: target.url, kind: "item", parent_url: start.href, status: "done", http_status: page.status, sha256: sha256(page.bytes), content_type: page.contentType, bytes: page.bytes.length,
        attempts: page.attempts, error: null, etag: page.etag, last_modified: page.lastModified, feed_key: target.feedKey, meeting_date: target.meetingDate ?? read.meetingDate ?? null,
        document_kind: read.documentKind, note: read.note,
      };
      const files: { path: string; source: string; record: CrawlRecord }[] = [{ path: save(read.content.bytes, read.content.ext), source: target.url, record: itemRecord }];
      let complete = true;
      for (const a of read.attachments) {
        if (crawlRecord(db, a.url)?.status === "done") continue;
        try {
          const f = await fetcher.fetch(a.url);
          if (!isPdf(f.bytes)) throw new FetchError(a.url, `wrong content type: expected a PDF, got ${f.contentType || "no content type"}`, "WrongContentType");
          summary.attachmentsFetched++;
          emit({ kind: "fetched", url: a.url, detail: a.role });
          const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(f.contentDisposition ?? "")?.[1];
          const note = [a.role === "supplementary" ? "supplementary material (Oheismateriaali)" : null, name ? `file name ${decodeURIComponent(name)}` : null].filter(Boolean).join("; ") || null;
          files.push({ path: save(f.bytes, "pdf"), source: a.url, record: { url: a.url, kind: a.role, parent_url: target.url, status: "done", http_status: f.status, sha256: sha256(f.bytes), content_type: f.contentType, bytes: f.bytes.length, attempts: f.attempts, error: null, note } });
        } catch (err) {
          complete = false;
          fail(a.url, err, target.url, a.role);
        }
      }
      // Import the item and its attachments now; only what is stored counts as done, so a crawl
      // killed at any moment resumes where it was, and nothing is stored twice. Identical files
      // (same bytes, same cache path) go in separate rounds so each keeps its own address.
      const importOpts: Parameters<typeof importPaths>[2] = {};
      if (opts.pool) importOpts.pool = opts.pool;
      const results: FileResult[] = [];
      let pending = files;
      while (pending.length) {
        const seen = new Set<string>();
        const round = pending.filter((f) => !seen.has(f.path) && seen.add(f.path));
        pending = pending.filter((f) => !round.includes(f));
        results.push(...(await importPaths(db, round.map(({ path, source }) => ({ path, source })), importOpts)).results);
      }
      summary.imported.push(...results);
      for (const f of files) {
        const r = results.find((x) => x.source === f.source);
        if (r && r.outcome !== "failed") {
          emit({ kind: "imported", url: f.source, detail: `${r.outcome}${r.family ? `, ${r.family}` : ""}` });
          if (f.record.kind !== "item") saveCrawlRecord(db, f.record);
        } else {
          complete = false;
          const reason = r ? `${r.error!.stage}: ${r.error!.message}` : "not imported";
          summary.failures.push({ url: f.source, reason, errorClass: r?.error?.errorClass ?? "ImportError" });
          if (!r) recordError(db, null, f.source, "store", "ImportError", reason);
          saveCrawlRecord(db, { ...f.record, status: "failed", sha256: null, error: reason });
          emit({ kind: "failed", url: f.source, detail: reason });
        }
      }
      // An item with a failed attachment stays open, so the next crawl tries it again.
      saveCrawlRecord(db, complete ? itemRecord : { ...itemRecord, status: "failed", sha256: null, error: "an attachment failed" });
    } catch (err) {
      fail(target.url, err, start.href, "item");
    }
  }
  // An attachment that states no period reports on its agenda item's period.
  inheritAgendaPeriods(db);
  return summary;
}
