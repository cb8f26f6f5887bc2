/**
 * What the crawler knows about Dynasty publishing sites: the DREQUEST.PHP endpoint (its base is
 * taken from the given URL, so self-hosted paths work), RSS feeds of agenda items and meetings,
 * the listing pages (`meeting_frames`, `meetings&id=`), meeting pages listing items, and item pages
 * read by their structure: the content between `<!--DATABEGIN-->` and `<!--DATAEND-->`, sections
 * named by a caption or heading (the navigation, "Liitteet", "Oheismateriaali") that end with the
 * element holding their label, so both markup versions (tables and divs) read the same.
 */

export type DynastyKind = "rss" | "listing" | "meeting" | "item" | "other";

export interface DynastyUrl {
  kind: DynastyKind;
  /** The DREQUEST.PHP endpoint of the tenant. */
  endpoint: string;
  id?: string;
  feed?: string;
  page?: string;
}

/** Listing pages that lead to meetings: entry points people bookmark. */
const LISTING_PAGES = new Set(["meeting_frames", "meetings", "meetingfr", "meeting_list"]);

export function classify(url: string): DynastyUrl {
  const u = new URL(url);
  const endpoint = `${u.origin}${u.pathname}`;
  if (!/drequest\.php$/i.test(u.pathname)) return { kind: "other", endpoint };
  const page = (u.searchParams.get("page") ?? "").toLowerCase();
  const id = u.searchParams.get("id") ?? undefined;
  if (page.startsWith("rss/")) return { kind: "rss", endpoint, feed: page.slice(4) };
  if (page === "meeting" && id) return { kind: "meeting", endpoint, id };
  if (page === "meetingitem" && id) return { kind: "item", endpoint, id };
  if (LISTING_PAGES.has(page)) return { kind: "listing", endpoint, page, ...(id ? { id } : {}) };
  return { kind: "other", endpoint, page };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", rdquo: "”", ldquo: "“", rsquo: "’", lsquo: "‘", bdquo: "„", hellip: "…", euro: "€", auml: "ä", ouml: "ö", Auml: "Ä", Ouml: "Ö", aring: "å", Aring: "Å", uuml: "ü", Uuml: "Ü", eacute: "é", Eacute: "É", shy: "\u00ad", sect: "§", deg: "°", times: "×", laquo: "«", raquo: "»", bull: "•", copy: "©" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
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
  /** The entry's description (Dynasty names the document there: Esityslista / Pöytäkirja). */
  description: string | null;
}

/**
 * An element's text; CDATA is not markup, but Dynasty writes HTML entities inside it
 * (`keitti&ouml;n`), so entities are decoded either way.
 */
function tagText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "i").exec(xml);
  if (!m) return null;
  const raw = m[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
  return decodeEntities(raw).trim();
}

export function parseRss(xml: string, base: string): RssItem[] {
  const items: RssItem[] = [];
  for (const m of xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/gi)) {
    const title = tagText(m[1]!, "title") ?? "";
    const rawLink = tagText(m[1]!, "link");
    if (!rawLink) continue;
    let link: string;
    try {
      link = new URL(rawLink, base).href;
    } catch {
      continue;
    }
    const t = /^(?<body>.+?)\s+(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>\d{4})\s*\/\s*(?<subject>.+)$/u.exec(title);
    items.push({
      title,
      link,
      body: t?.groups?.body ?? null,
      date: t?.groups ? `${t.groups.y}-${t.groups.mo!.padStart(2, "0")}-${t.groups.d!.padStart(2, "0")}` : null,
      subject: t?.groups?.subject ?? null,
      description: tagText(m[1]!, "description"),
    });
  }
  return items;
}

export interface Link {
  url: string;
  text: string;
}

const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
function attr(tag: string, name: string): string | null {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

export function links(html: string, pageUrl: string): Link[] {
  const out: Link[] = [];
  for (const m of html.matchAll(/<(a|frame|iframe)\b([^>]*)>(?:([\s\S]*?)<\/a>)?/gi)) {
    const href = attr(m[2]!, m[1]!.toLowerCase() === "a" ? "href" : "src");
    if (!href) continue;
    try {
      out.push({ url: new URL(decodeEntities(href), pageUrl).href, text: htmlToText(m[3] ?? "").replace(/\s+/g, " ").trim() });
    } catch {
      /* not a URL */
    }
  }
  return out;
}

export const isItemLink = (l: Link) => classify(l.url).kind === "item";
export const isMeetingLink = (l: Link) => classify(l.url).kind === "meeting";

/** Page text as a reader sees it: block elements and <br> end lines, tags and scripts go. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|div|tr|li|h[1-6]|table|ul|ol|title|caption)>/gi, "\n")
      .replace(/<(p|div|h[1-6]|table|tr|li)\b[^>]*>/gi, "\n")
      .replace(/<\/t[dh]>/gi, " ")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "");
}

/** The part of the page that carries the item (Dynasty's DATABEGIN/DATAEND markers), else the body. */
export function dataPart(html: string): string {
  const m = /<!--\s*DATABEGIN\s*-->([\s\S]*?)<!--\s*DATAEND\s*-->/i.exec(html);
  if (m) return m[1]!;
  return /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

/** Labels of Dynasty's system sections (its user interface, not the documents' words). */
const SECTION = {
  navigation: /^(navigointi|navigation|navigering)\b/i,
  attachments: /^(liitteet|liite|bilagor|bilaga|attachments)\b/i,
  supplementary: /^(oheismateriaali|oheismateriaalit|material|supplementary)\b/i,
  decisionLinks: /^(muutoksenhaku|päätöksen tiedoksianto|tiedoksianto)\b/i,
} as const;
type SectionKind = keyof typeof SECTION | "content";

/** What an item page links to, by role. */
const ITEM_PDF = /\/kokous\/(\d+-\d+)\.pdf$/i;
const ITEM_ATTACHMENT = /\/kokous\/(\d+-\d+)-(\d+)\.pdf$/i;
const APPEAL_TEXT = /muutoksenhaku|oikaisuvaatimus|valitusosoitus|besvärsanvisning/i;
const ITEM_PDF_TEXT = /pdf-muodossa|pdf-format|kokousasia pdf/i;

export interface ItemLink extends Link {
  /** "supplementary": Oheismateriaali, imported but marked so. */
  role: "attachment" | "supplementary";
}

export interface ItemPage {
  /** The item heading. */
  title: string | null;
  /** Text before the heading in the data part (body, "Esityslista 08.09.2025/Asianro 281"). */
  preamble: string[];
  /** The item's text (the data part without its system sections). */
  text: string;
  attachments: ItemLink[];
  /** "Kokousasia PDF-muodossa": the item's own PDF (its printed form), not an attachment. */
  itemPdf: string | null;
  /** "Muutoksenhakuohje": the meeting's appeal instructions, not an attachment. */
  appeal: string | null;
  /** Item ids the page names as its own (its PDF and attachment addresses, hidden id fields), never links to other items. */
  ownIds: Set<string>;
  /** Minutes or agenda, when the page says. */
  documentKind: "minutes" | "agenda" | null;
}

const CONTAINERS = new Set(["div", "table", "section", "article", "fieldset", "form", "nav", "aside", "ul", "ol", "dl"]);
const LABEL_TAGS = new Set(["caption", "h1", "h2", "h3", "h4", "h5", "h6", "th", "legend"]);

/** What one pass over an item page's markup collects. */
interface PageScan {
  /** Markup of the item's own content (outside attachment, appeal and other labelled sections). */
  content: string[];
  /** Headings of the content, with where in `content` each stands. */
  headings: { text: string; at: number }[];
  /** Every link, with the section it stands in. */
  found: { href: string; inner: string; section: SectionKind }[];
  ownIds: Set<string>;
}

/** Reads a Dynasty item page by its structure (see the module comment). */
export function parseItemPage(html: string, pageUrl: string): ItemPage {
  const scan = scanItemPage(dataPart(html));
  const page: ItemPage = { title: null, preamble: [], text: "", attachments: [], itemPdf: null, appeal: null, ownIds: scan.ownIds, documentKind: null };
  sortLinks(page, scan.found, pageUrl);
  const heading = scan.headings[0];
  if (heading) {
    page.title = heading.text;
    page.preamble = htmlToText(scan.content.slice(0, heading.at).join("")).split("\n").map((l) => l.trim()).filter(Boolean);
  }
  page.text = htmlToText(scan.content.join("")).replace(/\u00a0/g, " ").trim();
  const head = [...page.preamble, page.title ?? ""].join(" ");
  page.documentKind = /pöytäkirja|protokoll/i.test(head) ? "minutes" : /esityslista|föredragningslista/i.test(head) ? "agenda" : null;
  return page;
}

/**
 * One pass over the markup's tokens: containers tracked so a labelled section ends where its
 * container does, hidden id fields, section labels, headings, links and the content's text.
 */
function scanItemPage(data: string): PageScan {
  const stack: string[] = [];
  let section: { kind: SectionKind; depth: number } = { kind: "content", depth: 0 };
  const scan: PageScan = { content: [], headings: [], found: [], ownIds: new Set() };
  const { content } = scan;
  const tokens = data.match(/<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>|[^<]+|</g) ?? [];
  /** The markup from token i + 1 up to the closing tag matching `close`, and where that stands. */
  const innerUpTo = (i: number, close: RegExp) => {
    let j = i + 1;
    let inner = "";
    while (j < tokens.length && !close.test(tokens[j]!)) inner += tokens[j++];
    return { inner, j };
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tok);
    if (!tag) {
      if (section.kind === "content") content.push(tok);
      continue;
    }
    const name = tag[2]!.toLowerCase();
    const closing = tag[1] === "/";
    if (CONTAINERS.has(name)) {
      if (closing) {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
        if (section.kind !== "content" && stack.length < section.depth) section = { kind: "content", depth: 0 };
      } else stack.push(name);
    }
    if (name === "input" && !closing && /\bname\s*=\s*["']?id\b/i.test(tok)) {
      const v = attr(tok, "value");
      if (v) scan.ownIds.add(v);
    }
    if (!closing && LABEL_TAGS.has(name)) {
      const { inner, j } = innerUpTo(i, new RegExp(`^</${name}\\b`, "i"));
      const text = htmlToText(inner).replace(/\s+/g, " ").trim();
      const kind = (Object.keys(SECTION) as (keyof typeof SECTION)[]).find((k) => SECTION[k].test(text));
      if (kind) {
        section = { kind, depth: stack.length };
        i = j;
        continue;
      }
      if (section.kind === "content" && text && name !== "th" && name !== "caption") scan.headings.push({ text, at: content.length });
    }
    if (name === "a" && !closing) {
      const href = attr(tok, "href");
      const { inner, j } = innerUpTo(i, /^<\/a\b/i);
      if (href) scan.found.push({ href, inner, section: section.kind });
      if (section.kind === "content") content.push(inner);
      i = j;
      continue;
    }
    if (section.kind === "content") content.push(tok);
  }
  return scan;
}

/** The page's links by what they are: its own PDF, the appeal instructions, attachments (each once). */
function sortLinks(page: ItemPage, found: PageScan["found"], pageUrl: string): void {
  for (const f of found) {
    let url: string;
    try {
      url = new URL(decodeEntities(f.href), pageUrl).href;
    } catch {
      continue;
    }
    const text = htmlToText(f.inner).replace(/\s+/g, " ").trim();
    const path = new URL(url).pathname;
    if (classify(url).kind === "item") continue; // previous/next item: navigation, never identity
    const own = ITEM_PDF.exec(path);
    if (APPEAL_TEXT.test(text) || /\/kokous\/\d+-0-\d+\.pdf$/i.test(path)) {
      page.appeal ??= url;
      continue;
    }
    if (own && (ITEM_PDF_TEXT.test(text) || f.section !== "attachments")) {
      page.itemPdf ??= url;
      page.ownIds.add(own[1]!);
      continue;
    }
    if (f.section === "attachments" || f.section === "supplementary") {
      const a = ITEM_ATTACHMENT.exec(path);
      if (a) page.ownIds.add(a[1]!);
      page.attachments.push({ url, text, role: f.section === "attachments" ? "attachment" : "supplementary" });
    }
  }
  // Pages without a "Liitteet" section (older templates) list attachments as "Liite N" links.
  if (!found.some((f) => f.section === "attachments")) {
    for (const f of found) {
      if (f.section !== "content" || !/^\s*liite\b/i.test(htmlToText(f.inner))) continue;
      try {
        const url = new URL(decodeEntities(f.href), pageUrl).href;
        if (url !== page.itemPdf && url !== page.appeal) page.attachments.push({ url, text: htmlToText(f.inner).trim(), role: "attachment" });
      } catch {
        /* not a URL */
      }
    }
  }
  page.attachments = [...new Map(page.attachments.map((a) => [a.url, a])).values()];
}

/** Whether the page is the item asked for: its own ids name it, or (with no ids) its heading is the expected title. */
export function pageIsItem(page: ItemPage, id: string, expectedTitle: string | null): { ok: boolean; why: string } {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  if (page.ownIds.size) {
    if (page.ownIds.has(id)) return { ok: true, why: "its own addresses name the item" };
    return { ok: false, why: `the page is item ${[...page.ownIds].join(", ")}, not ${id}` };
  }
  if (expectedTitle && page.title && norm(page.title) === norm(expectedTitle)) return { ok: true, why: "its heading is the item's title" };
  return { ok: false, why: page.title ? `the page's heading "${page.title}" does not name item ${id}` : `the page does not name item ${id}` };
}
