/**
 * `hva-okr crawl URL`: from a Dynasty RSS feed, meeting page or item page to the agenda items and
 * their attachment PDFs; each download is kept in a content-addressed cache (output/cache/<sha256>)
 * and imported under its URL. Crawl state in SQLite makes a rerun fetch only what is new or
 * failed, so an interrupted crawl resumes without duplicates.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { DB } from "../store/db.js";
import { sha256 } from "../read/text.js";
import { isPdf } from "../pipeline/extract.js";
import { importPaths, type FileResult } from "../pipeline/import.js";
import type { ExtractPool } from "../pipeline/pool.js";
import { decodePage, FetchError, PoliteFetcher, type FetchOptions } from "./fetch.js";
import { classify, htmlToText, isAttachmentLink, isItemLink, links, parseRss } from "./dynasty.js";
import { crawlRecord, ensureCrawlTables, saveCrawlRecord, type CrawlRecord } from "./state.js";
import { recordError } from "../store/documents.js";
import { safeJoin } from "../store/paths.js";

export interface CrawlOptions {
  since?: string;
  body?: string;
  match?: RegExp;
  maxItems?: number;
  cacheDir?: string;
  fetch?: Omit<FetchOptions, "allowedHosts">;
  pool?: ExtractPool;
  onEvent?: (e: CrawlEvent) => void;
}

export interface CrawlEvent {
  kind: "discovered" | "fetched" | "skipped" | "imported" | "failed";
  url: string;
  detail?: string;
}

export interface CrawlFailure {
  url: string;
  reason: string;
  errorClass: string;
}

export interface CrawlSummary {
  discovered: number;
  itemsFetched: number;
  attachmentsFetched: number;
  skippedUnchanged: number;
  imported: FileResult[];
  failures: CrawlFailure[];
}

export async function crawl(db: DB, startUrl: string, opts: CrawlOptions = {}): Promise<CrawlSummary> {
  ensureCrawlTables(db);
  const start = classify(startUrl);
  if (start.kind === "other") throw new Error(`${startUrl}: not a Dynasty RSS feed, meeting page or item page (…/DREQUEST.PHP?page=…)`);
  const host = new URL(startUrl).host;
  const fetcher = new PoliteFetcher({ ...opts.fetch, allowedHosts: new Set([host]) });
  const cache = opts.cacheDir ?? "output/cache";
  mkdirSync(cache, { recursive: true });
  const emit = (e: CrawlEvent) => opts.onEvent?.(e);
  const summary: CrawlSummary = { discovered: 0, itemsFetched: 0, attachmentsFetched: 0, skippedUnchanged: 0, imported: [], failures: [] };
  const fail = (url: string, e: unknown, parent: string | null, kind: string) => {
    const f = e instanceof FetchError ? { url, reason: e.reason, errorClass: e.errorClass } : { url, reason: (e as Error).message, errorClass: (e as Error).name || "Error" };
    summary.failures.push(f);
    recordError(db, null, url, "fetch", f.errorClass, f.reason);
    saveCrawlRecord(db, { url, kind, parent_url: parent, status: "failed", http_status: null, sha256: null, content_type: null, bytes: null, attempts: 1, error: f.reason });
    emit({ kind: "failed", url, detail: f.reason });
  };

  // Discovery: item URLs (with the title the feed gives them, to check the page we get).
  const items: { url: string; title: string | null }[] = [];
  if (start.kind === "item") items.push({ url: startUrl, title: null });
  else {
    const meetingUrls: string[] = [];
    if (start.kind === "meeting") meetingUrls.push(startUrl);
    else {
      const feed = await fetcher.fetch(startUrl);
      for (const it of parseRss(decodePage(feed), startUrl)) {
        if (opts.body && it.body?.toLowerCase() !== opts.body.toLowerCase()) continue;
        if (opts.since && it.date && it.date < opts.since) continue;
        if (opts.match && !opts.match.test(it.title)) continue;
        const k = classify(it.link).kind;
        if (k === "item") items.push({ url: it.link, title: it.subject ?? it.title });
        else if (k === "meeting") meetingUrls.push(it.link);
      }
    }
    for (const m of meetingUrls) {
      try {
        const page = await fetcher.fetch(m);
        for (const l of links(decodePage(page), page.finalUrl).filter(isItemLink)) {
          if (!opts.match || opts.match.test(l.text)) items.push({ url: l.url, title: l.text || null });
        }
      } catch (err) {
        fail(m, err, startUrl, "meeting");
      }
    }
  }
  const unique = [...new Map(items.map((i) => [i.url, i])).values()].slice(0, opts.maxItems ?? Infinity);
  summary.discovered = unique.length;
  for (const i of unique) emit({ kind: "discovered", url: i.url });

  const save = (bytes: Buffer, ext: string) => {
    const file = safeJoin(cache, `${sha256(bytes)}.${ext}`);
    writeFileSync(file, bytes);
    return file;
  };
  for (const item of unique) {
    const done = crawlRecord(db, item.url);
    if (done?.status === "done") {
      summary.skippedUnchanged++;
      emit({ kind: "skipped", url: item.url, detail: "already fetched" });
      continue;
    }
    try {
      const page = await fetcher.fetch(item.url);
      const html = decodePage(page);
      // The server keeps session state: make sure the page is the one asked for.
      const id = classify(item.url).id!;
      const text = htmlToText(html);
      if (!html.includes(id) && !(item.title && text.replace(/\s+/g, " ").includes(item.title.replace(/\s+/g, " ")))) {
        throw new FetchError(item.url, "the server returned another page than the one asked for", "WrongPage");
      }
      summary.itemsFetched++;
      emit({ kind: "fetched", url: item.url });
      const files: { path: string; source: string; record: CrawlRecord }[] = [
        { path: save(Buffer.from(text, "utf8"), "txt"), source: item.url, record: { url: item.url, kind: "item", parent_url: startUrl, status: "done", http_status: page.status, sha256: sha256(page.bytes), content_type: page.contentType, bytes: page.bytes.length, attempts: page.attempts, error: null } },
      ];
      let complete = true;
      for (const a of links(html, page.finalUrl).filter(isAttachmentLink)) {
        if (crawlRecord(db, a.url)?.status === "done") continue;
        try {
          const f = await fetcher.fetch(a.url);
          if (!isPdf(f.bytes)) throw new FetchError(a.url, `wrong content type: expected a PDF, got ${f.contentType || "no content type"}`, "WrongContentType");
          summary.attachmentsFetched++;
          emit({ kind: "fetched", url: a.url });
          files.push({ path: save(f.bytes, "pdf"), source: a.url, record: { url: a.url, kind: "attachment", parent_url: item.url, status: "done", http_status: f.status, sha256: sha256(f.bytes), content_type: f.contentType, bytes: f.bytes.length, attempts: f.attempts, error: null } });
        } catch (err) {
          complete = false;
          fail(a.url, err, item.url, "attachment");
        }
      }
      // Import the item and its attachments now; only what is stored counts as done, so a crawl
      // killed at any moment resumes where it was, and nothing is stored twice.
      const importOpts: Parameters<typeof importPaths>[2] = {};
      if (opts.pool) importOpts.pool = opts.pool;
      const s = await importPaths(db, files.map(({ path, source }) => ({ path, source })), importOpts);
      summary.imported.push(...s.results);
      for (const f of files) {
        const r = s.results.find((x) => x.source === f.source);
        if (r && r.outcome !== "failed") {
          emit({ kind: "imported", url: f.source, detail: `${r.outcome}${r.family ? `, ${r.family}` : ""}` });
          if (f.record.kind === "attachment") saveCrawlRecord(db, f.record);
        } else {
          complete = false;
          const reason = r ? `${r.error!.stage}: ${r.error!.message}` : "not imported";
          summary.failures.push({ url: f.source, reason, errorClass: r?.error?.errorClass ?? "ImportError" });
          saveCrawlRecord(db, { ...f.record, status: "failed", error: reason });
          emit({ kind: "failed", url: f.source, detail: reason });
        }
      }
      // An item with a failed attachment stays open, so the next crawl tries it again.
      saveCrawlRecord(db, complete ? files[0]!.record : { ...files[0]!.record, status: "failed", error: "an attachment failed" });
    } catch (err) {
      fail(item.url, err, startUrl, "item");
    }
  }
  return summary;
}
