/**
 * A Tweb (KTweb) double with the anatomy public scrapers and the Päijät-Häme instance show: the
 * search form pk_tek_tweb.htm (select "kirjaamo"), meetings by POST to pk_kokl_tweb.htm (kirjaamo,
 * oper=where, pvm1, pvm2) listed in table.list rows, agendas pk_asil_tweb.htm?+bid=N with a § cell
 * (data_pykala) and a document link ktproxy2.dll / fileshow ?doctype=3&docid=N, documents as
 * UTF-16LE HTML without a byte-order mark (or PDF), attachments listed on epjattn_tweb.htm?<docid>
 * served with Content-Disposition names, feeds pk_rssfeed.htm?toimielin=. Faults: the first answer
 * for one document is another document; an agenda republished as minutes with a new attachment;
 * identical attachments; robots.txt with a Crawl-delay (or forbidding everything). 127.0.0.1 only.
 */
import { esc, latin1, serve, textPdf, type LocalSite } from "./site-kit.js";

export interface TwebItem {
  docid: string;
  pykala: string;
  title: string;
  paragraphs: string[];
  attachments: { docid: string; name: string; file: string; lines: string[] }[];
  /** Served as a PDF instead of HTML. */
  pdf?: boolean;
  minutes?: { paragraphs: string[]; attachment: { docid: string; name: string; file: string; lines: string[] } };
}

export interface TwebSpec {
  root: string;
  bodies: { id: string; name: string }[];
  meetings: { bid: string; body: string; date: string; items: TwebItem[] }[];
  wrongOnceDoc?: string;
  robots: string;
  /** ktproxy2.dll (under ktwebbin) or fileshow (under ktwebscr) document links. */
  docLinks: "ktproxy2" | "fileshow";
}

export interface TwebSiteDouble extends LocalSite {
  scr: string;
  republish(bid: string): void;
}

export async function startTwebDouble(spec: TwebSpec): Promise<TwebSiteDouble> {
  const scr = `${spec.root}/ktwebbin/dbisa.dll/ktwebscr`;
  const republished = new Set<string>();
  let wrongServed = false;
  const items = spec.meetings.flatMap((m) => m.items.map((it) => ({ m, it })));
  const docHref = (docid: string) => (spec.docLinks === "ktproxy2" ? `${spec.root}/ktwebbin/ktproxy2.dll?doctype=3&amp;docid=${docid}` : `fileshow?doctype=3&amp;docid=${docid}`);
  const page = (title: string, body: string) => latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>${esc(title)}</title></head><body>${body}</body></html>`);
  const docHtml = (m: (typeof items)[0]["m"], it: TwebItem) => {
    const minutes = republished.has(m.bid) && it.minutes;
    const kind = minutes ? "Pöytäkirja" : "Esityslista";
    const paras = minutes ? [...it.paragraphs, ...minutes.paragraphs] : it.paragraphs;
    return `<html><head><title>${esc(it.title)}</title></head><body><p>${esc(m.body)}</p><p>${kind} ${m.date}/Pykälä ${it.pykala}</p><h2>${esc(it.title)}</h2>${paras.map((p) => `<p>${p.split("\n").map(esc).join("<br>")}</p>`).join("")}</body></html>`;
  };
  const attachmentsOf = (bid: string, it: TwebItem) => (republished.has(bid) && it.minutes ? [...it.attachments, it.minutes.attachment] : it.attachments);

  const site = await serve((req, res, body) => {
    const url = new URL(req.url ?? "/", "http://x");
    const send = (status: number, type: string, data: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(data);
    };
    if (url.pathname === "/robots.txt") return send(200, "text/plain", spec.robots);
    const file = url.pathname.split("/").pop()!;
    const q = decodeURIComponent(url.search.slice(1));
    if (url.pathname === `${scr}/pk_tek_tweb.htm`) {
      return send(200, "text/html", page("Kokoushaku", `<form name="form1" method="post" action="pk_kokl_tweb.htm"><select name="kirjaamo"><option value="">Kaikki</option>${spec.bodies.map((b) => `<option value="${b.id}">${esc(b.name)}`).join("")}</select><input name="pvm1"><input name="pvm2"><input type="hidden" name="oper" value="where"></form>`));
    }
    if (url.pathname === `${scr}/pk_kokl_tweb.htm`) {
      const form = new URLSearchParams(body);
      const toIso = (d: string | null) => (d ? d.split(".").reverse().map((x) => x.padStart(2, "0")).join("-") : null);
      const from = toIso(form.get("pvm1")) ?? "0000";
      const to = toIso(form.get("pvm2")) ?? "9999";
      const bodyName = spec.bodies.find((b) => b.id === form.get("kirjaamo"))?.name;
      const ms = spec.meetings.filter((m) => (!bodyName || m.body === bodyName) && toIso(m.date)! >= from && toIso(m.date)! <= to);
      return send(200, "text/html", page("Kokoukset", `<table class="list"><tr class="list_header"><th>Aika</th><th>Toimielin</th></tr>${ms.map((m, i) => `<tr class="data${i % 2}"><td class="data"><a href="pk_asil_tweb.htm?+bid=${m.bid}">${m.date} 14:00</a></td><td class="data">${esc(m.body)}</td></tr>`).join("")}</table>`));
    }
    if (url.pathname === `${scr}/pk_rssfeed.htm`) {
      const body = spec.bodies.find((b) => b.id === url.searchParams.get("toimielin"))?.name;
      const ms = spec.meetings.filter((m) => !body || m.body === body);
      return send(200, "text/xml; charset=iso-8859-1", latin1(`<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel>${ms.map((m) => `<item><title><![CDATA[${m.body.replace(/ä/g, "&auml;")} ${m.date}]]></title><link>${spec.root}/ktwebbin/dbisa.dll/ktwebscr/pk_asil_tweb.htm?+bid=${m.bid}</link></item>`).join("")}</channel></rss>`));
    }
    if (url.pathname === `${scr}/pk_asil_tweb.htm`) {
      const bid = /bid=(\d+)/.exec(q)?.[1];
      const m = spec.meetings.find((x) => x.bid === bid);
      if (!m) return send(200, "text/html", page("Virhe", "Kokousta ei löytynyt"));
      const kind = republished.has(m.bid) ? "Pöytäkirja" : "Esityslista";
      return send(200, "text/html", page(`${m.body} ${kind}`, `<h2>${esc(m.body)}, ${kind} ${m.date}</h2><table class="list"><tr class="list_header"><th>§</th><th>Asia</th><th>Liitteet</th></tr>${m.items.map((it, i) => `<tr class="data${i % 2}"><td class="data_pykala">${it.pykala} §</td><td class="data"><a href="${docHref(it.docid)}" target="_blank">${esc(it.title)}</a></td><td class="data">${attachmentsOf(m.bid, it).length ? `<a href="epjattn_tweb.htm?${it.docid}"><img src="/ktwebbin/liite.gif" alt="Liitteet"></a>` : ""}</td></tr>`).join("")}</table>`));
    }
    if (url.pathname === `${scr}/epjattn_tweb.htm`) {
      const x = items.find((y) => y.it.docid === q);
      if (!x) return send(200, "text/html", page("Liitteet", "Ei liitteitä"));
      return send(200, "text/html", page("Liitteet", `<table class="list">${attachmentsOf(x.m.bid, x.it).map((a, i) => `<tr class="data${i % 2}"><td class="data"><a href="fileshow?doctype=1&amp;docid=${a.docid}">${esc(a.name)}</a></td></tr>`).join("")}</table>`));
    }
    if (file === "fileshow" || file === "ktproxy2.dll") {
      const docid = url.searchParams.get("docid");
      const doctype = url.searchParams.get("doctype");
      if (doctype === "3") {
        let x = items.find((y) => y.it.docid === docid);
        if (!x) return send(404, "text/html", "not found");
        if (docid === spec.wrongOnceDoc && !wrongServed) {
          wrongServed = true;
          x = items.find((y) => y.it.docid !== docid && y.m === x!.m) ?? x;
        }
        if (x.it.pdf) return send(200, "application/pdf", textPdf([x.m.body, `${republished.has(x.m.bid) ? "Pöytäkirja" : "Esityslista"} ${x.m.date}/Pykälä ${x.it.pykala}`, x.it.title, ...x.it.paragraphs.flatMap((p) => p.split("\n"))]), { "content-disposition": `attachment; filename="${x.it.docid}.pdf"` });
        // UTF-16LE without a byte-order mark and without a charset, as the county instances send.
        return send(200, "text/html", Buffer.from(docHtml(x.m, x.it), "utf16le"));
      }
      const a = items.flatMap((y) => attachmentsOf(y.m.bid, y.it)).find((z) => z.docid === docid);
      if (!a) return send(404, "text/html", "not found");
      return send(200, "application/pdf", textPdf(a.lines), { "content-disposition": /^[\x20-\x7e]*$/.test(a.file) ? `inline; filename="${a.file}"` : `inline; filename*=UTF-8''${encodeURIComponent(a.file)}` });
    }
    send(404, "text/plain", "not found");
  });
  return { ...site, scr: `${site.base}${scr}`, republish: (bid) => void republished.add(bid) };
}
