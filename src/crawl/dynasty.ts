/**
 * What the crawler knows about Dynasty publishing sites: the DREQUEST.PHP endpoint (its base is
 * taken from the given URL, so self-hosted paths work), RSS feeds of meetings and agenda items,
 * meeting pages listing items, item pages with their attachments (PDFs under /kokous/).
 */

export type DynastyKind = "rss" | "meeting" | "item" | "other";

export interface DynastyUrl {
  kind: DynastyKind;
  /** The DREQUEST.PHP endpoint of the tenant. */
  endpoint: string;
  id?: string;
  feed?: string;
}

export function classify(url: string): DynastyUrl {
  const u = new URL(url);
  const endpoint = `${u.origin}${u.pathname}`;
  if (!/drequest\.php$/i.test(u.pathname)) return { kind: "other", endpoint };
  const page = u.searchParams.get("page") ?? "";
  const id = u.searchParams.get("id") ?? undefined;
  if (page.startsWith("rss/")) return { kind: "rss", endpoint, feed: page.slice(4) };
  if (page === "meeting" && id) return { kind: "meeting", endpoint, id };
  if (page === "meetingitem" && id) return { kind: "item", endpoint, id };
  return { kind: "other", endpoint };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", rdquo: "”", ldquo: "“", rsquo: "’", lsquo: "‘", hellip: "…", euro: "€", auml: "ä", ouml: "ö", Auml: "Ä", Ouml: "Ö", aring: "å", Aring: "Å" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

export interface RssItem {
  title: string;
  link: string;
  /** From a title "Toimielin DD.MM.YYYY / Asian otsikko". */
  body: string | null;
  date: string | null;
  subject: string | null;
}

function tagText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "i").exec(xml);
  if (!m) return null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(m[1]!);
  return (cdata ? cdata[1]! : decodeEntities(m[1]!)).trim();
}

export function parseRss(xml: string, base: string): RssItem[] {
  const items: RssItem[] = [];
  for (const m of xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/gi)) {
    const title = tagText(m[1]!, "title") ?? "";
    const rawLink = tagText(m[1]!, "link");
    if (!rawLink) continue;
    const link = new URL(decodeEntities(rawLink), base).href;
    const t = /^(?<body>.+?)\s+(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>\d{4})\s*\/\s*(?<subject>.+)$/u.exec(title);
    items.push({
      title,
      link,
      body: t?.groups?.body ?? null,
      date: t?.groups ? `${t.groups.y}-${t.groups.mo!.padStart(2, "0")}-${t.groups.d!.padStart(2, "0")}` : null,
      subject: t?.groups?.subject ?? null,
    });
  }
  return items;
}

export interface Link {
  url: string;
  text: string;
}

export function links(html: string, pageUrl: string): Link[] {
  const out: Link[] = [];
  for (const m of html.matchAll(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi)) {
    try {
      out.push({ url: new URL(decodeEntities(m[1]!), pageUrl).href, text: htmlToText(m[2]!).trim() });
    } catch {
      /* not a URL */
    }
  }
  return out;
}

export const isItemLink = (l: Link) => classify(l.url).kind === "item";
/** Attachments: PDFs under /kokous/ or any link ending .pdf, and links whose text starts with "Liite". */
export const isAttachmentLink = (l: Link) => /\/kokous\/|\.pdf(\?|$)/i.test(new URL(l.url).pathname + new URL(l.url).search) || /^liite\b/i.test(l.text);

/** Page text as a reader sees it: block elements and <br> end lines, tags and scripts go. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|div|tr|li|h[1-6]|table|ul|ol|title)>/gi, "\n")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\r\n?/g, "\n")
    .replace(/\n{4,}/g, "\n\n\n");
}
