/**
 * A Dynasty double with the real anatomy (see src/crawl/dynasty.ts): feeds in iso-8859-1 with CDATA
 * and HTML entities inside it, listing pages (meeting_frames → meetings&id= → meeting), item pages in
 * UTF-8 with the content between DATABEGIN/DATAEND, a navigation block (previous/next item,
 * "Muutoksenhakuohje", "Kokousasia PDF-muodossa"), a "Liitteet" and an "Oheismateriaali" block,
 * single-quoted attributes, in either markup version ("table": table.tbl.navigation and captions;
 * "div": div.data-part.page-navigation and headings). Faults: a session that once served a
 * neighbour's page keeps serving it; an agenda republished as minutes (new text, new attachment,
 * new ETag, feed entry says Pöytäkirja); identical attachments; a 429 with Retry-After; a page that
 * declares windows-1252 and sends UTF-8; robots.txt with a Crawl-delay. Listens on 127.0.0.1 only.
 */
import { esc, latin1, serve, textPdf, type LocalSite } from "./site-kit.js";

export interface DynastyItem {
  id: string;
  title: string;
  /** Paragraphs of the item text (data-part-block-htm). */
  paragraphs: string[];
  attachments: { docId: string; label: string; lines: string[] }[];
  supplementary?: { docId: string; label: string; lines: string[] }[];
  /** What the item becomes when republished as minutes. */
  minutes?: { paragraphs: string[]; attachment: { docId: string; label: string; lines: string[] } };
  /** Declares windows-1252 but sends UTF-8. */
  wrongCharset?: boolean;
}

export interface DynastyMeeting {
  id: string;
  bodyId: string;
  body: string;
  /** d.m.yyyy */
  date: string;
  items: DynastyItem[];
}

export interface DynastySpec {
  markup: "table" | "div";
  cgi: string;
  meetings: DynastyMeeting[];
  /** Item whose first request in a session is answered with the next item's page, and so on in that session. */
  wrongPageItem?: string;
  /** Attachment answered 429 (Retry-After: 1) the first time. */
  tooManyOnce?: string;
  robots: string;
}

export interface DynastySiteDouble extends LocalSite {
  endpoint: string;
  republish(id: string): void;
}

const dd = (d: string) => d.split(".").map((x, i) => (i < 2 ? x.padStart(2, "0") : x)).join(".");

export async function startDynastyDouble(spec: DynastySpec): Promise<DynastySiteDouble> {
  const republished = new Set<string>();
  /** Sessions numbered below this one were open when the wrong page was first served, and stay wrong. */
  let firstGoodSession = Infinity;
  const served429 = new Set<string>();
  let sessions = 0;
  const all = spec.meetings.flatMap((m) => m.items.map((it, i) => ({ m, it, i })));
  const byId = new Map(all.map((x) => [x.it.id, x]));
  const pdfs = new Map<string, Buffer>();
  for (const { m, it } of all) {
    pdfs.set(`/kokous/${it.id}.PDF`, textPdf([`${m.body} ${dd(m.date)}`, it.title, ...it.paragraphs.slice(0, 3)]));
    pdfs.set(`/kokous/${m.id}-0-1.PDF`, textPdf(["Muutoksenhakuohje", "Oikaisuvaatimusohje ja valitusosoitus"]));
    for (const a of [...it.attachments, ...(it.supplementary ?? []), ...(it.minutes ? [it.minutes.attachment] : [])]) pdfs.set(`/kokous/${it.id}-${a.docId}.PDF`, textPdf(a.lines));
  }
  const cgi = spec.cgi;
  const q = (s: string) => (spec.markup === "table" ? `'${s}'` : `"${s}"`);

  const itemPage = (id: string): string => {
    const { m, it, i } = byId.get(id)!;
    const minutes = republished.has(id) && it.minutes;
    const prev = m.items[i - 1];
    const next = m.items[i + 1];
    const kind = minutes ? `Pöytäkirja ${dd(m.date)}/Pykälä ${i + 1}` : `Esityslista ${dd(m.date)}/Asianro ${i + 1}`;
    const paras = minutes ? [...it.paragraphs, ...minutes.paragraphs] : it.paragraphs;
    const atts = minutes ? [...it.attachments, minutes.attachment] : it.attachments;
    const navLinks = [
      prev ? `<a href=${q(`DREQUEST.PHP?page=meetingitem&amp;id=${prev.id}`)}>Edellinen asia</a>` : "",
      next ? `<a href=${q(`DREQUEST.PHP?page=meetingitem&amp;id=${next.id}`)}>Seuraava asia</a>` : "",
      `<a href=${q(`../kokous/${m.id}-0-1.PDF`)}>Muutoksenhakuohje</a>`,
      `<a href=${q(`../kokous/${id}.PDF`)}>Kokousasia PDF-muodossa</a>`,
    ];
    const list = (label: string, xs: { docId: string; label: string }[]) =>
      !xs.length ? "" : spec.markup === "table"
        ? `<table class='tbl'><caption>${label}</caption>${xs.map((a) => `<tr><td class='data'><a href='../kokous/${id}-${a.docId}.PDF' target='_blank'>${esc(a.label)}</a></td></tr>`).join("")}</table>`
        : `<div class="data-part attachments"><h3 class="data-part-title">${label}</h3><ul>${xs.map((a) => `<li><a href="../kokous/${id}-${a.docId}.PDF">${esc(a.label)}</a></li>`).join("")}</ul></div>`;
    const nav = spec.markup === "table"
      ? `<table class='tbl navigation'><caption>Navigointi</caption><tr>${navLinks.map((l) => `<td>${l}</td>`).join("")}</tr></table>`
      : `<div class="data-part page-navigation"><h3>Navigointi</h3><div class="links">${navLinks.join(" | ")}</div></div>`;
    const head = spec.markup === "table"
      ? `<table class='tbl header'><tr><td class='body'>${esc(m.body)}</td></tr><tr><td>${kind}</td></tr></table><h2 class='item-title'>${esc(it.title)}</h2>`
      : `<div class="data-part meeting-info"><p>${esc(m.body)}</p><p>${kind}</p></div><h1 class="data-part-title">${esc(it.title)}</h1>`;
    const text = `<div class=${q("data-part-block-htm")}>${paras.map((p) => `<p>${p.split("\n").map(esc).join("<br>")}</p>`).join("\n")}</div>`;
    const charset = it.wrongCharset ? "windows-1252" : "UTF-8";
    return `<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=${charset}'><title>${esc(m.body)} - Dynasty tietopalvelu</title></head><body>
<div id='header'><a href='DREQUEST.PHP?page=meeting_frames'>Kokoukset</a> <a href='DREQUEST.PHP?page=search'>Haku</a></div>
<!--DATABEGIN-->
${spec.markup === "table" ? `${nav}\n${head}` : `${head}\n${nav}`}
${text}
${list("Liitteet", atts)}
${list("Oheismateriaali", it.supplementary ?? [])}
<!--DATAEND-->
<div id='footer'>Dynasty 10 &copy; <a href='../kokous/${m.id}-0-1.PDF'>Muutoksenhakuohje</a></div>
</body></html>`;
  };

  const rssItems = () =>
    all.map(({ m, it }) => {
      const kind = republished.has(it.id) ? "Pöytäkirja" : "Esityslista";
      // Dynasty writes entities inside CDATA.
      const title = `${m.body} ${dd(m.date)} / ${it.title}`.replace(/ä/g, "&auml;").replace(/ö/g, "&ouml;").replace(/–/g, "&ndash;");
      return `<item><title><![CDATA[${title}]]></title><link><![CDATA[${spec.cgi}/DREQUEST.PHP?page=meetingitem&id=${it.id}]]></link><description><![CDATA[${kind}]]></description></item>`;
    });

  const site = await serve((req, res, _body) => {
    const url = new URL(req.url ?? "/", "http://x");
    const send = (status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (url.pathname === "/robots.txt") return send(200, "text/plain", spec.robots);
    const cookie = /DYNSESSION=(\w+)/.exec(req.headers.cookie ?? "")?.[1];
    const session = cookie ?? `s${++sessions}`;
    const setCookie: Record<string, string> = cookie ? {} : { "set-cookie": `DYNSESSION=${session}; path=/` };
    if (url.pathname.toLowerCase() === `${cgi}/drequest.php`.toLowerCase()) {
      const page = url.searchParams.get("page") ?? "";
      const id = url.searchParams.get("id") ?? "";
      if (page === "rss/meetingitems") {
        const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Kokousasiat – Dynasty</title>\n${rssItems().join("\n")}\n</channel></rss>`;
        return send(200, "text/xml; charset=ISO-8859-1", latin1(xml), setCookie);
      }
      if (page === "rss/meetings") {
        const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Kokoukset</title>\n${spec.meetings.map((m) => `<item><title><![CDATA[${m.body} ${dd(m.date)}]]></title><link><![CDATA[${spec.cgi}/DREQUEST.PHP?page=meeting&id=${m.id}]]></link></item>`).join("\n")}\n</channel></rss>`;
        return send(200, "text/xml; charset=ISO-8859-1", latin1(xml), setCookie);
      }
      if (page === "rss/official_decisions") return send(200, "text/xml; charset=ISO-8859-1", latin1(`<?xml version="1.0"?><rss><channel></channel></rss>`), setCookie);
      if (page === "meeting_frames") return send(200, "text/html; charset=UTF-8", `<html><frameset cols='25%,75%'><frame src='DREQUEST.PHP?page=meetings_bodies' name='bodies'><frame src='DREQUEST.PHP?page=meetings&amp;id=${spec.meetings[0]!.bodyId}' name='main'></frameset></html>`, setCookie);
      if (page === "meetings_bodies") return send(200, "text/html; charset=UTF-8", `<html><body>${[...new Map(spec.meetings.map((m) => [m.bodyId, m])).values()].map((m) => `<a href='DREQUEST.PHP?page=meetings&amp;id=${m.bodyId}' target='main'>${esc(m.body)}</a>`).join("<br>")}</body></html>`, setCookie);
      if (page === "meetings") {
        const ms = spec.meetings.filter((m) => m.bodyId === id);
        return send(200, "text/html; charset=UTF-8", `<html><body><table class='tbl'>${ms.map((m) => `<tr><td><a href='DREQUEST.PHP?page=meeting&amp;id=${m.id}'>${dd(m.date)} ${esc(m.body)}</a></td></tr>`).join("")}</table></body></html>`, setCookie);
      }
      if (page === "meeting") {
        const m = spec.meetings.find((x) => x.id === id);
        if (!m) return send(404, "text/html", "<html>Kokousta ei löydy</html>");
        return send(200, "text/html; charset=UTF-8", `<html><body><h1>${esc(m.body)} ${dd(m.date)}</h1><table class='tbl'>${m.items.map((it, i) => `<tr><td>${i + 1}</td><td><a href='DREQUEST.PHP?page=meetingitem&amp;id=${it.id}'>${esc(it.title)}</a></td></tr>`).join("")}</table></body></html>`, setCookie);
      }
      if (page === "meetingitem" && byId.has(id)) {
        let shown = id;
        if (spec.wrongPageItem === id) {
          // Session state: the first time, the page of the session's neighbour item is served, and
          // that session keeps getting it; a session opened afterwards gets the right page.
          if (firstGoodSession === Infinity) firstGoodSession = sessions + 1;
          if (Number(session.slice(1)) < firstGoodSession) {
            const { m, i } = byId.get(id)!;
            shown = (m.items[i + 1] ?? m.items[i - 1])!.id;
          }
        }
        const html = itemPage(shown);
        const etag = `"${Buffer.from(html).length}-${republished.has(shown) ? "m" : "a"}"`;
        if (req.headers["if-none-match"] === etag) return send(304, "text/html", "", { etag, ...setCookie });
        const it = byId.get(shown)!.it;
        const bytes = Buffer.from(html, "utf8");
        return send(200, it.wrongCharset ? "text/html; charset=windows-1252" : "text/html; charset=UTF-8", bytes, { etag, ...setCookie });
      }
      return send(200, "text/html; charset=UTF-8", "<html><body>Sivua ei löytynyt.</body></html>", setCookie);
    }
    // PDFs live beside the cgi folder (/cgi → /kokous, /d5web/cgi → /d5web/kokous).
    const prefix = cgi.replace(/\/cgi$/i, "");
    const path = url.pathname.startsWith(`${prefix}/kokous/`) ? url.pathname.slice(prefix.length) : "";
    const pdf = pdfs.get(path);
    if (pdf) {
      if (spec.tooManyOnce === path && !served429.has(path)) {
        served429.add(path);
        return send(429, "text/plain", "Too many requests", { "retry-after": "1" });
      }
      return send(200, "application/pdf", pdf);
    }
    send(404, "text/plain", "not found");
  });
  return { ...site, endpoint: `${site.base}${cgi}/DREQUEST.PHP`, republish: (id) => void republished.add(id) };
}
