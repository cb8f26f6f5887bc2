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
import { siteFor } from "./sites.js";
import type { ItemRead, Site, SiteContext, Target } from "./site.js";

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

/** One crawl's state, shared by its steps. */
interface Run {
  db: DB;
  opts: CrawlOptions;
  start: URL;
  site: Site;
  fetcher: PoliteFetcher;
  summary: CrawlSummary;
  ctx: SiteContext;
  emit: (e: CrawlEvent) => void;
  /** "Today" for the re-check age, ms. */
  now: number;
  /** Keeps a download in the content-addressed cache; returns its path. */
  save: (bytes: Buffer, ext: string) => string;
}

/** A downloaded file to import, with the crawl record it gets once stored. */
interface Download {
  path: string;
  source: string;
  record: CrawlRecord;
}

export async function crawl(db: DB, startUrl: string, opts: CrawlOptions = {}): Promise<CrawlSummary> {
  const { start, site } = startingPoint(startUrl);
  ensureCrawlTables(db);
  const fetcher = new PoliteFetcher({ ...opts.fetch, allowedHosts: new Set([start.host]) });
  if (!(await fetcher.allowed(start.href))) {
    throw new CrawlError(`${startUrl}: robots.txt of ${start.host} does not allow ${USER_AGENT_TOKEN} to fetch this address; nothing fetched`);
  }
  const run = newRun(db, opts, start, site, fetcher);
  let targets: Target[];
  try {
    targets = await site.discover(start.href, run.ctx);
  } catch (err) {
    if (err instanceof FetchError) throw new CrawlError(`${startUrl}: ${err.reason}`);
    throw err;
  }
  const unique = [...new Map(targets.map((t) => [t.url, t])).values()].slice(0, opts.maxItems ?? Infinity);
  run.summary.discovered = unique.length;
  for (const t of unique) run.emit({ kind: "discovered", url: t.url });
  for (const target of unique) await crawlItem(run, target);
  // An attachment that states no period reports on its agenda item's period.
  inheritAgendaPeriods(db);
  return run.summary;
}

/** The start address, checked, and the site that serves it; a CrawlError the user can fix otherwise. */
function startingPoint(startUrl: string): { start: URL; site: Site } {
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
  return { start, site };
}

/** The run's summary, cache and the failure and warning reporters the site gets. */
function newRun(db: DB, opts: CrawlOptions, start: URL, site: Site, fetcher: PoliteFetcher): Run {
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
  const save = (bytes: Buffer, ext: string) => {
    const file = safeJoin(cache, `${sha256(bytes)}.${ext}`);
    writeFileSync(file, bytes);
    return file;
  };
  return { db, opts, start, site, fetcher, summary, ctx: { fetcher, opts, fail, warn }, emit, now: (opts.now ?? new Date()).getTime(), save };
}

/** One agenda item: skipped if known and not possibly republished, else fetched, its attachments fetched, all imported. */
async function crawlItem(run: Run, target: Target): Promise<void> {
  const { db, summary, emit } = run;
  const done = crawlRecord(db, target.url);
  const conditional = recheck(run, target, done);
  if (conditional === null) {
    summary.skippedUnchanged++;
    emit({ kind: "skipped", url: target.url, detail: "already fetched" });
    return;
  }
  try {
    const { page, read } = await fetchItem(run, target, conditional);
    if (!page || page.notModified || !read || (done?.status === "done" && done.sha256 === sha256(page.bytes))) {
      summary.skippedUnchanged++;
      emit({ kind: "skipped", url: target.url, detail: page?.notModified ? "not modified (304)" : "unchanged" });
      if (page && done) saveCrawlRecord(db, { ...done, attempts: 1, feed_key: target.feedKey, etag: page.etag, last_modified: page.lastModified });
      return;
    }
    if (done?.status === "done") summary.itemsUpdated++;
    summary.itemsFetched++;
    if (read.note) run.ctx.warn(target.url, read.note);
    emit({ kind: "fetched", url: target.url, detail: read.documentKind ?? undefined });
    const itemRecord: CrawlRecord = {
      url: target.url, kind: "item", parent_url: run.start.href, status: "done", http_status: page.status, sha256: sha256(page.bytes), content_type: page.contentType, bytes: page.bytes.length,
      attempts: page.attempts, error: null, etag: page.etag, last_modified: page.lastModified, feed_key: target.feedKey, meeting_date: target.meetingDate ?? read.meetingDate ?? null,
      document_kind: read.documentKind, note: read.note,
    };
    const files: Download[] = [{ path: run.save(read.content.bytes, read.content.ext), source: target.url, record: itemRecord }];
    const attachmentsFetched = await fetchAttachments(run, target, read, files);
    const imported = await importDownloads(run, files);
    // An item with a failed attachment stays open, so the next crawl tries it again.
    saveCrawlRecord(db, attachmentsFetched && imported ? itemRecord : { ...itemRecord, status: "failed", sha256: null, error: "an attachment failed" });
  } catch (err) {
    run.ctx.fail(target.url, err, run.start.href, "item");
  }
}

/**
 * Whether an item fetched before is asked for again: null when not, else the validators of a
 * conditional request (none when its feed entry changed). Re-checked is what may have been
 * republished: a changed feed entry, or a recent meeting.
 */
function recheck(run: Run, target: Target, done: CrawlRecord | undefined): { etag?: string | null; lastModified?: string | null } | null {
  if (done?.status !== "done") return {};
  const changedEntry = target.feedKey !== null && done.feed_key !== null && done.feed_key !== undefined && target.feedKey !== done.feed_key;
  const date = target.meetingDate ?? done.meeting_date ?? null;
  const recent = date !== null && run.now - Date.parse(date) <= (run.opts.recheckDays ?? 60) * DAY;
  if (!changedEntry && !recent) return null;
  return changedEntry ? {} : { etag: done.etag ?? null, lastModified: done.last_modified ?? null };
}

/** The item page and what the site reads from it. Dynasty keeps session state and may answer with another item's page: a fresh session, then again. */
async function fetchItem(run: Run, target: Target, conditional: { etag?: string | null; lastModified?: string | null }): Promise<{ page: Fetched | null; read: ItemRead | null }> {
  let page: Fetched | null = null;
  let read: ItemRead | null = null;
  for (let attempt = 1; attempt <= 3 && !read; attempt++) {
    page = await run.fetcher.fetch(target.url, conditional);
    if (page.notModified) break;
    const r = await run.site.readItem(target, page, run.ctx);
    if (r.identity.ok) read = r;
    else {
      run.fetcher.resetSession(new URL(target.url).host);
      if (attempt === 3) throw new FetchError(target.url, `the server returned another page than the one asked for (${r.identity.why}), 3 times with fresh sessions; not stored`, "WrongPage");
      run.ctx.warn(target.url, `wrong page (${r.identity.why}); asking again in a fresh session`);
    }
  }
  return { page, read };
}

/** Downloads the item's attachments not stored before into `files`; false when any failed. */
async function fetchAttachments(run: Run, target: Target, read: ItemRead, files: Download[]): Promise<boolean> {
  let complete = true;
  for (const a of read.attachments) {
    if (crawlRecord(run.db, a.url)?.status === "done") continue;
    try {
      const f = await run.fetcher.fetch(a.url);
      if (!isPdf(f.bytes)) throw new FetchError(a.url, `wrong content type: expected a PDF, got ${f.contentType || "no content type"}`, "WrongContentType");
      run.summary.attachmentsFetched++;
      run.emit({ kind: "fetched", url: a.url, detail: a.role });
      const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(f.contentDisposition ?? "")?.[1];
      const note = [a.role === "supplementary" ? "supplementary material (Oheismateriaali)" : null, name ? `file name ${decodeURIComponent(name)}` : null].filter(Boolean).join("; ") || null;
      files.push({ path: run.save(f.bytes, "pdf"), source: a.url, record: { url: a.url, kind: a.role, parent_url: target.url, status: "done", http_status: f.status, sha256: sha256(f.bytes), content_type: f.contentType, bytes: f.bytes.length, attempts: f.attempts, error: null, note } });
    } catch (err) {
      complete = false;
      run.ctx.fail(a.url, err, target.url, a.role);
    }
  }
  return complete;
}

/**
 * Imports the item and its attachments now; only what is stored counts as done, so a crawl
 * killed at any moment resumes where it was, and nothing is stored twice. Identical files (same
 * bytes, same cache path) go in separate rounds so each keeps its own address. False when any failed.
 */
async function importDownloads(run: Run, files: readonly Download[]): Promise<boolean> {
  const { db, summary, emit } = run;
  const importOpts: Parameters<typeof importPaths>[2] = {};
  if (run.opts.pool) importOpts.pool = run.opts.pool;
  const results: FileResult[] = [];
  let pending = files;
  while (pending.length) {
    const seen = new Set<string>();
    const round = pending.filter((f) => !seen.has(f.path) && seen.add(f.path));
    pending = pending.filter((f) => !round.includes(f));
    results.push(...(await importPaths(db, round.map(({ path, source }) => ({ path, source })), importOpts)).results);
  }
  summary.imported.push(...results);
  let complete = true;
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
  return complete;
}
