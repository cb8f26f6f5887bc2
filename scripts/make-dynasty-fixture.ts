/**
 * Writes the local Dynasty-like fixture site (fixtures/dynasty/) from the seed texts: an RSS feed
 * of agenda items in iso-8859-1 (with the windows-1252 bytes 0x80–0x9F: – ” €), a meeting page,
 * item pages (the seed item texts as HTML) whose attachments are fixture PDFs, and an item whose
 * attachments exercise the fault modes served by test/dynasty-server.ts.
 * Usage: npx tsx scripts/make-dynasty-fixture.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { CP1252_HIGH } from "../src/read/decode.js";

const OUT = "fixtures/dynasty";
const high = new Map(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));

/** iso-8859-1 as browsers read it (windows-1252); other characters as numeric references. */
function latin(text: string, html: boolean): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c < 0x100)) bytes.push(c);
    else if (high.has(c)) bytes.push(high.get(c)!);
    else for (const b of Buffer.from(html ? `&#${c};` : "?", "latin1")) bytes.push(b);
  }
  return Buffer.from(bytes);
}
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function itemPage(id: string, title: string, text: string, attachments: { href: string; text: string }[], declareInHeader: boolean): Buffer {
  const body = text.split("\n").map((l) => `${esc(l)}<br>`).join("\n");
  const list = attachments.length ? `<h3>Liitteet</h3>\n<ul>\n${attachments.map((a) => `<li><a href="${esc(a.href)}">${esc(a.text)}</a></li>`).join("\n")}\n</ul>` : "";
  const meta = declareInHeader ? "" : '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">';
  return latin(`<!DOCTYPE html>\n<html><head>${meta}<title>${esc(title)}</title></head>\n<body>\n<form action="DREQUEST.PHP"><input type="hidden" name="id" value="${id}"></form>\n<div id="content">\n${body}\n</div>\n${list}\n</body></html>\n`, true);
}

mkdirSync(OUT, { recursive: true });
const seed001 = readFileSync("fixtures/seeds/001_f314bb83617d3be8.txt", "utf8");
const seed000 = readFileSync("fixtures/seeds/000_a6d6f0775324bd77.txt", "utf8");
const header000 = "Aluehallitus\nEsityslista 03.11.2025/Asianro 331\n\nStrategiaa toteuttavien tavoitteiden raportointi 1-9/2025\n\n";
const faultText = "Aluevaltuusto\nEsityslista 10.06.2025/Asianro 52\n\nTalousarvion muutos – investoinnit 2025 (€)\n\nValmistelija talousjohtaja\n\nSelostus Liitteenä ”investointien” muutokset.\n";

writeFileSync(`${OUT}/item-2025281-1.html`, itemPage("2025281-1", "Strategiaa toteuttavien tavoitteiden raportointi", seed001, [{ href: "/kokous/2025281-1-1.PDF", text: "Liite 1 Strategiaa toteuttavien tavoitteiden raportointi" }], false));
writeFileSync(`${OUT}/item-2025331-4.html`, itemPage("2025331-4", "Strategiaa toteuttavien tavoitteiden raportointi 1-9/2025", header000 + seed000, [{ href: "/kokous/2025331-4-1.PDF", text: "Liite 1 Yhteisten tavoitteiden arviointi" }], true));
writeFileSync(
  `${OUT}/item-2025052-2.html`,
  itemPage("2025052-2", "Talousarvion muutos", faultText, [
    { href: "/kokous/flaky-500.PDF", text: "Liite 1 (palvelin vastaa ensin 500)" },
    { href: "/kokous/slow.PDF", text: "Liite 2 (hidas vastaus)" },
    { href: "/kokous/truncated.PDF", text: "Liite 3 (katkennut PDF)" },
    { href: "/kokous/loop.PDF", text: "Liite 4 (uudelleenohjaussilmukka)" },
    { href: "/kokous/wrongtype.PDF", text: "Liite 5 (väärä sisältötyyppi)" },
    { href: "http://toinen-palvelin.invalid/kokous/x.PDF", text: "Liite 6 (toinen palvelin)" },
  ], true),
);
writeFileSync(
  `${OUT}/meeting-2025281.html`,
  latin(`<!DOCTYPE html>\n<html><head><meta charset="iso-8859-1"><title>Aluehallitus 08.09.2025</title></head><body>\n<h1>Aluehallitus 08.09.2025 – Esityslista</h1>\n<table>\n<tr><td>281</td><td><a href="DREQUEST.PHP?page=meetingitem&amp;id=2025281-1">Strategiaa toteuttavien tavoitteiden raportointi</a></td></tr>\n</table>\n</body></html>\n`, true),
);
const item = (title: string, id: string) => `<item>\n<title><![CDATA[${title}]]></title>\n<link><![CDATA[DREQUEST.PHP?page=meetingitem&amp;id=${id}]]></link>\n</item>`;
writeFileSync(
  `${OUT}/rss-meetingitems.xml`,
  latin(
    `<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel>\n<title>Kanta-Hämeen hyvinvointialue – kokousasiat</title>\n` +
      [
        item("Aluehallitus 03.11.2025 / Strategiaa toteuttavien tavoitteiden raportointi 1-9/2025", "2025331-4"),
        item("Aluehallitus 08.09.2025 / Strategiaa toteuttavien tavoitteiden raportointi", "2025281-1"),
        item("Aluevaltuusto 10.06.2025 / Talousarvion muutos – investoinnit ”2025” (€)", "2025052-2"),
      ].join("\n") +
      `\n</channel></rss>\n`,
    false,
  ),
);
process.stdout.write(`wrote ${OUT}/\n`);
