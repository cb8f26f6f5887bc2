/**
 * The debug view of the PDF table finder, in the spirit of pdfplumber's visual debugging: what was
 * detected on a page, drawn over the page's words, so a person sees why a row came out as it did.
 *
 *  grey boxes       words                      red lines      rulings from the page's drawing
 *  orange box       header row (column labels) purple box     section heading
 *  blue dashes      column boundaries          green / yellow row bands, numbered (r12)
 *  red band         continuation of the previous page's last row
 */
import type { PdfPage } from "../model/pdf.js";
import type { PageLayout } from "../reconstruct/okr-table/pdf.js";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
const f = (x: number) => x.toFixed(1);

export interface BandLabel {
  /** Row number in the document for each band of the page (continuations carry the row they continue). */
  rows: number[];
}

export function renderPageSvg(page: PdfPage, layout: PageLayout | null, labels: BandLabel = { rows: [] }): string {
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(page.width)} ${f(page.height)}" width="${f(page.width * 1.5)}" height="${f(page.height * 1.5)}" font-family="sans-serif">`);
  parts.push(`<title>page ${page.number}</title><rect width="100%" height="100%" fill="white" stroke="#999"/>`);
  if (layout) {
    layout.bands.forEach((b, i) => {
      const fill = b.continuation ? "#f4a5a5" : i % 2 ? "#fff3b0" : "#c8f0c8";
      parts.push(`<rect x="${f(layout.left)}" y="${f(b.top)}" width="${f(layout.right - layout.left)}" height="${f(b.bottom - b.top)}" fill="${fill}" fill-opacity="0.5"><title>band ${i + 1}: ${b.anchor}${b.continuation ? ", continues previous row" : ""}</title></rect>`);
      const label = `${b.continuation ? "cont. " : ""}r${labels.rows[i] ?? "?"} (${b.anchor})`;
      parts.push(`<text x="${f(layout.right + 2)}" y="${f(b.top + 7)}" font-size="6" fill="#333">${esc(label)}</text>`);
    });
    const h = layout.header;
    parts.push(`<rect x="${f(layout.left)}" y="${f(h.top)}" width="${f(layout.right - layout.left)}" height="${f(h.bottom - h.top)}" fill="none" stroke="orange" stroke-width="1.2"><title>header: ${esc(h.labels.map((l) => l.field).join(", "))}</title></rect>`);
    if (layout.heading) {
      parts.push(`<rect x="${f(layout.left)}" y="${f(layout.heading.top)}" width="${f(layout.right - layout.left)}" height="${f(layout.heading.bottom - layout.heading.top)}" fill="none" stroke="purple" stroke-width="1"><title>section heading: ${esc(layout.heading.lines.join(" "))}</title></rect>`);
    }
    const bottom = Math.max(h.bottom, ...layout.bands.map((b) => b.bottom));
    for (const x of layout.boundaries) parts.push(`<line x1="${f(x)}" y1="${f(h.top)}" x2="${f(x)}" y2="${f(bottom)}" stroke="blue" stroke-width="0.8" stroke-dasharray="3 2"/>`);
    h.labels.forEach((l) => parts.push(`<text x="${f(l.x0)}" y="${f(h.top - 1.5)}" font-size="5" fill="blue">${esc(l.field)}</text>`));
  }
  for (const r of page.rulings) parts.push(`<line x1="${f(r.x0)}" y1="${f(r.y0)}" x2="${f(r.x1)}" y2="${f(r.y1)}" stroke="red" stroke-width="0.6" stroke-opacity="0.8"/>`);
  for (const w of page.words) {
    parts.push(`<rect x="${f(w.x0)}" y="${f(w.top)}" width="${f(w.x1 - w.x0)}" height="${f(w.bottom - w.top)}" fill="none" stroke="#888" stroke-width="0.3"/>`);
    parts.push(`<text x="${f(w.x0)}" y="${f(w.baseline)}" font-size="${f(w.fontSize * 0.9)}" fill="#222">${esc(w.text)}</text>`);
  }
  parts.push("</svg>");
  return parts.join("\n");
}

export function renderDebugIndex(title: string, summary: Record<string, string | number>, pages: { page: number; svgFile: string; note: string }[]): string {
  const rows = Object.entries(summary).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(String(v))}</td></tr>`).join("");
  const legend = "grey: words · red lines: rulings · orange: header · purple: section heading · blue dashes: column boundaries · green/yellow: rows · red band: continuation of the previous page's row";
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:2px 6px;text-align:left}img{border:1px solid #ccc;max-width:100%}</style></head>
<body><h1>${esc(title)}</h1><p>${esc(legend)}</p><table>${rows}</table>
${pages.map((p) => `<h2>Page ${p.page}</h2><p>${esc(p.note)}</p><img src="${esc(p.svgFile)}" alt="page ${p.page}">`).join("\n")}
</body></html>`;
}
