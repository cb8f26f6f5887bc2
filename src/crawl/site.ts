/** The interface a publishing system implements for crawl: how to discover items and read an item page. */
import type { CrawlOptions } from "./crawl.js";
import type { Fetched, PoliteFetcher } from "./fetch.js";

/** An agenda item to fetch, as a feed, listing or meeting page names it. */
export interface Target {
  url: string;
  /** The title the listing gives it (to check the page we get). */
  title: string | null;
  /** The listing entry (title, date, document kind): when it changes, the item is fetched again. */
  feedKey: string | null;
  meetingDate: string | null;
  /** Where the item's attachments are listed, if not on its own page (Tweb). */
  attachmentsUrl?: string | null;
  documentKind?: "agenda" | "minutes" | null;
}

export interface Attachment {
  url: string;
  text: string;
  role: "attachment" | "supplementary";
}

export interface ItemRead {
  identity: { ok: boolean; why: string };
  /** What is imported under the item's address: its text, or its PDF. */
  content: { bytes: Buffer; ext: "txt" | "pdf" };
  attachments: Attachment[];
  documentKind: "agenda" | "minutes" | null;
  meetingDate: string | null;
  /** Something to flag about the page (e.g. its charset disagreed with its bytes). */
  note: string | null;
}

export interface SiteContext {
  fetcher: PoliteFetcher;
  opts: CrawlOptions;
  fail: (url: string, e: unknown, parent: string | null, kind: string) => void;
  warn: (url: string, detail: string) => void;
}

export interface Site {
  name: string;
  accepts(url: string): boolean;
  /** A reason this address of the system is not supported (said in one line), or null. */
  refuse?(url: string): string | null;
  discover(start: string, ctx: SiteContext): Promise<Target[]>;
  readItem(target: Target, page: Fetched, ctx: SiteContext): Promise<ItemRead>;
}

/** "d.m.yyyy" anywhere in a text → "yyyy-mm-dd". */
export function finnishDate(s: string): string | null {
  const m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}
