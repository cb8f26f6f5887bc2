/**
 * A polite HTTP client for crawling: per-host concurrency and rate cap (p-queue), a time limit
 * per request, retries with backoff on 5xx, timeouts and resets, a size cap per download, a named
 * User-Agent, redirects followed by hand and never to another host, and text decoded by its
 * declared charset (iso-8859-1 read as windows-1252, with our own table for 0x80–0x9F).
 */
import PQueue from "p-queue";
import { decodeWithCharset } from "../read/decode.js";
import { PARSER_VERSION } from "../version.js";

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
  /** Hosts that may be fetched (the start URL's host). */
  allowedHosts: ReadonlySet<string>;
}

export interface Fetched {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Buffer;
  attempts: number;
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

export const USER_AGENT = `hva-okr/${PARSER_VERSION} (research crawler of public board agendas)`;

export class PoliteFetcher {
  private readonly queues = new Map<string, PQueue>();
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

  /** Fetches a URL on its host's queue, with retries; throws FetchError naming the URL and reason. */
  async fetch(url: string): Promise<Fetched> {
    const host = new URL(url).host;
    if (!this.opts.allowedHosts.has(host)) throw new FetchError(url, `host ${host} is not the crawl's host; not fetched`, "OtherHost");
    const retries = this.opts.retries ?? 3;
    let lastErr: FetchError | undefined;
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      try {
        const r = (await this.queue(host).add(() => this.once(url))) as Fetched;
        return { ...r, attempts: attempt };
      } catch (err) {
        const e = err instanceof FetchError ? err : new FetchError(url, (err as Error).message, "NetworkError");
        lastErr = e;
        const retryable = ["Timeout", "ServerError", "NetworkError"].includes(e.errorClass);
        if (!retryable || attempt > retries) break;
        await new Promise((r) => setTimeout(r, (this.opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
      }
    }
    throw lastErr!;
  }

  private async once(startUrl: string): Promise<Omit<Fetched, "attempts">> {
    let url = startUrl;
    const seen = new Set<string>();
    for (let hop = 0; hop <= (this.opts.maxRedirects ?? 5); hop++) {
      if (seen.has(url)) throw new FetchError(startUrl, `redirect loop at ${url}`, "RedirectLoop");
      seen.add(url);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs ?? 30_000);
      let res: Response;
      try {
        res = await fetch(url, { redirect: "manual", signal: controller.signal, headers: { "user-agent": USER_AGENT, accept: "*/*" } });
      } catch (err) {
        clearTimeout(timer);
        const aborted = (err as Error).name === "AbortError";
        throw new FetchError(startUrl, aborted ? `timed out after ${Math.round((this.opts.timeoutMs ?? 30_000) / 1000)} s` : `network error: ${(err as Error).message}`, aborted ? "Timeout" : "NetworkError");
      }
      try {
        if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
          const next = new URL(res.headers.get("location")!, url).href;
          const host = new URL(next).host;
          if (!this.opts.allowedHosts.has(host)) throw new FetchError(startUrl, `redirects to another host (${host})`, "OtherHost");
          url = next;
          continue;
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
        return { url: startUrl, finalUrl: url, status: res.status, contentType: res.headers.get("content-type") ?? "", bytes: Buffer.concat(chunks) };
      } catch (err) {
        if (err instanceof FetchError) throw err;
        const aborted = (err as Error).name === "AbortError";
        throw new FetchError(startUrl, aborted ? "timed out while reading" : `connection failed while reading: ${(err as Error).message}`, aborted ? "Timeout" : "NetworkError");
      } finally {
        clearTimeout(timer);
      }
    }
    throw new FetchError(startUrl, "too many redirects", "RedirectLoop");
  }
}

/** Text of a fetched page by its declared charset (HTTP header, then meta tag), else UTF-8. */
export function decodePage(f: Pick<Fetched, "bytes" | "contentType">): string {
  const header = /charset=([\w-]+)/i.exec(f.contentType)?.[1];
  const head = f.bytes.subarray(0, 2048).toString("latin1");
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1];
  return decodeWithCharset(f.bytes, header ?? meta ?? "utf-8");
}
