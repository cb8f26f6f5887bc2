/** Dynasty as a crawl site: feeds, listing pages, meeting pages, item pages (see dynasty.ts for the anatomy). */
import { decodeChecked } from "./charset.js";
import { classify, isItemLink, links, pageIsItem, parseItemPage, parseRss } from "./dynasty.js";
import { finnishDate, type Site, type SiteContext, type Target } from "./site.js";

const FEEDS = new Set(["meetingitems", "meetings"]);

async function meetingTargets(url: string, ctx: SiteContext, date: string | null): Promise<Target[]> {
  const page = await ctx.fetcher.fetch(url);
  const html = decodeChecked(page.bytes, page.contentType).text;
  const meetingDate = date ?? finnishDate(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "");
  const out: Target[] = [];
  for (const l of links(html, page.finalUrl).filter(isItemLink)) {
    if (ctx.opts.match && !ctx.opts.match.test(l.text)) continue;
    out.push({ url: l.url, title: l.text || null, feedKey: l.text ? `${meetingDate ?? ""}|${l.text}` : null, meetingDate });
  }
  return out;
}

export const dynastySite: Site = {
  name: "Dynasty",
  accepts: (url) => classify(url).kind !== "other",
  refuse(url) {
    const c = classify(url);
    if (c.kind === "rss" && !FEEDS.has(c.feed!.split(/[&?]/)[0]!)) {
      return `the feed rss/${c.feed} is not supported: official decisions and other feeds are not board agenda items; use rss/meetingitems or rss/meetings`;
    }
    return null;
  },

  async discover(start, ctx) {
    const c = classify(start);
    const { opts } = ctx;
    if (c.kind === "item") return [{ url: start, title: null, feedKey: null, meetingDate: null }];
    if (c.kind === "meeting") return meetingTargets(start, ctx, null);
    const items: Target[] = [];
    const meetings: { url: string; date: string | null }[] = [];
    if (c.kind === "rss") {
      const feed = await ctx.fetcher.fetch(start);
      for (const it of parseRss(decodeChecked(feed.bytes, feed.contentType).text, feed.finalUrl)) {
        if (opts.body && it.body?.toLowerCase() !== opts.body.toLowerCase()) continue;
        if (opts.since && it.date && it.date < opts.since) continue;
        if (opts.until && it.date && it.date > opts.until) continue;
        const k = classify(it.link).kind;
        if (k === "item") {
          const title = it.subject ?? it.title;
          if (opts.match && !opts.match.test(title)) continue;
          items.push({ url: it.link, title, feedKey: `${it.title}|${it.description ?? ""}`, meetingDate: it.date });
        } else if (k === "meeting") meetings.push({ url: it.link, date: it.date });
      }
    } else {
      // Listing pages (meeting_frames → meetings&id= → meeting): follow frames and links a few levels.
      const seen = new Set<string>([start]);
      let level = [start];
      for (let depth = 0; depth < 3 && level.length; depth++) {
        const next: string[] = [];
        for (const url of level) {
          let html: string;
          let base: string;
          try {
            const page = await ctx.fetcher.fetch(url);
            html = decodeChecked(page.bytes, page.contentType).text;
            base = page.finalUrl;
          } catch (err) {
            if (url === start) throw err;
            ctx.fail(url, err, start, "listing");
            continue;
          }
          for (const l of links(html, base)) {
            if (seen.has(l.url) || new URL(l.url).host !== new URL(start).host) continue;
            seen.add(l.url);
            const k = classify(l.url);
            const date = finnishDate(l.text);
            if (k.kind === "meeting") {
              if (opts.since && date && date < opts.since) continue;
              if (opts.until && date && date > opts.until) continue;
              meetings.push({ url: l.url, date });
            } else if (k.kind === "listing") next.push(l.url);
            else if (k.kind === "item" && (!opts.match || opts.match.test(l.text))) items.push({ url: l.url, title: l.text || null, feedKey: null, meetingDate: null });
          }
        }
        level = next;
      }
    }
    for (const m of meetings) {
      try {
        items.push(...(await meetingTargets(m.url, ctx, m.date)));
      } catch (err) {
        ctx.fail(m.url, err, start, "meeting");
      }
    }
    return items;
  },

  async readItem(target, page) {
    const decoded = decodeChecked(page.bytes, page.contentType);
    const item = parseItemPage(decoded.text, page.finalUrl);
    const id = classify(target.url).id!;
    return {
      identity: pageIsItem(item, id, target.title),
      content: { bytes: Buffer.from(item.text + "\n", "utf8"), ext: "txt" },
      attachments: item.attachments.map((a) => ({ url: a.url, text: a.text, role: a.role })),
      documentKind: item.documentKind,
      meetingDate: finnishDate(item.preamble.join(" ")),
      note: decoded.mismatch ? `charset: ${decoded.mismatch}` : null,
    };
  },
};
