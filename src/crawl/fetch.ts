/**
 * A polite HTTP client for crawling: robots.txt read and obeyed per host (with its Crawl-delay),
 * per-host concurrency and rate cap (p-queue), a time limit per request, retries with backoff on
 * 5xx, timeouts and resets, `Retry-After` honoured (bounded) for 429 and 503, a size cap per
 * download, a named User-Agent, a cookie jar per host (publishing systems keep session state; a
 * fresh jar starts a new session), conditional requests (ETag / Last-Modified), redirects followed
 * by hand and never to another host.
 */
import PQueue from "p-queue";
import { PARSER_VERSION } from "../version.js";
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from "./robots.js";

export interface FetchOptions {
  /** Requests at once per host. */
  concurrency?: number;
  /** Requests per second per host. */
  ratePerSecond?: number;
  timeoutMs?: number;
  retries?: number;
  /** Base delay of the exponential backoff. */
  backoffMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Longest wait a `Retry-After` may ask for; a longer one fails the request. */
  maxRetryAfterMs?: number;
  /** Longest Crawl-delay obeyed as asked; a longer one is capped (and the run is slow, not endless). */
  maxCrawlDelayMs?: number;
  /** Read and obey robots.txt (default true). */
  robots?: boolean;
  /** Hosts that may be fetched (the start URL's host). */
  allowedHosts: ReadonlySet<string>;
}

export interface RequestOptions {
  method?: "GET" | "POST";
  form?: Record<string, string>;
  /** Conditional request: validators of the stored copy. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Buffer;
  attempts: number;
  etag: string | null;
  lastModified: string | null;
  contentDisposition: string | null;
  /** 304: the stored copy is current; `bytes` is empty. */
  notModified: boolean;
}

export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly errorClass: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = "FetchError";
  }
}

export const USER_AGENT_TOKEN = "hva-okr";
export const USER_AGENT = `${USER_AGENT_TOKEN}/${PARSER_VERSION} (research crawler of public board agendas)`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Milliseconds a `Retry-After` value asks for (delta seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : null;
}

export class PoliteFetcher {
  private readonly queues = new Map<string, PQueue>();
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly nextAt = new Map<string, number>();
  private readonly jars = new Map<string, Map<string, string>>();
  constructor(private readonly opts: FetchOptions) {}

  private queue(host: string): PQueue {
    let q = this.queues.get(host);
    if (!q) {
      const rate = this.opts.ratePerSecond ?? 5;
      q = new PQueue({ concurrency: this.opts.concurrency ?? 2, intervalCap: Math.max(1, Math.round(rate)), interval: 1000 });
      this.queues.set(host, q);
    }
    return q;
  }

  /** Forgets the host's cookies: the next request starts a new server session. */
  resetSession(host: string): void {
    this.jars.delete(host);
  }

  /** The robots.txt rules of the URL's host (fetched once per run). */
  robotsFor(url: string): Promise<RobotsRules> {
    const u = new URL(url);
    if (this.opts.robots === false) return Promise.resolve(ALLOW_ALL);
    let p = this.robots.get(u.host);
    if (!p) {
      // A slow answer is not a refusal: robots.txt gets a generous time limit and a second try;
      // only a server that cannot answer it (5xx, unreachable) means "disallow all".
      const get = () => this.queue(u.host).add(() => this.once(`${u.origin}/robots.txt`, {}, Math.max(this.opts.timeoutMs ?? 30_000, 15_000))) as Promise<Omit<Fetched, "attempts">>;
      p = get()
        .catch((e: unknown) => (e instanceof FetchError && e.errorClass === "HttpError" ? Promise.reject(e) : sleep(this.opts.backoffMs ?? 500).then(get)))
        .then((r) => parseRobots(r.bytes.toString("utf8"), USER_AGENT_TOKEN))
        .catch((e: unknown) => (e instanceof FetchError && e.errorClass === "HttpError" ? ALLOW_ALL : DISALLOW_ALL));
      this.robots.set(u.host, p);
    }
    return p;
  }

  /** Whether robots.txt lets us fetch the URL. */
  async allowed(url: string): Promise<boolean> {
    const u = new URL(url);
    return isAllowed(await this.robotsFor(url), u.pathname + u.search);
  }

  /** Waits for the host's Crawl-delay since its previous request. */
  private async pace(url: string): Promise<void> {
    const host = new URL(url).host;
    const delay = (await this.robotsFor(url)).crawlDelay;
    if (!delay) return;
    const ms = Math.min(delay * 1000, this.opts.maxCrawlDelayMs ?? 30_000);
    const now = Date.now();
    const at = Math.max(now, this.nextAt.get(host) ?? 0);
    this.nextAt.set(host, at + ms);
    if (at > now) await sleep(at - now);
  }

  /** Fetches a URL on its host's queue, with retries; throws FetchError naming the URL and reason. */
  async fetch(url: string, req: RequestOptions = {}): Promise<Fetched> {
    const host = new URL(url).host;
    if (!this.opts.allowedHosts.has(host)) throw new FetchError(url, `host ${host} is not the crawl's host; not fetched`, "OtherHost");
    if (!(await this.allowed(url))) throw new FetchError(url, `robots.txt of ${host} disallows this address for ${USER_AGENT_TOKEN}; not fetched`, "RobotsDisallowed");
    const retries = this.opts.retries ?? 3;
    let lastErr: FetchError | undefined;
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      let wait = (this.opts.backoffMs ?? 500) * 2 ** (attempt - 1);
      try {
        await this.pace(url);
        const r = (await this.queue(host).add(() => this.once(url, req))) as Omit<Fetched, "attempts">;
        return { ...r, attempts: attempt };
      } catch (err) {
        const e = err instanceof FetchError ? err : new FetchError(url, (err as Error).message, "NetworkError");
        lastErr = e;
        if (e instanceof RetryAfter) {
          const max = this.opts.maxRetryAfterMs ?? 60_000;
          if (e.ms > max) {
            lastErr = new FetchError(url, `${e.reason}; Retry-After asks for ${Math.round(e.ms / 1000)} s, more than the ${Math.round(max / 1000)} s this crawl waits`, e.errorClass);
            break;
          }
          wait = e.ms;
        }
        const retryable = ["Timeout", "ServerError", "NetworkError", "TooManyRequests"].includes(e.errorClass);
        if (!retryable || attempt > retries) break;
        await sleep(wait);
      }
    }
    throw lastErr!;
  }

  private cookieHeader(host: string): string | null {
    const jar = this.jars.get(host);
    return jar?.size ? [...jar].map(([k, v]) => `${k}=${v}`).join("; ") : null;
  }

  private keepCookies(host: string, res: Response): void {
    const set = res.headers.getSetCookie?.() ?? [];
    if (!set.length) return;
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    for (const c of set) {
      const m = /^\s*([^=;\s]+)=([^;]*)/.exec(c);
      if (m) jar.set(m[1]!, m[2]!);
    }
  }

  private async once(startUrl: string, req: RequestOptions, timeoutMs = this.opts.timeoutMs ?? 30_000): Promise<Omit<Fetched, "attempts">> {
    let url = startUrl;
    let method = req.method ?? "GET";
    const seen = new Set<string>();
    for (let hop = 0; hop <= (this.opts.maxRedirects ?? 5); hop++) {
      if (seen.has(url)) throw new FetchError(startUrl, `redirect loop at ${url}`, "RedirectLoop");
      seen.add(url);
      const host = new URL(url).host;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: "*/*" };
      const cookie = this.cookieHeader(host);
      if (cookie) headers.cookie = cookie;
      if (req.etag) headers["if-none-match"] = req.etag;
      if (req.lastModified) headers["if-modified-since"] = req.lastModified;
      let body: string | undefined;
      if (method === "POST" && req.form) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        body = new URLSearchParams(req.form).toString();
      }
      let res: Response;
      try {
        res = await fetch(url, { method, body, redirect: "manual", signal: controller.signal, headers });
      } catch (err) {
        clearTimeout(timer);
        const aborted = (err as Error).name === "AbortError";
        throw new FetchError(startUrl, aborted ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `network error: ${(err as Error).message}`, aborted ? "Timeout" : "NetworkError");
      }
      try {
        this.keepCookies(host, res);
        if (res.status >= 300 && res.status < 400 && res.status !== 304 && res.headers.get("location")) {
          const next = new URL(res.headers.get("location")!, url).href;
          const nextHost = new URL(next).host;
          if (!this.opts.allowedHosts.has(nextHost)) throw new FetchError(startUrl, `redirects to another host (${nextHost})`, "OtherHost");
          url = next;
          if (res.status !== 307 && res.status !== 308) method = "GET";
          continue;
        }
        const meta = {
          url: startUrl,
          finalUrl: url,
          status: res.status,
          contentType: res.headers.get("content-type") ?? "",
          etag: res.headers.get("etag"),
          lastModified: res.headers.get("last-modified"),
          contentDisposition: res.headers.get("content-disposition"),
        };
        if (res.status === 304) return { ...meta, bytes: Buffer.alloc(0), notModified: true };
        if (res.status === 429 || res.status === 503) {
          const ms = retryAfterMs(res.headers.get("retry-after"));
          const reason = res.status === 429 ? "too many requests (429)" : "service unavailable (503)";
          if (ms !== null) throw new RetryAfter(startUrl, reason, res.status === 429 ? "TooManyRequests" : "ServerError", ms);
          throw new FetchError(startUrl, reason, res.status === 429 ? "TooManyRequests" : "ServerError");
        }
        if (res.status >= 500) throw new FetchError(startUrl, `server error ${res.status}`, "ServerError");
        if (res.status >= 400) throw new FetchError(startUrl, `HTTP ${res.status}`, "HttpError");
        const declared = Number(res.headers.get("content-length") ?? "0");
        const max = this.opts.maxBytes ?? 50 * 1024 * 1024;
        if (declared > max) throw new FetchError(startUrl, `larger than the size cap (${declared} > ${max} bytes)`, "TooLarge");
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body ?? []) {
          size += (chunk as Uint8Array).length;
          if (size > max) throw new FetchError(startUrl, `larger than the size cap (${max} bytes)`, "TooLarge");
          chunks.push(Buffer.from(chunk as Uint8Array));
        }
        return { ...meta, bytes: Buffer.concat(chunks), notModified: false };
      } catch (err) {
        if (err instanceof FetchError) throw err;
        const aborted = (err as Error).name === "AbortError";
        throw new FetchError(startUrl, aborted ? "timed out while reading" : `connection failed while reading: ${(err as Error).message}`, aborted ? "Timeout" : "NetworkError");
      } finally {
        clearTimeout(timer);
        // An unread body keeps the connection busy; we are done with it.
        if (!res.bodyUsed) await res.body?.cancel().catch(() => undefined);
      }
    }
    throw new FetchError(startUrl, "too many redirects", "RedirectLoop");
  }
}

/** A 429/503 whose server said when to come back. */
class RetryAfter extends FetchError {
  constructor(
    url: string,
    reason: string,
    errorClass: string,
    readonly ms: number,
  ) {
    super(url, reason, errorClass);
  }
}
