/**
 * Tweb (Triplan/Trimble "KTweb") as a crawl site, as Päijät-Häme and other counties publish:
 * meetings from the search form (POST pk_kokl_tweb.htm with kirjaamo, oper=where, pvm1, pvm2; the
 * bodies are the options of its `kirjaamo` select on pk_tek_tweb.htm) or from pk_rssfeed.htm;
 * an agenda pk_asil_tweb.htm?bid=N lists its items (rows with a § number) linking to documents
 * fileshow/ktproxy2.dll?doctype=…&docid=N (a PDF, or HTML that may be UTF-16LE without a BOM);
 * an item's attachments are listed on epjattn_tweb.htm?<id>, their names in Content-Disposition.
 */
import { decodeChecked } from "./charset.js";
import { htmlToText, links, parseRss, type Link } from "./dynasty.js";
import { isPdf } from "../pipeline/extract.js";
import { finnishDate, type Site, type SiteContext, type Target } from "./site.js";

type TwebKind = "search" | "form" | "agenda" | "feed" | "document" | "attachments" | "other";

export function twebKind(url: string): TwebKind {
  const u = new URL(url);
  const file = u.pathname.split("/").pop()!.toLowerCase();
  if (file === "pk_kokl_tweb.htm") return "search";
  if (file === "pk_tek_tweb.htm" || file === "epj_tek_tweb.htm") return "form";
  if (file === "pk_asil_tweb.htm" && /bid=\d+/.test(decodeURIComponent(u.search))) return "agenda";
  if (file === "pk_rssfeed.htm") return "feed";
  if ((file === "fileshow" || file === "ktproxy2.dll") && u.searchParams.get("docid")) return "document";
  if (file === "epjattn_tweb.htm") return "attachments";
  return "other";
}

const isDocument = (l: Link) => twebKind(l.url) === "document";
const dmy = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

/** Table rows (`<tr …>…</tr>`) of a page, each with its cells' HTML. */
function rows(html: string): string[][] {
  return [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((m) => [...m[1]!.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map((c) => c[1]!));
}

async function agendaTargets(url: string, ctx: SiteContext, date: string | null): Promise<Target[]> {
  const page = await ctx.fetcher.fetch(url);
  const html = decodeChecked(page.bytes, page.contentType).text;
  const heading = htmlToText(/<h[1-3]\b[^>]*>([\s\S]*?)<\/h[1-3]>/i.exec(html)?.[1] ?? /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "");
  const meetingDate = date ?? finnishDate(heading);
  const documentKind = /pöytäkirja/i.test(heading) ? "minutes" : /esityslista/i.test(heading) ? "agenda" : null;
  const out: Target[] = [];
  for (const cells of rows(html)) {
    const rowHtml = cells.join(" ");
    const docs = links(rowHtml, page.finalUrl).filter(isDocument);
    const doc = docs[0];
    if (!doc) continue;
    const attachments = links(rowHtml, page.finalUrl).find((l) => twebKind(l.url) === "attachments");
    if (ctx.opts.match && !ctx.opts.match.test(doc.text)) continue;
    out.push({ url: doc.url, title: doc.text || null, feedKey: `${heading}|${doc.text}`, meetingDate, attachmentsUrl: attachments?.url ?? null, documentKind });
  }
  return out;
}

async function searchMeetings(start: string, ctx: SiteContext): Promise<{ url: string; date: string | null }[]> {
  const { opts, fetcher } = ctx;
  const searchUrl = new URL("pk_kokl_tweb.htm", start).href;
  const formUrl = twebKind(start) === "form" ? start : new URL("pk_tek_tweb.htm", start).href;
  let bodies: { id: string; name: string }[] = [];
  try {
    const form = await fetcher.fetch(formUrl);
    const html = decodeChecked(form.bytes, form.contentType).text;
    const select = /<select\b[^>]*name\s*=\s*["']?kirjaamo["']?[^>]*>([\s\S]*?)<\/select>/i.exec(html)?.[1] ?? "";
    bodies = [...select.matchAll(/<option\b[^>]*value\s*=\s*["']?([^"'\s>]*)["']?[^>]*>([\s\S]*?)(?=<option|$)/gi)]
      .map((m) => ({ id: m[1]!, name: htmlToText(m[2]!).trim() }))
      .filter((b) => b.id);
  } catch (err) {
    ctx.warn(formUrl, `the search form could not be read (${(err as Error).message}); searching all bodies`);
  }
  const wanted = opts.body ? bodies.filter((b) => b.name.toLowerCase().includes(opts.body!.toLowerCase())) : bodies.length ? bodies : [{ id: "", name: "" }];
  if (opts.body && bodies.length && !wanted.length) ctx.warn(formUrl, `no body named "${opts.body}" on the search form (it lists: ${bodies.map((b) => b.name).join(", ")})`);
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const from = opts.since ?? `${Number(today.slice(0, 4)) - 1}-01-01`;
  const meetings: { url: string; date: string | null }[] = [];
  for (const b of wanted) {
    const res = await fetcher.fetch(searchUrl, { method: "POST", form: { kirjaamo: b.id, oper: "where", pvm1: dmy(from), pvm2: dmy(opts.until ?? today) } });
    const html = decodeChecked(res.bytes, res.contentType).text;
    for (const cells of rows(html)) {
      const l = links(cells.join(" "), res.finalUrl).find((x) => twebKind(x.url) === "agenda");
      if (l) meetings.push({ url: l.url, date: finnishDate(htmlToText(cells[0] ?? "")) });
    }
  }
  return meetings;
}

export const twebSite: Site = {
  name: "Tweb",
  accepts: (url) => twebKind(url) !== "other",
  refuse(url) {
    const k = twebKind(url);
    if (k === "attachments") return "an attachment list is not a start point; give the agenda (pk_asil_tweb.htm?bid=…), the search page (pk_kokl_tweb.htm) or a feed (pk_rssfeed.htm)";
    return null;
  },

  async discover(start, ctx) {
    const k = twebKind(start);
    if (k === "document") return [{ url: start, title: null, feedKey: null, meetingDate: null }];
    if (k === "agenda") return agendaTargets(start, ctx, null);
    let meetings: { url: string; date: string | null }[] = [];
    if (k === "feed") {
      const feed = await ctx.fetcher.fetch(start);
      for (const it of parseRss(decodeChecked(feed.bytes, feed.contentType).text, feed.finalUrl)) {
        const date = it.date ?? finnishDate(it.title);
        if (ctx.opts.since && date && date < ctx.opts.since) continue;
        if (twebKind(it.link) === "agenda") meetings.push({ url: it.link, date });
      }
    } else meetings = await searchMeetings(start, ctx);
    const items: Target[] = [];
    for (const m of [...new Map(meetings.map((x) => [x.url, x])).values()]) {
      try {
        items.push(...(await agendaTargets(m.url, ctx, m.date)));
      } catch (err) {
        ctx.fail(m.url, err, start, "meeting");
      }
    }
    return items;
  },

  async readItem(target, page, ctx) {
    const attachments: { url: string; text: string; role: "attachment" }[] = [];
    if (target.attachmentsUrl) {
      const list = await ctx.fetcher.fetch(target.attachmentsUrl);
      const html = decodeChecked(list.bytes, list.contentType).text;
      for (const l of links(html, list.finalUrl).filter(isDocument)) attachments.push({ url: l.url, text: l.text, role: "attachment" });
    }
    const base = { attachments: [...new Map(attachments.map((a) => [a.url, a])).values()], documentKind: target.documentKind ?? null, meetingDate: target.meetingDate };
    if (isPdf(page.bytes)) return { ...base, identity: { ok: true, why: "a PDF at its own document address" }, content: { bytes: page.bytes, ext: "pdf" }, note: null };
    const decoded = decodeChecked(page.bytes, page.contentType);
    const text = htmlToText(decoded.text).replace(/\u00a0/g, " ").trim();
    const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
    const ok = !target.title || norm(text).includes(norm(target.title));
    return {
      ...base,
      identity: { ok, why: ok ? "the document states the item's title" : `the document does not state the title "${target.title}"` },
      content: { bytes: Buffer.from(text + "\n", "utf8"), ext: "txt" },
      note: decoded.charset === "utf-16le" && decoded.mismatch ? `charset: ${decoded.mismatch}` : decoded.mismatch ? `charset: ${decoded.mismatch}` : null,
    };
  },
};
