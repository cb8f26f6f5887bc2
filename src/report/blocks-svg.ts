/**
 * The debug view of the reading-order stage for pages that are not one table (slides): each block
 * with its place in the reading order, and the page furniture that the families do not read.
 *
 *  teal box, "#3"   a block and its place in the reading order (arrows join consecutive blocks)
 *  grey dashes      page furniture (footer, header, slide number): kept out of the text
 */
import type { PdfPage } from "../model/pdf.js";
import type { PageBlocks } from "../reconstruct/reading-order/index.js";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
const f = (x: number) => x.toFixed(1);

export function renderBlocksSvg(page: PdfPage, blocks: PageBlocks): string {
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(page.width)} ${f(page.height)}" width="${f(page.width * 1.5)}" height="${f(page.height * 1.5)}" font-family="sans-serif">`);
  parts.push(`<title>page ${page.number}: blocks in reading order</title><rect width="100%" height="100%" fill="white" stroke="#999"/>`);
  for (const w of page.words) parts.push(`<text x="${f(w.x0)}" y="${f(w.baseline)}" font-size="${f(w.fontSize * 0.9)}" fill="#222">${esc(w.text)}</text>`);
  let prev: { x: number; y: number } | null = null;
  blocks.blocks.forEach((b, i) => {
    const text = b.lines.map((l) => l.text).join(" ");
    parts.push(`<rect class="block" x="${f(b.x0 - 1)}" y="${f(b.top - 1)}" width="${f(b.x1 - b.x0 + 2)}" height="${f(b.bottom - b.top + 2)}" fill="teal" fill-opacity="0.08" stroke="teal" stroke-width="0.8"><title>#${i + 1}: ${esc(text.slice(0, 200))}</title></rect>`);
    parts.push(`<text x="${f(b.x0 - 1)}" y="${f(b.top - 2)}" font-size="6" font-weight="bold" fill="teal">#${i + 1}</text>`);
    const here = { x: b.x0, y: b.top };
    if (prev) parts.push(`<line x1="${f(prev.x)}" y1="${f(prev.y)}" x2="${f(here.x)}" y2="${f(here.y)}" stroke="teal" stroke-opacity="0.35" stroke-width="0.6"/>`);
    prev = here;
  });
  for (const b of blocks.furniture) {
    parts.push(`<rect class="furniture" x="${f(b.x0 - 1)}" y="${f(b.top - 1)}" width="${f(b.x1 - b.x0 + 2)}" height="${f(b.bottom - b.top + 2)}" fill="none" stroke="#888" stroke-width="0.8" stroke-dasharray="3 2"><title>furniture: ${esc(b.lines[0]!.text)}</title></rect>`);
  }
  parts.push("</svg>");
  return parts.join("\n");
}
